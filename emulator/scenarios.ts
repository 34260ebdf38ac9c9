// Named setups of the emulated world: one that works, and at least one failing setup per
// diagnosis code. `npm start -- --scenario NAME` shows each; the integration tests run them all.
import { SOURCE_ROLE_ARN, sourceSessionEnv } from './chain-source.js'
import type { Emulator } from './server.js'
import type { RunOptions } from './runner.js'
import { addChainTarget, CHAIN_TARGET_ACCOUNT, githubTrustPolicy, type RunContext } from './world.js'

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/deploy'
const DIAGNOSIS_TEST = '__tests__/integration/diagnosis.test.ts'

export interface Scenario {
  name: string
  /** the diagnosis code the action must report; 'success' or 'dry-run' when it must succeed */
  code: string
  /** what is wrong, as a user would describe it */
  description: string
  /** the run as GitHub sees it (token claims); applied before the token is requested */
  run?: Partial<RunContext>
  /** step inputs on top of role-to-assume and aws-region */
  inputs?: Record<string, string>
  /** runner context and files; env on top of the emulator's */
  runner?: Pick<RunOptions, 'github' | 'eventPayload' | 'files'>
  /** the step's env differs: e.g. the token request variables are missing */
  env?: Record<string, string | undefined>
  /** env that needs the running emulator (e.g. an earlier step's credentials); before setup */
  prepareEnv?(emu: Emulator): Promise<Record<string, string | undefined>>
  /** the test file that plays this scenario and checks it in full, instead of the generic test
   * (a success: other outputs or env; a refusal: its wording, beside the generic checks) */
  ownTest?: string
  /** changes to the world and faults, before the action runs; may return files for the workspace */
  setup?(emu: Emulator): void | Record<string, string> | Promise<Record<string, string> | void>
  /** decisive lines the log must show (evidence and fix) */
  expect: RegExp[]
  /** the step must end within this many seconds */
  withinSeconds: number
}

interface PolicyDoc {
  Statement: { Condition: Record<string, Record<string, unknown>> }[]
}
const NO_TOKEN_ENV = { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined }
const deployRole = (emu: Emulator) => emu.world.accounts['123456789012'].roles[0]
const forkPayload = {
  pull_request: {
    number: 7,
    head: { ref: 'patch-1', repo: { full_name: 'someone/octo-repo' } },
    base: { ref: 'main', repo: { full_name: 'octo-org/octo-repo' } }
  },
  repository: { full_name: 'octo-org/octo-repo' }
}
const samePrRun: Partial<RunContext> = {
  eventName: 'pull_request',
  ref: 'refs/pull/7/merge',
  headRef: 'feature',
  baseRef: 'main'
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'success',
    code: 'success',
    description: 'A push to main with a role that trusts main: verified credentials are exported.',
    expect: [/✔ Verified arn:aws:sts::123456789012:assumed-role\/deploy\//],
    withinSeconds: 10
  },
  {
    name: 'success-token-file',
    code: 'success',
    description: 'The token is read from web-identity-token-file (e.g. a Kubernetes projected token).',
    inputs: { 'web-identity-token-file': 'token.jwt' },
    env: NO_TOKEN_ENV,
    setup: async (emu) => ({ 'token.jwt': await emu.issueToken() }),
    expect: [/Read the web identity token from .*token\.jwt/, /✔ Verified/],
    withinSeconds: 10
  },
  {
    name: 'success-exp-allowance',
    code: 'success',
    description:
      "AWS's clock is 7 minutes ahead: the 5-minute token is 2 minutes past exp for STS, which IAM still accepts (5-minute allowance).",
    setup: (emu) => {
      emu.world.clockOffsetSeconds = 420
    },
    expect: [/✔ Verified arn:aws:sts::123456789012:assumed-role\/deploy\//],
    withinSeconds: 10
  },
  {
    name: 'dry-run',
    code: 'dry-run',
    description:
      'Setting up a new role: print the claims, the policy check and a minimal trust policy; call no AWS API.',
    run: { environment: 'prod' },
    inputs: { 'dry-run': 'true', 'trust-policy': 'trust-policy.json' },
    runner: {
      files: {
        'trust-policy.json': JSON.stringify(githubTrustPolicy('repo:octo-org/octo-repo:ref:refs/heads/main'), null, 2)
      }
    },
    expect: [
      /Trust policy from trust-policy\.json DENIES \(no statement allows\) this token/,
      /✗ StringLike token\.actions\.githubusercontent\.com:sub/,
      /"token\.actions\.githubusercontent\.com:sub": "repo:octo-org\/octo-repo:environment:prod"/,
      /Dry run: no AWS API is called/
    ],
    withinSeconds: 10
  },
  {
    name: 'invalid-input',
    code: 'invalid-input',
    description: 'role-session-name is github.actor of a Dependabot run: brackets are not allowed.',
    inputs: { 'role-session-name': 'dependabot[bot]' },
    expect: [/Input 'role-session-name': 'dependabot\[bot\]' is not allowed\. Allowed: 2-64 characters/],
    withinSeconds: 5
  },
  {
    name: 'invalid-input-unknown',
    code: 'invalid-input',
    description: 'A typo in a with: key: the runner only warns, the action refuses before any call.',
    inputs: { 'role-chainning': 'true' },
    expect: [/Unknown input 'role-chainning' — did you mean role-chaining\?/, /rename role-chainning to role-chaining/],
    withinSeconds: 5
  },
  {
    name: 'not-a-runner',
    code: 'not-a-runner',
    description: 'Started by hand outside GitHub Actions: there is no runner to issue an ID token.',
    env: { ...NO_TOKEN_ENV, GITHUB_ACTIONS: undefined },
    expect: [
      /This is not a GitHub Actions runner/,
      /GITHUB_ACTIONS is not set/,
      /fix: +to run it here, .*npm run local-action/
    ],
    withinSeconds: 5
  },
  {
    name: 'missing-id-token-permission',
    code: 'missing-id-token-permission',
    description: 'The job has no `permissions: id-token: write`.',
    env: NO_TOKEN_ENV,
    expect: [/ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set/, /id-token: write/],
    withinSeconds: 5
  },
  {
    name: 'fork-pull-request',
    code: 'fork-pull-request',
    description: 'A pull request from a fork: GitHub gives it no ID token.',
    env: NO_TOKEN_ENV,
    runner: { github: { eventName: 'pull_request', ref: 'refs/pull/7/merge' }, eventPayload: forkPayload },
    expect: [/pull request #7: head someone\/octo-repo -> base octo-org\/octo-repo/, /workflow_run/],
    withinSeconds: 5
  },
  {
    name: 'id-token-request-failed',
    code: 'id-token-request-failed',
    description: "GitHub's token endpoint answers 403 (the request token was refused).",
    setup: (emu) => emu.inject('token', { kind: 'status', status: 403 }),
    expect: [/refused the request with HTTP 403/],
    withinSeconds: 10
  },
  {
    name: 'invalid-token',
    code: 'invalid-token',
    description: 'web-identity-token-file holds an OAuth access token, not a JWT.',
    inputs: { 'web-identity-token-file': 'token.txt' },
    env: NO_TOKEN_ENV,
    runner: { files: { 'token.txt': 'gho_16C7e42F292c6912E7710c838347Ae178B4a' } },
    expect: [/The token file is not a decodable JWT/, /the token has 1 dot-separated part \(a JWT has 3\)/],
    withinSeconds: 5
  },
  {
    name: 'invalid-token-jwks',
    code: 'invalid-token',
    description: "STS cannot fetch the issuer's signing keys (a GHES behind a firewall).",
    setup: (emu) => emu.inject('AssumeRoleWithWebIdentity', 'jwks-unreachable'),
    expect: [/Couldn't retrieve verification key/],
    withinSeconds: 5
  },
  {
    name: 'oidc-provider-not-found',
    code: 'oidc-provider-not-found',
    description: "The role's account has no IAM OIDC provider for GitHub.",
    setup: (emu) => {
      emu.world.accounts['123456789012'].oidcProviders = []
    },
    expect: [
      /no IAM OIDC provider for the issuer https:\/\/token\.actions\.githubusercontent\.com/,
      /aws iam create-open-id-connect-provider --url https:\/\/token\.actions\.githubusercontent\.com --client-id-list sts\.amazonaws\.com/
    ],
    withinSeconds: 5
  },
  {
    name: 'audience-mismatch',
    ownTest: DIAGNOSIS_TEST,
    code: 'audience-mismatch',
    description: "The step requests GitHub's default audience, which the provider does not list.",
    inputs: { audience: 'https://github.com/octo-org' },
    expect: [/token aud: https:\/\/github\.com\/octo-org/, /add-client-id-to-open-id-connect-provider/],
    withinSeconds: 5
  },
  {
    name: 'audience-multiple',
    code: 'audience-mismatch',
    description: 'A token with several audiences (as Kubernetes issues by default).',
    run: { extraAudiences: ['https://kubernetes.default.svc'] },
    expect: [/carries 2 audiences; AWS needs exactly one/],
    withinSeconds: 5
  },
  {
    name: 'trust-policy-denied',
    code: 'trust-policy-denied',
    description: 'A pull request run against a role that trusts only refs/heads/main.',
    run: samePrRun,
    runner: { github: { eventName: 'pull_request', ref: 'refs/pull/7/merge' } },
    expect: [
      /token sub: repo:octo-org\/octo-repo:pull_request/,
      /never matches a policy pattern on ref:refs\/heads\/\*/,
      /"token\.actions\.githubusercontent\.com:sub": "repo:octo-org\/octo-repo:pull_request"/
    ],
    withinSeconds: 5
  },
  {
    name: 'trust-policy-environment',
    ownTest: DIAGNOSIS_TEST,
    code: 'trust-policy-denied',
    description: 'The job uses the environment prod; the policy expects the branch.',
    run: { environment: 'prod' },
    expect: [/token sub: repo:octo-org\/octo-repo:environment:prod/, /environment 'prod'/],
    withinSeconds: 5
  },
  {
    name: 'trust-policy-tag',
    ownTest: DIAGNOSIS_TEST,
    code: 'trust-policy-denied',
    description: 'A release from a tag; the policy expects the branch.',
    run: { ref: 'refs/tags/v1.4.0' },
    expect: [
      /token sub: repo:octo-org\/octo-repo:ref:refs\/tags\/v1\.4\.0/,
      /"repo:octo-org\/octo-repo:ref:refs\/tags\/v\*"/
    ],
    withinSeconds: 5
  },
  {
    name: 'trust-policy-immutable-subject',
    code: 'trust-policy-denied',
    description: 'The repository uses the 2026 immutable subject; the policy has the name-only form.',
    run: { immutableSubject: true },
    expect: [
      /immutable subject/,
      /name-only form \(no longer sent\): repo:octo-org\/octo-repo:ref:refs\/heads\/main/,
      /immutable form \(this token\): +repo:octo-org@123456\/octo-repo@789012:ref:refs\/heads\/main/
    ],
    withinSeconds: 5
  },
  {
    name: 'trust-policy-custom-template',
    code: 'trust-policy-denied',
    description: 'The organisation set a custom sub template (repo, context, job_workflow_ref).',
    run: { includeClaimKeys: ['repo', 'context', 'job_workflow_ref'] },
    expect: [/custom sub template \(include_claim_keys\) whose keys, as seen in sub, are: repo, ref, job_workflow_ref/],
    withinSeconds: 5
  },
  {
    name: 'trust-policy-case',
    ownTest: DIAGNOSIS_TEST,
    code: 'trust-policy-denied',
    description:
      'The policy spells the organisation Octo-Org; the token says octo-org (IAM is case-sensitive). The policy is given as trust-policy.',
    setup: (emu) => {
      const policy = githubTrustPolicy('repo:Octo-Org/octo-repo:ref:refs/heads/main')
      deployRole(emu).trustPolicy = policy
      return { 'trust-policy.json': JSON.stringify(policy, null, 2) }
    },
    inputs: { 'trust-policy': 'trust-policy.json' },
    expect: [/✗ StringLike token\.actions\.githubusercontent\.com:sub/, /differs from the token only by letter case/],
    withinSeconds: 5
  },
  {
    name: 'trust-policy-unsupported-key',
    ownTest: DIAGNOSIS_TEST,
    code: 'trust-policy-denied',
    description:
      'The policy checks repository_owner, a claim AWS never turns into a condition key: the condition never matches. Given as trust-policy.',
    setup: (emu) => {
      const policy = githubTrustPolicy('repo:octo-org/octo-repo:ref:refs/heads/main') as PolicyDoc
      policy.Statement[0].Condition.StringEquals['token.actions.githubusercontent.com:repository_owner'] = 'octo-org'
      deployRole(emu).trustPolicy = policy
      return { 'trust-policy.json': JSON.stringify(policy, null, 2) }
    },
    inputs: { 'trust-policy': 'trust-policy.json' },
    expect: [
      /Trust policy from trust-policy\.json DENIES \(no statement allows\) this token/,
      /repository_owner: AWS has no such condition key .*so this condition never matches; use StringLike on :repository/,
      /can never match: AWS has no such condition key/
    ],
    withinSeconds: 5
  },
  {
    name: 'trust-policy-wildcard-equals',
    ownTest: DIAGNOSIS_TEST,
    code: 'trust-policy-denied',
    description: 'The policy puts repo:octo-org/octo-repo:* under StringEquals, where * is a literal character.',
    setup: (emu) => {
      const policy = githubTrustPolicy([]) as PolicyDoc
      const cond = policy.Statement[0].Condition
      delete cond.StringLike
      cond.StringEquals['token.actions.githubusercontent.com:sub'] = 'repo:octo-org/octo-repo:*'
      deployRole(emu).trustPolicy = policy
      return { 'trust-policy.json': JSON.stringify(policy, null, 2) }
    },
    inputs: { 'trust-policy': 'trust-policy.json' },
    expect: [
      /holds a wildcard, but under StringEquals, \* and \? are literal characters/,
      /fix: +change the operator of the StringEquals condition on token\.actions\.githubusercontent\.com:sub of statement 0 from StringEquals to StringLike/
    ],
    withinSeconds: 5
  },
  {
    name: 'trust-policy-principal-account',
    ownTest: DIAGNOSIS_TEST,
    code: 'trust-policy-denied',
    description: "Principal.Federated names another account's provider (copied from a staging role).",
    setup: (emu) => {
      const policy = githubTrustPolicy('repo:octo-org/octo-repo:*', { account: '111122223333' })
      deployRole(emu).trustPolicy = policy
      return { 'trust-policy.json': JSON.stringify(policy, null, 2) }
    },
    inputs: { 'trust-policy': 'trust-policy.json' },
    expect: [
      /Principal\.Federated names arn:aws:iam::111122223333:oidc-provider\/token\.actions\.githubusercontent\.com differs in the account \(111122223333, not 123456789012\); this token needs arn:aws:iam::123456789012:oidc-provider\/token\.actions\.githubusercontent\.com/
    ],
    withinSeconds: 5
  },
  {
    name: 'trust-policy-role-missing',
    ownTest: DIAGNOSIS_TEST,
    code: 'trust-policy-denied',
    description: 'The role ARN names a role that does not exist (AWS answers as for a denial).',
    inputs: { 'role-to-assume': 'arn:aws:iam::123456789012:role/deploy-prod' },
    expect: [/this ARN names account 123456789012, role deploy-prod/],
    withinSeconds: 5
  },
  {
    name: 'token-expired',
    code: 'token-expired',
    description:
      "AWS's clock is 15 minutes ahead of the runner's: the 5-minute token is past exp + 5 minutes when STS sees it.",
    setup: (emu) => {
      emu.world.clockOffsetSeconds = 900
    },
    expect: [
      /STS saw the token as expired, but by the runner clock it is not: the runner clock is behind AWS's/,
      /token exp: \d+ \(.*\), \d+ s from now by the runner clock/,
      /synchronise the runner clock with AWS.s .*: by it the token is still within exp \+ 300 s/
    ],
    withinSeconds: 5
  },
  {
    name: 'idp-communication-error',
    code: 'idp-communication-error',
    description: 'STS cannot reach the issuer on every attempt (retried, then reported).',
    setup: (emu) => emu.inject('AssumeRoleWithWebIdentity', 'idp-communication', 3),
    expect: [
      /↻ AssumeRoleWithWebIdentity: attempt 2 of 3 failed \(idp-communication-error/,
      /identity provider \(IDP\)/
    ],
    withinSeconds: 15
  },
  {
    name: 'session-duration-exceeded',
    code: 'session-duration-exceeded',
    description: 'role-duration-seconds 7200 against a role whose maximum is one hour.',
    inputs: { 'role-duration-seconds': '7200' },
    expect: [/requested: 7200 s/, /aws iam update-role --role-name deploy --max-session-duration 7200/],
    withinSeconds: 5
  },
  {
    name: 'session-policy-invalid',
    code: 'session-policy-invalid',
    description: 'inline-session-policy is JSON but not a policy (no Statement).',
    inputs: { 'inline-session-policy': '{"Version":"2012-10-17"}' },
    expect: [/MalformedPolicyDocument/],
    withinSeconds: 5
  },
  {
    name: 'region-disabled',
    code: 'region-disabled',
    description: 'STS is deactivated in the region for this account.',
    setup: (emu) => emu.inject('AssumeRoleWithWebIdentity', 'region-disabled'),
    expect: [/STS is not activated in this region for account:123456789012/],
    withinSeconds: 5
  },
  {
    name: 'throttled',
    code: 'throttled',
    description: 'STS throttles every attempt until the step (action-timeout-s: 25) has no time left for another.',
    setup: (emu) => emu.inject('AssumeRoleWithWebIdentity', 'throttle', 100),
    // One STS attempt may take 20 s, so 25 s leaves room for the first retry (its wait is at most 3 s)
    // and the step gives up within about 5 s instead of waiting out a longer budget.
    inputs: { 'action-timeout-s': '25' },
    expect: [
      /↻ AssumeRoleWithWebIdentity throttled \(attempt 1\); retrying in \d+\.\d s/,
      /Rate exceeded/,
      /gave up after \d+ attempts? \(\d+ throttled\) \(another attempt could not end within action-timeout-s\)/
    ],
    withinSeconds: 15
  },
  {
    name: 'network-error',
    code: 'network-error',
    description: 'A proxy answers every STS call with an HTML error page.',
    setup: (emu) => emu.inject('AssumeRoleWithWebIdentity', { kind: 'html', status: 502 }, 3),
    expect: [/not from AWS STS \(HTTP 502\)/],
    withinSeconds: 15
  },
  {
    name: 'network-refused',
    code: 'network-error',
    description: 'sts-endpoint points at a port where nothing listens.',
    inputs: { 'sts-endpoint': 'http://127.0.0.1:9', 'retry-max-attempts': '2' },
    expect: [/AWS STS could not be reached \(ECONNREFUSED\)/],
    withinSeconds: 10
  },
  {
    name: 'sts-response-invalid',
    code: 'sts-response-invalid',
    description:
      'A hostile endpoint answers AssumeRoleWithWebIdentity with a secret key that carries a profile section of its own.',
    setup: (emu) =>
      emu.inject('AssumeRoleWithWebIdentity', {
        kind: 'tamper',
        fields: {
          SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n[default]\ncredential_process = sh -c id'
        }
      }),
    inputs: { 'aws-profile': 'ci' },
    expect: [
      /AssumeRoleWithWebIdentity: SecretAccessKey is 80 characters with a line break/,
      /allowed: 16–128 base64 characters/,
      /Nothing was written or exported/
    ],
    withinSeconds: 5
  },
  {
    name: 'identity-mismatch',
    code: 'identity-mismatch',
    description: "GetCallerIdentity answers with another account's role (a rewriting proxy).",
    setup: (emu) => {
      emu.world.callerIdentityOverride = {
        account: '999999999999',
        arn: 'arn:aws:sts::999999999999:assumed-role/other/session'
      }
    },
    expect: [
      /GetCallerIdentity: account 999999999999, arn arn:aws:sts::999999999999:assumed-role\/other\/session/,
      /Nothing was exported/
    ],
    withinSeconds: 5
  },
  {
    name: 'account-not-allowed',
    code: 'account-not-allowed',
    description: "allowed-account-ids does not list the role's account.",
    inputs: { 'allowed-account-ids': '111111111111,222222222222' },
    expect: [/verified account: 123456789012/, /allowed-account-ids: 111111111111, 222222222222/],
    withinSeconds: 5
  },
  {
    name: 'clock-skew',
    code: 'clock-skew',
    description:
      "The runner clock is 20 minutes ahead of AWS's (and GitHub's): GetCallerIdentity's signature is refused.",
    setup: (emu) => {
      emu.world.clockOffsetSeconds = -1200
      emu.run.issuerClockOffsetSeconds = -1200
      emu.run.tokenLifetimeSeconds = 3600
    },
    expect: [/SignatureDoesNotMatch \(HTTP 403\): Signature not yet current/, /synchronise the runner's clock/],
    withinSeconds: 5
  },
  {
    name: 'clock-skew-token',
    code: 'clock-skew',
    description:
      'A projected token file written by a host whose clock is 20 minutes ahead: STS answers "Token used before issued".',
    inputs: { 'web-identity-token-file': 'token.jwt' },
    env: NO_TOKEN_ENV,
    setup: async (emu) => ({ 'token.jwt': await emu.issueToken({ run: { issuerClockOffsetSeconds: 1200 } }) }),
    expect: [
      /InvalidIdentityToken\w* \(HTTP 400\): Token used before issued/,
      /token iat: \d+ \(.*\), 1[12]\d\d s from now by the runner clock/,
      /runner clock: \d{4}-/,
      /synchronise the clock of the host that issued or wrote the token/
    ],
    withinSeconds: 5
  },
  {
    name: 'unknown',
    code: 'unknown',
    description: 'STS answers an error this action has never seen.',
    setup: (emu) =>
      emu.inject('AssumeRoleWithWebIdentity', {
        kind: 'error',
        status: 400,
        code: 'OutboundWebIdentityFederationDisabled',
        message: 'Outbound federation is disabled for this account.'
      }),
    expect: [/error: +OutboundWebIdentityFederationDisabled\w*: Outbound federation is disabled/, /AWS request id: /],
    withinSeconds: 5
  }
]

const TARGET_ROLE_ARN = `arn:aws:iam::${CHAIN_TARGET_ACCOUNT}:role/target`
const chaining = { 'role-to-assume': TARGET_ROLE_ARN, 'role-chaining': 'true' }
const CHAINING_TEST = '__tests__/integration/chaining.test.ts'

/** Role chaining (an earlier step's credentials -> sts:AssumeRole) and profiles. */
export const CHAINING_SCENARIOS: Scenario[] = [
  {
    name: 'chained-success',
    code: 'success',
    description:
      'role-chaining: an earlier step exported a session of deploy; this step assumes a role in another account with it.',
    inputs: { ...chaining, 'role-external-id': 'tenant-42' },
    prepareEnv: (emu) => sourceSessionEnv(emu),
    setup: (emu) => {
      addChainTarget(emu.world, SOURCE_ROLE_ARN, { externalId: 'tenant-42' })
    },
    expect: [
      /role-chaining: chaining from the temporary credentials in the environment; no ID token is requested/,
      /Session tags: GitHub, Repository, Workflow, Action, Actor, Commit, Branch/,
      /✔ Verified arn:aws:sts::444455556666:assumed-role\/target\//
    ],
    withinSeconds: 10,
    ownTest: CHAINING_TEST
  },
  {
    name: 'profile',
    code: 'success',
    description: 'aws-profile: the credentials go to ~/.aws/credentials and the region to ~/.aws/config, not the env.',
    inputs: { 'aws-profile': 'deploy' },
    expect: [/Wrote the profile deploy to .*\.aws\/credentials and .*\.aws\/config/, /✔ Verified/],
    withinSeconds: 10,
    ownTest: CHAINING_TEST
  },
  {
    name: 'chained-no-source',
    ownTest: CHAINING_TEST,
    code: 'source-credentials-missing',
    description: 'role-chaining on a step with no earlier credentials: no ID token is requested instead.',
    inputs: chaining,
    expect: [
      /role-chaining is set, but there are no credentials in the environment to chain from/,
      /AWS_ACCESS_KEY_ID: not set/,
      /run an earlier step of this action without role-chaining/
    ],
    withinSeconds: 5
  },
  {
    name: 'chained-long-lived',
    ownTest: CHAINING_TEST,
    code: 'source-credentials-long-lived',
    description: 'The job exports an IAM user key (AKIA…) as the source: refused, never echoed.',
    inputs: chaining,
    env: {
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    },
    expect: [/not a temporary key \(ASIA…\): a long-lived IAM user key/, /access key id: AKIA… \(20 characters/],
    withinSeconds: 5
  },
  {
    name: 'chained-profile-unsupported',
    ownTest: CHAINING_TEST,
    code: 'source-profile-unsupported',
    description:
      'AWS_PROFILE names an SSO profile: its credentials need IAM Identity Center calls, so it is refused, not run.',
    inputs: chaining,
    env: { AWS_PROFILE: 'dev', AWS_CONFIG_FILE: 'aws-config' },
    runner: {
      files: {
        'aws-config':
          '[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Deploy\n' +
          '[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n'
      }
    },
    expect: [
      /The profile dev \(AWS_PROFILE\) was not used: sso_\* profiles get their credentials by IAM Identity Center calls/,
      /profile kind: sso_\* \(it holds sso_session, sso_account_id, sso_role_name\)/,
      /set AWS_PROFILE: NAME for this step/
    ],
    withinSeconds: 5
  },
  {
    name: 'chained-denied',
    code: 'assume-role-denied',
    description: "The target role's trust policy names another role, not the source.",
    inputs: chaining,
    prepareEnv: (emu) => sourceSessionEnv(emu),
    setup: (emu) => {
      addChainTarget(emu.world, 'arn:aws:iam::123456789012:role/other')
    },
    expect: [
      /caller \(the source credentials\): arn:aws:sts::123456789012:assumed-role\/deploy\/first-step/,
      /target role: arn:aws:iam::444455556666:role\/target/,
      /"AWS": "arn:aws:iam::123456789012:role\/deploy"/
    ],
    withinSeconds: 5
  },
  {
    name: 'chained-external-id',
    ownTest: CHAINING_TEST,
    code: 'assume-role-denied',
    description: 'The target role requires an external id and the step gives none.',
    inputs: chaining,
    prepareEnv: (emu) => sourceSessionEnv(emu),
    setup: (emu) => {
      addChainTarget(emu.world, SOURCE_ROLE_ARN, { externalId: 'tenant-42' })
    },
    expect: [/a wrong or missing role-external-id/, /role-external-id: not given/],
    withinSeconds: 5
  },
  {
    name: 'chained-tag-session',
    code: 'tag-session-denied',
    description: "The target's trust policy allows sts:AssumeRole but not sts:TagSession.",
    inputs: chaining,
    prepareEnv: (emu) => sourceSessionEnv(emu),
    setup: (emu) => {
      addChainTarget(emu.world, SOURCE_ROLE_ARN, { tagSession: false })
    },
    expect: [/is not authorized to perform: sts:TagSession/, /role-skip-session-tagging: true/],
    withinSeconds: 5
  },
  {
    name: 'chained-source-expired',
    code: 'source-credentials-expired',
    description: "The earlier step's session has ended by the time this step chains from it.",
    inputs: chaining,
    prepareEnv: (emu) => sourceSessionEnv(emu),
    setup: (emu) => {
      addChainTarget(emu.world, SOURCE_ROLE_ARN)
      for (const session of emu.sessions()) session.expiration = emu.stsNow() - 1000
    },
    expect: [/AWS refused the source credentials as expired/, /The security token included in the request is expired/],
    withinSeconds: 5
  },
  {
    name: 'chained-source-invalid',
    code: 'source-credentials-invalid',
    description: 'The source secret access key does not belong to its access key id (a wrong or rotated secret).',
    inputs: chaining,
    prepareEnv: async (emu) => {
      const env = await sourceSessionEnv(emu)
      const secret = env.AWS_SECRET_ACCESS_KEY
      // the same length and alphabet, one character changed: only AWS can tell
      return { ...env, AWS_SECRET_ACCESS_KEY: `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}` }
    },
    setup: (emu) => {
      addChainTarget(emu.world, SOURCE_ROLE_ARN)
    },
    expect: [
      /AWS could not verify the signature made with the source credentials/,
      /SignatureDoesNotMatch/,
      /no ID token is used on this route/
    ],
    withinSeconds: 5
  },
  {
    name: 'chained-denied-plain-message',
    code: 'assume-role-denied',
    description: 'AssumeRole answers AccessDenied without AWS\'s "on resource:" ending (another STS implementation).',
    inputs: { ...chaining, 'role-external-id': 'tenant-42' },
    prepareEnv: (emu) => sourceSessionEnv(emu),
    setup: (emu) => {
      addChainTarget(emu.world, SOURCE_ROLE_ARN, { externalId: 'tenant-42' })
      emu.inject('AssumeRole', { kind: 'error', status: 403, code: 'AccessDenied', message: 'Access denied' })
    },
    expect: [
      /The trust policy of arn:aws:iam::444455556666:role\/target does not allow/,
      /role-external-id: given \(9 characters\)/,
      /check role-external-id/
    ],
    withinSeconds: 5
  }
]
SCENARIOS.push(...CHAINING_SCENARIOS)

export function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name)
}
