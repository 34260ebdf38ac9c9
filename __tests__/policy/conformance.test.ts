// The independent check of the evaluator: decisions written by hand from IAM's documentation
// (conformance.json, one source note per row). The emulator's STS decides with this evaluator,
// so an end-to-end test can never catch an evaluator bug; this table can.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import {
  conditionKeysFromClaims,
  evaluateTrustPolicy,
  type Decision,
  parseTrustPolicy,
  providerArnFor
} from '../../src/policy/index.js'
import { githubClaims } from '../fixtures/token.js'

interface Row {
  note: string
  source: string
  expect: Decision
  /** a Condition block for one Allow statement trusting GitHub's provider */
  condition?: Record<string, unknown>
  /** or whole statements */
  statements?: unknown
  claims?: Record<string, unknown>
  iss?: string
  /** the provider ARN this token maps to, when not GitHub's in 123456789012 */
  principal?: string
  /** sts:AssumeRole rows: the action, the signing caller's IAM ARN and the request's keys */
  action?: string
  caller?: string
  keys?: Record<string, string>
  /** the policy's Version; null: none (default 2012-10-17) */
  version?: string | null
  /** keys present with a value not known (a redacted claim) */
  unknownKeys?: string[]
}

const table = JSON.parse(readFileSync(new URL('./conformance.json', import.meta.url), 'utf8')) as { rows: Row[] }
const GITHUB = 'https://token.actions.githubusercontent.com'

function decide(row: Row): string {
  if (row.caller) {
    const policy = parseTrustPolicy(JSON.stringify({ Version: '2012-10-17', Statement: row.statements }))
    return evaluateTrustPolicy(policy, {
      action: row.action ?? 'sts:AssumeRole',
      federatedPrincipal: '',
      awsPrincipal: row.caller,
      keys: row.keys ?? {}
    }).decision
  }
  const iss = row.iss ?? GITHUB
  const statements = row.statements ?? [
    {
      Effect: 'Allow',
      Principal: { Federated: row.principal ?? providerArnFor(iss, '123456789012') },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: row.condition
    }
  ]
  const claims = githubClaims({ ...row.claims, iss })
  const version = row.version === undefined ? '2012-10-17' : row.version
  const policy = parseTrustPolicy(
    JSON.stringify({ ...(version === null ? {} : { Version: version }), Statement: statements })
  )
  return evaluateTrustPolicy(policy, {
    action: 'sts:AssumeRoleWithWebIdentity',
    federatedPrincipal: row.principal ?? providerArnFor(iss, '123456789012'),
    keys: conditionKeysFromClaims(claims),
    issuer: iss,
    unknownKeys: row.unknownKeys
  }).decision
}

describe('conformance with IAM (hand-written table)', () => {
  it('has at least 80 rows, each with a source note', () => {
    expect(table.rows.length).toBeGreaterThanOrEqual(80)
    for (const r of table.rows) expect(r.source).toMatch(/\S{3}/)
  })

  it.each(table.rows.map((r, i) => [i, r.note, r] as const))('row %i: %s', (_i, _note, row) => {
    expect(decide(row)).toBe(row.expect)
  })
})
