// `aws-oidc-credentials credential-process` through the built CLI, as a profile's
// credential_process runs it: the cache it serves (and what it refuses to serve), the one
// stderr line and exit status of a failure, and its command line as shells and botocore read it.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { node24Path } from '../../emulator/node24.js'
import { cachePath } from '../../src/sinks/refresh-cache.js'
import { keyOf, shellWord, toArgs, type RefreshParameters } from '../../src/sinks/refresh-parameters.js'
import { BIN } from './bin.js'

const PARAMS: RefreshParameters = {
  roleArn: 'arn:aws:iam::123456789012:role/deploy',
  roleSessionName: 'octo-org.octo-repo-1-1',
  durationSeconds: 3600,
  audience: 'sts.amazonaws.com',
  region: 'eu-west-1',
  managedSessionPolicies: []
}
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLETOKEN'

const temps: string[] = []
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

function runnerTemp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'refresh-cli-'))
  temps.push(dir)
  return dir
}

/** The built CLI with only the environment given (no ID-token request variables unless given). */
function credentialProcess(args: string[], env: Record<string, string>) {
  const r = spawnSync(node24Path(), [BIN, 'credential-process', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 20_000
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

function writeEntry(temp: string, mode: number, expiresInMs: number, lastedMs = 3600_000): void {
  const key = keyOf(PARAMS)
  const file = cachePath(temp, key)
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
  const expiration = Date.now() + expiresInMs
  const entry = {
    key,
    accessKeyId: 'ASIAEXAMPLEEXAMPLE12',
    secretAccessKey: SECRET,
    sessionToken: TOKEN,
    expiration,
    obtained: expiration - lastedMs
  }
  writeFileSync(file, JSON.stringify(entry), { mode })
  chmodSync(file, mode)
}

describe('[S22] credential-process', () => {
  it('serves a cached session that has more than 15 minutes left as process-credentials JSON', () => {
    const temp = runnerTemp()
    writeEntry(temp, 0o600, 30 * 60_000)
    const r = credentialProcess(toArgs(PARAMS), { RUNNER_TEMP: temp })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const json = JSON.parse(r.stdout) as Record<string, unknown>
    expect(json).toMatchObject({
      Version: 1,
      AccessKeyId: 'ASIAEXAMPLEEXAMPLE12',
      SecretAccessKey: SECRET,
      SessionToken: TOKEN
    })
    expect(new Date(json.Expiration as string).getTime()).toBeGreaterThan(Date.now() + 29 * 60_000)
  })

  it.each([
    ['readable by others', 0o644, 30 * 60_000, 3600_000],
    ['within 15 minutes of expiry', 0o600, 14 * 60_000, 3600_000],
    ['in the second half of a short session', 0o600, 4 * 60_000, 10 * 60_000]
  ])('does not serve a cache entry %s: it asks for a fresh session', (_what, mode, left, lasted) => {
    const temp = runnerTemp()
    writeEntry(temp, mode, left, lasted)
    // no ID-token request variables here: asking for a fresh session fails, which shows it asked
    const r = credentialProcess(toArgs(PARAMS), { RUNNER_TEMP: temp, GITHUB_ACTIONS: 'true' })
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    const lines = r.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^aws-oidc-credentials credential-process: missing-id-token-permission: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set .* Fix: .*id-token: write/
    )
    expect(r.stderr).not.toContain(SECRET)
    expect(r.stderr).not.toContain(TOKEN)
  })

  it('without a cache directory yet (or a usable one), asks for a fresh session and says why it failed', () => {
    const r = credentialProcess(toArgs(PARAMS), { RUNNER_TEMP: runnerTemp(), GITHUB_ACTIONS: 'true' })
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^aws-oidc-credentials credential-process: missing-id-token-permission: /)
  })

  it('refuses unknown options and missing ones with exit status 2, naming them', () => {
    const unknown = credentialProcess([...toArgs(PARAMS), '--role', 'x'], {})
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/^aws-oidc-credentials credential-process: invalid-input: .*'--role'/)
    const missing = credentialProcess(['--role-arn', PARAMS.roleArn], {})
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/--duration-seconds is required/)
  })
})

describe('the credential_process command line', () => {
  const awkward = ['/opt/my runner/node', "it's", '{"Sid":"a b","x":"$HOME `id`"}', 'a\\b']

  it('is read back word for word by /bin/sh (the JS SDK) and by shlex.split (botocore)', () => {
    const line = awkward.map(shellWord).join(' ')
    const bySh = execFileSync('/bin/sh', ['-c', `printf '%s\\n' ${line}`], { encoding: 'utf8' })
    expect(bySh.split('\n').slice(0, -1)).toEqual(awkward)
    const byShlex = execFileSync(
      'python3',
      ['-c', 'import json, shlex, sys; print(json.dumps(shlex.split(sys.argv[1])))', line],
      { encoding: 'utf8' }
    )
    expect(JSON.parse(byShlex)).toEqual(awkward)
  })
})
