// Self-hosted runners behind a proxy: STS calls honour HTTP(S)_PROXY and NO_PROXY like the
// runner's own HTTP client. The "proxy" here is a CONNECT proxy on loopback that maps the
// made-up host sts.proxied.test to the emulator.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { runAction } from '../../emulator/runner.js'
import { ROLE_ARN } from '../../emulator/scenarios.js'
import { startEmulator, type Emulator } from '../../emulator/server.js'

let emu: Emulator
let proxy: Server
let proxyPort: number
const tunnels: { target: string; auth?: string }[] = []
const sockets = new Set<Socket>()

beforeAll(async () => {
  emu = await startEmulator()
  const emuPort = new URL(emu.stsEndpoint).port
  proxy = createServer((_req, res) => res.writeHead(405).end())
  proxy.on('connect', (req, client: Socket) => {
    tunnels.push({ target: req.url ?? '', auth: req.headers['proxy-authorization'] })
    sockets.add(client)
    const upstream = connect(Number(emuPort), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
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
})

const run = (extraEnv: Record<string, string>, extraInputs: Record<string, string> = {}) =>
  runAction({
    inputs: { 'role-to-assume': ROLE_ARN, 'aws-region': 'eu-west-1', 'retry-max-attempts': '1', ...extraInputs },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: emu.tokenRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.tokenRequestToken,
      AWS_ENDPOINT_URL_STS: `http://sts.proxied.test:${new URL(emu.stsEndpoint).port}/`,
      ...extraEnv
    }
  })

describe('proxy', () => {
  it('sends both STS calls through HTTP_PROXY, with its credentials kept out of the log', async () => {
    tunnels.length = 0
    const r = await run({ HTTP_PROXY: `http://ci-user:s3cret-pass@127.0.0.1:${proxyPort}` })
    expect(r.exitCode).toBe(0)
    expect(tunnels.map((t) => t.target)).toEqual(Array(2).fill(`sts.proxied.test:${new URL(emu.stsEndpoint).port}`))
    expect(tunnels[0].auth).toBe(`Basic ${Buffer.from('ci-user:s3cret-pass').toString('base64')}`)
    expect(r.log).toContain(`STS calls go through the proxy http://127.0.0.1:${proxyPort}`)
    expect(r.log).not.toContain('s3cret-pass')
    expect(r.env.AWS_SESSION_TOKEN).toBeDefined()
  })

  it('bypasses the proxy for NO_PROXY hosts (and says the host cannot be resolved)', async () => {
    tunnels.length = 0
    const r = await run({ HTTP_PROXY: `http://127.0.0.1:${proxyPort}`, NO_PROXY: 'sts.proxied.test' })
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
