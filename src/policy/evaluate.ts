// IAM's decision for one AssumeRoleWithWebIdentity request against a role
// trust policy: an applicable Deny wins, then an applicable Allow, else
// implicit deny.
import { evaluateCondition } from './conditions.js'
import { statementActionMatches, statementPrincipalMatches } from './statement.js'
import type { Effect, Evaluation, KeyValue, RequestContext, Statement, StatementResult, TrustPolicy } from './types.js'
import { policyWarnings } from './warnings.js'

export { conditionKeysFromClaims, issuerPrefix, providerArnFor } from './claims.js'
export { describeCondition } from './describe.js'

export function evaluateTrustPolicy(policy: TrustPolicy, ctx: RequestContext): Evaluation {
  const keys = new Map<string, KeyValue>()
  for (const [k, v] of Object.entries(ctx.keys)) keys.set(k.toLowerCase(), v)

  const statements = policy.statements.map((st) => evaluateStatement(st, ctx, keys))
  const applies = (effect: Effect) => statements.some((s) => s.applies && s.effect === effect)
  const decision = applies('Deny') ? 'explicit-deny' : applies('Allow') ? 'allow' : 'implicit-deny'
  return { decision, statements, warnings: policyWarnings(policy) }
}

function evaluateStatement(st: Statement, ctx: RequestContext, keys: Map<string, KeyValue>): StatementResult {
  const principalMatches = statementPrincipalMatches(st, ctx.federatedPrincipal)
  const actionMatches = statementActionMatches(st, ctx.action)
  // every condition is evaluated (not just up to the first failure) so a report can list them all
  const conditions = st.conditions.map((c) => evaluateCondition(c, keys))
  const result: StatementResult = {
    index: st.index,
    effect: st.effect,
    principalMatches,
    actionMatches,
    conditions,
    applies: principalMatches && actionMatches && conditions.every((c) => c.passed)
  }
  if (st.sid !== undefined) result.sid = st.sid
  return result
}
