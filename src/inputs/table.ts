// Every input of the action, as data: the one place that says what exists. Parsing
// (src/inputs/index.ts), action.yml and the README's Inputs and Migration tables follow it;
// __tests__/docs/action-yml.test.ts and docs.test.ts fail when they drift.

/** How the raw string is read. `text`, `list` and `json` have their own parse functions. */
export type InputKind = 'text' | 'boolean' | 'integer' | 'list' | 'json' | 'refused'

/**
 * How configure-aws-credentials v6 (the incumbent) input of the same name maps here; `beyond`
 * marks an input the incumbent lacks that answers one of its open requests.
 */
export interface Migration {
  verdict: 'same' | 'different' | 'refused' | 'beyond'
  /** what differs and why (empty for `same`) */
  why: string
}

export interface InputSpec {
  name: string
  kind: InputKind
  /** action.yml `required` */
  required: boolean
  /** action.yml `default`; absent: the runner passes '' and the code decides */
  default?: string
  /** whole-number bounds (kind 'integer'); `zeroMeans` allows 0 as well, with that meaning */
  min?: number
  max?: number
  zeroMeans?: string
  /** the allowed form: README's "allowed" column and the end of an invalid-input message */
  allowed: string
  /** what it does: README's last column; action.yml's description is this, then `allowed` */
  description: string
  /** absent: this input is ours only */
  incumbent?: Migration
  /** action.yml `deprecationMessage` (the runner warns when the input is given) */
  deprecationMessage?: string
}

const BOOLEAN = 'true or false (any case).'

/** STS's limits that inputs are checked against (the AWS STS API Reference, each parameter's constraints). */
export const LIMITS = {
  roleArnChars: { min: 20, max: 2048 },
  sessionPolicyChars: 2048,
  managedPolicies: 10
} as const
const STATIC_KEY: Pick<InputSpec, 'kind' | 'required' | 'allowed' | 'description' | 'deprecationMessage'> = {
  kind: 'refused',
  required: false,
  allowed: 'no value: any value fails the step with invalid-input (and is never echoed).',
  description: 'Not supported: this action only federates through OIDC; static keys are refused.',
  deprecationMessage: 'aws-oidc-credentials does not accept static keys; use role-to-assume with OIDC.'
}
const NO_STATIC_KEYS: Migration = {
  verdict: 'refused',
  why: 'no long-lived key takes part anywhere: OIDC (or role-chaining from an OIDC session) only.'
}

const TABLE = [
  {
    name: 'role-to-assume',
    kind: 'text',
    required: true,
    allowed: `a role ARN arn:<partition>:iam::<12-digit account>:role/<optional path/>name, name of 1-64 characters of [A-Za-z0-9_+=,.@-], ${LIMITS.roleArnChars.min}-${LIMITS.roleArnChars.max} characters in all.`,
    description: 'The role to assume.',
    incumbent: { verdict: 'different', why: 'required: without a role there is nothing to federate to.' }
  },
  {
    name: 'aws-region',
    kind: 'text',
    required: false,
    allowed: 'a region name such as eu-west-1. Empty: AWS_REGION, then AWS_DEFAULT_REGION; one of the three is needed.',
    description: 'Region of the STS calls and of the exported AWS_REGION / AWS_DEFAULT_REGION.',
    incumbent: { verdict: 'different', why: 'may come from AWS_REGION / AWS_DEFAULT_REGION instead of the input.' }
  },
  {
    name: 'audience',
    kind: 'text',
    required: false,
    default: 'sts.amazonaws.com',
    allowed: 'not empty; a client ID of the IAM OIDC provider.',
    description: 'The aud requested for the GitHub ID token.',
    incumbent: { verdict: 'same', why: '' }
  },
  {
    name: 'role-session-name',
    kind: 'text',
    required: false,
    allowed: '2-64 characters of [A-Za-z0-9_+=,.@-]. Empty: <owner>.<repo>-<run id>-<run attempt>, cut to 64.',
    description: 'The role session name, as CloudTrail shows it.',
    incumbent: {
      verdict: 'different',
      why: "the default names the repository and run instead of 'GitHubActions', so CloudTrail shows which run it was."
    }
  },
  {
    name: 'role-duration-seconds',
    kind: 'integer',
    required: false,
    default: '3600',
    min: 900,
    max: 43200,
    allowed:
      "a whole number from 900 to 43200, at most the role's maximum session duration; at most 3600 with role-chaining.",
    description: 'How long the session lasts, in seconds.',
    incumbent: {
      verdict: 'different',
      why: 'out-of-range values and more than 3600 with role-chaining are refused before any call, not by STS.'
    }
  },
  {
    name: 'inline-session-policy',
    kind: 'json',
    required: false,
    allowed: `a JSON policy object of at most ${LIMITS.sessionPolicyChars} characters once minified (it is sent minified).`,
    description: 'A session policy that further restricts the session.',
    incumbent: { verdict: 'different', why: 'checked (a JSON object, at most 2048 characters) before any call.' }
  },
  {
    name: 'managed-session-policies',
    kind: 'list',
    required: false,
    allowed: `at most ${LIMITS.managedPolicies} policy ARNs arn:<partition>:iam::<account or aws>:policy/<name>, by newlines or commas.`,
    description: 'Managed policies that further restrict the session.',
    incumbent: { verdict: 'different', why: 'commas separate too, and ARNs are checked before any call.' }
  },
  {
    name: 'web-identity-token-file',
    kind: 'text',
    required: false,
    allowed:
      'a readable file holding one JWT (at most 20000 characters); relative paths resolve against GITHUB_WORKSPACE.',
    description: 'Read the web identity token from this file instead of requesting a GitHub ID token.',
    incumbent: { verdict: 'same', why: '' }
  },
  {
    name: 'role-chaining',
    kind: 'boolean',
    required: false,
    default: 'false',
    allowed: BOOLEAN,
    description:
      'Assume role-to-assume with sts:AssumeRole, signed with the temporary credentials already in the environment (typically exported by an earlier step of this action); never falls back to OIDC.',
    incumbent: {
      verdict: 'different',
      why: "the source must be temporary credentials (ASIA… with a session token) from the AWS_* variables or the static keys of the profile AWS_PROFILE names; long-lived IAM user keys are refused. A profile that gets its credentials by a network call or a process (role_arn/source_profile, credential_source, web_identity_token_file, credential_process, sso_*, login) is deliberately refused, not run (source-profile-unsupported): the source is read locally only. Session tags: GitHub, Repository, Workflow, Action, Actor, Commit, Branch (not the incumbent's optional EventName, BaseRef, HeadRef, RunId, Job, TriggeringActor)."
    }
  },
  {
    name: 'role-external-id',
    kind: 'text',
    required: false,
    allowed: '2-1224 characters of [A-Za-z0-9_+=,.@:/-]; only with role-chaining.',
    description: 'The external id sent with sts:AssumeRole.',
    incumbent: { verdict: 'same', why: '' }
  },
  {
    name: 'role-skip-session-tagging',
    kind: 'boolean',
    required: false,
    default: 'false',
    allowed: BOOLEAN,
    description:
      'With role-chaining: send no session tags (then the trust policy needs no sts:TagSession). OIDC sessions get no tags from this action.',
    incumbent: { verdict: 'same', why: '' }
  },
  {
    name: 'transitive-tag-keys',
    kind: 'list',
    required: false,
    allowed: 'at most 50 tag keys (1-128 characters of letters, digits, spaces and _.:/=+-@), by newlines or commas.',
    description: 'With role-chaining: session tag keys that carry over to further chained sessions.',
    incumbent: { verdict: 'different', why: 'commas separate too, and keys are checked before any call.' }
  },
  {
    name: 'custom-tags',
    kind: 'json',
    required: false,
    allowed:
      'a JSON object of at most 50 string values: keys 1-128, values 0-256 characters of letters, digits, spaces and _.:/=+-@.',
    description: 'With role-chaining: extra session tags.',
    incumbent: { verdict: 'different', why: 'checked against the STS tag limits before any call.' }
  },
  {
    name: 'aws-profile',
    kind: 'text',
    required: false,
    allowed:
      'a profile name of letters, digits and _ - . @ + % : (what the AWS CLI and the SDKs read alike in a section header), other than a name JavaScript objects reserve (__proto__, constructor, toString, …); HOME absolute and both files outside GITHUB_WORKSPACE.',
    description:
      'Also write the credentials to ~/.aws/credentials and the region to ~/.aws/config under this profile; then env credentials are exported only with output-env-credentials: true.',
    incumbent: {
      verdict: 'different',
      why: 'files are written 0600 (a new ~/.aws 0700), never through a symbolic link, other profiles kept byte for byte; both files or neither; the post step removes the profile again. Refused where the incumbent writes: names the SDKs misread (__proto__, spaces, quotes), an empty or relative HOME and files inside GITHUB_WORKSPACE (later steps may publish them), and a profile with several sections ([profile ci] and [profile "ci"]), which the SDKs merge.'
    }
  },
  {
    name: 'overwrite-aws-profile',
    kind: 'boolean',
    required: false,
    default: 'false',
    allowed: BOOLEAN,
    description:
      'Replace the aws-profile section if it exists (other profiles stay byte for byte); otherwise an existing profile fails the step.',
    incumbent: { verdict: 'same', why: '' }
  },
  {
    name: 'refresh-credentials',
    kind: 'boolean',
    required: false,
    default: 'false',
    allowed: `${BOOLEAN} Not with role-chaining, web-identity-token-file, use-existing-credentials, special-characters-workaround, http-proxy or output-env-credentials: true; the job needs id-token: write.`,
    description:
      "Instead of exporting static keys, write a profile (aws-profile, or 'aws-oidc-credentials') whose credential_process runs this action's CLI, so later steps' AWS CLI and SDKs get a fresh session themselves before this one expires; exports AWS_PROFILE.",
    incumbent: {
      verdict: 'beyond',
      why: 'the incumbent has no such input: its session keys cannot be refreshed (configure-aws-credentials #359), so a job longer than the session fails with ExpiredToken.'
    }
  },
  {
    name: 'output-credentials',
    kind: 'boolean',
    required: false,
    default: 'false',
    allowed: BOOLEAN,
    description: 'Also set the credentials as step outputs.',
    incumbent: { verdict: 'same', why: '' }
  },
  {
    name: 'output-env-credentials',
    kind: 'boolean',
    required: false,
    allowed: `${BOOLEAN} Empty: true, or false when aws-profile is set.`,
    description: 'Export the credentials and the region as environment variables for later steps.',
    incumbent: { verdict: 'same', why: '' }
  },
  {
    name: 'unset-current-credentials',
    kind: 'boolean',
    required: false,
    default: 'false',
    allowed: `${BOOLEAN} Not with role-chaining (it would remove the source credentials).`,
    description:
      'Blank AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN for later steps first, so a failed step leaves no stale keys.',
    incumbent: {
      verdict: 'different',
      why: 'the region variables are kept; refused with role-chaining, whose source credentials it would remove.'
    }
  },
  {
    name: 'use-existing-credentials',
    kind: 'boolean',
    required: false,
    default: 'false',
    allowed: BOOLEAN,
    description:
      'If valid credentials are already in the environment (checked with GetCallerIdentity and allowed-account-ids), keep them and assume nothing.',
    incumbent: {
      verdict: 'different',
      why: "'false' means false (the incumbent treats any non-empty value as true), allowed-account-ids applies, and long-lived keys are never kept. Refused where the incumbent accepts it: with role-chaining (the incumbent keeps the source credentials and never assumes the narrower role) and with inline-session-policy or managed-session-policies (the incumbent drops the policy), either of which leaves later steps with more power than asked for."
    }
  },
  {
    name: 'force-skip-oidc',
    kind: 'boolean',
    required: false,
    default: 'false',
    allowed: `${BOOLEAN} true only with role-chaining.`,
    description: 'Never request a GitHub ID token. Only meaningful with role-chaining, which never does anyway.',
    incumbent: {
      verdict: 'different',
      why: 'without role-chaining it would leave only static keys or ambient credentials, which this action refuses.'
    }
  },
  {
    name: 'special-characters-workaround',
    kind: 'boolean',
    required: false,
    default: 'false',
    allowed: BOOLEAN,
    description:
      'Assume again (at most 30 sessions in all) until the secret access key has only letters and digits, for tools that mishandle other characters.',
    incumbent: {
      verdict: 'different',
      why: 'bounded: at most 30 sessions, and it does not override disable-retry or retry-max-attempts.'
    }
  },
  {
    name: 'mask-aws-account-id',
    kind: 'boolean',
    required: false,
    default: 'false',
    allowed: BOOLEAN,
    description: "Mask the role's account id in the log and outputs.",
    incumbent: { verdict: 'same', why: '' }
  },
  {
    name: 'allowed-account-ids',
    kind: 'list',
    required: false,
    allowed: '12-digit account ids separated by commas.',
    description: 'The verified account must be one of these, or nothing is exported.',
    incumbent: { verdict: 'different', why: 'ids are checked for their form before any call.' }
  },
  {
    name: 'sts-endpoint',
    kind: 'text',
    required: false,
    allowed:
      'an https:// URL (http:// only to a loopback address). Empty: AWS_ENDPOINT_URL_STS, then AWS_ENDPOINT_URL, then the regional endpoint; never endpoint_url from the shared config files.',
    description: 'Send the STS calls to this endpoint.',
    incumbent: {
      verdict: 'different',
      why: "the endpoint used is logged with where it came from (step debug). Refused where the incumbent sends the token: plain http:// to a host that is not loopback (also from AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL). Not honoured: endpoint_url in the shared config files, which the incumbent's SDK reads, so a file on the runner cannot redirect the token."
    }
  },
  {
    name: 'http-proxy',
    kind: 'text',
    required: false,
    allowed: 'an http:// or https:// proxy URL, optionally with user:password. Empty: HTTPS_PROXY / HTTP_PROXY.',
    description: 'Send the STS calls through this proxy (the ID-token request keeps the runner settings).',
    incumbent: {
      verdict: 'different',
      why: 'the proxy credentials are never logged; HTTPS_PROXY / HTTP_PROXY keep working without the input.'
    }
  },
  {
    name: 'no-proxy',
    kind: 'list',
    required: false,
    allowed: 'host names, domain suffixes or host:port, by commas. Empty: NO_PROXY.',
    description: 'STS endpoints that bypass the proxy.',
    incumbent: { verdict: 'same', why: '' }
  },
  {
    name: 'print-claims',
    kind: 'boolean',
    required: false,
    default: 'true',
    allowed: BOOLEAN,
    description: "Show the ID token's claims in the log and the job summary. The token itself is never printed."
  },
  {
    name: 'redact-claims',
    kind: 'list',
    required: false,
    default: 'jti',
    allowed:
      'names of GitHub ID token claims (sub, actor, repository, repo_property_NAME, …; lower case) separated by commas. An empty value redacts nothing.',
    description: 'Claims shown as *** in the claims table, the diagnosis and the job summary.'
  },
  {
    name: 'trust-policy',
    kind: 'text',
    required: false,
    allowed: 'a path relative to GITHUB_WORKSPACE, inline JSON, or the output of aws iam get-role.',
    description: "The role's trust policy, evaluated locally against the token's claims before STS is called."
  },
  {
    name: 'dry-run',
    kind: 'boolean',
    required: false,
    default: 'false',
    allowed: BOOLEAN,
    description: 'Print the claims and a suggested trust policy; call no AWS API and export nothing.'
  },
  {
    name: 'retry-max-attempts',
    kind: 'integer',
    required: false,
    default: '3',
    min: 1,
    max: 100,
    allowed: 'a whole number from 1 to 100; the 60 s network time budget may stop retries sooner.',
    description:
      'Attempts in all for a transient failure other than throttling, per call; throttling is retried until action-timeout-s (1 turns every retry off).',
    incumbent: {
      verdict: 'different',
      why: 'default 3, not 12: throttling is not counted (it is retried until action-timeout-s); other retries also stop at the 60 s network budget, and deterministic errors are never retried.'
    }
  },
  {
    name: 'disable-retry',
    kind: 'boolean',
    required: false,
    default: 'false',
    allowed: BOOLEAN,
    description: 'One attempt only (overrides retry-max-attempts).',
    incumbent: { verdict: 'same', why: '' }
  },
  {
    name: 'action-timeout-s',
    kind: 'integer',
    required: false,
    default: '120',
    min: 1,
    max: 21600,
    zeroMeans: 'no step-level limit (every network call stays bounded)',
    allowed: 'a whole number from 1 to 21600, or 0 for no step-level limit.',
    description: 'Upper bound in seconds for the whole step.',
    incumbent: {
      verdict: 'different',
      why: 'default 120 s, not unlimited; 0 still means no step-level limit, and every call has its own timeout.'
    }
  },
  { name: 'aws-access-key-id', ...STATIC_KEY, incumbent: NO_STATIC_KEYS },
  { name: 'aws-secret-access-key', ...STATIC_KEY, incumbent: NO_STATIC_KEYS },
  { name: 'aws-session-token', ...STATIC_KEY, incumbent: NO_STATIC_KEYS }
] as const satisfies readonly InputSpec[]

export type InputName = (typeof TABLE)[number]['name']
export const INPUTS: readonly (InputSpec & { name: InputName })[] = TABLE
