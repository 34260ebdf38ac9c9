// Every scenario runs the built dist/index.js under Node 24 against the emulator, as a runner would.
import { describe, expect, it } from '@jest/globals'
import { play } from '../../emulator/play.js'
import { SCENARIOS, type Scenario } from '../../emulator/scenarios.js'
import { CODES } from '../../src/diagnosis/catalogue.js'
import { readRepoFile } from '../docs/markdown.js'
import { expectRefused } from './refused.js'
import { leakedLines, unexpectedCommands } from './safety.js'

/** Each scenario's one run, for the tests here that look at it from another side. */
const runs = new Map<Scenario, ReturnType<typeof play>>()
function playOnce(s: Scenario): ReturnType<typeof play> {
  if (!runs.has(s)) runs.set(s, play(s))
  return runs.get(s)!
}

describe('scenarios', () => {
  it('cover every diagnosis code', () => {
    const covered = new Set(SCENARIOS.map((s) => s.code))
    expect(CODES.filter((c) => !covered.has(c))).toEqual([])
  })

  for (const s of SCENARIOS.filter((x) => x.code === 'success' && !x.ownTest)) {
    it(`${s.name}: exports verified, masked credentials`, async () => {
      const p = await play(s)
      const r = p.result
      expect(r.exitCode).toBe(0)
      expect(r.durationMs).toBeLessThan(s.withinSeconds * 1000)
      for (const re of s.expect) expect(r.log).toMatch(re)
      const [creds] = p.issued
      expect(r.env).toEqual({
        AWS_ACCESS_KEY_ID: creds.accessKeyId,
        AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
        AWS_SESSION_TOKEN: creds.sessionToken,
        AWS_REGION: 'eu-west-1',
        AWS_DEFAULT_REGION: 'eu-west-1'
      })
      expect(r.outputs).toMatchObject({
        'aws-account-id': '123456789012',
        subject: 'repo:octo-org/octo-repo:ref:refs/heads/main',
        diagnosis: ''
      })
      expect(r.outputs['authenticated-arn']).toMatch(
        /^arn:aws:sts::123456789012:assumed-role\/deploy\/octo-org\.octo-repo-\d+-1$/
      )
      // masked before anything exports them: the ::add-mask:: lines come first
      const firstExportless = r.log.split('\n')
      const maskAt = (v: string) => firstExportless.indexOf(`::add-mask::${v}`)
      for (const v of [creds.accessKeyId, creds.secretAccessKey, creds.sessionToken])
        expect(maskAt(v)).toBeGreaterThanOrEqual(0)
      expect(r.masks).toEqual(expect.arrayContaining([creds.secretAccessKey, creds.sessionToken]))
      // GetCallerIdentity was signed with the new keys
      const verify = p.calls.find((c) => c.target === 'GetCallerIdentity')
      expect(verify).toMatchObject({ status: 200, accessKeyId: creds.accessKeyId, signedByIssuedSession: true })
      expect(leakedLines(p)).toEqual([])
      expect(unexpectedCommands(p)).toEqual([])
      expect(r.summary).toContain('AWS credentials verified')
      expect(r.summary).not.toContain(creds.secretAccessKey)
    })
  }

  it('dry-run: prints the check and a policy, calls no AWS API, exports nothing, exits 0', async () => {
    const s = SCENARIOS.find((x) => x.code === 'dry-run')!
    const p = await play(s)
    expect(p.result.exitCode).toBe(0)
    for (const re of s.expect) expect(p.result.log).toMatch(re)
    expect(p.calls.map((c) => c.target)).toEqual(['token'])
    expect(p.result.env).toEqual({})
    expect(p.result.outputs).toEqual({})
    expect(p.result.summary).toContain('Dry run: no AWS call made')
  })

  it('leave each scenario with a test file of its own to that file, which checks a refusal as here', () => {
    for (const s of SCENARIOS.filter((x) => x.ownTest)) {
      const test = readRepoFile(s.ownTest!)
      const checks = {
        played: test.includes(`'${s.name}'`),
        refusal: s.code === 'success' || test.includes('expectRefused(')
      }
      expect({ name: s.name, ...checks }).toEqual({ name: s.name, played: true, refusal: true })
    }
  })

  for (const s of SCENARIOS.filter((x) => x.code !== 'success' && x.code !== 'dry-run' && !x.ownTest)) {
    it(`${s.name}: fails as ${s.code} with evidence, in time, exporting nothing`, async () => {
      const p = await playOnce(s)
      expectRefused(p, s, Date.now())
    })
  }

  it('refuses invalid input before any network call', async () => {
    const p = await playOnce(SCENARIOS.find((s) => s.code === 'invalid-input')!)
    expect(p.calls).toEqual([])
  })

  it('fails a denial without retrying it', async () => {
    const p = await playOnce(SCENARIOS.find((s) => s.name === 'trust-policy-denied')!)
    expect(p.calls.filter((c) => c.target === 'AssumeRoleWithWebIdentity')).toHaveLength(1)
    expect(p.result.log).not.toMatch(/↻/)
  })
})
