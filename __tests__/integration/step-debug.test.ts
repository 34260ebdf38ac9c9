// Step debug logging and the pinning advice, as a runner shows them (through the built dist).
import { describe, expect, it } from '@jest/globals'
import { play } from '../../emulator/play.js'
import { SCENARIOS, type Scenario } from '../../emulator/scenarios.js'
import { readRepoFile } from '../docs/markdown.js'

const scenario = (name: string): Scenario => SCENARIOS.find((s) => s.name === name)!
const { version } = JSON.parse(readRepoFile('package.json')) as { version: string }
const debugLines = (log: string): string[] =>
  log
    .split('\n')
    .filter((l) => l.startsWith('::debug::'))
    .map((l) => l.slice('::debug::'.length))

describe('step debug (ACTIONS_STEP_DEBUG)', () => {
  it('names the endpoints, the request ids and how long each stage took', async () => {
    const p = await play(scenario('success'), { debug: true })
    const lines = debugLines(p.result.log)
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ID-token endpoint: http:\/\/127\.0\.0\.1:\d+\/\S*$/),
        expect.stringMatching(/^STS endpoint: http:\/\/127\.0\.0\.1:\d+\/? \(from AWS_ENDPOINT_URL_STS\)$/),
        expect.stringMatching(/^AssumeRoleWithWebIdentity request id: [0-9a-f-]{36}$/),
        expect.stringMatching(/^GetCallerIdentity request id: [0-9a-f-]{36}$/)
      ])
    )
    const stages = lines
      .filter((l) => l.startsWith('stage '))
      .map((l) => /^stage (\w+) done after \d+ ms$/.exec(l)?.[1])
    expect(stages).toEqual(['inputs', 'token', 'claims', 'assume', 'verify', 'export'])
  })

  it('explains each retry decision, and the stage that failed', async () => {
    const p = await play(scenario('throttled'), { debug: true })
    const lines = debugLines(p.result.log)
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^retry decision: AssumeRoleWithWebIdentity attempt 1 failed with throttled \(request id [0-9a-f-]{36}\), which is transient; another attempt fits, \d+ ms of action-timeout-s left$/
        ),
        expect.stringMatching(/^stage assume failed: throttled, request id [0-9a-f-]{36} after \d+ ms$/)
      ])
    )
  })
})

describe('pinning advice', () => {
  const withRef = (ref: string): Scenario => ({
    ...scenario('success'),
    env: { GITHUB_ACTION_REPOSITORY: 'aws-oidc-credentials/aws-oidc-credentials', GITHUB_ACTION_REF: ref }
  })
  const pinWarnings = (p: Awaited<ReturnType<typeof play>>) =>
    p.result.commands.filter((c) => c.command === 'warning' && c.properties.title === 'pin this action')

  it('warns once, briefly, when the workflow uses a tag or a branch', async () => {
    for (const ref of ['v1', 'main']) {
      const p = await play(withRef(ref))
      expect(p.result.exitCode).toBe(0)
      const warnings = pinWarnings(p)
      expect(warnings).toHaveLength(1)
      expect(warnings[0].message).toBe(
        `This step uses aws-oidc-credentials/aws-oidc-credentials@${ref}, a tag or branch that can move. Use this release's tag, which cannot (uses: aws-oidc-credentials/aws-oidc-credentials@v${version}), or the full commit SHA (uses: aws-oidc-credentials/aws-oidc-credentials@<40-hex sha> # v${version}), so a review of this workflow stays valid.`
      )
    }
  })

  it('says nothing for a full commit SHA, a release tag (immutable) or a local checkout (uses: ./)', async () => {
    for (const ref of ['0123456789abcdef0123456789abcdef01234567', 'v1.0.0', 'v12.3.45', '']) {
      const p = await play(withRef(ref))
      expect(p.result.exitCode).toBe(0)
      expect(pinWarnings(p)).toEqual([])
    }
  })

  it("warns for a release-like tag that is not this repository's own, or not exactly vX.Y.Z", async () => {
    const cases = [
      { GITHUB_ACTION_REPOSITORY: 'someone-else/aws-oidc-credentials', GITHUB_ACTION_REF: 'v1.0.0' },
      { GITHUB_ACTION_REPOSITORY: 'aws-oidc-credentials/aws-oidc-credentials', GITHUB_ACTION_REF: 'v1.0' },
      { GITHUB_ACTION_REPOSITORY: 'aws-oidc-credentials/aws-oidc-credentials', GITHUB_ACTION_REF: 'v1.0.0-rc.1' }
    ]
    for (const env of cases) {
      const p = await play({ ...scenario('success'), env })
      expect({ env, warnings: pinWarnings(p).length }).toEqual({ env, warnings: 1 })
    }
    // another repository's tags are not this project's to vouch for: only its SHA is fixed
    const fork = await play({ ...scenario('success'), env: cases[0] })
    expect(pinWarnings(fork)[0].message).toBe(
      'This step uses someone-else/aws-oidc-credentials@v1.0.0, a tag or branch that can move. Pin the full commit SHA (uses: someone-else/aws-oidc-credentials@<40-hex sha> # v1.0.0) so a review of this workflow stays valid.'
    )
  })
})
