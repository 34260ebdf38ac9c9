// The STS quota: one token bucket for every STS action, answering Throttling when it is empty.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { assume, assumedCredentials, callerIdentity, expectStsError, stsClient } from './helpers.js'
import { GetSessionTokenCommand } from '@aws-sdk/client-sts'

let emu: Emulator | undefined
afterEach(() => emu?.close())

describe('STS quota', () => {
  it('serves the burst, throttles the rest, and refills at the rate, across actions', async () => {
    let offsetMs = 0
    emu = await startEmulator({ clock: () => Date.now() + offsetMs })
    const creds = await assumedCredentials(emu)
    emu.setStsQuota({ ratePerSecond: 2, burst: 3 })
    await assume(emu)
    await callerIdentity(emu, creds)
    await assume(emu)
    await expectStsError(callerIdentity(emu, creds), 'Throttling', 400, 'Rate exceeded')
    // actions the emulator does not implement draw from the same bucket
    await expectStsError(
      stsClient(emu, { credentials: creds }).send(new GetSessionTokenCommand({})),
      'Throttling',
      400,
      'Rate exceeded'
    )
    offsetMs += 1000 // two tokens
    await callerIdentity(emu, creds)
    await assume(emu)
    await expectStsError(assume(emu), 'Throttling', 400, 'Rate exceeded')
    const quota = emu.calls.slice(-8)
    expect(quota.map((c) => c.code ?? 'ok')).toEqual([
      'ok',
      'ok',
      'ok',
      'Throttling',
      'Throttling',
      'ok',
      'ok',
      'Throttling'
    ])
    expect(quota.filter((c) => c.code === 'Throttling').map((c) => c.action)).toEqual([
      'GetCallerIdentity',
      'GetSessionToken',
      'AssumeRoleWithWebIdentity'
    ])
  })

  it('throttles before faults are used up, and can be lifted', async () => {
    emu = await startEmulator({ stsQuota: { ratePerSecond: 0.001, burst: 1 } })
    await assume(emu) // the one token
    emu.inject('AssumeRoleWithWebIdentity', 'server-error')
    await expectStsError(assume(emu), 'Throttling', 400, 'Rate exceeded')
    expect(emu.pendingFaults('AssumeRoleWithWebIdentity')).toHaveLength(1)
    emu.setStsQuota(undefined)
    await expectStsError(assume(emu), 'InternalFailure', 500, /unknown error/)
    await assume(emu)
  })

  it('refuses a quota that could never serve a request', async () => {
    await expect(startEmulator({ stsQuota: { ratePerSecond: 0, burst: 1 } })).rejects.toThrow(RangeError)
  })
})
