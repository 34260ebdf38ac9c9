// The action with its real dependencies: what dist/index.js runs on a runner, and what
// @github/local-action imports and calls (`npm run local-action`).
import * as core from '@actions/core'
import { isAbsolute, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { exitAfterDrain } from './pipeline/exit.js'
import { readBoundedFile } from './inputs/files.js'
import { run as runPipeline, type Deps } from './pipeline/run.js'
import { createStsApi } from './sts/client.js'
import { withProcessVariables } from './process-variables.js'
import type { RunContextInfo } from './source/token.js'

async function runContext(): Promise<RunContextInfo> {
  const { context } = await import('./github/context.js')
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

/** The real world: this process's environment, files, clock and network. */
export function defaultDeps(): Deps {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  return {
    core,
    env: process.env,
    context: runContext,
    inputs: {
      readFile: readBoundedFile,
      resolvePath: (p) => (isAbsolute(p) ? p : resolve(workspace, p))
    },
    createSts: createStsApi,
    withProcessVariables,
    now: () => Date.now(),
    sleep: (ms) => sleep(ms),
    random: Math.random,
    fail: () => {
      // core.ExitCode.Failure; @github/local-action's stand-in for @actions/core has no ExitCode
      process.exitCode = 1
    }
  }
}

/** How long the process may linger after the outcome before an uncancellable request counts as abandoned. */
const LINGER_MS = 1000

/**
 * Runs the action. The outcome is in process.exitCode; the process then ends on its own, except
 * when a request that timed out is still open: when the step timed out it is abandoned at once,
 * and a call that could not be cancelled (the ID-token request) may hold the process for at most
 * LINGER_MS (an unref'd timer: it never delays a process that is done). Either way the process
 * exits only after everything printed has drained.
 */
export async function run(deps: Deps = defaultDeps()): Promise<void> {
  const end = await runPipeline(deps)
  if (end.abandoned) await exitAfterDrain()
  else setTimeout(() => void exitAfterDrain(), LINGER_MS).unref()
}
