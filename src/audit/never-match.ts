// Info findings that hold whatever token arrives: conditions on keys AWS never provides (they
// behave as on a missing key, so they always or never hold), wildcards under StringEquals (literal
// characters that GitHub's names cannot contain), and statements that can never allow.
import { describeCondition, evaluateCondition, insteadOf, keyOfIssuer, parseOperator } from '../policy/index.js'
import { statementActionMatches, statementName } from '../policy/statement.js'
import type { ConditionSpec, Statement } from '../policy/index.js'
import type { Finding } from './types.js'

export const WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity'
/**
 * Where a literal * or ? can never be in GitHub's value: git ref names cannot contain them
 * (git-check-ref-format(1)), nor can owner and repository names (letters, digits, '-', '.', '_'),
 * nor the word that starts sub's context (ref:, environment:, pull_request). An environment name
 * or a workflow path might, so those are not judged.
 */
const NEVER_LITERAL: Record<string, RegExp> = {
  ref: /[*?]/,
  repository: /[*?]/,
  sub: /^repo:[^:]*[*?]|^repo:[^:]*:[*?]|^repo:[^:]*:ref:.*[*?]/
}
const LITERAL_OPERATORS = ['stringequals', 'stringequalsignorecase']

export function neverMatchFindings(st: Statement, issuer: string): Finding[] {
  const statement = statementName(st)
  const findings: Finding[] = []
  const info = (probe: string, reason: string, conditions: string[], fix: string): void => {
    findings.push({ probe, severity: 'info', statement, reason, conditions, fix })
  }
  if (st.effect === 'Allow' && st.principal && !statementActionMatches(st, WEB_IDENTITY))
    info(
      'never-allows',
      `the statement trusts the OIDC provider but its Action does not cover ${WEB_IDENTITY}`,
      [],
      `Action "${WEB_IDENTITY}"`
    )
  const deny = st.effect === 'Deny'
  const outcome = (holds: boolean): string => {
    if (holds) return deny ? 'always holds, so it does not narrow this Deny' : 'always holds, so it restricts nothing'
    return deny ? 'never holds, so this Deny never applies' : 'never holds, so this statement never allows'
  }
  for (const c of st.conditions) {
    const k = keyOfIssuer(c.key, issuer)
    if (!k) continue
    if (!k.provided) {
      const result = evaluateCondition(c, new Map())
      if (result.unsupported) continue
      const noSuchKey = { claim: k.claim, instead: insteadOf(k.claim, issuer) }
      info(
        result.passed ? 'restricts-nothing' : 'never-matches',
        `AWS has no condition key ${c.key}: the condition ${outcome(result.passed)}`,
        [describeCondition({ ...result, noSuchKey })],
        `use ${noSuchKey.instead}`
      )
    } else if (isLiteralWildcard(c, k.claim)) {
      info(
        'never-matches',
        `under ${c.operator}, * and ? are literal characters, which GitHub's ${k.claim} values cannot contain there: the condition ${outcome(false)}`,
        [`${c.operator} ${c.key} expected ${c.values.join(' or ')}`],
        `use StringLike for ${c.values.map((v) => `"${v}"`).join(', ')}`
      )
    }
  }
  return findings
}

/** A positive StringEquals whose every value has a wildcard where GitHub's values never have one. */
function isLiteralWildcard(c: ConditionSpec, claim: string): boolean {
  const op = parseOperator(c.operator)
  const never = NEVER_LITERAL[claim.toLowerCase()]
  return (
    never !== undefined &&
    LITERAL_OPERATORS.includes(op.base) &&
    !op.ifExists &&
    op.set === undefined &&
    c.values.length > 0 &&
    c.values.every((v) => never.test(v))
  )
}
