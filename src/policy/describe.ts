// One plain-text line per condition for logs and job summaries, and the hints that name
// why a failed condition failed. The caller escapes the text; nothing here is markup.
import { parseOperator } from './conditions.js'
import { wildcardMatch } from './match.js'
import type { ConditionResult } from './types.js'

/**
 * `✓ StringEquals <key> expected a or b, got c` (or `✗ ...`). With `hidden` (the key's claim is
 * in redact-claims) no value is shown, only that the comparison was made.
 */
export function describeCondition(c: ConditionResult, hidden = false): string {
  if (c.undecided) {
    const source = c.undecided.source ? ` (${c.undecided.source})` : ''
    return `? ${c.operator} ${c.key}: cannot be decided: ${c.undecided.reason}${source}`
  }
  const mark = c.passed ? '✓' : '✗'
  if (c.noSuchKey) {
    const verdict = c.passed ? 'always matches' : 'never matches'
    return `${mark} ${c.operator} ${c.key}: AWS has no such condition key (it never puts the ${c.noSuchKey.claim} claim in the request), so this condition ${verdict}; use ${c.noSuchKey.instead} instead`
  }
  if (hidden) {
    const n = c.expected.length
    const outcome = c.passed ? 'matches' : 'does not match'
    return `${mark} ${c.operator} ${c.key}: the token's value (***, redacted) ${outcome} the ${n} value${n === 1 ? '' : 's'} of the policy (compared; values not shown)`
  }
  const values = c.resolved ?? c.expected
  const expected = values.length === 0 ? '(no values)' : values.join(' or ')
  const substituted = c.resolved ? ' (policy variables substituted)' : ''
  let line = `${mark} ${c.operator} ${c.key} expected ${expected}${substituted}, got ${gotText(c)}`
  // with several expected values, point at the one the actual value nearly was
  if (!c.passed && c.nearest !== undefined && c.expected.length > 1) line += ` (closest: ${c.nearest})`
  if (c.unsupported) line += ' (operator not evaluated locally; counted as not matching)'
  return line
}

/** Why a failed condition failed, when the values show it: a wildcard that is literal, a case difference. */
export function conditionHints(c: ConditionResult, hidden = false): string[] {
  if (c.passed || c.noSuchKey || c.unsupported || c.undecided) return []
  const actual = c.actual === undefined ? [] : [c.actual].flat()
  const hints: string[] = []
  const op = parseOperator(c.operator)
  const literalStar = op.base === 'stringequals' || op.base === 'stringequalsignorecase'
  const patterns = c.expected.filter((v) => /[*?]/.test(v))
  if (literalStar && patterns.length > 0) {
    const wouldMatch = patterns.some((p) => actual.some((a) => wildcardMatch(p, a)))
    hints.push(
      `under ${c.operator}, * and ? are literal characters, not wildcards${wouldMatch ? ': with StringLike this condition would match this token' : ''} — use StringLike for ${hidden ? 'the pattern' : patterns.map((p) => `"${p}"`).join(', ')}`
    )
  }
  const caseOnly = caseOnlyValue(c, actual, op.base)
  if (caseOnly !== undefined && op.base !== 'stringequalsignorecase') {
    hints.push(
      `${hidden ? 'a value' : `"${caseOnly}"`} differs from the token only by letter case: IAM string matching is case-sensitive`
    )
  }
  return hints
}

function gotText(c: ConditionResult): string {
  if (!c.otherPrefix) return formatActual(c.actual)
  return `(absent: keys of another issuer's prefix are not in this request; this token's key is ${c.otherPrefix.key} = ${formatActual(c.otherPrefix.value)})`
}

function formatActual(actual: ConditionResult['actual']): string {
  if (actual === undefined) return '(absent)'
  if (Array.isArray(actual)) return `[${actual.map((v) => JSON.stringify(v)).join(', ')}]`
  return actual
}

/** The policy value that would match but for letter case. */
function caseOnlyValue(c: ConditionResult, actual: string[], base: string): string | undefined {
  const like = base === 'stringlike' || base === 'stringnotlike'
  const values = c.resolved ?? c.expected
  const lower = (s: string): string => s.toLowerCase()
  return values.find((e) =>
    actual.some((a) => (like ? wildcardMatch(lower(e), lower(a)) : a !== e && lower(a) === lower(e)))
  )
}
