// The role session an assume action issues: new keys, its lifetime, its ARN and user id, kept
// in the session store so later signed requests can be checked; and the parts of the answer
// both assume actions share (the Expiration text, PackedPolicySize).
import type { Role } from '../world.js'
import type { StsContext } from './protocol.js'
import type { ParsedRoleArn } from './roles.js'
import { newAccessKeyId, newSecretAccessKey, newSessionToken, roleUniqueId, type Session } from './sessions.js'

export interface SessionGrant {
  arn: ParsedRoleArn
  /** the RoleArn as the request sent it */
  roleArn: string
  role: Role
  sessionName: string
  /** DurationSeconds as granted */
  duration: number
}

/** Who the session stands for: the token's subject and audience, and for a chained session its tags and source. */
export type SessionOrigin = Pick<Session, 'subject' | 'audience'> &
  Partial<Pick<Session, 'tags' | 'transitiveTagKeys' | 'chainedFrom'>>

export function issueRoleSession(ctx: StsContext, grant: SessionGrant, origin: SessionOrigin): Session {
  const partition = ctx.world.partition ?? 'aws'
  const { arn, roleArn, role, sessionName } = grant
  const nowSec = Math.floor(ctx.nowMs / 1000)
  const uniqueId = roleUniqueId(roleArn)
  const { subject, audience, ...chained } = origin
  const session: Session = {
    accessKeyId: newAccessKeyId(),
    secretAccessKey: newSecretAccessKey(),
    sessionToken: newSessionToken(),
    expiration: (nowSec + sessionSeconds(ctx.world, grant.duration)) * 1000,
    account: arn.account,
    partition,
    roleName: role.name,
    roleArn,
    sessionName,
    arn: `arn:${partition}:sts::${arn.account}:assumed-role/${role.name}/${sessionName}`,
    userId: `${uniqueId}:${sessionName}`,
    subject,
    audience,
    issuedAt: ctx.nowMs,
    ...chained
  }
  ctx.sessions.add(session)
  return session
}

/** How long a new session lasts: what was asked, unless the world shortens every session. */
function sessionSeconds(world: StsContext['world'], requested: number): number {
  return Math.min(requested, world.sessionLifetimeSeconds ?? requested)
}

/** ISO 8601 to the second, as STS writes Credentials.Expiration */
export function expirationText(session: Session): string {
  return new Date(session.expiration).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Percentage of the packed-policy allowance, reported only when session policies were passed. */
export function packedPolicySize(policy: string | null, arnCount: number): number | undefined {
  if (policy === null && arnCount === 0) return undefined
  return Math.max(1, Math.ceil(((policy?.length ?? 0) / 2048) * 40 + arnCount * 4))
}
