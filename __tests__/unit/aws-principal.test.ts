// Principal.AWS for sts:AssumeRole callers, as the shared evaluator decides it.
import { describe, expect, it } from '@jest/globals'
import { evaluateTrustPolicy, parseTrustPolicy } from '../../src/policy/index.js'
import { awsPrincipalCovers } from '../../src/policy/statement.js'

const CALLER = 'arn:aws:iam::111122223333:role/ci/first'

describe('awsPrincipalCovers', () => {
  it.each([
    ['the role ARN', CALLER, true],
    ['the account id', '111122223333', true],
    ['the account root', 'arn:aws:iam::111122223333:root', true],
    ['another role', 'arn:aws:iam::111122223333:role/ci/second', false],
    ['another account', '444455556666', false],
    ['another partition root', 'arn:aws-cn:iam::111122223333:root', false],
    ['the role without its path', 'arn:aws:iam::111122223333:role/first', false]
  ])('%s', (_, value, covered) => {
    expect(awsPrincipalCovers([value], CALLER)).toBe(covered)
  })

  it('decides a trust policy for sts:AssumeRole; a Federated principal never matches an AWS caller', () => {
    const policy = parseTrustPolicy(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' },
          { Effect: 'Allow', Principal: { Federated: CALLER }, Action: 'sts:TagSession' }
        ]
      })
    )
    const decide = (action: string) =>
      evaluateTrustPolicy(policy, { action, federatedPrincipal: '', awsPrincipal: CALLER, keys: {} }).decision
    expect(decide('sts:AssumeRole')).toBe('allow')
    expect(decide('sts:TagSession')).toBe('implicit-deny')
  })
})
