// AssumeRole by a role session this STS issued (role chaining): the signature first, then the
// parameters and the role, its trust policy for Principal.AWS with sts:ExternalId, session tags
// (sts:TagSession), the one-hour limit of a chained session and the session policy.
import { evaluateTrustPolicy, type KeyValue } from '../../src/policy/index.js'
import { MESSAGES } from './messages.js'
import {
  ASSUME_ROLE,
  indexedMembers,
  policyArns,
  sessionTags,
  StsError,
  type ActionResult,
  type StsContext,
  type StsRequest
} from './protocol.js'
import { expirationText, issueRoleSession, packedPolicySize } from './role-session.js'
import { findRole, requestedRoleArn, trustPolicyOf } from './roles.js'
import type { Session } from './sessions.js'
import { signingSession, type SignatureCheck } from './signature.js'
import { checkSessionPolicy, rejectInvalidParameters } from './validate.js'

/** a role session may chain into a session of at most one hour */
const CHAINED_MAX_SECONDS = 3600

export function assumeRole(
  req: StsRequest,
  params: URLSearchParams,
  sig: SignatureCheck,
  ctx: StsContext
): ActionResult {
  const source = signingSession(req, sig, ctx, MESSAGES.invalidClientTokenAssumeRole)
  rejectInvalidParameters(params, ASSUME_ROLE)
  const partition = ctx.world.partition ?? 'aws'
  const roleArn = params.get('RoleArn')!
  const sessionName = params.get('RoleSessionName')!
  const arn = requestedRoleArn(roleArn, partition)
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

  const session = issueRoleSession(
    ctx,
    { arn, roleArn, role, sessionName, duration },
    {
      subject: source.subject,
      audience: source.audience,
      tags: Object.fromEntries(tags),
      transitiveTagKeys,
      chainedFrom: source.arn
    }
  )
  const result: ActionResult = [
    [
      'Credentials',
      [
        ['AccessKeyId', session.accessKeyId],
        ['SecretAccessKey', session.secretAccessKey],
        ['SessionToken', session.sessionToken],
        ['Expiration', expirationText(session)]
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
