// GetCallerIdentity: who signed the request, from the session this STS issued to those keys
// (or the world's callerIdentityOverride: someone else's credentials).
import { MESSAGES } from './messages.js'
import type { ActionResult, StsContext, StsRequest } from './protocol.js'
import { signingSession, type SignatureCheck } from './signature.js'

export function getCallerIdentity(req: StsRequest, sig: SignatureCheck, ctx: StsContext): ActionResult {
  const session = signingSession(req, sig, ctx, MESSAGES.invalidClientToken)
  const override = ctx.world.callerIdentityOverride
  return [
    ['Arn', override?.arn ?? session.arn],
    ['UserId', override ? (override.userId ?? session.userId) : session.userId],
    ['Account', override?.account ?? session.account]
  ]
}
