// The 'inputs' stage: every input parsed and validated up front, before any network call.
import { invalidInput } from '../failure/failure.js'
import { MAX_POLICY_FILE_BYTES, readFailure, shownPath } from './files.js'
import { INPUTS, LIMITS, type InputName, type InputSpec } from './table.js'
import { parseCustomTags, parseTagKeys, runTagCount } from './tags.js'
import { closestName, refuseUnknownInputs } from './unknown.js'
import { isTokenClaim, TOKEN_CLAIMS } from '../github/claim-names.js'
import { parseTrustPolicy } from '../policy/parse.js'
import type { TrustPolicy } from '../policy/types.js'
import { TOKEN_REQUEST_VARIABLES } from '../github/token-request.js'

export { INPUTS, type InputName, type InputSpec } from './table.js'

export interface Config {
  role: RoleArn
  region: string
  audience: string
  roleSessionName: string
  durationSeconds: number
  /** minified JSON */
  inlineSessionPolicy?: string
  managedSessionPolicies: string[]
  /** the token read from web-identity-token-file, if given */
  tokenFromFile?: { path: string; token: string }
  outputCredentials: boolean
  outputEnvCredentials: boolean
  maskAccountId: boolean
  allowedAccountIds: string[]
  stsEndpoint?: string
  printClaims: boolean
  redactClaims: string[]
  /** the role's trust policy to evaluate locally, and where it came from */
  trustPolicy?: { policy: TrustPolicy; source: string }
  dryRun: boolean
  retryMaxAttempts: number
  /** 0: no step-level limit (every network call keeps its own timeout) */
  actionTimeoutMs: number
  roleChaining: boolean
  roleExternalId?: string
  awsProfile?: string
  overwriteAwsProfile: boolean
  /** write a credential_process profile instead of exporting static keys (src/sinks/refresh-profile.ts) */
  refreshCredentials: boolean
  roleSkipSessionTagging: boolean
  transitiveTagKeys: string[]
  customTags: Record<string, string>
  useExistingCredentials: boolean
  forceSkipOidc: boolean
  unsetCurrentCredentials: boolean
  specialCharactersWorkaround: boolean
  /** proxy URL for the STS calls (may hold user:password: never log it whole) */
  httpProxy?: string
  /** comma-separated hosts whose STS calls bypass the proxy */
  noProxy?: string
}

export interface RoleArn {
  arn: string
  partition: string
  account: string
  /** the role's name without its path: what an assumed-role ARN carries */
  name: string
  path: string
}

export interface InputSource {
  /** the raw input (the runner's INPUT_* value), '' when absent */
  get(name: string): string
  env: Record<string, string | undefined>
  /** reads a regular file of at most maxBytes (src/input-files.ts); throws like fs.readFileSync */
  readFile(path: string, maxBytes: number): string
  resolvePath(path: string): string
}

/** Every declared input, in action.yml order. */
export const INPUT_NAMES: readonly InputName[] = INPUTS.map((i) => i.name)
const SPECS = new Map<string, InputSpec>(INPUTS.map((i) => [i.name, i]))

const STATIC_KEY_INPUTS = INPUTS.filter((i) => i.kind === 'refused').map((i) => i.name)
const ROLE_ARN =
  /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-[a-z]|aws-eusc):iam::(\d{12}):role(\/(?:[\u0021-\u007e]+\/)?)([\w+=,.@-]{1,64})$/
const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/
/**
 * What the AWS CLI and the JS SDK both read as the same profile name in a section header (the
 * SDK's parseIni takes [\w-@+.%:/]; a slash is left out: it reads as a path)
 */
const PROFILE_NAME = /^[\w@+.%:-]+$/
/** names the JS SDK cannot hold as a profile (it reads both files as empty, or throws) */
const RESERVED_PROFILE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype)
const NO_PROXY_ENTRY = /^[\w.*:[\]-]+$/
const POLICY_ARN =
  /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-[a-z]|aws-eusc):iam::(\d{12}|aws):policy\/[\u0021-\u007e]+$/
const ACCOUNT_ID = /^\d{12}$/
const MAX_TOKEN_CHARS = 20000
/** The token file is read no further than the token limit and room for whitespace around it. */
const MAX_TOKEN_FILE_BYTES = MAX_TOKEN_CHARS + 1024
/** the longest session sts:AssumeRole grants a chained role (the STS contract) */
const CHAINED_MAX_SECONDS = 3600

export function parseInputs(src: InputSource): Config {
  refuseUnknownInputs(src.env)
  refuseStaticKeys(src)
  const role = parseRole(src.get('role-to-assume'))
  const retryDisabled = parseBoolean(src, 'disable-retry')
  const skipTagging = parseBoolean(src, 'role-skip-session-tagging')
  const awsProfile = parseProfile(src.get('aws-profile'))
  const refreshCredentials = parseBoolean(src, 'refresh-credentials')
  const config: Config = {
    role,
    region: parseRegion(src),
    audience: parseAudience(src.get('audience')),
    roleSessionName: parseSessionName(src),
    durationSeconds: parseInteger(src, 'role-duration-seconds'),
    inlineSessionPolicy: parseInlinePolicy(src.get('inline-session-policy')),
    managedSessionPolicies: parseManagedPolicies(src.get('managed-session-policies')),
    tokenFromFile: readTokenFile(src),
    outputCredentials: parseBoolean(src, 'output-credentials'),
    // The incumbent's rule: a profile replaces env credentials unless they are asked for.
    outputEnvCredentials: parseBoolean(src, 'output-env-credentials', awsProfile === undefined && !refreshCredentials),
    maskAccountId: parseBoolean(src, 'mask-aws-account-id'),
    allowedAccountIds: parseAccountIds(src.get('allowed-account-ids')),
    stsEndpoint: parseEndpoint(src.get('sts-endpoint')),
    printClaims: parseBoolean(src, 'print-claims'),
    // The runner applies the default (jti); an explicit '' redacts nothing.
    redactClaims: parseRedactClaims(src.get('redact-claims')),
    trustPolicy: readTrustPolicy(src),
    dryRun: parseBoolean(src, 'dry-run'),
    retryMaxAttempts: retryDisabled ? 1 : parseInteger(src, 'retry-max-attempts'),
    actionTimeoutMs: parseInteger(src, 'action-timeout-s') * 1000,
    roleChaining: parseBoolean(src, 'role-chaining'),
    roleExternalId: parseExternalId(src.get('role-external-id')),
    awsProfile,
    overwriteAwsProfile: parseBoolean(src, 'overwrite-aws-profile'),
    refreshCredentials,
    roleSkipSessionTagging: skipTagging,
    transitiveTagKeys: parseTagKeys('transitive-tag-keys', splitList(src.get('transitive-tag-keys'))),
    // the run's own tags count towards STS's limit too, unless no tags are sent at all
    customTags: parseCustomTags(src.get('custom-tags'), skipTagging ? 0 : runTagCount(src.env)),
    useExistingCredentials: parseBoolean(src, 'use-existing-credentials'),
    forceSkipOidc: parseBoolean(src, 'force-skip-oidc'),
    unsetCurrentCredentials: parseBoolean(src, 'unset-current-credentials'),
    specialCharactersWorkaround: parseBoolean(src, 'special-characters-workaround'),
    httpProxy: parseProxy(src.get('http-proxy')),
    noProxy: parseNoProxy(src.get('no-proxy'))
  }
  checkCombinations(config, src)
  if (refreshCredentials) checkRefresh(config, src)
  return config
}

/**
 * refresh-credentials: what the credential process cannot repeat is refused, with the reason,
 * before any network call; so is a job that gives its steps no way to request an ID token.
 */
function checkRefresh(c: Config, src: InputSource): void {
  const refuse = (input: string, why: string) =>
    invalidInput(input, `cannot be combined with refresh-credentials: true: ${why}`)
  if (c.roleChaining)
    throw refuse(
      'role-chaining',
      "a refresh starts again from a fresh ID token, but a chained role's source is the credentials an earlier step exported, which expire and are not refreshed. Assume the final role in a refresh-credentials step (its trust policy must allow the token), or add your own profile with role_arn and source_profile naming this profile: the SDKs then refresh the whole chain."
    )
  if (c.tokenFromFile)
    throw refuse(
      'web-identity-token-file',
      'the file holds one token, which expires; a refresh requests a fresh GitHub ID token.'
    )
  if (c.useExistingCredentials)
    throw refuse('use-existing-credentials', 'kept credentials are static keys, which refresh-credentials replaces.')
  if (c.specialCharactersWorkaround)
    throw refuse(
      'special-characters-workaround',
      'the credential process hands over every session STS issues, whatever its characters.'
    )
  if (c.httpProxy)
    throw refuse(
      'http-proxy',
      'the credential process runs in later steps and uses their HTTPS_PROXY / NO_PROXY; a proxy password is never written into a profile. Set HTTPS_PROXY in the job environment instead.'
    )
  if (src.get('output-env-credentials') !== '' && c.outputEnvCredentials)
    throw refuse(
      'output-env-credentials',
      'static keys in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY would take precedence over the refreshing profile.'
    )
  const missing = TOKEN_REQUEST_VARIABLES.filter((v) => !src.env[v])
  if (missing.length > 0)
    throw invalidInput(
      'refresh-credentials',
      `true needs a job that can request ID tokens in every step, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. Give the job \`permissions: id-token: write\` (fork pull requests never get it).`
    )
  if (!src.env.RUNNER_TEMP)
    throw invalidInput(
      'refresh-credentials',
      'true needs RUNNER_TEMP (set on every GitHub Actions runner) for its credential cache.'
    )
}

/** Rules between inputs: each refusal names the input that does not fit and why. */
function checkCombinations(c: Config, src: InputSource): void {
  if (c.roleChaining && c.durationSeconds > CHAINED_MAX_SECONDS)
    throw invalidInput(
      'role-duration-seconds',
      `${c.durationSeconds} is more than a chained session may last. Allowed with role-chaining: at most ${CHAINED_MAX_SECONDS} (STS limits a session assumed with role chaining to one hour).`
    )
  if (c.forceSkipOidc && !c.roleChaining)
    throw invalidInput(
      'force-skip-oidc',
      'true is allowed only with role-chaining: true. Without it, skipping OIDC would leave static keys or ambient credentials, which this action never uses.'
    )
  if (c.unsetCurrentCredentials && c.roleChaining)
    throw invalidInput(
      'unset-current-credentials',
      'true cannot be combined with role-chaining: true: it would remove the credentials the chained role is assumed with.'
    )
  if (c.roleChaining && c.trustPolicy)
    throw invalidInput(
      'trust-policy',
      "is evaluated against the ID token's claims, and a chained step has no token (role-chaining: true). Remove it from this step."
    )
  if (c.roleChaining && c.tokenFromFile)
    throw invalidInput(
      'web-identity-token-file',
      'cannot be combined with role-chaining: true: a chained role is assumed with the credentials in the environment, so the token would be ignored. Remove one of them.'
    )
  refuseWeakenedRestrictions(c)
  if (!c.roleChaining) {
    const chainingOnly = (['role-external-id', 'custom-tags', 'transitive-tag-keys'] as const).find(
      (n) => src.get(n) !== ''
    )
    if (chainingOnly)
      throw invalidInput(
        chainingOnly,
        'is sent only with sts:AssumeRole (role-chaining: true). AssumeRoleWithWebIdentity takes no external id or session tags (its tags come from the token), so the value would be ignored.'
      )
  }
}

/**
 * use-existing-credentials keeps credentials as they are: it cannot chain them into a narrower
 * role nor apply a session policy to them, so a step asking for either would end with more
 * power than it asked for. Refused instead of skipping the restriction.
 */
function refuseWeakenedRestrictions(c: Config): void {
  if (!c.useExistingCredentials) return
  if (c.roleChaining)
    throw invalidInput(
      'use-existing-credentials',
      'true cannot be combined with role-chaining: true: the credentials in the environment are the source of the chain, so they would always be kept and the narrower role never assumed. Remove one of them.'
    )
  const policy = c.inlineSessionPolicy ? 'inline-session-policy' : undefined
  const restriction = policy ?? (c.managedSessionPolicies.length > 0 ? 'managed-session-policies' : undefined)
  if (restriction)
    throw invalidInput(
      'use-existing-credentials',
      `true cannot be combined with ${restriction}: a session policy applies only to a session this step assumes, so credentials kept as they are would not be narrowed by it. Remove one of them.`
    )
}

function refuseStaticKeys(src: InputSource): void {
  const given = STATIC_KEY_INPUTS.filter((name) => src.get(name) !== '')
  if (given.length > 0) {
    // The value is never echoed: it may be a real key.
    throw invalidInput(
      given[0],
      'static AWS keys are not accepted. This action only federates through OIDC, so no long-lived secret has to live in the repository; remove ' +
        given.join(', ') +
        ' and give role-to-assume.'
    )
  }
}

export function parseRole(raw: string): RoleArn {
  if (raw === '')
    throw invalidInput(
      'role-to-assume',
      'is required: the full ARN of the role, e.g. arn:aws:iam::123456789012:role/deploy.'
    )
  const m = ROLE_ARN.exec(raw)
  const { min, max } = LIMITS.roleArnChars
  if (!m || raw.length < min || raw.length > max) throw refuse('role-to-assume', `'${raw}' is not a role ARN.`)
  return { arn: raw, partition: m[1], account: m[2], path: m[3], name: m[4] }
}

function parseRegion(src: InputSource): string {
  const given = src.get('aws-region')
  const region = given || src.env.AWS_REGION || src.env.AWS_DEFAULT_REGION || ''
  if (region === '')
    throw invalidInput('aws-region', 'is required (or set AWS_REGION / AWS_DEFAULT_REGION), e.g. eu-west-1.')
  if (!REGION.test(region)) {
    const from = given ? '' : ' (from the environment)'
    throw refuse('aws-region', `'${region}'${from} is not a region name.`)
  }
  return region
}

function parseAudience(raw: string): string {
  if (raw === '')
    throw invalidInput(
      'audience',
      'must not be empty; AWS expects sts.amazonaws.com unless the provider lists another client ID.'
    )
  return raw
}

function parseSessionName(src: InputSource): string {
  const given = src.get('role-session-name')
  if (given === '') return deriveSessionName(src.env)
  if (!SESSION_NAME.test(given)) {
    throw refuse('role-session-name', `'${given}' is not allowed.`)
  }
  return given
}

/** repository, run id and attempt: unique per run, readable in CloudTrail. */
export function deriveSessionName(env: Record<string, string | undefined>): string {
  const suffix = `-${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`.replace(/[^\w+=,.@-]/g, '')
  const repo = (env.GITHUB_REPOSITORY ?? 'aws-oidc-credentials').replace('/', '.').replace(/[^\w+=,.@-]/g, '')
  return `${repo.slice(0, Math.max(2, 64 - suffix.length))}${suffix}`.slice(0, 64)
}

function spec(name: InputName): InputSpec {
  const found = SPECS.get(name)
  if (!found) throw new Error(`input ${name} is not in the input table`)
  return found
}

/** A refusal that says what is wrong, then the allowed form as the input table states it. */
function refuse(name: InputName, reason: string) {
  return invalidInput(name, `${reason} Allowed: ${spec(name).allowed}`)
}

/** Empty means the table's default (the runner passes it anyway), else `fallback` when there is none. */
function parseBoolean(src: InputSource, name: InputName, fallback?: boolean): boolean {
  const raw = src.get(name) || spec(name).default || ''
  if (raw === '') return fallback ?? false
  if (/^true$/i.test(raw)) return true
  if (/^false$/i.test(raw)) return false
  throw invalidInput(name, `'${raw}' is not a boolean. Allowed: ${spec(name).allowed}`)
}

function parseInteger(src: InputSource, name: InputName): number {
  const s = spec(name)
  const raw = src.get(name) || s.default || ''
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN
  const inRange = (n >= (s.min ?? 0) && n <= (s.max ?? Infinity)) || (n === 0 && s.zeroMeans !== undefined)
  if (!inRange) throw invalidInput(name, `'${raw}' is not allowed. Allowed: ${s.allowed}`)
  return n
}

function parseInlinePolicy(raw: string): string | undefined {
  if (raw === '') return undefined
  let doc: unknown
  try {
    doc = JSON.parse(raw)
  } catch {
    throw refuse('inline-session-policy', 'is not valid JSON.')
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw invalidInput('inline-session-policy', 'must be a JSON object (a policy document with Version and Statement).')
  }
  // Sent minified, as STS counts characters of what it receives.
  const minified = JSON.stringify(doc)
  if (minified.length > LIMITS.sessionPolicyChars)
    throw refuse('inline-session-policy', `is ${minified.length} characters once minified.`)
  return minified
}

function parseManagedPolicies(raw: string): string[] {
  const arns = splitList(raw)
  if (arns.length > LIMITS.managedPolicies) throw refuse('managed-session-policies', `lists ${arns.length} policies.`)
  const bad = arns.find((a) => !POLICY_ARN.test(a))
  if (bad !== undefined) throw refuse('managed-session-policies', `'${bad}' is not a policy ARN.`)
  return arns
}

function readTokenFile(src: InputSource): Config['tokenFromFile'] {
  const given = src.get('web-identity-token-file')
  if (given === '') return undefined
  const path = src.resolvePath(given)
  let token: string
  try {
    token = src.readFile(path, MAX_TOKEN_FILE_BYTES).trim()
  } catch (e) {
    throw invalidInput(
      'web-identity-token-file',
      `${shownPath(given, path, src.env.GITHUB_WORKSPACE)} ${readFailure(e)}. Allowed: a readable file (relative to GITHUB_WORKSPACE) holding one JWT of at most ${MAX_TOKEN_CHARS} characters.`
    )
  }
  if (token === '')
    throw invalidInput('web-identity-token-file', `'${given}' is empty. Allowed: a file holding one JWT.`)
  if (token.length > MAX_TOKEN_CHARS)
    throw invalidInput(
      'web-identity-token-file',
      `'${given}' holds ${token.length} characters. Allowed: at most ${MAX_TOKEN_CHARS}.`
    )
  return { path, token }
}

function parseAccountIds(raw: string): string[] {
  const ids = splitList(raw)
  const bad = ids.find((id) => !ACCOUNT_ID.test(id))
  if (bad !== undefined) throw refuse('allowed-account-ids', `'${bad}' is not an account id.`)
  return ids
}

/** An http(s) URL, or undefined for anything else. */
function httpUrl(raw: string): URL | undefined {
  try {
    const url = new URL(raw)
    return /^https?:$/.test(url.protocol) ? url : undefined
  } catch {
    return undefined
  }
}

function parseEndpoint(raw: string): string | undefined {
  if (raw === '') return undefined
  const url = httpUrl(raw)
  if (!url) throw refuse('sts-endpoint', `'${raw}' is not an endpoint URL.`)
  return raw
}

function readTrustPolicy(src: InputSource): Config['trustPolicy'] {
  const given = src.get('trust-policy')
  if (given === '') return undefined
  // Inline JSON (or URL-encoded JSON) starts with '{' / '%7B'; anything else is a path.
  const inline = /^(\{|%7B)/i.test(given)
  let text = given
  const path = inline ? '' : src.resolvePath(given)
  const shown = inline ? 'the inline policy' : shownPath(given, path, src.env.GITHUB_WORKSPACE)
  if (!inline) {
    try {
      text = src.readFile(path, MAX_POLICY_FILE_BYTES)
    } catch (e) {
      throw invalidInput(
        'trust-policy',
        `${shown} ${readFailure(e)}. Allowed: inline policy JSON, or a path relative to GITHUB_WORKSPACE.`
      )
    }
  }
  try {
    return { policy: parseTrustPolicy(text), source: inline ? 'the trust-policy input' : given }
  } catch (e) {
    throw invalidInput(
      'trust-policy',
      `${shown} is not a trust policy: ${(e as Error).message} Allowed: the role's trust policy JSON, or the output of aws iam get-role.`
    )
  }
}

function splitList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** Claim names only: a name that matches no claim would redact nothing and say nothing. */
function parseRedactClaims(raw: string): string[] {
  const names = splitList(raw)
  const unknown = names.find((n) => !isTokenClaim(n))
  if (unknown !== undefined)
    throw invalidInput(
      'redact-claims',
      `'${unknown}' is not a claim of a GitHub ID token${claimSuggestion(unknown)}. Allowed: ${spec('redact-claims').allowed}`
    )
  return names
}

function claimSuggestion(given: string): string {
  const words = given.split(/\s+/)
  if (words.length > 1 && words.every(isTokenClaim))
    return ` — did you mean '${words.join(', ')}'? Names are separated by commas`
  const guess = closestName(given.toLowerCase(), TOKEN_CLAIMS)
  return guess ? ` — did you mean ${guess}?` : ''
}

function parseExternalId(raw: string): string | undefined {
  if (raw === '') return undefined
  if (!EXTERNAL_ID.test(raw))
    throw invalidInput('role-external-id', `is not allowed. Allowed: ${spec('role-external-id').allowed}`)
  return raw
}

function parseProfile(raw: string): string | undefined {
  if (raw === '') return undefined
  if (!PROFILE_NAME.test(raw) || RESERVED_PROFILE_NAMES.includes(raw))
    throw invalidInput('aws-profile', `'${raw}' is not allowed. Allowed: ${spec('aws-profile').allowed}`)
  return raw
}

/** The URL is checked without ever echoing it: it may carry a password. */
function parseProxy(raw: string): string | undefined {
  if (raw === '') return undefined
  const url = httpUrl(raw)
  if (!url || url.hostname === '')
    throw invalidInput(
      'http-proxy',
      `is not a proxy URL (not shown: it may hold a password). Allowed: ${spec('http-proxy').allowed}`
    )
  return raw
}

function parseNoProxy(raw: string): string | undefined {
  const hosts = splitList(raw)
  if (hosts.length === 0) return undefined
  const bad = hosts.find((h) => !NO_PROXY_ENTRY.test(h))
  if (bad !== undefined) throw invalidInput('no-proxy', `'${bad}' is not a host. Allowed: ${spec('no-proxy').allowed}`)
  return hosts.join(',')
}
