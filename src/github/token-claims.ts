// The 'claims' stage's facts: decode the token (never verify — STS does that) and present its claims safely.
import { decodeJwt, decodeProtectedHeader } from 'jose'
import { Failure } from '../failure/failure.js'
import { jsonLogSafe, logSafe, pad } from '../output/escape.js'
import { npxCommand } from '../output/version.js'

export type Claims = Record<string, unknown>

export interface DecodedToken {
  header: Record<string, unknown>
  claims: Claims
}

export function decodeToken(token: string, from: 'github' | 'file'): DecodedToken {
  try {
    return { header: decodeProtectedHeader(token) as Record<string, unknown>, claims: decodeJwt(token) }
  } catch (e) {
    const parts = token.split('.').length
    throw new Failure('invalid-token', `The ${from === 'file' ? 'token file' : 'ID token'} is not a decodable JWT.`, {
      stage: 'claims',
      evidence: [
        `the token has ${parts} dot-separated part${parts === 1 ? '' : 's'} (a JWT has 3)`,
        `decoder: ${(e as Error).message}`
      ],
      fix:
        from === 'file'
          ? ['make web-identity-token-file hold only the JWT (header.payload.signature), no quotes or extra lines']
          : []
    })
  }
}

export interface ClaimRow {
  name: string
  value: string
}

const FIRST = ['sub', 'aud', 'iss']
/** What the log shows instead of a value named in redact-claims. */
export const REDACTED = '***'
const TIMES = ['exp', 'iat', 'nbf']

/** Claims as printed: sub, aud, iss first, the rest sorted, header fields last; redacted names as ***. */
export function claimRows(decoded: DecodedToken, redact: string[], nowMs: number): ClaimRow[] {
  const names = Object.keys(decoded.claims)
  const ordered = [...FIRST.filter((n) => names.includes(n)), ...names.filter((n) => !FIRST.includes(n)).sort()]
  const rows = ordered.map((name) => ({
    name,
    value: redact.includes(name) ? REDACTED : showClaim(name, decoded.claims[name], nowMs)
  }))
  for (const h of ['alg', 'kid']) {
    if (decoded.header[h] !== undefined) rows.push({ name: `header.${h}`, value: showValue(decoded.header[h]) })
  }
  return rows
}

/** One claim for a diagnosis: respects redact-claims, so evidence never shows what the table hides. */
export function claimText(claims: Claims, name: string, redact: string[]): string {
  if (claims[name] === undefined) return '(absent)'
  return redact.includes(name) ? REDACTED : showValue(claims[name])
}

function showClaim(name: string, value: unknown, nowMs: number): string {
  if (TIMES.includes(name) && typeof value === 'number') {
    const iso = isoTime(value)
    if (name !== 'exp' || iso === INVALID_TIME) return `${value} (${iso})`
    const left = Math.round(value - nowMs / 1000)
    return `${value} (${iso}, ${left >= 0 ? `expires in ${left} s` : `expired ${-left} s ago`})`
  }
  return showValue(value)
}

const INVALID_TIME = 'not a representable time'

/** A NumericDate (seconds) as ISO 8601; a signed token may carry any number, e.g. 1e20. */
export function isoTime(seconds: number): string {
  const date = new Date(seconds * 1000)
  return Number.isNaN(date.getTime()) ? INVALID_TIME : date.toISOString()
}

export function showValue(value: unknown): string {
  if (value === '') return '"" (empty)'
  return typeof value === 'string' ? value : compactJson(value, 0)
}

/** Deeper JSON is shown as `{…}`: a token may nest thousands of levels, which would exhaust the stack. */
const MAX_JSON_DEPTH = 8

/** JSON.stringify's compact form, cut at MAX_JSON_DEPTH (recursion is bounded by it). */
function compactJson(value: unknown, depth: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value)
  if (depth >= MAX_JSON_DEPTH) return Array.isArray(value) ? '[…]' : '{…}'
  if (Array.isArray(value)) return `[${value.map((v) => compactJson(v, depth + 1)).join(',')}]`
  const members = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${compactJson(v, depth + 1)}`)
  return `{${members.join(',')}}`
}

/** The table for the log: every cell escaped, so no claim can start a workflow command. */
export function formatClaimTable(rows: ClaimRow[]): string[] {
  const width = Math.min(24, Math.max(...rows.map((r) => r.name.length), 5))
  return rows.map((r) => `  ${pad(logSafe(r.name), width)}  ${logSafe(r.value)}`)
}

export const CLAIMS_JSON_LABEL = `claims JSON (for ${npxCommand('explain --claims')}):`

/** The label as any version prints it (or printed it, before the command named its version). */
export const ANY_CLAIMS_JSON_LABEL = /claims JSON \(for npx aws-oidc-credentials(?:@[\w.+-]+)? explain --claims\):/

/** The claims as one escaped line of JSON, redactions kept, to paste into the CLI. */
export function claimsJsonLine(claims: Claims, redact: string[]): string {
  const shown = Object.fromEntries(
    Object.entries(claims).map(([k, v]) => [k, redact.includes(k) ? REDACTED : shallow(v)])
  )
  return `  ${CLAIMS_JSON_LABEL} ${jsonLogSafe(shown)}`
}

/** A value nested beyond MAX_JSON_DEPTH becomes its cut text (no condition key is nested anyway). */
function shallow(value: unknown): unknown {
  return nestedBeyond(value, MAX_JSON_DEPTH) ? showValue(value) : value
}

function nestedBeyond(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return false
  return depth === 0 || Object.values(value).some((v) => nestedBeyond(v, depth - 1))
}
