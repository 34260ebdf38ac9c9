// Where the STS calls go, and through which proxy: one decision, logged as taken. The SDK gets
// the resolved URL explicitly, so it cannot send the ID token anywhere the log does not name
// (it would otherwise also read `endpoint_url` from the shared config files).
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { Failure } from '../failure/failure.js'
import { endpointForLog } from '../output/url.js'
import { loadSdk } from './load-sdk.js'
import type { Env, ProxyInputs, WithProcessVariables } from './types.js'

/** Where the endpoint came from, in the order the SDK itself looks (the shared config is not read). */
export type EndpointSource = 'sts-endpoint' | 'AWS_ENDPOINT_URL_STS' | 'AWS_ENDPOINT_URL' | 'default'

export interface StsEndpoint {
  url: string
  source: EndpointSource
  /** the proxy (without credentials) the calls go through, if any */
  proxy?: string
}

/**
 * The endpoint the step itself or its environment names, checked before any network call: the
 * ID token and the new credentials go over plain http only to this machine (loopback).
 */
export function configuredStsEndpoint(input: string | undefined, env: Env): Omit<StsEndpoint, 'proxy'> | undefined {
  const chosen = input ? { url: input, source: 'sts-endpoint' as const } : fromVariables(env)
  if (chosen) refusePlainHttp(chosen.url, chosen.source)
  return chosen
}

function fromVariables(env: Env): Omit<StsEndpoint, 'proxy'> | undefined {
  // The SDK's own switch for the variables (and the files) that name endpoints.
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.toLowerCase() === 'true') return undefined
  if (env.AWS_ENDPOINT_URL_STS) return { url: env.AWS_ENDPOINT_URL_STS, source: 'AWS_ENDPOINT_URL_STS' }
  if (env.AWS_ENDPOINT_URL) return { url: env.AWS_ENDPOINT_URL, source: 'AWS_ENDPOINT_URL' }
  return undefined
}

/** The endpoint and proxy of this step's STS calls; the default is the SDK's own resolver's answer. */
export async function resolveStsEndpoint(
  region: string,
  configured: Omit<StsEndpoint, 'proxy'> | undefined,
  proxy: ProxyInputs,
  env: Env,
  withVariables: WithProcessVariables
): Promise<StsEndpoint> {
  const chosen = configured ?? { url: await defaultStsEndpoint(region), source: 'default' as const }
  return { ...chosen, proxy: proxyFor(chosen.url, proxy, env, withVariables) }
}

/** "https://sts.eu-west-1.amazonaws.com/ (default)", without userinfo or query. */
export function describeEndpoint(e: StsEndpoint): string {
  return `${endpointForLog(e.url)} (from ${e.source === 'default' ? "the SDK's default for the region" : e.source})${e.proxy ? ` via ${e.proxy}` : ''}`
}

/**
 * Asks the SDK's endpoint rules (partitions, FIPS, dual-stack) for the region's STS endpoint. A
 * probe client reads nothing but its own settings and is never used to send.
 */
async function defaultStsEndpoint(region: string): Promise<string> {
  const { STSClient } = await loadSdk()
  const probe = new STSClient({ region })
  try {
    const c = probe.config
    const endpoint = c.endpointProvider({
      Region: region,
      UseFIPS: await c.useFipsEndpoint(),
      UseDualStack: await c.useDualstackEndpoint(),
      UseGlobalEndpoint: false
    })
    return endpoint.url.href
  } finally {
    probe.destroy()
  }
}

const LOOPBACK_NAMES = new Set(['localhost', '[::1]'])

/** 127.0.0.0/8, ::1 and localhost: traffic that never leaves the machine. */
export function isLoopback(hostname: string): boolean {
  return LOOPBACK_NAMES.has(hostname.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(hostname)
}

function refusePlainHttp(raw: string, source: EndpointSource): void {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw endpointRefused(source, 'is not a URL', 'an https:// URL such as https://sts.eu-west-1.amazonaws.com')
  }
  if (url.protocol === 'https:') return
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return
  throw endpointRefused(
    source,
    `(${endpointForLog(raw)}) would send the ID token and the new credentials ${url.protocol === 'http:' ? 'unencrypted over plain http' : `over ${url.protocol.replace(/:$/, '')}`}`,
    'an https:// URL; plain http:// only to a loopback address (127.0.0.1, ::1, localhost)'
  )
}

function endpointRefused(source: EndpointSource, what: string, allowed: string): Failure {
  const name = source === 'sts-endpoint' ? "Input 'sts-endpoint'" : `The variable ${source}`
  return new Failure('invalid-input', `${name} ${what}. Allowed: ${allowed}. Nothing was sent.`, { stage: 'inputs' })
}

/** The proxy (without credentials) that calls to `url` go through, if any. */
export function proxyFor(
  url: string,
  inputs: ProxyInputs | undefined,
  env: Env,
  withVariables: WithProcessVariables
): string | undefined {
  const proxy = withProxyEnv(inputs, env, withVariables, () => getProxyUrl(new URL(url)))
  return proxy ? `${proxy.protocol}//${proxy.host}` : undefined
}

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'] as const
const NO_PROXY_VARIABLES = ['no_proxy', 'NO_PROXY'] as const

/**
 * Runs `decide` with the step's environment's proxy variables (the injected env, not this
 * process's), the proxy inputs in their place when given, so the runner's HTTP client applies
 * its own rules (NO_PROXY, loopback) to them.
 */
export function withProxyEnv<T>(
  inputs: ProxyInputs | undefined,
  env: Env,
  withVariables: WithProcessVariables,
  decide: () => T
): T {
  const variables = Object.fromEntries([
    ...PROXY_VARIABLES.map((name) => [name, inputs?.httpProxy || env[name]] as const),
    ...NO_PROXY_VARIABLES.map((name) => [name, inputs?.noProxy || env[name]] as const)
  ])
  return withVariables(variables, decide)
}
