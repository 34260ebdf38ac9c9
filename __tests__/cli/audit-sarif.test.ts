// `audit --format sarif` through the built bin: valid SARIF 2.1.0 (the schema @microsoft/jest-sarif
// ships, no download), with what GitHub code scanning needs: every result located in the input
// file relative to the working directory, at the role's line, and logically at the role's ARN.
import { beforeAll, describe, expect, it } from '@jest/globals'
import '@microsoft/jest-sarif'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../../emulator/node24.js'
import { cli } from './bin.js'

const FIXTURES = join(repoRoot, '__tests__', 'fixtures', 'audit')
const ACCOUNT = readFileSync(join(FIXTURES, 'account-authorization-details.json'), 'utf8')
const PLAN = readFileSync(join(FIXTURES, 'terraform-plan.json'), 'utf8')

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: string
  message: { text: string }
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } }
    logicalLocations: { name: string; fullyQualifiedName: string; kind: string }[]
  }[]
}
interface Sarif {
  version: string
  runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: SarifResult[] }[]
}

/** the jest-sarif matcher, registered on jest's expect by the import above */
function expectValidSarif(value: unknown): void {
  ;(expect(value) as unknown as { toBeValidSarifLog(): void }).toBeValidSarifLog()
}

describe('audit --format sarif', () => {
  let sarif: Sarif
  let status: number | null
  let stderr: string

  beforeAll(() => {
    const r = cli(['audit', 'aws/roles.json', 'plan.json', '--format', 'sarif'], {
      files: { 'aws/roles.json': ACCOUNT, 'plan.json': PLAN }
    })
    status = r.status
    stderr = r.stderr
    sarif = JSON.parse(r.stdout) as Sarif
  })

  it('validates against the SARIF 2.1.0 schema (and the schema check does reject a broken log)', () => {
    expectValidSarif(sarif)
    expect(() => expectValidSarif({ ...sarif, runs: [{ results: [] }] })).toThrow()
    expect(sarif.version).toBe('2.1.0')
  })

  it('locates every result in its input file, at the role’s line, and at the role’s ARN', () => {
    const results = sarif.runs[0].results
    expect(results.length).toBeGreaterThan(20)
    const lines = { 'aws/roles.json': ACCOUNT.split('\n'), 'plan.json': PLAN.split('\n') }
    for (const r of results) {
      const [location] = r.locations
      const uri = location.physicalLocation.artifactLocation.uri as keyof typeof lines
      expect(Object.keys(lines)).toContain(uri)
      const line = lines[uri][(location.physicalLocation.region?.startLine ?? 0) - 1]
      const [logical] = location.logicalLocations
      // the line names the role: its ARN in the AWS CLI output, its address in the plan
      expect(line).toContain(uri === 'plan.json' ? logical.name : logical.fullyQualifiedName)
      expect(sarif.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId)
    }
  })

  it('names the role ARN, the probe, the trace and the fix in each result', () => {
    const open = sarif.runs[0].results.find(
      (r) =>
        r.ruleId === 'foreign-repository' &&
        r.locations[0].logicalLocations[0].fullyQualifiedName === 'arn:aws:iam::123456789012:role/gha-repo-star'
    )
    expect(open?.level).toBe('error')
    expect(open?.message.text).toContain('✓ StringLike token.actions.githubusercontent.com:sub expected repo:*')
    expect(open?.message.text).toContain('Fix: pin the repository in sub')
    expect(open?.locations[0].logicalLocations[0]).toMatchObject({ name: 'gha-repo-star', kind: 'resource' })
  })

  it('keeps stdout the document alone: the summary goes to stderr, the exit code still gates', () => {
    expect(stderr).toMatch(/^34 roles audited, /)
    expect(status).toBe(1)
  })
})
