// Deterministic failures are never retried. Throttling is retried for as long as the time budget
// allows, with randomized waits, so a matrix spreads itself out; other transient failures a
// bounded number of times.
import { RETRYABLE } from '../failure/codes.js'
import type { Failure } from '../failure/failure.js'
import type { CallAttempts } from '../sinks/summary.js'

export type { CallAttempts }

export interface Backoff {
  /** the first retry waits up to this long */
  baseMs: number
  /** waits double per retry up to this */
  capMs: number
}

/** A point in time retries must respect, and how the give-up evidence names it. */
export interface Deadline {
  /** epoch ms */
  atMs: number
  name: string
}

export interface RetryPolicy {
  /** attempts for a transient failure other than throttling; 1 turns every retry off, throttling included */
  maxAttempts: number
  /** equal jitter, for transient failures other than throttling */
  backoff: Backoff
  /** full jitter, for throttling */
  throttleBackoff: Backoff
  /** no retry of another transient failure may start that could not end by then */
  deadline: Deadline
  /** throttling is retried while another attempt could end by then (the step's time budget) */
  throttleDeadline: Deadline
  /** what every attempt sends stops being valid then (a token that cannot be refreshed, the new keys) */
  validUntil?: Deadline
  /** the longest one attempt can take (its timeouts) */
  attemptMs: number
  now(): number
  sleep(ms: number): Promise<void>
  random(): number
  /** told about each retry before it waits */
  onRetry(retry: Retry): void
  /** kept up to date with this call's attempts */
  tally?: CallAttempts
}

export interface Retry {
  failure: Failure
  /** the attempt that failed, throttled ones included */
  attempt: number
  /** attempts that count towards maxAttempts (the throttled ones do not) */
  counted: number
  throttled: boolean
  delayMs: number
}

export function isRetryable(f: Failure): boolean {
  return f.details.retryable ?? RETRYABLE.has(f.code)
}

/** Equal jitter: waits between half and all of the exponential step, so a flapping service gets a pause. */
export function backoffMs(attempt: number, b: Backoff, random: () => number): number {
  const step = Math.min(b.capMs, b.baseMs * 2 ** (attempt - 1))
  return Math.round(step / 2 + (random() * step) / 2)
}

/** Full jitter: anywhere up to the exponential step, which spreads jobs that were throttled together. */
export function fullJitterMs(throttles: number, b: Backoff, random: () => number): number {
  return Math.round(random() * Math.min(b.capMs, b.baseMs * 2 ** (throttles - 1)))
}

/** Runs `work` until it succeeds, fails deterministically, or the policy says to stop. */
export async function withRetry<T>(
  work: (attempt: number) => Promise<T>,
  classify: (e: unknown) => Failure | Promise<Failure>,
  p: RetryPolicy
): Promise<T> {
  let counted = 0
  let throttles = 0
  const tally = p.tally ?? { call: '', attempts: 0, throttled: 0, waitedMs: 0 }
  for (let attempt = 1; ; attempt++) {
    tally.attempts = attempt
    try {
      return await work(attempt)
    } catch (e) {
      const failure = await classify(e)
      if (!isRetryable(failure)) throw failure
      const throttled = failure.code === 'throttled'
      if (throttled) throttles++
      else counted++
      tally.throttled = throttles
      const delayMs = throttled
        ? fullJitterMs(throttles, p.throttleBackoff, p.random)
        : backoffMs(counted, p.backoff, p.random)
      const why = reasonToStop(p, throttled, counted, p.now() + delayMs)
      if (why) {
        failure.details.evidence = [
          ...(failure.details.evidence ?? []),
          `gave up after ${attempt} attempt${attempt === 1 ? '' : 's'}${throttles > 0 ? ` (${throttles} throttled)` : ''} (${why})`
        ]
        throw failure
      }
      p.onRetry({ failure, attempt, counted, throttled, delayMs })
      tally.waitedMs += delayMs
      await p.sleep(delayMs)
    }
  }
}

function reasonToStop(p: RetryPolicy, throttled: boolean, counted: number, nextStartMs: number): string | undefined {
  if (p.maxAttempts <= 1 || (!throttled && counted >= p.maxAttempts)) return `retry-max-attempts ${p.maxAttempts}`
  if (p.validUntil && nextStartMs >= p.validUntil.atMs) return `${p.validUntil.name} would have expired`
  const deadline = throttled ? p.throttleDeadline : p.deadline
  if (nextStartMs + p.attemptMs > deadline.atMs) return `another attempt could not end within ${deadline.name}`
  return undefined
}
