// refresh-credentials, proved with real clients: the built action writes its profile, then the
// AWS CLI v2, the AWS SDK for JavaScript v3 (one long-lived process) and boto3 keep calling the
// emulated STS past several expiries of sessions that last seconds, through the built CLI's
// credential-process; a run without refresh-credentials fails after expiry in the same test.
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync as readdir, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { node24Path, repoRoot } from '../../emulator/node24.js'
import { runAction, runPost } from '../../emulator/runner.js'
import { ROLE_ARN } from '../../emulator/scenarios.js'
import { startEmulator } from '../../emulator/server.js'
import { boto3Python, execFileAsync, laterStep, SESSION_SECONDS, step } from './refresh-steps.js'

/** how long the clients keep calling: past at least two expiries */
const CALLING_MS = 15_000
/** each client's pause between calls: several calls per session, and CPU left for the other tests
 * (every call starts the credential process) */
const PACE_MS = 1500
/** the AWS CLI's: each call is a new Python process, about 1 s of CPU */
const AWS_CLI_PACE_MS = 3000
const AWS_CLI_V2 = '/usr/bin/aws'

interface Outcome {
  client: string
  ok: boolean
  atMs: number
  detail: string
}

/** The AWS CLI: a new process per call, as a script's `aws` commands are. */
async function awsCliCalls(env: Record<string, string>, endpoint: string, untilMs: number): Promise<Outcome[]> {
  const out: Outcome[] = []
  while (Date.now() < untilMs) {
    try {
      const { stdout } = await execFileAsync(
        AWS_CLI_V2,
        ['sts', 'get-caller-identity', '--endpoint-url', endpoint, '--output', 'json'],
        { env, timeout: 20_000 }
      )
      out.push({ client: 'aws', ok: true, atMs: Date.now(), detail: (JSON.parse(stdout) as { Arn: string }).Arn })
    } catch (e) {
      out.push({ client: 'aws', ok: false, atMs: Date.now(), detail: String((e as { stderr?: string }).stderr ?? e) })
    }
    await sleep(AWS_CLI_PACE_MS)
  }
  return out
}

const JS_CLIENT = `
import { createRequire } from 'node:module'
const require = createRequire(${JSON.stringify(join(repoRoot, 'package.json'))})
const { STSClient, GetCallerIdentityCommand } = require('@aws-sdk/client-sts')
const client = new STSClient({})
const until = Number(process.argv[2])
while (Date.now() < until) {
  try {
    const id = await client.send(new GetCallerIdentityCommand({}))
    console.log(JSON.stringify({ ok: true, at: Date.now(), detail: id.Arn }))
  } catch (e) {
    console.log(JSON.stringify({ ok: false, at: Date.now(), detail: e.name + ': ' + e.message }))
  }
  await new Promise((r) => setTimeout(r, ${PACE_MS}))
}
`

const BOTO3_CLIENT = `
import json, sys, time, boto3
sts = boto3.session.Session().client('sts')
until = int(sys.argv[1]) / 1000
while time.time() < until:
    try:
        print(json.dumps({'ok': True, 'at': int(time.time() * 1000), 'detail': sts.get_caller_identity()['Arn']}), flush=True)
    except Exception as e:
        print(json.dumps({'ok': False, 'at': int(time.time() * 1000), 'detail': type(e).__name__ + ': ' + str(e)}), flush=True)
    time.sleep(${PACE_MS / 1000})
`

/** One long-lived process that calls in a loop until `untilMs`; its JSON lines are the outcomes. */
function loopingClient(
  client: string,
  command: string,
  args: string[],
  env: Record<string, string>
): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const lines = stdout.split('\n').filter((l) => l.startsWith('{'))
      const outcomes = lines.map((l) => {
        const o = JSON.parse(l) as { ok: boolean; at: number; detail: string }
        return { client, ok: o.ok, atMs: o.at, detail: o.detail }
      })
      if (code !== 0) outcomes.push({ client, ok: false, atMs: Date.now(), detail: `exit ${code}: ${stderr}` })
      resolve(outcomes)
    })
  })
}

describe('refresh-credentials refused up front', () => {
  it.each([
    [
      'a job without id-token: write',
      {},
      { ACTIONS_ID_TOKEN_REQUEST_URL: undefined },
      /Input 'refresh-credentials': true needs a job that can request ID tokens in every step, but ACTIONS_ID_TOKEN_REQUEST_URL is not set\. Give the job `permissions: id-token: write`/
    ],
    [
      'role-chaining',
      { 'role-chaining': 'true' },
      {},
      /Input 'role-chaining': cannot be combined with refresh-credentials: true: a refresh starts again from a fresh ID token/
    ],
    [
      'output-env-credentials: true',
      { 'output-env-credentials': 'true' },
      {},
      /Input 'output-env-credentials': cannot be combined with refresh-credentials: true/
    ]
  ])('with %s: invalid-input naming why, before any call', async (_what, inputs, env, reason) => {
    const emu = await startEmulator()
    try {
      const r = await runAction({
        inputs: { 'role-to-assume': ROLE_ARN, 'aws-region': 'eu-west-1', 'refresh-credentials': 'true', ...inputs },
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: emu.tokenRequestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.tokenRequestToken,
          AWS_ENDPOINT_URL_STS: emu.stsEndpoint,
          ...env
        }
      })
      expect(r.exitCode).toBe(1)
      expect(r.outputs.diagnosis).toBe('invalid-input')
      expect(r.log).toMatch(reason)
      expect(emu.calls).toEqual([])
      expect(r.env).toEqual({})
    } finally {
      await emu.close()
    }
  })
})

describe('refresh-credentials with real clients', () => {
  const python = boto3Python()
  const hasAwsCli = existsSync(AWS_CLI_V2)

  it('[S22] keeps the AWS CLI, the JS SDK and boto3 working past each expiry, at about one STS call per session', async () => {
    if (!hasAwsCli) throw new Error(`${AWS_CLI_V2} is missing: install the AWS CLI v2 (apt-get install -y awscli)`)
    if (!python) console.warn('boto3 is not installed for python3: its part of the proof is skipped')
    const emu = await startEmulator()
    try {
      emu.world.sessionLifetimeSeconds = SESSION_SECONDS

      // Without refresh-credentials, the exported keys stop working once the session ends.
      const plain = await step(emu, {})
      expect(plain.exitCode).toBe(0)
      expect(plain.env.AWS_ACCESS_KEY_ID).toMatch(/^ASIA/)

      const r = await step(emu, { 'refresh-credentials': 'true' })
      expect(r.exitCode).toBe(0)
      expect(r.env).toEqual({
        AWS_PROFILE: 'aws-oidc-credentials',
        AWS_REGION: 'eu-west-1',
        AWS_DEFAULT_REGION: 'eu-west-1',
        AWS_SDK_LOAD_CONFIG: '1',
        AWS_ACCESS_KEY_ID: '',
        AWS_SECRET_ACCESS_KEY: '',
        AWS_SESSION_TOKEN: ''
      })
      const config = readFileSync(join(r.home, '.aws', 'config'), 'utf8')
      expect(config).toContain('[profile aws-oidc-credentials]\n')
      expect(config).toContain(
        `credential_process = '${node24Path()}' '${join(repoRoot, 'dist', 'cli', 'index.js')}' 'credential-process' '--role-arn' '${ROLE_ARN}'`
      )
      expect(config).not.toMatch(/aws_secret_access_key|aws_session_token/)
      expect(existsSync(join(r.home, '.aws', 'credentials'))).toBe(false)
      const assumedBefore = emu.calls.filter((c) => c.target === 'AssumeRoleWithWebIdentity').length

      const started = Date.now()
      const until = started + CALLING_MS
      const env = laterStep(emu, r)
      const jsFile = join(r.workdir, 'client.mjs')
      writeFileSync(jsFile, JS_CLIENT)
      const pyFile = join(r.workdir, 'client.py')
      writeFileSync(pyFile, BOTO3_CLIENT)
      const runs = [
        awsCliCalls(env, emu.stsEndpoint, until),
        loopingClient('js-sdk-v3', node24Path(), [jsFile, String(until)], env),
        ...(python ? [loopingClient('boto3', python, [pyFile, String(until)], env)] : [])
      ]
      // meanwhile the plain run's keys expire: the same AWS CLI call fails with ExpiredToken
      await sleep(SESSION_SECONDS * 1000 + 500)
      const stale = await execFileAsync(AWS_CLI_V2, ['sts', 'get-caller-identity', '--endpoint-url', emu.stsEndpoint], {
        env: { PATH: env.PATH, HOME: plain.home, ...plain.env }
      }).then(
        () => 'succeeded',
        (e: { stderr?: string }) => e.stderr ?? ''
      )
      expect(stale).toMatch(/ExpiredToken/)

      const outcomes = (await Promise.all(runs)).flat()
      const failed = outcomes.filter((o) => !o.ok)
      expect(failed).toEqual([])
      const sessionEnds = emu.sessions().map((s) => s.expiration)
      for (const client of ['aws', 'js-sdk-v3', ...(python ? ['boto3'] : [])]) {
        const mine = outcomes.filter((o) => o.client === client)
        // calls succeeded after at least two sessions had ended
        const endsPassed = sessionEnds.filter((end) => end > started && mine.some((o) => o.atMs > end + 300))
        expect({ client, endsPassed: endsPassed.length >= 2 }).toEqual({ client, endsPassed: true })
        // the step's own role session, as the step verified it
        expect([...new Set(mine.map((o) => o.detail))]).toEqual([r.outputs['authenticated-arn']])
      }
      // every successful call was signed by a session this emulator issued, by several over time
      const identities = emu.calls.filter((c) => c.target === 'GetCallerIdentity' && c.time >= started)
      expect(identities.every((c) => c.status === 200 || c.accessKeyId === plain.env.AWS_ACCESS_KEY_ID)).toBe(true)
      expect(new Set(identities.map((c) => c.accessKeyId)).size).toBeGreaterThanOrEqual(3)
      // the cache, not the clients, sets the pace: about one STS session per half session
      const assumed = emu.calls.filter((c) => c.target === 'AssumeRoleWithWebIdentity').length - assumedBefore
      // (a session is served for its first half; the emulator's expiry is in whole seconds)
      const shortest = Math.min(...emu.sessions().map((s) => s.expiration - s.issuedAt))
      const halves = Math.ceil((Date.now() - started) / (shortest / 2))
      expect(assumed).toBeGreaterThanOrEqual(2)
      expect(assumed).toBeLessThanOrEqual(halves + 1)
      expect(outcomes.length).toBeGreaterThan(3 * assumed)
      // the credential process calls no GetCallerIdentity: each one the emulator saw is a client's call
      expect(identities.length).toBe(outcomes.length + 1)
      const cacheDir = join(r.workdir, 'runner_temp', 'aws-oidc-credentials-refresh')
      const [cacheFile] = readdir(cacheDir)
      expect(statSync(join(cacheDir, cacheFile)).mode & 0o777).toBe(0o600)
      expect(statSync(cacheDir).mode & 0o777).toBe(0o700)

      // The post step removes the profile section and the cache file, and nothing else.
      const post = await runPost(r, { env: { HOME: r.home, RUNNER_TEMP: join(r.workdir, 'runner_temp') } })
      expect(post?.exitCode).toBe(0)
      expect(readFileSync(join(r.home, '.aws', 'config'), 'utf8')).toBe('')
      expect(readdir(cacheDir)).toEqual([])
      expect(post?.log).toMatch(/removed the credential cache/)
    } finally {
      await emu.close()
    }
  }, 120_000)
})
