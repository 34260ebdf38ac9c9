// Every time limit and wait of a run, in one place: the defaults, and what tests shrink.
import type { Backoff } from './retry.js'

/** Every time limit and wait of a run, injected (Deps.timing) so tests can shrink them together. */
export interface Timing {
  /** connecting to STS */
  connectionMs: number
  /** one STS request, once connected */
  requestMs: number
  /** one ID-token request */
  idTokenMs: number
  /** no retry of a non-throttling failure starts that could not end within this time of the step's start */
  networkBudgetMs: number
  /** retries of other transient failures: equal jitter from 1 s, doubling up to 8 s */
  backoff: Backoff
  /** throttling: full jitter up to 3 s, doubling up to 16 s (well below the ID token's refresh margin) */
  throttleBackoff: Backoff
}

/** The defaults, documented in the README: a stalled endpoint ends as network-error well within 60 s. */
export const DEFAULT_TIMING: Timing = {
  connectionMs: 5000,
  requestMs: 15000,
  idTokenMs: 15000,
  networkBudgetMs: 60_000,
  backoff: { baseMs: 1000, capMs: 8000 },
  throttleBackoff: { baseMs: 3000, capMs: 16_000 }
}
