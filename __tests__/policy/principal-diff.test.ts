import { describe, expect, it } from '@jest/globals'
import { principalDifference } from '../../src/policy/index.js'

const NEEDED = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'

describe('principalDifference', () => {
  it('names both ARNs and the part that differs', () => {
    expect(
      principalDifference(['arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'], NEEDED)
    ).toBe(
      `Principal.Federated names arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com differs in the account (111122223333, not 123456789012); this token needs ${NEEDED}`
    )
    expect(
      principalDifference(
        ['arn:aws-us-gov:iam::123456789012:oidc-provider/token.actions.githubusercontent.com/acme'],
        NEEDED
      )
    ).toMatch(
      /differs in the partition \(aws-us-gov, not aws\) and the issuer \(token\.actions\.githubusercontent\.com\/acme, not token\.actions\.githubusercontent\.com\)/
    )
  })

  it('says when a value is not a provider ARN, or when there is none', () => {
    expect(principalDifference(['accounts.google.com'], NEEDED)).toMatch(
      /accounts\.google\.com is not an IAM OIDC provider ARN/
    )
    expect(principalDifference([], NEEDED)).toBe(
      `Principal.Federated names no Federated principal; this token needs ${NEEDED}`
    )
  })
})
