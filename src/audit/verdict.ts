// The evaluator's answer for one probe run, in the three outcomes audit reports: allowed (and by
// which statement), denied, or undecided. A probe token decides only the keys of its issuer; a
// condition on any other key (aws:…, sts:RoleSessionName, another issuer's) is unknown, as is
// one the evaluator cannot decide itself (an operator it does not implement, a case AWS
// documents no outcome for). Where an unknown condition could change the outcome, the answer
// is undecided, never a guess.
import {
  evaluateTrustPolicy,
  issuerPrefix,
  type ConditionResult,
  type Evaluation,
  type RequestContext,
  type StatementResult,
  type TrustPolicy
} from '../policy/index.js'

export type Verdict =
  { outcome: 'allowed'; by: StatementResult } | { outcome: 'denied' } | { outcome: 'undecided'; why: string }

type Status = 'applies' | 'fails' | 'unknown'
const DECISIONS = ['allow', 'explicit-deny', 'implicit-deny', 'cannot-decide']

export function judge(policy: TrustPolicy, ctx: RequestContext & { issuer: string }): Verdict {
  return verdictOf(evaluateTrustPolicy(policy, ctx, { lean: true }), ctx.issuer)
}

export function verdictOf(e: Evaluation, issuer: string): Verdict {
  const decision: string = e.decision
  if (!DECISIONS.includes(decision)) return { outcome: 'undecided', why: `the evaluator answers ${decision}` }
  const prefix = `${issuerPrefix(issuer).toLowerCase()}:`
  const unknown = (c: ConditionResult): string | undefined => unknownReason(c, prefix)
  const status = (s: StatementResult): Status => {
    if (!s.principalMatches || !s.actionMatches) return 'fails'
    if (s.conditions.some((c) => !c.passed && unknown(c) === undefined)) return 'fails'
    return s.conditions.some((c) => unknown(c) !== undefined) ? 'unknown' : 'applies'
  }
  const find = (effect: string, st: Status): StatementResult | undefined =>
    e.statements.find((s) => s.effect === effect && status(s) === st)
  if (find('Deny', 'applies')) return { outcome: 'denied' }
  const allow = find('Allow', 'applies')
  const unsure = find('Deny', 'unknown') ?? (allow ? undefined : find('Allow', 'unknown'))
  if (unsure) {
    const reasons = [...new Set(unsure.conditions.map(unknown).filter((r) => r !== undefined))]
    return { outcome: 'undecided', why: `Statement ${unsure.index} depends on ${reasons.join('; ')}` }
  }
  return allow ? { outcome: 'allowed', by: allow } : { outcome: 'denied' }
}

/** Why a condition's outcome is not known for a probe token, or undefined when it is. */
function unknownReason(c: ConditionResult, prefix: string): string | undefined {
  const what = `${c.operator} ${c.key}`
  if (c.undecided) return `${what} (${c.undecided.reason})`
  if (!c.key.toLowerCase().startsWith(prefix)) return `${what} (a key a probe token does not decide)`
  return undefined
}
