// The source stage: one module per credential route, each behind this one interface.
// web-identity.ts: the GitHub ID token (or a token file) -> AssumeRoleWithWebIdentity;
// chained.ts: the environment's temporary credentials -> AssumeRole; existing.ts:
// use-existing-credentials keeps verified credentials. Every route returns a RouteOutcome and
// leaves the summary and the sinks to the pipeline; what it needs of the run comes in a
// RouteContext, so no route calls back up into the pipeline.
import type { Claims, ClaimRow, DecodedToken } from '../github/token-claims.js'
import type { CoreApi } from '../output/core-api.js'
import type { Stage } from '../failure/failure.js'
import type { Config } from '../inputs/index.js'
import type { Evaluation } from '../policy/index.js'
import type { AssumeResult, CallerIdentity, StsApi } from '../sts/types.js'
import type { RunContextInfo } from './token.js'

/** Where STS calls go (sts/endpoint.ts decides it at the first call), and the proxy in use, if any. */
export interface Network {
  stsEndpoint: string
  proxy?: string
}

/** A time after which a retry is not worth starting (the credential it needs has expired). */
export interface ValidUntil {
  atMs: number
  name: string
}

/** What a route learns that the classifier and the summary read. */
export interface Learned {
  decoded?: DecodedToken
  /** the local evaluation of the trust-policy input, when given */
  evaluation?: Evaluation
  /** the claims as printed (redacted), for the summary */
  claimRows?: ClaimRow[]
}

/** What a route is handed of the run. */
export interface RouteContext {
  readonly config: Config
  readonly core: CoreApi
  readonly env: Record<string, string | undefined>
  /** the run's event context (@actions/github), loaded only when a diagnosis needs it */
  runContext(): Promise<RunContextInfo>
  now(): number
  /** the longest one ID-token request, and one STS call, may take */
  readonly limits: { idTokenMs: number; stsAttemptMs: number }
  readonly learned: Learned
  /** ends the current stage (its step-debug line) and starts `stage` */
  enterStage(stage: Stage): void
  /**
   * trust-policy and dry-run: judges the claims against the given policy and prints what it
   * finds (the diagnosis code, loaded only when asked). True for a dry run: stop before assuming.
   */
  checkTrust(claims: Claims): Promise<boolean>
  /** `call` under the run's retry policy for `what`; each failure is classified when it happens */
  retry<T>(what: string, attemptMs: number, call: (attempt: number) => Promise<T>, validUntil?: ValidUntil): Promise<T>
}

export type RouteOutcome =
  /** a role was assumed: the pipeline verifies the session, then hands it to the sinks */
  | { kind: 'assumed'; assumed: AssumeResult; sub: string }
  /** dry-run: nothing was called that would issue credentials, nothing is exported */
  | { kind: 'dry-run' }
  /** use-existing-credentials: the environment's credentials were verified and are kept */
  | { kind: 'kept'; identity: CallerIdentity; from: string }

export type Route = (ctx: RouteContext, sts: StsApi) => Promise<RouteOutcome>
