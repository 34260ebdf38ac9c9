// Files named by inputs are read bounded (regular files only, limited size, no waiting) and
// their content never appears in an error: through the built dist under Node 24.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { play, type Played } from '../../emulator/play.js'
import type { Scenario } from '../../emulator/scenarios.js'

const NO_TOKEN_ENV = { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined }
// the old unbounded read of /dev/zero or a FIFO never ends: such a run is killed and fails the test
const KILL_AFTER_MS = 20_000

let dir: string
let fifo: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aws-oidc-fifo-'))
  fifo = join(dir, 'token.fifo')
  execFileSync('mkfifo', [fifo])
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function scenario(name: string, inputs: Record<string, string>, files: Record<string, string> = {}): Scenario {
  return {
    name,
    code: 'invalid-input',
    description: name,
    inputs,
    env: NO_TOKEN_ENV,
    runner: { files },
    expect: [],
    withinSeconds: 10
  }
}

/** The run was refused as invalid input, quickly, before any network call. */
function expectRefused(p: Played, message: RegExp): void {
  expect(p.result.timedOut).toBe(false)
  expect(p.result.exitCode).toBe(1)
  expect(p.result.outputs.diagnosis).toBe('invalid-input')
  expect(p.calls).toEqual([])
  expect(p.result.log).toMatch(message)
  expect(p.result.durationMs).toBeLessThan(10_000)
}

describe('[S7] bounded reads of input files', () => {
  it('web-identity-token-file: /dev/zero, a FIFO and a directory are refused at once', async () => {
    const zero = await play(scenario('token-dev-zero', { 'web-identity-token-file': '/dev/zero' }), {
      timeoutMs: KILL_AFTER_MS
    })
    expectRefused(
      zero,
      /'\/dev\/zero' \(\/dev\/zero, outside GITHUB_WORKSPACE\) is a character device, not a regular file/
    )
    const pipe = await play(scenario('token-fifo', { 'web-identity-token-file': fifo }), { timeoutMs: KILL_AFTER_MS })
    expectRefused(pipe, /is a named pipe \(FIFO\), not a regular file/)
    const directory = await play(scenario('token-dir', { 'web-identity-token-file': 'sub' }, { 'sub/x': '' }), {
      timeoutMs: KILL_AFTER_MS
    })
    expectRefused(directory, /'sub' is a directory, not a regular file/)
  })

  it('a token file or a trust policy larger than its limit is refused without reading it all', async () => {
    const token = await play(
      scenario('token-large', { 'web-identity-token-file': 't.jwt' }, { 't.jwt': 'a'.repeat(30_000) })
    )
    expectRefused(token, /'t\.jwt' is larger than 21024 bytes, the most this input reads/)
    const policy = await play(
      scenario(
        'policy-large',
        { 'trust-policy': 'p.json', 'dry-run': 'true' },
        { 'p.json': ' '.repeat(1024 * 1024 + 1) }
      ),
      { timeoutMs: KILL_AFTER_MS }
    )
    expect(policy.result.log).toMatch(/'p\.json' is larger than 1048576 bytes, the most this input reads/)
    const zero = await play(scenario('policy-dev-zero', { 'trust-policy': '/dev/zero' }), { timeoutMs: KILL_AFTER_MS })
    expect(zero.result.timedOut).toBe(false)
    expect(zero.result.log).toMatch(/'\/dev\/zero' .* is a character device, not a regular file/)
  })
})

describe('[S8] trust-policy outside the workspace', () => {
  it('names where the JSON is invalid and that the path leaves the workspace, never quoting the file', async () => {
    const p = await play(scenario('policy-passwd', { 'trust-policy': '../../../../etc/passwd', 'dry-run': 'true' }))
    expect(p.result.exitCode).toBe(1)
    expect(p.result.outputs.diagnosis).toBe('invalid-input')
    const [annotation] = p.result.commands.filter((c) => c.command === 'error')
    for (const text of [p.result.log, p.result.summary, annotation.message]) {
      expect(text).not.toMatch(/root:|\/bin\/|nologin/)
      expect(text).toMatch(/outside GITHUB\\?_WORKSPACE\) is not a trust policy/)
    }
    expect(p.result.log).toMatch(
      /'\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd' \(\/etc\/passwd, outside GITHUB_WORKSPACE\) is not a trust policy: the input is not JSON \(at line 1, column 1\)/
    )
  })

  it('says the line and column of invalid JSON in a workspace file', async () => {
    const p = await play(
      scenario(
        'policy-broken',
        { 'trust-policy': 'p.json', 'dry-run': 'true' },
        { 'p.json': '{\n  "Statement": [\n    oops secret-text\n' }
      )
    )
    expect(p.result.log).toMatch(/'p\.json' is not a trust policy: the input is not JSON \(at line 3, column 5\)/)
    expect(p.result.log).not.toContain('secret-text')
  })
})
