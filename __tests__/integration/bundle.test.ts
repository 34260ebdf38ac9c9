// What the build ships: CommonJS bundles without the code the action never runs (issue 10).
// Wall time is measured by `npm run bench`, not here.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../../emulator/node24.js'
import { defaultProvider } from '../../src/bundle/credential-provider-node.js'
import { ProxyAgent } from '../../src/bundle/undici.js'

const dist = join(repoRoot, 'dist')

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return jsFiles(p)
    return /\.[cm]?js$/.test(e.name) ? [p] : []
  })
}

describe('dist/', () => {
  const files = jsFiles(dist)
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n')

  it('is CommonJS, whatever the repository package.json says', () => {
    expect(JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' })
    expect(readFileSync(join(dist, 'index.js'), 'utf8')).not.toMatch(/^import |^export /m)
  })

  it('holds at most 1.0 MB of JavaScript', () => {
    const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0)
    expect(bytes).toBeLessThanOrEqual(1_000_000)
  })

  it('leaves out undici, the ambient credential chain and Octokit', () => {
    expect(text).not.toContain('UND_ERR_CONNECT_TIMEOUT') // undici's errors
    expect(text).not.toContain('sso_start_url') // the SSO / ini credential providers
    expect(text).not.toContain('AWS_CONTAINER_CREDENTIALS_FULL_URI') // the container provider
    expect(text).not.toContain('octokit-core.js') // @octokit/core's user agent
  })
})

describe('bundle stand-ins', () => {
  it('undici ProxyAgent fails loudly instead of building a dispatcher', () => {
    expect(() => new ProxyAgent()).toThrow(/undici is not bundled.*getAgentDispatcher/)
  })

  it('the ambient credential chain refuses to resolve credentials', async () => {
    await expect(defaultProvider()()).rejects.toThrow(/No credentials were given for this STS call/)
  })
})
