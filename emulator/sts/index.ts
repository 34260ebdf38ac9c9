// The emulated STS: one request in, one answer out. It reads the query protocol's Action and
// Version, notes who signed, lets an injected fault answer instead, and hands the rest to
// the action's handler: AssumeRoleWithWebIdentity, AssumeRole (role chaining) or
// GetCallerIdentity. Texts and statuses follow AWS's answers as the AWS STS API Reference
// documents them (each action's Errors section) and as observed in real runs.
import type { Reply } from '../github-token.js'
import { assumeRole } from './assume-role.js'
import { assumeRoleWithWebIdentity } from './assume-role-with-web-identity.js'
import { faultAccount, faultReply } from './fault-reply.js'
import { getCallerIdentity } from './get-caller-identity.js'
import {
  ASSUME_ROLE,
  ASSUME_ROLE_WITH_WEB_IDENTITY,
  errorReply,
  GET_CALLER_IDENTITY,
  header,
  STS_ACTIONS,
  STS_VERSION,
  StsError,
  stsParams,
  successReply,
  type ActionResult,
  type StsContext,
  type StsRequest
} from './protocol.js'
import { inspectSignature, type SignatureCheck } from './signature.js'

export { MESSAGES } from './messages.js'
export {
  STS_VERSION,
  stsFaultTarget,
  stsParams,
  throttlingReply,
  type StsContext,
  type StsRequest
} from './protocol.js'
export { parseRoleArn, type ParsedRoleArn } from './roles.js'

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
    if (version !== STS_VERSION || !STS_ACTIONS.includes(action)) {
      throw new StsError(
        400,
        'InvalidAction',
        `Could not find operation ${action} for version ${version ?? 'NO_VERSION_SPECIFIED'}`
      )
    }
    if (action !== GET_CALLER_IDENTITY) {
      outcome.roleArn = params.get('RoleArn') ?? undefined
      outcome.sessionName = params.get('RoleSessionName') ?? undefined
    }
    if (ctx.fault) {
      const replaced = faultReply(ctx.fault, faultAccount(action, params, sig), ctx)
      if (replaced instanceof StsError) throw replaced
      if (replaced) {
        outcome.reply = replaced
        return outcome
      }
    }
    outcome.reply = successReply(action, await answer(action, req, params, sig, ctx), ctx)
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
): Promise<ActionResult> | ActionResult {
  if (action === ASSUME_ROLE_WITH_WEB_IDENTITY) return assumeRoleWithWebIdentity(params, ctx)
  if (action === ASSUME_ROLE) return assumeRole(req, params, sig, ctx)
  return getCallerIdentity(req, sig, ctx)
}
