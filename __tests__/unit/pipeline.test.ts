// The pipeline in-process (src/pipeline/run.ts): every route, the sinks, retries and the post step, with injected dependencies and a virtual clock.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { STSServiceException } from '@aws-sdk/client-sts'
import { run } from '../../src/pipeline/run.js'
import { EXPORTED_VARIABLES } from '../../src/sinks/env.js'
import { OUTPUTS } from '../../src/sinks/outputs.js'
import { runPost } from '../../src/sinks/post.js'
import type { RunContextInfo } from '../../src/source/token.js'
import type { AssumeParams, ChainParams, Credentials, SigningCredentials, StsApi } from '../../src/sts/types.js'
import { fakeCore, type CoreRecorder } from '../fixtures/core.js'
import { githubClaims, NOW_S, signToken } from '../fixtures/token.js'
import { withProcessVariables } from '../../src/process-variables.js'

const CREDS: Credentials = {
  accessKeyId: 'ASIAFAKEACCESSKEY001',
  secretAccessKey: 'fake/secret/key/0123456789',
  sessionToken: 'FQoGZXIvYXdzEFAKESESSIONTOKEN',
  expiration: new Date((NOW_S + 3600) * 1000)
}
const ROLE = 'arn:aws:iam::123456789012:role/deploy'
const SESSION = 'octo-org.octo-repo-42-1'
const IDENTITY = {
  account: '123456789012',
  arn: `arn:aws:sts::123456789012:assumed-role/deploy/${SESSION}`,
  userId: `AROAEXAMPLE:${SESSION}`
}

interface FakeSts extends StsApi {
  assumeCalls: AssumeParams[]
  chainCalls: ChainParams[]
  identityCalls: SigningCredentials[]
}

function fakeSts(over: Partial<StsApi> = {}): FakeSts {
  const sts: FakeSts = {
    assumeCalls: [],
    chainCalls: [],
    identityCalls: [],
    async assumeRoleWithWebIdentity(p) {
      sts.assumeCalls.push(p)
      return over.assumeRoleWithWebIdentity ? over.assumeRoleWithWebIdentity(p) : { credentials: CREDS }
    },
    async assumeRole(p) {
      sts.chainCalls.push(p)
      return over.assumeRole ? over.assumeRole(p) : { credentials: CREDS }
    },
    async getCallerIdentity(c) {
      sts.identityCalls.push(c)
      return over.getCallerIdentity ? over.getCallerIdentity(c) : IDENTITY
    }
  }
  return sts
}

interface Harness {
  core: CoreRecorder
  sts: FakeSts
  failed: boolean
  sleeps: number[]
}

async function runWith(
  inputs: Record<string, string>,
  opts: {
    sts?: FakeSts
    env?: Record<string, string>
    token?: string
    context?: Partial<RunContextInfo>
    now?: () => number
    /** the virtual clock (epoch ms): sleeping moves it on */
    clock?: { ms: number }
    /** getIDToken; default: `token` every time */
    idToken?: () => Promise<string>
    files?: Record<string, string>
  } = {}
): Promise<Harness> {
  const token = opts.token ?? (await signToken(githubClaims()))
  const core = fakeCore(
    { 'role-to-assume': ROLE, 'aws-region': 'eu-west-1', audience: 'sts.amazonaws.com', ...inputs },
    opts.idToken ?? (async () => token)
  )
  const h: Harness = { core, sts: opts.sts ?? fakeSts(), failed: false, sleeps: [] }
  // A virtual clock: waiting moves it on, so time budgets are reached without real time passing.
  const clock = opts.clock ?? { ms: NOW_S * 1000 }
  await run({
    core,
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?api-version=2.0',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req',
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '1',
      ...opts.env
    },
    context: async () => ({ eventName: 'push', actor: 'octocat', repository: 'octo-org/octo-repo', ...opts.context }),
    inputs: {
      readFile: (p) => {
        if (opts.files?.[p] !== undefined) return opts.files[p]
        throw Object.assign(new Error('x'), { code: 'ENOENT' })
      },
      resolvePath: (p) => p
    },
    withProcessVariables,
    createSts: () => h.sts,
    now: opts.now ?? (() => clock.ms),
    sleep: async (ms) => {
      h.sleeps.push(ms)
      clock.ms += ms
    },
    random: () => 0.5,
    fail: () => {
      h.failed = true
    }
  })
  return h
}

const denied = () =>
  new STSServiceException({
    name: 'AccessDenied',
    $fault: 'client',
    message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    $metadata: { httpStatusCode: 403, requestId: 'req-denied' }
  })
const unavailable = () =>
  new STSServiceException({
    name: 'ServiceUnavailable',
    $fault: 'server',
    message: 'The request has failed due to a temporary failure of the server.',
    $metadata: { httpStatusCode: 503 }
  })
const throttled = () =>
  new STSServiceException({
    name: 'Throttling',
    $fault: 'client',
    message: 'Rate exceeded',
    $metadata: { httpStatusCode: 400 }
  })

describe('run', () => {
  it('assumes, verifies and exports masked credentials', async () => {
    const h = await runWith({})
    expect(h.failed).toBe(false)
    expect(h.sts.assumeCalls[0]).toMatchObject({
      roleArn: ROLE,
      roleSessionName: SESSION,
      durationSeconds: 3600,
      policyArns: []
    })
    expect(h.sts.identityCalls[0]).toEqual(CREDS)
    expect(h.core.secrets).toEqual(
      expect.arrayContaining([CREDS.accessKeyId, CREDS.secretAccessKey, CREDS.sessionToken])
    )
    expect(h.core.exported).toEqual({
      AWS_ACCESS_KEY_ID: CREDS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDS.secretAccessKey,
      AWS_SESSION_TOKEN: CREDS.sessionToken,
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1'
    })
    expect(h.core.outputs).toEqual({
      'aws-account-id': '123456789012',
      'authenticated-arn': IDENTITY.arn,
      subject: 'repo:octo-org/octo-repo:ref:refs/heads/main',
      diagnosis: ''
    })
    expect(h.core.log.some((l) => l.startsWith('✔ Verified arn:aws:sts::123456789012:assumed-role/deploy/'))).toBe(true)
    expect(h.core.idTokenCalls).toEqual(['sts.amazonaws.com'])
  })

  it('prints claims sub-first, redacted, in a group, never the token', async () => {
    const token = await signToken(githubClaims())
    const h = await runWith({ 'redact-claims': 'jti,actor' }, { token })
    const start = h.core.log.findIndex((l) =>
      l.startsWith('::group::ID token claims (sub: repo:octo-org/octo-repo:ref:refs/heads/main)')
    )
    expect(start).toBeGreaterThanOrEqual(0)
    const rows = h.core.log.slice(start + 1, h.core.log.indexOf('::endgroup::'))
    expect(rows.slice(0, 3).map((r) => r.trim().split(/\s+/)[0])).toEqual(['sub', 'aud', 'iss'])
    expect(rows.find((r) => r.trim().startsWith('jti'))).toMatch(/\*\*\*$/)
    expect(rows.find((r) => r.trim().startsWith('actor'))).toMatch(/\*\*\*$/)
    expect(rows.find((r) => r.trim().startsWith('exp'))).toMatch(/2026-11-21T12:04:50.000Z, expires in 290 s/)
    expect(rows.find((r) => r.trim().startsWith('header.alg'))).toMatch(/RS256/)
    expect(h.core.log.join('\n')).not.toContain(token.split('.')[2])
  })

  it('masks every credential before anything exports or outputs it', async () => {
    const h = await runWith({ 'output-credentials': 'true' })
    for (const secret of [CREDS.accessKeyId, CREDS.secretAccessKey, CREDS.sessionToken]) {
      const masked = h.core.events.indexOf(`mask ${secret}`)
      const firstUse = h.core.events.findIndex((e) => e === `export ${secret}` || e === `output ${secret}`)
      expect(masked).toBeGreaterThanOrEqual(0)
      expect(firstUse).toBeGreaterThan(masked)
    }
  })

  it('keeps credentials in outputs only when asked, and env out when told', async () => {
    const h = await runWith({ 'output-credentials': 'true', 'output-env-credentials': 'false' })
    expect(h.core.exported).toEqual({})
    expect(h.core.outputs['aws-secret-access-key']).toBe(CREDS.secretAccessKey)
    expect(h.core.outputs['aws-expiration']).toBe(CREDS.expiration.toISOString())
  })

  it('sets every declared output on a success with output-credentials, and exports only declared variables', async () => {
    const h = await runWith({ 'output-credentials': 'true' })
    expect(Object.keys(h.core.outputs).sort()).toEqual(OUTPUTS.map((o) => o.name).sort())
    expect(h.core.outputs.diagnosis).toBe('')
    const exported = Object.keys(h.core.exported)
    expect(exported.length).toBeGreaterThan(0)
    expect(exported.filter((n) => !(EXPORTED_VARIABLES as readonly string[]).includes(n))).toEqual([])
  })

  it('refuses bad input before any network call', async () => {
    const h = await runWith({ 'role-duration-seconds': '60' })
    expect(h.failed).toBe(true)
    expect(h.core.outputs.diagnosis).toBe('invalid-input')
    expect(h.core.idTokenCalls).toEqual([])
    expect(h.sts.assumeCalls).toEqual([])
    expect(h.core.annotations[0]).toMatchObject({ level: 'error', title: 'invalid-input' })
  })

  it('tells a missing permission from a fork pull request', async () => {
    const noEnv = { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' }
    const perm = await runWith({}, { env: noEnv })
    expect(perm.core.outputs.diagnosis).toBe('missing-id-token-permission')
    expect(perm.core.log.join('\n')).toContain('id-token: write')
    const fork = await runWith(
      {},
      {
        env: noEnv,
        context: {
          eventName: 'pull_request',
          pullRequest: { head: 'someone/octo-repo', base: 'octo-org/octo-repo', number: 7 }
        }
      }
    )
    expect(fork.core.outputs.diagnosis).toBe('fork-pull-request')
    const byHand = await runWith({}, { env: { ...noEnv, GITHUB_ACTIONS: '' } })
    expect(byHand.core.outputs.diagnosis).toBe('not-a-runner')
    expect(byHand.core.log.join('\n')).toContain('This is not a GitHub Actions runner')
    expect(byHand.core.log.join('\n')).not.toContain('permissions to add')
    expect(fork.core.log.join('\n')).toMatch(/pull request #7: head someone\/octo-repo -> base octo-org\/octo-repo/)
  })

  it('fails a denial at once, with the evidence, and exports nothing', async () => {
    const sts = fakeSts({
      assumeRoleWithWebIdentity: async () => {
        throw denied()
      }
    })
    const h = await runWith({}, { sts })
    expect(h.failed).toBe(true)
    expect(sts.assumeCalls).toHaveLength(1)
    expect(h.sleeps).toEqual([])
    expect(h.core.exported).toEqual({})
    expect(h.core.outputs).toEqual({ diagnosis: 'trust-policy-denied' })
    const log = h.core.log.join('\n')
    expect(log).toContain('token sub: repo:octo-org/octo-repo:ref:refs/heads/main')
    expect(log).toContain('AWS request id: req-denied')
    expect(log).toContain('stage:   assume')
  })

  it('retries other transient failures a bounded number of times, saying why', async () => {
    const sts = fakeSts({
      assumeRoleWithWebIdentity: async () => {
        throw unavailable()
      }
    })
    const h = await runWith({ 'retry-max-attempts': '4' }, { sts })
    expect(sts.assumeCalls).toHaveLength(4)
    expect(h.sleeps).toHaveLength(3)
    expect(h.core.log.filter((l) => l.startsWith('↻ AssumeRoleWithWebIdentity: attempt'))).toEqual([
      expect.stringMatching(
        /^↻ AssumeRoleWithWebIdentity: attempt 1 of 4 failed \(network-error: .+\); retrying in 0\.8 s$/
      ),
      expect.stringMatching(/attempt 2 of 4 failed/),
      expect.stringMatching(/attempt 3 of 4 failed/)
    ])
    expect(h.core.outputs.diagnosis).toBe('network-error')
  })

  it("retries throttling until the step's time budget, one short line per attempt, whatever retry-max-attempts", async () => {
    const sts = fakeSts({
      assumeRoleWithWebIdentity: async () => {
        throw throttled()
      }
    })
    const h = await runWith({ 'retry-max-attempts': '3', 'action-timeout-s': '60' }, { sts })
    expect(h.core.outputs.diagnosis).toBe('throttled')
    // random() is 0.5: waits of 1.5, 3, 6, 8, 8 s... while another wait and a 20 s attempt fit in 60 s
    expect(h.sleeps).toEqual([1500, 3000, 6000, 8000, 8000, 8000])
    expect(sts.assumeCalls).toHaveLength(7)
    const retries = h.core.log.filter((l) => l.startsWith('↻'))
    expect(retries[0]).toBe('↻ AssumeRoleWithWebIdentity throttled (attempt 1); retrying in 1.5 s')
    expect(retries).toHaveLength(6)
    expect(h.core.log.join('\n')).toMatch(
      /gave up after 7 attempts \(7 throttled\) \(another attempt could not end within action-timeout-s\)/
    )
  })

  it('gets through a throttled matrix and says in the summary how many attempts it took', async () => {
    let n = 0
    const sts = fakeSts({
      assumeRoleWithWebIdentity: async () => {
        if (++n <= 4) throw throttled()
        return { credentials: CREDS }
      }
    })
    const h = await runWith({}, { sts, env: { GITHUB_STEP_SUMMARY: '/dev/null' } })
    expect(h.failed).toBe(false)
    expect(h.core.summaryText).toContain(
      '| attempts | ID token request: 1, AssumeRoleWithWebIdentity: 5 (4 throttled, waited 18.5 s), GetCallerIdentity: 1 |'
    )
  })

  it('stops retrying when another attempt could not end within the 60 s network budget', async () => {
    let now = NOW_S * 1000
    const sts = fakeSts({
      assumeRoleWithWebIdentity: async () => {
        now += 20_000
        throw Object.assign(new Error('timed out'), { name: 'TimeoutError' })
      }
    })
    const h = await runWith({ 'retry-max-attempts': '10' }, { sts, now: () => now })
    expect(h.core.outputs.diagnosis).toBe('network-error')
    expect(sts.assumeCalls).toHaveLength(2)
    expect(h.core.log.join('\n')).toMatch(
      /gave up after 2 attempts \(another attempt could not end within the network time budget\)/
    )
  })

  it('makes one attempt with disable-retry', async () => {
    const sts = fakeSts({
      assumeRoleWithWebIdentity: async () => {
        throw throttled()
      }
    })
    await runWith({ 'disable-retry': 'true' }, { sts })
    expect(sts.assumeCalls).toHaveLength(1)
  })

  it('refuses credentials of another identity and of a disallowed account', async () => {
    const other = await runWith(
      {},
      {
        sts: fakeSts({
          getCallerIdentity: async () => ({
            ...IDENTITY,
            account: '999999999999',
            arn: 'arn:aws:sts::999999999999:assumed-role/deploy/x'
          })
        })
      }
    )
    expect(other.core.outputs.diagnosis).toBe('identity-mismatch')
    expect(other.core.exported).toEqual({})
    const notAllowed = await runWith({ 'allowed-account-ids': '111111111111' })
    expect(notAllowed.core.outputs.diagnosis).toBe('account-not-allowed')
    expect(notAllowed.core.exported).toEqual({})
  })

  it('masks the account id when asked, before anything prints it', async () => {
    const h = await runWith({ 'mask-aws-account-id': 'true' })
    // the request token comes first (masked before anything else), then the account
    expect(h.core.secrets.slice(0, 2)).toEqual(['req', '123456789012'])
  })

  it('dry-run prints the claims and a policy, calls no AWS API and exports nothing', async () => {
    const h = await runWith({ 'dry-run': 'true' })
    expect(h.failed).toBe(false)
    expect(h.sts.assumeCalls).toEqual([])
    expect(h.core.exported).toEqual({})
    expect(h.core.log.join('\n')).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"'
    )
  })

  it('writes an escaped job summary', async () => {
    const token = await signToken(githubClaims({ workflow: '<img src=x onerror=alert(1)> | x' }))
    const h = await runWith({}, { token, env: { GITHUB_STEP_SUMMARY: '/dev/null' } })
    expect(h.core.summaryText).toContain('AWS credentials verified')
    // claim values are code spans: literal text, never HTML, markup or a link
    expect(h.core.summaryText).toContain('| `workflow` | `<img src=x onerror=alert(1)> \\| x` |')
    expect(h.core.summaryText.replace(/`[^`]*`/g, '')).not.toContain('<img')
    expect(h.core.summaryText).not.toContain(CREDS.secretAccessKey)
  })

  it('escapes a claim that tries to inject a workflow command', async () => {
    const token = await signToken(githubClaims({ workflow: 'x\n::error::injected', '::warning::k': 'v' }))
    const h = await runWith({}, { token })
    const lines = h.core.log.join('\n').split('\n')
    expect(lines.filter((l) => /^\s*::(error|warning)::/.test(l))).toEqual([])
  })

  it('requests a fresh ID token before a retry when the old one is about to expire', async () => {
    let calls = 0
    const sts = fakeSts({
      assumeRoleWithWebIdentity: async () => {
        if (++calls === 1) throw throttled()
        return { credentials: CREDS }
      }
    })
    const h = await runWith({}, { sts, token: await signToken(githubClaims({ exp: NOW_S + 30 })) })
    expect(h.failed).toBe(false)
    expect(h.core.idTokenCalls).toHaveLength(2)
    expect(h.core.log).toContain('The ID token is about to expire: requesting a fresh one before retrying.')
  })

  it('never sends an expired GitHub token however long throttling lasts: it is renewed first', async () => {
    const clock = { ms: NOW_S * 1000 }
    const expAt: number[] = []
    let n = 0
    const sts = fakeSts({
      assumeRoleWithWebIdentity: async (p) => {
        expAt.push(
          Number(JSON.parse(Buffer.from(p.webIdentityToken.split('.')[1]!, 'base64url').toString()).exp) * 1000
        )
        expect(expAt.at(-1)!).toBeGreaterThan(clock.ms)
        if (++n <= 11) throw throttled()
        return { credentials: CREDS }
      }
    })
    const nowS = () => Math.floor(clock.ms / 1000)
    // the first token has 70 s left; every later one 300 s from when it is issued
    let issued = 0
    const idToken = () => signToken(githubClaims({ iat: nowS(), exp: nowS() + (issued++ === 0 ? 70 : 300) }))
    const h = await runWith({}, { sts, clock, idToken })
    expect(h.failed).toBe(false)
    expect(sts.assumeCalls).toHaveLength(12)
    // the waits outlasted the first token
    expect(clock.ms - NOW_S * 1000).toBeGreaterThan(70_000)
    expect(h.core.idTokenCalls).toHaveLength(2)
    expect(h.core.log).toContain('The ID token is about to expire: requesting a fresh one before retrying.')
  })

  it('explains a failure inside the retry loop with the time of the failure, not the step start', async () => {
    const clock = { ms: NOW_S * 1000 }
    // the token (exp NOW+290) is past exp + 5 min of allowance by the time throttling ends
    const expiredBy = (NOW_S + 290 + 300 + 60) * 1000
    const sts = fakeSts({
      assumeRoleWithWebIdentity: async () => {
        if (clock.ms < expiredBy) throw throttled()
        throw new STSServiceException({
          name: 'ExpiredTokenException',
          $fault: 'client',
          message: 'Token expired: current date/time must be before the expiration date/time',
          $metadata: { httpStatusCode: 400 }
        })
      }
    })
    const h = await runWith({ 'action-timeout-s': '3600' }, { sts, clock })
    expect(h.failed).toBe(true)
    expect(h.core.outputs.diagnosis).toBe('token-expired')
    const log = h.core.log.join('\n')
    expect(log).toContain('STS saw the token after its expiry (exp).')
    expect(log).not.toContain("the runner clock is behind AWS's")
    expect(log).toContain(`runner clock: ${new Date(clock.ms).toISOString()}`)
  })

  it('stops retrying throttling before a token read from a file expires', async () => {
    const clock = { ms: NOW_S * 1000 }
    const token = await signToken(githubClaims({ exp: NOW_S + 20 }))
    const sts = fakeSts({
      assumeRoleWithWebIdentity: async () => {
        expect(clock.ms).toBeLessThan((NOW_S + 20) * 1000)
        throw throttled()
      }
    })
    const h = await runWith(
      { 'web-identity-token-file': 'token.jwt' },
      { sts, clock, files: { 'token.jwt': token }, env: { ACTIONS_ID_TOKEN_REQUEST_URL: '' } }
    )
    expect(h.core.outputs.diagnosis).toBe('throttled')
    expect(h.core.log.join('\n')).toMatch(
      /gave up after \d+ attempts \(\d+ throttled\) \(the token from web-identity-token-file would have expired\)/
    )
  })

  it('bounds the whole step with action-timeout-s', async () => {
    const sts = fakeSts({ assumeRoleWithWebIdentity: () => new Promise(() => undefined) })
    const started = Date.now()
    // the smallest limit: AssumeRoleWithWebIdentity never answers, its own timeout is 20 s
    const h = await runWith({ 'action-timeout-s': '1' }, { sts })
    expect(Date.now() - started).toBeLessThan(3000)
    expect(h.core.outputs.diagnosis).toBe('network-error')
    expect(h.core.log.join('\n')).toMatch(
      /The step did not finish within action-timeout-s \(1 s\); it was in the assume stage/
    )
    expect(h.core.exported).toEqual({})
  }, 10_000)

  it('prints one line per condition and warns about foot-guns in the trust-policy input', async () => {
    const policy = JSON.stringify({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            'ForAllValues:StringEquals': { 'token.actions.githubusercontent.com:environment': 'prod' },
            StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }
          }
        }
      ]
    })
    const h = await runWith({ 'trust-policy': policy, 'dry-run': 'true' })
    const log = h.core.log.join('\n')
    expect(log).toMatch(/Trust policy from the trust-policy input ALLOWS this token/)
    expect(log).toMatch(
      /✓ ForAllValues:StringEquals token\.actions\.githubusercontent\.com:environment expected prod, got \(absent\)/
    )
    expect(log).toMatch(
      /✓ StringEquals token\.actions\.githubusercontent\.com:aud expected sts\.amazonaws\.com, got sts\.amazonaws\.com/
    )
    const warnings = h.core.annotations
      .filter((a) => a.level === 'warning')
      .map((a) => a.message)
      .join('\n')
    expect(warnings).toMatch(/ForAllValues/)
    expect(warnings).toMatch(/sub/)
  })

  it('warns when STS allows a token the trust-policy input denies', async () => {
    const policy = JSON.stringify({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/other:ref:refs/heads/main' }
          }
        }
      ]
    })
    const h = await runWith({ 'trust-policy': policy })
    expect(h.failed).toBe(false)
    expect(h.core.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/differs from the role's actual trust policy/)
      })
    )
  })
})

describe('run: the other routes, in-process with the injected environment', () => {
  const SOURCE = {
    AWS_ACCESS_KEY_ID: 'ASIASOURCEKEY0000001',
    AWS_SECRET_ACCESS_KEY: 'source/secret/0123456789',
    AWS_SESSION_TOKEN: 'SOURCESESSIONTOKEN'
  }

  it('role-chaining signs AssumeRole with the injected credentials, requests no ID token, and exports the new ones', async () => {
    const h = await runWith({ 'role-chaining': 'true' }, { env: SOURCE })
    expect(h.failed).toBe(false)
    expect(h.core.idTokenCalls).toEqual([])
    expect(h.sts.assumeCalls).toEqual([])
    expect(h.sts.chainCalls).toHaveLength(1)
    expect(h.sts.chainCalls[0].source.accessKeyId).toBe(SOURCE.AWS_ACCESS_KEY_ID)
    expect(h.core.exported.AWS_ACCESS_KEY_ID).toBe(CREDS.accessKeyId)
    expect(h.core.secrets).toEqual(expect.arrayContaining([SOURCE.AWS_SECRET_ACCESS_KEY, CREDS.secretAccessKey]))
  })

  it("role-chaining reads a source profile from the injected environment's files, not the process's", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chain-'))
    try {
      const credentials = join(dir, 'credentials')
      writeFileSync(
        credentials,
        `[src]\naws_access_key_id = ${SOURCE.AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${SOURCE.AWS_SECRET_ACCESS_KEY}\naws_session_token = ${SOURCE.AWS_SESSION_TOKEN}\n`
      )
      const env = { AWS_PROFILE: 'src', AWS_SHARED_CREDENTIALS_FILE: credentials, AWS_CONFIG_FILE: join(dir, 'config') }
      const h = await runWith({ 'role-chaining': 'true' }, { env })
      expect(h.failed).toBe(false)
      expect(h.sts.chainCalls[0].source.accessKeyId).toBe(SOURCE.AWS_ACCESS_KEY_ID)
      expect(h.core.log).toContain(
        'role-chaining: chaining from the temporary credentials in profile src; no ID token is requested.'
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('use-existing-credentials keeps verified injected credentials: outputs and a summary, no role assumed', async () => {
    const h = await runWith(
      { 'use-existing-credentials': 'true' },
      { env: { ...SOURCE, GITHUB_STEP_SUMMARY: '/dev/null' } }
    )
    expect(h.failed).toBe(false)
    expect(h.sts.assumeCalls).toEqual([])
    expect(h.sts.identityCalls.map((c) => c.accessKeyId)).toEqual([SOURCE.AWS_ACCESS_KEY_ID])
    expect(h.core.outputs['aws-account-id']).toBe(IDENTITY.account)
    expect(h.core.exported).toEqual({})
    expect(h.core.summaryText).toContain('AWS credentials verified')
  })

  it('use-existing-credentials without credentials in the environment assumes the role as usual', async () => {
    const h = await runWith({ 'use-existing-credentials': 'true' })
    expect(h.sts.assumeCalls).toHaveLength(1)
    expect(h.core.log.some((l) => l.startsWith('use-existing-credentials: no credentials in the environment'))).toBe(
      true
    )
  })
})

describe('runPost, in-process after a run', () => {
  it('blanks what the run exported and removes only the profile sections it wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'post-'))
    try {
      const credentials = join(dir, 'credentials')
      const config = join(dir, 'config')
      const other = '[other]\naws_access_key_id = AKIAOTHER\n'
      writeFileSync(credentials, other)
      const env = { AWS_SHARED_CREDENTIALS_FILE: credentials, AWS_CONFIG_FILE: config }
      const h = await runWith({ 'aws-profile': 'ci', 'output-env-credentials': 'true' }, { env })
      expect(h.failed).toBe(false)
      expect(readFileSync(credentials, 'utf8')).toContain('[ci]')

      const log: string[] = []
      const blanked: Record<string, string> = {}
      runPost({
        getState: (name) => h.core.state[name] ?? '',
        info: (m) => log.push(m),
        warning: (m) => log.push(`warning: ${String(m)}`),
        exportVariable: (name, value) => {
          blanked[name] = String(value)
        }
      })
      expect(Object.keys(blanked).sort()).toEqual(Object.keys(h.core.exported).sort())
      expect(Object.values(blanked).every((v) => v === '')).toBe(true)
      expect(readFileSync(credentials, 'utf8')).toBe(other)
      expect(readFileSync(config, 'utf8')).not.toContain('[profile ci]')
      expect(log.filter((l) => l.startsWith('warning'))).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says there is nothing to clean up after a step that exported nothing', () => {
    const log: string[] = []
    runPost({
      getState: () => '',
      info: (m) => log.push(m),
      warning: (m) => log.push(String(m)),
      exportVariable: () => {}
    })
    expect(log).toEqual(['Nothing to clean up: this step exported no variable and wrote no profile.'])
  })
})
