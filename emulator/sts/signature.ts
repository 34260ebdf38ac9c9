// Who signed a request: the SigV4 Authorization header read against the sessions this STS
// issued (key, session token and secret), and the error AWS gives when the signature, its
// date or its session is not good enough for an action that needs one.
import { MESSAGES } from './messages.js'
import { header, StsError, type StsContext, type StsRequest } from './protocol.js'
import type { Session } from './sessions.js'
import { MAX_SKEW_MS, parseAmzDate, parseAuthorization, signatureMatches, type SigV4Authorization } from './sigv4.js'

export interface SignatureCheck {
  auth?: SigV4Authorization
  session?: Session
  amzDate?: string
  valid: boolean
}

export function inspectSignature(req: StsRequest, ctx: StsContext): SignatureCheck {
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

/** The live session whose keys signed the request, or the error AWS gives for its signature. */
export function signingSession(req: StsRequest, sig: SignatureCheck, ctx: StsContext, invalidToken: string): Session {
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
