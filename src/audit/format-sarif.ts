// SARIF 2.1.0 for GitHub code scanning: one rule per probe or info kind, one result per finding,
// located in the input file (its path relative to the working directory, the role's line) and
// logically at the role's ARN.
import pkg from '../../package.json' with { type: 'json' }
import type { AuditResult } from './audit.js'
import type { RoleAudit } from './audit-role.js'
import { RULES } from './rules.js'
import type { Finding, Severity } from './types.js'

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const INFORMATION_URI = `${pkg.homepage.replace(/#.*$/, '')}#audit-your-roles`

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note'
}
// GitHub code scanning reads a rule's security-severity (0.0-10.0) to label it critical/high/medium/low
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0'
}

export function auditSarif(result: AuditResult): Record<string, unknown> {
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: pkg.name,
            informationUri: INFORMATION_URI,
            semanticVersion: pkg.version,
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: INFORMATION_URI,
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { 'security-severity': SECURITY_SEVERITY[r.severity], tags: ['security', 'iam', 'oidc'] }
            }))
          }
        },
        results: result.roles.flatMap((role) => role.findings.map((f) => sarifResult(role, f)))
      }
    ]
  }
}

function sarifResult(role: RoleAudit, f: Finding): Record<string, unknown> {
  const ruleIndex = RULES.findIndex((r) => r.id === f.probe)
  const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: encodeURI(role.source.uri) } }
  if (role.source.line !== undefined) physicalLocation.region = { startLine: role.source.line }
  const message = [`${role.arn ?? role.name}, ${f.statement}: ${f.reason}.`, ...f.conditions, `Fix: ${f.fix}.`]
  return {
    ruleId: f.probe,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: message.join('\n') },
    locations: [
      {
        physicalLocation,
        logicalLocations: [{ name: role.name, fullyQualifiedName: role.arn ?? role.name, kind: 'resource' }]
      }
    ],
    properties: { severity: f.severity, statement: f.statement }
  }
}
