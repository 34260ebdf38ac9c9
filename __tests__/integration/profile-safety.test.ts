// aws-profile through the built dist against the emulator: both files or neither, never inside
// the workspace, headers read as the AWS CLI and the SDKs read them, other bytes kept exactly,
// and only names the SDKs read alike.
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { play, type Played } from '../../emulator/play.js'
import { runPost } from '../../emulator/runner.js'
import { findScenario, type Scenario } from '../../emulator/scenarios.js'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** A HOME of its own, with these files in ~/.aws (latin1 strings: one char per byte). */
function homeWith(files: Record<string, string> = {}): string {
  const home = mkdtempSync(join(tmpdir(), 'profile-home-'))
  dirs.push(home)
  if (Object.keys(files).length > 0) mkdirSync(join(home, '.aws'), { mode: 0o700 })
  for (const [name, text] of Object.entries(files)) writeFileSync(join(home, '.aws', name), text, 'latin1')
  return home
}

const aws = (home: string, name: string) => readFileSync(join(home, '.aws', name), 'latin1')

async function playProfile(
  env: Record<string, string | undefined>,
  inputs: Record<string, string> = {}
): Promise<Played> {
  const s = findScenario('profile') as Scenario
  const p = await play({ ...s, env, inputs: { ...s.inputs, ...inputs } }, { keepWorkdir: true })
  dirs.push(p.result.workdir)
  return p
}

const workspaceFiles = (p: Played): string[] =>
  readdirSync(join(p.result.workdir, 'workspace'), { recursive: true }) as string[]

describe('[S11] aws-profile writes both files or neither', () => {
  it('refuses, before any network call, a config file it cannot write, and writes no credentials', async () => {
    const home = homeWith()
    const p = await playProfile({ HOME: home, AWS_CONFIG_FILE: '/proc/version' })
    expect(p.result.exitCode).toBe(1)
    expect(p.result.outputs.diagnosis).toBe('invalid-input')
    expect(p.result.log).toMatch(
      /\/proc\/version cannot be written \(\w+\), so the profile is not written to either file/
    )
    expect(p.calls).toEqual([])
    expect(existsSync(join(home, '.aws', 'credentials'))).toBe(false)
  })

  it('saves what it writes for the post step, which removes exactly that', async () => {
    const home = homeWith()
    const p = await playProfile({ HOME: home })
    expect(p.result.exitCode).toBe(0)
    expect(JSON.parse(p.result.state.cleanup).sections.map((s: { header: string }) => s.header)).toEqual([
      'deploy',
      'profile deploy'
    ])
    const post = await runPost(p.result, { env: { HOME: home } })
    expect(post?.log).toMatch(/removed \[deploy\] from .*credentials/)
    expect(aws(home, 'credentials')).toBe('')
  })
})

describe('[S14] aws-profile never writes inside the workspace', () => {
  it.each([
    ['empty', ''],
    ['relative', 'home']
  ])('refuses a HOME that is %s, before any network call', async (_, home) => {
    const p = await playProfile({ HOME: home })
    expect(p.result.exitCode).toBe(1)
    expect(p.result.log).toMatch(
      /HOME is (empty|the relative path 'home'), so ~\/\.aws would be written in the working directory/
    )
    expect(p.calls).toEqual([])
    expect(workspaceFiles(p).filter((f) => f.includes('.aws'))).toEqual([])
  })

  it('refuses AWS_SHARED_CREDENTIALS_FILE inside GITHUB_WORKSPACE', async () => {
    const p = await playProfile({ HOME: homeWith(), AWS_SHARED_CREDENTIALS_FILE: 'creds' })
    expect(p.result.outputs.diagnosis).toBe('invalid-input')
    expect(p.result.log).toMatch(/creds is inside GITHUB_WORKSPACE, where later steps may publish it/)
    expect(workspaceFiles(p)).not.toContain('creds')
  })
})

describe('[S15] profile headers as the AWS CLI and the SDKs read them', () => {
  it.each([
    ['[profile "deploy"]', 'deploy'],
    ["[profile 'deploy']", 'deploy'],
    ['[profile   deploy ]', 'deploy'],
    ['[profile default]', 'default']
  ])('sees %s as the profile %s that already exists', async (header, name) => {
    const home = homeWith({ config: `${header}\nrole_arn = arn:aws:iam::111111111111:role/stale\n` })
    const p = await playProfile({ HOME: home }, { 'aws-profile': name })
    expect(p.result.exitCode).toBe(1)
    expect(p.result.log).toContain(`the profile '${name}' already exists in ${join(home, '.aws', 'config')}`)
    expect(p.calls).toEqual([])
  })

  it('leaves a section that neither the AWS CLI nor the SDKs read as the profile: [ profile deploy]', async () => {
    const config = '[ profile deploy]\nrole_arn = arn:aws:iam::111111111111:role/other\n'
    const home = homeWith({ config })
    const p = await playProfile({ HOME: home })
    expect(p.result.exitCode).toBe(0)
    expect(aws(home, 'config')).toBe(`${config}[profile deploy]\nregion = eu-west-1\n`)
  })

  it('refuses to overwrite a profile the SDKs would merge from two sections', async () => {
    const config =
      '[profile deploy]\nregion = us-east-1\n[profile "deploy"]\nrole_arn = arn:aws:iam::111111111111:role/stale\n'
    const home = homeWith({ config })
    const p = await playProfile({ HOME: home }, { 'overwrite-aws-profile': 'true' })
    expect(p.result.exitCode).toBe(1)
    expect(p.result.log).toContain(
      `has 2 sections in ${join(home, '.aws', 'config')} ([profile deploy], [profile "deploy"])`
    )
    expect(aws(home, 'config')).toBe(config)
  })

  it('overwrite replaces the quoted section and leaves a neighbouring "[profile other] prod" section', async () => {
    const home = homeWith({
      config:
        '[profile "deploy"]\nrole_arn = arn:aws:iam::111111111111:role/stale\n[profile other] prod\nregion = eu-north-1\n'
    })
    const p = await playProfile({ HOME: home }, { 'overwrite-aws-profile': 'true' })
    expect(p.result.exitCode).toBe(0)
    expect(aws(home, 'config')).toBe(
      '[profile deploy]\nregion = eu-west-1\n[profile other] prod\nregion = eu-north-1\n'
    )
  })
})

describe('[S15] bytes of other profiles', () => {
  it('are kept byte for byte, also when they are not UTF-8, by the main and the post step', async () => {
    const credentials = '[other]\n# caf\xe9 \xff\xfe\naws_access_key_id = AKIA\xa0X\n'
    const config = '[profile other]\nregion = eu-north-1 ; r\xe9gion\n'
    const home = homeWith({ credentials, config })
    const p = await playProfile({ HOME: home })
    expect(p.result.exitCode).toBe(0)
    expect(aws(home, 'credentials').startsWith(credentials)).toBe(true)
    expect(aws(home, 'config').startsWith(config)).toBe(true)
    await runPost(p.result, { env: { HOME: home } })
    expect(readFileSync(join(home, '.aws', 'credentials'))).toEqual(Buffer.from(credentials, 'latin1'))
    expect(readFileSync(join(home, '.aws', 'config'))).toEqual(Buffer.from(config, 'latin1'))
  })
})

describe('[S19] aws-profile names', () => {
  it.each(['__proto__', 'constructor', 'my profile', '"ci"'])('refuses %s before any network call', async (name) => {
    const p = await playProfile({ HOME: homeWith() }, { 'aws-profile': name })
    expect(p.result.outputs.diagnosis).toBe('invalid-input')
    expect(p.result.log).toContain(`Input 'aws-profile': '${name}' is not allowed`)
    expect(p.calls).toEqual([])
  })
})
