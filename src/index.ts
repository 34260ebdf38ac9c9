// Entry point: wire the real world into the pipeline.
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { run } from './main.js'
import { createStsApi } from './sts.js'
import type { RunContextInfo } from './token.js'

async function runContext(): Promise<RunContextInfo> {
  const { context } = await import('@actions/github')
  const pr = context.payload.pull_request as
    { number?: number; head?: { repo?: { full_name?: string } }; base?: { repo?: { full_name?: string } } } | undefined
  return {
    eventName: context.eventName ?? '',
    actor: context.actor ?? '',
    repository: process.env.GITHUB_REPOSITORY ?? '',
    job: context.job,
    workflowRef: process.env.GITHUB_WORKFLOW_REF,
    pullRequest: pr
      ? { head: pr.head?.repo?.full_name ?? '', base: pr.base?.repo?.full_name ?? '', number: pr.number }
      : undefined
  }
}

const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()

await run({
  core,
  env: process.env,
  context: runContext,
  inputs: {
    readFile: (p) => readFileSync(p, 'utf8'),
    resolvePath: (p) => (isAbsolute(p) ? p : resolve(workspace, p))
  },
  createSts: createStsApi,
  now: () => Date.now(),
  sleep: (ms) => sleep(ms),
  random: Math.random,
  fail: () => {
    process.exitCode = core.ExitCode.Failure
  }
})
// A timed-out request may leave a socket open; the step's outcome is already decided.
process.exit()
