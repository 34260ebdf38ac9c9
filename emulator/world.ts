// The emulated world: which AWS accounts, OIDC providers and roles exist (the IAM side), and
// what the GitHub run looks like (the token side). Tests build these, mutate them between
// requests if they like (the servers read them live), and hand them to startEmulator.

import { GITHUB_ISSUER } from '../src/policy/claims.js'

export { GITHUB_ISSUER }
export const DEFAULT_ACCOUNT = '123456789012'
export const DEFAULT_AUDIENCE = 'sts.amazonaws.com'

export interface OidcProvider {
  /** must equal the token's `iss` exactly, e.g. https://token.actions.githubusercontent.com */
  url: string
  /** the provider's audiences ("client IDs"), e.g. ['sts.amazonaws.com'] */
  clientIds: string[]
}

export interface Role {
  name: string
  /** IAM path, '/' by default; '/ci/' makes the ARN role/ci/NAME */
  path?: string
  /** the trust (assume-role) policy document, as an object or as JSON text */
  trustPolicy: object | string
  /** seconds, 3600 by default (IAM allows 3600–43200) */
  maxSessionDuration?: number
}

export interface Account {
  oidcProviders: OidcProvider[]
  roles: Role[]
}

export interface World {
  /** 'aws' by default; 'aws-cn', 'aws-us-gov' change every ARN the emulator builds and accepts */
  partition?: string
  accounts: Record<string, Account>
  /** shifts the STS clock (token expiry and SigV4 date checks) away from the real one; the
   *  GitHub token issuer keeps the real clock, like a runner whose clock is off by -offset */
  clockOffsetSeconds?: number
  /** sessions STS issues last at most this many seconds, whatever DurationSeconds asks: a job
   *  longer than its session in a test that takes seconds (refresh-credentials) */
  sessionLifetimeSeconds?: number
  /** GetCallerIdentity answers this instead of the session's own identity ("someone else's creds") */
  callerIdentityOverride?: { account: string; arn: string; userId?: string }
}

/** What GitHub knows about the job and puts into its ID token. IDs are strings, as in the claims. */
export interface RunContext {
  owner: string
  ownerId: string
  repo: string
  repoId: string
  /** 'push', 'pull_request', 'pull_request_target', 'merge_group', 'workflow_dispatch', ... */
  eventName: string
  /** refs/heads/main, refs/tags/v1, refs/pull/13/merge, refs/heads/gh-readonly-queue/main/pr-13-<sha> */
  ref: string
  sha: string
  /** the job's environment; it takes precedence in `sub` */
  environment?: string
  actor: string
  actorId: string
  runId: string
  runNumber: string
  runAttempt: string
  /** the workflow's name */
  workflow: string
  /** owner/repo/.github/workflows/file.yml@ref */
  workflowRef: string
  /** differs from workflowRef for a reusable workflow */
  jobWorkflowRef: string
  workflowSha?: string
  jobWorkflowSha?: string
  /** '' unless the event is a pull request */
  headRef: string
  baseRef: string
  repositoryVisibility: 'public' | 'private' | 'internal'
  runnerEnvironment: 'github-hosted' | 'self-hosted'
  refProtected?: boolean
  enterprise?: string
  enterpriseId?: string
  /** custom repository properties -> `repo_property_<name>` claims */
  repoProperties?: Record<string, string>
  /** 2026 immutable subject: repo:owner@ownerId/repo@repoId:... */
  immutableSubject?: boolean
  /** a custom sub template (include_claim_keys), e.g. ['repo', 'context', 'job_workflow_ref'] */
  includeClaimKeys?: string[]
  /** the token's `iss`; default https://token.actions.githubusercontent.com */
  issuer: string
  /** exp - iat; default 300 */
  tokenLifetimeSeconds: number
  /** GitHub's clock against the real (runner's) one, for tokens it issues; default 0 */
  issuerClockOffsetSeconds?: number
  /** more audiences added to every token the endpoint issues (makes `aud` an array) */
  extraAudiences?: string[]
}

export function defaultRunContext(overrides: Partial<RunContext> = {}): RunContext {
  const owner = overrides.owner ?? 'octo-org'
  const repo = overrides.repo ?? 'octo-repo'
  const ref = overrides.ref ?? 'refs/heads/main'
  const workflowRef = `${owner}/${repo}/.github/workflows/deploy.yml@${ref}`
  return {
    owner,
    ownerId: '123456',
    repo,
    repoId: '789012',
    eventName: 'push',
    ref,
    sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    actor: 'octocat',
    actorId: '583231',
    runId: '9876543210',
    runNumber: '42',
    runAttempt: '1',
    workflow: 'Deploy',
    workflowRef,
    jobWorkflowRef: workflowRef,
    headRef: '',
    baseRef: '',
    repositoryVisibility: 'private',
    runnerEnvironment: 'github-hosted',
    issuer: GITHUB_ISSUER,
    tokenLifetimeSeconds: 300,
    ...overrides
  }
}

/** The canonical GitHub trust policy: StringEquals on aud, StringLike on sub. */
export function githubTrustPolicy(
  subjects: string | string[],
  opts: { account?: string; issuer?: string; audience?: string; partition?: string } = {}
): object {
  const host = new URL(opts.issuer ?? GITHUB_ISSUER)
  const prefix = (host.host + host.pathname).replace(/\/$/, '')
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: {
          Federated: `arn:${opts.partition ?? 'aws'}:iam::${opts.account ?? DEFAULT_ACCOUNT}:oidc-provider/${prefix}`
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { [`${prefix}:aud`]: opts.audience ?? DEFAULT_AUDIENCE },
          StringLike: { [`${prefix}:sub`]: subjects }
        }
      }
    ]
  }
}

export function defaultWorld(): World {
  return {
    partition: 'aws',
    accounts: {
      [DEFAULT_ACCOUNT]: {
        oidcProviders: [{ url: GITHUB_ISSUER, clientIds: [DEFAULT_AUDIENCE] }],
        roles: [
          {
            name: 'deploy',
            trustPolicy: githubTrustPolicy('repo:octo-org/octo-repo:ref:refs/heads/main'),
            maxSessionDuration: 3600
          }
        ]
      }
    }
  }
}

/** arn:<partition>:iam::<account>:role<path><name> */
export function roleArn(account: string, role: Pick<Role, 'name' | 'path'>, partition = 'aws'): string {
  return `arn:${partition}:iam::${account}:role${normalizeRolePath(role.path)}${role.name}`
}

export function normalizeRolePath(path: string | undefined): string {
  if (!path || path === '/') return '/'
  return `/${path.replace(/^\/+|\/+$/g, '')}/`
}

export const CHAIN_TARGET_ACCOUNT = '444455556666'

/**
 * A role-chaining trust policy: Principal.AWS (a role ARN, an account id or its root ARN) may
 * assume the role, with sts:ExternalId required when given and sts:TagSession allowed unless not.
 */
export function chainTrustPolicy(
  principal: string | string[],
  opts: { externalId?: string; tagSession?: boolean } = {}
): object {
  const actions = opts.tagSession === false ? ['sts:AssumeRole'] : ['sts:AssumeRole', 'sts:TagSession']
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: actions,
        ...(opts.externalId ? { Condition: { StringEquals: { 'sts:ExternalId': opts.externalId } } } : {})
      }
    ]
  }
}

/** Adds the chaining target `role` (default 'target' in CHAIN_TARGET_ACCOUNT) trusting `principal`. */
export function addChainTarget(
  world: World,
  principal: string | string[],
  opts: { externalId?: string; tagSession?: boolean; name?: string; account?: string } = {}
): string {
  const account = opts.account ?? CHAIN_TARGET_ACCOUNT
  const role: Role = { name: opts.name ?? 'target', trustPolicy: chainTrustPolicy(principal, opts) }
  world.accounts[account] ??= { oidcProviders: [], roles: [] }
  world.accounts[account].roles.push(role)
  return roleArn(account, role, world.partition)
}
