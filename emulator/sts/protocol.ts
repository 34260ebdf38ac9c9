// The STS query protocol as the emulator speaks it: the version and the actions it answers,
// a request's parameters (query string and form body, list members), the error an action
// throws, and the XML replies with the headers STS sends.
import type { IncomingHttpHeaders } from 'node:http'
import type { Fault, FaultTarget } from '../faults.js'
import type { Reply } from '../github-token.js'
import type { KeyStore } from '../keys.js'
import type { World } from '../world.js'
import { MESSAGES } from './messages.js'
import type { SessionStore } from './sessions.js'
import { errorXml, successXml, type ErrorType, type XmlNode } from './xml.js'

export const STS_VERSION = '2011-06-15'
export const ASSUME_ROLE_WITH_WEB_IDENTITY = 'AssumeRoleWithWebIdentity'
export const ASSUME_ROLE = 'AssumeRole'
export const GET_CALLER_IDENTITY = 'GetCallerIdentity'
/** only these operations are emulated; any other looks like an unknown one */
export const STS_ACTIONS: string[] = [ASSUME_ROLE_WITH_WEB_IDENTITY, ASSUME_ROLE, GET_CALLER_IDENTITY]

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

/** The elements of an action's `<…Result>`, in order. */
export type ActionResult = [string, XmlNode][]

/** An error answer: thrown by the checks, rendered once by the handler. */
export class StsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type: ErrorType = status >= 500 ? 'Receiver' : 'Sender'
  ) {
    super(message)
  }
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
  return action !== null && STS_ACTIONS.includes(action) ? (action as FaultTarget) : undefined
}

/** One header's value, repeated headers joined as Node joins them. */
export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name]
  return Array.isArray(v) ? v.join(',') : v
}

/** [N, value] of every parameter matching `pattern` (its group 1 is N), sorted by N */
export function indexedMembers(params: URLSearchParams, pattern: RegExp): [number, string][] {
  const found: [number, string][] = []
  for (const [k, v] of params) {
    const m = pattern.exec(k)
    if (m) found.push([Number(m[1]), v])
  }
  return found.sort((a, b) => a[0] - b[0])
}

/** Tags.member.N.Key / .Value pairs, in N order */
export function sessionTags(params: URLSearchParams): [string, string][] {
  return indexedMembers(params, /^Tags\.member\.(\d+)\.Key$/).map(([n, key]) => [
    key,
    params.get(`Tags.member.${n}.Value`) ?? ''
  ])
}

export function policyArns(params: URLSearchParams): string[] {
  return indexedMembers(params, /^PolicyArns\.member\.(\d+)\.arn$/).map(([, v]) => v)
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

export function successReply(action: string, result: ActionResult, ctx: StsContext): Reply {
  return xmlReply(200, successXml(action, result, ctx.requestId), ctx)
}

export function errorReply(err: StsError, ctx: StsContext): Reply {
  return xmlReply(err.status, errorXml(err.type, err.code, err.message, ctx.requestId), ctx)
}

/** The answer to a request over the account's quota (any Action). */
export function throttlingReply(ctx: Pick<StsContext, 'requestId' | 'nowMs'>): Reply {
  return xmlReply(400, errorXml('Sender', 'Throttling', MESSAGES.throttling, ctx.requestId), ctx)
}
