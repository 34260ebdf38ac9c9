// The kinds of AWS profile whose credentials are got by running something: a network call or a
// process. The source stage (role-chaining, use-existing-credentials) reads credentials locally
// only, so of the profiles AWS_PROFILE may name it takes static keys alone (what aws-profile
// writes) and refuses these, naming the kind and why. The bundle leaves their providers out;
// their stand-ins in src/bundle/ fail with the same words should anything reach them.
// Loaded with the providers (src/credential-sources.ts), on the paths that read a profile only.
import { Failure } from '../failure/failure.js'

export interface RefusedProfileKind {
  /** the kind as the profile's keys name it */
  kind: string
  /** a profile holding any of these keys is of this kind */
  keys: readonly string[]
  /** how such a profile gets its credentials */
  by: string
}

export const REFUSED_PROFILE_KINDS = {
  // before assume-role: a credential_source profile assumes its role_arn with what the endpoint gives
  credentialSource: {
    kind: 'credential_source',
    keys: ['credential_source'],
    by: 'a request to the container or EC2 instance metadata endpoint (network), then sts:AssumeRole'
  },
  assumeRole: {
    kind: 'role_arn/source_profile',
    keys: ['source_profile'],
    by: "an sts:AssumeRole call (network) signed with another profile's credentials"
  },
  webIdentity: {
    kind: 'web_identity_token_file',
    keys: ['web_identity_token_file'],
    by: 'an sts:AssumeRoleWithWebIdentity call (network)'
  },
  credentialProcess: { kind: 'credential_process', keys: ['credential_process'], by: 'starting a process' },
  sso: {
    kind: 'sso_*',
    keys: ['sso_session', 'sso_start_url', 'sso_account_id', 'sso_region', 'sso_role_name'],
    by: 'IAM Identity Center calls (network) with a cached SSO token'
  },
  login: { kind: 'login', keys: ['login_session'], by: 'AWS sign-in calls (network) with a cached login session' }
} as const satisfies Record<string, RefusedProfileKind>

/**
 * The refused kind a profile is, or undefined when fromIni reads it locally (static keys, or
 * nothing to read). As in the SDK, static keys are taken as they are unless the profile assumes
 * a role with them; otherwise the first kind whose keys the profile holds, in the SDK's order.
 */
export function refusedKindOf(profile: Record<string, unknown> | undefined): RefusedProfileKind | undefined {
  if (!profile) return undefined
  const holds = (k: RefusedProfileKind): boolean => k.keys.some((key) => key in profile)
  const { credentialSource, assumeRole } = REFUSED_PROFILE_KINDS
  const staticKeys = 'aws_access_key_id' in profile && 'aws_secret_access_key' in profile
  if (staticKeys && !holds(credentialSource) && !holds(assumeRole)) return undefined
  return Object.values(REFUSED_PROFILE_KINDS).find(holds)
}

/** Why the source stage does not take a profile of this kind: one wording for the log and the stand-ins. */
export function refusalReason(k: RefusedProfileKind): string {
  return (
    `${k.kind} profiles get their credentials by ${k.by}, and role-chaining reads its source ` +
    'credentials locally only (static temporary keys, as aws-profile writes them)'
  )
}

/** The refusal of the profile AWS_PROFILE names (its parsed sections), or undefined when it is read. */
export function refusedProfile(
  profile: string,
  data: Record<string, unknown> | undefined
): UnsupportedProfile | undefined {
  const kind = refusedKindOf(data)
  return (
    kind &&
    new UnsupportedProfile(
      profile,
      kind,
      Object.keys(data ?? {}).filter((key) => kind.keys.includes(key))
    )
  )
}

/** The profile AWS_PROFILE names gets its credentials by a network call or a process: not read. */
export class UnsupportedProfile extends Failure {
  /** one line for use-existing-credentials, which assumes the role instead */
  readonly summary: string

  /** `holds`: the keys of the profile that make it this kind */
  constructor(profile: string, kind: RefusedProfileKind, holds: string[]) {
    super(
      'source-profile-unsupported',
      `The profile ${profile} (AWS_PROFILE) was not used: ${refusalReason(kind)}. Nothing was sent to AWS.`,
      {
        stage: 'source',
        evidence: [`AWS_PROFILE: ${profile}`, `profile kind: ${kind.kind} (it holds ${holds.join(', ')})`],
        fix: [
          'get the source credentials with an earlier OIDC step of this action that writes a profile ' +
            '(aws-profile: NAME), and set AWS_PROFILE: NAME for this step',
          'or let the earlier step export them as AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and ' +
            'AWS_SESSION_TOKEN and leave AWS_PROFILE unset'
        ],
        retryable: false
      }
    )
    this.summary = `the profile ${profile} is a ${kind.kind} profile, not read (it gets its credentials by ${kind.by})`
  }
}

/** The stand-ins' error (src/bundle/): the provider of this kind is not in the bundle. */
export function notBundled(k: RefusedProfileKind, pkg: string): Error {
  return new Error(`role-chaining does not run ${k.kind} profiles (${pkg} is not bundled): ${refusalReason(k)}`)
}
