// The GitHub context of an emulated run: the GITHUB_* values a runner sets and the event
// payload it writes to GITHUB_EVENT_PATH.

export interface GitHubContext {
  repository: string
  repositoryOwner: string
  eventName: string
  ref: string
  sha: string
  actor: string
  runId: string
  runNumber: string
  runAttempt: string
  workflow: string
  job: string
  serverUrl: string
  apiUrl: string
  graphqlUrl: string
  /** GITHUB_ACTION: the step id, or `__self` for an unnamed `uses: ./` step. */
  action: string
  /** GITHUB_HEAD_REF / GITHUB_BASE_REF (set for pull_request events only). */
  headRef: string
  baseRef: string
  actorId: string
  repositoryId: string
  repositoryOwnerId: string
  /** GITHUB_WORKFLOW_REF, e.g. `octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main`. */
  workflowRef: string
}

const DEFAULT_SHA = '8f3c1b5e2d7a4c6b9e0f1a2b3c4d5e6f7a8b9c0d'

/** Fills in the GitHub context defaults (a push to main of octo-org/octo-repo on github.com). */
export function resolveGitHubContext(partial: Partial<GitHubContext> = {}, eventPayload?: object): GitHubContext {
  const repository = partial.repository ?? 'octo-org/octo-repo'
  const eventName = partial.eventName ?? 'push'
  const serverUrl = (partial.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  const dotcom = /^https?:\/\/github\.com$/i.test(serverUrl)
  const isPr = eventName === 'pull_request' || eventName === 'pull_request_target'
  const payload = (eventPayload ?? {}) as {
    number?: unknown
    pull_request?: { number?: unknown; head?: { ref?: unknown }; base?: { ref?: unknown } }
  }
  const prNumber = Number(payload.pull_request?.number ?? payload.number ?? 1)
  const baseRef = partial.baseRef ?? (isPr ? String(payload.pull_request?.base?.ref ?? 'main') : '')
  const headRef = partial.headRef ?? (isPr ? String(payload.pull_request?.head?.ref ?? 'feature-branch') : '')
  const ref = partial.ref ?? defaultRef(eventName, prNumber, baseRef)
  return {
    repository,
    repositoryOwner: partial.repositoryOwner ?? repository.split('/')[0],
    eventName,
    ref,
    sha: partial.sha ?? DEFAULT_SHA,
    actor: partial.actor ?? 'octocat',
    runId: partial.runId ?? '1658821493',
    runNumber: partial.runNumber ?? '3',
    runAttempt: partial.runAttempt ?? '1',
    workflow: partial.workflow ?? 'CI',
    job: partial.job ?? 'build',
    serverUrl,
    apiUrl: partial.apiUrl ?? (dotcom ? 'https://api.github.com' : `${serverUrl}/api/v3`),
    graphqlUrl: partial.graphqlUrl ?? (dotcom ? 'https://api.github.com/graphql' : `${serverUrl}/api/graphql`),
    action: partial.action ?? '__self',
    headRef,
    baseRef,
    actorId: partial.actorId ?? '583231',
    repositoryId: partial.repositoryId ?? '123456789',
    repositoryOwnerId: partial.repositoryOwnerId ?? '9919',
    workflowRef: partial.workflowRef ?? `${repository}/.github/workflows/ci.yml@${ref}`
  }
}

/** A realistic event payload for the context's event (pull_request: head repo = base repo, i.e. not a fork). */
export function defaultEventPayload(ctx: GitHubContext): Record<string, unknown> {
  const [owner, name = ''] = ctx.repository.split('/')
  const htmlUrl = `${ctx.serverUrl}/${ctx.repository}`
  const repository = {
    id: Number(ctx.repositoryId),
    name,
    full_name: ctx.repository,
    private: false,
    owner: { login: owner, id: Number(ctx.repositoryOwnerId), type: 'Organization' },
    html_url: htmlUrl,
    default_branch: 'main',
    fork: false
  }
  const sender = { login: ctx.actor, id: Number(ctx.actorId), type: 'User' }
  switch (ctx.eventName) {
    case 'push':
      return {
        ref: ctx.ref,
        before: '0'.repeat(40),
        after: ctx.sha,
        created: false,
        deleted: false,
        forced: false,
        base_ref: null,
        compare: `${htmlUrl}/compare/${ctx.sha.slice(0, 12)}`,
        commits: [],
        head_commit: {
          id: ctx.sha,
          message: 'Update',
          timestamp: new Date().toISOString(),
          author: { name: ctx.actor, username: ctx.actor }
        },
        pusher: { name: ctx.actor },
        repository,
        sender
      }
    case 'pull_request':
    case 'pull_request_target': {
      const number = Number(/^refs\/pull\/(\d+)\//.exec(ctx.ref)?.[1] ?? 1)
      const headSha = ctx.sha.split('').reverse().join('')
      return {
        action: 'opened',
        number,
        pull_request: {
          number,
          state: 'open',
          title: 'Update',
          html_url: `${htmlUrl}/pull/${number}`,
          user: sender,
          head: {
            ref: ctx.headRef,
            sha: headSha,
            label: `${owner}:${ctx.headRef}`,
            user: repository.owner,
            repo: repository
          },
          base: {
            ref: ctx.baseRef,
            sha: ctx.sha,
            label: `${owner}:${ctx.baseRef}`,
            user: repository.owner,
            repo: repository
          }
        },
        repository,
        sender
      }
    }
    case 'workflow_dispatch':
      return { inputs: {}, ref: ctx.ref, repository, sender, workflow: '.github/workflows/ci.yml' }
    default:
      return { repository, sender }
  }
}

export function refName(ref: string): string {
  const m = /^refs\/(?:heads|tags|pull)\/(.+)$/.exec(ref)
  return m ? m[1] : ref
}

/** GITHUB_REF as the runner sets it for an event: the merge ref of a pull request, the base branch for pull_request_target. */
function defaultRef(eventName: string, prNumber: unknown, baseRef: string): string {
  if (eventName === 'pull_request') return `refs/pull/${prNumber}/merge`
  if (eventName === 'pull_request_target') return `refs/heads/${baseRef}`
  return 'refs/heads/main'
}
