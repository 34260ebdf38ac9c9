// What the refresh-credentials tests share: a step of the built action against the emulator,
// and the environment a later step of the same job sees.
import { afterAll } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { runAction, type RunResult } from '../../emulator/runner.js'
import { ROLE_ARN } from '../../emulator/scenarios.js'
import type { Emulator } from '../../emulator/server.js'

export const execFileAsync = promisify(execFile)
/** every session the emulated STS issues lasts this long, whatever was asked */
export const SESSION_SECONDS = 6

const workdirs: string[] = []
afterAll(() => {
  for (const dir of workdirs) rmSync(dir, { recursive: true, force: true })
})

/** The python that has boto3 (the shim's real executable: later steps' HOME is a fresh one);
 * found without importing it, which takes a quarter of a second of CPU. */
export function boto3Python(): string | undefined {
  const script = 'import importlib.util, sys; print(sys.executable if importlib.util.find_spec("boto3") else "")'
  try {
    return execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

export async function step(emu: Emulator, inputs: Record<string, string>): Promise<RunResult> {
  const r = await runAction({
    inputs: { 'role-to-assume': ROLE_ARN, 'aws-region': 'eu-west-1', ...inputs },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: emu.tokenRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.tokenRequestToken,
      AWS_ENDPOINT_URL_STS: emu.stsEndpoint
    },
    keepWorkdir: true
  })
  workdirs.push(r.workdir)
  return r
}

/** A later step's environment: the job's variables, and what the step exported. */
export function laterStep(emu: Emulator, r: RunResult): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: r.home,
    RUNNER_TEMP: join(r.workdir, 'runner_temp'),
    GITHUB_ACTIONS: 'true',
    ACTIONS_ID_TOKEN_REQUEST_URL: emu.tokenRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.tokenRequestToken,
    AWS_ENDPOINT_URL_STS: emu.stsEndpoint,
    ...r.env
  }
}
