// Self-hosted runners behind a proxy: STS calls honour HTTP(S)_PROXY and NO_PROXY like the
// runner's own HTTP client. The "proxy" here is a CONNECT proxy on loopback that maps the
// made-up host https://sts.proxied.test to the emulator, ending the TLS itself with a
// certificate the action trusts through NODE_EXTRA_CA_CERTS (plain http goes only to loopback).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TLSSocket } from 'node:tls'
import { runAction } from '../../emulator/runner.js'
import { ROLE_ARN } from '../../emulator/scenarios.js'
import { startEmulator, type Emulator } from '../../emulator/server.js'

let emu: Emulator
let proxy: Server
let proxyPort: number
const tunnels: { target: string; auth?: string }[] = []
const sockets = new Set<Socket>()
const certDir = mkdtempSync(join(tmpdir(), 'proxy-cert-'))
const certFile = join(certDir, 'cert.pem')

/** A self-signed certificate for sts.proxied.test, which the proxy presents inside the tunnel. */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const keyFile = join(certDir, 'key.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=sts.proxied.test',
      '-addext',
      'subjectAltName=DNS:sts.proxied.test',
      '-keyout',
      keyFile,
      '-out',
      certFile
    ],
    { stdio: 'ignore' }
  )
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) }
}

beforeAll(async () => {
  const tls = makeCertificate()
  emu = await startEmulator()
  const emuPort = new URL(emu.stsEndpoint).port
  proxy = createServer((_req, res) => res.writeHead(405).end())
  proxy.on('connect', (req, client: Socket) => {
    tunnels.push({ target: req.url ?? '', auth: req.headers['proxy-authorization'] })
    sockets.add(client)
    const upstream = connect(Number(emuPort), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      const secure = new TLSSocket(client, { isServer: true, ...tls })
      secure.on('error', () => upstream.destroy())
      upstream.pipe(secure)
      secure.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  proxyPort = (proxy.address() as AddressInfo).port
})

afterAll(async () => {
  for (const s of sockets) s.destroy()
  await new Promise((resolve) => proxy.close(resolve))
  await emu.close()
  rmSync(certDir, { recursive: true, force: true })
})

const run = (extraEnv: Record<string, string>, extraInputs: Record<string, string> = {}) =>
  runAction({
    inputs: { 'role-to-assume': ROLE_ARN, 'aws-region': 'eu-west-1', 'retry-max-attempts': '1', ...extraInputs },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: emu.tokenRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.tokenRequestToken,
      AWS_ENDPOINT_URL_STS: `https://sts.proxied.test:${new URL(emu.stsEndpoint).port}/`,
      NODE_EXTRA_CA_CERTS: certFile,
      ...extraEnv
    }
  })

describe('proxy', () => {
  it('sends both STS calls through HTTPS_PROXY, with its credentials kept out of the log', async () => {
    tunnels.length = 0
    const r = await run({ HTTPS_PROXY: `http://ci-user:s3cret-pass@127.0.0.1:${proxyPort}` })
    expect(r.exitCode).toBe(0)
    expect(tunnels.map((t) => t.target)).toEqual(Array(2).fill(`sts.proxied.test:${new URL(emu.stsEndpoint).port}`))
    expect(tunnels[0].auth).toBe(`Basic ${Buffer.from('ci-user:s3cret-pass').toString('base64')}`)
    expect(r.log).toContain(`STS calls go through the proxy http://127.0.0.1:${proxyPort}`)
    expect(r.log).not.toContain('s3cret-pass')
    expect(r.env.AWS_SESSION_TOKEN).toBeDefined()
  })

  it('bypasses the proxy for NO_PROXY hosts (and says the host cannot be resolved)', async () => {
    tunnels.length = 0
    const r = await run({ HTTPS_PROXY: `http://127.0.0.1:${proxyPort}`, NO_PROXY: 'sts.proxied.test' })
    expect(tunnels).toEqual([])
    expect(r.exitCode).toBe(1)
    expect(r.outputs.diagnosis).toBe('network-error')
    expect(r.log).toMatch(/AWS STS could not be reached \(ENOTFOUND\)/)
    expect(r.log).toMatch(/proxy: none \(no HTTPS_PROXY\/HTTP_PROXY applies to the endpoint\)/)
  })

  it('sends both STS calls through the http-proxy input, in place of the variables, keeping its password out', async () => {
    tunnels.length = 0
    const r = await run(
      { HTTPS_PROXY: 'http://127.0.0.1:9/', HTTP_PROXY: 'http://127.0.0.1:9/' },
      { 'http-proxy': `http://ci-user:in-put-pass@127.0.0.1:${proxyPort}` }
    )
    expect(r.exitCode).toBe(0)
    expect(tunnels.map((t) => t.target)).toEqual(Array(2).fill(`sts.proxied.test:${new URL(emu.stsEndpoint).port}`))
    expect(tunnels[0].auth).toBe(`Basic ${Buffer.from('ci-user:in-put-pass').toString('base64')}`)
    expect(r.log).toContain(`STS calls go through the proxy http://127.0.0.1:${proxyPort}`)
    expect(r.log).not.toContain('in-put-pass')
  })

  it('bypasses the http-proxy input for the no-proxy input hosts', async () => {
    tunnels.length = 0
    const r = await run({}, { 'http-proxy': `http://127.0.0.1:${proxyPort}`, 'no-proxy': '.proxied.test' })
    expect(tunnels).toEqual([])
    expect(r.outputs.diagnosis).toBe('network-error')
    expect(r.log).toMatch(/AWS STS could not be reached \(ENOTFOUND\)/)
  })
})

describe('[S12] the STS endpoint', () => {
  it('refuses plain http to any host but loopback before any network call, naming the variable', async () => {
    tunnels.length = 0
    const calls = emu.calls.length
    const r = await run({
      AWS_ENDPOINT_URL_STS: `http://sts.proxied.test:${new URL(emu.stsEndpoint).port}/`,
      HTTP_PROXY: `http://127.0.0.1:${proxyPort}`
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.diagnosis).toBe('invalid-input')
    expect(r.log).toContain('The variable AWS_ENDPOINT_URL_STS (http://sts.proxied.test:')
    expect(r.log).toContain('unencrypted over plain http')
    expect(emu.calls.length).toBe(calls)
    expect(tunnels).toEqual([])
  })

  it('never requests the ID token over plain http from another machine', async () => {
    const calls = emu.calls.length
    const r = await run({ ACTIONS_ID_TOKEN_REQUEST_URL: 'http://actions.example.test/_apis/token?api-version=2.0' })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.diagnosis).toBe('id-token-request-failed')
    expect(r.log).toContain(
      'ACTIONS_ID_TOKEN_REQUEST_URL (http://actions.example.test/_apis/token) is plain http to another machine'
    )
    expect(r.log).not.toContain('↻')
    expect(emu.calls.length).toBe(calls)
  })

  it('refuses an http:// sts-endpoint input to another host', async () => {
    const r = await run({}, { 'sts-endpoint': 'http://sts.eu-west-1.amazonaws.com' })
    expect(r.outputs.diagnosis).toBe('invalid-input')
    expect(r.log).toContain("Input 'sts-endpoint' (http://sts.eu-west-1.amazonaws.com/) would send the ID token")
  })

  it("[S16] never prints an endpoint's userinfo or query: not in the debug line, the evidence or the job summary", async () => {
    const r = await runAction({
      inputs: {
        'role-to-assume': ROLE_ARN,
        'aws-region': 'eu-west-1',
        'retry-max-attempts': '1',
        'sts-endpoint': 'http://ci-user:end-point-pass@127.0.0.1:9/sts?X-Token=query-secret'
      },
      debug: true,
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: emu.tokenRequestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.tokenRequestToken }
    })
    expect(r.outputs.diagnosis).toBe('network-error')
    expect(r.log).toContain('STS endpoint: http://127.0.0.1:9/sts')
    for (const printed of [r.log, r.summary]) {
      expect(printed).not.toContain('end-point-pass')
      expect(printed).not.toContain('query-secret')
      expect(printed).not.toContain('ci-user')
    }
    expect(r.summary).toContain('network-error')
  })

  it('logs the endpoint the calls went to and where it came from', async () => {
    const r = await runAction({
      inputs: { 'role-to-assume': ROLE_ARN, 'aws-region': 'eu-west-1', 'retry-max-attempts': '1' },
      debug: true,
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: emu.tokenRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.tokenRequestToken,
        AWS_ENDPOINT_URL: emu.stsEndpoint
      }
    })
    expect(r.exitCode).toBe(0)
    expect(r.log).toContain(`STS endpoint: ${emu.stsEndpoint} (from AWS_ENDPOINT_URL)`)
  })

  it("never sends the token to a shared config file's endpoint_url: the calls go to the default the log names", async () => {
    tunnels.length = 0
    const configFile = join(certDir, 'config')
    writeFileSync(
      configFile,
      `[default]\nendpoint_url = ${emu.stsEndpoint}\nservices = s\n[services s]\nsts =\n  endpoint_url = ${emu.stsEndpoint}\n`
    )
    const before = emu.calls.length
    const r = await runAction({
      inputs: { 'role-to-assume': ROLE_ARN, 'aws-region': 'eu-west-1', 'retry-max-attempts': '1' },
      debug: true,
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: emu.tokenRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.tokenRequestToken,
        AWS_CONFIG_FILE: configFile,
        HTTPS_PROXY: `http://127.0.0.1:${proxyPort}`
      }
    })
    expect(r.exitCode).toBe(1)
    expect(r.log).toContain(
      `STS endpoint: https://sts.eu-west-1.amazonaws.com/ (from the SDK's default for the region) via http://127.0.0.1:${proxyPort}`
    )
    expect(tunnels.map((t) => t.target)).toEqual(['sts.eu-west-1.amazonaws.com:443'])
    // the emulator saw the token request only: no STS call reached the configured endpoint_url
    expect(emu.calls.slice(before).map((c) => c.target)).toEqual(['token'])
  })
})
