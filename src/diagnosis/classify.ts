// errors -> classify: any thrown error becomes a Failure with a code from the catalogue.
import { Failure, isFailure, type Stage } from '../failure/failure.js'
import { chainingCode } from './chaining.js'
import { errorFacts, idTokenStatus, isNetworkError, type ErrorFacts } from './error-facts.js'
import { explain } from './explain.js'
import type { ExplainContext } from './explanation.js'
import type { DiagnosisCode } from './catalogue.js'

export interface ClassifyContext extends ExplainContext {
  stage: Stage
}

export function classify(e: unknown, ctx: ClassifyContext): Failure {
  if (isFailure(e)) return e.details.stage ? e : new Failure(e.code, e.message, { ...e.details, stage: ctx.stage })
  const facts = errorFacts(e)
  const { code, retryable } = codeFor(facts, ctx.stage, ctx.route)
  const built = explain(code, facts, ctx)
  return new Failure(code, built.message, {
    ...built,
    stage: ctx.stage,
    requestId: facts.requestId,
    retryable,
    original: { name: facts.name, message: facts.message }
  })
}

interface Match {
  code: DiagnosisCode
  /** overrides the catalogue's retryable flag for this particular error */
  retryable?: boolean
}

function codeFor(f: ErrorFacts, stage: Stage, route?: ClassifyContext['route']): Match {
  if (stage === 'token') return tokenCode(f)
  const chained = chainingCode(f, stage, route)
  if (chained) return chained
  const name = f.name.replace(/Exception$/, '')
  const code = f.code.replace(/Exception$/, '')
  const is = (...names: string[]): boolean => names.includes(name) || names.includes(code)
  if (is('AccessDenied')) return { code: stage === 'assume' ? 'trust-policy-denied' : 'unknown' }
  if (is('InvalidIdentityToken')) {
    if (/No OpenIDConnect provider found/i.test(f.message)) return { code: 'oidc-provider-not-found' }
    // the token's nbf/iat lies ahead of AWS's clock: a clock problem, not a bad token
    if (/used before issued/i.test(f.message)) return { code: 'clock-skew' }
    if (/audience/i.test(f.message)) return { code: 'audience-mismatch' }
    return { code: 'invalid-token' }
  }
  if (is('IDPRejectedClaim')) return { code: 'invalid-token' }
  if (is('ExpiredToken')) return { code: stage === 'assume' ? 'token-expired' : 'clock-skew' }
  if (is('IDPCommunicationError')) return { code: 'idp-communication-error' }
  // Only a signature refused for its time says the clock is off; any other mismatch is not understood.
  if (/Signature expired|Signature not yet current/i.test(f.message)) return { code: 'clock-skew' }
  // IAM is eventually consistent: brand-new keys can be unknown for a moment.
  if (is('InvalidClientTokenId')) return { code: 'identity-mismatch', retryable: stage === 'verify' }
  if (is('ValidationError'))
    return { code: /MaxSessionDuration/i.test(f.message) ? 'session-duration-exceeded' : 'invalid-input' }
  if (is('MalformedPolicyDocument', 'PackedPolicyTooLarge')) return { code: 'session-policy-invalid' }
  if (is('RegionDisabled')) return { code: 'region-disabled' }
  if (is('Throttling', 'TooManyRequests', 'RequestLimitExceeded', 'ThrottlingException')) return { code: 'throttled' }
  if (isNetworkError(f)) return { code: 'network-error' }
  // Not an AWS answer at all (a proxy's page) or a 5xx: the request may succeed later.
  if (
    name === 'Unknown' ||
    /Deserialization error|XML parse error|char \d+|Unexpected (token|end)|non-whitespace/i.test(f.message)
  )
    return { code: 'network-error' }
  if (f.status !== undefined && f.status >= 500) return { code: 'network-error' }
  if (is('InternalFailure', 'ServiceUnavailable', 'InternalError')) return { code: 'network-error' }
  return { code: 'unknown' }
}

/** getIDToken's errors are plain Errors: the message carries the HTTP status, if any. */
function tokenCode(f: ErrorFacts): Match {
  if (/Unable to get ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(f.message))
    return { code: 'missing-id-token-permission' }
  const status = idTokenStatus(f.message)
  if (status !== undefined) return { code: 'id-token-request-failed', retryable: status >= 500 || status === 429 }
  if (isNetworkError(f)) return { code: 'network-error' }
  if (/do not have ID Token field/.test(f.message)) return { code: 'id-token-request-failed', retryable: true }
  return { code: 'id-token-request-failed', retryable: false }
}
