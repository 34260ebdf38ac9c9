// IAM's decision for one AssumeRoleWithWebIdentity request against a role
// trust policy: an applicable Deny wins, then an applicable Allow, else
// implicit deny.
import { insteadOf, issuerPrefix, keyOfIssuer } from './claims.js'
import { evaluateCondition, parseOperator, type ConditionOptions } from './conditions.js'
import { statementActionMatches, statementPrincipalMatches } from './statement.js'
import type {
  ConditionResult,
  Decision,
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

export function evaluateTrustPolicy(policy: TrustPolicy, ctx: RequestContext): Evaluation {
  const keys = new Map<string, KeyValue>()
  for (const [k, v] of Object.entries(ctx.keys)) keys.set(k.toLowerCase(), v)
  const options: ConditionOptions = {
    variables: policy.version === '2012-10-17',
    unknownKeys: new Set((ctx.unknownKeys ?? []).map((k) => k.toLowerCase()))
  }

  const statements = policy.statements.map((st) => evaluateStatement(st, ctx, keys, options))
  const evaluation: Evaluation = { decision: decide(statements), statements, warnings: policyWarnings(policy) }
  if (evaluation.decision === 'cannot-decide') evaluation.undecided = undecidedReasons(statements)
  return evaluation
}

/** A statement that may or may not apply leaves the decision open only where it could change it. */
function decide(statements: StatementResult[]): Decision {
  const some = (effect: Effect, test: (s: StatementResult) => boolean): boolean =>
    statements.some((s) => s.effect === effect && test(s))
  if (some('Deny', (s) => s.applies)) return 'explicit-deny'
  const allowMay = some('Allow', (s) => s.applies || s.undecided === true)
  if (!allowMay) return 'implicit-deny'
  if (some('Deny', (s) => s.undecided === true)) return 'cannot-decide'
  return some('Allow', (s) => s.applies) ? 'allow' : 'cannot-decide'
}

function undecidedReasons(statements: StatementResult[]): string[] {
  return statements.flatMap((st) =>
    st.undecided
      ? st.conditions.flatMap((c) => (c.undecided ? [`${c.operator} ${c.key}: ${c.undecided.reason}`] : []))
      : []
  )
}

function evaluateStatement(
  st: Statement,
  ctx: RequestContext,
  keys: Map<string, KeyValue>,
  options: ConditionOptions
): StatementResult {
  const principalMatches = statementPrincipalMatches(st, ctx.federatedPrincipal, ctx.awsPrincipal)
  const actionMatches = statementActionMatches(st, ctx.action)
  // every condition is evaluated (not just up to the first failure) so a report can list them all
  const conditions = st.conditions.map((c) =>
    withPrefixNote(withKeyNote(evaluateCondition(c, keys, options), ctx.issuer), ctx.issuer, keys)
  )
  const failed = conditions.some((c) => !c.passed && !c.undecided)
  const open = conditions.some((c) => c.undecided)
  const result: StatementResult = {
    index: st.index,
    effect: st.effect,
    principalMatches,
    actionMatches,
    conditions,
    applies: principalMatches && actionMatches && conditions.every((c) => c.passed)
  }
  if (principalMatches && actionMatches && !failed && open) result.undecided = true
  if (st.sid !== undefined) result.sid = st.sid
  if (!principalMatches && st.principal) result.federated = st.principal.values.Federated ?? []
  return result
}

const STRING_KEY_SOURCE =
  'Service Authorization Reference, AWS Security Token Service, Condition keys (type String); IAM user guide, Condition operators'

/** Marks a condition on a claim AWS gives no key for, and a Numeric/Date/Bool operator on a (String) key of the token. */
function withKeyNote(c: ConditionResult, issuer: string | undefined): ConditionResult {
  if (!issuer) return c
  const k = keyOfIssuer(c.key, issuer)
  if (!k) return c
  const base = parseOperator(c.operator).base
  if (/^(numeric|date|bool)/.test(base) && c.actual !== undefined) {
    return {
      ...c,
      passed: false,
      undecided: {
        reason: `${c.operator} compares ${base.startsWith('bool') ? 'booleans' : 'numbers or dates'}, but ${c.key} is a String key; AWS documents no outcome for an operator of another type`,
        source: STRING_KEY_SOURCE
      }
    }
  }
  if (c.actual !== undefined || k.provided || c.undecided) return c
  return { ...c, noSuchKey: { claim: k.claim, instead: insteadOf(k.claim, issuer) } }
}

/** A key of another issuer's prefix is absent from the request: name the token's own key and value. */
function withPrefixNote(c: ConditionResult, issuer: string | undefined, keys: Map<string, KeyValue>): ConditionResult {
  if (!issuer || c.actual !== undefined || keyOfIssuer(c.key, issuer)) return c
  const at = c.key.lastIndexOf(':')
  // issuer prefixes are host names (with a dot); aws:, sts: and service keys are not
  if (at < 0 || !c.key.slice(0, at).includes('.')) return c
  const own = `${issuerPrefix(issuer)}:${c.key.slice(at + 1)}`
  const value = keys.get(own.toLowerCase())
  return value === undefined ? c : { ...c, otherPrefix: { key: own, value } }
}
