// Role chaining, profiles, use-existing-credentials and the post step, through the built dist
// under Node 24 against the emulator, as a user sees them: exit code, env, files, the log.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SOURCE_ROLE_ARN, sourceSessionEnv } from '../../emulator/chain-source.js'
import { play, type Played } from '../../emulator/play.js'
import { runAction, runPost } from '../../emulator/runner.js'
import { findScenario, ROLE_ARN, type Scenario } from '../../emulator/scenarios.js'
import { startEmulator } from '../../emulator/server.js'
import { addChainTarget } from '../../emulator/world.js'
import { expectRefused } from './refused.js'
import { leakedLines, unexpectedCommands } from './safety.js'

const execFileAsync = promisify(execFile)
const scenario = (name: string): Scenario => findScenario(name)!
const workdirs: string[] = []
afterAll(() => {
  for (const dir of workdirs) rmSync(dir, { recursive: true, force: true })
})

/** Plays a scenario and keeps its workdir (HOME, ~/.aws) for the checks and the post step. */
async function playKept(s: Scenario): Promise<Played> {
  const p = await play(s, { keepWorkdir: true })
  workdirs.push(p.result.workdir)
  return p
}

const mode = (path: string): number => statSync(path).mode & 0o777

describe('role-chaining', () => {
  it("assumes the target with the earlier step's session, signed by it, tagged, and exports the new one", async () => {
    const s = scenario('chained-success')
    const p = await play(s)
    const r = p.result
    expect(r.exitCode).toBe(0)
    for (const re of s.expect) expect(r.log).toMatch(re)
    const [source, chained] = p.issued
    expect(r.env).toEqual({
      AWS_ACCESS_KEY_ID: chained.accessKeyId,
      AWS_SECRET_ACCESS_KEY: chained.secretAccessKey,
      AWS_SESSION_TOKEN: chained.sessionToken,
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1'
    })
    expect(r.outputs).toMatchObject({ 'aws-account-id': '444455556666', diagnosis: '' })
    // no ID token is requested; AssumeRole is signed by the earlier step's session
    expect(p.calls.filter((c) => c.target === 'token')).toEqual([])
    const assume = p.calls.find((c) => c.target === 'AssumeRole')
    expect(assume).toMatchObject({ status: 200, accessKeyId: source.accessKeyId, signedByIssuedSession: true })
    expect(p.calls.find((c) => c.target === 'GetCallerIdentity')).toMatchObject({ accessKeyId: chained.accessKeyId })
    expect(r.masks).toEqual(expect.arrayContaining([source.secretAccessKey, chained.secretAccessKey]))
    expect(leakedLines(p)).toEqual([])
    expect(unexpectedCommands(p)).toEqual([])
  })

  it('sends the run as session tags (values made to fit STS) and the transitive keys asked for', async () => {
    const s = scenario('chained-success')
    const p = await play({
      ...s,
      inputs: { ...s.inputs, 'transitive-tag-keys': 'Repository', 'custom-tags': '{"Team":"payments"}' },
      runner: { github: { workflow: 'Deploy #1 (prod)', ref: 'refs/heads/feature/ä+b' } }
    })
    expect(p.result.exitCode).toBe(0)
    expect(p.result.log).toMatch(
      /Session tags: GitHub, Repository, Workflow, Action, Actor, Commit, Branch, Team \(transitive: Repository\)/
    )
    expect(p.sessions.at(-1)).toMatchObject({
      tags: {
        GitHub: 'Actions',
        Repository: 'octo-org/octo-repo',
        Workflow: 'Deploy _1 _prod_',
        Branch: 'refs/heads/feature/ä+b',
        Team: 'payments'
      },
      transitiveTagKeys: ['Repository']
    })
  })

  it('role-skip-session-tagging sends no tags, so a trust policy without sts:TagSession allows it', async () => {
    const s = scenario('chained-tag-session')
    const p = await play({ ...s, inputs: { ...s.inputs, 'role-skip-session-tagging': 'true' } })
    expect(p.result.exitCode).toBe(0)
    expect(p.result.log).toMatch(/Session tags: none \(role-skip-session-tagging\)/)
  })

  it('force-skip-oidc with role-chaining changes nothing', async () => {
    const s = scenario('chained-success')
    const p = await play({ ...s, inputs: { ...s.inputs, 'force-skip-oidc': 'true' } })
    expect(p.result.exitCode).toBe(0)
    expect(p.calls.map((c) => c.target)).toEqual(['AssumeRoleWithWebIdentity', 'AssumeRole', 'GetCallerIdentity'])
  })

  it('dry-run reads the source and prints the request, but calls no AWS API and exports nothing', async () => {
    const s = scenario('chained-success')
    const p = await play({ ...s, inputs: { ...s.inputs, 'dry-run': 'true' } })
    expect(p.result.exitCode).toBe(0)
    expect(p.result.log).toMatch(/Dry run: sts:AssumeRole for arn:aws:iam::444455556666:role\/target is not called/)
    // only the earlier step's call
    expect(p.calls.map((c) => c.target)).toEqual(['AssumeRoleWithWebIdentity'])
    expect(p.result.env).toEqual({})
    expect(p.result.summary).toContain('Dry run')
  })

  it('trust-policy (evaluated against ID token claims) is refused with role-chaining, before any call', async () => {
    const s = scenario('chained-success')
    const p = await play({ ...s, inputs: { ...s.inputs, 'trust-policy': '{"Statement":[]}' } })
    expect(p.result.exitCode).toBe(1)
    expect(p.result.log).toMatch(/Input 'trust-policy': is evaluated against the ID token's claims/)
    expect(p.calls.map((c) => c.target)).toEqual(['AssumeRoleWithWebIdentity'])
  })

  it('without source credentials: no network call at all, and no ID token instead', async () => {
    const p = await play(scenario('chained-no-source'))
    expectRefused(p, scenario('chained-no-source'), Date.now())
    expect(p.calls).toEqual([])
    expect(p.result.log).toMatch(/stage: {3}source/)
  })

  it('long-lived keys as the source: refused without a call, the key never printed', async () => {
    const s = scenario('chained-long-lived')
    const p = await play(s)
    expectRefused(p, s, Date.now())
    expect(p.calls).toEqual([])
    const printed = p.result.log.split('\n').filter((l) => !l.startsWith('::add-mask::'))
    expect(printed.filter((l) => l.includes('AKIAIOSFODNN7EXAMPLE'))).toEqual([])
    expect(printed.filter((l) => l.includes(s.env!.AWS_SECRET_ACCESS_KEY!))).toEqual([])
    expect(p.result.masks).toEqual(expect.arrayContaining([s.env!.AWS_SECRET_ACCESS_KEY, 'AKIAIOSFODNN7EXAMPLE']))
  })

  // every profile kind whose credentials need a network call or a process, as AWS_PROFILE's profile
  const MARKER = 'credential-process-ran'
  const ROLE = 'role_arn = arn:aws:iam::123456789012:role/deploy\n'
  const unsupported: [kind: string, holds: string, section: string][] = [
    ['credential_source', 'credential_source', `${ROLE}credential_source = Ec2InstanceMetadata\n`],
    [
      'role_arn/source_profile',
      'source_profile',
      `${ROLE}source_profile = base\n[profile base]\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\n` +
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\naws_session_token = IQoJb3JpZ2luX2VjEXAMPLE\n'
    ],
    ['web_identity_token_file', 'web_identity_token_file', `${ROLE}web_identity_token_file = token.jwt\n`],
    ['credential_process', 'credential_process', `credential_process = /bin/sh -c 'touch ${MARKER}; exit 1'\n`],
    ['login', 'login_session', 'login_session = arn:aws:iam::123456789012:user/dev\n']
  ]
  it.each(unsupported)(
    'a %s profile as the source: refused by name and kind, without a call, a process or a stack trace',
    async (kind, holds, section) => {
      const s = scenario('chained-profile-unsupported')
      const p = await playKept({ ...s, runner: { files: { 'aws-config': `[profile dev]\n${section}` } } })
      expect(p.result.exitCode).toBe(1)
      expect(p.result.outputs.diagnosis).toBe('source-profile-unsupported')
      const escaped = kind.replace(/[*/]/g, '\\$&')
      expect(p.result.log).toMatch(
        new RegExp(`The profile dev \\(AWS_PROFILE\\) was not used: ${escaped} profiles get`)
      )
      expect(p.result.log).toContain(`profile kind: ${kind} (it holds ${holds})`)
      expect(p.calls).toEqual([])
      expect(existsSync(join(p.result.workdir, 'workspace', MARKER))).toBe(false)
      expect(`${p.result.log}\n${p.result.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
    }
  )

  it('an SSO profile (the scenario): refused before any call, and use-existing-credentials assumes instead', async () => {
    const s = scenario('chained-profile-unsupported')
    let p = await play(s)
    expectRefused(p, s, Date.now())
    expect(p.calls).toEqual([])
    expect(p.result.log).toMatch(/stage: {3}source/)
    p = await play({ ...s, inputs: { 'use-existing-credentials': 'true' } })
    expect(p.result.exitCode).toBe(0)
    expect(p.result.log).toMatch(
      /use-existing-credentials: the profile dev is a sso_\* profile, not read \(it gets its credentials by IAM Identity Center calls \(network\) with a cached SSO token\); assuming arn:aws:iam::123456789012:role\/deploy\./
    )
    expect(p.calls.map((c) => c.target)).toEqual(['token', 'AssumeRoleWithWebIdentity', 'GetCallerIdentity'])
  })

  it('a denial is not retried', async () => {
    const p = await play(scenario('chained-external-id'))
    expectRefused(p, scenario('chained-external-id'), Date.now())
    expect(p.calls.filter((c) => c.target === 'AssumeRole')).toHaveLength(1)
    expect(p.result.log).not.toMatch(/↻/)
  })
})

describe('use-existing-credentials', () => {
  const base: Scenario = { ...scenario('success'), name: 'existing', inputs: { 'use-existing-credentials': 'true' } }

  it('keeps valid credentials from the environment: verified, nothing assumed, nothing re-exported', async () => {
    const p = await play({ ...base, prepareEnv: (emu) => sourceSessionEnv(emu) })
    expect(p.result.exitCode).toBe(0)
    expect(p.result.log).toMatch(/✔ use-existing-credentials: the credentials in the environment are valid/)
    // the earlier step's AssumeRoleWithWebIdentity, then only this step's verification
    expect(p.calls.map((c) => c.target)).toEqual(['AssumeRoleWithWebIdentity', 'GetCallerIdentity'])
    expect(p.result.env).toEqual({})
    expect(p.result.outputs['aws-account-id']).toBe('123456789012')
  })

  it('"false" means false; without credentials, or outside allowed-account-ids, the role is assumed', async () => {
    let p = await play({ ...base, inputs: { 'use-existing-credentials': 'false' }, prepareEnv: sourceSessionEnv })
    expect(p.calls.filter((c) => c.target === 'AssumeRoleWithWebIdentity')).toHaveLength(2)
    p = await play(base)
    expect(p.result.log).toMatch(/use-existing-credentials: no credentials in the environment; assuming/)
    expect(p.result.env.AWS_ACCESS_KEY_ID).toMatch(/^ASIA/)
    p = await play({
      ...base,
      inputs: { 'use-existing-credentials': 'true', 'allowed-account-ids': '123456789012' },
      prepareEnv: (emu) => {
        emu.world.callerIdentityOverride = { account: '999999999999', arn: 'arn:aws:sts::999999999999:x/y' }
        return sourceSessionEnv(emu)
      }
    })
    expect(p.result.log).toMatch(/their account 999999999999 is not in allowed-account-ids; assuming/)
  })

  describe('[S13] with a restriction it cannot apply', () => {
    it.each([
      ['role-chaining', { 'role-chaining': 'true' }],
      [
        'inline-session-policy',
        {
          'inline-session-policy':
            '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}'
        }
      ],
      ['managed-session-policies', { 'managed-session-policies': 'arn:aws:iam::aws:policy/ReadOnlyAccess' }]
    ])('refuses it with %s before any call: never more power than asked for', async (name, inputs) => {
      const p = await play({
        ...base,
        inputs: { 'use-existing-credentials': 'true', ...inputs },
        prepareEnv: sourceSessionEnv
      })
      expect(p.result.exitCode).toBe(1)
      expect(p.result.outputs.diagnosis).toBe('invalid-input')
      expect(p.result.log).toContain(`Input 'use-existing-credentials': true cannot be combined with ${name}`)
      expect(p.result.outputs['aws-account-id']).toBeUndefined()
      // the earlier step's call only
      expect(p.calls.map((c) => c.target)).toEqual(['AssumeRoleWithWebIdentity'])
    })
  })

  it('[S17] mask-aws-account-id masks the account of the kept credentials before printing it', async () => {
    const p = await play({
      ...base,
      inputs: { 'use-existing-credentials': 'true', 'mask-aws-account-id': 'true' },
      prepareEnv: (emu) => {
        emu.world.callerIdentityOverride = {
          account: '999999999999',
          arn: 'arn:aws:sts::999999999999:assumed-role/elsewhere/s'
        }
        return sourceSessionEnv(emu)
      }
    })
    expect(p.result.exitCode).toBe(0)
    expect(p.result.outputs['aws-account-id']).toBe('999999999999')
    const lines = p.result.log.split('\n')
    const masked = lines.indexOf('::add-mask::999999999999')
    expect(masked).toBeGreaterThanOrEqual(0)
    expect(lines.findIndex((l) => l.includes('999999999999') && !l.startsWith('::add-mask::'))).toBeGreaterThan(masked)
  })
})

describe('[S17] mask-aws-account-id with role-chaining', () => {
  it('masks the source account STS names in its AccessDenied before the diagnosis prints it', async () => {
    const s = scenario('chained-denied')
    const p = await play({ ...s, inputs: { ...s.inputs, 'mask-aws-account-id': 'true' } })
    expect(p.result.outputs.diagnosis).toBe('assume-role-denied')
    const lines = p.result.log.split('\n')
    const masked = lines.indexOf('::add-mask::123456789012')
    expect(masked).toBeGreaterThanOrEqual(0)
    expect(lines.findIndex((l) => l.includes('123456789012') && !l.startsWith('::add-mask::'))).toBeGreaterThan(masked)
  })
})

describe('aws-profile', () => {
  it('writes ~/.aws 0700 with files 0600, exports no env credentials, and the post step removes exactly it', async () => {
    const s = scenario('profile')
    const p = await playKept(s)
    const r = p.result
    expect(r.exitCode).toBe(0)
    for (const re of s.expect) expect(r.log).toMatch(re)
    const [creds] = p.issued
    const aws = join(r.home, '.aws')
    expect(mode(aws)).toBe(0o700)
    expect(mode(join(aws, 'credentials'))).toBe(0o600)
    expect(mode(join(aws, 'config'))).toBe(0o600)
    expect(readFileSync(join(aws, 'credentials'), 'utf8')).toBe(
      `[deploy]\naws_access_key_id = ${creds.accessKeyId}\naws_secret_access_key = ${creds.secretAccessKey}\naws_session_token = ${creds.sessionToken}\n`
    )
    expect(readFileSync(join(aws, 'config'), 'utf8')).toBe('[profile deploy]\nregion = eu-west-1\n')
    expect(r.env).toEqual({})
    expect(r.state.cleanup).not.toContain(creds.secretAccessKey)

    // another profile added by a later step stays; ours goes
    writeFileSync(
      join(aws, 'config'),
      '[profile deploy]\nregion = eu-west-1\n# later step\n[profile other]\nregion = us-east-1'
    )
    const post = await runPost(r, { env: { HOME: r.home } })
    expect(post?.exitCode).toBe(0)
    expect(readFileSync(join(aws, 'credentials'), 'utf8')).toBe('')
    expect(readFileSync(join(aws, 'config'), 'utf8')).toBe('# later step\n[profile other]\nregion = us-east-1')
    expect(post?.log).toMatch(/removed \[deploy\] from .*credentials/)
  })

  it('refuses an existing profile of that name before any network call, unless overwrite-aws-profile', async () => {
    const home = mkdtempSync(join(tmpdir(), 'profile-home-'))
    workdirs.push(home)
    const credentials = join(home, 'credentials')
    writeFileSync(credentials, '# mine\n[deploy]\naws_access_key_id = OLD\n\n[keep]\nx = 1')
    const env = { AWS_SHARED_CREDENTIALS_FILE: credentials, AWS_CONFIG_FILE: join(home, 'config') }
    const s = scenario('profile')
    let p = await playKept({ ...s, env })
    expect(p.result.exitCode).toBe(1)
    expect(p.result.log).toMatch(/Input 'aws-profile': the profile 'deploy' already exists in .*credentials/)
    expect(p.calls).toEqual([])
    p = await playKept({ ...s, env, inputs: { ...s.inputs, 'overwrite-aws-profile': 'true' } })
    expect(p.result.exitCode).toBe(0)
    const written = readFileSync(credentials, 'utf8')
    expect(written).toBe(
      `# mine\n[deploy]\naws_access_key_id = ${p.issued[0].accessKeyId}\naws_secret_access_key = ${p.issued[0].secretAccessKey}\naws_session_token = ${p.issued[0].sessionToken}\n\n[keep]\nx = 1`
    )
  })

  it('the AWS CLI can use the written profile (skipped, saying so, when the CLI is not installed)', async () => {
    const cli = awsCli()
    if (!cli) {
      console.warn('SKIPPED: AWS CLI v2 not installed (apt-get install awscli): the profile was not tried with it')
      return
    }
    const emu = await startEmulator()
    try {
      const r = await runAction({
        inputs: { 'role-to-assume': ROLE_ARN, 'aws-region': 'eu-west-1', 'aws-profile': 'deploy' },
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: emu.tokenRequestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.tokenRequestToken,
          AWS_ENDPOINT_URL_STS: emu.stsEndpoint
        },
        keepWorkdir: true
      })
      workdirs.push(r.workdir)
      expect(r.exitCode).toBe(0)
      // Debian's CLI 2.9 predates AWS_ENDPOINT_URL_STS: the endpoint is given on the command line.
      // Asynchronously: the emulator answers from this process.
      const { stdout: out } = await execFileAsync(
        cli,
        ['sts', 'get-caller-identity', '--profile', 'deploy', '--endpoint-url', emu.stsEndpoint, '--output', 'json'],
        { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: r.home }, timeout: 60_000 }
      )
      expect(JSON.parse(out)).toMatchObject({
        Account: '123456789012',
        Arn: expect.stringMatching(/^arn:aws:sts::123456789012:assumed-role\/deploy\//)
      })
      expect(emu.calls.at(-1)).toMatchObject({
        target: 'GetCallerIdentity',
        status: 200,
        signedByIssuedSession: true,
        region: 'eu-west-1'
      })
    } finally {
      await emu.close()
    }
  })
})

/** The AWS CLI v2 binary, or undefined when it is not installed. */
function awsCli(): string | undefined {
  for (const bin of ['aws', '/usr/bin/aws']) {
    try {
      if (/^aws-cli\/2\./.test(execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: 'pipe' }))) return bin
    } catch {
      // not this one
    }
  }
  return undefined
}

describe('two profiles in one job', () => {
  it('an OIDC step writes profile source; a chained step reads it through AWS_PROFILE and writes profile target', async () => {
    const emu = await startEmulator()
    const home = mkdtempSync(join(tmpdir(), 'chaining-home-'))
    workdirs.push(home)
    try {
      const target = addChainTarget(emu.world, SOURCE_ROLE_ARN)
      const jobEnv = {
        HOME: home,
        ACTIONS_ID_TOKEN_REQUEST_URL: emu.tokenRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.tokenRequestToken,
        AWS_ENDPOINT_URL_STS: emu.stsEndpoint
      }
      const first = await runAction({
        inputs: { 'role-to-assume': ROLE_ARN, 'aws-region': 'eu-west-1', 'aws-profile': 'source' },
        env: jobEnv
      })
      expect(first.exitCode).toBe(0)
      expect(first.env).toEqual({})
      const second = await runAction({
        inputs: {
          'role-to-assume': target,
          'aws-region': 'eu-west-1',
          'role-chaining': 'true',
          'aws-profile': 'target'
        },
        env: { ...jobEnv, AWS_PROFILE: 'source' }
      })
      expect(second.exitCode).toBe(0)
      expect(second.log).toMatch(/chaining from the temporary credentials in profile source/)
      const [source, chained] = emu.sessions()
      expect(emu.calls.find((c) => c.target === 'AssumeRole')).toMatchObject({ accessKeyId: source.accessKeyId })
      const credentials = readFileSync(join(home, '.aws', 'credentials'), 'utf8')
      expect(credentials).toContain(`[source]\naws_access_key_id = ${source.accessKeyId}\n`)
      expect(credentials).toContain(`[target]\naws_access_key_id = ${chained.accessKeyId}\n`)
      expect(readFileSync(join(home, '.aws', 'config'), 'utf8')).toBe(
        '[profile source]\nregion = eu-west-1\n[profile target]\nregion = eu-west-1\n'
      )
      // post steps run in reverse order; each removes only its own profile
      await runPost(second, { env: { HOME: home } })
      expect(readFileSync(join(home, '.aws', 'config'), 'utf8')).toBe('[profile source]\nregion = eu-west-1\n')
      await runPost(first, { env: { HOME: home } })
      expect(readFileSync(join(home, '.aws', 'credentials'), 'utf8')).toBe('')
    } finally {
      await emu.close()
    }
  })
})

describe('post step', () => {
  it('blanks the variables the step exported, for later post steps', async () => {
    const p = await playKept(scenario('success'))
    const post = await runPost(p.result, { env: { HOME: p.result.home } })
    expect(post?.exitCode).toBe(0)
    expect(post?.env).toEqual({
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SESSION_TOKEN: '',
      AWS_REGION: '',
      AWS_DEFAULT_REGION: ''
    })
  })

  it('is skipped when AWS_SKIP_CLEANUP_STEP is true, and does nothing (never fails) after a failed step', async () => {
    const ok = await playKept(scenario('success'))
    expect(await runPost(ok.result, { env: { AWS_SKIP_CLEANUP_STEP: 'true' } })).toBeUndefined()
    const failed = await playKept(scenario('chained-no-source'))
    const post = await runPost(failed.result)
    expect(post?.exitCode).toBe(0)
    expect(post?.env).toEqual({})
    expect(post?.log).toMatch(/Nothing to clean up/)
    expect(existsSync(join(failed.result.home, '.aws'))).toBe(false)
  })
})
