// One role's audit: for every statement that trusts a GitHub OIDC provider, the probes the
// evaluator allows (each with the statement and conditions that let it in), the ones it cannot
// decide, and the conditions that can never match.
import { suggestTrustPolicy } from '../diagnosis/suggest-policy.js'
import { describeCondition, isGitHubIssuer, issuerPrefix, type Statement, type TrustPolicy } from '../policy/index.js'
import { statementActionMatches, statementName } from '../policy/statement.js'
import { fixFor, intendedSubject } from './fixes.js'
import { namedBy, type Named } from './named.js'
import { neverMatchFindings, WEB_IDENTITY } from './never-match.js'
import { intendedRuns, PROBES, type Probe } from './probes.js'
import { describeRun, runKeys, type ProbeRun } from './run-claims.js'
import { SEVERITIES, type Finding, type ReadRole, type RoleReport } from './types.js'
import { judge, type Verdict } from './verdict.js'

const PROVIDER_ARN = /^arn:([\w-]+):iam::(\d{12}):oidc-provider\/(.+)$/

interface Provider {
  arn: string
  partition: string
  account: string
  /** https://<issuer host[/path]> */
  issuer: string
}

export interface RoleAudit extends RoleReport {
  /** a least-privilege policy for the intended runs, where a probe at medium or above is open */
  suggestedPolicy?: unknown
}

export function auditRole(role: ReadRole): RoleAudit {
  const report: RoleAudit = { arn: role.arn, name: role.name, source: role.source, findings: [], undecided: [] }
  if (!role.policy) {
    report.unreadable = role.unreadable ?? 'no trust policy'
    return report
  }
  for (const st of role.policy.statements) {
    for (const provider of githubProviders(st)) {
      report.findings.push(...neverMatchFindings(st, provider.issuer))
      if (st.effect === 'Allow' && statementActionMatches(st, WEB_IDENTITY))
        probeStatement(role.policy, st, provider, report)
    }
  }
  report.findings = dedupe(report.findings).sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)
  )
  return report
}

/** GitHub's issuers (github.com, GHE.com) and GHES (`HOST/_services/token`) named in Principal.Federated. */
function githubProviders(st: Statement): Provider[] {
  return (st.principal?.values.Federated ?? []).flatMap((arn) => {
    const m = PROVIDER_ARN.exec(arn)
    if (!m) return []
    const issuer = `https://${m[3]}`
    const github = isGitHubIssuer(issuer) || /\/_services\/token$/i.test(m[3])
    return github ? [{ arn, partition: m[1], account: m[2], issuer }] : []
  })
}

function probeStatement(policy: TrustPolicy, st: Statement, provider: Provider, report: RoleAudit): void {
  const named = namedBy(st, provider.issuer, provider.partition)
  const ask = (run: ProbeRun): Verdict =>
    judge(policy, {
      action: WEB_IDENTITY,
      federatedPrincipal: provider.arn,
      keys: runKeys(run, provider.issuer),
      issuer: provider.issuer
    })
  const intendedAllowed = intendedRuns(named).some((run) => ask(run).outcome === 'allowed')
  for (const probe of PROBES) {
    if (probe.needsIntendedRun && !intendedAllowed) continue
    const result = firstOpen(probe.runs(named), ask)
    if (result.open) {
      const by = policy.statements[result.open.by.index]
      report.findings.push(finding(probe, result.open, by, named, provider))
      if (probe.severity !== 'low' && !report.suggestedPolicy) report.suggestedPolicy = suggestion(named, provider)
    } else if (result.undecided) {
      report.undecided.push({ probe: probe.name, statement: statementName(st), reason: result.undecided })
    }
  }
}

type Allowed = Extract<Verdict, { outcome: 'allowed' }>
interface Open {
  run: ProbeRun
  by: Allowed['by']
}
type Outcome = { open?: Open; undecided?: string }

/** The first run the evaluator allows; otherwise why one could not be decided, if any. */
function firstOpen(runs: ProbeRun[], ask: (run: ProbeRun) => Verdict): Outcome {
  let undecided: string | undefined
  for (const run of runs) {
    const v = ask(run)
    if (v.outcome === 'allowed') return { open: { run, by: v.by } }
    if (v.outcome === 'undecided') undecided ??= v.why
  }
  return { undecided }
}

function finding(probe: Probe, open: Open, statement: Statement, named: Named, provider: Provider): Finding {
  return {
    probe: probe.name,
    severity: probe.severity,
    statement: statementName(statement),
    reason: `${probe.who} can assume this role, e.g. ${describeRun(open.run)}`,
    conditions: [...describeConditions(open.by), ...missingSub(statement, provider.issuer)],
    fix: fixFor(probe.name, named, provider.issuer)
  }
}

/** The evaluator's trace of the statement that let the run in: every condition passed. */
function describeConditions(by: Allowed['by']): string[] {
  if (by.conditions.length === 0) return ['(the statement has no conditions)']
  return by.conditions.map((c) => describeCondition(c))
}

/** A statement that never looks at sub says so: that absence is what lets everyone in. */
function missingSub(st: Statement, issuer: string): string[] {
  const sub = `${issuerPrefix(issuer)}:sub`.toLowerCase()
  if (st.conditions.some((c) => c.key.toLowerCase() === sub)) return []
  return [`(no condition on ${issuerPrefix(issuer)}:sub)`]
}

function suggestion(named: Named, provider: Provider): unknown {
  const s = suggestTrustPolicy({
    iss: provider.issuer,
    aud: named.stsAudience,
    account: provider.account,
    partition: provider.partition,
    sub: { operator: 'StringEquals', value: intendedSubject(named, provider.issuer) }
  })
  return JSON.parse(s.json)
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const id = `${f.probe}\u0000${f.statement}\u0000${f.conditions.join('\u0000')}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}
