// The GitHub side: the runner's ID-token endpoint, the claims, and the discovery documents.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose'
import { defaultRunContext, startEmulator, type Emulator } from '../../emulator/index.js'
import { decodeClaims, decodeHeader } from './helpers.js'

const NOW = Math.floor(Date.now() / 1000) * 1000
let emu: Emulator

beforeAll(async () => {
  emu = await startEmulator({ clock: () => NOW, requestToken: 'request-token-123' })
})
afterAll(() => emu.close())

async function getToken(query = '&audience=sts.amazonaws.com', auth = `Bearer ${emu.tokenRequestToken}`) {
  const res = await fetch(`${emu.tokenRequestUrl}${query}`, { headers: auth ? { Authorization: auth } : {} })
  return { status: res.status, body: (await res.json()) as { count?: number; value?: string; message?: string } }
}

it('the request URL looks like ACTIONS_ID_TOKEN_REQUEST_URL and is on loopback', () => {
  expect(emu.tokenRequestUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_apis\/token\?api-version=2\.0$/)
  expect(emu.tokenRequestToken).toBe('request-token-123')
  expect(emu.stsEndpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  expect(emu.issuer).toBe('https://token.actions.githubusercontent.com')
})

it('answers {count, value} with a complete, verifiable token', async () => {
  const { status, body } = await getToken()
  expect(status).toBe(200)
  expect(body.count).toBe(body.value!.length)
  const jwt = body.value!

  const header = decodeHeader(jwt)
  expect(header).toEqual({
    alg: 'RS256',
    kid: expect.stringMatching(/^[0-9A-F]{40}$/),
    typ: 'JWT',
    x5t: expect.stringMatching(/^[\w-]{27}$/)
  })

  const claims = decodeClaims(jwt)
  expect(claims).toEqual({
    jti: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
    aud: 'sts.amazonaws.com',
    ref: 'refs/heads/main',
    sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    repository: 'octo-org/octo-repo',
    repository_owner: 'octo-org',
    repository_owner_id: '123456',
    repository_id: '789012',
    repository_visibility: 'private',
    actor: 'octocat',
    actor_id: '583231',
    run_id: '9876543210',
    run_number: '42',
    run_attempt: '1',
    runner_environment: 'github-hosted',
    workflow: 'Deploy',
    workflow_ref: 'octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main',
    workflow_sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    job_workflow_ref: 'octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main',
    job_workflow_sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    head_ref: '',
    base_ref: '',
    event_name: 'push',
    ref_type: 'branch',
    ref_protected: 'true',
    iss: 'https://token.actions.githubusercontent.com',
    iat: NOW / 1000,
    nbf: NOW / 1000 - 600,
    exp: NOW / 1000 + 300
  })

  // verifiable against the published JWKS, like STS does
  const jwks = (await (await fetch(`${emu.baseUrl}/.well-known/jwks`)).json()) as JSONWebKeySet
  const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks), {
    issuer: 'https://token.actions.githubusercontent.com',
    audience: 'sts.amazonaws.com',
    currentDate: new Date(NOW)
  })
  expect(payload.sub).toBe(claims.sub)
})

it('defaults aud to https://github.com/<owner> when no audience is requested', async () => {
  const { body } = await getToken('')
  expect(decodeClaims(body.value!).aud).toBe('https://github.com/octo-org')
})

it('follows the live run context: environment, PR, extra audiences, lifetime, properties', async () => {
  Object.assign(emu.run, {
    environment: 'prod',
    extraAudiences: ['api://AzureADTokenExchange'],
    tokenLifetimeSeconds: 3600,
    repoProperties: { team: 'platform' }
  })
  try {
    const claims = decodeClaims((await getToken()).body.value!)
    expect(claims).toMatchObject({
      sub: 'repo:octo-org/octo-repo:environment:prod',
      environment: 'prod',
      environment_node_id: expect.any(String),
      aud: ['sts.amazonaws.com', 'api://AzureADTokenExchange'],
      exp: NOW / 1000 + 3600,
      repo_property_team: 'platform'
    })
  } finally {
    for (const k of ['environment', 'extraAudiences', 'repoProperties'] as const) delete emu.run[k]
    emu.run.tokenLifetimeSeconds = 300
  }
})

describe('refusals', () => {
  it('401 without a bearer token, 403 with a wrong one', async () => {
    expect(await getToken(undefined, '')).toMatchObject({
      status: 401,
      body: { typeKey: 'UnauthorizedRequestException' }
    })
    expect(await getToken(undefined, 'Bearer nope')).toMatchObject({
      status: 403,
      body: { typeKey: 'AccessDeniedException' }
    })
  })

  it('400 without api-version=2.0', async () => {
    const res = await fetch(`${emu.baseUrl}/_apis/token?audience=x`, {
      headers: { Authorization: `Bearer ${emu.tokenRequestToken}` }
    })
    expect(res.status).toBe(400)
  })
})

it('serves the OpenID configuration and the JWKS', async () => {
  const config = (await (await fetch(`${emu.baseUrl}/.well-known/openid-configuration`)).json()) as Record<
    string,
    unknown
  >
  expect(config).toMatchObject({
    issuer: 'https://token.actions.githubusercontent.com',
    jwks_uri: `${emu.baseUrl}/.well-known/jwks`
  })
  const jwks = (await (await fetch(String(config.jwks_uri))).json()) as JSONWebKeySet
  expect(jwks.keys[0]).toMatchObject({
    kty: 'RSA',
    alg: 'RS256',
    use: 'sig',
    kid: expect.any(String),
    n: expect.any(String),
    e: 'AQAB'
  })
  expect(jwks.keys[0]).not.toHaveProperty('d')
})

describe('issueToken', () => {
  it('mints directly, aud sts.amazonaws.com by default, with claim overrides and removals', async () => {
    const jwt = await emu.issueToken({ claims: { enterprise: 'octo-ent', jti: undefined }, lifetimeSeconds: 60 })
    const claims = decodeClaims(jwt)
    expect(claims).toMatchObject({ aud: 'sts.amazonaws.com', enterprise: 'octo-ent', exp: NOW / 1000 + 60 })
    expect(claims).not.toHaveProperty('jti')
  })

  it('signs as another issuer, and the run overrides rebuild sub', async () => {
    const jwt = await emu.issueToken({
      issuer: 'https://ghes.example.com/_services/token',
      run: defaultRunContext({ ref: 'refs/tags/v2.0.0' })
    })
    expect(decodeClaims(jwt)).toMatchObject({
      iss: 'https://ghes.example.com/_services/token',
      sub: 'repo:octo-org/octo-repo:ref:refs/tags/v2.0.0',
      ref_type: 'tag'
    })
    const jwks = (await (await fetch(`${emu.baseUrl}/.well-known/jwks`)).json()) as JSONWebKeySet
    expect(jwks.keys.map((k) => k.kid)).toContain(decodeHeader(jwt).kid)
  })
})
