// Optional stage between claims and STS: evaluate the role's trust policy locally (trust-policy
// input), and the dry-run printout for setting up a new role.
import type { Claims } from '../github/token-claims.js'
import type { CoreApi } from '../output/core-api.js'
import { keyIsRedacted, redactor } from './redact.js'
import { analyzeSubject, explainForm, narrowestSubject } from './subject.js'
import { subjectLabel, suggestTrustPolicy } from './suggest-policy.js'
import { logSafe } from '../output/escape.js'
import type { Config } from '../inputs/index.js'
import {
  claimsWithKeys,
  conditionHints,
  conditionKeysFromClaims,
  describeCondition,
  evaluateTrustPolicy,
  GITHUB_ISSUER,
  issuerPrefix,
  principalDifference,
  providerArnFor,
  type Evaluation,
  type TrustPolicy
} from '../policy/index.js'
import { SAFER_FORMS, subjectRisk } from '../policy/subject-risk.js'

export function evaluateLocally(config: Config, claims: Claims): Evaluation | undefined {
  if (!config.trustPolicy) return undefined
  return evaluateClaims(config.trustPolicy.policy, claims, config.role)
}

/** IAM's decision on these claims for a role in that account and partition (the CLI's `explain` too). */
export function evaluateClaims(
  policy: TrustPolicy,
  claims: Claims,
  role: { account: string; partition: string },
  /** claims shown as *** */
  unknownClaims: string[] = []
): Evaluation {
  const iss = String(claims.iss ?? '')
  const withKeys = claimsWithKeys(iss).map((c) => c.toLowerCase())
  return evaluateTrustPolicy(policy, {
    action: 'sts:AssumeRoleWithWebIdentity',
    federatedPrincipal: providerArnFor(iss, role.account, role.partition),
    keys: conditionKeysFromClaims(claims),
    issuer: iss,
    unknownKeys: unknownClaims.filter((c) => withKeys.includes(c.toLowerCase())).map((c) => `${issuerPrefix(iss)}:${c}`)
  })
}

export const VERDICTS: Record<Evaluation['decision'], string> = {
  allow: 'ALLOWS',
  'explicit-deny': 'DENIES (explicit Deny)',
  'implicit-deny': 'DENIES (no statement allows)',
  'cannot-decide': 'CANNOT DECIDE whether it allows'
}

/** The evaluation as log lines (unescaped, redacted): one per statement and condition, with the reasons. */
export function evaluationLines(ev: Evaluation, claims: Claims, redact: string[], neededProvider: string): string[] {
  const scrub = redactor(claims, redact)
  const lines: string[] = []
  for (const st of ev.statements) {
    lines.push(
      `statement ${st.index}${st.sid ? ` (${st.sid})` : ''}: ${st.effect}, principal ${st.principalMatches ? '✓' : '✗'}, action ${st.actionMatches ? '✓' : '✗'} -> ${st.applies ? 'applies' : 'does not apply'}`
    )
    if (st.federated) lines.push(`  ${principalDifference(st.federated, neededProvider)}`)
    for (const c of st.conditions) {
      const hidden = keyIsRedacted(c.key, redact)
      lines.push(`  ${describeCondition(c, hidden)}`, ...conditionHints(c, hidden).map((h) => `    ${h}`))
    }
  }
  return lines.map(scrub)
}

export function printLocalEvaluation(config: Config, claims: Claims, core: CoreApi): Evaluation | undefined {
  const ev = evaluateLocally(config, claims)
  if (!ev) return undefined
  const needed = providerArnFor(String(claims.iss ?? ''), config.role.account, config.role.partition)
  core.startGroup(`Trust policy from ${logSafe(config.trustPolicy?.source ?? '')} ${VERDICTS[ev.decision]} this token`)
  for (const line of evaluationLines(ev, claims, config.redactClaims, needed)) core.info(logSafe(line))
  core.endGroup()
  const scrub = redactor(claims, config.redactClaims)
  for (const w of ev.warnings) core.warning(logSafe(scrub(w)), { title: 'trust policy' })
  return ev
}

export function printDryRun(config: Config, claims: Claims, core: CoreApi): void {
  const sub = typeof claims.sub === 'string' ? claims.sub : ''
  const aud = typeof claims.aud === 'string' ? claims.aud : config.audience
  const iss = String(claims.iss ?? GITHUB_ISSUER)
  const scrub = redactor(claims, config.redactClaims)
  const analysis = analyzeSubject(sub, claims)
  core.info('Dry run: no AWS API is called and nothing is exported.')
  for (const line of explainForm(analysis)) core.info(logSafe(scrub(line)))
  if (config.redactClaims.includes('sub')) {
    core.info('sub is in redact-claims: no trust policy is suggested, since it would show the subject.')
    return
  }
  const chosen = narrowestSubject(sub, analysis)
  const s = suggestTrustPolicy({
    iss,
    aud,
    account: config.role.account,
    partition: config.role.partition,
    sub: chosen
  })
  const risk = subjectRisk(chosen.operator, chosen.value)
  core.startGroup(`A minimal trust policy allowing ${logSafe(scrub(subjectLabel(chosen)))} (JSON, then Terraform)`)
  if (risk) core.info(logSafe(scrub(`⚠ ${risk}; ${SAFER_FORMS}.`)))
  for (const line of s.json.split('\n')) core.info(logSafe(scrub(line)))
  for (const line of s.terraform.split('\n')) core.info(logSafe(scrub(line)))
  core.endGroup()
}
