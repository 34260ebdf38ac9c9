// What every stage of a run shares: its injected dependencies, its state, and the helpers that
// retry a call, time a stage and write the job summary.
import type { DecodedToken } from './claims.js'
import type { CoreApi } from './core-api.js'
import type { ClassifyContext } from './diagnosis/classify.js'
import type { Failure, Stage } from './errors.js'
import { logSafe } from './escape.js'
export { endpointForLog } from './escape.js'
import type { Config, InputSource } from './inputs.js'
import type { CallAttempts, Deadline, RetryPolicy } from './retry.js'
import type { AssumeResult, StsApi, StsSettings } from './sts/types.js'
import { summaryMarkdown, type SummaryFacts } from './summary.js'
import type { Timing } from './timeout.js'
import type { RunContextInfo } from './token.js'

export interface Deps {
  core: CoreApi
  env: Record<string, string | undefined>
  /** the run's event context (@actions/github), loaded only when a diagnosis needs it */
  context(): Promise<RunContextInfo>
  inputs: Omit<InputSource, 'get' | 'env'>
  createSts(settings: StsSettings): StsApi
  now(): number
  sleep(ms: number): Promise<void>
  random(): number
  /** marks the step failed (exit code 1) */
  fail(): void
  /** time limits and waits; DEFAULT_TIMING unless a test shrinks them */
  timing?: Timing
}

// Loaded on the first error: a run that succeeds never compiles the diagnosis code. (The optional
// paths, role chaining, a profile, existing credentials and a trust-policy check, likewise load
// their own modules only when taken.)
export const diagnosis = () => import('./diagnosis/index.js')

/** Classifies an error of this run; the retry loop asks it whether another attempt is worth it. */
export const classifyIn =
  (state: State) =>
  async (e: unknown): Promise<Failure> =>
    (await diagnosis()).classify(e, state)

/** What the run has established so far: the classifier reads it to explain a failure. */
export interface State extends ClassifyContext {
  decoded?: DecodedToken
  timing: Timing
  /** when the step started (epoch ms): the time budgets count from here */
  startMs: number
  /** attempts per call, for the summary */
  attempts: CallAttempts[]
  /** set when the step ran out of time: whatever still runs must not export */
  abandoned?: boolean
  /** when the current stage began (epoch ms), for the step-debug log */
  stageStartMs: number
}

export interface Assumed {
  assumed: AssumeResult
  /** the ID token's sub ('' when chaining: there is no token) */
  sub: string
}

/** Ends the current stage (its step-debug line) and starts `stage`. */
export function enterStage(deps: Deps, state: State, stage: Stage): void {
  debugStageEnd(deps, state, 'done')
  state.stage = stage
  state.stageStartMs = deps.now()
}

/** The longest one STS call can take. */
export function stsAttemptMs(timing: Timing): number {
  return timing.connectionMs + timing.requestMs
}

export function retryPolicy(
  config: Config,
  deps: Deps,
  state: State,
  what: string,
  attemptMs: number,
  validUntil?: Deadline
): RetryPolicy {
  const { timing, startMs } = state
  const network = { atMs: startMs + timing.networkBudgetMs, name: 'the network time budget' }
  // Throttling is expected under load: it may use the whole step (action-timeout-s) to get through.
  const step =
    config.actionTimeoutMs > 0 ? { atMs: startMs + config.actionTimeoutMs, name: 'action-timeout-s' } : network
  const tally: CallAttempts = { call: what, attempts: 0, throttled: 0, waitedMs: 0 }
  state.attempts.push(tally)
  return {
    maxAttempts: config.retryMaxAttempts,
    backoff: timing.backoff,
    throttleBackoff: timing.throttleBackoff,
    deadline: network,
    throttleDeadline: step,
    validUntil,
    attemptMs,
    now: deps.now,
    sleep: deps.sleep,
    random: deps.random,
    tally,
    onRetry: ({ failure: f, attempt, counted, throttled, delayMs }) => {
      const wait = `retrying in ${(delayMs / 1000).toFixed(1)} s`
      deps.core.info(
        throttled
          ? `↻ ${what} throttled (attempt ${attempt}); ${wait}`
          : `↻ ${what}: attempt ${counted} of ${config.retryMaxAttempts} failed (${f.code}: ${logSafe(f.message)}); ${wait}`
      )
      const budget = throttled ? step : network
      deps.core.debug(
        `retry decision: ${what} attempt ${attempt} failed with ${f.code}${f.details.requestId ? ` (request id ${f.details.requestId})` : ''}, which is transient; another attempt fits, ${budget.atMs - deps.now()} ms of ${budget.name} left`
      )
    }
  }
}

/** Step debug (ACTIONS_STEP_DEBUG): how long the current stage took, and how it ended. */
export function debugStageEnd(deps: Deps, state: State, how: string): void {
  deps.core.debug(`stage ${state.stage} ${logSafe(how)} after ${deps.now() - state.stageStartMs} ms`)
}

export async function writeSummary(deps: Deps, facts: SummaryFacts, failureSection?: string[]): Promise<void> {
  if (!deps.env.GITHUB_STEP_SUMMARY) return
  try {
    await deps.core.summary.addRaw(summaryMarkdown(facts, failureSection), true).write()
  } catch (e) {
    deps.core.warning(`Could not write the job summary: ${logSafe((e as Error).message)}`)
  }
}
