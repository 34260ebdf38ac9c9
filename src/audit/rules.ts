// What each finding kind means, for the table's legend and SARIF's rules: the probes, then the
// info findings about conditions that can never match.
import { PROBES } from './probes.js'
import type { Severity } from './types.js'

export interface Rule {
  id: string
  severity: Severity
  description: string
}

const INFO_RULES: Rule[] = [
  {
    id: 'never-allows',
    severity: 'info',
    description: 'a statement that trusts the provider but whose Action never covers sts:AssumeRoleWithWebIdentity'
  },
  {
    id: 'never-matches',
    severity: 'info',
    description: 'a condition that never matches (a key AWS does not provide, a wildcard under StringEquals)'
  },
  {
    id: 'restricts-nothing',
    severity: 'info',
    description: 'a condition that always holds because AWS never provides its key'
  }
]

export const RULES: Rule[] = [
  ...PROBES.map((p) => ({ id: p.name, severity: p.severity, description: `${p.who} can assume the role` })),
  ...INFO_RULES
]
