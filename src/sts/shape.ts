// Every value STS answers must have the shape real STS gives it before anything is written,
// exported or printed: a crafted answer (a hostile sts-endpoint or proxy) could otherwise put
// line breaks into ~/.aws/credentials (a `credential_process` the next `aws` command runs), an
// output or the log. The shapes are the STS API reference's types, narrowed to what STS issues.
import { Failure } from '../failure/failure.js'
import { logSafe } from '../output/escape.js'

/** What one value must look like, and how the diagnosis describes it. */
interface Shape {
  pattern: RegExp
  allowed: string
  /** a secret: its value is never quoted, only its length */
  secret?: boolean
}

// API reference, Credentials: AccessKeyId "[\w]*", 16–128 characters.
const ACCESS_KEY_ID: Shape = { pattern: /^\w{16,128}$/, allowed: '16–128 letters, digits or _ (ASIA…)', secret: true }
// Secret access keys and session tokens are base64 text.
const SECRET_ACCESS_KEY: Shape = {
  pattern: /^[A-Za-z0-9/+=]{16,128}$/,
  allowed: '16–128 base64 characters',
  secret: true
}
const SESSION_TOKEN: Shape = {
  pattern: /^[A-Za-z0-9/+=]{16,65536}$/,
  allowed: 'base64 characters (at most 65536)',
  secret: true
}
const ACCOUNT: Shape = { pattern: /^\d{12}$/, allowed: '12 digits' }
// IAM names: role names and session names are [\w+=,.@-]; the partition is aws, aws-cn, aws-us-gov…
const NAME = String.raw`[\w+=,.@-]{1,128}`
const PARTITION = String.raw`aws(?:-[a-z]+)*`
const ASSUMED_ROLE_ARN: Shape = {
  pattern: new RegExp(`^arn:${PARTITION}:sts::\\d{12}:assumed-role/${NAME}/${NAME}$`),
  allowed: 'arn:<partition>:sts::<account>:assumed-role/<role>/<session>'
}
// An identity of any kind (GetCallerIdentity of existing credentials): user, role session, root…
const CALLER_ARN: Shape = {
  pattern: new RegExp(`^arn:${PARTITION}:(?:iam|sts)::\\d{12}:(?:root|[\\w+=,.@/-]{1,2048})$`),
  allowed: 'arn:<partition>:iam|sts::<account>:<identity>'
}
// AssumedRoleId and UserId: "[\w+=,.@:-]*", 2–193 characters (AROA…:session, AIDA…, an account).
const PRINCIPAL_ID: Shape = { pattern: /^[\w+=,.@:-]{2,193}$/, allowed: '2–193 characters of [\\w+=,.@:-]' }
// Provider, Audience and SubjectFromWebIdentityToken are the token's own texts: printable, one line.
const TOKEN_TEXT: Shape = { pattern: /^[\x20-\x7e]{1,2048}$/, allowed: 'one line of printable ASCII' }

export interface StsAnswerFields {
  operation: 'AssumeRoleWithWebIdentity' | 'AssumeRole' | 'GetCallerIdentity'
  requestId?: string
  values: Record<string, unknown>
}

/** The shape each field of an STS answer must have; a field not listed is not used. */
const FIELDS: Record<string, { shape: Shape; optional?: boolean }> = {
  AccessKeyId: { shape: ACCESS_KEY_ID },
  SecretAccessKey: { shape: SECRET_ACCESS_KEY },
  SessionToken: { shape: SESSION_TOKEN },
  'AssumedRoleUser.Arn': { shape: ASSUMED_ROLE_ARN },
  'AssumedRoleUser.AssumedRoleId': { shape: PRINCIPAL_ID },
  Provider: { shape: TOKEN_TEXT, optional: true },
  Audience: { shape: TOKEN_TEXT, optional: true },
  SubjectFromWebIdentityToken: { shape: TOKEN_TEXT, optional: true },
  Account: { shape: ACCOUNT },
  Arn: { shape: CALLER_ARN },
  UserId: { shape: PRINCIPAL_ID }
}

/** Latest expiration STS gives (43200 s, the longest session) plus the largest clock skew tolerated. */
const MAX_EXPIRATION_AHEAD_MS = (43200 + 24 * 3600) * 1000

/**
 * Throws sts-response-invalid naming the first value that is not of its shape (a secret only by
 * its length). `values` holds the answer's fields by the names above; Expiration and
 * PackedPolicySize are checked when present.
 */
export function checkStsAnswer(answer: StsAnswerFields, nowMs: number): void {
  for (const [name, value] of Object.entries(answer.values)) {
    if (name === 'Expiration') checkExpiration(answer, value, nowMs)
    else if (name === 'PackedPolicySize') checkPackedPolicySize(answer, value)
    else {
      const field = FIELDS[name]
      if (!field) continue
      if (value === undefined && field.optional) continue
      if (typeof value !== 'string' || !field.shape.pattern.test(value)) invalid(answer, name, value, field.shape)
    }
  }
}

function checkExpiration(answer: StsAnswerFields, value: unknown, nowMs: number): void {
  const ms = value instanceof Date ? value.getTime() : NaN
  if (Number.isFinite(ms) && ms - nowMs <= MAX_EXPIRATION_AHEAD_MS && ms > nowMs - MAX_EXPIRATION_AHEAD_MS) return
  const shown = Number.isFinite(ms) ? (value as Date).toISOString() : 'not a date'
  throw failure(answer, `Expiration is ${shown}`, 'a date within a day and a half of now')
}

// "A percentage value that indicates the packed size of the session policies and session tags"
function checkPackedPolicySize(answer: StsAnswerFields, value: unknown): void {
  if (value === undefined) return
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100) return
  throw failure(answer, `PackedPolicySize is ${logSafe(String(value)).slice(0, 40)}`, 'a whole percentage, 0–100')
}

function invalid(answer: StsAnswerFields, name: string, value: unknown, shape: Shape): never {
  const text = typeof value === 'string' ? value : undefined
  let shown: string
  if (text === undefined) shown = value === undefined ? 'missing' : `not text (${typeof value})`
  else if (shape.secret) shown = `${text.length} characters${/[\r\n]/.test(text) ? ' with a line break' : ''}`
  else shown = `'${logSafe(text.length > 80 ? `${text.slice(0, 80)}…` : text)}'`
  throw failure(answer, `${name} is ${shown}`, shape.allowed)
}

function failure(answer: StsAnswerFields, what: string, allowed: string): Failure {
  return new Failure(
    'sts-response-invalid',
    `The ${answer.operation} answer is not of the shape AWS STS gives it: ${what}. Nothing was written or exported.`,
    {
      evidence: [`${answer.operation}: ${what}`, `allowed: ${allowed}`],
      requestId: answer.requestId,
      retryable: false
    }
  )
}
