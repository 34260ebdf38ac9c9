// From the action's log to the CLI: the claims group carries one line of JSON that `explain`
// reads back (whole log pasted, or the table alone), and the CLI judges as the emulated STS did.
import { describe, expect, it } from '@jest/globals'
import { play } from '../../emulator/play.js'
import { SCENARIOS, type Scenario } from '../../emulator/scenarios.js'
import { githubTrustPolicy } from '../../emulator/world.js'
import { CLAIMS_JSON_LABEL } from '../../src/github/token-claims.js'
import { logSafe } from '../../src/output/escape.js'
import { cli } from './bin.js'

const MAIN_ONLY = JSON.stringify(githubTrustPolicy('repo:octo-org/octo-repo:ref:refs/heads/main'))
const scenario = (name: string): Scenario => SCENARIOS.find((s) => s.name === name)!

/** The lines between the claims group's ::group:: and ::endgroup::. */
function claimsGroup(log: string): string[] {
  const lines = log.split('\n')
  const start = lines.findIndex((l) => l.startsWith('::group::ID token claims'))
  const end = lines.indexOf('::endgroup::', start)
  return lines.slice(start + 1, end)
}

describe('the claims block of the action log, pasted into explain', () => {
  it('a denied pull request: the CLI denies too and names the form', async () => {
    const p = await play(scenario('trust-policy-denied'))
    expect(p.result.exitCode).toBe(1)
    const group = claimsGroup(p.result.log)
    const jsonLine = group.find((l) => l.includes(CLAIMS_JSON_LABEL))!
    expect(JSON.parse(jsonLine.slice(jsonLine.indexOf('{')))).toMatchObject({
      sub: 'repo:octo-org/octo-repo:pull_request'
    })
    const table = group.filter((l) => !l.includes(CLAIMS_JSON_LABEL))
    // as copied from the web view: a line number before each line
    const numbered = table.map((l, i) => `${i + 12}${l}`)
    for (const pasted of [p.result.log, group.join('\n'), table.join('\n'), numbered.join('\n')]) {
      const r = cli(['explain', '--claims', '-', '--trust-policy', 'p.json'], {
        stdin: pasted,
        files: { 'p.json': MAIN_ONLY }
      })
      expect(r.status).toBe(1)
      expect(r.stdout).toContain(
        '✗ StringLike token.actions.githubusercontent.com:sub expected repo:octo-org/octo-repo:ref:refs/heads/main, got repo:octo-org/octo-repo:pull_request'
      )
      expect(r.stdout).toContain('This run is a pull request event')
    }
  })

  it('an allowed push: the CLI allows too; a redacted sub is named, not guessed', async () => {
    const p = await play({ ...scenario('success'), inputs: { 'redact-claims': 'sub' } })
    expect(p.result.exitCode).toBe(0)
    const group = claimsGroup(p.result.log).join('\n')
    const ok = cli(['explain', '--claims', '-', '--trust-policy', 'p.json'], {
      stdin: group,
      files: { 'p.json': MAIN_ONLY }
    })
    // a redacted claim decides nothing: its own exit code, the claim named, no advice to change the policy
    expect(ok.status).toBe(3)
    expect(ok.stdout.split('\n')[0]).toBe('Trust policy CANNOT DECIDE whether it allows this token')
    expect(ok.stdout).toMatch(/^redacted claims: sub \(shown as \*\*\* in the pasted log, redact-claims\)/m)
    expect(ok.stdout).toContain('? StringLike token.actions.githubusercontent.com:sub: cannot be decided')
    expect(ok.stdout).not.toMatch(/^Fix|^Why:/m)
    const plain = await play(scenario('success'))
    const allowed = cli(['explain', '--claims', '-', '--trust-policy', 'p.json'], {
      stdin: claimsGroup(plain.result.log).join('\n'),
      files: { 'p.json': MAIN_ONLY }
    })
    expect(allowed.status).toBe(0)
    expect(allowed.stdout).toMatch(/^Trust policy ALLOWS this token/)
    // jti is redacted by default, but no condition depends on it
    expect(allowed.stdout).not.toContain('redacted claims:')
  })

  it('the JSON line is escaped like every printed value and still parses to the exact claims', async () => {
    const hostile = 'x\n::warning::injected\u2028"}\u0085 ##[error]spoof \u202e\u{e0041}'
    const p = await play({ ...scenario('success'), run: { repoProperties: { team: hostile } } })
    const line = claimsGroup(p.result.log).find((l) => l.includes(CLAIMS_JSON_LABEL))!
    expect(line).not.toMatch(/[\n\u2028\u0085\u202e\u{e0041}]|##\[/u)
    expect(logSafe(line)).toBe(line)
    expect(p.result.log).not.toMatch(/^::warning::injected/m)
    expect(JSON.parse(line.slice(line.indexOf('{'))).repo_property_team).toBe(hostile)
  })
})
