// The emulated STS: query protocol, AssumeRoleWithWebIdentity (unsigned, checked the way AWS
// checks it, trust policy through src/policy), AssumeRole (role chaining: SigV4 by a session
// it issued, Principal.AWS, sts:ExternalId, sts:TagSession) and GetCallerIdentity (SigV4
// against the sessions it issued). Texts and statuses follow AWS's answers as the AWS STS API
// Reference documents them (each action's Errors section) and as observed in real runs.
import type { IncomingHttpHeaders } from 'node:http'
import { compactVerify, decodeJwt, decodeProtectedHeader, type JWTPayload } from 'jose'
import {
  conditionKeysFromClaims,
  evaluateTrustPolicy,
  parseTrustPolicy,
  providerArnFor,
  stsTimeVerdict,
  tokenTimes,
  TOKEN_USED_BEFORE_ISSUED,
  type KeyValue,
  type TrustPolicy
} from '../src/policy/index.js'
import type { Fault, FaultTarget } from './faults.js'
import { proxyHtml } from './faults.js'
import type { Reply } from './github-token.js'
import type { KeyStore } from './keys.js'
import {
  newAccessKeyId,
  newSecretAccessKey,
  newSessionToken,
  roleUniqueId,
  type Session,
  type SessionStore
} from './sts/sessions.js'
import {
  formatAmzDate,
  MAX_SKEW_MS,
  parseAmzDate,
  parseAuthorization,
  signatureMatches,
  type SigV4Authorization
} from './sts/sigv4.js'
import { normalizeRolePath, type Role, type World } from './world.js'
import { errorXml, successXml, type ErrorType, type XmlNode } from './sts/xml.js'

export const STS_VERSION = '2011-06-15'
const ARWWI = 'AssumeRoleWithWebIdentity'
const AR = 'AssumeRole'
const GCI = 'GetCallerIdentity'
const ACTIONS: string[] = [ARWWI, AR, GCI]
/** a role session may chain into a session of at most one hour */
const CHAINED_MAX_SECONDS = 3600

/** The exact texts STS answers with (observed; the API Reference names the codes, not the texts). */
export const MESSAGES = {
  accessDenied: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
  noProvider: (iss: string) => `No OpenIDConnect provider found in your account for ${iss}`,
  audience: 'Incorrect token audience',
  verificationKey:
    "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
  notJwt: 'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)',
  usedBeforeIssued: TOKEN_USED_BEFORE_ISSUED,
  expired: (now: number, exp: number) =>
    `Token expired: current date/time ${now} must be before the expiration date/time${exp}`,
  idpCommunication:
    'The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached. ' +
    'This is often a transient error caused by network conditions. Retry the request a limited number of times and wait between attempts to avoid overloading the IDP.',
  maxDuration: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
  invalidArn: 'Request ARN is invalid',
  policyNotJson: 'The policy is not in the valid JSON format.',
  policySyntax: 'Syntax errors in policy.',
  regionDisabled: (account: string) =>
    `STS is not activated in this region for account:${account}. Your account administrator can activate STS in this region using the IAM Console.`,
  throttling: 'Rate exceeded',
  internalFailure: 'The request processing has failed because of an unknown error, exception or failure.',
  serviceUnavailable: 'The request has failed due to a temporary failure of the server.',
  invalidClientToken: 'The security token included in the request is invalid',
  /** AssumeRole's wording ends with a full stop */
  invalidClientTokenAssumeRole: 'The security token included in the request is invalid.',
  notAuthorized: (caller: string, action: string, resource: string) =>
    `User: ${caller} is not authorized to perform: ${action} on resource: ${resource}`,
  chainingLimit: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
  expiredToken: 'The security token included in the request is expired',
  missingAuth: 'Request is missing Authentication Token',
  signatureMismatch:
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  signatureExpired: (signed: string, now: number) =>
    `Signature expired: ${signed} is now earlier than ${formatAmzDate(now - MAX_SKEW_MS)} (${formatAmzDate(now)} - 15 min.)`,
  signatureNotYetCurrent: (signed: string, now: number) =>
    `Signature not yet current: ${signed} is still later than ${formatAmzDate(now + MAX_SKEW_MS)} (${formatAmzDate(now)} + 15 min.)`
} as const

class StsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type: ErrorType = status >= 500 ? 'Receiver' : 'Sender'
  ) {
    super(message)
  }
}

export interface StsRequest {
  method: string
  /** path as sent (percent-encoded) */
  wirePath: string
  rawQuery: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface StsContext {
  world: World
  keys: KeyStore
  sessions: SessionStore
  /** the STS clock (real clock + world.clockOffsetSeconds), epoch ms */
  nowMs: number
  requestId: string
  fault?: Fault
}

export interface StsOutcome {
  reply: Reply
  action?: string
  code?: string
  accessKeyId?: string
  /** the request carried an Authorization header */
  signed: boolean
  /** ... and it is a valid signature by a session this emulator issued (key, token and secret) */
  signedByIssuedSession: boolean
  region?: string
  roleArn?: string
  sessionName?: string
}

/** Query string and form body together, as the query protocol allows either. */
export function stsParams(req: Pick<StsRequest, 'rawQuery' | 'body' | 'headers'>): URLSearchParams {
  const params = new URLSearchParams(req.rawQuery)
  const type = String(req.headers['content-type'] ?? '')
  if (req.body.length > 0 && (type === '' || type.startsWith('application/x-www-form-urlencoded'))) {
    for (const [k, v] of new URLSearchParams(req.body.toString('utf8'))) params.append(k, v)
  }
  return params
}

/** Which fault queue a request draws from. */
export function stsFaultTarget(params: URLSearchParams): FaultTarget | undefined {
  const action = params.get('Action')
  return action !== null && ACTIONS.includes(action) ? (action as FaultTarget) : undefined
}

function xmlReply(status: number, body: string, ctx: Pick<StsContext, 'requestId' | 'nowMs'>): Reply {
  return {
    status,
    headers: {
      'content-type': 'text/xml',
      'x-amzn-requestid': ctx.requestId,
      // the SDK corrects its clock from this header, so it shows the STS clock
      date: new Date(ctx.nowMs).toUTCString()
    },
    body
  }
}

function errorReply(err: StsError, ctx: StsContext): Reply {
  return xmlReply(err.status, errorXml(err.type, err.code, err.message, ctx.requestId), ctx)
}

/** The answer to a request over the account's quota (any Action). */
export function throttlingReply(ctx: Pick<StsContext, 'requestId' | 'nowMs'>): Reply {
  return xmlReply(400, errorXml('Sender', 'Throttling', MESSAGES.throttling, ctx.requestId), ctx)
}

/** Faults that replace the whole answer (hang/reset are the server's business). */
function faultReply(fault: Fault, account: string, ctx: StsContext): Reply | StsError | undefined {
  switch (fault.kind) {
    case 'throttle':
      return new StsError(400, 'Throttling', MESSAGES.throttling)
    case 'server-error':
      return fault.status === 503
        ? new StsError(503, 'ServiceUnavailable', MESSAGES.serviceUnavailable)
        : new StsError(500, 'InternalFailure', MESSAGES.internalFailure)
    case 'idp-communication':
      return new StsError(400, 'IDPCommunicationError', MESSAGES.idpCommunication)
    case 'region-disabled':
      return new StsError(403, 'RegionDisabledException', MESSAGES.regionDisabled(fault.account ?? account))
    case 'invalid-client-token':
      return new StsError(403, 'InvalidClientTokenId', MESSAGES.invalidClientToken)
    case 'error':
      return new StsError(fault.status, fault.code, fault.message, fault.type)
    case 'garbage':
      return {
        status: 200,
        headers: { 'content-type': 'text/xml', 'x-amzn-requestid': ctx.requestId },
        body: 'OK\u0000not xml at all {'
      }
    case 'html':
      return {
        status: fault.status ?? 502,
        headers: { 'content-type': 'text/html' },
        body: proxyHtml(fault.status, fault.wellFormed)
      }
    default:
      return undefined
  }
}

interface SignatureCheck {
  auth?: SigV4Authorization
  session?: Session
  amzDate?: string
  valid: boolean
}

function inspectSignature(req: StsRequest, ctx: StsContext): SignatureCheck {
  const auth = parseAuthorization(header(req.headers, 'authorization'))
  if (!auth) return { valid: false }
  const session = ctx.sessions.get(auth.accessKeyId)
  const amzDate = header(req.headers, 'x-amz-date')
  const valid =
    !!session &&
    !!amzDate &&
    header(req.headers, 'x-amz-security-token') === session.sessionToken &&
    signatureMatches(req, auth, amzDate, session.secretAccessKey)
  return { auth, session, amzDate, valid }
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name]
  return Array.isArray(v) ? v.join(',') : v
}

export async function handleSts(req: StsRequest, ctx: StsContext): Promise<StsOutcome> {
  const params = stsParams(req)
  const action = params.get('Action') ?? undefined
  const sig = inspectSignature(req, ctx)
  const outcome: StsOutcome = {
    reply: { status: 500, headers: {}, body: '' },
    action,
    accessKeyId: sig.auth?.accessKeyId,
    signed: header(req.headers, 'authorization') !== undefined,
    signedByIssuedSession: sig.valid,
    region: sig.auth?.region
  }
  try {
    if (!action) throw new StsError(400, 'MissingAction', 'Missing Action')
    const version = params.get('Version')
    if (version !== STS_VERSION || !ACTIONS.includes(action)) {
      // only these operations are emulated; any other looks like an unknown one
      throw new StsError(
        400,
        'InvalidAction',
        `Could not find operation ${action} for version ${version ?? 'NO_VERSION_SPECIFIED'}`
      )
    }
    if (action !== GCI) {
      outcome.roleArn = params.get('RoleArn') ?? undefined
      outcome.sessionName = params.get('RoleSessionName') ?? undefined
    }
    if (ctx.fault) {
      const account =
        action === GCI ? (sig.session?.account ?? '') : (parseRoleArn(params.get('RoleArn') ?? '')?.account ?? '')
      const replaced = faultReply(ctx.fault, account || '123456789012', ctx)
      if (replaced instanceof StsError) throw replaced
      if (replaced) {
        outcome.reply = replaced
        return outcome
      }
    }
    const result = await answer(action, req, params, sig, ctx)
    outcome.reply = xmlReply(200, successXml(action, result, ctx.requestId), ctx)
  } catch (err) {
    if (!(err instanceof StsError)) throw err
    outcome.code = err.code
    outcome.reply = errorReply(err, ctx)
  }
  return outcome
}

function answer(
  action: string,
  req: StsRequest,
  params: URLSearchParams,
  sig: SignatureCheck,
  ctx: StsContext
): Promise<[string, XmlNode][]> | [string, XmlNode][] {
  if (action === ARWWI) return assumeRoleWithWebIdentity(params, ctx)
  if (action === AR) return assumeRole(req, params, sig, ctx)
  return getCallerIdentity(req, sig, ctx)
}

// ---- AssumeRoleWithWebIdentity ------------------------------------------------------------

const ARN_PATTERN = String.raw`[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+`
const SESSION_NAME_PATTERN = String.raw`[\w+=,.@-]*`
const POLICY_PATTERN = String.raw`[\u0009\u000A\u000D\u0020-\u00FF]+`

interface FieldRule {
  param: string
  member: string
  min: number
  max: number
  required?: boolean
  pattern?: { text: string; test: RegExp }
  /** AWS does not echo sensitive values in validation messages */
  sensitive?: boolean
  /** the operations that take it (default: both assume operations) */
  only?: string
}

const RULES: FieldRule[] = [
  {
    param: 'RoleArn',
    member: 'roleArn',
    min: 20,
    max: 2048,
    required: true,
    pattern: {
      text: ARN_PATTERN,
      test: /^[\t\n\r\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]+$/u
    }
  },
  {
    param: 'RoleSessionName',
    member: 'roleSessionName',
    min: 2,
    max: 64,
    required: true,
    pattern: { text: SESSION_NAME_PATTERN, test: /^[A-Za-z0-9_+=,.@-]*$/ }
  },
  {
    param: 'WebIdentityToken',
    member: 'webIdentityToken',
    min: 4,
    max: 20000,
    required: true,
    sensitive: true,
    only: ARWWI
  },
  { param: 'ProviderId', member: 'providerId', min: 4, max: 2048, only: ARWWI },
  {
    param: 'ExternalId',
    member: 'externalId',
    min: 2,
    max: 1224,
    only: AR,
    pattern: { text: String.raw`[\w+=,.@:\/-]*`, test: /^[\w+=,.@:/-]*$/ }
  },
  {
    param: 'Policy',
    member: 'policy',
    min: 1,
    max: 2048,
    pattern: { text: POLICY_PATTERN, test: /^[\t\n\r\u0020-\u00FF]+$/ }
  }
]

function value(member: string, v: string, sensitive?: boolean): string {
  return sensitive ? `Value at '${member}'` : `Value '${v}' at '${member}'`
}

/** Coral-style "N validation error(s) detected: …; …" */
export function validationErrors(params: URLSearchParams, action = ARWWI): string[] {
  const errors: string[] = []
  for (const rule of RULES.filter((r) => (r.only ?? action) === action)) {
    const v = params.get(rule.param)
    if (v === null) {
      if (rule.required)
        errors.push(`Value null at '${rule.member}' failed to satisfy constraint: Member must not be null`)
      continue
    }
    const prefix = `${value(rule.member, v, rule.sensitive)} failed to satisfy constraint: Member must`
    const length = [...v].length
    if (length < rule.min) errors.push(`${prefix} have length greater than or equal to ${rule.min}`)
    if (length > rule.max) errors.push(`${prefix} have length less than or equal to ${rule.max}`)
    if (rule.pattern && length > 0 && !rule.pattern.test.test(v))
      errors.push(`${prefix} satisfy regular expression pattern: ${rule.pattern.text}`)
  }
  const duration = params.get('DurationSeconds')
  if (duration !== null) {
    const n = Number(duration)
    const prefix = `Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must`
    if (!/^-?\d+$/.test(duration.trim())) errors.push(`${prefix} be an integer`)
    else if (n < 900) errors.push(`${prefix} have value greater than or equal to 900`)
    else if (n > 43200) errors.push(`${prefix} have value less than or equal to 43200`)
  }
  const arns = policyArns(params)
  if (arns.length > 10) {
    errors.push(
      `Value '[${arns.map((a) => `PolicyDescriptorType(arn=${a})`).join(', ')}]' at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to 10`
    )
  }
  arns.forEach((arn, i) => {
    const prefix = `Value '${arn}' at 'policyArns.${i + 1}.member.arn' failed to satisfy constraint: Member must`
    if (arn.length < 20) errors.push(`${prefix} have length greater than or equal to 20`)
    if (arn.length > 2048) errors.push(`${prefix} have length less than or equal to 2048`)
  })
  if (action === AR) errors.push(...tagErrors(params))
  return errors
}

const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
const TAG_PATTERN = String.raw`[\p{L}\p{Z}\p{N}_.:/=+\-@]*`

/** Tags.member.N.Key/Value: at most 50; keys 1-128, values 0-256 characters of the tag alphabet. */
function tagErrors(params: URLSearchParams): string[] {
  const errors: string[] = []
  const tags = sessionTags(params)
  if (tags.length > 50)
    errors.push(`Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50`)
  tags.forEach(([key, value], i) => {
    const at = (member: string, v: string) =>
      `Value '${v}' at 'tags.${i + 1}.member.${member}' failed to satisfy constraint: Member must`
    if (key.length < 1 || key.length > 128) errors.push(`${at('key', key)} have length between 1 and 128`)
    if (!TAG_TEXT.test(key)) errors.push(`${at('key', key)} satisfy regular expression pattern: ${TAG_PATTERN}`)
    if (value.length > 256) errors.push(`${at('value', value)} have length less than or equal to 256`)
    if (!TAG_TEXT.test(value)) errors.push(`${at('value', value)} satisfy regular expression pattern: ${TAG_PATTERN}`)
  })
  return errors
}

/** Tags.member.N.Key / .Value pairs, in N order */
function sessionTags(params: URLSearchParams): [string, string][] {
  return indexedMembers(params, /^Tags\.member\.(\d+)\.Key$/).map(([n, key]) => [
    key,
    params.get(`Tags.member.${n}.Value`) ?? ''
  ])
}

/** [N, value] of every parameter matching `pattern` (its group 1 is N), sorted by N */
function indexedMembers(params: URLSearchParams, pattern: RegExp): [number, string][] {
  const found: [number, string][] = []
  for (const [k, v] of params) {
    const m = pattern.exec(k)
    if (m) found.push([Number(m[1]), v])
  }
  return found.sort((a, b) => a[0] - b[0])
}

function policyArns(params: URLSearchParams): string[] {
  return indexedMembers(params, /^PolicyArns\.member\.(\d+)\.arn$/).map(([, v]) => v)
}

export interface ParsedRoleArn {
  partition: string
  account: string
  path: string
  name: string
}

export function parseRoleArn(arn: string): ParsedRoleArn | undefined {
  const m = arn.match(
    /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):iam::(\d{12}):role(\/(?:[\x21-\x7e]+\/)?)([\w+=,.@-]{1,64})$/
  )
  if (!m) return undefined
  return { partition: m[1]!, account: m[2]!, path: m[3]!, name: m[4]! }
}

function decodeToken(token: string): { header: Record<string, unknown>; claims: JWTPayload } {
  try {
    if (token.split('.').length !== 3) throw new Error('not three parts')
    const header = decodeProtectedHeader(token) as Record<string, unknown>
    const claims = decodeJwt(token)
    if (typeof claims.iss !== 'string' || typeof claims.exp !== 'number') throw new Error('iss/exp missing')
    return { header, claims }
  } catch {
    throw new StsError(400, 'InvalidIdentityToken', MESSAGES.notJwt)
  }
}

function validationError(errors: string[]): StsError {
  const count = `${errors.length} validation error${errors.length > 1 ? 's' : ''}`
  return new StsError(400, 'ValidationError', `${count} detected: ${errors.join('; ')}`)
}

function findRole(world: World, arn: ParsedRoleArn): Role | undefined {
  return world.accounts[arn.account]?.roles.find((r) => r.name === arn.name && normalizeRolePath(r.path) === arn.path)
}

function trustPolicyOf(role: Role): TrustPolicy {
  const text = typeof role.trustPolicy === 'string' ? role.trustPolicy : JSON.stringify(role.trustPolicy)
  try {
    return parseTrustPolicy(text)
  } catch (err) {
    // a broken world is the test author's mistake: say so loudly rather than deny
    throw new StsError(
      500,
      'InternalFailure',
      `emulator: the trust policy of role ${role.name} does not parse: ${(err as Error).message}`
    )
  }
}

async function assumeRoleWithWebIdentity(params: URLSearchParams, ctx: StsContext): Promise<[string, XmlNode][]> {
  const errors = validationErrors(params)
  if (errors.length > 0) throw validationError(errors)
  const partition = ctx.world.partition ?? 'aws'
  const roleArn = params.get('RoleArn')!
  const sessionName = params.get('RoleSessionName')!
  const arn = parseRoleArn(roleArn)
  if (!arn || arn.partition !== partition) throw new StsError(400, 'ValidationError', MESSAGES.invalidArn)

  // the token: a JWT, from an issuer this account trusts, signed with the issuer's published key
  const token = params.get('WebIdentityToken')!
  const { header, claims } = decodeToken(token)
  const iss = claims.iss!
  const account = ctx.world.accounts[arn.account]
  const provider = account?.oidcProviders.find((p) => p.url === iss)
  if (!provider) throw new StsError(400, 'InvalidIdentityToken', MESSAGES.noProvider(iss))
  if (ctx.fault?.kind === 'jwks-unreachable') throw new StsError(400, 'InvalidIdentityToken', MESSAGES.verificationKey)
  const key = await ctx.keys.lookup(iss)
  if (!key || (header.kid !== undefined && header.kid !== key.kid))
    throw new StsError(400, 'InvalidIdentityToken', MESSAGES.verificationKey)
  try {
    await compactVerify(token, key.publicKey, { algorithms: ['RS256'] })
  } catch {
    throw new StsError(400, 'InvalidIdentityToken', MESSAGES.verificationKey)
  }

  const aud = Array.isArray(claims.aud) && claims.aud.length === 1 ? claims.aud[0] : claims.aud
  if (typeof aud !== 'string' || !provider.clientIds.includes(aud))
    throw new StsError(400, 'InvalidIdentityToken', MESSAGES.audience)
  const nowSec = Math.floor(ctx.nowMs / 1000)
  // IAM's clock rules (src/policy/clock.ts): five minutes of allowance past exp; nbf/iat ahead of AWS is refused
  const times = stsTimeVerdict(tokenTimes(claims as Record<string, unknown>), nowSec)
  if (times === 'expired') throw new StsError(400, 'ExpiredTokenException', MESSAGES.expired(nowSec, claims.exp!))
  if (times === 'used-before-issued') throw new StsError(400, 'InvalidIdentityToken', MESSAGES.usedBeforeIssued)

  // IAM: the role must exist and its trust policy must allow this token
  const role = findRole(ctx.world, arn)
  if (!role) throw new StsError(403, 'AccessDenied', MESSAGES.accessDenied)
  const policy = trustPolicyOf(role)
  const providerArn = providerArnFor(iss, arn.account, partition)
  const keys = { ...conditionKeysFromClaims(claims as Record<string, unknown>), 'sts:RoleSessionName': sessionName }
  const evaluation = evaluateTrustPolicy(policy, {
    action: 'sts:AssumeRoleWithWebIdentity',
    federatedPrincipal: providerArn,
    keys,
    issuer: iss
  })
  if (evaluation.decision !== 'allow') throw new StsError(403, 'AccessDenied', MESSAGES.accessDenied)

  const duration = Number(params.get('DurationSeconds') ?? 3600)
  if (duration > (role.maxSessionDuration ?? 3600)) throw new StsError(400, 'ValidationError', MESSAGES.maxDuration)
  const sessionPolicy = params.get('Policy')
  if (sessionPolicy !== null) checkSessionPolicy(sessionPolicy)

  const uniqueId = roleUniqueId(roleArn)
  const session: Session = {
    accessKeyId: newAccessKeyId(),
    secretAccessKey: newSecretAccessKey(),
    sessionToken: newSessionToken(),
    expiration: (nowSec + sessionSeconds(ctx.world, duration)) * 1000,
    account: arn.account,
    partition,
    roleName: role.name,
    roleArn,
    sessionName,
    arn: `arn:${partition}:sts::${arn.account}:assumed-role/${role.name}/${sessionName}`,
    userId: `${uniqueId}:${sessionName}`,
    subject: String(claims.sub ?? ''),
    audience: aud,
    issuedAt: ctx.nowMs
  }
  ctx.sessions.add(session)

  const result: [string, XmlNode][] = [
    ['SubjectFromWebIdentityToken', session.subject],
    ['Audience', aud],
    [
      'AssumedRoleUser',
      [
        ['Arn', session.arn],
        ['AssumedRoleId', session.userId]
      ]
    ],
    [
      'Credentials',
      [
        ['SessionToken', session.sessionToken],
        ['SecretAccessKey', session.secretAccessKey],
        ['Expiration', new Date(session.expiration).toISOString().replace(/\.\d{3}Z$/, 'Z')],
        ['AccessKeyId', session.accessKeyId]
      ]
    ],
    ['Provider', providerArn]
  ]
  const packed = packedPolicySize(sessionPolicy, policyArns(params).length)
  if (packed !== undefined) result.splice(3, 0, ['PackedPolicySize', String(packed)])
  return result
}

function checkSessionPolicy(text: string): void {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    throw new StsError(400, 'MalformedPolicyDocument', MESSAGES.policyNotJson)
  }
  const statement = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>).Statement : undefined
  if (typeof statement !== 'object' || statement === null)
    throw new StsError(400, 'MalformedPolicyDocument', MESSAGES.policySyntax)
}

/** Percentage of the packed-policy allowance, reported only when session policies were passed. */
function packedPolicySize(policy: string | null, arnCount: number): number | undefined {
  if (policy === null && arnCount === 0) return undefined
  return Math.max(1, Math.ceil(((policy?.length ?? 0) / 2048) * 40 + arnCount * 4))
}

// ---- AssumeRole (role chaining) -------------------------------------------------------------

function assumeRole(
  req: StsRequest,
  params: URLSearchParams,
  sig: SignatureCheck,
  ctx: StsContext
): [string, XmlNode][] {
  const source = signingSession(req, sig, ctx, MESSAGES.invalidClientTokenAssumeRole)
  const errors = validationErrors(params, AR)
  if (errors.length > 0) throw validationError(errors)
  const partition = ctx.world.partition ?? 'aws'
  const roleArn = params.get('RoleArn')!
  const sessionName = params.get('RoleSessionName')!
  const arn = parseRoleArn(roleArn)
  if (!arn || arn.partition !== partition) throw new StsError(400, 'ValidationError', MESSAGES.invalidArn)
  // AWS names the caller (its session ARN) and the target; it never says which condition failed
  const denied = (action: string) =>
    new StsError(403, 'AccessDenied', MESSAGES.notAuthorized(source.arn, action, roleArn))
  const role = findRole(ctx.world, arn)
  if (!role) throw denied('sts:AssumeRole')

  const policy = trustPolicyOf(role)
  const tags = sessionTags(params)
  const transitiveTagKeys = indexedMembers(params, /^TransitiveTagKeys\.member\.(\d+)$/).map(([, v]) => v)
  const keys = chainingKeys(source, sessionName, params.get('ExternalId'), tags)
  const allows = (action: string): boolean =>
    evaluateTrustPolicy(policy, { action, federatedPrincipal: '', awsPrincipal: source.roleArn, keys }).decision ===
    'allow'
  if (!allows('sts:AssumeRole')) throw denied('sts:AssumeRole')
  if ((tags.length > 0 || transitiveTagKeys.length > 0) && !allows('sts:TagSession')) throw denied('sts:TagSession')

  const duration = Number(params.get('DurationSeconds') ?? 3600)
  if (duration > CHAINED_MAX_SECONDS) throw new StsError(400, 'ValidationError', MESSAGES.chainingLimit)
  if (duration > (role.maxSessionDuration ?? 3600)) throw new StsError(400, 'ValidationError', MESSAGES.maxDuration)
  const sessionPolicy = params.get('Policy')
  if (sessionPolicy !== null) checkSessionPolicy(sessionPolicy)

  const nowSec = Math.floor(ctx.nowMs / 1000)
  const uniqueId = roleUniqueId(roleArn)
  const session: Session = {
    accessKeyId: newAccessKeyId(),
    secretAccessKey: newSecretAccessKey(),
    sessionToken: newSessionToken(),
    expiration: (nowSec + sessionSeconds(ctx.world, duration)) * 1000,
    account: arn.account,
    partition,
    roleName: role.name,
    roleArn,
    sessionName,
    arn: `arn:${partition}:sts::${arn.account}:assumed-role/${role.name}/${sessionName}`,
    userId: `${uniqueId}:${sessionName}`,
    subject: source.subject,
    audience: source.audience,
    issuedAt: ctx.nowMs,
    tags: Object.fromEntries(tags),
    transitiveTagKeys,
    chainedFrom: source.arn
  }
  ctx.sessions.add(session)

  const result: [string, XmlNode][] = [
    [
      'Credentials',
      [
        ['AccessKeyId', session.accessKeyId],
        ['SecretAccessKey', session.secretAccessKey],
        ['SessionToken', session.sessionToken],
        ['Expiration', new Date(session.expiration).toISOString().replace(/\.\d{3}Z$/, 'Z')]
      ]
    ],
    [
      'AssumedRoleUser',
      [
        ['AssumedRoleId', session.userId],
        ['Arn', session.arn]
      ]
    ]
  ]
  const packed = packedPolicySize(sessionPolicy, policyArns(params).length + tags.length)
  if (packed !== undefined) result.push(['PackedPolicySize', String(packed)])
  return result
}

/** The request context IAM gives an AssumeRole by a role session. */
function chainingKeys(
  source: Session,
  sessionName: string,
  externalId: string | null,
  tags: [string, string][]
): Record<string, KeyValue> {
  const keys: Record<string, KeyValue> = {
    'sts:RoleSessionName': sessionName,
    'aws:PrincipalArn': source.roleArn,
    'aws:PrincipalAccount': source.account
  }
  if (externalId !== null) keys['sts:ExternalId'] = externalId
  for (const [key, value] of tags) keys[`aws:RequestTag/${key}`] = value
  if (tags.length > 0) keys['aws:TagKeys'] = tags.map(([key]) => key)
  return keys
}

/** How long a new session lasts: what was asked, unless the world shortens every session. */
function sessionSeconds(world: StsContext['world'], requested: number): number {
  return Math.min(requested, world.sessionLifetimeSeconds ?? requested)
}

// ---- GetCallerIdentity ----------------------------------------------------------------------

function getCallerIdentity(req: StsRequest, sig: SignatureCheck, ctx: StsContext): [string, XmlNode][] {
  const session = signingSession(req, sig, ctx, MESSAGES.invalidClientToken)
  const override = ctx.world.callerIdentityOverride
  return [
    ['Arn', override?.arn ?? session.arn],
    ['UserId', override ? (override.userId ?? session.userId) : session.userId],
    ['Account', override?.account ?? session.account]
  ]
}

/** The live session whose keys signed the request, or the error AWS gives for its signature. */
function signingSession(req: StsRequest, sig: SignatureCheck, ctx: StsContext, invalidToken: string): Session {
  if (header(req.headers, 'authorization') === undefined)
    throw new StsError(403, 'MissingAuthenticationToken', MESSAGES.missingAuth)
  const { auth, amzDate } = sig
  const signedAt = parseAmzDate(amzDate)
  if (!auth || !amzDate || signedAt === undefined) {
    throw new StsError(400, 'IncompleteSignature', 'Request must contain a signature that conforms to AWS standards')
  }
  if (signedAt < ctx.nowMs - MAX_SKEW_MS)
    throw new StsError(403, 'SignatureDoesNotMatch', MESSAGES.signatureExpired(amzDate, ctx.nowMs))
  if (signedAt > ctx.nowMs + MAX_SKEW_MS)
    throw new StsError(403, 'SignatureDoesNotMatch', MESSAGES.signatureNotYetCurrent(amzDate, ctx.nowMs))
  const session = sig.session
  if (!session || header(req.headers, 'x-amz-security-token') !== session.sessionToken) {
    throw new StsError(403, 'InvalidClientTokenId', invalidToken)
  }
  if (ctx.nowMs >= session.expiration) throw new StsError(403, 'ExpiredToken', MESSAGES.expiredToken)
  if (auth.service !== 'sts')
    throw new StsError(403, 'SignatureDoesNotMatch', "Credential should be scoped to correct service: 'sts'. ")
  if (auth.date !== amzDate.slice(0, 8)) {
    throw new StsError(
      403,
      'SignatureDoesNotMatch',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`
    )
  }
  if (!sig.valid) throw new StsError(403, 'SignatureDoesNotMatch', MESSAGES.signatureMismatch)
  return session
}
