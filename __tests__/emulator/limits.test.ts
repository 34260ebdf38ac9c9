// The emulator holds up against hostile clients: bounded request bodies, and tokens that are
// not valid yet (nbf) refused like AWS refuses them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { request } from 'node:http'
import { MAX_BODY_BYTES, MESSAGES, startEmulator, type Emulator } from '../../emulator/index.js'
import { CLOCK_SKEW_ALLOWANCE_S } from '../../src/policy/clock.js'
import { assume, expectStsError } from './helpers.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator()
})
afterAll(() => emu.close())

describe('nbf', () => {
  it('a token not valid yet by the STS clock (beyond the skew allowance) is refused', async () => {
    const now = Math.floor(emu.stsNow() / 1000)
    const early = await emu.issueToken({ claims: { nbf: now + CLOCK_SKEW_ALLOWANCE_S + 60 } })
    await expectStsError(
      assume(emu, { WebIdentityToken: early }),
      'InvalidIdentityTokenException',
      400,
      MESSAGES.usedBeforeIssued
    )
    const within = now + CLOCK_SKEW_ALLOWANCE_S - 60
    await assume(emu, { WebIdentityToken: await emu.issueToken({ claims: { nbf: within, iat: within } }) })
  })
})

describe('request bodies', () => {
  /** POSTs `total` bytes in 1 MiB chunks, stopping when the answer comes; resolves with what was sent by then. */
  function post(total: number, declareLength: boolean): Promise<{ status: number; sentBeforeAnswer: number }> {
    return new Promise((resolve, reject) => {
      let sent = 0
      let answered = false
      const req = request(
        `${emu.baseUrl}/`,
        {
          method: 'POST',
          headers: declareLength
            ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(total) }
            : { 'content-type': 'application/x-www-form-urlencoded' }
        },
        (res) => {
          answered = true
          resolve({ status: res.statusCode ?? 0, sentBeforeAnswer: sent })
          res.resume()
        }
      )
      req.on('error', (e) => (answered ? undefined : reject(e)))
      const chunk = Buffer.alloc(1024 * 1024, 'a')
      const pump = (): void => {
        while (!answered && sent < total) {
          sent += chunk.length
          if (!req.write(chunk)) return void req.once('drain', pump)
        }
        if (!answered) req.end()
      }
      pump()
    })
  }

  it('a body over the limit is answered 413 without being read to its end', async () => {
    const total = 64 * 1024 * 1024
    const streamed = await post(total, false)
    expect(streamed.status).toBe(413)
    expect(streamed.sentBeforeAnswer).toBeLessThan(total / 2)
    const declared = await post(total, true)
    expect(declared.status).toBe(413)
    expect(emu.calls.filter((c) => c.status === 413).length).toBe(2)
  })

  it('a body within the limit is still read and answered', async () => {
    const res = await fetch(emu.stsEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `Action=GetCallerIdentity&Version=2011-06-15&pad=${'x'.repeat(MAX_BODY_BYTES - 100)}`
    })
    expect(res.status).not.toBe(413)
  })
})
