// What a user sees of the inputs through the built dist/ under Node 24: refusals before any
// network call (the emulator records every call), and the incumbent's values accepted.
import { describe, expect, it } from '@jest/globals'
import { play, type Played } from '../../emulator/play.js'
import type { Scenario } from '../../emulator/scenarios.js'

const playWith = (inputs: Record<string, string>, more: Partial<Scenario> = {}): Promise<Played> =>
  play({ name: 'inputs', code: '', description: '', inputs, expect: [], withinSeconds: 30, ...more })
const STALE = {
  AWS_ACCESS_KEY_ID: 'ASIASTALEKEYFROMEARLIER',
  AWS_SECRET_ACCESS_KEY: 'stale-secret',
  AWS_SESSION_TOKEN: 'stale-token'
}

describe('inputs through dist/', () => {
  it('fails closed on an unknown input before any network call, naming it and the closest input', async () => {
    const { result: r, calls } = await playWith({ 'role-chainning': 'true' })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.diagnosis).toBe('invalid-input')
    expect(calls).toEqual([])
    expect(r.log).toContain("'role-chainning' — did you mean role-chaining?")
    expect(r.log).toContain('rename role-chainning to role-chaining in the step’s with: block')
    expect(r.env).toEqual({})
    // the runner itself only warns, which is why the action refuses
    expect(r.runnerMessages.map((m) => m.message).join('\n')).toMatch(/Unexpected input\(s\) 'role-chainning'/)
  })

  it('reads a with: key the way the runner names it (spaces as underscores, upper case)', async () => {
    const { result: r, calls } = await playWith({ 'role chaining': 'true', 'Aws-Region': 'eu-west-1' })
    expect(r.exitCode).toBe(1)
    expect(calls).toEqual([])
    // INPUT_AWS-REGION is declared whatever the case; INPUT_ROLE_CHAINING is not
    expect(r.log).toContain("Unknown input 'role_chaining' — did you mean role-chaining?")
    expect(r.log).not.toMatch(/'aws-region'/)
  })

  it('refuses more than one hour with role-chaining before any call, saying why', async () => {
    const { result: r, calls } = await playWith({ 'role-chaining': 'true', 'role-duration-seconds': '7200' })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.diagnosis).toBe('invalid-input')
    expect(calls).toEqual([])
    expect(r.log).toMatch(/Input 'role-duration-seconds': 7200 is more than a chained session may last/)
  })

  it('refuses static keys without echoing them, before any call', async () => {
    const { result: r, calls } = await playWith({ 'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRET' })
    expect(r.exitCode).toBe(1)
    expect(calls).toEqual([])
    expect(r.log).toMatch(/Input 'aws-secret-access-key': static AWS keys are not accepted/)
    expect(r.log).not.toContain('wJalrXUtnFEMI')
  })

  it("runs with the incumbent's retry-max-attempts: 12 and action-timeout-s: 0", async () => {
    const { result: r } = await playWith({ 'retry-max-attempts': '12', 'action-timeout-s': '0' })
    expect(r.exitCode).toBe(0)
    expect(r.env.AWS_SESSION_TOKEN).toBeDefined()
    expect(r.log).toContain(
      'retry-max-attempts is 12, but no retry starts that could not end within the 60 s network time budget: at most 3 attempts of a stalled STS call fit in it.'
    )
    const { result: defaults } = await playWith({})
    expect(defaults.log).not.toContain('retry-max-attempts is')
  })

  it('exports no env credentials with aws-profile unless output-env-credentials is true', async () => {
    const { result: r } = await playWith({ 'aws-profile': 'ci' })
    expect(r.exitCode).toBe(0)
    expect(r.env.AWS_ACCESS_KEY_ID).toBeUndefined()
    expect(r.outputs['aws-account-id']).toBe('123456789012')
  })

  it('names this action, its version and the run in the user agent of every STS call (CloudTrail)', async () => {
    const { result: r, calls } = await playWith({}, { run: { runId: '4242424242', runAttempt: '3' } })
    expect(r.exitCode).toBe(0)
    const sts = calls.filter((c) => c.target === 'AssumeRoleWithWebIdentity' || c.target === 'GetCallerIdentity')
    expect(sts).toHaveLength(2)
    for (const call of sts) {
      expect(call.userAgent).toMatch(/(^| )aws-oidc-credentials\/\d+\.\d+\.\d+( |$)/)
      expect(call.userAgent).toContain('md/run-id#4242424242')
      expect(call.userAgent).toContain('md/run-attempt#3')
    }
  })

  it('makes both STS calls on one kept-alive connection (no second TCP or TLS handshake)', async () => {
    const { result: r, calls } = await playWith({})
    expect(r.exitCode).toBe(0)
    const sts = calls.filter((c) => c.target === 'AssumeRoleWithWebIdentity' || c.target === 'GetCallerIdentity')
    expect(sts.map((c) => c.target)).toEqual(['AssumeRoleWithWebIdentity', 'GetCallerIdentity'])
    expect(sts[1].connection).toBe(sts[0].connection)
    // the ID token came on a connection of its own (another host on a runner)
    expect(calls.find((c) => c.target === 'token')?.connection).not.toBe(sts[0].connection)
  })

  it('unset-current-credentials: a failed step leaves no stale keys for later steps', async () => {
    const { result: r } = await playWith(
      { 'unset-current-credentials': 'true', 'role-to-assume': 'arn:aws:iam::123456789012:role/not-there' },
      { env: STALE }
    )
    expect(r.exitCode).toBe(1)
    expect(r.env).toEqual({ AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_SESSION_TOKEN: '' })
    // without the input, the stale keys stay for later steps (the runner keeps the job's env)
    const { result: kept } = await playWith(
      { 'role-to-assume': 'arn:aws:iam::123456789012:role/not-there' },
      { env: STALE }
    )
    expect(kept.exitCode).toBe(1)
    expect(kept.env).toEqual({})
  })

  it('unset-current-credentials: then a success exports the new session', async () => {
    const { result: r, issued } = await playWith({ 'unset-current-credentials': 'true' }, { env: STALE })
    expect(r.exitCode).toBe(0)
    expect(r.env.AWS_ACCESS_KEY_ID).toBe(issued[0].accessKeyId)
  })

  it('special-characters-workaround: exports an alphanumeric secret, every set-aside session masked', async () => {
    const { result: r, calls, issued } = await playWith({ 'special-characters-workaround': 'true' })
    expect(r.exitCode).toBe(0)
    expect(r.env.AWS_SECRET_ACCESS_KEY).toMatch(/^[A-Za-z0-9]+$/)
    expect(issued.at(-1)?.secretAccessKey).toBe(r.env.AWS_SECRET_ACCESS_KEY)
    // it asked again only while the secret had other characters
    expect(issued.slice(0, -1).filter((c) => /^[A-Za-z0-9]+$/.test(c.secretAccessKey))).toEqual([])
    expect(calls.filter((c) => c.target === 'AssumeRoleWithWebIdentity')).toHaveLength(issued.length)
    for (const c of issued) expect(r.masks).toEqual(expect.arrayContaining([c.secretAccessKey, c.sessionToken]))
  })
})

describe('[S18] redact-claims', () => {
  it.each([
    ['SUB', "'SUB' is not a claim of a GitHub ID token — did you mean sub?"],
    [
      'jti, sub actor',
      "'sub actor' is not a claim of a GitHub ID token — did you mean 'sub, actor'? Names are separated by commas"
    ],
    ['actr', "'actr' is not a claim of a GitHub ID token — did you mean actor?"]
  ])('redact-claims: %s fails closed before any network call, with a suggestion', async (given, said) => {
    const { result: r, calls } = await playWith({
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-region': 'eu-west-1',
      'redact-claims': given
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.diagnosis).toBe('invalid-input')
    expect(calls).toEqual([])
    expect(r.log).toContain(`Input 'redact-claims': ${said}`)
  })

  it('redact-claims: GitHub claims and custom repository properties are accepted and redacted', async () => {
    const { result: r } = await playWith({
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-region': 'eu-west-1',
      'redact-claims': 'actor, repo_property_team\nsub'
    })
    expect(r.exitCode).toBe(0)
    expect(r.log).toMatch(/^\s*actor\s+\*\*\*$/m)
    expect(r.log).toContain('(sub: ***)')
  })
})
