// AssumeRoleWithWebIdentity, unsigned, checked the way AWS checks it, in this order: the
// parameters, the role ARN, the token (a JWT from a provider the account trusts, signed with
// the issuer's published key, for a registered audience, within IAM's clock rules), then the
// role's trust policy (through src/policy), the duration and the session policy.
import { compactVerify, decodeJwt, decodeProtectedHeader, type JWTPayload } from 'jose'
import {
  conditionKeysFromClaims,
  evaluateTrustPolicy,
  providerArnFor,
  stsTimeVerdict,
  tokenTimes
} from '../../src/policy/index.js'
import { MESSAGES } from './messages.js'
import { ASSUME_ROLE_WITH_WEB_IDENTITY, policyArns, StsError, type ActionResult, type StsContext } from './protocol.js'
import { expirationText, issueRoleSession, packedPolicySize } from './role-session.js'
import { findRole, requestedRoleArn, trustPolicyOf } from './roles.js'
import { checkSessionPolicy, rejectInvalidParameters } from './validate.js'

export async function assumeRoleWithWebIdentity(params: URLSearchParams, ctx: StsContext): Promise<ActionResult> {
  rejectInvalidParameters(params, ASSUME_ROLE_WITH_WEB_IDENTITY)
  const partition = ctx.world.partition ?? 'aws'
  const roleArn = params.get('RoleArn')!
  const sessionName = params.get('RoleSessionName')!
  const arn = requestedRoleArn(roleArn, partition)

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

  const session = issueRoleSession(
    ctx,
    { arn, roleArn, role, sessionName, duration },
    { subject: String(claims.sub ?? ''), audience: aud }
  )
  const result: ActionResult = [
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
        ['Expiration', expirationText(session)],
        ['AccessKeyId', session.accessKeyId]
      ]
    ],
    ['Provider', providerArn]
  ]
  const packed = packedPolicySize(sessionPolicy, policyArns(params).length)
  if (packed !== undefined) result.splice(3, 0, ['PackedPolicySize', String(packed)])
  return result
}

/** A JWT with iss and exp, or the InvalidIdentityToken STS gives for anything else (an access token, say). */
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
