// Server-side check of an AWS Signature Version 4 header signature, written from the
// published algorithm: canonical request -> string to sign -> HMAC chain over the scope.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256'
/** AWS refuses a request whose x-amz-date is further than this from its clock. */
export const MAX_SKEW_MS = 15 * 60 * 1000

export interface SigV4Authorization {
  accessKeyId: string
  /** yyyymmdd from the credential scope */
  date: string
  region: string
  service: string
  signedHeaders: string[]
  signature: string
}

/** `AWS4-HMAC-SHA256 Credential=AKID/20240101/eu-west-1/sts/aws4_request, SignedHeaders=a;b, Signature=hex` */
export function parseAuthorization(header: string | undefined): SigV4Authorization | undefined {
  if (!header?.startsWith(`${SIGV4_ALGORITHM} `)) return undefined
  const fields = new Map<string, string>()
  for (const part of header.slice(SIGV4_ALGORITHM.length).split(',')) {
    const eq = part.indexOf('=')
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim())
  }
  const scope = fields.get('Credential')?.split('/')
  const signedHeaders = fields.get('SignedHeaders')
  const signature = fields.get('Signature')
  if (!scope || scope.length !== 5 || scope[4] !== 'aws4_request' || !signedHeaders || !signature) return undefined
  const [accessKeyId, date, region, service] = scope as [string, string, string, string, string]
  return { accessKeyId, date, region, service, signedHeaders: signedHeaders.split(';'), signature }
}

/** 20240101T000000Z -> epoch ms */
export function parseAmzDate(value: string | undefined): number | undefined {
  const m = value?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/)
  if (!m) return undefined
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[]
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!)
}

export function formatAmzDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** RFC 3986 encoding, as SigV4 wants it */
/** SigV4 sorts by code unit, not by locale. */
function byCodeUnits(a: string, b: string): number {
  if (a === b) return 0
  return a < b ? -1 : 1
}

function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}

/** The wire path, dot-segments removed, encoded once more (non-S3 services double-encode). */
export function canonicalPath(wirePath: string): string {
  const segments: string[] = []
  for (const segment of wirePath.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  const normalized = `/${segments.join('/')}${segments.length > 0 && wirePath.endsWith('/') ? '/' : ''}`
  return uriEncode(normalized).replace(/%2F/g, '/')
}

export function canonicalQuery(rawQuery: string): string {
  if (!rawQuery) return ''
  return rawQuery
    .split('&')
    .filter((p) => p !== '')
    .map((pair) => {
      const eq = pair.indexOf('=')
      const key = eq < 0 ? pair : pair.slice(0, eq)
      const value = eq < 0 ? '' : pair.slice(eq + 1)
      return [uriEncode(safeDecode(key)), uriEncode(safeDecode(value))] as const
    })
    .sort((a, b) => byCodeUnits(a[0], b[0]) || byCodeUnits(a[1], b[1]))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
}

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name]
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '')
  return joined.trim().replace(/\s+/g, ' ')
}

export interface SignedRequest {
  method: string
  /** path as sent, still percent-encoded */
  wirePath: string
  rawQuery: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export function canonicalRequest(req: SignedRequest, signedHeaders: string[]): string {
  // always the body's own hash: a client cannot vouch for its payload with x-amz-content-sha256
  const payloadHash = createHash('sha256').update(req.body).digest('hex')
  return [
    req.method.toUpperCase(),
    canonicalPath(req.wirePath),
    canonicalQuery(req.rawQuery),
    signedHeaders.map((h) => `${h}:${headerValue(req.headers, h)}\n`).join(''),
    signedHeaders.join(';'),
    payloadHash
  ].join('\n')
}

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest()
}

export function signingKey(secret: string, date: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request')
}

/** The signature the client should have sent, given the secret the emulator issued. */
export function expectedSignature(
  req: SignedRequest,
  auth: SigV4Authorization,
  amzDate: string,
  secret: string
): string {
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`
  const stringToSign = [
    SIGV4_ALGORITHM,
    amzDate,
    scope,
    createHash('sha256').update(canonicalRequest(req, auth.signedHeaders), 'utf8').digest('hex')
  ].join('\n')
  return createHmac('sha256', signingKey(secret, auth.date, auth.region, auth.service))
    .update(stringToSign, 'utf8')
    .digest('hex')
}

export function signatureMatches(
  req: SignedRequest,
  auth: SigV4Authorization,
  amzDate: string,
  secret: string
): boolean {
  const expected = Buffer.from(expectedSignature(req, auth, amzDate, secret), 'utf8')
  const given = Buffer.from(auth.signature, 'utf8')
  return expected.length === given.length && timingSafeEqual(expected, given)
}
