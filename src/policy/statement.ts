// Does a statement's Principal / Action cover the request?
import { wildcardMatch } from './match.js'
import type { PrincipalSpec, Statement } from './types.js'

/** Principal "*" (or {"AWS": "*"}) covers everyone; Federated must equal the provider ARN exactly. */
export function principalCovers(spec: PrincipalSpec, federatedPrincipal: string, awsPrincipal?: string): boolean {
  if (spec.wildcard) return true
  if (awsPrincipal !== undefined && awsPrincipalCovers(spec.values.AWS ?? [], awsPrincipal)) return true
  return (spec.values.Federated ?? []).includes(federatedPrincipal)
}

/**
 * Principal.AWS for a signed caller (sts:AssumeRole): its own ARN (a role session counts as its
 * role's ARN), its account id, or the account's root ARN (which means the whole account).
 */
export function awsPrincipalCovers(values: string[], callerArn: string): boolean {
  const m = /^arn:([\w-]+):iam::(\d{12}):/.exec(callerArn)
  if (!m) return false
  const [, partition, account] = m
  return values.some((v) => v === callerArn || v === account || v === `arn:${partition}:iam::${account}:root`)
}

export function statementPrincipalMatches(st: Statement, federatedPrincipal: string, awsPrincipal?: string): boolean {
  if (st.principal) return principalCovers(st.principal, federatedPrincipal, awsPrincipal)
  // NotPrincipal is not valid with Allow in a trust policy: never let it grant.
  // With Deny it denies everyone not listed.
  if (st.notPrincipal && st.effect === 'Deny')
    return !principalCovers(st.notPrincipal, federatedPrincipal, awsPrincipal)
  return false
}

/** Action names are case-insensitive and may use `*` and `?`. */
export function actionListCovers(patterns: string[], action: string): boolean {
  const a = action.toLowerCase()
  return patterns.some((p) => wildcardMatch(p.toLowerCase(), a))
}

export function statementActionMatches(st: Statement, action: string): boolean {
  if (st.actions) return actionListCovers(st.actions, action)
  if (st.notActions) return !actionListCovers(st.notActions, action)
  return false
}

/** `Statement 0 (Sid "GitHub")`, to start a sentence with */
export function statementName(st: Statement): string {
  return st.sid ? `Statement ${st.index} (Sid "${st.sid}")` : `Statement ${st.index}`
}
