// explainDenial without @actions/core: the same explanation the CLI builds from a claims file and a policy.
import { describe, expect, it } from '@jest/globals'
import { explainDenial, type DenialInput } from '../../src/diagnosis/trust-denial.js'
import {
  conditionKeysFromClaims,
  evaluateTrustPolicy,
  parseTrustPolicy,
  providerArnFor
} from '../../src/policy/index.js'
import { githubClaims } from '../fixtures/token.js'

const G = 'token.actions.githubusercontent.com'
const PROVIDER = `arn:aws:iam::123456789012:oidc-provider/${G}`
const ROLE = { account: '123456789012', partition: 'aws', name: 'deploy', path: '/' }

function denial(statements: unknown[], claimsOver: Record<string, unknown> = {}, redact: string[] = []) {
  const claims = githubClaims(claimsOver)
  const evaluation = evaluateTrustPolicy(parseTrustPolicy(JSON.stringify({ Statement: statements })), {
    action: 'sts:AssumeRoleWithWebIdentity',
    federatedPrincipal: providerArnFor(String(claims.iss), '123456789012'),
    keys: conditionKeysFromClaims(claims),
    issuer: String(claims.iss)
  })
  const input: DenialInput = { claims, role: ROLE, redact, evaluation, stsSaid: 'STS: AccessDenied' }
  return explainDenial(input)
}

const allow = (condition: Record<string, unknown>) => ({
  Effect: 'Allow',
  Principal: { Federated: PROVIDER },
  Action: 'sts:AssumeRoleWithWebIdentity',
  Condition: condition
})

describe('explainDenial with the policy', () => {
  it('an applicable Deny is the reason, whatever the Allow says', () => {
    const d = denial([
      allow({ StringEquals: { [`${G}:sub`]: 'repo:octo-org/octo-repo:ref:refs/heads/main' } }),
      { Sid: 'NoMain', Effect: 'Deny', Principal: { Federated: PROVIDER }, Action: 'sts:AssumeRoleWithWebIdentity' }
    ])
    expect(d.message).toBe(
      'Statement 1 (NoMain) of the trust policy is a Deny that matches this token, and a Deny wins over every Allow.'
    )
    expect(d.fix[0]).toMatch(/^narrow the conditions of statement 1 \(NoMain\)/)
  })

  it('no statement for the action', () => {
    const d = denial([{ Effect: 'Allow', Principal: { Federated: PROVIDER }, Action: 'sts:AssumeRole' }])
    expect(d.message).toMatch(/No Allow statement .* covers the action sts:AssumeRoleWithWebIdentity/)
    expect(d.fix).toEqual([
      'add "Action": "sts:AssumeRoleWithWebIdentity" to the statement that trusts the OIDC provider'
    ])
  })

  it('the closest statement speaks; every failure of it is listed, the first as the reason', () => {
    const d = denial([
      allow({
        StringEquals: { [`${G}:aud`]: 'sts.amazonaws.com', [`${G}:repository_owner`]: 'octo-org' },
        StringLike: { [`${G}:sub`]: 'repo:octo-org/octo-repo:environment:*' }
      })
    ])
    expect(d.message).toMatch(/repository_owner of statement 0 can never match: AWS has no such condition key/)
    expect(d.causes[0]).toMatch(/^also: this run is on the branch|^also: this run's sub is not among/i)
    expect(d.causes.at(-1)).toMatch(/role does not exist/)
  })

  it('the aud condition: request the audience the policy expects', () => {
    const d = denial([allow({ StringEquals: { [`${G}:aud`]: 'sts.amazonaws.com' } })], {
      aud: 'https://github.com/octo-org'
    })
    expect(d.message).toMatch(
      /expects the audience sts\.amazonaws\.com; this token's is https:\/\/github\.com\/octo-org/
    )
    expect(d.fix[0]).toBe('request the audience the policy expects (audience: sts.amazonaws.com)')
  })

  it('a condition on a redacted claim shows no value, only that it was compared', () => {
    const d = denial([allow({ StringEquals: { [`${G}:actor`]: 'octocat' } })], { actor: 'SECRET-ACTOR' }, ['actor'])
    const text = [d.message, ...d.evidence, ...d.fix, ...d.causes].join('\n')
    expect(text).not.toContain('SECRET-ACTOR')
    expect(text).toContain(
      "the token's value (***, redacted) does not match the 1 value of the policy (compared; values not shown)"
    )
  })
})
