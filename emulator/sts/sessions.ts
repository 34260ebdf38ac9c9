// Credentials the emulated STS handed out, so GetCallerIdentity can tell its own sessions
// from foreign keys and check signatures with the right secret.
import { createHash, randomBytes, randomInt } from 'node:crypto'

export interface Session {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  /** STS clock, epoch ms */
  expiration: number
  account: string
  partition: string
  roleName: string
  roleArn: string
  sessionName: string
  /** arn:<partition>:sts::<account>:assumed-role/<role>/<session> */
  arn: string
  /** AROA…:<session> */
  userId: string
  subject: string
  audience: string
  issuedAt: number
  /** sts:AssumeRole: the session tags it was given, and the session whose keys signed the request */
  tags?: Record<string, string>
  transitiveTagKeys?: string[]
  chainedFrom?: string
}

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

function randomChars(alphabet: string, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)]
  return out
}

/** ASIA + 16 upper-case alphanumerics: a temporary key id */
export function newAccessKeyId(): string {
  return `ASIA${randomChars(UPPER_ALNUM, 16)}`
}

/** 40 characters of base64 alphabet, like real secrets */
export function newSecretAccessKey(): string {
  return randomBytes(30).toString('base64')
}

/** Real session tokens are long opaque base64 blobs (several hundred characters). */
export function newSessionToken(): string {
  return `IQoJb3JpZ2luX2VjE${randomBytes(480).toString('base64')}`
}

/** A role's unique id is stable: AROA + 17 characters derived from its ARN. */
export function roleUniqueId(roleArn: string): string {
  const digest = createHash('sha256').update(roleArn).digest()
  let out = 'AROA'
  for (let i = 0; i < 17; i++) out += UPPER_ALNUM[digest[i]! % UPPER_ALNUM.length]
  return out
}

export class SessionStore {
  private readonly byKey = new Map<string, Session>()

  add(session: Session): void {
    this.byKey.set(session.accessKeyId, session)
  }

  get(accessKeyId: string): Session | undefined {
    return this.byKey.get(accessKeyId)
  }

  all(): Session[] {
    return [...this.byKey.values()]
  }
}
