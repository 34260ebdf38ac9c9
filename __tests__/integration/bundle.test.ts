// What the build ships and what the plain OIDC path loads of it (issue 10). Wall time is
// measured by `npm run bench`, never here.
import { CATALOGUE } from '../../src/diagnosis/catalogue.js'
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { node24Path, repoRoot } from '../../emulator/node24.js'
import { play } from '../../emulator/play.js'
import { runPost } from '../../emulator/runner.js'
import { findScenario } from '../../emulator/scenarios.js'
import { defaultProvider } from '../../src/bundle/credential-provider-node.js'
import { exec, getExecOutput } from '../../src/bundle/exec.js'
import {
  fromContainerMetadata,
  fromHttp,
  fromInstanceMetadata,
  fromLoginCredentials,
  fromProcess,
  fromSSO,
  fromTokenFile,
  getDefaultRoleAssumer
} from '../../src/bundle/profile-providers.js'
import { ProxyAgent } from '../../src/bundle/undici.js'
import { ENTRY_GLOBAL } from '../../src/entry.js'

const dist = join(repoRoot, 'dist')

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return jsFiles(p)
    return /\.[cm]?js$/.test(e.name) ? [p] : []
  })
}

const read = (files: string[]): string => files.map((f) => readFileSync(f, 'utf8')).join('\n')
const bytes = (files: string[]): number => files.reduce((sum, f) => sum + statSync(f).size, 0)

/** What a process loaded, from Node's module debug log (its stderr): dist files and built-in modules. */
function loaded(stderr: string): { files: string[]; builtins: string[] } {
  const files = new Set(stderr.match(new RegExp(`${dist}/[\\w./-]+\\.js`, 'g')))
  const builtins = new Set([...stderr.matchAll(/Module\._load REQUEST (?:node:)?([\w/]+) parent/g)].map((m) => m[1]))
  return { files: [...files], builtins: [...builtins] }
}

/** What a run of the scenario loads. */
async function loadedBy(scenario: string): Promise<{ files: string[]; builtins: string[] }> {
  const s = findScenario(scenario)!
  const { result } = await play({ ...s, env: { ...s.env, NODE_DEBUG: 'module' } })
  expect(result.exitCode).toBe(s.code === 'success' ? 0 : 1)
  return loaded(result.stderr)
}

// Text only one chunk of the bundle holds: the action's pipeline (src/pipeline/run.ts), the SDK (its
// signer), the post step and the CLI.
const PIPELINE = 'chaining from the temporary credentials'
const SDK = 'SignatureV4'
const POST = 'Nothing to clean up'
const CLI = 'Usage: aws-oidc-credentials'

/** The chunk (dist/NNN.index.js) that holds this text. */
function chunkHolding(text: string): string {
  const found = jsFiles(dist).filter((f) => /\/\d+\.index\.js$/.test(f) && readFileSync(f, 'utf8').includes(text))
  expect(found).toHaveLength(1)
  return found[0]
}

describe('dist/', () => {
  it('is CommonJS, whatever the repository package.json says', () => {
    expect(JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' })
    expect(readFileSync(join(dist, 'index.js'), 'utf8')).not.toMatch(/^import |^export /m)
  })

  // The budget that matters for start-up is what each path loads (below). All of dist/ grew past
  // 1.0 MB with programs a run of the action never loads: audit and credential-process.
  it('holds at most 1.1 MB of JavaScript in all', () => {
    expect(bytes(jsFiles(dist))).toBeLessThanOrEqual(1_100_000)
  })

  it('the post step and the CLI are stubs that run their entry of the one bundle, dist/index.js', () => {
    const post = readFileSync(join(dist, 'post', 'index.js'), 'utf8')
    const bin = readFileSync(join(dist, 'cli', 'index.js'), 'utf8')
    for (const [stub, entry] of [
      [post, 'post'],
      [bin, 'cli']
    ]) {
      expect(stub).toContain(`globalThis[Symbol.for('${ENTRY_GLOBAL}')] = '${entry}'\nrequire('../index.js')\n`)
      expect(stub.length).toBeLessThan(500)
    }
    // an installed command runs by its shebang
    expect(bin.startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(statSync(join(dist, 'cli', 'index.js')).mode & 0o777).toBe(0o755)
    for (const dir of ['post', 'cli']) {
      expect(JSON.parse(readFileSync(join(dist, dir, 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' })
    }
  })

  it('the post step loads its stub, dist/index.js and what it shares with the action: not the pipeline, SDK or CLI', async () => {
    const s = findScenario('success')!
    const main = await play(s, { keepWorkdir: true })
    try {
      const post = await runPost(main.result, { env: { HOME: main.result.home, NODE_DEBUG: 'module' } })
      expect(post?.exitCode).toBe(0)
      expect(post?.log).toMatch(/Blanked AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN/)
      const { files } = loaded(post!.stderr)
      expect(files).toEqual(
        expect.arrayContaining([
          join(dist, 'post', 'index.js'),
          join(dist, 'index.js'),
          chunkHolding('Nothing to clean up')
        ])
      )
      for (const other of [PIPELINE, SDK, CLI]) expect(files).not.toContain(chunkHolding(other))
      // it was one bundle of 0.10 MB of its own
      expect(bytes(files)).toBeLessThanOrEqual(150_000)
    } finally {
      rmSync(main.result.workdir, { recursive: true, force: true })
    }
  })

  it('the CLI loads its stub, dist/index.js and what it shares with the action: not the pipeline or SDK', () => {
    const r = spawnSync(node24Path(), [join(dist, 'cli', 'index.js'), '--help'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_DEBUG: 'module' }
    })
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Usage: aws-oidc-credentials <command>/)
    const { files } = loaded(r.stderr)
    expect(files).toEqual(
      expect.arrayContaining([join(dist, 'cli', 'index.js'), join(dist, 'index.js'), chunkHolding(CLI)])
    )
    for (const other of [PIPELINE, SDK, POST]) expect(files).not.toContain(chunkHolding(other))
  })

  it('holds neither undici, Octokit nor @actions/exec', () => {
    const text = read(jsFiles(dist))
    expect(text).not.toContain('UND_ERR_CONNECT_TIMEOUT') // undici's errors
    expect(text).not.toContain('octokit-core.js') // @octokit/core's user agent
    expect(text).not.toContain('Unable to locate executable file') // @actions/io's which()
    expect(text).not.toContain('ToolRunner') // @actions/exec
  })

  it('the plain OIDC path loads at most 0.75 MB of it, without the credential providers', async () => {
    const { files, builtins } = await loadedBy('success')
    expect(files).toContain(join(dist, 'index.js'))
    const text = read(files)
    expect(text).not.toContain('@aws-sdk/credential-provider-ini - fromIni') // role chaining's profile reader
    expect(text).not.toContain('AWS_CONTAINER_CREDENTIALS_FULL_URI') // the container provider
    expect(bytes(files)).toBeLessThanOrEqual(750_000)
    // the post step's and the CLI's chunks of the one bundle stay out
    for (const other of [POST, CLI]) expect(files).not.toContain(chunkHolding(other))
    expect(builtins).toContain('https')
    expect(builtins).not.toContain('child_process') // @actions/exec, behind core.platform
    expect(builtins).not.toContain('http2') // the SDK's HTTP/2 handler
    expect(builtins).not.toContain('assert') // tunnel's, needed behind a proxy only
  })

  it("holds none of the providers role chaining refuses to run (a profile's network or process kinds)", () => {
    const text = read(jsFiles(dist))
    expect(text).toContain('@aws-sdk/credential-provider-ini - fromIni') // the profile reader itself stays
    for (const provider of [
      '@aws-sdk/credential-provider-sso - fromSSO',
      '@aws-sdk/credential-provider-process - fromProcess',
      '@aws-sdk/credential-provider-web-identity - fromTokenFile',
      '@aws-sdk/credential-provider-http - fromHttp',
      'LoginCredentialsFetcher', // @aws-sdk/credential-provider-login
      'AWS SDK Instance Metadata', // @smithy/credential-provider-imds
      'AWS_CONTAINER_CREDENTIALS_FULL_URI', // the container provider
      'getDefaultRoleAssumerWithWebIdentity', // @aws-sdk/nested-clients/sts
      'GetRoleCredentials' // @aws-sdk/nested-clients/sso
    ]) {
      expect({ provider, bundled: text.includes(provider) }).toEqual({ provider, bundled: false })
    }
  })

  it("a run that succeeds loads neither the diagnosis code nor the catalogue's text", async () => {
    const { files } = await loadedBy('success')
    const text = read(files)
    expect(text).not.toMatch(/^function classify\(/m)
    // every title and meaning of the catalogue stays in chunks a success never loads
    const catalogueText = Object.values(CATALOGUE).flatMap((e) => [e.title, e.meaning])
    expect(catalogueText.filter((t) => text.includes(JSON.stringify(t).slice(1, -1)))).toEqual([])
  })

  it('a step refused at its inputs loads the entry and the diagnosis code, not the SDK or an HTTP client', async () => {
    const { files, builtins } = await loadedBy('invalid-input')
    expect(files).toContain(join(dist, 'index.js'))
    const text = read(files)
    expect(text).toMatch(/^function classify\(/m)
    expect(text).not.toMatch(/^class STSClient /m)
    for (const m of ['http', 'https', 'tls', 'net']) expect(builtins).not.toContain(m)
  })
})

describe('bundle stand-ins', () => {
  it('tunnel loads the real module at the first tunnel and returns its agent', () => {
    const tunnel = createRequire(import.meta.url)('../../src/bundle/tunnel.cjs') as Record<
      string,
      (o: object) => unknown
    >
    for (const kind of ['httpOverHttp', 'httpsOverHttp', 'httpOverHttps', 'httpsOverHttps']) {
      const agent = tunnel[kind]({ proxy: { host: '127.0.0.1', port: 3128 } }) as { proxyOptions?: { port: number } }
      expect(agent.constructor.name).toBe('TunnelingAgent')
      expect(agent.proxyOptions?.port).toBe(3128)
    }
  })

  it('undici ProxyAgent fails loudly instead of building a dispatcher', () => {
    expect(() => new ProxyAgent()).toThrow(/undici is not bundled.*getAgentDispatcher/)
  })

  it('@actions/exec refuses to run a command instead of starting a process', async () => {
    await expect(getExecOutput('lsb_release', ['-i'])).rejects.toThrow(
      /@actions\/exec is not bundled with this action: it cannot run "lsb_release"/
    )
    await expect(exec('sw_vers')).rejects.toThrow(/cannot run "sw_vers".*core\.platform\.getDetails\(\)/)
  })

  it.each([
    [
      getDefaultRoleAssumer,
      'role_arn/source_profile',
      "an sts:AssumeRole call \\(network\\) signed with another profile's"
    ],
    [fromHttp, 'credential_source', 'a request to the container or EC2 instance metadata endpoint'],
    [fromContainerMetadata, 'credential_source', 'a request to the container or EC2 instance metadata endpoint'],
    [fromInstanceMetadata, 'credential_source', 'a request to the container or EC2 instance metadata endpoint'],
    [fromTokenFile, 'web_identity_token_file', 'an sts:AssumeRoleWithWebIdentity call'],
    [fromProcess, 'credential_process', 'starting a process'],
    [fromSSO, 'sso_\\*', 'IAM Identity Center calls'],
    [fromLoginCredentials, 'login', 'AWS sign-in calls']
  ])('the %p stand-in refuses its profile kind, saying which and why', (provider, kind, by) => {
    expect(() => provider()).toThrow(
      new RegExp(
        `^role-chaining does not run ${kind} profiles \\(\\S+ is not bundled\\): ${kind} profiles get their credentials by ${by}.*locally only`
      )
    )
  })

  it('the ambient credential chain refuses to resolve credentials', async () => {
    await expect(defaultProvider()()).rejects.toThrow(/No credentials were given for this STS call/)
  })
})
