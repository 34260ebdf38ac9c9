// What an injected fault (emulator/faults.ts) makes STS answer in place of the action: an
// error AWS documents, or a body no STS would send. Hang and reset are the server's business.
import { proxyHtml, type Fault } from '../faults.js'
import type { Reply } from '../github-token.js'
import { DEFAULT_ACCOUNT } from '../world.js'
import { MESSAGES } from './messages.js'
import { GET_CALLER_IDENTITY, StsError, type StsContext } from './protocol.js'
import { parseRoleArn } from './roles.js'
import type { SignatureCheck } from './signature.js'

/** The account a fault speaks of: the signing session's for GetCallerIdentity, else the role's, else the default one. */
export function faultAccount(action: string, params: URLSearchParams, sig: SignatureCheck): string {
  const account =
    action === GET_CALLER_IDENTITY
      ? (sig.session?.account ?? '')
      : (parseRoleArn(params.get('RoleArn') ?? '')?.account ?? '')
  return account || DEFAULT_ACCOUNT
}

/** The reply or error that replaces the action's answer, or undefined for a fault handled elsewhere. */
export function faultReply(fault: Fault, account: string, ctx: StsContext): Reply | StsError | undefined {
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
