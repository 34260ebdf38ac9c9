// Foot-guns in a trust policy that hold whatever the request looks like.
// Each warning is one sentence naming the statement.
import { GITHUB_ISSUER, insteadOf, isGitHubActionsIssuer, issuerPrefix, keyOfIssuer } from './claims.js'
import { evaluateCondition, isSupportedOperator, parseOperator } from './conditions.js'
import { statementActionMatches, statementName } from './statement.js'
import { SAFER_FORMS, subjectRisk } from './subject-risk.js'
import type { ConditionSpec, Statement, TrustPolicy } from './types.js'

/** GitHub.com's issuer as condition keys and provider ARNs write it (no scheme) */
const GITHUB_ISSUER_PREFIX = issuerPrefix(GITHUB_ISSUER)
// operators that actually narrow sub down (negated ones only carve out exceptions)
const SCOPING = new Set(['stringequals', 'stringequalsignorecase', 'stringlike'])

export function policyWarnings(policy: TrustPolicy): string[] {
  const warnings: string[] = []
  for (const st of policy.statements) {
    const name = statementName(st)
    for (const c of st.conditions) {
      if (!isSupportedOperator(c.operator)) {
        warnings.push(
          `${name} uses ${c.operator}, which this check does not evaluate: where it decides the outcome, the verdict is "cannot decide".`
        )
      }
    }
    warnings.push(...missingKeyWarnings(st, name))
    if (st.effect !== 'Allow') continue
    if (st.notPrincipal) {
      warnings.push(
        `${name} combines NotPrincipal with Allow, which a trust policy cannot use; it is treated as granting nothing.`
      )
    }
    for (const c of st.conditions) {
      if (parseOperator(c.operator).set === 'ForAllValues') {
        warnings.push(
          `${name} uses ${c.operator} on ${c.key}, which is vacuously true when the request has no such key; use ForAnyValue: or a plain operator.`
        )
      }
    }
    if (!isWebIdentityAllow(st)) continue
    const issuers = federatedIssuers(st)
    const issuer = issuers[0] ?? GITHUB_ISSUER_PREFIX
    if (isGitHub(st, issuers)) {
      const w = subWarning(st, issuers, name, issuer)
      if (w) warnings.push(w)
    }
    if (!st.conditions.some((c) => c.key.toLowerCase().endsWith(':aud'))) {
      warnings.push(
        `${name} has no condition on ${issuer}:aud, so only the OIDC provider's client-ID list checks the token audience; add StringEquals ${issuer}:aud = sts.amazonaws.com.`
      )
    }
  }
  return warnings
}

/**
 * A condition on a claim AWS never puts in the request behaves as on a missing key, whatever
 * the token says: an Allow that never applies, or a Deny (or restriction) that never holds.
 */
function missingKeyWarnings(st: Statement, name: string): string[] {
  const issuers = federatedIssuers(st)
  const iss = `https://${issuers[0] ?? GITHUB_ISSUER_PREFIX}`
  const out: string[] = []
  for (const c of st.conditions) {
    const k = keyOfIssuer(c.key, iss)
    if (!k || k.provided || !isSupportedOperator(c.operator)) continue
    const holds = evaluateCondition(c, new Map()).passed
    const effect = holds
      ? 'always holds, so it restricts nothing'
      : `never holds, so ${st.effect === 'Deny' ? 'this Deny never applies' : 'this statement never allows anything'}`
    out.push(
      `${name} has a condition on ${c.key}, but AWS has no such condition key (it never puts the ${k.claim} claim in the request): the condition ${effect}; use ${insteadOf(k.claim, iss)} instead.`
    )
  }
  return out
}

/** An Allow that can grant AssumeRoleWithWebIdentity to a federated (or any) principal. */
function isWebIdentityAllow(st: Statement): boolean {
  if (!st.principal || !statementActionMatches(st, 'sts:AssumeRoleWithWebIdentity')) return false
  return st.principal.wildcard || 'Federated' in st.principal.values
}

/** Issuer host[/path] of each `arn:...:oidc-provider/<issuer>` in Principal.Federated. */
function federatedIssuers(st: Statement): string[] {
  const arns = st.principal?.values.Federated ?? []
  return arns.flatMap((arn) => {
    const i = arn.indexOf(':oidc-provider/')
    return i < 0 ? [] : [arn.slice(i + ':oidc-provider/'.length)]
  })
}

function isGitHub(st: Statement, issuers: string[]): boolean {
  return (
    issuers.some((i) => i.toLowerCase().startsWith(GITHUB_ISSUER_PREFIX)) ||
    st.conditions.some(
      (c) => c.key.toLowerCase().includes(GITHUB_ISSUER_PREFIX) || c.key.toLowerCase().endsWith(':sub')
    )
  )
}

function subWarning(st: Statement, issuers: string[], name: string, issuer: string): string | undefined {
  const scoped = st.conditions.filter((c) => isSubKey(c.key, issuers) && scopes(c.operator))
  // only GitHub's subjects are repositories: another issuer's are its own (a service account, a project)
  const github = isGitHubActionsIssuer(`https://${issuer}`)
  const anyone = github ? 'any repository' : 'any subject of that issuer'
  if (scoped.length === 0) {
    return `${name} has no StringEquals or StringLike condition on ${issuer}:sub: sub is left unscoped, so ${anyone} could assume this role.`
  }
  // AND across conditions: one restrictive condition is enough
  if (scoped.every(isOpenLike)) {
    const patterns = scoped.flatMap((c) => c.values.filter(isOpenPattern))
    return `${name} scopes ${issuer}:sub only with ${patterns.map((p) => `"${p}"`).join(' and ')}, which matches every ${github ? 'repository' : 'subject'}, so ${anyone} could assume this role.`
  }
  // AND across conditions: warn only when every scoping condition admits unreviewed code
  const risks = scoped.map((c) => c.values.map((v) => subjectRisk(c.operator, v)).find((r) => r !== undefined))
  if (risks.every((r) => r !== undefined)) return `${name}: ${risks[0]}; ${SAFER_FORMS}.`
  return undefined
}

function isSubKey(key: string, issuers: string[]): boolean {
  const k = key.toLowerCase()
  if (issuers.length === 0) return k.endsWith(':sub')
  return issuers.some((i) => k === `${i.toLowerCase()}:sub`)
}

function scopes(operator: string): boolean {
  const op = parseOperator(operator)
  return op.set !== 'ForAllValues' && SCOPING.has(op.base)
}

/** StringLike with at least one value that lets any subject through (OR across values). */
function isOpenLike(c: ConditionSpec): boolean {
  return parseOperator(c.operator).base === 'stringlike' && c.values.some(isOpenPattern)
}

// "*", "repo:*", "repo:*/*", "repo:*:*": wildcards with no owner or repository name
function isOpenPattern(pattern: string): boolean {
  const literal = pattern.replace(/[*?]/g, '')
  return /^(repo:)?[/:]*$/i.test(literal) && pattern.includes('*')
}
