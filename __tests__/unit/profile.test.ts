// aws-profile: the shared files edited one section at a time, every other byte kept.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkProfileWritable, profilePaths, removeWrittenSections, writeProfile } from '../../src/sinks/profile.js'
import type { Credentials } from '../../src/sts/types.js'

const CREDS: Credentials = {
  accessKeyId: 'ASIAEXAMPLEKEY000001',
  secretAccessKey: 'secret/key+0123456789',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE',
  expiration: new Date('2026-11-22T13:00:00Z')
}
const OURS = ['aws_access_key_id = ASIAEXAMPLEKEY000001', 'aws_secret_access_key = secret/key+0123456789']

let home: string
const aws = (f: string) => join(home, '.aws', f)
const read = (f: string) => readFileSync(aws(f), 'utf8')
const mode = (p: string) => statSync(p).mode & 0o777

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'profile-test-'))
})
afterEach(() => rmSync(home, { recursive: true, force: true }))

function seed(credentials: string, config: string): void {
  mkdirSync(join(home, '.aws'), { mode: 0o755, recursive: true })
  writeFileSync(aws('credentials'), credentials, { mode: 0o644 })
  writeFileSync(aws('config'), config, { mode: 0o644 })
}

describe('writeProfile', () => {
  it('creates ~/.aws 0700 and both files 0600 with the profile', () => {
    const written = writeProfile('deploy', CREDS, 'eu-west-1', false, profilePaths({}, home))
    expect(mode(join(home, '.aws'))).toBe(0o700)
    expect(mode(aws('credentials'))).toBe(0o600)
    expect(mode(aws('config'))).toBe(0o600)
    expect(read('credentials')).toBe(`[deploy]\n${OURS.join('\n')}\naws_session_token = IQoJb3JpZ2luX2VjEXAMPLE\n`)
    expect(read('config')).toBe('[profile deploy]\nregion = eu-west-1\n')
    expect(written.map((w) => w.header)).toEqual(['deploy', 'profile deploy'])
    expect(JSON.stringify(written)).not.toContain(CREDS.secretAccessKey)
  })

  it('puts the credentials file back when the config file cannot be written after all', () => {
    seed('[keep]\nx = 1\n', '')
    rmSync(aws('config'))
    const paths = profilePaths({}, home)
    const planned: string[][] = []
    // the config file's place is taken between the check and the write
    const beforeWrite = (sections: { header: string }[]) => {
      planned.push(sections.map((x) => x.header))
      mkdirSync(paths.config)
    }
    expect(() => writeProfile('deploy', CREDS, 'eu-west-1', false, paths, { beforeWrite })).toThrow(
      /config could not be written \(\w+\); nothing of the profile was left on disk/
    )
    expect(planned).toEqual([['deploy', 'profile deploy']])
    expect(read('credentials')).toBe('[keep]\nx = 1\n')
  })

  it('removes a credentials file and ~/.aws it created when the config file cannot be written', () => {
    const paths = profilePaths({}, home)
    const configInBlocker = { ...paths, config: join(home, 'blocker-dir', 'config') }
    // a file where the config file's directory must be created, once the checks have passed
    const sabotage = () => writeFileSync(join(home, 'blocker-dir'), '')
    expect(() => writeProfile('deploy', CREDS, 'eu-west-1', false, configInBlocker, { beforeWrite: sabotage })).toThrow(
      /nothing of the profile was left on disk/
    )
    expect(() => statSync(join(home, '.aws'))).toThrow()
  })

  it('names the default profile [default] in the config file', () => {
    writeProfile('default', CREDS, 'eu-west-1', false, profilePaths({}, home))
    expect(read('config')).toBe('[default]\nregion = eu-west-1\n')
  })

  it('honours AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE', () => {
    const env = { AWS_SHARED_CREDENTIALS_FILE: join(home, 'c', 'creds'), AWS_CONFIG_FILE: join(home, 'c', 'conf') }
    writeProfile('deploy', CREDS, 'eu-west-1', false, profilePaths(env, home))
    expect(readFileSync(env.AWS_SHARED_CREDENTIALS_FILE, 'utf8')).toContain('[deploy]\n')
    expect(readFileSync(env.AWS_CONFIG_FILE, 'utf8')).toBe('[profile deploy]\nregion = eu-west-1\n')
    expect(mode(env.AWS_CONFIG_FILE)).toBe(0o600)
  })

  it('appends to files with comments, odd spacing, CRLF and no final newline, changing no existing byte', () => {
    const credentials = '# mine\r\n[ other ]\r\naws_access_key_id=AKIAOTHER\r\n  ; indented comment\r\n'
    const config = '[default]\nregion=us-east-1\n\n[profile   other]\n  output = json'
    seed(credentials, config)
    writeProfile('deploy', CREDS, 'eu-west-1', false, profilePaths({}, home))
    expect(read('credentials').startsWith(credentials)).toBe(true)
    expect(read('credentials').slice(credentials.length)).toBe(
      `[deploy]\r\n${OURS.join('\r\n')}\r\naws_session_token = IQoJb3JpZ2luX2VjEXAMPLE\r\n`
    )
    expect(read('config')).toBe(`${config}\n[profile deploy]\nregion = eu-west-1\n`)
    expect(mode(aws('credentials'))).toBe(0o600)
  })

  it('refuses an existing profile without overwrite-aws-profile, in either file, changing nothing', () => {
    seed('[deploy]\naws_access_key_id = OLD\n', '')
    expect(() => writeProfile('deploy', CREDS, 'eu-west-1', false, profilePaths({}, home))).toThrow(
      /Input 'aws-profile': the profile 'deploy' already exists in .*credentials\. Allowed: .*overwrite-aws-profile: true/
    )
    seed('', '# c\n[profile  deploy ]\nregion = us-east-1\n')
    expect(() => checkProfileWritable('deploy', false, profilePaths({}, home))).toThrow(/already exists in .*config/)
    expect(read('config')).toBe('# c\n[profile  deploy ]\nregion = us-east-1\n')
  })

  it('with overwrite-aws-profile replaces only that section, byte for byte around it', () => {
    const head = '[a]\r\naws_access_key_id = A\r\n\r\n'
    const tail = '\r\n# about b\r\n[b]\r\naws_access_key_id = B'
    seed(`${head}[deploy]\r\naws_access_key_id = OLD\r\nfoo = bar\r\n${tail}`, '[profile deploy]\nregion = us-east-1')
    writeProfile('deploy', CREDS, 'eu-west-1', true, profilePaths({}, home))
    expect(read('credentials')).toBe(
      `${head}[deploy]\r\n${OURS.join('\r\n')}\r\naws_session_token = IQoJb3JpZ2luX2VjEXAMPLE\r\n${tail}`
    )
    expect(read('config')).toBe('[profile deploy]\nregion = eu-west-1')
  })

  it('refuses symbolic links: the files and the directory', () => {
    mkdirSync(join(home, 'elsewhere'))
    mkdirSync(join(home, '.aws'))
    writeFileSync(join(home, 'elsewhere', 'credentials'), '')
    symlinkSync(join(home, 'elsewhere', 'credentials'), aws('credentials'))
    expect(() => writeProfile('deploy', CREDS, 'eu-west-1', false, profilePaths({}, home))).toThrow(
      /credentials is a symbolic link/
    )
    expect(readFileSync(join(home, 'elsewhere', 'credentials'), 'utf8')).toBe('')
    const linkedHome = mkdtempSync(join(tmpdir(), 'profile-test-link-'))
    try {
      symlinkSync(join(home, 'elsewhere'), join(linkedHome, '.aws'))
      expect(() => writeProfile('deploy', CREDS, 'eu-west-1', false, profilePaths({}, linkedHome))).toThrow(
        /\.aws is a symbolic link/
      )
    } finally {
      rmSync(linkedHome, { recursive: true, force: true })
    }
  })
})

describe('removeWrittenSections', () => {
  it('restores the files to their bytes before the write', () => {
    const credentials = '# mine\r\n[other]\r\naws_access_key_id = X\r\n'
    const config = '[default]\nregion = us-east-1\n'
    seed(credentials, config)
    const written = writeProfile('deploy', CREDS, 'eu-west-1', false, profilePaths({}, home))
    expect(removeWrittenSections(written)).toEqual([
      `removed [deploy] from ${aws('credentials')}`,
      `removed [profile deploy] from ${aws('config')}`
    ])
    expect(read('credentials')).toBe(credentials)
    expect(read('config')).toBe(config)
  })

  it('leaves a section that changed since, and never throws', () => {
    const written = writeProfile('deploy', CREDS, 'eu-west-1', false, profilePaths({}, home))
    writeFileSync(aws('config'), '[profile deploy]\nregion = us-west-2\n')
    rmSync(aws('credentials'))
    const lines = removeWrittenSections(written)
    expect(lines[0]).toMatch(/^\[deploy\] is not in .*credentials: nothing to remove$/)
    expect(lines[1]).toMatch(/^left \[profile deploy\] in .*: it changed after this action wrote it$/)
    expect(read('config')).toBe('[profile deploy]\nregion = us-west-2\n')
  })
})
