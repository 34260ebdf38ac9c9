// The evaluator's answer for one probe run, in the three outcomes audit reports: allowed (and by
// which statement), denied, or undecided — where the evaluator does not implement an operator that
// could change the outcome, or gives a verdict other than allow or deny.
import {
  evaluateTrustPolicy,
  type Evaluation,
  type RequestContext,
  type StatementResult,
  type TrustPolicy
} from '../policy/index.js'

export type Verdict =
  { outcome: 'allowed'; by: StatementResult } | { outcome: 'denied' } | { outcome: 'undecided'; why: string }

export function judge(policy: TrustPolicy, ctx: RequestContext): Verdict {
  return verdictOf(evaluateTrustPolicy(policy, ctx, { lean: true }))
}

export function verdictOf(e: Evaluation): Verdict {
  const decision: string = e.decision
  if (decision === 'allow') {
    const deny = e.statements.find((s) => s.effect === 'Deny' && couldApply(s))
    if (deny) return { outcome: 'undecided', why: unsupportedIn(deny) }
    const by = e.statements.find((s) => s.effect === 'Allow' && s.applies)
    if (by) return { outcome: 'allowed', by }
  }
  if (decision === 'implicit-deny') {
    const allow = e.statements.find((s) => s.effect === 'Allow' && couldApply(s))
    if (allow) return { outcome: 'undecided', why: unsupportedIn(allow) }
  }
  if (decision === 'implicit-deny' || decision === 'explicit-deny') return { outcome: 'denied' }
  return { outcome: 'undecided', why: `the evaluator cannot decide (${decision})` }
}

/** Principal and action match, and every condition passes but for operators not evaluated. */
function couldApply(s: StatementResult): boolean {
  return (
    !s.applies &&
    s.principalMatches &&
    s.actionMatches &&
    s.conditions.some((c) => c.unsupported) &&
    s.conditions.every((c) => c.passed || c.unsupported)
  )
}

function unsupportedIn(s: StatementResult): string {
  const ops = [...new Set(s.conditions.filter((c) => c.unsupported).map((c) => c.operator))]
  return `Statement ${s.index} uses ${ops.join(', ')}, which the evaluator does not implement, and the outcome depends on it`
}
