// The role a request names: its ARN parsed (or refused), found among the world's roles, and
// its trust policy read the way src/policy reads one.
import { parseTrustPolicy, type TrustPolicy } from '../../src/policy/index.js'
import { normalizeRolePath, type Role, type World } from '../world.js'
import { MESSAGES } from './messages.js'
import { StsError } from './protocol.js'

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

/** The RoleArn of an assume request, or the ValidationError STS gives for one of another partition or form. */
export function requestedRoleArn(roleArn: string, partition: string): ParsedRoleArn {
  const arn = parseRoleArn(roleArn)
  if (!arn || arn.partition !== partition) throw new StsError(400, 'ValidationError', MESSAGES.invalidArn)
  return arn
}

export function findRole(world: World, arn: ParsedRoleArn): Role | undefined {
  return world.accounts[arn.account]?.roles.find((r) => r.name === arn.name && normalizeRolePath(r.path) === arn.path)
}

export function trustPolicyOf(role: Role): TrustPolicy {
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
