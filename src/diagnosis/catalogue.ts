// The diagnosis catalogue: the text of each stable code (src/failure/codes.ts lists them). This
// is data — the report, the README table and docs/TROUBLESHOOTING.md are all checked against it.
// Loaded with the diagnosis, on the first error only: a successful run never compiles this text.
import { CODES, RETRYABLE, type DiagnosisCode } from '../failure/codes.js'

export { CODES, type DiagnosisCode }

export interface CatalogueEntry {
  title: string
  /** what the code means, one sentence */
  meaning: string
  /** likely causes, most likely first */
  causes: string[]
  /** what to do, in order */
  fix: string[]
  /** whether trying again can change the outcome */
  retryable: boolean
  /** the section of docs/TROUBLESHOOTING.md that explains it */
  anchor: string
}

type Entries = Record<DiagnosisCode, Omit<CatalogueEntry, 'anchor' | 'retryable'>>

/** Each code's section in docs/TROUBLESHOOTING.md is headed by the code itself. */
function withAnchors(entries: Entries): Record<DiagnosisCode, CatalogueEntry> {
  return Object.fromEntries(
    CODES.map((code) => [code, { ...entries[code], retryable: RETRYABLE.has(code), anchor: code }])
  ) as Record<DiagnosisCode, CatalogueEntry>
}

export const CATALOGUE = withAnchors({
  'invalid-input': {
    title: 'An input is invalid',
    meaning: 'An input of the step is missing or not of the allowed form; nothing was sent to GitHub or AWS.',
    causes: [
      "a typo or a wrong value in the step's `with:` block",
      'an expression that evaluated to an empty or unexpected value',
      'static keys given to an action that only federates through OIDC'
    ],
    fix: ['correct the input named in the message to the allowed form it states']
  },
  'not-a-runner': {
    title: 'Not running on a GitHub Actions runner',
    meaning:
      'GITHUB_ACTIONS is not `true` and the ID-token request variables are missing: the step runs outside GitHub Actions, where no ID token exists.',
    causes: [
      'the action was started by hand or by a local tool, not by a workflow job',
      'a container or script started by the job dropped the runner environment'
    ],
    fix: [
      'to try it locally, run it against the emulator: npm start, npm run local-action or npm run emulator',
      'or pass a token you already have with web-identity-token-file',
      'on GitHub, run the step in a job with `permissions: id-token: write`'
    ]
  },
  'missing-id-token-permission': {
    title: 'The job may not request an ID token',
    meaning:
      'The runner did not provide ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN, which it only does for jobs with `permissions: id-token: write`.',
    causes: [
      'the workflow or job has no `permissions: id-token: write`',
      'a `permissions:` block lists other scopes, which drops id-token to none',
      'a reusable workflow is called from another organisation: the caller must grant the permission'
    ],
    fix: [
      'add `permissions: { id-token: write, contents: read }` to the job (or the workflow)',
      "for a reusable workflow, grant it in the calling workflow's job"
    ]
  },
  'fork-pull-request': {
    title: 'Pull requests from forks cannot get an ID token',
    meaning:
      'GitHub withholds ID tokens from pull requests opened from forks (and from Dependabot runs), whatever the permissions say.',
    causes: [
      'the workflow runs on `pull_request` and the head repository is a fork',
      'the run was started by Dependabot'
    ],
    fix: [
      'skip this step for fork pull requests (`if: github.event.pull_request.head.repo.full_name == github.repository`)',
      'deploy from `push` or `workflow_run` instead of from fork pull requests'
    ]
  },
  'id-token-request-failed': {
    title: 'GitHub did not issue the ID token',
    meaning: "The request to GitHub's ID-token endpoint failed.",
    causes: [
      'a GitHub outage (5xx, retried)',
      'the request token expired (very long jobs)',
      'a proxy between the runner and GitHub'
    ],
    fix: [
      're-run the job; check githubstatus.com for Actions incidents',
      'on self-hosted runners, check the proxy settings for the token endpoint'
    ]
  },
  'invalid-token': {
    title: 'The token is not a usable JWT',
    meaning: 'The web identity token could not be decoded, or STS rejected its signature or form.',
    causes: [
      'the token file holds something other than a JWT (an access token, a file with several lines)',
      "the issuer's signing keys could not be fetched or did not match (GHES behind a firewall)",
      'a legacy thumbprint on the IAM OIDC provider that no longer matches'
    ],
    fix: [
      'point web-identity-token-file at a file that holds only the JWT',
      "make the issuer's /.well-known/jwks reachable from AWS"
    ]
  },
  'oidc-provider-not-found': {
    title: "No IAM OIDC provider for this issuer in the role's account",
    meaning: "The role's account has no IAM OIDC identity provider whose URL equals the token's `iss`.",
    causes: [
      'the provider was never created in this account',
      'the provider exists in another account than the role',
      'the issuer differs (enterprise-specific issuer, GHE.com, GHES)'
    ],
    fix: ["create the provider in the role's account for the exact issuer URL (command below)"]
  },
  'audience-mismatch': {
    title: "The token's audience is not registered on the provider",
    meaning:
      'STS answered "Incorrect token audience": the token\'s `aud` is not a client ID of the IAM OIDC provider, or the token carries several audiences.',
    causes: [
      "the `audience` input differs from the provider's client ID list",
      'a Kubernetes/other token with several audiences'
    ],
    fix: [
      "request `sts.amazonaws.com` (the default), or add the audience to the provider's client IDs",
      'request a token with exactly one audience'
    ]
  },
  'trust-policy-denied': {
    title: "The role's trust policy does not allow this token",
    meaning:
      'STS answered "Not authorized to perform sts:AssumeRoleWithWebIdentity": no Allow statement of the role\'s trust policy matches this token (or a Deny does).',
    causes: [
      "the policy's `sub` condition does not match this run's subject (pull request, environment, tag, immutable subject, custom template)",
      "the `aud` condition differs from the token's audience",
      'Principal.Federated names another provider or account',
      'the role does not exist, or the ARN names another account (AWS answers the same)',
      'case differs: IAM string matching is case-sensitive'
    ],
    fix: [
      "compare the token's `sub` below with the policy, and allow this subject (minimal policy below)",
      "check the role ARN's account and name"
    ]
  },
  'source-credentials-missing': {
    title: 'role-chaining found no credentials to chain from',
    meaning:
      'role-chaining: true assumes the role with the credentials already in the environment, and there were none; nothing was sent to AWS and no ID token was requested.',
    causes: [
      'no earlier step of this action in the job (or it ran with output-env-credentials: false)',
      'the earlier step wrote a profile (aws-profile) but AWS_PROFILE does not name it',
      'role-chaining set on the first step, where OIDC was meant'
    ],
    fix: [
      'run this action once without role-chaining first, then again with role-chaining: true',
      'or set AWS_PROFILE to the profile an earlier step wrote'
    ]
  },
  'source-credentials-long-lived': {
    title: 'The source credentials are long-lived keys',
    meaning:
      'role-chaining only chains from temporary credentials (an ASIA… key id with a session token); long-lived IAM user keys are refused and were not used.',
    causes: [
      'static keys stored as repository secrets and exported in the job',
      'a self-hosted runner whose environment holds an IAM user key'
    ],
    fix: [
      'remove the static keys; get temporary credentials with an earlier OIDC step of this action and chain from those'
    ]
  },
  'source-profile-unsupported': {
    title: 'The profile AWS_PROFILE names is not static keys',
    meaning:
      'role-chaining reads its source credentials locally only; the profile gets its credentials by a network call or a process (role_arn/source_profile, credential_source, web_identity_token_file, credential_process, sso_*, login), so it was not used and nothing was sent to AWS.',
    causes: [
      'AWS_PROFILE names a developer profile (SSO, assume-role, credential_process) instead of the one an earlier step wrote',
      'a self-hosted runner whose ~/.aws config gives the profile of that name another kind'
    ],
    fix: [
      'let an earlier OIDC step of this action write a profile (aws-profile: NAME) and set AWS_PROFILE: NAME for this step',
      'or chain from the AWS_* variables an earlier step exports, with AWS_PROFILE unset'
    ]
  },
  'source-credentials-expired': {
    title: 'The source credentials are no longer valid',
    meaning:
      'AWS refused the credentials role-chaining signed with: they expired (or were revoked or garbled) before this step ran.',
    causes: [
      'the earlier step ran longer ago than its role-duration-seconds',
      'the session was revoked, or its variables were changed by another step'
    ],
    fix: [
      'get the source credentials right before this step, or with a longer role-duration-seconds',
      'or make sure no step in between overwrites AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN'
    ]
  },
  'source-credentials-invalid': {
    title: 'AWS does not accept the source credentials',
    meaning:
      'sts:AssumeRole signed with the source credentials was refused with SignatureDoesNotMatch or InvalidClientTokenId: the secret does not match the key id, or the key id is unknown to AWS.',
    causes: [
      'a wrong, truncated or rotated AWS_SECRET_ACCESS_KEY (or one with a stray space or newline)',
      'the access key was deleted or deactivated, or the session token belongs to other keys',
      'a step in between overwrote one of AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN'
    ],
    fix: [
      'get the three source variables from one place, right before this step (the earlier step that assumed the source role)',
      'check that no step in between changes AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY or AWS_SESSION_TOKEN'
    ]
  },
  'assume-role-denied': {
    title: "The target role's trust policy does not allow the source session",
    meaning:
      "STS answered AccessDenied for sts:AssumeRole: no Allow statement of the target role's trust policy names the source role or its account with these conditions.",
    causes: [
      "the target's trust policy does not name the source role (Principal.AWS) or its account",
      'a wrong or missing role-external-id (AWS answers the same AccessDenied)',
      "the source role's own permissions policy does not allow sts:AssumeRole on the target",
      'the target role does not exist, or the ARN names another account (AWS answers the same)'
    ],
    fix: [
      "allow the source role in the target's trust policy (snippet below), with the external id it expects",
      'check role-to-assume and role-external-id'
    ]
  },
  'tag-session-denied': {
    title: "The target role's trust policy does not allow session tags",
    meaning:
      "STS answered AccessDenied for sts:TagSession: the step sends session tags, and the target's trust policy does not allow sts:TagSession for the source.",
    causes: ["the trust policy's statement for the source lists sts:AssumeRole but not sts:TagSession"],
    fix: [
      "add sts:TagSession to the Action of the target's trust policy statement for the source",
      'or set role-skip-session-tagging: true'
    ]
  },
  'token-expired': {
    title: 'The ID token expired before STS saw it',
    meaning: 'STS rejected the token because its `exp` had passed.',
    causes: [
      'a long wait or retries between requesting and using the token',
      'a token file that is not refreshed',
      'the runner clock is far off'
    ],
    fix: [
      'request the token right before this step (a new run does)',
      'refresh the token file (projected tokens rotate)'
    ]
  },
  'idp-communication-error': {
    title: 'STS could not reach the identity provider',
    meaning: "STS could not fetch the issuer's OIDC configuration or keys in time.",
    causes: ['a passing outage of the issuer', 'a GHES/self-hosted issuer not reachable from AWS'],
    fix: ["re-run; persistent failures mean the issuer's /.well-known endpoints are not reachable from the internet"]
  },
  'session-duration-exceeded': {
    title: "The session duration is above the role's maximum",
    meaning: "role-duration-seconds exceeds the role's MaxSessionDuration.",
    causes: ["role-duration-seconds was raised without raising the role's maximum (default 1 hour)"],
    fix: [
      'lower role-duration-seconds',
      "or raise the role's maximum: aws iam update-role --role-name ROLE --max-session-duration SECONDS"
    ]
  },
  'session-policy-invalid': {
    title: 'The session policy is invalid or too large',
    meaning: 'STS refused inline-session-policy or managed-session-policies.',
    causes: ['a policy that is not valid IAM policy JSON', 'policies that pack beyond the allowed size'],
    fix: ['validate the policy (IAM Access Analyzer)', 'shorten it or use fewer managed policies']
  },
  'region-disabled': {
    title: 'STS is not activated in this region',
    meaning: 'The account has the regional STS endpoint of this region deactivated.',
    causes: ['an opt-in region, or STS deactivated in IAM account settings'],
    fix: ['activate STS for the region (IAM > Account settings)', 'or use another aws-region']
  },
  throttled: {
    title: 'STS throttled the request',
    meaning: "STS answered Throttling (rate exceeded) on every attempt until the step's time budget ran out.",
    causes: ['many parallel jobs assuming roles in one account'],
    fix: ['raise action-timeout-s (throttling is retried until it runs out), or stagger matrix jobs']
  },
  'network-error': {
    title: 'The network call failed',
    meaning:
      'A call to STS or GitHub did not get a usable answer: refused, reset, timed out, or a non-AWS answer such as a proxy page.',
    causes: [
      'a proxy or firewall between the runner and AWS',
      'a wrong sts-endpoint or AWS_ENDPOINT_URL_STS',
      'DNS failure',
      'a stalled connection (timed out)'
    ],
    fix: ['check HTTPS_PROXY/NO_PROXY and the endpoint', 're-run if it was a passing outage']
  },
  'sts-response-invalid': {
    title: 'The STS answer is not of the shape AWS STS gives',
    meaning:
      'A value in the STS answer (a key, the session token, the expiration, an ARN, the account) is not of the shape real STS produces; nothing was written, exported or output.',
    causes: [
      'an STS endpoint that is not AWS: a misconfigured sts-endpoint, AWS_ENDPOINT_URL_STS or AWS_ENDPOINT_URL',
      'a proxy that rewrites answers',
      'a hostile endpoint trying to write a profile section or a log line of its own'
    ],
    fix: [
      'point sts-endpoint / AWS_ENDPOINT_URL_STS at AWS STS and check any proxy',
      're-run once the endpoint is fixed'
    ]
  },
  'identity-mismatch': {
    title: 'The credentials belong to another identity',
    meaning:
      'GetCallerIdentity returned an account or ARN other than the role that was asked for; nothing was exported.',
    causes: [
      'an STS endpoint that is not AWS (a misconfigured sts-endpoint or proxy)',
      'ambient credentials shadowing the new ones'
    ],
    fix: ['check sts-endpoint / AWS_ENDPOINT_URL_STS and any proxy']
  },
  'account-not-allowed': {
    title: 'The account is not in allowed-account-ids',
    meaning: 'The verified account is not one of allowed-account-ids; nothing was exported.',
    causes: [
      'a role ARN that points at another account (copy-paste between environments)',
      'allowed-account-ids out of date'
    ],
    fix: ['use a role in an allowed account, or update allowed-account-ids']
  },
  'clock-skew': {
    title: 'The runner clock is off',
    meaning:
      "AWS refused a time: the request signature (the runner's clock differs from AWS's by more than 15 minutes), or the token's nbf/iat lying ahead of AWS's clock (\"Token used before issued\").",
    causes: [
      'a self-hosted runner without time synchronisation',
      'a token file written by a host whose clock is ahead (its nbf/iat lie in the future)'
    ],
    fix: ['synchronise the runner clock (chrony/systemd-timesyncd)']
  },
  unknown: {
    title: 'An unexpected failure',
    meaning: 'Nothing in the catalogue matched; the stage, the error and the AWS request id are shown.',
    causes: ['a failure this action does not know yet'],
    fix: ['open an issue with this block (it holds no secret)']
  }
})
