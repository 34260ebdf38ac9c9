// refresh-credentials and role chaining: a profile of the user's own with role_arn and
// source_profile naming the action's profile refreshes the whole chain, proved with boto3.
// (Its own file: its waits overlap the real-client proof's instead of following them.)
import { describe, expect, it } from '@jest/globals'
import { appendFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { ROLE_ARN } from '../../emulator/scenarios.js'
import { startEmulator } from '../../emulator/server.js'
import { addChainTarget } from '../../emulator/world.js'
import { boto3Python, execFileAsync, laterStep, SESSION_SECONDS, step } from './refresh-steps.js'

describe('refresh-credentials and role chaining', () => {
  const python = boto3Python()

  it('a profile of your own with role_arn and source_profile naming it refreshes the whole chain (boto3)', async () => {
    // boto3, not the Debian AWS CLI 2.9.19: the chained AssumeRole must reach the emulator through
    // AWS_ENDPOINT_URL_STS, which that CLI predates
    if (!python) {
      console.warn('boto3 is not installed for python3: the role chaining proof is skipped')
      return
    }
    const emu = await startEmulator()
    try {
      emu.world.sessionLifetimeSeconds = SESSION_SECONDS
      const target = addChainTarget(emu.world, ROLE_ARN)
      const r = await step(emu, { 'refresh-credentials': 'true' })
      expect(r.exitCode).toBe(0)
      appendFileSync(
        join(r.home, '.aws', 'config'),
        `[profile chained]\nrole_arn = ${target}\nsource_profile = aws-oidc-credentials\nrole_session_name = chained\nduration_seconds = 900\n`
      )
      const env = { ...laterStep(emu, r), AWS_PROFILE: 'chained' }
      const script = 'import boto3; print(boto3.session.Session().client("sts").get_caller_identity()["Arn"])'
      const call = () => execFileAsync(python, ['-c', script], { env }).then(({ stdout }) => stdout.trim())
      const first = await call()
      // past the end of both the source session and the chained one
      await sleep(SESSION_SECONDS * 1000 + 500)
      const second = await call()
      expect([first, second]).toEqual([
        expect.stringMatching(/:assumed-role\/target\/chained$/),
        expect.stringMatching(/:assumed-role\/target\/chained$/)
      ])
      // each run assumed the chain afresh, signed by a source session the credential process served
      const chained = emu.calls.filter((c) => c.target === 'AssumeRole')
      expect(chained.map((c) => c.status)).toEqual([200, 200])
      expect(new Set(chained.map((c) => c.accessKeyId)).size).toBe(2)
    } finally {
      await emu.close()
    }
  }, 60_000)
})
