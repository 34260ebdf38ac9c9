// Every fault kind, seen through the real SDK (STS) and fetch (token endpoint).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { assume, assumedCredentials, callerIdentity, expectStsError, rejection, type Creds } from './helpers.js'

let emu: Emulator
let creds: Creds

beforeAll(async () => {
  emu = await startEmulator()
  creds = await assumedCredentials(emu)
})
afterAll(() => emu.close())
beforeEach(() => emu.clearFaults())

const ARWWI = 'AssumeRoleWithWebIdentity'
const GCI = 'GetCallerIdentity'

describe('STS error faults', () => {
  it('throttle: 400 Throttling "Rate exceeded", then the next request is served', async () => {
    emu.inject(ARWWI, 'throttle')
    const err = await expectStsError(assume(emu), 'Throttling', 400, 'Rate exceeded')
    expect(err.$fault).toBe('client')
    expect(emu.calls.at(-1)).toMatchObject({ target: ARWWI, status: 400, code: 'Throttling', fault: 'throttle' })
    await assume(emu)
  })

  it('server-error: 500 InternalFailure and 503 ServiceUnavailable, Type Receiver', async () => {
    emu.inject(GCI, 'server-error')
    const err = await expectStsError(
      callerIdentity(emu, creds),
      'InternalFailure',
      500,
      'The request processing has failed because of an unknown error, exception or failure.'
    )
    expect(err.$fault).toBe('server')
    emu.inject(GCI, { kind: 'server-error', status: 503 })
    await expectStsError(
      callerIdentity(emu, creds),
      'ServiceUnavailable',
      503,
      'The request has failed due to a temporary failure of the server.'
    )
  })

  it('the SDK retries a 503 and succeeds with the next attempt', async () => {
    emu.inject(ARWWI, { kind: 'server-error', status: 503 })
    const out = await assume(emu, {}, { maxAttempts: 2 })
    expect(out.$metadata.attempts).toBe(2)
  })

  it('idp-communication: 400 IDPCommunicationError', async () => {
    emu.inject(ARWWI, 'idp-communication')
    await expectStsError(
      assume(emu),
      'IDPCommunicationErrorException',
      400,
      /^The request could not be fulfilled because the identity provider \(IDP\) that was asked to verify the incoming identity token could not be reached\. /
    )
  })

  it('region-disabled: 403 RegionDisabledException for the role account / the session account', async () => {
    emu.inject(ARWWI, 'region-disabled')
    await expectStsError(
      assume(emu),
      'RegionDisabledException',
      403,
      'STS is not activated in this region for account:123456789012. Your account administrator can activate STS in this region using the IAM Console.'
    )
    emu.inject(GCI, { kind: 'region-disabled', account: '111122223333' })
    await expectStsError(callerIdentity(emu, creds), 'RegionDisabledException', 403, /for account:111122223333\. /)
  })

  it('invalid-client-token: 403 InvalidClientTokenId even for good credentials', async () => {
    emu.inject(GCI, 'invalid-client-token')
    await expectStsError(
      callerIdentity(emu, creds),
      'InvalidClientTokenId',
      403,
      'The security token included in the request is invalid'
    )
  })

  it('jwks-unreachable: the verification-key text', async () => {
    emu.inject(ARWWI, 'jwks-unreachable')
    await expectStsError(
      assume(emu),
      'InvalidIdentityTokenException',
      400,
      "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"
    )
  })

  it('a generic error, e.g. PackedPolicyTooLarge', async () => {
    emu.inject(ARWWI, {
      kind: 'error',
      status: 400,
      code: 'PackedPolicyTooLarge',
      message: 'Packed policy consumes 112% of allotted space, please use smaller policy.'
    })
    await expectStsError(
      assume(emu),
      'PackedPolicyTooLargeException',
      400,
      'Packed policy consumes 112% of allotted space, please use smaller policy.'
    )
    emu.inject(GCI, { kind: 'error', status: 418, code: 'Teapot', message: 'short and stout' })
    await expectStsError(callerIdentity(emu, creds), 'Teapot', 418, 'short and stout')
  })

  it('times: N applies the fault to the next N requests', async () => {
    emu.inject(GCI, 'throttle', 2)
    expect(emu.pendingFaults(GCI)).toHaveLength(2)
    await expectStsError(callerIdentity(emu, creds), 'Throttling', 400, 'Rate exceeded')
    await expectStsError(callerIdentity(emu, creds), 'Throttling', 400, 'Rate exceeded')
    expect(emu.pendingFaults(GCI)).toHaveLength(0)
    await callerIdentity(emu, creds)
  })

  it('faults are queued per target and in order', async () => {
    emu.inject(ARWWI, 'throttle')
    emu.inject(ARWWI, 'idp-communication')
    await callerIdentity(emu, creds) // another target: untouched
    await expectStsError(assume(emu), 'Throttling', 400, 'Rate exceeded')
    await expectStsError(assume(emu), 'IDPCommunicationErrorException', 400, /identity provider/)
    await assume(emu)
  })
})

describe('transport faults (STS)', () => {
  it('garbage: 200 with a body that is not XML', async () => {
    emu.inject(ARWWI, 'garbage')
    const err = await rejection(assume(emu))
    expect(err.$metadata?.httpStatusCode).toBe(200)
    expect(emu.calls.at(-1)).toMatchObject({ status: 200, fault: 'garbage' })
  })

  it('html: an nginx-style 502 page is not XML, so the SDK reports a parse error (status kept)', async () => {
    emu.inject(GCI, 'html')
    const err = await rejection(callerIdentity(emu, creds))
    expect({ name: err.name, status: err.$metadata?.httpStatusCode }).toEqual({ name: 'Error', status: 502 })
    expect(err.message).toMatch(/^@aws-sdk XML parse error: mismatched tags <hr> and <\/body>\./)
    expect(emu.calls.at(-1)).toMatchObject({ target: GCI, status: 502, fault: 'html' })
  })

  it('html, well-formed: the SDK reports name and message "Unknown"', async () => {
    emu.inject(ARWWI, { kind: 'html', wellFormed: true, status: 504 })
    const err = await rejection(assume(emu))
    expect({ name: err.name, message: err.message, status: err.$metadata?.httpStatusCode }).toEqual({
      name: 'Unknown',
      message: 'Unknown',
      status: 504
    })
  })

  it('reset: the socket is destroyed ("socket hang up", which the SDK names TimeoutError)', async () => {
    emu.inject(ARWWI, 'reset')
    const err = await rejection(assume(emu))
    // outside jest this is the Node error itself: name TimeoutError, code ECONNRESET; jest's VM
    // realm makes the SDK wrap it ("AWS SDK error wrapper for TimeoutError: socket hang up")
    expect(err.message).toMatch(/TimeoutError: socket hang up$|^socket hang up$/)
    expect(emu.calls.at(-1)).toMatchObject({ target: ARWWI, status: null, fault: 'reset' })
  })

  it('hang: no answer; the SDK gives up after requestTimeout with throwOnRequestTimeout', async () => {
    emu.inject(ARWWI, 'hang')
    const started = Date.now()
    const err = await rejection(
      assume(emu, {}, { requestHandler: { requestTimeout: 150, throwOnRequestTimeout: true } })
    )
    expect(err.name).toBe('TimeoutError')
    expect(Date.now() - started).toBeLessThan(2000)
    expect(emu.calls.at(-1)).toMatchObject({ target: ARWWI, status: null, fault: 'hang' })
  })
})

describe('token endpoint faults', () => {
  const get = (signal?: AbortSignal) =>
    fetch(`${emu.tokenRequestUrl}&audience=sts.amazonaws.com`, {
      headers: { Authorization: `Bearer ${emu.tokenRequestToken}` },
      signal
    })

  it('status: 403 and 500 with GitHub-like JSON bodies, or a given body', async () => {
    emu.inject('token', { kind: 'status', status: 403 })
    let res = await get()
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ typeKey: 'AccessDeniedException' })
    emu.inject('token', { kind: 'status', status: 500 })
    res = await get()
    expect(res.status).toBe(500)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    emu.inject('token', { kind: 'status', status: 503, body: 'upstream unavailable' })
    res = await get()
    expect({ status: res.status, text: await res.text() }).toEqual({ status: 503, text: 'upstream unavailable' })
    expect((await get()).status).toBe(200)
  })

  it('no-value: 200 JSON without value', async () => {
    emu.inject('token', 'no-value')
    const res = await get()
    expect(res.status).toBe(200)
    expect(await res.json()).not.toHaveProperty('value')
  })

  it('garbage, html and reset', async () => {
    emu.inject('token', 'garbage')
    await expect(get().then((r) => r.json())).rejects.toThrow()
    emu.inject('token', 'html')
    const res = await get()
    expect({ status: res.status, type: res.headers.get('content-type') }).toEqual({ status: 502, type: 'text/html' })
    emu.inject('token', 'reset')
    await expect(get()).rejects.toThrow('fetch failed')
  })

  it('hang: the client has to time out', async () => {
    emu.inject('token', 'hang')
    await expect(get(AbortSignal.timeout(150))).rejects.toThrow(/aborted|timeout/i)
    expect(emu.calls.at(-1)).toMatchObject({ target: 'token', status: null, fault: 'hang' })
  })

  it('refuses faults that do not apply to the target', () => {
    expect(() => emu.inject('token', 'throttle')).toThrow("fault 'throttle' does not apply to 'token'")
    expect(() => emu.inject(GCI, 'jwks-unreachable')).toThrow(/does not apply/)
    expect(() => emu.inject(GCI, 'idp-communication')).toThrow(/does not apply/)
    expect(() => emu.inject(ARWWI, 'throttle', 0)).toThrow(/positive integer/)
  })
})

describe('lifecycle', () => {
  it('faults can be queued at start', async () => {
    const other = await startEmulator({
      faults: { AssumeRoleWithWebIdentity: ['throttle', { kind: 'server-error', times: 2 }] }
    })
    try {
      expect(other.pendingFaults(ARWWI).map((f) => f.kind)).toEqual(['throttle', 'server-error', 'server-error'])
    } finally {
      await other.close()
    }
  })

  it('close() ends hanging requests, so nothing keeps the process alive', async () => {
    const other = await startEmulator()
    other.inject('token', 'hang')
    const pending = fetch(`${other.tokenRequestUrl}&audience=x`, {
      headers: { Authorization: `Bearer ${other.tokenRequestToken}` }
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await other.close()
    await expect(pending).rejects.toThrow('fetch failed')
  })
})
