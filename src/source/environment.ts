// Source stage for role chaining: the credentials already in the environment (typically
// exported by an earlier step of this action), read with @aws-sdk/credential-providers.
// Only temporary credentials may take part: a long-lived IAM user key is refused, never echoed.
import type { CoreApi } from '../output/core-api.js'
import { Failure } from '../failure/failure.js'
import type { SigningCredentials } from '../sts/types.js'
import { CREDENTIAL_VARIABLES } from './credential-variables.js'
import { profilePaths } from './profile-paths.js'

export interface SourceCredentials extends SigningCredentials {
  sessionToken: string
  expiration?: Date
  /** where they were found, for the log: 'the environment' or 'profile NAME' */
  from: string
}

/** Temporary keys (from STS) start with ASIA; long-lived IAM user keys with AKIA. */
const TEMPORARY_KEY = /^ASIA[A-Z0-9]{12,124}$/

type Found = SigningCredentials & { expiration?: Date }

// Loaded on the chaining path only: the plain OIDC path never pays for it.
const loadProviders = () => import('./providers.js')

/**
 * The environment's credentials: the AWS_* variables, else the profile AWS_PROFILE names. Both
 * are read locally; nothing here calls the network or starts a process: a profile whose
 * credentials need either (SSO, credential_process, role_arn…) is refused with
 * source-profile-unsupported before fromIni would run it.
 */
export async function findEnvironmentCredentials(
  env: Record<string, string | undefined>
): Promise<(Found & { from: string }) | undefined> {
  const variables = fromVariables(env)
  if (variables) return variables
  const profile = env.AWS_PROFILE
  if (!profile) return undefined
  const { fromIni, parseKnownFiles, refusedProfile } = await loadProviders()
  // the files the injected environment names, not the process's, which the SDK would read
  const { credentials: filepath, config: configFilepath } = profilePaths(env)
  const files = { filepath, configFilepath, ignoreCache: true }
  let refused
  try {
    refused = refusedProfile(profile, (await parseKnownFiles({ ...files, profile }))[profile])
    if (!refused) return { ...(await fromIni({ ...files, profile })()), from: `profile ${profile}` }
  } catch {
    return undefined
  }
  throw refused
}

/** The AWS_* variables, read as the SDK's fromEnv reads them, but from the injected environment. */
function fromVariables(env: Record<string, string | undefined>): (Found & { from: string }) | undefined {
  const [accessKeyId, secretAccessKey, sessionToken] = CREDENTIAL_VARIABLES.map((name) => env[name])
  if (!accessKeyId || !secretAccessKey) return undefined
  const expiration = env.AWS_CREDENTIAL_EXPIRATION ? new Date(env.AWS_CREDENTIAL_EXPIRATION) : undefined
  return { accessKeyId, secretAccessKey, sessionToken: sessionToken || undefined, expiration, from: 'the environment' }
}

/** role-chaining's source: temporary credentials in the environment, masked before anything prints. */
export async function readSourceCredentials(
  env: Record<string, string | undefined>,
  core: Pick<CoreApi, 'setSecret'>,
  nowMs: number
): Promise<SourceCredentials> {
  const found = await findEnvironmentCredentials(env)
  if (!found) throw noSource(env)
  core.setSecret(found.accessKeyId)
  core.setSecret(found.secretAccessKey)
  if (found.sessionToken) core.setSecret(found.sessionToken)
  if (!isTemporary(found) || !found.sessionToken) throw longLived(found)
  if (found.expiration && found.expiration.getTime() <= nowMs) throw expiredLocally(found.expiration, found.from)
  return { ...found, sessionToken: found.sessionToken }
}

/** Issued by STS: an ASIA… key id with a session token. */
export function isTemporary(c: SigningCredentials): boolean {
  return TEMPORARY_KEY.test(c.accessKeyId) && !!c.sessionToken
}

/** Names of the credential variables, set or not: never their values. */
function variablesEvidence(env: Record<string, string | undefined>): string[] {
  const state = (name: string) => `${name}: ${env[name] ? 'set' : 'not set'}`
  return [...CREDENTIAL_VARIABLES.map(state), `AWS_PROFILE: ${env.AWS_PROFILE ? env.AWS_PROFILE : 'not set'}`]
}

function noSource(env: Record<string, string | undefined>): Failure {
  return new Failure(
    'source-credentials-missing',
    'role-chaining is set, but there are no credentials in the environment to chain from. Nothing was sent to AWS.',
    {
      stage: 'source',
      evidence: variablesEvidence(env),
      fix: [
        'run an earlier step of this action without role-chaining (it exports AWS_ACCESS_KEY_ID, ' +
          'AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN), then this step with role-chaining: true',
        'or let the earlier step write a profile (aws-profile: NAME) and set AWS_PROFILE: NAME for this step',
        'or, if this step was meant to use OIDC, remove role-chaining (it never falls back to the ID token)'
      ],
      retryable: false
    }
  )
}

function longLived(found: Found & { from: string }): Failure {
  const kind = TEMPORARY_KEY.test(found.accessKeyId)
    ? 'a temporary key id without a session token'
    : 'not a temporary key (ASIA…): a long-lived IAM user key'
  return new Failure(
    'source-credentials-long-lived',
    `The credentials in ${found.from} are ${kind}. ` +
      'role-chaining only chains from temporary credentials; they were not used.',
    {
      stage: 'source',
      evidence: [
        `access key id: ${found.accessKeyId.slice(0, 4)}… ` +
          `(${found.accessKeyId.length} characters; the key itself is not shown)`,
        `session token: ${found.sessionToken ? 'present' : 'absent'}`
      ],
      fix: [
        'remove the static keys from the job (secrets such as AWS_ACCESS_KEY_ID); ' +
          'get temporary credentials with an earlier OIDC step of this action and chain from those'
      ],
      retryable: false
    }
  )
}

function expiredLocally(expiration: Date, from: string): Failure {
  return new Failure(
    'source-credentials-expired',
    `The credentials in ${from} expired at ${expiration.toISOString()}. Nothing was sent to AWS.`,
    {
      stage: 'source',
      evidence: [`AWS_CREDENTIAL_EXPIRATION: ${expiration.toISOString()}`],
      fix: [
        'run the step that gets the source credentials right before this one',
        'or give that step a longer role-duration-seconds'
      ],
      retryable: false
    }
  )
}
