// The process must not end before its output has reached the runner: a large log (a trust
// policy of a thousand statements prints two thousand lines) once lost the masks, the ::error
// annotation and the diagnosis when the entry point called process.exit().
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { play } from '../../emulator/play.js'
import { SCENARIOS, type Scenario } from '../../emulator/scenarios.js'
import { node24Path, repoRoot } from '../../emulator/node24.js'

const PROVIDER = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'

/** A trust policy of `n` statements for other repositories, then one that allows `sub` (if given). */
function largePolicy(n: number, allowSub?: string): string {
  const statement = (sid: string, sub: string) => ({
    Sid: sid,
    Effect: 'Allow',
    Principal: { Federated: PROVIDER },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: { StringEquals: { 'token.actions.githubusercontent.com:sub': sub } }
  })
  const statements = Array.from({ length: n }, (_, i) => statement(`Other${i}`, `repo:octo-org/other-${i}:*`))
  if (allowSub) statements.push(statement('Deploy', allowSub))
  return JSON.stringify({ Version: '2012-10-17', Statement: statements })
}

const STATEMENTS = 1000
/** the runner reads nothing for the first 500 ms: the pipe fills up while the action runs */
const SLOW_RUNNER = { readDelayMs: 500 }
const withPolicy = (s: Scenario, policy: string): Scenario => ({
  ...s,
  inputs: { ...s.inputs, 'trust-policy': 'trust-policy.json' },
  runner: { ...s.runner, files: { ...s.runner?.files, 'trust-policy.json': policy } }
})
const scenario = (name: string): Scenario => SCENARIOS.find((s) => s.name === name)!

describe('a large log reaches the runner whole', () => {
  it('[S2] success: every credential is masked before anything else long, and the log ends with the verification', async () => {
    const s = withPolicy(scenario('success'), largePolicy(STATEMENTS, 'repo:octo-org/octo-repo:ref:refs/heads/main'))
    const p = await play(s, SLOW_RUNNER)
    const r = p.result
    expect(r.stdout.length).toBeGreaterThan(150_000)
    expect(r.exitCode).toBe(0)
    const [creds] = p.issued
    expect(r.masks).toEqual(expect.arrayContaining([creds.accessKeyId, creds.secretAccessKey, creds.sessionToken]))
    const lines = r.stdout.split('\n')
    const maskLines = [creds.accessKeyId, creds.secretAccessKey, creds.sessionToken].map((v) =>
      lines.indexOf(`::add-mask::${v}`)
    )
    // the masks come straight after the policy evaluation: nothing long stands between STS and them
    const verified = lines.findIndex((l) => l.startsWith('✔ Verified'))
    expect(Math.max(...maskLines)).toBeLessThan(verified)
    expect(Math.min(...maskLines)).toBeGreaterThan(lines.findIndex((l) => l.startsWith(`statement ${STATEMENTS}`)))
    expect(r.env.AWS_SESSION_TOKEN).toBe(creds.sessionToken)
    expect(lines.filter((l) => l !== '' && !l.startsWith('::debug::')).at(-1)).toMatch(/^✔ Verified/)
  })

  it('failure: the ::error annotation and the whole diagnosis arrive after two thousand lines', async () => {
    const s = withPolicy(scenario('trust-policy-denied'), largePolicy(STATEMENTS))
    const p = await play(s, SLOW_RUNNER)
    const r = p.result
    expect(r.stdout.length).toBeGreaterThan(150_000)
    expect(r.exitCode).toBe(1)
    expect(r.outputs.diagnosis).toBe('trust-policy-denied')
    expect(r.commands.filter((c) => c.command === 'error').map((c) => c.properties.title)).toEqual([
      'trust-policy-denied'
    ])
    expect(r.log).toMatch(/^✖ trust-policy-denied: /m)
    // the diagnosis block's last line: nothing after the start of the block was cut off
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^ {2}docs: {4}\S+#trust-policy-denied$/)
  })
})

describe('a stalled request is abandoned', () => {
  it('exitAfterDrain ends a process held open by a request that never answers, after all its output', async () => {
    // a server that accepts the request and never answers
    const server = createServer(() => undefined)
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as AddressInfo
    const script = `
      import { request } from 'node:http'
      import { exitAfterDrain } from ${JSON.stringify(join(repoRoot, 'src', 'pipeline', 'exit.ts'))}
      request('http://127.0.0.1:${port}/').end()
      for (let i = 0; i < 30000; i++) console.log('line ' + i + ' ' + 'x'.repeat(60))
      process.exitCode = 1
      await exitAfterDrain()
    `
    try {
      const child = spawn(node24Path(), ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'inherit']
      })
      let out = ''
      child.stdout.setEncoding('utf8')
      child.stdout.on('data', (d: string) => (out += d))
      // 'close': the process has exited and its stdout has ended
      const [code] = (await once(child, 'close')) as [number | null]
      expect(code).toBe(1)
      const lines = out.trimEnd().split('\n')
      expect(lines).toHaveLength(30000)
      expect(lines.at(-1)).toMatch(/^line 29999 /)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })
})
