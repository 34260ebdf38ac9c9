// One loopback HTTP server for both sides: the runner's ID-token endpoint and the issuer's
// discovery documents (GitHub), and STS at `/`. Every request is logged in `calls`.
import { randomBytes, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { FaultQueues, proxyHtml, tamperedXml, type Fault, type FaultSpec, type FaultTarget } from './faults.js'
import {
  handleTokenRequest,
  JWKS_PATH,
  jwksReply,
  mintToken,
  OPENID_CONFIGURATION_PATH,
  openidConfiguration,
  TOKEN_PATH,
  type MintOptions,
  type Reply
} from './github-token.js'
import { KeyStore } from './keys.js'
import { escapeXml } from './sts/xml.js'
import { SessionStore, type Session } from './sts/sessions.js'
import { TokenBucket, type StsQuota } from './quota.js'
import { handleSts, stsFaultTarget, stsParams, throttlingReply, type StsOutcome } from './sts/index.js'
import { defaultRunContext, defaultWorld, type RunContext, type World } from './world.js'

export type CallTarget = FaultTarget | 'sts' | 'openid-configuration' | 'jwks' | 'unknown'

/** One request the emulator answered (or did not): what tests assert on. */
export interface CallRecord extends Omit<StsOutcome, 'reply' | 'signed' | 'signedByIssuedSession'> {
  /** token | AssumeRoleWithWebIdentity | GetCallerIdentity | sts (other actions) | openid-configuration | jwks | unknown */
  target: CallTarget
  method: string
  path: string
  /** STS Action, or the requested audience list for the token endpoint */
  action?: string
  /** null when no answer was sent (hang, reset) */
  status: number | null
  /** the fault that was applied */
  fault?: Fault['kind']
  /** the request carried an Authorization header */
  signed: boolean
  /** ... signed by a session this emulator issued */
  signedByIssuedSession: boolean
  requestId?: string
  /** the User-Agent header (CloudTrail's userAgent) */
  userAgent?: string
  /** real clock, epoch ms */
  time: number
  /** which TCP connection (1, 2, …, in the order they were opened) the request came on */
  connection: number
}

export interface EmulatorOptions {
  world?: World
  run?: RunContext
  /** faults queued before the first request */
  faults?: Partial<Record<FaultTarget, FaultSpec[]>>
  /** the real clock, epoch ms (GitHub uses it; STS adds world.clockOffsetSeconds). Default Date.now */
  clock?: () => number
  /** bearer token the token endpoint expects; random by default */
  requestToken?: string
  /** 0 (any free port) by default; the server always binds 127.0.0.1 */
  port?: number
  /** a request quota shared by every STS action (none by default) */
  stsQuota?: StsQuota
  /** the ID-token endpoint answers this much later, as on a runner (50–300 ms); for the benchmark */
  tokenLatencyMs?: number
}

export interface Emulator {
  /** like ACTIONS_ID_TOKEN_REQUEST_URL: already carries ?api-version=2.0 */
  tokenRequestUrl: string
  /** like ACTIONS_ID_TOKEN_REQUEST_TOKEN */
  tokenRequestToken: string
  /** http://127.0.0.1:PORT/ — pass as the SDK's `endpoint` or AWS_ENDPOINT_URL_STS */
  stsEndpoint: string
  /** http://127.0.0.1:PORT */
  baseUrl: string
  /** the run's issuer (the tokens' `iss`) */
  issuer: string
  /** live: changes affect the next requests */
  world: World
  /** live: changes affect the next tokens */
  run: RunContext
  calls: CallRecord[]
  /** queue `fault` for the next `times` requests (default 1) to `target` */
  inject(target: FaultTarget, fault: FaultSpec, times?: number): void
  /** faults still queued for `target` */
  pendingFaults(target: FaultTarget): Fault[]
  clearFaults(target?: FaultTarget): void
  /** from now on every STS request draws from this quota (a full bucket); undefined lifts it */
  setStsQuota(quota: StsQuota | undefined): void
  /** mint a token directly (default aud sts.amazonaws.com), e.g. for web-identity-token-file */
  issueToken(opts?: MintOptions): Promise<string>
  /** credentials STS has issued */
  sessions(): Session[]
  /** the STS clock, epoch ms */
  stsNow(): number
  close(): Promise<void>
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const world = opts.world ?? defaultWorld()
  const run = opts.run ?? defaultRunContext()
  const clock = opts.clock ?? Date.now
  const stsNow = (): number => clock() + (world.clockOffsetSeconds ?? 0) * 1000
  const requestToken = opts.requestToken ?? randomBytes(24).toString('base64url')
  const keys = new KeyStore()
  await keys.keyFor(run.issuer)
  const sessions = new SessionStore()
  const faults = new FaultQueues()
  for (const [target, list] of Object.entries(opts.faults ?? {}) as [FaultTarget, FaultSpec[]][]) {
    for (const fault of list) faults.inject(target, fault)
  }
  let quota = opts.stsQuota ? new TokenBucket(opts.stsQuota, clock()) : undefined
  const calls: CallRecord[] = []
  const sockets = new Set<Socket>()
  const connectionIds = new WeakMap<Socket, number>()
  let connectionCount = 0
  let baseUrl = ''

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // an emulator bug: answer 500 so the test sees it instead of hanging
      if (!res.headersSent)
        send(res, { status: 500, headers: { 'content-type': 'text/plain' }, body: `emulator error: ${String(err)}` })
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    connectionIds.set(socket, ++connectionCount)
    socket.on('close', () => sockets.delete(socket))
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, MAX_BODY_BYTES)
    const rawUrl = req.url ?? '/'
    const url = new URL(rawUrl, baseUrl)
    const method = req.method ?? 'GET'
    const record: CallRecord = {
      target: 'unknown',
      method,
      path: url.pathname,
      status: null,
      signed: false,
      signedByIssuedSession: false,
      userAgent: req.headers['user-agent'],
      time: clock(),
      connection: connectionIds.get(req.socket) ?? 0
    }
    calls.push(record)
    if (body === TOO_LARGE) return refuseBody(record, res)

    if (url.pathname === TOKEN_PATH) {
      record.target = 'token'
      record.action = url.searchParams.getAll('audience').join(',') || undefined
      const fault = faults.take('token')
      record.fault = fault?.kind
      if (applyConnectionFault(fault, res)) return
      if (fault?.kind === 'html')
        return finish(record, res, {
          status: fault.status ?? 502,
          headers: { 'content-type': 'text/html' },
          body: proxyHtml(fault.status, fault.wellFormed)
        })
      if (opts.tokenLatencyMs) await new Promise((r) => setTimeout(r, opts.tokenLatencyMs))
      const reply = await handleTokenRequest(method, url, req.headers.authorization, {
        keys,
        run,
        requestToken,
        nowMs: clock(),
        fault
      })
      return finish(record, res, reply)
    }
    if (url.pathname === OPENID_CONFIGURATION_PATH) {
      record.target = 'openid-configuration'
      return finish(record, res, openidConfiguration(run.issuer, `${baseUrl}${JWKS_PATH}`))
    }
    if (url.pathname === JWKS_PATH) {
      record.target = 'jwks'
      return finish(record, res, jwksReply(await keys.jwks()))
    }
    if (url.pathname === '/') {
      const rawQuery = rawUrl.includes('?') ? rawUrl.slice(rawUrl.indexOf('?') + 1) : ''
      const stsReq = { method, wirePath: rawUrl.split('?')[0]!, rawQuery, headers: req.headers, body }
      const target = stsFaultTarget(stsParams(stsReq))
      record.target = target ?? 'sts'
      const requestId = randomUUID()
      record.requestId = requestId
      // Over quota, STS throttles before it looks at anything else (and no fault is used up).
      if (quota && !quota.take(clock())) {
        Object.assign(record, { action: stsParams(stsReq).get('Action') ?? undefined, code: 'Throttling' })
        return finish(record, res, throttlingReply({ requestId, nowMs: stsNow() }))
      }
      const fault = target ? faults.take(target) : undefined
      record.fault = fault?.kind
      if (target && applyConnectionFault(fault, res)) {
        record.action = target
        return
      }
      const outcome = await handleSts(stsReq, { world, keys, sessions, nowMs: stsNow(), requestId, fault })
      Object.assign(record, {
        action: outcome.action,
        code: outcome.code,
        accessKeyId: outcome.accessKeyId,
        signed: outcome.signed,
        signedByIssuedSession: outcome.signedByIssuedSession,
        region: outcome.region,
        roleArn: outcome.roleArn,
        sessionName: outcome.sessionName
      })
      const reply =
        fault?.kind === 'tamper' && outcome.reply.status === 200
          ? { ...outcome.reply, body: tamperedXml(outcome.reply.body, fault, escapeXml) }
          : outcome.reply
      return finish(record, res, reply)
    }
    finish(record, res, {
      status: 404,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Not Found' })
    })
  }

  /** hang: keep the socket open and never answer; reset: drop it. */
  function applyConnectionFault(fault: Fault | undefined, res: ServerResponse): boolean {
    if (fault?.kind === 'hang') return true
    if (fault?.kind === 'reset') {
      res.socket?.destroy()
      return true
    }
    return false
  }

  /** 413, and the connection closed: the rest of the body is never read. */
  function refuseBody(record: CallRecord, res: ServerResponse): void {
    res.setHeader('connection', 'close')
    res.on('finish', () => res.socket?.destroy())
    finish(record, res, {
      status: 413,
      headers: { 'content-type': 'text/plain' },
      body: `request body larger than ${MAX_BODY_BYTES} bytes`
    })
  }

  function finish(record: CallRecord, res: ServerResponse, reply: Reply): void {
    record.status = reply.status
    send(res, reply)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  baseUrl = `http://127.0.0.1:${port}`

  return {
    tokenRequestUrl: `${baseUrl}${TOKEN_PATH}?api-version=2.0`,
    tokenRequestToken: requestToken,
    stsEndpoint: `${baseUrl}/`,
    baseUrl,
    get issuer() {
      return run.issuer
    },
    world,
    run,
    calls,
    inject: (target, fault, times) => faults.inject(target, fault, times),
    pendingFaults: (target) => faults.pending(target),
    clearFaults: (target) => faults.clear(target),
    setStsQuota: (q) => {
      quota = q ? new TokenBucket(q, clock()) : undefined
    },
    issueToken: (mintOpts) => mintToken(keys, run, clock(), mintOpts),
    sessions: () => sessions.all(),
    stsNow,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** The most the emulator reads of a request body: STS requests carry a token and a policy (a few KB). */
export const MAX_BODY_BYTES = 1024 * 1024
const TOO_LARGE = Symbol('body too large')

/** The body, or TOO_LARGE as soon as it passes `limit` bytes (declared or received): memory stays bounded. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > limit) return resolve(TOO_LARGE)
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      req.off('data', onData)
      chunks.length = 0
      resolve(TOO_LARGE)
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, reply: Reply): void {
  const body = Buffer.from(reply.body, 'utf8')
  res.writeHead(reply.status, { ...reply.headers, 'content-length': String(body.length) })
  res.end(body)
}
