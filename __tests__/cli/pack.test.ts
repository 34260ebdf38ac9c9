// `npx aws-oidc-credentials@<version>` from the packed package: npm pack, install the tarball
// globally into an empty prefix with no network (the bundle has no runtime dependencies, and
// neither Node 24 nor local-action comes along), check what lands on disk, and run the command
// by its shebang under each Node at hand (Node 24, the Node running the tests, CLI_TEST_NODE).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { lstatSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { node24Path, repoRoot } from '../../emulator/node24.js'
import { readRepoFile } from '../docs/markdown.js'
import { CLI_NODE, policyWith, pushClaims } from './bin.js'

const pkg = JSON.parse(readRepoFile('package.json')) as { name: string; version: string }
/** What a user may download and keep for a command-line tool: "a few MB". */
const MAX_INSTALLED_BYTES = 5 * 1024 * 1024

let dir = ''
let tarball = ''
/** the paths npm packed */
let packed: string[] = []
// the command's shebang (and npm's) finds whichever `node` PATH names first
const withNode = (node: string) => ({ ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` })
const npm = (args: string[], cwd: string, node = node24Path()) => {
  const r = spawnSync('npm', args, { cwd, env: withNode(node), encoding: 'utf8', timeout: 60_000 })
  if (r.status !== 0) throw new Error(`npm ${args[0]} failed: ${r.stderr}`)
  return r
}

/** Bytes of the files under `path`, without following links (du's apparent size). */
function bytesUnder(path: string): number {
  const st = lstatSync(path)
  if (!st.isDirectory()) return st.size
  return readdirSync(path).reduce((sum, name) => sum + bytesUnder(join(path, name)), 0)
}

const nodes = [...new Set([node24Path(), process.execPath, CLI_NODE])]
/** node -> the prefix its npm installed the tarball into, and what npm said */
const installs = new Map<string, { prefix: string; stderr: string }>()

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pack-'))
  const [made] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], repoRoot).stdout) as {
    filename: string
    files: { path: string }[]
  }[]
  tarball = join(dir, made.filename)
  packed = made.files.map((f) => f.path)
  // exactly what the user did: a global install, which ignores --omit=optional
  nodes.forEach((node, i) => {
    const prefix = join(dir, `prefix-${i}`)
    const r = npm(['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], dir, node)
    installs.set(node, { prefix, stderr: r.stderr })
  })
}, 120_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const run = (node: string, args: string[], files: Record<string, string> = {}) => {
  const cwd = mkdtempSync(join(dir, 'cwd-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(cwd, name), content)
  const bin = join(installs.get(node)!.prefix, 'bin', 'aws-oidc-credentials')
  return spawnSync(bin, args, { cwd, env: withNode(node), encoding: 'utf8', timeout: 20_000 })
}

describe('the packed package', () => {
  it('holds the bundles and docs, not the sources or tests', () => {
    expect(packed).toEqual(expect.arrayContaining(['dist/index.js', 'dist/cli/index.js', 'action.yml', 'README.md']))
    expect(packed.filter((f) => /^(src|__tests__|emulator|scripts|bench)\//.test(f))).toEqual([])
  })

  it('is publishable: not private, no runtime dependencies, provenance on publish', () => {
    const manifest = JSON.parse(readRepoFile('package.json')) as Record<string, unknown>
    expect(manifest.private).toBeUndefined()
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.optionalDependencies).toBeUndefined()
    expect(manifest.publishConfig).toMatchObject({ provenance: true, access: 'public' })
  })

  it('installs offline into an empty prefix as the package alone, a few MB in all', () => {
    const { prefix } = installs.get(node24Path())!
    const installed = join(prefix, 'lib', 'node_modules')
    expect(readdirSync(installed).filter((d) => !d.startsWith('.'))).toEqual([pkg.name])
    expect(readdirSync(join(installed, pkg.name))).not.toContain('node_modules')
    const bytes = bytesUnder(prefix)
    expect({ bytes, atMost: bytes <= MAX_INSTALLED_BYTES }).toEqual({ bytes, atMost: true })
  })

  describe.each(nodes)('installed and run with %s', (node) => {
    it('installs without an engine warning', () => {
      expect(installs.get(node)!.stderr).not.toMatch(/EBADENGINE/)
    })

    it('prints its version', () => {
      const r = run(node, ['--version'])
      expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
        status: 0,
        stdout: `${pkg.version}\n`,
        stderr: ''
      })
    })

    it('explains a denial: exit 1, the failing condition', () => {
      const policy = policyWith({
        StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:ref:refs/heads/main' }
      })
      const claims = pushClaims({ sub: 'repo:octo-org/octo-repo:pull_request', event_name: 'pull_request' })
      const r = run(node, ['explain', '--claims', 'claims.json', '--trust-policy', 'policy.json'], {
        'claims.json': JSON.stringify(claims),
        'policy.json': JSON.stringify(policy)
      })
      expect(r.stderr).toBe('')
      expect(r.status).toBe(1)
      expect(r.stdout).toMatch(/^Trust policy DENIES/)
      expect(r.stdout).toContain('got repo:octo-org/octo-repo:pull_request')
    })

    it('answers sub', () => {
      const r = run(node, ['sub', '--repo', 'octo-org/octo-repo', '--event', 'pull_request'])
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      expect(r.stdout.split('\n')[0]).toBe('repo:octo-org/octo-repo:pull_request')
    })
  })
})
