// The run context: one object per run, handed down to every stage. It holds the injected
// dependencies and what the run has established, and it is where stage entry, step-debug
// timing, retries and classification live, so no stage calls back up into the pipeline.
import type { Failure, Stage } from '../failure/failure.js'
import type { Claims } from '../github/token-claims.js'
import type { Config, InputSource } from '../inputs/index.js'
import type { CoreApi } from '../output/core-api.js'
import { logSafe } from '../output/escape.js'
import type { SummaryFacts, CallAttempts } from '../sinks/summary.js'
import type { Learned, Network, RouteContext, ValidUntil } from '../source/route.js'
import type { RunContextInfo } from '../source/token.js'
import type { StsApi, StsSettings, WithProcessVariables } from '../sts/types.js'
import { withRetry, type RetryPolicy } from './retry.js'
import { DEFAULT_TIMING, type Timing } from './timeout.js'

export interface Deps {
  core: CoreApi
  env: Record<string, string | undefined>
  /** the run's event context (@actions/github), loaded only when a diagnosis needs it */
  context(): Promise<RunContextInfo>
  inputs: Omit<InputSource, 'get' | 'env'>
  createSts(settings: StsSettings): StsApi
  /** how the runner's HTTP client is shown the step's proxy variables (src/process-variables.ts) */
  withProcessVariables: WithProcessVariables
  now(): number
  sleep(ms: number): Promise<void>
  random(): number
  /** marks the step failed (exit code 1) */
  fail(): void
  /** time limits and waits; DEFAULT_TIMING unless a test shrinks them */
  timing?: Timing
}

// Loaded on the first error: a run that succeeds never compiles the diagnosis code or the
// catalogue's text. (The optional paths, role chaining, a profile, existing credentials and a
// trust-policy check, likewise load their own modules only when taken.)
export const diagnosis = () => import('../diagnosis/index.js')

/** The longest one STS call can take. */
export function stsAttemptMs(timing: Timing): number {
  return timing.connectionMs + timing.requestMs
}

export class RunContext implements RouteContext {
  readonly core: CoreApi
  readonly env: Record<string, string | undefined>
  readonly timing: Timing
  /** when the step started (epoch ms): the time budgets count from here */
  readonly startMs: number
  stage: Stage = 'inputs'
  /** when the current stage began (epoch ms), for the step-debug log */
  private stageStartMs: number
  /** set by the inputs stage; read by everything after it */
  config!: Config
  /** where the STS calls go: set when the first one resolves it (sts/endpoint.ts) */
  network?: Network
  readonly learned: Learned = {}
  /** attempts per call, for the summary */
  readonly attempts: CallAttempts[] = []
  /** what the job summary will say; filled in as the run learns it */
  readonly facts: SummaryFacts
  /** set when the step ran out of time: whatever still runs must not export */
  abandoned = false

  constructor(readonly deps: Deps) {
    this.core = deps.core
    this.env = deps.env
    this.timing = deps.timing ?? DEFAULT_TIMING
    this.startMs = deps.now()
    this.stageStartMs = this.startMs
    this.facts = { result: 'failure', attempts: this.attempts }
  }

  /** What the job summary says of the run so far: role, session, attempts, the claims as printed. */
  summaryFacts(): SummaryFacts {
    return { ...this.facts, claims: this.learned.claimRows }
  }

  now(): number {
    return this.deps.now()
  }

  runContext(): Promise<RunContextInfo> {
    return this.deps.context()
  }

  get limits(): { idTokenMs: number; stsAttemptMs: number } {
    return { idTokenMs: this.timing.idTokenMs, stsAttemptMs: stsAttemptMs(this.timing) }
  }

  enterStage(stage: Stage): void {
    this.endStage('done')
    this.stage = stage
    this.stageStartMs = this.now()
  }

  /** Step debug (ACTIONS_STEP_DEBUG): how long the current stage took, and how it ended. */
  endStage(how: string): void {
    this.core.debug(`stage ${this.stage} ${logSafe(how)} after ${this.now() - this.stageStartMs} ms`)
  }

  /**
   * Classifies an error with what the run knows now, at the time it happened: a token that
   * expired during retries is judged against the clock of the failure, not of the step's start.
   */
  async classify(e: unknown): Promise<Failure> {
    const { classify } = await diagnosis()
    const { config, network, stage } = this
    const { decoded, evaluation } = this.learned
    // role chaining's sts:AssumeRole is diagnosed by its route, never with ID-token evidence
    const route = config?.roleChaining ? 'chained' : 'web-identity'
    return classify(e, { stage, route, config, network, evaluation, claims: decoded?.claims, nowMs: this.now() })
  }

  async checkTrust(claims: Claims): Promise<boolean> {
    const { config, core } = this
    if (!config.trustPolicy && !config.dryRun) return false
    const check = await import('../diagnosis/trust-check.js')
    if (config.trustPolicy) this.learned.evaluation = check.printLocalEvaluation(config, claims, core)
    if (config.dryRun) check.printDryRun(config, claims, core)
    return config.dryRun
  }

  retry<T>(
    what: string,
    attemptMs: number,
    call: (attempt: number) => Promise<T>,
    validUntil?: ValidUntil
  ): Promise<T> {
    return withRetry(call, (e) => this.classify(e), this.retryPolicy(what, attemptMs, validUntil))
  }

  private retryPolicy(what: string, attemptMs: number, validUntil?: ValidUntil): RetryPolicy {
    const { timing, startMs, config, deps } = this
    const network = { atMs: startMs + timing.networkBudgetMs, name: 'the network time budget' }
    // Throttling is expected under load: it may use the whole step (action-timeout-s) to get through.
    const step =
      config.actionTimeoutMs > 0 ? { atMs: startMs + config.actionTimeoutMs, name: 'action-timeout-s' } : network
    const tally: CallAttempts = { call: what, attempts: 0, throttled: 0, waitedMs: 0 }
    this.attempts.push(tally)
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
        this.core.info(
          throttled
            ? `↻ ${what} throttled (attempt ${attempt}); ${wait}`
            : `↻ ${what}: attempt ${counted} of ${config.retryMaxAttempts} failed (${f.code}: ${logSafe(f.message)}); ${wait}`
        )
        const budget = throttled ? step : network
        this.core.debug(
          `retry decision: ${what} attempt ${attempt} failed with ${f.code}${f.details.requestId ? ` (request id ${f.details.requestId})` : ''}, which is transient; another attempt fits, ${budget.atMs - this.now()} ms of ${budget.name} left`
        )
      }
    }
  }
}
