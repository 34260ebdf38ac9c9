// Claim values are attacker-influenced (branch names, workflow names, custom properties):
// printing them must never produce a workflow command or raw HTML in the job summary.
import { describe, expect, it } from '@jest/globals'
import { play } from '../../emulator/play.js'
import type { Scenario } from '../../emulator/scenarios.js'
import { leakedLines, unexpectedCommands } from './safety.js'

const hostile: Scenario = {
  name: 'hostile-claims',
  code: 'success',
  description: 'claims carrying newlines, workflow commands and HTML',
  run: {
    workflow: 'Deploy\n::error::injected\r\n::add-mask::x',
    repoProperties: { team: '<img src=x onerror=alert(1)>|`code`', '::warning::k': '##[error]legacy' }
  },
  expect: [],
  withinSeconds: 10
}

describe('log safety with hostile claim values', () => {
  it('prints them escaped, starts no workflow command, and escapes the summary', async () => {
    const p = await play(hostile)
    const r = p.result
    expect(r.exitCode).toBe(0)
    expect(r.commands.filter((c) => c.command === 'error' || c.command === 'warning')).toEqual([])
    expect(unexpectedCommands(p)).toEqual([])
    expect(r.log).toContain('Deploy\\n::error::injected\\r\\n::add-mask::x')
    expect(r.masks).not.toContain('x')
    expect(r.summary).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(r.summary).not.toMatch(/<img/)
    expect(r.summary).not.toMatch(/\|`code`/)
    expect(leakedLines(p)).toEqual([])
  })

  it('keeps redacted claims out of the log and the summary', async () => {
    const p = await play({ ...hostile, run: { actor: 'secret-actor-name' }, inputs: { 'redact-claims': 'jti,actor' } })
    expect(p.result.log).not.toContain('secret-actor-name')
    expect(p.result.summary).not.toContain('secret-actor-name')
    expect(p.result.log).toMatch(/^ {2}actor +\*\*\*$/m)
  })
})
