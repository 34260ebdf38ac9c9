// The audit of a set of input files: every role read, parsed and judged, worst first, and the
// summary CI gates on.
import { parseTrustPolicy, PolicyParseError } from '../policy/index.js'
import { auditRole, type RoleAudit } from './audit-role.js'
import { rolesOf } from './roles.js'
import { UNKNOWN_POLICY } from './terraform.js'
import { SEVERITIES, type InputFile, type ReadRole, type RoleInput, type Severity } from './types.js'

export interface AuditSummary {
  roles: number
  /** roles with at least one finding above info */
  openRoles: number
  /** findings by severity */
  findings: Record<Severity, number>
  /** probes the evaluator could not decide */
  undecided: number
  /** roles whose trust policy could not be read */
  unreadable: number
}

export interface AuditResult {
  roles: RoleAudit[]
  summary: AuditSummary
}

export function auditFiles(files: InputFile[]): AuditResult {
  const roles = files.flatMap(rolesOf).map(readRole).map(auditRole)
  roles.sort((a, b) => worst(a) - worst(b) || a.name.localeCompare(b.name))
  return { roles, summary: summarize(roles) }
}

function readRole(input: RoleInput): ReadRole {
  const { document, ...role } = input
  if (document === UNKNOWN_POLICY) return { ...role, unreadable: 'the plan does not know the trust policy until apply' }
  if (document === undefined || document === null) return { ...role, unreadable: 'the role has no trust policy' }
  try {
    return { ...role, policy: parseTrustPolicy(typeof document === 'string' ? document : JSON.stringify(document)) }
  } catch (e) {
    if (e instanceof PolicyParseError) return { ...role, unreadable: e.message }
    throw e
  }
}

/** Rank of the role's worst finding (0 = critical); unjudged roles after info. */
function worst(role: RoleAudit): number {
  const ranks = role.findings.map((f) => SEVERITIES.indexOf(f.severity))
  return Math.min(SEVERITIES.length, ...ranks)
}

function summarize(roles: RoleAudit[]): AuditSummary {
  const findings = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
  for (const f of roles.flatMap((r) => r.findings)) findings[f.severity]++
  return {
    roles: roles.length,
    openRoles: roles.filter((r) => r.findings.some((f) => f.severity !== 'info')).length,
    findings,
    undecided: roles.reduce((n, r) => n + r.undecided.length, 0),
    unreadable: roles.filter((r) => r.unreadable !== undefined).length
  }
}

/** True when a finding is at `failOn` or worse. */
export function failsAt(result: AuditResult, failOn: Exclude<Severity, 'info'>): boolean {
  const limit = SEVERITIES.indexOf(failOn)
  return SEVERITIES.some((s, i) => i <= limit && result.summary.findings[s] > 0)
}
