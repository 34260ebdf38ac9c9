import { describe, expect, it } from '@jest/globals'
import { MAX_SESSIONS, alphanumericSecrets } from '../../src/pipeline/special-characters.js'
import { INPUTS } from '../../src/inputs/table.js'
import type { AssumeResult, StsApi } from '../../src/sts/types.js'
import { fakeCore } from '../fixtures/core.js'

const result = (secret: string): AssumeResult => ({
  credentials: {
    accessKeyId: `ASIA${secret}`,
    secretAccessKey: secret,
    sessionToken: `t-${secret}`,
    expiration: new Date()
  }
})

function stsIssuing(secrets: string[]): StsApi & { calls: number } {
  const sts = {
    calls: 0,
    assumeRoleWithWebIdentity: async () => result(secrets[Math.min(sts.calls++, secrets.length - 1)]),
    assumeRole: async () => result(secrets[Math.min(sts.calls++, secrets.length - 1)]),
    getCallerIdentity: async () => ({ account: '123456789012', arn: 'arn', userId: 'u' })
  }
  return sts
}
const params = { roleArn: 'r', roleSessionName: 's', webIdentityToken: 't', durationSeconds: 900, policyArns: [] }

describe('special-characters-workaround', () => {
  it('assumes again until the secret key has only letters and digits, masking every session', async () => {
    const core = fakeCore({})
    const inner = stsIssuing(['a+b', 'c/d', 'Efg123'])
    const r = await alphanumericSecrets(true, core, inner).assumeRoleWithWebIdentity(params)
    expect(r.credentials.secretAccessKey).toBe('Efg123')
    expect(inner.calls).toBe(3)
    expect(core.secrets).toEqual(expect.arrayContaining(['a+b', 't-a+b', 'c/d', 't-c/d', 'Efg123']))
    expect(core.log.join('\n')).toContain('alphanumeric secret key after 3 sessions')
  })

  it(`stops after ${MAX_SESSIONS} sessions with a warning, keeping the last`, async () => {
    const core = fakeCore({})
    const inner = stsIssuing(['x+y'])
    const r = await alphanumericSecrets(true, core, inner).assumeRoleWithWebIdentity(params)
    expect(inner.calls).toBe(MAX_SESSIONS)
    expect(r.credentials.secretAccessKey).toBe('x+y')
    expect(core.annotations.map((a) => a.level)).toEqual(['warning'])
  })

  it('is documented with its bound', () => {
    const spec = INPUTS.find((i) => i.name === 'special-characters-workaround')
    expect(spec?.description).toContain(`at most ${MAX_SESSIONS} sessions`)
    expect(spec?.incumbent?.why).toContain(`at most ${MAX_SESSIONS} sessions`)
  })

  it('changes nothing when off', async () => {
    const inner = stsIssuing(['a+b', 'cd'])
    const r = await alphanumericSecrets(false, fakeCore({}), inner).assumeRoleWithWebIdentity(params)
    expect(r.credentials.secretAccessKey).toBe('a+b')
    expect(inner.calls).toBe(1)
  })

  it('applies to role chaining (sts:AssumeRole) too', async () => {
    const inner = stsIssuing(['a+b', 'Efg123'])
    const r = await alphanumericSecrets(true, fakeCore({}), inner).assumeRole({
      roleArn: 'r',
      roleSessionName: 's',
      durationSeconds: 900,
      tags: [],
      transitiveTagKeys: [],
      policyArns: [],
      source: { accessKeyId: 'ASIAX', secretAccessKey: 'k', sessionToken: 't' }
    })
    expect(r.credentials.secretAccessKey).toBe('Efg123')
    expect(inner.calls).toBe(2)
  })
})
