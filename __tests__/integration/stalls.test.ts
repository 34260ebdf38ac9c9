// A stalled endpoint must end as network-error within 60 s with the default settings.
// Slow by nature (each attempt waits out its timeout), so both stalls run side by side.
import { describe, expect, it } from '@jest/globals'
import { play } from '../../emulator/play.js'
import type { Scenario } from '../../emulator/scenarios.js'

const stalled = (target: 'token' | 'AssumeRoleWithWebIdentity'): Scenario => ({
  name: `stalled-${target}`,
  code: 'network-error',
  description: `${target} never answers`,
  setup: (emu) => emu.inject(target, 'hang', 10),
  expect: [],
  withinSeconds: 60
})

describe('stalled endpoints', () => {
  it('end as network-error within 60 s, after bounded retries', async () => {
    const twoStages: Scenario = {
      ...stalled('AssumeRoleWithWebIdentity'),
      setup: (emu) => {
        emu.inject('AssumeRoleWithWebIdentity', 'hang', 2)
        emu.inject('GetCallerIdentity', 'hang', 10)
      }
    }
    const [sts, token, both] = await Promise.all([
      play(stalled('AssumeRoleWithWebIdentity')),
      play(stalled('token')),
      play(twoStages)
    ])
    // The 60 s budget spans stages: stalls in assume and then verify still end in time.
    expect(both.result.outputs.diagnosis).toBe('network-error')
    expect(both.result.log).toMatch(/stage: {3}verify/)
    expect(both.result.log).toMatch(
      /gave up after 1 attempt \(another attempt could not end within the network time budget\)/
    )
    expect(both.result.durationMs).toBeLessThan(60_000)
    expect(both.result.env).toEqual({})
    for (const p of [sts, token]) {
      expect(p.result.exitCode).toBe(1)
      expect(p.result.outputs.diagnosis).toBe('network-error')
      expect(p.result.durationMs).toBeLessThan(60_000)
      expect(p.result.log).toMatch(/attempt 2 of 3 failed \(network-error/)
    }
    expect(sts.calls.filter((c) => c.target === 'AssumeRoleWithWebIdentity')).toHaveLength(3)
    expect(sts.result.log).toMatch(/AWS STS did not answer in time/)
    expect(token.result.log).toMatch(/the GitHub ID-token request did not answer within 15 s/)
  }, 120_000)
})
