// Claim values are attacker-influenced (branch names, workflow names, custom properties), and so
// are STS error texts, GetCallerIdentity answers and inputs: printing them must never produce a
// workflow command (either form, as the runner parses them), hide text, or raw HTML or links in
// the job summary. Every run goes through the built dist under Node 24 against the emulator.
import { describe, expect, it } from '@jest/globals'
import { play, type Played } from '../../emulator/play.js'
import type { Scenario } from '../../emulator/scenarios.js'
import { INPUTS } from '../../src/inputs/table.js'
import { credentialsStayMasked, leakedLines, unexpectedCommands } from './safety.js'

const base = { expect: [], withinSeconds: 20 }

const hostile: Scenario = {
  ...base,
  name: 'hostile-claims',
  code: 'success',
  description: 'claims carrying newlines, workflow commands and HTML',
  run: {
    workflow: 'Deploy\n::error::injected\r\n::add-mask::x',
    repoProperties: { team: '<img src=x onerror=alert(1)>|`code`', '::warning::k': '##[error]legacy' }
  }
}

/** What the runner must make of any run, whatever text the action was given. */
function expectRunnerSafe(p: Played): void {
  expect(unexpectedCommands(p)).toEqual([])
  expect(p.result.stdout).not.toContain('##[')
  expect(p.result.stderr).not.toContain('##[')
  expect(leakedLines(p)).toEqual([])
  expect(credentialsStayMasked(p)).toEqual([])
  expect(Object.keys(p.result.outputs).filter((k) => /pwn/.test(k))).toEqual([])
}

const annotations = (p: Played) => p.result.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command))

describe('log safety with hostile claim values', () => {
  it('[S3][S5] prints them escaped, starts no workflow command, and escapes the summary', async () => {
    const p = await play(hostile)
    const r = p.result
    expect(r.exitCode).toBe(0)
    expect(annotations(p)).toEqual([])
    expectRunnerSafe(p)
    expect(r.log).toContain('Deploy\\n::error::injected\\r\\n::add-mask::x')
    expect(r.masks).not.toContain('x')
    expect(r.summary).toContain('`` <img src=x onerror=alert(1)>\\|`code` ``')
    expect(r.summary).not.toMatch(/[^\\]\|`code`/)
    expect(r.log).toContain('##\\[error]legacy')
  })

  it('[S6] keeps redacted claims out of the log and the summary', async () => {
    const p = await play({ ...hostile, run: { actor: 'secret-actor-name' }, inputs: { 'redact-claims': 'jti,actor' } })
    expect(p.result.log).not.toContain('secret-actor-name')
    expect(p.result.summary).not.toContain('secret-actor-name')
    expect(p.result.log).toMatch(/^ {2}actor +\*\*\*$/m)
  })

  it('[S2][S3] a legacy ##[ command anywhere in a claim value or name neither stops masking nor runs', async () => {
    const p = await play({
      ...base,
      name: 'legacy-commands-in-claims',
      code: 'success',
      description: 'claims carrying ##[stop-commands], ##[add-mask], ##[set-output] and ##[error] mid-value',
      run: {
        workflow: 'deploy ##[stop-commands]pwn',
        repoProperties: {
          team: 'a ##[add-mask]a',
          cost: 'b ##[set-output name=pwned]yes',
          'x##[error]name': 'value',
          'y##[stop-commands]pwn2': 'z'
        }
      }
    })
    expect(p.result.exitCode).toBe(0)
    expectRunnerSafe(p)
    expect(annotations(p)).toEqual([])
    expect(p.result.masks).not.toContain('a')
    expect(p.result.log).toMatch(/^ {2}workflow +deploy ##\\\[stop-commands\]pwn$/m)
    // the group title carries the sub: it is escaped as well
    expect(p.result.commands.filter((c) => c.command === 'group').length).toBeGreaterThan(0)
  })

  it('[S3][S4] STS error text with commands and bidi controls is shown escaped, in the log and the annotation', async () => {
    const p = await play({
      ...base,
      name: 'hostile-sts-error',
      code: 'unknown',
      description: 'STS answers an unknown error whose code and message carry commands',
      setup: (emu) =>
        emu.inject('AssumeRoleWithWebIdentity', {
          kind: 'error',
          status: 400,
          code: 'Odd##[stop-commands]pwn',
          message: 'no ##[add-mask]leak ::error::x safe\u202egnp.exe\u202c \u001b[31mred'
        })
    })
    expect(p.result.exitCode).toBe(1)
    expect(p.result.outputs.diagnosis).toBe('unknown')
    expectRunnerSafe(p)
    const [error] = annotations(p)
    expect(annotations(p).map((c) => c.properties.title)).toEqual(['unknown'])
    // eslint-disable-next-line no-control-regex -- the escape character is what must not get through
    expect(error.message).not.toMatch(/[\u202a-\u202e\u001b]/)
    expect(p.result.log).toContain('safe\\u202egnp.exe\\u202c \\u001b[31mred')
    // eslint-disable-next-line no-control-regex -- the escape character is what must not get through
    expect(p.result.log).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b\u001b]/)
    expect(p.result.summary).toContain('\\\\u202e')
  })

  it('[S3] a GetCallerIdentity ARN and account carrying commands are shown escaped', async () => {
    const p = await play({
      ...base,
      name: 'hostile-caller-identity',
      code: 'sts-response-invalid',
      description: 'a rewriting proxy answers GetCallerIdentity with command text',
      setup: (emu) => {
        emu.world.callerIdentityOverride = {
          account: '##[add-mask]1',
          arn: 'arn:aws:sts::123456789012:assumed-role/x ##[stop-commands]pwn/s'
        }
      }
    })
    expect(p.result.exitCode).toBe(1)
    // refused for its shape before it is compared with the role, and shown escaped
    expect(p.result.outputs.diagnosis).toBe('sts-response-invalid')
    expect(p.result.log).toContain("GetCallerIdentity: Account is '##\\[add-mask]1'")
    expect(p.issued.length).toBe(1)
    expectRunnerSafe(p)
    expect(p.result.masks).not.toContain('1')
  })

  it('[S3] a valid role ARN whose path holds ##[ is printed escaped on success', async () => {
    const path = '/##[stop-commands]pwn/'
    const p = await play({
      ...base,
      name: 'hostile-role-path',
      code: 'success',
      description: 'role-to-assume with a path IAM allows',
      inputs: { 'role-to-assume': `arn:aws:iam::123456789012:role${path}deploy` },
      setup: (emu) => {
        emu.world.accounts['123456789012'].roles[0].path = path
      }
    })
    expect(p.result.exitCode).toBe(0)
    expectRunnerSafe(p)
    expect(p.result.log).toContain('role/##\\[stop-commands]pwn/deploy')
  })

  it('[S3] inputs echoed in errors and messages are escaped', async () => {
    const session = await play({
      ...base,
      name: 'hostile-session-name',
      code: 'invalid-input',
      description: 'an invalid role-session-name carrying a command',
      inputs: { 'role-session-name': 'a ##[stop-commands]pwn \u2066b' }
    })
    expect(session.result.outputs.diagnosis).toBe('invalid-input')
    expectRunnerSafe(session)
    expect(session.result.log).toContain("'a ##\\[stop-commands]pwn \\u2066b'")
    const audience = await play({
      ...base,
      name: 'hostile-audience',
      code: 'audience-mismatch',
      description: 'an audience carrying a command',
      inputs: { audience: 'sts ##[stop-commands]pwn' }
    })
    expect(audience.result.exitCode).toBe(1)
    expectRunnerSafe(audience)
  })
})

describe('[S3][S4] every input, given hostile text', () => {
  const HOSTILE = 'x ##[stop-commands]pwn ::error::y \u202e\u200b'
  for (const spec of INPUTS) {
    it(`${spec.name}: whatever the action makes of it, the runner sees no command it did not write`, async () => {
      const p = await play({
        ...base,
        name: `hostile-input-${spec.name}`,
        code: 'any',
        description: `${spec.name} carrying command and bidi text`,
        inputs: { [spec.name]: HOSTILE }
      })
      expectRunnerSafe(p)
      expect(p.result.log).not.toMatch(/[\u202e\u200b]/)
      expect(p.result.summary).not.toMatch(/[\u202e\u200b]/)
    })
  }
})

describe('tokens and credentials', () => {
  /** Where a secret may appear in the raw output: only as the value of an ::add-mask:: line. */
  const outsideMasks = (p: Played, secret: string): string[] =>
    p.result.log.split('\n').filter((l) => l.includes(secret) && l !== `::add-mask::${secret}`)

  for (const from of ['github', 'file'] as const) {
    it(`[S1][S2] the ${from} token and the credentials are masked first and written nowhere`, async () => {
      const p = await play({
        ...base,
        name: `secrets-${from}`,
        code: 'success',
        description: 'a successful run: where do the token and the keys appear?',
        ...(from === 'file'
          ? {
              inputs: { 'web-identity-token-file': 'token.jwt' },
              env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
              setup: async (emu) => ({ 'token.jwt': await emu.issueToken() })
            }
          : {})
      })
      const r = p.result
      expect(r.exitCode).toBe(0)
      const token = from === 'file' ? p.tokens[0] : r.masks.find((m) => m.split('.').length === 3)
      expect(token).toBeDefined()
      const [creds] = p.issued
      const secrets = [token!, creds.accessKeyId, creds.secretAccessKey, creds.sessionToken]
      expect(r.masks).toEqual(expect.arrayContaining(secrets))
      for (const secret of secrets) {
        expect(outsideMasks(p, secret)).toEqual([])
        expect(r.summary).not.toContain(secret)
        expect(Object.values(r.outputs).filter((v) => v.includes(secret))).toEqual([])
        expect(r.commands.filter((c) => c.command !== 'add-mask' && c.message.includes(secret))).toEqual([])
      }
      // the keys are masked before anything after STS's answer is printed
      const lines = r.log.split('\n')
      const firstMask = lines.indexOf(`::add-mask::${creds.accessKeyId}`)
      const stsAnswered = lines.slice(firstMask, firstMask + 3)
      expect(stsAnswered).toEqual(
        [creds.accessKeyId, creds.secretAccessKey, creds.sessionToken].map((v) => `::add-mask::${v}`)
      )
      expect(leakedLines(p)).toEqual([])
    })
  }
})

describe('display spoofing and links', () => {
  it('[S4] bidi, zero-width and ANSI characters in claims are shown escaped in the log and the summary', async () => {
    const p = await play({
      ...base,
      name: 'spoofing-claims',
      code: 'success',
      description: 'claims with bidi overrides, isolates, zero-width characters and ANSI escapes',
      run: {
        workflow: 'safe\u202egnp.exe\u202c',
        repoProperties: { a: 'x\u200by\ufeffz\u2060', b: '\u2067iso\u2069 \u001b[2J\u009b1m', 'c\u200d': 'v' }
      }
    })
    expect(p.result.exitCode).toBe(0)
    expectRunnerSafe(p)
    // eslint-disable-next-line no-control-regex -- control characters are what must not get through
    const hidden = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/
    expect(p.result.log).not.toMatch(hidden)
    expect(p.result.summary).not.toMatch(hidden)
    expect(p.result.log).toMatch(/^ {2}workflow +safe\\u202egnp\.exe\\u202c$/m)
    expect(p.result.log).toContain('x\\u200by\\ufeffz\\u2060')
    expect(p.result.log).toContain('\\u2067iso\\u2069 \\u001b[2J\\u009b1m')
    expect(p.result.log).toContain('repo_property_c\\u200d')
    expect(p.result.summary).toContain('safe\\u202egnp.exe\\u202c')
  })

  it('[S5] URLs, e-mail addresses and mentions in claim values cannot become links in the summary', async () => {
    const p = await play({
      ...base,
      name: 'links-in-claims',
      code: 'success',
      description: 'claim values GitHub would autolink',
      run: {
        actor: 'octocat',
        repoProperties: {
          site: 'https://evil.example/login',
          mail: 'write to admin@evil.example now',
          www: 'see www.evil.example',
          who: 'ping @octo-org/admins'
        }
      }
    })
    expect(p.result.exitCode).toBe(0)
    const rows = p.result.summary.split('\n').filter((l) => /^\| `/.test(l))
    expect(rows.length).toBeGreaterThan(10)
    // outside code spans nothing is left that could link
    const outside = rows.map((l) => l.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ''))
    expect(outside.filter((l) => /https?:|www\.|@/.test(l))).toEqual([])
    expect(p.result.summary).toContain('| `repo_property_site` | `https://evil.example/login` |')
  })
})

describe('[S9] odd signed claims', () => {
  it('exp: 1e20 is shown as not a representable time, and the run succeeds', async () => {
    const p = await play({
      ...base,
      name: 'huge-exp',
      code: 'success',
      description: 'a signed token whose exp is 1e20',
      inputs: { 'web-identity-token-file': 'token.jwt' },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
      setup: async (emu) => ({ 'token.jwt': await emu.issueToken({ claims: { exp: 1e20 } }) })
    })
    expect(p.result.log).toMatch(/^ {2}exp +100000000000000000000 \(not a representable time\)$/m)
    expect(p.result.log).not.toMatch(/RangeError|STS: RangeError/)
    expect(p.result.exitCode).toBe(0)
  })

  it('a claim nested 7,000 levels deep is shown cut, without exhausting the stack', async () => {
    // arrays keep the token under the 20000-character limit of web-identity-token-file
    const deep = `${'['.repeat(7000)}1${']'.repeat(7000)}`
    const payload = `{"sub":"repo:octo-org/octo-repo:ref:refs/heads/main","aud":"sts.amazonaws.com","iss":"https://token.actions.githubusercontent.com","deep":${deep}}`
    const b64 = (s: string) => Buffer.from(s).toString('base64url')
    const token = `${b64('{"alg":"RS256","typ":"JWT"}')}.${b64(payload)}.${b64('sig')}`
    const p = await play({
      ...base,
      name: 'deep-claim',
      code: 'dry-run',
      description: 'a token with a claim nested 7,000 levels deep',
      inputs: { 'web-identity-token-file': 'token.jwt', 'dry-run': 'true' },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
      runner: { files: { 'token.jwt': token } }
    })
    expect(p.result.log).not.toMatch(/Maximum call stack/)
    expect(p.result.exitCode).toBe(0)
    expect(p.result.log).toMatch(/^ {2}deep +\[{8}\[…\]{9}$/m)
    expect(p.result.summary).toContain('`deep`')
  })
})

describe('the ID-token request token', () => {
  it('[S20] is masked before anything is printed, and a reflected copy in an error body is removed and bounded', async () => {
    let requestToken = ''
    const p = await play({
      ...base,
      name: 'reflecting-proxy',
      code: 'id-token-request-failed',
      description: 'a proxy answers the token request with a page echoing the Authorization header',
      setup: (emu) => {
        requestToken = emu.tokenRequestToken
        emu.inject('token', {
          kind: 'status',
          status: 403,
          body: `<html>denied; you sent Authorization: Bearer ${emu.tokenRequestToken} ${'padding '.repeat(2000)}</html>`
        })
      }
    })
    const r = p.result
    expect(r.outputs.diagnosis).toBe('id-token-request-failed')
    const lines = r.log.split('\n')
    // right after the version line, before anything that could hold it
    expect(lines[1]).toBe(`::add-mask::${requestToken}`)
    expect(lines.slice(2).filter((l) => l.includes(requestToken))).toEqual([])
    expect(r.summary).not.toContain(requestToken)
    expect(r.log).toContain('you sent Authorization: Bearer *** padding')
    expect(r.log).toMatch(/more characters not shown/)
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(1500)
  })
})
