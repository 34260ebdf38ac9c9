// What an explanation is built from (the run's context) and what it gives: shared by the
// builders of every code family (explain.ts, chaining.ts), so none imports another.
import type { FailureDetails } from '../failure/failure.js'
import type { Claims } from '../github/token-claims.js'
import type { Config } from '../inputs/index.js'
import type { Evaluation } from '../policy/index.js'

export interface ExplainContext {
  /** where the failure happened; picks the words (GitHub vs STS) */
  stage?: string
  /** how the step gets its credentials: a failure of sts:AssumeRole (chained) is never explained with a token */
  route?: 'web-identity' | 'chained'
  config?: Config
  claims?: Claims
  /** where STS calls go, as the SDK resolves it, and the proxy in use, if any */
  network?: { stsEndpoint: string; proxy?: string }
  /** the local evaluation of the trust-policy input, when given */
  evaluation?: Evaluation
  nowMs: number
}

export interface Explanation extends Pick<FailureDetails, 'evidence' | 'fix' | 'causes' | 'snippets'> {
  message: string
}
