// Stage 4 and 5's transport: the STS calls, each with bounded connection and request time.
import type { Credentials as SdkCredentials, STSClientConfig } from '@aws-sdk/client-sts'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { Agent, ClientRequest } from 'node:http'
import { loadHttpClient } from './bundle/load-http-client.js'
import type { UserAgentPairs } from './user-agent.js'

export interface StsSettings {
  region: string
  /** explicit endpoint; undefined lets the SDK resolve it (incl. AWS_ENDPOINT_URL_STS) */
  endpoint?: string
  connectionTimeoutMs: number
  requestTimeoutMs: number
  /** the URL the SDK will call; decides whether HTTPS_PROXY / HTTP_PROXY apply (NO_PROXY honoured) */
  resolvedEndpoint: string
  /** the http-proxy / no-proxy inputs, which take the place of the variables */
  proxy?: ProxyInputs
  /** CloudTrail's userAgent: this action, its version, the run */
  userAgent?: UserAgentPairs
}

export interface ProxyInputs {
  httpProxy?: string
  noProxy?: string
}

/** The proxy (without credentials) that calls to `url` go through, if any. */
export function proxyFor(url: string, inputs?: ProxyInputs): string | undefined {
  const proxy = withProxyInputs(inputs, () => getProxyUrl(new URL(url)))
  return proxy ? `${proxy.protocol}//${proxy.host}` : undefined
}

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'] as const
const NO_PROXY_VARIABLES = ['no_proxy', 'NO_PROXY'] as const

/**
 * Runs `decide` with the proxy inputs in place of the proxy variables, so the runner's HTTP client
 * applies its own rules (NO_PROXY, loopback) to them. Synchronous: nothing else runs meanwhile.
 */
function withProxyInputs<T>(inputs: ProxyInputs | undefined, decide: () => T): T {
  const replaced = [
    ...(inputs?.httpProxy ? PROXY_VARIABLES.map((name) => [name, inputs.httpProxy] as const) : []),
    ...(inputs?.noProxy ? NO_PROXY_VARIABLES.map((name) => [name, inputs.noProxy] as const) : [])
  ]
  const saved = replaced.map(([name]) => [name, process.env[name]] as const)
  try {
    for (const [name, value] of replaced) process.env[name] = value
    return decide()
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

export interface AssumeParams {
  roleArn: string
  roleSessionName: string
  webIdentityToken: string
  durationSeconds: number
  policy?: string
  policyArns: string[]
}

export interface Credentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  expiration: Date
}

/** What a signed call needs: credentials found in the environment may lack a token or an expiry. */
export interface SigningCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

export interface SessionTag {
  key: string
  value: string
}

/** sts:AssumeRole (role chaining), signed with `source`. */
export interface ChainParams {
  roleArn: string
  roleSessionName: string
  durationSeconds: number
  externalId?: string
  tags: SessionTag[]
  transitiveTagKeys: string[]
  policy?: string
  policyArns: string[]
  source: SigningCredentials
}

export interface AssumeResult {
  credentials: Credentials
  assumedRoleArn?: string
  provider?: string
  audience?: string
  subject?: string
  requestId?: string
}

export interface CallerIdentity {
  account: string
  arn: string
  userId: string
  requestId?: string
}

/** What the pipeline needs of STS; injected so stages are testable without the network. */
export interface StsApi {
  assumeRoleWithWebIdentity(params: AssumeParams): Promise<AssumeResult>
  assumeRole(params: ChainParams): Promise<AssumeResult>
  getCallerIdentity(credentials: SigningCredentials): Promise<CallerIdentity>
}

const USER_AGENT = 'aws-oidc-credentials'

/**
 * A tunnelling agent for `url`. The SDK only takes an agent it can destroy (else it builds its
 * own and the proxy is silently skipped), so the tunnel gets a destroy that closes its sockets.
 */
async function proxyAgent(url: string, inputs?: ProxyInputs): Promise<Agent> {
  const { HttpClient } = await loadHttpClient()
  const agent = withProxyInputs(inputs, () => new HttpClient(USER_AGENT).getAgent(url)) as Agent & { sockets?: unknown }
  if (typeof agent.destroy !== 'function') {
    agent.destroy = () => {
      if (Array.isArray(agent.sockets)) for (const socket of agent.sockets as { destroy(): void }[]) socket.destroy()
    }
  }
  return agent
}

// Loaded on first use: a step refused at its inputs never pays for compiling the SDK.
const loadSdk = () => import('./sdk.js')

const REQUEST_START = 'http.client.request.start'

/**
 * Compiles the SDK while this step's first HTTP request (the ID token's) waits for its answer,
 * which takes 50–300 ms on a runner: compiling blocks the thread, so it starts only once the
 * request has been written ('finish'), and never delays the request itself. Later calls of
 * loadSdk find it loaded. When the first request is an STS call, the SDK is already there.
 */
function loadSdkOnceRequestSent(): void {
  const onStart = (message: unknown): void => {
    unsubscribe(REQUEST_START, onStart)
    const { request } = message as { request: ClientRequest }
    request.once('finish', () => setImmediate(() => void loadSdk().catch(() => undefined)))
  }
  subscribe(REQUEST_START, onStart)
}

type HttpHandler = InstanceType<Awaited<ReturnType<typeof loadSdk>>['NodeHttpHandler']>

async function httpHandler(s: StsSettings): Promise<HttpHandler> {
  const { NodeHttpHandler } = await loadSdk()
  // The SDK ignores proxy variables; the runner's own HTTP client knows them (and NO_PROXY).
  const agent = proxyFor(s.resolvedEndpoint, s.proxy) ? await proxyAgent(s.resolvedEndpoint, s.proxy) : undefined
  return new NodeHttpHandler({
    connectionTimeout: s.connectionTimeoutMs,
    requestTimeout: s.requestTimeoutMs,
    throwOnRequestTimeout: true,
    ...(agent ? { httpAgent: agent, httpsAgent: agent as never } : {})
  })
}

function clientConfig(s: StsSettings, requestHandler: HttpHandler): STSClientConfig {
  return {
    region: s.region,
    ...(s.endpoint ? { endpoint: s.endpoint } : {}),
    // Retries are ours (logged, classified); the SDK makes one attempt.
    maxAttempts: 1,
    customUserAgent: s.userAgent ?? USER_AGENT,
    requestHandler
  }
}

export function createStsApi(settings: StsSettings): StsApi {
  loadSdkOnceRequestSent()
  // One handler for every call of the step: its kept-alive connection spares the later calls a
  // new TCP and TLS handshake. Clients are therefore never destroyed (that would close it); the
  // agent unrefs idle sockets, so they never keep the process alive.
  let handler: Promise<HttpHandler> | undefined
  const client = async (credentials?: SigningCredentials | (() => Promise<SigningCredentials>)) => {
    const { STSClient } = await loadSdk()
    handler ??= httpHandler(settings)
    const config = clientConfig(settings, await handler)
    return new STSClient(credentials ? { ...config, credentials } : config)
  }
  // AssumeRoleWithWebIdentity's client also verifies what it returns: that call is unsigned, so
  // the new keys are the first credentials the client resolves. The SDK keeps the first ones it
  // resolves, so any other signer gets a client of its own.
  let webIdentity: { client: ReturnType<typeof client>; verifyWith?: SigningCredentials } | undefined
  const webIdentityClient = () => {
    webIdentity ??= {
      client: client(async () => {
        if (!webIdentity?.verifyWith) throw new Error('no credentials to sign with yet')
        return signingOnly(webIdentity.verifyWith)
      })
    }
    return webIdentity.client
  }
  const signingClient = (credentials: SigningCredentials) => {
    if (webIdentity && (webIdentity.verifyWith ?? credentials) === credentials) {
      webIdentity.verifyWith = credentials
      return webIdentity.client
    }
    return client(signingOnly(credentials))
  }
  return {
    async assumeRoleWithWebIdentity(p) {
      const { AssumeRoleWithWebIdentityCommand } = await loadSdk()
      // The call is unsigned (the token is the credential): no ambient credentials are read.
      const out = await (
        await webIdentityClient()
      ).send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: p.roleArn,
          RoleSessionName: p.roleSessionName,
          WebIdentityToken: p.webIdentityToken,
          DurationSeconds: p.durationSeconds,
          Policy: p.policy,
          PolicyArns: p.policyArns.length > 0 ? p.policyArns.map((arn) => ({ arn })) : undefined
        })
      )
      return {
        credentials: complete(out.Credentials),
        assumedRoleArn: out.AssumedRoleUser?.Arn,
        provider: out.Provider,
        audience: out.Audience,
        subject: out.SubjectFromWebIdentityToken,
        requestId: out.$metadata.requestId
      }
    },
    async assumeRole(p) {
      const { AssumeRoleCommand } = await loadSdk()
      // Signed with the source credentials, passed explicitly: never the ambient chain.
      const out = await (
        await client(signingOnly(p.source))
      ).send(
        new AssumeRoleCommand({
          RoleArn: p.roleArn,
          RoleSessionName: p.roleSessionName,
          DurationSeconds: p.durationSeconds,
          ExternalId: p.externalId,
          Tags: p.tags.length > 0 ? p.tags.map((t) => ({ Key: t.key, Value: t.value })) : undefined,
          TransitiveTagKeys: p.transitiveTagKeys.length > 0 ? p.transitiveTagKeys : undefined,
          Policy: p.policy,
          PolicyArns: p.policyArns.length > 0 ? p.policyArns.map((arn) => ({ arn })) : undefined
        })
      )
      return {
        credentials: complete(out.Credentials),
        assumedRoleArn: out.AssumedRoleUser?.Arn,
        requestId: out.$metadata.requestId
      }
    },
    async getCallerIdentity(credentials) {
      const { GetCallerIdentityCommand } = await loadSdk()
      // Signed with the new keys, passed explicitly: never the ambient credential chain.
      const out = await (await signingClient(credentials)).send(new GetCallerIdentityCommand({}))
      return {
        account: out.Account ?? '',
        arn: out.Arn ?? '',
        userId: out.UserId ?? '',
        requestId: out.$metadata.requestId
      }
    }
  }
}

function complete(c: SdkCredentials | undefined): Credentials {
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
    throw Object.assign(new Error('STS answered without complete credentials'), { name: 'IncompleteCredentials' })
  }
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: c.Expiration
  }
}

/** Only the fields that sign: the SDK must not read an expiry or anything else into them. */
function signingOnly(c: SigningCredentials): SigningCredentials {
  return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken }
}
