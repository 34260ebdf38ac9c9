// Runs one scenario: a fresh emulator, the world set up as the scenario says, and the built
// action run against it like a runner would. Shared by `npm start` and the integration tests.
import { runAction, type RunOptions, type RunResult } from './runner.js'
import { ROLE_ARN, type Scenario } from './scenarios.js'
import { startEmulator, type CallRecord } from './server.js'
import type { GitHubContext } from './github-context.js'
import type { Session } from './sts/sessions.js'
import type { RunContext } from './world.js'

export interface Played {
  result: RunResult
  calls: CallRecord[]
  /** every credential the emulated STS issued (to check none leaked) */
  issued: { accessKeyId: string; secretAccessKey: string; sessionToken: string }[]
  /** the sessions themselves (role, tags, where they were chained from) */
  sessions: Session[]
  tokens: string[]
}

export async function play(
  s: Scenario,
  extra: Pick<
    RunOptions,
    'onLine' | 'entry' | 'actionDir' | 'timeoutMs' | 'readDelayMs' | 'debug' | 'keepWorkdir' | 'wrapper'
  > & { tokenLatencyMs?: number } = {}
): Promise<Played> {
  const { tokenLatencyMs, ...runOptions } = extra
  const emu = await startEmulator({ tokenLatencyMs })
  try {
    Object.assign(emu.run, s.run)
    const prepared = (await s.prepareEnv?.(emu)) ?? {}
    const files = { ...s.runner?.files, ...((await s.setup?.(emu)) ?? {}) }
    const result = await runAction({
      ...runOptions,
      inputs: { 'role-to-assume': ROLE_ARN, 'aws-region': 'eu-west-1', ...s.inputs },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: emu.tokenRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.tokenRequestToken,
        AWS_ENDPOINT_URL_STS: emu.stsEndpoint,
        ...prepared,
        ...s.env
      },
      // The runner's context tells the same story as the token's claims.
      github: { ...runnerContext(emu.run), ...s.runner?.github },
      eventPayload: s.runner?.eventPayload,
      files
    })
    const issued = emu
      .sessions()
      .map((x) => ({ accessKeyId: x.accessKeyId, secretAccessKey: x.secretAccessKey, sessionToken: x.sessionToken }))
    return {
      result,
      calls: emu.calls,
      issued,
      sessions: emu.sessions(),
      tokens: Object.values(files).filter((f) => f.split('.').length === 3)
    }
  } finally {
    await emu.close()
  }
}

function runnerContext(run: RunContext): Partial<GitHubContext> {
  return {
    repository: `${run.owner}/${run.repo}`,
    repositoryOwner: run.owner,
    repositoryId: run.repoId,
    repositoryOwnerId: run.ownerId,
    eventName: run.eventName,
    ref: run.ref,
    sha: run.sha,
    actor: run.actor,
    actorId: run.actorId,
    runId: run.runId,
    runNumber: run.runNumber,
    runAttempt: run.runAttempt,
    workflow: run.workflow,
    workflowRef: run.workflowRef,
    headRef: run.headRef,
    baseRef: run.baseRef
  }
}
