import { describe, expect, it } from '@jest/globals'
import {
  conditionKeysFromClaims,
  evaluateTrustPolicy,
  issuerPrefix,
  parseTrustPolicy,
  providerArnFor
} from '../../src/policy/index.js'
import { ACTION, MAIN_ONLY, PROVIDER, SUB_ENV, SUB_MAIN, ghPolicyText } from './fixtures.js'

const baseClaims = {
  sub: SUB_MAIN,
  aud: 'sts.amazonaws.com',
  repository: 'octo-org/octo-repo',
  repository_owner: 'octo-org',
  ref: 'refs/heads/main',
  job_workflow_ref: 'octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main',
  run_attempt: '1',
  iat: 1700000000,
  runner_environment: 'github-hosted'
}

describe('conditionKeysFromClaims', () => {
  it('prefixes github.com claims with the issuer host', () => {
    const keys = conditionKeysFromClaims({ ...baseClaims, iss: 'https://token.actions.githubusercontent.com' })
    expect(keys['token.actions.githubusercontent.com:sub']).toBe(SUB_MAIN)
    expect(keys['token.actions.githubusercontent.com:aud']).toBe('sts.amazonaws.com')
    expect(keys['token.actions.githubusercontent.com:repository']).toBe('octo-org/octo-repo')
    expect(keys['token.actions.githubusercontent.com:job_workflow_ref']).toBe(baseClaims.job_workflow_ref)
    // AWS makes no key of iat, repository_owner, run_attempt or runner_environment
    expect(keys['token.actions.githubusercontent.com:iat']).toBeUndefined()
    expect(keys['token.actions.githubusercontent.com:repository_owner']).toBeUndefined()
    expect(keys['token.actions.githubusercontent.com:runner_environment']).toBeUndefined()
  })

  it('keeps the enterprise slug path and drops a trailing slash', () => {
    const keys = conditionKeysFromClaims({
      ...baseClaims,
      iss: 'https://token.actions.githubusercontent.com/acme/',
      environment: 'prod',
      sub: SUB_ENV
    })
    expect(keys['token.actions.githubusercontent.com/acme:sub']).toBe(SUB_ENV)
    expect(keys['token.actions.githubusercontent.com/acme:environment']).toBe('prod')
    expect(Object.keys(keys).every((k) => k.startsWith('token.actions.githubusercontent.com/acme:'))).toBe(true)
  })

  it('handles a GHES issuer with a path', () => {
    const keys = conditionKeysFromClaims({ ...baseClaims, iss: 'https://ghes.example.com/_services/token' })
    expect(keys['ghes.example.com/_services/token:sub']).toBe(SUB_MAIN)
    // another issuer: only the standard OIDC keys
    expect(keys['ghes.example.com/_services/token:repository']).toBeUndefined()
  })

  it('keeps aud and amr lists as lists, stringifies scalars and skips objects', () => {
    const keys = conditionKeysFromClaims({
      iss: 'https://token.actions.githubusercontent.com',
      aud: ['sts.amazonaws.com', 'https://github.com/octo-org'],
      amr: ['authenticated'],
      enterprise: { id: 1 },
      groups: ['a', 'b'],
      ephemeral: true,
      nothing: null
    })
    expect(keys).toEqual({
      'token.actions.githubusercontent.com:aud': ['sts.amazonaws.com', 'https://github.com/octo-org'],
      'token.actions.githubusercontent.com:amr': ['authenticated']
    })
  })

  it('throws without an iss claim', () => {
    expect(() => conditionKeysFromClaims({ sub: SUB_MAIN })).toThrow(/no iss/)
    expect(() => conditionKeysFromClaims({ iss: 'https://', sub: SUB_MAIN })).toThrow(/no iss/)
  })

  it('feeds the evaluator end to end', () => {
    const iss = 'https://token.actions.githubusercontent.com'
    const ctx = {
      action: ACTION,
      federatedPrincipal: providerArnFor(iss, '123456789012'),
      keys: conditionKeysFromClaims({ ...baseClaims, iss })
    }
    expect(evaluateTrustPolicy(parseTrustPolicy(ghPolicyText(MAIN_ONLY)), ctx).decision).toBe('allow')
  })
})

describe('providerArnFor / issuerPrefix', () => {
  it('builds the aws partition ARN', () => {
    expect(providerArnFor('https://token.actions.githubusercontent.com', '123456789012')).toBe(PROVIDER)
  })
  it('builds the aws-cn partition ARN with the enterprise slug', () => {
    expect(providerArnFor('https://token.actions.githubusercontent.com/acme/', '123456789012', 'aws-cn')).toBe(
      'arn:aws-cn:iam::123456789012:oidc-provider/token.actions.githubusercontent.com/acme'
    )
  })
  it('handles GHES', () => {
    expect(providerArnFor('https://ghes.example.com/_services/token', '123456789012', 'aws-us-gov')).toBe(
      'arn:aws-us-gov:iam::123456789012:oidc-provider/ghes.example.com/_services/token'
    )
  })
  it('strips only the scheme and trailing slashes', () => {
    expect(issuerPrefix('HTTPS://token.actions.githubusercontent.com//')).toBe('token.actions.githubusercontent.com')
    expect(issuerPrefix('token.actions.githubusercontent.com')).toBe('token.actions.githubusercontent.com')
  })
})
