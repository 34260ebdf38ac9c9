// The evaluator's `lean` option (what `audit` asks thousands of times): over every
// hand-written conformance row, the same decision and the same trace of conditions as a full
// evaluation, without the warnings and the nearest values only a denial report reads.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import {
  conditionKeysFromClaims,
  evaluateTrustPolicy,
  parseTrustPolicy,
  providerArnFor
} from '../../src/policy/index.js'
import { githubClaims } from '../fixtures/token.js'

interface Row {
  note: string
  condition?: Record<string, unknown>
  statements?: unknown
  claims?: Record<string, unknown>
  iss?: string
  principal?: string
  caller?: string
}

const rows = (
  JSON.parse(readFileSync(new URL('./conformance.json', import.meta.url), 'utf8')) as { rows: Row[] }
).rows.filter((r) => !r.caller)
const GITHUB = 'https://token.actions.githubusercontent.com'

describe('evaluateTrustPolicy(…, { lean: true })', () => {
  it.each(rows.map((r) => [r.note, r] as const))('%s: same decision and trace', (_note, row) => {
    const iss = row.iss ?? GITHUB
    const principal = row.principal ?? providerArnFor(iss, '123456789012')
    const statements = row.statements ?? [
      {
        Effect: 'Allow',
        Principal: { Federated: principal },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: row.condition
      }
    ]
    const policy = parseTrustPolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }))
    const ctx = {
      action: 'sts:AssumeRoleWithWebIdentity',
      federatedPrincipal: principal,
      keys: conditionKeysFromClaims(githubClaims({ ...row.claims, iss })),
      issuer: iss
    }
    const full = evaluateTrustPolicy(policy, ctx)
    const lean = evaluateTrustPolicy(policy, ctx, { lean: true })
    expect(lean.decision).toBe(full.decision)
    expect(lean.warnings).toEqual([])
    const withoutNearest = full.statements.map((s) => ({
      ...s,
      conditions: s.conditions.map(({ nearest: _nearest, ...c }) => c)
    }))
    expect(lean.statements).toEqual(withoutNearest)
  })

  it('leaves out the nearest value of a failed condition', () => {
    const policy = parseTrustPolicy(
      JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: providerArnFor(GITHUB, '123456789012') },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: { 'token.actions.githubusercontent.com:sub': ['repo:a/b:ref:refs/heads/main', 'x'] }
            }
          }
        ]
      })
    )
    const ctx = {
      action: 'sts:AssumeRoleWithWebIdentity',
      federatedPrincipal: providerArnFor(GITHUB, '123456789012'),
      keys: { 'token.actions.githubusercontent.com:sub': 'repo:a/b:ref:refs/heads/dev' }
    }
    expect(evaluateTrustPolicy(policy, ctx).statements[0].conditions[0].nearest).toBe('repo:a/b:ref:refs/heads/main')
    expect(evaluateTrustPolicy(policy, ctx, { lean: true }).statements[0].conditions[0]).not.toHaveProperty('nearest')
  })
})
