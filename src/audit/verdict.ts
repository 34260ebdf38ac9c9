// The evaluator's answer for one probe run, in the three outcomes audit reports: allowed (and by
// which statement), denied, or undecided. A probe token decides only the keys of its issuer; a
// condition on any other key (aws:…, sts:RoleSessionName, another issuer's) or with an operator
// the evaluator does not implement is unknown, and where such a condition could change the
// outcome the answer is undecided, never a guess. So is a verdict other than allow or deny.
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

export function judge(policy: TrustPolicy, ctx: RequestContext & { issuer: string }): Verdict {
  return verdictOf(evaluateTrustPolicy(policy, ctx, { lean: true }), ctx.issuer)
}

export function verdictOf(e: Evaluation, issuer: string): Verdict {
  const decision: string = e.decision
  if (!['allow', 'explicit-deny', 'implicit-deny'].includes(decision))
    return { outcome: 'undecided', why: `the evaluator cannot decide (${decision})` }
  const prefix = `${issuerPrefix(issuer).toLowerCase()}:`
  const unknown = (c: ConditionResult): boolean => c.unsupported === true || !c.key.toLowerCase().startsWith(prefix)
  const status = (s: StatementResult): Status => {
    if (!s.principalMatches || !s.actionMatches) return 'fails'
    if (s.conditions.some((c) => !c.passed && !unknown(c))) return 'fails'
    return s.conditions.some(unknown) ? 'unknown' : 'applies'
  }
  const find = (effect: string, st: Status): StatementResult | undefined =>
    e.statements.find((s) => s.effect === effect && status(s) === st)
  if (find('Deny', 'applies')) return { outcome: 'denied' }
  const allow = find('Allow', 'applies')
  const unsure = find('Deny', 'unknown') ?? (allow ? undefined : find('Allow', 'unknown'))
  if (unsure) return { outcome: 'undecided', why: whyUnknown(unsure, unknown) }
  return allow ? { outcome: 'allowed', by: allow } : { outcome: 'denied' }
}

function whyUnknown(s: StatementResult, unknown: (c: ConditionResult) => boolean): string {
  const parts = [...new Set(s.conditions.filter(unknown).map((c) => `${c.operator} ${c.key}`))]
  return `Statement ${s.index} also depends on ${parts.join(', ')}, which a token does not decide or the evaluator does not implement`
}
