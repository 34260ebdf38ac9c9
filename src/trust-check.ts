// Optional stage between claims and STS: evaluate the role's trust policy locally (trust-policy
// input), and the dry-run printout for setting up a new role.
import type { Claims } from './claims.js'
import type { CoreApi } from './core-api.js'
import { analyzeSubject, explainForm, narrowestSubject } from './diagnosis/subject.js'
import { suggestTrustPolicy } from './diagnosis/suggest-policy.js'
import { logSafe } from './escape.js'
import type { Config } from './inputs.js'
import {
  conditionKeysFromClaims,
  describeCondition,
  evaluateTrustPolicy,
  providerArnFor,
  type Evaluation
} from './policy/index.js'

export function evaluateLocally(config: Config, claims: Claims): Evaluation | undefined {
  if (!config.trustPolicy) return undefined
  const iss = String(claims.iss ?? '')
  return evaluateTrustPolicy(config.trustPolicy.policy, {
    action: 'sts:AssumeRoleWithWebIdentity',
    federatedPrincipal: providerArnFor(iss, config.role.account, config.role.partition),
    keys: conditionKeysFromClaims(claims)
  })
}

export function printLocalEvaluation(config: Config, claims: Claims, core: CoreApi): Evaluation | undefined {
  const ev = evaluateLocally(config, claims)
  if (!ev) return undefined
  const verdict =
    ev.decision === 'allow'
      ? 'ALLOWS'
      : ev.decision === 'explicit-deny'
        ? 'DENIES (explicit Deny)'
        : 'DENIES (no statement allows)'
  core.startGroup(`Trust policy from ${logSafe(config.trustPolicy?.source ?? '')} ${verdict} this token`)
  for (const st of ev.statements) {
    core.info(
      `statement ${st.index}${st.sid ? ` (${logSafe(st.sid)})` : ''}: ${st.effect}, principal ${st.principalMatches ? '✓' : '✗'}, action ${st.actionMatches ? '✓' : '✗'} -> ${st.applies ? 'applies' : 'does not apply'}`
    )
    for (const c of st.conditions) core.info(`  ${logSafe(describeCondition(c))}`)
  }
  core.endGroup()
  for (const w of ev.warnings) core.warning(logSafe(w), { title: 'trust policy' })
  return ev
}

export function printDryRun(config: Config, claims: Claims, core: CoreApi): void {
  const sub = typeof claims.sub === 'string' ? claims.sub : ''
  const aud = typeof claims.aud === 'string' ? claims.aud : config.audience
  const iss = String(claims.iss ?? 'https://token.actions.githubusercontent.com')
  const analysis = analyzeSubject(sub, claims)
  core.info('Dry run: no AWS API is called and nothing is exported.')
  for (const line of explainForm(analysis)) core.info(logSafe(line))
  const s = suggestTrustPolicy({
    iss,
    aud,
    account: config.role.account,
    partition: config.role.partition,
    sub: narrowestSubject(sub, analysis)
  })
  core.startGroup('A trust policy that allows exactly this run (JSON)')
  for (const line of s.json.split('\n')) core.info(logSafe(line))
  core.endGroup()
  core.startGroup('The same as Terraform')
  for (const line of s.terraform.split('\n')) core.info(logSafe(line))
  core.endGroup()
}
