// What the pipeline exchanges with STS: the settings of a client, the calls' parameters and
// answers. Types only, so any stage can name them without loading the transport.
import type { UserAgentPairs } from './user-agent.js'

export interface StsSettings {
  region: string
  /** the URL every call goes to, resolved (sts/endpoint.ts) at the first call and logged; the SDK resolves none */
  endpoint: string | (() => Promise<string>)
  connectionTimeoutMs: number
  requestTimeoutMs: number
  /** the http-proxy / no-proxy inputs, which take the place of the variables */
  proxy?: ProxyInputs
  /** the step's environment: its HTTPS_PROXY / HTTP_PROXY / NO_PROXY decide the proxy */
  env?: Env
  /** how the runner's HTTP client is shown the step's proxy variables (the composition root's) */
  withProcessVariables: WithProcessVariables
  /** CloudTrail's userAgent: this action, its version, the run */
  userAgent?: UserAgentPairs
}

export type Env = Record<string, string | undefined>

/**
 * Runs `work` with these variables in this process's environment, then puts them back: the
 * runner's HTTP client reads its proxy settings from there only. Supplied by the composition
 * root (src/process-variables.ts), the only code besides the entry points that touches this
 * process's environment.
 */
export type WithProcessVariables = <T>(variables: Env, work: () => T) => T

export interface ProxyInputs {
  httpProxy?: string
  noProxy?: string
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
