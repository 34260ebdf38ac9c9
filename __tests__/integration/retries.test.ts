// Transient failures that clear up: the step retries, says so, and succeeds.
import { describe, expect, it } from '@jest/globals'
import { play } from '../../emulator/play.js'
import { findScenario, type Scenario } from '../../emulator/scenarios.js'

const recovering = (setup: Scenario['setup']): Scenario => ({
  name: 'recovering',
  code: 'success',
  description: '',
  setup,
  expect: [],
  withinSeconds: 15
})

describe('retries', () => {
  it('a throttled AssumeRoleWithWebIdentity succeeds on the next attempt', async () => {
    const p = await play(recovering((emu) => emu.inject('AssumeRoleWithWebIdentity', 'throttle', 1)))
    expect(p.result.exitCode).toBe(0)
    expect(p.result.log).toMatch(/^↻ AssumeRoleWithWebIdentity throttled \(attempt 1\); retrying in \d+\.\d s$/m)
    expect(p.calls.filter((c) => c.target === 'AssumeRoleWithWebIdentity').map((c) => c.status)).toEqual([400, 200])
  })

  it('a throttled chained AssumeRole is retried the same way', async () => {
    const chained = findScenario('chained-success')!
    const p = await play({
      ...chained,
      setup: async (emu) => {
        await chained.setup?.(emu)
        emu.inject('AssumeRole', 'throttle', 1)
      }
    })
    expect(p.result.exitCode).toBe(0)
    expect(p.result.log).toMatch(/^↻ AssumeRole throttled \(attempt 1\); retrying in \d+\.\d s$/m)
    expect(p.calls.filter((c) => c.target === 'AssumeRole').map((c) => c.status)).toEqual([400, 200])
  })

  it('new keys that IAM does not know yet are retried on GetCallerIdentity', async () => {
    const p = await play(recovering((emu) => emu.inject('GetCallerIdentity', 'invalid-client-token', 1)))
    expect(p.result.exitCode).toBe(0)
    expect(p.result.log).toMatch(/↻ GetCallerIdentity: attempt 1 of 3 failed/)
    expect(p.result.env.AWS_SESSION_TOKEN).toBeDefined()
  })

  it('a 5xx from the ID-token endpoint is retried', async () => {
    const p = await play(recovering((emu) => emu.inject('token', { kind: 'status', status: 500 }, 1)))
    expect(p.result.exitCode).toBe(0)
    expect(p.result.log).toMatch(/↻ ID token request: attempt 1 of 3 failed \(id-token-request-failed/)
  })

  it('the token read from a file is masked like a fetched one', async () => {
    let token = ''
    const p = await play({
      ...recovering(async (emu) => {
        token = await emu.issueToken()
        return { 'token.jwt': token }
      }),
      inputs: { 'web-identity-token-file': 'token.jwt' },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined }
    })
    expect(p.result.exitCode).toBe(0)
    expect(p.result.masks).toContain(token)
  })
})
