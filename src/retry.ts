// Transient failures are retried a bounded number of times; deterministic ones never.
import { CATALOGUE } from './diagnosis/catalogue.js'
import type { Failure } from './errors.js'

export interface RetryPolicy {
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
  /** no attempt may start that could not finish by then (epoch ms) */
  deadlineMs: number
  /** the longest one attempt can take (its timeouts) */
  attemptMs: number
  now(): number
  sleep(ms: number): Promise<void>
  random(): number
  /** told about each retry before it waits */
  onRetry(failure: Failure, attempt: number, delayMs: number): void
}

export function isRetryable(f: Failure): boolean {
  return f.details.retryable ?? CATALOGUE[f.code].retryable
}

/** Full-jitter exponential backoff: spreads parallel matrix jobs apart. */
export function backoffMs(attempt: number, p: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const cap = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1))
  return Math.round(cap / 2 + (p.random() * cap) / 2)
}

/** Runs `attempt` until it succeeds, fails deterministically, or the attempts are spent. */
export async function withRetry<T>(
  work: (attempt: number) => Promise<T>,
  classify: (e: unknown) => Failure,
  p: RetryPolicy
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt)
    } catch (e) {
      const failure = classify(e)
      if (!isRetryable(failure)) throw failure
      const delay = backoffMs(attempt, p)
      const why =
        attempt >= p.maxAttempts
          ? `retry-max-attempts ${p.maxAttempts}`
          : p.now() + delay + p.attemptMs > p.deadlineMs
            ? 'another attempt could not end within the network time budget'
            : undefined
      if (why) {
        failure.details.evidence = [
          ...(failure.details.evidence ?? []),
          `gave up after ${attempt} attempt${attempt === 1 ? '' : 's'} (${why})`
        ]
        throw failure
      }
      p.onRetry(failure, attempt, delay)
      await p.sleep(delay)
    }
  }
}
