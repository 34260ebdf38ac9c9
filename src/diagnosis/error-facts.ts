// The facts of a thrown error that classification reads — never `instanceof`:
// a bundle can hold two copies of an SDK exception class.

export interface ErrorFacts {
  name: string
  /** AWS error code (wire Code) or Node/network error code */
  code: string
  message: string
  status?: number
  requestId?: string
}

export function errorFacts(e: unknown): ErrorFacts {
  const err = (typeof e === 'object' && e !== null ? e : { message: String(e) }) as Record<string, unknown>
  const meta = (err.$metadata ?? {}) as Record<string, unknown>
  const response = (err.$response ?? {}) as Record<string, unknown>
  const status = numberOr(meta.httpStatusCode) ?? numberOr(response.statusCode) ?? numberOr(err.statusCode)
  const cause = (err.cause ?? {}) as Record<string, unknown>
  return {
    name: String(err.name ?? 'Error'),
    code: String(err.Code ?? err.code ?? cause.code ?? ''),
    message: String(err.message ?? ''),
    status,
    requestId: typeof meta.requestId === 'string' ? meta.requestId : undefined
  }
}

function numberOr(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

const NETWORK_CODES =
  /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ESOCKETTIMEDOUT|EPIPE|ECONNABORTED|EHOSTUNREACH|ENETUNREACH|EPROTO|UND_ERR_\w+|ERR_SOCKET\w*|CERT_\w+|UNABLE_TO_\w+|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)$/

export function isNetworkError(f: ErrorFacts): boolean {
  return (
    NETWORK_CODES.test(f.code) ||
    f.name === 'TimeoutError' ||
    /socket hang up|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT/.test(f.message)
  )
}

/** The HTTP status @actions/core's getIDToken hides inside its message text. */
export function idTokenStatus(message: string): number | undefined {
  const m = /Error Code : (\d{3})/.exec(message)
  return m ? Number(m[1]) : undefined
}

/** The error as evidence, named after whoever answered: STS in the stages that call it. */
export function errorSaid(f: ErrorFacts, stage?: string): string {
  const who = stage === undefined || STS_STAGES.includes(stage) ? 'STS' : 'error'
  return `${who}: ${f.name}${f.status ? ` (HTTP ${f.status})` : ''}: ${f.message}`
}

const STS_STAGES = ['assume', 'verify']

/** What STS answered, as an evidence line. */
export const stsSaid = (f: ErrorFacts): string => errorSaid(f, 'assume')
