// credential-process on a cache miss: a fresh GitHub ID token, then AssumeRoleWithWebIdentity.
// One token request and one STS call, each with its time limit; no GetCallerIdentity (the step
// verified the role once; the SDK's next call uses the keys anyway).
import { Failure, type Stage } from '../failure/failure.js'
import { loadHttpClient } from '../bundle/load-http-client.js'
import { createStsApi } from '../sts/client.js'
import { configuredStsEndpoint, resolveStsEndpoint } from '../sts/endpoint.js'
import type { WithProcessVariables } from '../sts/types.js'
import { DEFAULT_TIMING } from '../pipeline/timeout.js'
import { TimeoutError, withTimeout } from '../failure/timeout.js'
import { TOKEN_REQUEST_VARIABLES } from '../github/token-request.js'
import { userAgent } from '../sts/user-agent.js'
import type { CachedSession } from '../sinks/refresh-cache.js'
import type { RefreshParameters } from '../sinks/refresh-parameters.js'

/** Where the work is, for the diagnosis of a failure. */
export interface Progress {
  stage: Stage
}

export async function freshSession(
  p: RefreshParameters,
  env: Record<string, string | undefined>,
  progress: Progress,
  withProcessVariables: WithProcessVariables
): Promise<CachedSession> {
  progress.stage = 'token'
  const token = await requestIdToken(p.audience, env)
  progress.stage = 'assume'
  // the step's own endpoint rule (sts/endpoint.ts): plain http only to loopback
  const configured = configuredStsEndpoint(p.stsEndpoint, env)
  const sts = createStsApi({
    region: p.region,
    endpoint: async () => (await resolveStsEndpoint(p.region, configured, {}, env, withProcessVariables)).url,
    connectionTimeoutMs: DEFAULT_TIMING.connectionMs,
    requestTimeoutMs: DEFAULT_TIMING.requestMs,
    env,
    withProcessVariables,
    userAgent: userAgent(env)
  })
  const obtained = Date.now()
  const out = await sts.assumeRoleWithWebIdentity({
    roleArn: p.roleArn,
    roleSessionName: p.roleSessionName,
    webIdentityToken: token,
    durationSeconds: p.durationSeconds,
    policy: p.inlineSessionPolicy,
    policyArns: p.managedSessionPolicies
  })
  const c = out.credentials
  return {
    accessKeyId: c.accessKeyId,
    secretAccessKey: c.secretAccessKey,
    sessionToken: c.sessionToken,
    expiration: c.expiration.getTime(),
    obtained
  }
}

/**
 * What @actions/core's getIDToken does, without its `::add-mask::` on stdout (stdout is the
 * SDK's, and must hold the JSON only) and without its ten retries: one bounded request.
 */
async function requestIdToken(audience: string, env: Record<string, string | undefined>): Promise<string> {
  const missing = TOKEN_REQUEST_VARIABLES.filter((v) => !env[v])
  if (missing.length > 0) throw noRequestVariables(missing)
  const { HttpClient } = await loadHttpClient()
  const ms = DEFAULT_TIMING.idTokenMs
  const client = new HttpClient('aws-oidc-credentials', [], { allowRetries: false, socketTimeout: ms })
  const url = `${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent(audience)}`
  const request = client
    .getJson<{ value?: string }>(url, { Authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` })
    .catch((e: { statusCode?: number; message?: string }) => {
      // the form core.getIDToken's errors have, which the classifier reads the status from
      throw new Error(`Failed to get ID Token. Error Code : ${e.statusCode ?? 0} Error Message: ${e.message ?? ''}`)
    })
  const res = await withTimeout(request, ms, () => new TimeoutError('the GitHub ID-token request', ms))
  const token = res.result?.value
  if (!token) throw new Error('Response json body do not have ID Token field')
  return token
}

function noRequestVariables(missing: readonly string[]): Failure {
  return new Failure(
    'missing-id-token-permission',
    `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set where the credential process runs, so it cannot request a fresh ID token.`,
    {
      stage: 'token',
      fix: [
        'run the AWS tool in a step of the same job (the job needs `permissions: id-token: write`); a Docker container action or a step that clears the environment does not get these variables'
      ]
    }
  )
}
