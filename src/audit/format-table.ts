// The readable report: one block per finding, worst first, then what could not be judged and
// the summary. The CLI escapes every line (role names and policy values are untrusted).
import type { AuditResult } from './audit.js'
import { pad } from '../output/escape.js'
import { SEVERITIES } from './types.js'

export function auditTable(result: AuditResult): string[] {
  const rows = result.roles.flatMap((role) =>
    role.findings.map((f) => ({
      role,
      f,
      where: `${role.source.uri}${role.source.line ? `:${role.source.line}` : ''}`
    }))
  )
  // worst first across roles (a stable sort keeps the roles' order within a severity)
  rows.sort((a, b) => SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity))
  const lines: string[] = []
  if (rows.length > 0) {
    const width = Math.max('SEVERITY'.length, ...rows.map((r) => r.f.severity.length))
    const probeWidth = Math.max('PROBE'.length, ...rows.map((r) => r.f.probe.length))
    lines.push(`${pad('SEVERITY', width)}  ${pad('PROBE', probeWidth)}  ROLE / STATEMENT`)
    for (const { role, f, where } of rows) {
      lines.push(
        `${pad(f.severity, width)}  ${pad(f.probe, probeWidth)}  ${role.arn ?? role.name} / ${f.statement} (${where})`
      )
      lines.push(`    ${f.reason}`)
      for (const c of f.conditions) lines.push(`      ${c}`)
      lines.push(`    fix: ${f.fix}`)
    }
    lines.push('')
  }
  for (const role of result.roles) {
    if (role.unreadable) lines.push(`not judged: ${role.arn ?? role.name} (${role.source.uri}): ${role.unreadable}`)
    for (const u of role.undecided)
      lines.push(`cannot decide: ${role.arn ?? role.name} / ${u.statement}, probe ${u.probe}: ${u.reason}`)
  }
  lines.push(summaryLine(result))
  return lines
}

export function summaryLine({ summary: s }: AuditResult): string {
  const f = s.findings
  return (
    `${s.roles} role${s.roles === 1 ? '' : 's'} audited, ${s.openRoles} open: ` +
    `${f.critical} critical, ${f.high} high, ${f.medium} medium, ${f.low} low, ${f.info} info; ` +
    `${s.undecided} probe${s.undecided === 1 ? '' : 's'} undecided, ${s.unreadable} role${s.unreadable === 1 ? '' : 's'} not judged`
  )
}
