// Fault injection: one queue per target; each request to a target consumes the fault at the
// head of its queue (a fault with times: N covers the next N requests).

export type FaultTarget = 'token' | 'AssumeRoleWithWebIdentity' | 'AssumeRole' | 'GetCallerIdentity'
export const FAULT_TARGETS: readonly FaultTarget[] = [
  'token',
  'AssumeRoleWithWebIdentity',
  'AssumeRole',
  'GetCallerIdentity'
]

export type Fault = (
  | /** 400 Throttling "Rate exceeded" */ { kind: 'throttle' }
  | /** 500 InternalFailure (default) or 503 ServiceUnavailable, Type Receiver */ {
      kind: 'server-error'
      status?: 500 | 503
    }
  | /** 400 IDPCommunicationError (AssumeRoleWithWebIdentity only) */ { kind: 'idp-communication' }
  | /** 403 RegionDisabledException for `account` (default: the role's / session's account) */ {
      kind: 'region-disabled'
      account?: string
    }
  | /** 403 InvalidClientTokenId */ { kind: 'invalid-client-token' }
  | /** STS cannot fetch the issuer's JWKS: 400 InvalidIdentityToken "Couldn't retrieve verification key…" */ {
      kind: 'jwks-unreachable'
    }
  | /** accept the request, never answer */ { kind: 'hang' }
  | /** 200 with a body that is not XML (JSON for the token endpoint) */ { kind: 'garbage' }
  | /** 502 text/html page from a "proxy": nginx-style by default (not XML-parseable:
     *  the SDK reports an XML parse error); wellFormed: an XHTML page the SDK can parse
     *  (it then reports name/message "Unknown") */ { kind: 'html'; status?: number; wellFormed?: boolean }
  | /** destroy the socket without answering */ { kind: 'reset' }
  | /** any STS error */ { kind: 'error'; status: number; code: string; message: string; type?: 'Sender' | 'Receiver' }
  | /** token endpoint: answer this status with a GitHub-like JSON body (or `body`) */ {
      kind: 'status'
      status: number
      body?: string | object
    }
  | /** token endpoint: 200 JSON without `value` */ { kind: 'no-value' }
  | /** a hostile or broken endpoint: the normal success answer with these elements' text replaced
     *  (`fields`: element name -> raw text, XML-escaped when sent; `add`: elements appended to the result) */ {
      kind: 'tamper'
      fields?: Record<string, string>
      add?: Record<string, string>
    }
) & {
  /** how many consecutive requests it applies to; 1 by default */
  times?: number
}

export type FaultKind = Fault['kind']
/** kinds that need no parameters can be injected by name */
export type SimpleFaultKind = Exclude<FaultKind, 'error' | 'status' | 'tamper'>
export type FaultSpec = Fault | SimpleFaultKind

const ALLOWED: Record<FaultTarget, readonly FaultKind[]> = {
  token: ['hang', 'reset', 'garbage', 'html', 'status', 'no-value'],
  AssumeRoleWithWebIdentity: [
    'throttle',
    'server-error',
    'idp-communication',
    'region-disabled',
    'invalid-client-token',
    'jwks-unreachable',
    'hang',
    'garbage',
    'html',
    'reset',
    'error',
    'tamper'
  ],
  AssumeRole: [
    'throttle',
    'server-error',
    'region-disabled',
    'invalid-client-token',
    'hang',
    'html',
    'reset',
    'error',
    'tamper'
  ],
  GetCallerIdentity: [
    'throttle',
    'server-error',
    'region-disabled',
    'invalid-client-token',
    'hang',
    'garbage',
    'html',
    'reset',
    'error',
    'tamper'
  ]
}

export function normalizeFault(spec: FaultSpec): Fault {
  return typeof spec === 'string' ? ({ kind: spec } as Fault) : spec
}

export class FaultQueues {
  private readonly queues = new Map<FaultTarget, { fault: Fault; left: number }[]>()

  /** Queue `fault` for the next `times` (default fault.times ?? 1) requests to `target`. */
  inject(target: FaultTarget, spec: FaultSpec, times?: number): void {
    if (!FAULT_TARGETS.includes(target)) throw new TypeError(`unknown fault target '${target}'`)
    const fault = normalizeFault(spec)
    if (!ALLOWED[target].includes(fault.kind)) {
      throw new TypeError(
        `fault '${fault.kind}' does not apply to '${target}' (allowed: ${ALLOWED[target].join(', ')})`
      )
    }
    const left = times ?? fault.times ?? 1
    if (!Number.isInteger(left) || left < 1) throw new TypeError(`fault times must be a positive integer, got ${left}`)
    const queue = this.queues.get(target) ?? []
    queue.push({ fault, left })
    this.queues.set(target, queue)
  }

  /** The fault for this request, if any (consumes one use). */
  take(target: FaultTarget): Fault | undefined {
    const queue = this.queues.get(target)
    const head = queue?.[0]
    if (!queue || !head) return undefined
    head.left -= 1
    if (head.left <= 0) queue.shift()
    return head.fault
  }

  /** Faults still queued (one entry per remaining use). */
  pending(target: FaultTarget): Fault[] {
    return (this.queues.get(target) ?? []).flatMap(({ fault, left }) => Array.from({ length: left }, () => fault))
  }

  clear(target?: FaultTarget): void {
    if (target) this.queues.delete(target)
    else this.queues.clear()
  }
}

const REASONS: Record<number, string> = { 502: 'Bad Gateway', 504: 'Gateway Time-out', 403: 'Forbidden' }

/** The page a proxy or load balancer puts in front of STS (nginx's shape: <hr> is not XML). */
export function proxyHtml(status = 502, wellFormed = false): string {
  const title = `${status} ${REASONS[status] ?? 'Error'}`
  return wellFormed
    ? `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>corporate-proxy/1.0</p></body></html>\n`
    : `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
}

/** The success body with the tamper fault's replacements (escaped as XML text, as a server would). */
export function tamperedXml(
  body: string,
  fault: Extract<Fault, { kind: 'tamper' }>,
  escape: (t: string) => string
): string {
  let out = body
  for (const [name, text] of Object.entries(fault.fields ?? {})) {
    out = out.replace(new RegExp(`<${name}>[^<]*</${name}>`), () => `<${name}>${escape(text)}</${name}>`)
  }
  const added = Object.entries(fault.add ?? {})
    .map(([name, text]) => `<${name}>${escape(text)}</${name}>`)
    .join('')
  return added ? out.replace(/(<\/\w+Result>)/, (end) => `${added}${end}`) : out
}
