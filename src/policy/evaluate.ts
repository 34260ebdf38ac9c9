// IAM's decision for one AssumeRoleWithWebIdentity request against a role
// trust policy: an applicable Deny wins, then an applicable Allow, else
// implicit deny.
import { insteadOf, keyOfIssuer } from './claims.js'
import { evaluateCondition } from './conditions.js'
import { statementActionMatches, statementPrincipalMatches } from './statement.js'
import type {
  ConditionResult,
  Effect,
  Evaluation,
  KeyValue,
  RequestContext,
  Statement,
  StatementResult,
  TrustPolicy
} from './types.js'
import { policyWarnings } from './warnings.js'

export {
  claimsWithKeys,
  conditionKeysFromClaims,
  insteadOf,
  isGitHubIssuer,
  issuerPrefix,
  keyOfIssuer,
  providerArnFor
} from './claims.js'
export { conditionHints, describeCondition } from './describe.js'

export interface EvaluateOptions {
  /**
   * Leave out what only a report on a denial reads: the policy warnings and each failed
   * condition's nearest value. The decision and the trace of conditions are the same. For callers
   * that ask many questions of one policy (`audit`).
   */
  lean?: boolean
}

export function evaluateTrustPolicy(
  policy: TrustPolicy,
  ctx: RequestContext,
  options: EvaluateOptions = {}
): Evaluation {
  const keys = new Map<string, KeyValue>()
  for (const [k, v] of Object.entries(ctx.keys)) keys.set(k.toLowerCase(), v)

  const statements = policy.statements.map((st) => evaluateStatement(st, ctx, keys, options))
  const applies = (effect: Effect) => statements.some((s) => s.applies && s.effect === effect)
  return { decision: decide(applies), statements, warnings: options.lean ? [] : policyWarnings(policy) }
}

/** An applicable Deny wins, then an applicable Allow; otherwise nothing grants (implicit deny). */
function decide(applies: (effect: Effect) => boolean): Evaluation['decision'] {
  if (applies('Deny')) return 'explicit-deny'
  return applies('Allow') ? 'allow' : 'implicit-deny'
}

function evaluateStatement(
  st: Statement,
  ctx: RequestContext,
  keys: Map<string, KeyValue>,
  options: EvaluateOptions
): StatementResult {
  const principalMatches = statementPrincipalMatches(st, ctx.federatedPrincipal, ctx.awsPrincipal)
  const actionMatches = statementActionMatches(st, ctx.action)
  // every condition is evaluated (not just up to the first failure) so a report can list them all
  const conditions = st.conditions.map((c) => withKeyNote(evaluateCondition(c, keys, options.lean), ctx.issuer))
  const result: StatementResult = {
    index: st.index,
    effect: st.effect,
    principalMatches,
    actionMatches,
    conditions,
    applies: principalMatches && actionMatches && conditions.every((c) => c.passed)
  }
  if (st.sid !== undefined) result.sid = st.sid
  if (!principalMatches && st.principal) result.federated = st.principal.values.Federated ?? []
  return result
}

/** Marks a condition on a claim AWS gives no key for: it behaves as on a missing key, and a report must say so. */
function withKeyNote(c: ConditionResult, issuer: string | undefined): ConditionResult {
  if (!issuer || c.actual !== undefined) return c
  const k = keyOfIssuer(c.key, issuer)
  if (!k || k.provided) return c
  return { ...c, noSuchKey: { claim: k.claim, instead: insteadOf(k.claim, issuer) } }
}
