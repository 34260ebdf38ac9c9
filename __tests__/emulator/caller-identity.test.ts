// GetCallerIdentity: SigV4 with the credentials the emulator issued, and every way it refuses.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { formatAmzDate } from '../../emulator/sts/sigv4.js'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { assume, assumedCredentials, callerIdentity, expectStsError, type Creds } from './helpers.js'

// the SDK signs with the real clock, so this emulator keeps the real clock too
let emu: Emulator
let creds: Creds

beforeAll(async () => {
  emu = await startEmulator()
  creds = await assumedCredentials(emu)
})
afterAll(() => emu.close())
beforeEach(() => {
  emu.world.clockOffsetSeconds = 0
  delete emu.world.callerIdentityOverride
})

const INVALID = 'The security token included in the request is invalid'

it('answers the session identity', async () => {
  const id = await callerIdentity(emu, creds)
  expect(id.Arn).toBe('arn:aws:sts::123456789012:assumed-role/deploy/test-session')
  expect(id.Account).toBe('123456789012')
  expect(id.UserId).toMatch(/^AROA[A-Z0-9]{17}:test-session$/)
  expect(emu.calls.at(-1)).toMatchObject({
    target: 'GetCallerIdentity',
    status: 200,
    signed: true,
    signedByIssuedSession: true,
    accessKeyId: creds.accessKeyId
  })
})

it('answers callerIdentityOverride ("someone else\'s credentials")', async () => {
  emu.world.callerIdentityOverride = {
    account: '999999999999',
    arn: 'arn:aws:sts::999999999999:assumed-role/other/session'
  }
  const id = await callerIdentity(emu, creds)
  expect({ Arn: id.Arn, Account: id.Account }).toEqual({
    Arn: 'arn:aws:sts::999999999999:assumed-role/other/session',
    Account: '999999999999'
  })
})

describe('InvalidClientTokenId (403)', () => {
  it('foreign access keys', async () => {
    await expectStsError(
      callerIdentity(emu, {
        accessKeyId: 'ASIAZZZZZZZZZZZZZZZZ',
        secretAccessKey: creds.secretAccessKey,
        sessionToken: creds.sessionToken
      }),
      'InvalidClientTokenId',
      403,
      INVALID
    )
    expect(emu.calls.at(-1)).toMatchObject({
      signed: true,
      signedByIssuedSession: false,
      accessKeyId: 'ASIAZZZZZZZZZZZZZZZZ',
      code: 'InvalidClientTokenId'
    })
  })

  it('long-term keys the emulator never issued', async () => {
    await expectStsError(
      callerIdentity(emu, {
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
      }),
      'InvalidClientTokenId',
      403,
      INVALID
    )
  })

  it('the right key with a wrong or missing session token', async () => {
    await expectStsError(
      callerIdentity(emu, { ...creds, sessionToken: `${creds.sessionToken}x` }),
      'InvalidClientTokenId',
      403,
      INVALID
    )
    await expectStsError(
      callerIdentity(emu, { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey }),
      'InvalidClientTokenId',
      403,
      INVALID
    )
  })

  it('a session token from another session', async () => {
    const other = await assumedCredentials(emu)
    await expectStsError(
      callerIdentity(emu, { ...creds, sessionToken: other.sessionToken }),
      'InvalidClientTokenId',
      403,
      INVALID
    )
  })
})

it('a wrong secret: SignatureDoesNotMatch (403)', async () => {
  await expectStsError(
    callerIdentity(emu, { ...creds, secretAccessKey: 'x'.repeat(40) }),
    'SignatureDoesNotMatch',
    403,
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.'
  )
})

it('unsigned: MissingAuthenticationToken (403)', async () => {
  const res = await fetch(emu.stsEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'Action=GetCallerIdentity&Version=2011-06-15'
  })
  expect(res.status).toBe(403)
  expect(await res.text()).toContain(
    '<Code>MissingAuthenticationToken</Code>\n    <Message>Request is missing Authentication Token</Message>'
  )
})

describe('clock skew', () => {
  const stamp = /^(\d{8}T\d{6}Z)$/

  it('the runner is more than 15 min behind STS: Signature expired', async () => {
    emu.world.clockOffsetSeconds = 3600
    const err = await expectStsError(
      callerIdentity(emu, creds),
      'SignatureDoesNotMatch',
      403,
      /^Signature expired: (\d{8}T\d{6}Z) is now earlier than (\d{8}T\d{6}Z) \((\d{8}T\d{6}Z) - 15 min\.\)$/
    )
    const [, signed, limit, now] = err.message.match(/: (\S+) is now earlier than (\S+) \((\S+) /)!
    expect(signed).toMatch(stamp)
    const nowMs = Date.parse(now!.replace(/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/, '$1-$2-$3T$4:$5:$6Z'))
    expect(limit).toBe(formatAmzDate(nowMs - 15 * 60 * 1000))
    expect(Math.abs(nowMs - (Date.now() + 3600 * 1000))).toBeLessThan(5000)
  })

  it('the runner is more than 15 min ahead: Signature not yet current', async () => {
    emu.world.clockOffsetSeconds = -3600
    await expectStsError(
      callerIdentity(emu, creds),
      'SignatureDoesNotMatch',
      403,
      /^Signature not yet current: \d{8}T\d{6}Z is still later than \d{8}T\d{6}Z \(\d{8}T\d{6}Z \+ 15 min\.\)$/
    )
  })

  it('within 15 min is fine', async () => {
    emu.world.clockOffsetSeconds = 14 * 60
    await callerIdentity(emu, creds)
  })

  it('the SDK corrects its clock from the Date header and succeeds on its retry', async () => {
    emu.world.clockOffsetSeconds = 20 * 60
    const before = emu.calls.length
    const id = await callerIdentity(emu, creds, { maxAttempts: 2 })
    expect(id.$metadata.attempts).toBe(2)
    expect(emu.calls.slice(before).map((c) => `${c.status} ${c.code ?? ''}`.trim())).toEqual([
      '403 SignatureDoesNotMatch',
      '200'
    ])
  })
})

it('an expired session: ExpiredToken (403)', async () => {
  const out = await assume(emu, { DurationSeconds: 900 })
  const c = out.Credentials!
  // move STS past the expiry, and the SDK's clock with it so the signature date is fine
  emu.world.clockOffsetSeconds = 901
  await expectStsError(
    callerIdentity(
      emu,
      { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! },
      { systemClockOffset: 901 * 1000 }
    ),
    'ExpiredToken',
    403,
    'The security token included in the request is expired'
  )
})
