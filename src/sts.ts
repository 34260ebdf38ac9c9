// Stage 4 and 5's transport: the two STS calls, each with bounded connection and request time.
import type { STSClientConfig } from '@aws-sdk/client-sts'

export interface StsSettings {
  region: string
  /** explicit endpoint; undefined lets the SDK resolve it (incl. AWS_ENDPOINT_URL_STS) */
  endpoint?: string
  connectionTimeoutMs: number
  requestTimeoutMs: number
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
  getCallerIdentity(credentials: Credentials): Promise<CallerIdentity>
}

const USER_AGENT = 'aws-oidc-credentials'

// Loaded on first use: a step refused at its inputs never pays for compiling the SDK.
const loadSdk = () => Promise.all([import('@aws-sdk/client-sts'), import('@smithy/node-http-handler')])

async function clientConfig(s: StsSettings): Promise<STSClientConfig> {
  const { NodeHttpHandler } = (await loadSdk())[1]
  return {
    region: s.region,
    ...(s.endpoint ? { endpoint: s.endpoint } : {}),
    // Retries are ours (logged, classified); the SDK makes one attempt.
    maxAttempts: 1,
    customUserAgent: USER_AGENT,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: s.connectionTimeoutMs,
      requestTimeout: s.requestTimeoutMs,
      throwOnRequestTimeout: true
    })
  }
}

export function createStsApi(settings: StsSettings): StsApi {
  return {
    async assumeRoleWithWebIdentity(p) {
      const [{ STSClient, AssumeRoleWithWebIdentityCommand }] = await loadSdk()
      // The call is unsigned (the token is the credential): no ambient credentials are read.
      const client = new STSClient(await clientConfig(settings))
      try {
        const out = await client.send(new AssumeRoleWithWebIdentityCommand({
          RoleArn: p.roleArn,
          RoleSessionName: p.roleSessionName,
          WebIdentityToken: p.webIdentityToken,
          DurationSeconds: p.durationSeconds,
          Policy: p.policy,
          PolicyArns: p.policyArns.length > 0 ? p.policyArns.map((arn) => ({ arn })) : undefined
        }))
        const c = out.Credentials
        if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
          throw Object.assign(new Error('STS answered without complete credentials'), { name: 'IncompleteCredentials' })
        }
        return {
          credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration },
          assumedRoleArn: out.AssumedRoleUser?.Arn,
          provider: out.Provider,
          audience: out.Audience,
          subject: out.SubjectFromWebIdentityToken,
          requestId: out.$metadata.requestId
        }
      } finally {
        client.destroy()
      }
    },
    async getCallerIdentity(credentials) {
      const [{ STSClient, GetCallerIdentityCommand }] = await loadSdk()
      // Signed with the new keys, passed explicitly: never the ambient credential chain.
      const client = new STSClient({
        ...(await clientConfig(settings)),
        credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken }
      })
      try {
        const out = await client.send(new GetCallerIdentityCommand({}))
        return { account: out.Account ?? '', arn: out.Arn ?? '', userId: out.UserId ?? '', requestId: out.$metadata.requestId }
      } finally {
        client.destroy()
      }
    }
  }
}
