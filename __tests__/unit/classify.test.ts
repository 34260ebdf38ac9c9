import { describe, expect, it } from '@jest/globals'
import {
  ExpiredTokenException,
  IDPCommunicationErrorException,
  InvalidIdentityTokenException,
  MalformedPolicyDocumentException,
  PackedPolicyTooLargeException,
  RegionDisabledException,
  STSServiceException
} from '@aws-sdk/client-sts'
import { classify } from '../../src/diagnosis/classify.js'
import type { Stage } from '../../src/failure/failure.js'
import { isRetryable } from '../../src/pipeline/retry.js'
import { TimeoutError } from '../../src/failure/timeout.js'

const meta = (status: number) => ({ httpStatusCode: status, requestId: 'req-1234', attempts: 1, totalRetryDelay: 0 })
// Unmodelled errors reach us as the service base class, name = wire code (as the SDK does).
const generic = (name: string, status: number, message: string) =>
  new STSServiceException({ name, $fault: status >= 500 ? 'server' : 'client', message, $metadata: meta(status) })
const idTokenError = (status: string, msg: string) =>
  new Error(
    `Error message: Failed to get ID Token. \n \n        Error Code : ${status}\n \n        Error Message: ${msg}`
  )

const ctx = (stage: Stage) => ({ stage, nowMs: Date.parse('2026-11-21T12:00:00Z') })

describe('classify', () => {
  it.each<[string, Stage, unknown, string, boolean]>([
    [
      'AccessDenied',
      'assume',
      generic('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity'),
      'trust-policy-denied',
      false
    ],
    [
      'no provider',
      'assume',
      new InvalidIdentityTokenException({
        message: 'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
        $metadata: meta(400)
      }),
      'oidc-provider-not-found',
      false
    ],
    [
      'audience',
      'assume',
      new InvalidIdentityTokenException({ message: 'Incorrect token audience', $metadata: meta(400) }),
      'audience-mismatch',
      false
    ],
    [
      'verification key',
      'assume',
      new InvalidIdentityTokenException({
        message:
          "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
        $metadata: meta(400)
      }),
      'invalid-token',
      false
    ],
    [
      'not a JWT',
      'assume',
      new InvalidIdentityTokenException({
        message: 'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)',
        $metadata: meta(400)
      }),
      'invalid-token',
      false
    ],
    [
      'expired token',
      'assume',
      new ExpiredTokenException({
        message: 'Token expired: current date/time 1624482533 must be before the expiration date/time1624482335',
        $metadata: meta(400)
      }),
      'token-expired',
      false
    ],
    [
      'IDP communication',
      'assume',
      new IDPCommunicationErrorException({
        message:
          'The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached.',
        $metadata: meta(400)
      }),
      'idp-communication-error',
      true
    ],
    [
      'max duration',
      'assume',
      generic(
        'ValidationError',
        400,
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'
      ),
      'session-duration-exceeded',
      false
    ],
    [
      'other validation',
      'assume',
      generic(
        'ValidationError',
        400,
        "1 validation error detected: Value 'dependabot[bot]' at 'roleSessionName' failed to satisfy constraint"
      ),
      'invalid-input',
      false
    ],
    [
      'malformed policy',
      'assume',
      new MalformedPolicyDocumentException({ message: 'Syntax errors in policy.', $metadata: meta(400) }),
      'session-policy-invalid',
      false
    ],
    [
      'packed too large',
      'assume',
      new PackedPolicyTooLargeException({
        message: 'Packed policy consumes 112% of allotted space',
        $metadata: meta(400)
      }),
      'session-policy-invalid',
      false
    ],
    [
      'region disabled',
      'assume',
      new RegionDisabledException({
        message: 'STS is not activated in this region for account:123456789012.',
        $metadata: meta(403)
      }),
      'region-disabled',
      false
    ],
    ['throttling', 'assume', generic('Throttling', 400, 'Rate exceeded'), 'throttled', true],
    ['5xx', 'assume', generic('ServiceUnavailable', 503, ''), 'network-error', true],
    ['proxy HTML', 'assume', Object.assign(generic('Unknown', 502, 'Unknown'), {}), 'network-error', true],
    [
      'refused',
      'assume',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
      'network-error',
      true
    ],
    [
      'DNS',
      'assume',
      Object.assign(new Error('getaddrinfo ENOTFOUND sts.nowhere'), { code: 'ENOTFOUND' }),
      'network-error',
      true
    ],
    [
      'SDK request timeout',
      'assume',
      Object.assign(new Error('request timed out'), { name: 'TimeoutError' }),
      'network-error',
      true
    ],
    ['our timeout', 'token', new TimeoutError('the GitHub ID-token request', 15000), 'network-error', true],
    [
      'clock skew',
      'verify',
      generic(
        'SignatureDoesNotMatch',
        403,
        'Signature expired: 20261121T100000Z is now earlier than 20261121T114500Z (20261121T120000Z - 15 min.)'
      ),
      'clock-skew',
      false
    ],
    [
      'future signature',
      'verify',
      generic(
        'SignatureDoesNotMatch',
        403,
        'Signature not yet current: 20261121T124500Z is still later than 20261121T121500Z (20261121T120000Z + 15 min.)'
      ),
      'clock-skew',
      false
    ],
    [
      'signature mismatch not about time',
      'verify',
      generic(
        'SignatureDoesNotMatch',
        403,
        'The request signature we calculated does not match the signature you provided.'
      ),
      'unknown',
      false
    ],
    [
      'new keys unknown yet',
      'verify',
      generic('InvalidClientTokenId', 403, 'The security token included in the request is invalid'),
      'identity-mismatch',
      true
    ],
    ['token 403', 'token', idTokenError('403', 'Forbidden'), 'id-token-request-failed', false],
    ['token 500', 'token', idTokenError('500', 'Internal Server Error'), 'id-token-request-failed', true],
    ['token refused', 'token', idTokenError('undefined', 'connect ECONNREFUSED 127.0.0.1:1'), 'network-error', true],
    [
      'token no value',
      'token',
      new Error('Error message: Response json body do not have ID Token field'),
      'id-token-request-failed',
      true
    ],
    [
      'token env missing',
      'token',
      new Error('Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'),
      'missing-id-token-permission',
      false
    ],
    ['nothing known', 'assume', generic('SomethingNew', 400, 'brand new failure'), 'unknown', false]
  ])('%s -> code', (_label, stage, error, code, retryable) => {
    const f = classify(error, ctx(stage))
    expect(f.code).toBe(code)
    expect(f.details.stage).toBe(stage)
    expect(isRetryable(f)).toBe(retryable)
    // a message of its own, never a stack trace
    expect(f.message.trim()).not.toBe('')
    expect(f.message).not.toMatch(/\n\s+at /)
  })

  it('keeps the AWS request id and, for unknown, the error name and message', () => {
    const f = classify(generic('SomethingNew', 400, 'brand new failure'), ctx('assume'))
    expect(f.details.requestId).toBe('req-1234')
    expect(f.details.original).toEqual({ name: 'SomethingNew', message: 'brand new failure' })
  })

  it('says a proxy answered when STS sent no XML, with the HTTP status', () => {
    const f = classify(generic('Unknown', 502, 'Unknown'), ctx('assume'))
    expect(f.message).toMatch(/not from AWS STS \(HTTP 502\)/)
  })
})

describe('the evidence line of an unknown error', () => {
  it('names STS only in the stages that call it', () => {
    const odd = Object.assign(new Error('something odd'), { name: 'OddError' })
    expect(classify(odd, ctx('verify')).details.evidence).toContain('STS: OddError: something odd')
    expect(classify(odd, ctx('claims')).details.evidence).toContain('error: OddError: something odd')
    expect(classify(odd, ctx('export')).details.evidence).not.toContain('STS: OddError: something odd')
  })
})
