// The checks every refused run passes, whichever test file plays its scenario: exit 1 in time,
// one annotation titled with the code, this run's reason and the fix under the title, the
// stage, nothing exported, no stack trace, no leak, no command the action did not write.
import { expect } from '@jest/globals'
import type { Played } from '../../emulator/play.js'
import type { Scenario } from '../../emulator/scenarios.js'
import { CATALOGUE, type DiagnosisCode } from '../../src/diagnosis/catalogue.js'
import { leakedLines, unexpectedCommands } from './safety.js'

const CREDENTIAL_ENV = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']

/** `endedAt`: when the run was seen to end (Date.now() right after play). */
export function expectRefused(p: Played, s: Scenario, endedAt: number): void {
  const r = p.result
  expect(r.exitCode).toBe(1)
  // Deterministic failures end within a second of the last answer: no retry, no wait.
  const last = p.calls.at(-1)
  if (last && !CATALOGUE[s.code as DiagnosisCode].retryable) expect(endedAt - last.time).toBeLessThan(1000)
  expect(r.outputs.diagnosis).toBe(s.code)
  const errors = r.commands.filter((c) => c.command === 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0].properties.title).toBe(s.code)
  for (const re of s.expect) expect(r.log).toMatch(re)
  expect(r.log).toMatch(new RegExp(`✖ ${s.code}: `))
  // this run's reason, then the one-line fix, right under the title
  expect(r.log).toMatch(new RegExp(`✖ ${s.code}: .*\\n {2}\\S.*\\n {2}fix: {5}\\S`))
  expect(r.log).toMatch(/ {2}stage: {3}(inputs|source|token|claims|assume|verify|export)/)
  expect(r.durationMs).toBeLessThan(s.withinSeconds * 1000)
  for (const k of CREDENTIAL_ENV) expect(r.env[k]).toBeUndefined()
  expect(Object.keys(r.outputs)).toEqual(['diagnosis'])
  expect(r.log).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m)
  expect(leakedLines(p)).toEqual([])
  expect(unexpectedCommands(p)).toEqual([])
  expect(r.summary).toContain(`AWS credentials not issued: \`${s.code}\``)
}
