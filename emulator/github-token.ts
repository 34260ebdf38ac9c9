// The GitHub side: claims as GitHub would put them in the job's ID token, minting (RS256), and
// the runner's token endpoint plus the issuer's discovery documents.
import { randomUUID } from 'node:crypto'
import { SignJWT, type JWTPayload } from 'jose'
import type { Fault } from './faults.js'
import type { KeyStore } from './keys.js'
import { buildSubject } from '../src/github/subject-builder.js'
import { DEFAULT_AUDIENCE, type RunContext } from './world.js'

export const TOKEN_PATH = '/_apis/token'
export const OPENID_CONFIGURATION_PATH = '/.well-known/openid-configuration'
export const JWKS_PATH = '/.well-known/jwks'

export interface Reply {
  status: number
  headers: Record<string, string>
  body: string
}

/** GitHub-side claims (everything but sub/aud and the time claims), all values strings as GitHub sends them. */
export function runClaims(run: RunContext): Record<string, string> {
  const refType = run.ref.startsWith('refs/tags/') ? 'tag' : 'branch'
  const claims: Record<string, string> = {}
  if (run.environment) claims.environment = run.environment
  Object.assign(claims, {
    ref: run.ref,
    sha: run.sha,
    repository: `${run.owner}/${run.repo}`,
    repository_owner: run.owner,
    actor_id: run.actorId,
    repository_visibility: run.repositoryVisibility,
    repository_id: run.repoId,
    repository_owner_id: run.ownerId,
    run_id: run.runId,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    runner_environment: run.runnerEnvironment,
    actor: run.actor,
    workflow: run.workflow,
    head_ref: run.headRef,
    base_ref: run.baseRef,
    event_name: run.eventName,
    ref_protected: String(run.refProtected ?? run.ref === 'refs/heads/main'),
    ref_type: refType,
    workflow_ref: run.workflowRef,
    workflow_sha: run.workflowSha ?? run.sha,
    job_workflow_ref: run.jobWorkflowRef,
    job_workflow_sha: run.jobWorkflowSha ?? run.workflowSha ?? run.sha
  })
  if (run.environment) claims.environment_node_id = `EN_kwDO${Buffer.from(run.environment).toString('base64url')}`
  if (run.enterprise) claims.enterprise = run.enterprise
  if (run.enterpriseId) claims.enterprise_id = run.enterpriseId
  for (const [name, value] of Object.entries(run.repoProperties ?? {})) claims[`repo_property_${name}`] = value
  return claims
}

export interface MintOptions {
  /** `aud`: one value, or several (an array claim). Default sts.amazonaws.com */
  audience?: string | string[]
  /** merged last; a key set to undefined removes the claim */
  claims?: Record<string, unknown>
  /** changes to the run the token describes */
  run?: Partial<RunContext>
  /** sign as this issuer (its key is created if new); default run.issuer. Sets `iss` too. */
  issuer?: string
  /** exp - iat; default run.tokenLifetimeSeconds */
  lifetimeSeconds?: number
  /** 'foreign' signs with a key no issuer publishes (bad signature) */
  signWith?: 'issuer' | 'foreign'
}

/** A complete signed ID token. `nowMs` is GitHub's clock (the real one). */
export async function mintToken(
  keys: KeyStore,
  baseRun: RunContext,
  nowMs: number,
  opts: MintOptions = {}
): Promise<string> {
  const run: RunContext = { ...baseRun, ...opts.run }
  const issuer = opts.issuer ?? run.issuer
  const iat = Math.floor(nowMs / 1000) + (run.issuerClockOffsetSeconds ?? 0)
  const lifetime = opts.lifetimeSeconds ?? run.tokenLifetimeSeconds
  const audience = opts.audience ?? DEFAULT_AUDIENCE
  const rest = runClaims(run)
  const payload: Record<string, unknown> = {
    jti: randomUUID(),
    sub: buildSubject(run, rest),
    aud: Array.isArray(audience) && audience.length === 1 ? audience[0] : audience,
    ...rest,
    iss: issuer,
    // GitHub's tokens are valid from a little before issue (its documented example: iat - 600)
    nbf: iat - 600,
    exp: iat + lifetime,
    iat
  }
  for (const [key, value] of Object.entries(opts.claims ?? {})) {
    if (value === undefined) delete payload[key]
    else payload[key] = value
  }
  const key = opts.signWith === 'foreign' ? await keys.foreignKey() : await keys.keyFor(issuer)
  return new SignJWT(payload as JWTPayload)
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT', x5t: key.x5t })
    .sign(key.privateKey)
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body)
  }
}

/** The shape of the Actions service's error bodies. */
function serviceError(status: number, typeKey: string, message: string): Reply {
  return json(status, {
    $id: '1',
    innerException: null,
    message,
    typeName: `GitHub.Actions.Services.${typeKey}, GitHub.Actions.Services`,
    typeKey,
    errorCode: 0,
    eventId: 3000
  })
}

export function tokenStatusReply(status: number, body?: string | object): Reply {
  if (typeof body === 'string') return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body }
  if (body) return json(status, body)
  if (status === 401)
    return serviceError(401, 'UnauthorizedRequestException', 'The user is not authorized to access this resource.')
  if (status === 403)
    return serviceError(
      403,
      'AccessDeniedException',
      'Access denied: the request token cannot issue ID tokens for this job.'
    )
  if (status === 404) return serviceError(404, 'NotFoundException', 'The job was not found or has completed.')
  if (status === 429) return serviceError(429, 'TooManyRequestsException', 'Rate limit exceeded.')
  return serviceError(status, 'ServiceException', `The service returned an error (${status}).`)
}

export interface TokenEndpointContext {
  keys: KeyStore
  run: RunContext
  requestToken: string
  nowMs: number
  fault?: Fault
}

/** GET /_apis/token?api-version=2.0&audience=… with the runner's bearer token. */
export async function handleTokenRequest(
  method: string,
  url: URL,
  authorization: string | undefined,
  ctx: TokenEndpointContext
): Promise<Reply> {
  if (method !== 'GET' && method !== 'POST')
    return serviceError(
      405,
      'MethodNotAllowedException',
      `The requested resource does not support http method '${method}'.`
    )
  const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]
  if (!bearer) return tokenStatusReply(401)
  if (bearer !== ctx.requestToken) return tokenStatusReply(403)
  if (url.searchParams.get('api-version') !== '2.0') {
    return serviceError(
      400,
      'VssInvalidApiVersionException',
      'The request does not specify a supported api-version (expected 2.0).'
    )
  }
  const fault = ctx.fault
  if (fault?.kind === 'status') return tokenStatusReply(fault.status, fault.body)
  if (fault?.kind === 'garbage')
    return { status: 200, headers: { 'content-type': 'application/json' }, body: '{"count":' }
  const requested = url.searchParams.getAll('audience').filter((a) => a !== '')
  const audience = [
    ...(requested.length ? requested : [`https://github.com/${ctx.run.owner}`]),
    ...(ctx.run.extraAudiences ?? [])
  ]
  const value = await mintToken(ctx.keys, ctx.run, ctx.nowMs, { audience })
  if (fault?.kind === 'no-value') return json(200, { count: 0 })
  return json(200, { count: value.length, value })
}

export function openidConfiguration(issuer: string, jwksUri: string): Reply {
  return json(200, {
    issuer,
    jwks_uri: jwksUri,
    subject_types_supported: ['public', 'pairwise'],
    response_types_supported: ['id_token'],
    claims_supported: [
      'sub',
      'aud',
      'exp',
      'iat',
      'iss',
      'jti',
      'nbf',
      'ref',
      'sha',
      'repository',
      'repository_id',
      'repository_owner',
      'repository_owner_id',
      'run_id',
      'run_number',
      'run_attempt',
      'actor',
      'actor_id',
      'workflow',
      'workflow_ref',
      'workflow_sha',
      'head_ref',
      'base_ref',
      'event_name',
      'ref_type',
      'ref_protected',
      'environment',
      'environment_node_id',
      'job_workflow_ref',
      'job_workflow_sha',
      'repository_visibility',
      'runner_environment',
      'enterprise',
      'enterprise_id'
    ],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid']
  })
}

export function jwksReply(jwks: object): Reply {
  return json(200, jwks)
}
