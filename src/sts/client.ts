// src/sts/ owns everything between the pipeline and AWS STS: which endpoint the calls go to and
// through which proxy (endpoint.ts, one decision that is also what the log names), the
// transport with its bounded connection and request times (this module), the SDK it loads on
// first use (load-sdk.ts, sdk.ts), the user agent CloudTrail records (user-agent.ts), the shape
// check of every value STS answers before anything is written (shape.ts), and the check that
// the new credentials are the role asked for (verify.ts). Stages 4 and 5 reach STS only here.
import type { AssumedRoleUser, Credentials as SdkCredentials, STSClientConfig } from '@aws-sdk/client-sts'
import type { Agent } from 'node:http'
import { loadHttpClient } from '../bundle/load-http-client.js'
import { proxyFor, withProxyEnv } from './endpoint.js'
import { loadSdk, loadSdkOnceRequestSent } from './load-sdk.js'
import { checkStsAnswer } from './shape.js'
import type { Credentials, SigningCredentials, StsApi, StsSettings } from './types.js'

const USER_AGENT = 'aws-oidc-credentials'

/**
 * A tunnelling agent for `url`. The SDK only takes an agent it can destroy (else it builds its
 * own and the proxy is silently skipped), so the tunnel gets a destroy that closes its sockets.
 */
async function proxyAgent(s: StsSettings, url: string): Promise<Agent> {
  const { HttpClient } = await loadHttpClient()
  const agent = withProxyEnv(s.proxy, s.env ?? {}, s.withProcessVariables, () =>
    new HttpClient(USER_AGENT).getAgent(url)
  ) as Agent & {
    sockets?: unknown
  }
  if (typeof agent.destroy !== 'function') {
    agent.destroy = () => {
      if (Array.isArray(agent.sockets)) for (const socket of agent.sockets as { destroy(): void }[]) socket.destroy()
    }
  }
  return agent
}

type HttpHandler = InstanceType<Awaited<ReturnType<typeof loadSdk>>['NodeHttpHandler']>

async function httpHandler(s: StsSettings, url: string): Promise<HttpHandler> {
  const { NodeHttpHandler } = await loadSdk()
  // The SDK ignores proxy variables; the runner's own HTTP client knows them (and NO_PROXY).
  const agent = proxyFor(url, s.proxy, s.env ?? {}, s.withProcessVariables) ? await proxyAgent(s, url) : undefined
  return new NodeHttpHandler({
    connectionTimeout: s.connectionTimeoutMs,
    requestTimeout: s.requestTimeoutMs,
    throwOnRequestTimeout: true,
    ...(agent ? { httpAgent: agent, httpsAgent: agent as never } : {})
  })
}

function clientConfig(s: StsSettings, url: string, requestHandler: HttpHandler): STSClientConfig {
  return {
    region: s.region,
    // Always explicit: the SDK must not pick another one (from the shared config) than the log names.
    endpoint: url,
    useFipsEndpoint: false,
    useDualstackEndpoint: false,
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
  let endpoint: Promise<string> | undefined
  const client = async (credentials?: SigningCredentials | (() => Promise<SigningCredentials>)) => {
    const { STSClient } = await loadSdk()
    endpoint ??= typeof settings.endpoint === 'string' ? Promise.resolve(settings.endpoint) : settings.endpoint()
    const url = await endpoint
    handler ??= httpHandler(settings, url)
    const config = clientConfig(settings, url, await handler)
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
      checkStsAnswer(
        {
          operation: 'AssumeRoleWithWebIdentity',
          requestId: out.$metadata.requestId,
          values: {
            ...credentialFields(out.Credentials),
            ...assumedRoleFields(out.AssumedRoleUser),
            Provider: out.Provider,
            Audience: out.Audience,
            SubjectFromWebIdentityToken: out.SubjectFromWebIdentityToken,
            PackedPolicySize: out.PackedPolicySize
          }
        },
        Date.now()
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
      checkStsAnswer(
        {
          operation: 'AssumeRole',
          requestId: out.$metadata.requestId,
          values: {
            ...credentialFields(out.Credentials),
            ...assumedRoleFields(out.AssumedRoleUser),
            PackedPolicySize: out.PackedPolicySize
          }
        },
        Date.now()
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
      const values = { Account: out.Account, Arn: out.Arn, UserId: out.UserId }
      checkStsAnswer({ operation: 'GetCallerIdentity', requestId: out.$metadata.requestId, values }, Date.now())
      return {
        account: out.Account ?? '',
        arn: out.Arn ?? '',
        userId: out.UserId ?? '',
        requestId: out.$metadata.requestId
      }
    }
  }
}

/** The credentials' fields as the shape check names them (a missing one is reported as missing). */
function credentialFields(c: SdkCredentials | undefined): Record<string, unknown> {
  return {
    AccessKeyId: c?.AccessKeyId,
    SecretAccessKey: c?.SecretAccessKey,
    SessionToken: c?.SessionToken,
    Expiration: c?.Expiration
  }
}

function assumedRoleFields(u: AssumedRoleUser | undefined): Record<string, unknown> {
  return { 'AssumedRoleUser.Arn': u?.Arn, 'AssumedRoleUser.AssumedRoleId': u?.AssumedRoleId }
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
