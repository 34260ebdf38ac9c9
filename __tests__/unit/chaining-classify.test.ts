// AssumeRole's answers get the chaining codes; the web-identity ones keep theirs.
import { describe, expect, it } from '@jest/globals'
import { ExpiredTokenException, STSServiceException } from '@aws-sdk/client-sts'
import { classify } from '../../src/diagnosis/classify.js'
import { roleArnOfSession } from '../../src/diagnosis/chaining.js'
import { isRetryable } from '../../src/pipeline/retry.js'

const meta = (status: number) => ({ httpStatusCode: status, requestId: 'req-1', attempts: 1, totalRetryDelay: 0 })
const generic = (name: string, status: number, message: string) =>
  new STSServiceException({ name, $fault: 'client', message, $metadata: meta(status) })
const ctx = { stage: 'assume' as const, nowMs: Date.parse('2026-11-22T12:00:00Z') }
const CALLER = 'arn:aws:sts::111122223333:assumed-role/first/session'
const TARGET = 'arn:aws:iam::444455556666:role/target'
const denied = (action: string) =>
  generic('AccessDenied', 403, `User: ${CALLER} is not authorized to perform: ${action} on resource: ${TARGET}`)

describe('chaining diagnoses', () => {
  it.each([
    ['sts:AssumeRole denied', denied('sts:AssumeRole'), 'assume-role-denied'],
    ['sts:TagSession denied', denied('sts:TagSession'), 'tag-session-denied'],
    [
      'expired source',
      generic('ExpiredToken', 403, 'The security token included in the request is expired'),
      'source-credentials-expired'
    ],
    [
      'unknown source',
      generic('InvalidClientTokenId', 403, 'The security token included in the request is invalid.'),
      'source-credentials-invalid'
    ],
    [
      'web identity denial stays trust-policy-denied',
      generic('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity'),
      'trust-policy-denied'
    ],
    [
      'an expired ID token stays token-expired',
      new ExpiredTokenException({
        message: 'Token expired: current date/time 2 must be before 1',
        $metadata: meta(400)
      }),
      'token-expired'
    ]
  ])('%s', (_, error, code) => {
    const f = classify(error, ctx)
    expect(f.code).toBe(code)
    expect(isRetryable(f)).toBe(false)
  })

  it('names the caller, its role and the target; the external id only as given or not', () => {
    const f = classify(denied('sts:AssumeRole'), ctx)
    expect(f.details.evidence).toEqual(
      expect.arrayContaining([
        `caller (the source credentials): ${CALLER}`,
        'its role: arn:aws:iam::111122223333:role/first (Principal.AWS names the role, not the session)',
        `target role: ${TARGET}`,
        'role-external-id: not given'
      ])
    )
    expect(f.details.snippets?.[0].body).toContain('"AWS": "arn:aws:iam::111122223333:role/first"')
  })

  // the chained route decides, not the message's wording
  const chained = { ...ctx, route: 'chained' as const }
  it.each([
    ['AccessDenied without "on resource:"', generic('AccessDenied', 403, 'Access denied'), 'assume-role-denied'],
    [
      'a wrong source secret',
      generic('SignatureDoesNotMatch', 403, 'The request signature we calculated does not match'),
      'source-credentials-invalid'
    ],
    [
      'an unknown source key, other wording',
      generic('InvalidClientTokenId', 403, 'No such key'),
      'source-credentials-invalid'
    ],
    ['an expired source, other wording', generic('ExpiredToken', 400, 'expired'), 'source-credentials-expired'],
    [
      'a signature refused for its time stays clock-skew',
      generic('SignatureDoesNotMatch', 403, 'Signature expired: 20260101T000000Z is now earlier than 20260101T001500Z'),
      'clock-skew'
    ]
  ])('chained route: %s', (_, error, code) => {
    const f = classify(error, chained)
    expect(f.code).toBe(code)
    const text = [f.message, ...(f.details.evidence ?? []), ...(f.details.fix ?? [])].join('\n')
    // never OIDC token evidence on this route
    expect(text).not.toMatch(/token sub|The token has no sub|token aud/)
  })

  it('maps a session ARN to its role ARN', () => {
    expect(roleArnOfSession('arn:aws-cn:sts::111122223333:assumed-role/r/s')).toBe(
      'arn:aws-cn:iam::111122223333:role/r'
    )
    expect(roleArnOfSession('arn:aws:iam::111122223333:user/u')).toBeUndefined()
  })
})
