// Turns OIDC token claims into the condition keys STS puts in the request
// context, and names the IAM OIDC provider an issuer maps to.
import type { KeyValue } from './types.js'

/** `https://token.actions.githubusercontent.com/acme/` -> `token.actions.githubusercontent.com/acme` */
export function issuerPrefix(iss: string): string {
  return iss
    .trim()
    .replace(/^https:\/\//i, '')
    .replace(/\/+$/, '')
}

/** `arn:<partition>:iam::<account>:oidc-provider/<issuer host[/path]>` */
export function providerArnFor(iss: string, account: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${account}:oidc-provider/${issuerPrefix(iss)}`
}

/**
 * Maps each claim to `<issuer>:<claim>`. aud and amr keep their list form
 * (they are multi-valued keys); other lists and objects have no key.
 */
export function conditionKeysFromClaims(claims: Record<string, unknown>): Record<string, KeyValue> {
  const iss = claims.iss
  if (typeof iss !== 'string' || issuerPrefix(iss) === '') {
    throw new Error('the claims have no iss, so the condition key prefix is unknown')
  }
  const prefix = issuerPrefix(iss)
  const keys: Record<string, KeyValue> = {}
  for (const [name, value] of Object.entries(claims)) {
    const v = keyValue(name, value)
    if (v !== undefined) keys[`${prefix}:${name}`] = v
  }
  return keys
}

function keyValue(name: string, value: unknown): KeyValue | undefined {
  if (isScalar(value)) return String(value)
  if ((name === 'aud' || name === 'amr') && Array.isArray(value)) return value.filter(isScalar).map(String)
  return undefined
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
}
