// The input checks STS makes before it looks at anything else: each parameter's length and
// pattern, DurationSeconds' range, PolicyArns and session tags, in Coral's "N validation
// error(s) detected" wording; and whether a session policy is a policy document.
import { MESSAGES } from './messages.js'
import { ASSUME_ROLE, ASSUME_ROLE_WITH_WEB_IDENTITY, policyArns, sessionTags, StsError } from './protocol.js'

const ARN_PATTERN = String.raw`[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+`
const SESSION_NAME_PATTERN = String.raw`[\w+=,.@-]*`
const POLICY_PATTERN = String.raw`[\u0009\u000A\u000D\u0020-\u00FF]+`

interface FieldRule {
  param: string
  member: string
  min: number
  max: number
  required?: boolean
  pattern?: { text: string; test: RegExp }
  /** AWS does not echo sensitive values in validation messages */
  sensitive?: boolean
  /** the operations that take it (default: both assume operations) */
  only?: string
}

const RULES: FieldRule[] = [
  {
    param: 'RoleArn',
    member: 'roleArn',
    min: 20,
    max: 2048,
    required: true,
    pattern: {
      text: ARN_PATTERN,
      test: /^[\t\n\r\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]+$/u
    }
  },
  {
    param: 'RoleSessionName',
    member: 'roleSessionName',
    min: 2,
    max: 64,
    required: true,
    pattern: { text: SESSION_NAME_PATTERN, test: /^[A-Za-z0-9_+=,.@-]*$/ }
  },
  {
    param: 'WebIdentityToken',
    member: 'webIdentityToken',
    min: 4,
    max: 20000,
    required: true,
    sensitive: true,
    only: ASSUME_ROLE_WITH_WEB_IDENTITY
  },
  { param: 'ProviderId', member: 'providerId', min: 4, max: 2048, only: ASSUME_ROLE_WITH_WEB_IDENTITY },
  {
    param: 'ExternalId',
    member: 'externalId',
    min: 2,
    max: 1224,
    only: ASSUME_ROLE,
    pattern: { text: String.raw`[\w+=,.@:\/-]*`, test: /^[\w+=,.@:/-]*$/ }
  },
  {
    param: 'Policy',
    member: 'policy',
    min: 1,
    max: 2048,
    pattern: { text: POLICY_PATTERN, test: /^[\t\n\r\u0020-\u00FF]+$/ }
  }
]

function value(member: string, v: string, sensitive?: boolean): string {
  return sensitive ? `Value at '${member}'` : `Value '${v}' at '${member}'`
}

/** Coral-style "N validation error(s) detected: …; …" */
function validationErrors(params: URLSearchParams, action: string): string[] {
  const errors: string[] = []
  for (const rule of RULES.filter((r) => (r.only ?? action) === action)) {
    const v = params.get(rule.param)
    if (v === null) {
      if (rule.required)
        errors.push(`Value null at '${rule.member}' failed to satisfy constraint: Member must not be null`)
      continue
    }
    const prefix = `${value(rule.member, v, rule.sensitive)} failed to satisfy constraint: Member must`
    const length = [...v].length
    if (length < rule.min) errors.push(`${prefix} have length greater than or equal to ${rule.min}`)
    if (length > rule.max) errors.push(`${prefix} have length less than or equal to ${rule.max}`)
    if (rule.pattern && length > 0 && !rule.pattern.test.test(v))
      errors.push(`${prefix} satisfy regular expression pattern: ${rule.pattern.text}`)
  }
  const duration = params.get('DurationSeconds')
  if (duration !== null) {
    const n = Number(duration)
    const prefix = `Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must`
    if (!/^-?\d+$/.test(duration.trim())) errors.push(`${prefix} be an integer`)
    else if (n < 900) errors.push(`${prefix} have value greater than or equal to 900`)
    else if (n > 43200) errors.push(`${prefix} have value less than or equal to 43200`)
  }
  const arns = policyArns(params)
  if (arns.length > 10) {
    errors.push(
      `Value '[${arns.map((a) => `PolicyDescriptorType(arn=${a})`).join(', ')}]' at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to 10`
    )
  }
  arns.forEach((arn, i) => {
    const prefix = `Value '${arn}' at 'policyArns.${i + 1}.member.arn' failed to satisfy constraint: Member must`
    if (arn.length < 20) errors.push(`${prefix} have length greater than or equal to 20`)
    if (arn.length > 2048) errors.push(`${prefix} have length less than or equal to 2048`)
  })
  if (action === ASSUME_ROLE) errors.push(...tagErrors(params))
  return errors
}

/** Throws the ValidationError that lists every failed constraint, if any failed. */
export function rejectInvalidParameters(params: URLSearchParams, action: string): void {
  const errors = validationErrors(params, action)
  if (errors.length === 0) return
  const count = `${errors.length} validation error${errors.length > 1 ? 's' : ''}`
  throw new StsError(400, 'ValidationError', `${count} detected: ${errors.join('; ')}`)
}

const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
const TAG_PATTERN = String.raw`[\p{L}\p{Z}\p{N}_.:/=+\-@]*`

/** Tags.member.N.Key/Value: at most 50; keys 1-128, values 0-256 characters of the tag alphabet. */
function tagErrors(params: URLSearchParams): string[] {
  const errors: string[] = []
  const tags = sessionTags(params)
  if (tags.length > 50)
    errors.push(`Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50`)
  tags.forEach(([key, value], i) => {
    const at = (member: string, v: string) =>
      `Value '${v}' at 'tags.${i + 1}.member.${member}' failed to satisfy constraint: Member must`
    if (key.length < 1 || key.length > 128) errors.push(`${at('key', key)} have length between 1 and 128`)
    if (!TAG_TEXT.test(key)) errors.push(`${at('key', key)} satisfy regular expression pattern: ${TAG_PATTERN}`)
    if (value.length > 256) errors.push(`${at('value', value)} have length less than or equal to 256`)
    if (!TAG_TEXT.test(value)) errors.push(`${at('value', value)} satisfy regular expression pattern: ${TAG_PATTERN}`)
  })
  return errors
}

/** A session policy must be JSON with a Statement (STS says which of the two it is not). */
export function checkSessionPolicy(text: string): void {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    throw new StsError(400, 'MalformedPolicyDocument', MESSAGES.policyNotJson)
  }
  const statement = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>).Statement : undefined
  if (typeof statement !== 'object' || statement === null)
    throw new StsError(400, 'MalformedPolicyDocument', MESSAGES.policySyntax)
}
