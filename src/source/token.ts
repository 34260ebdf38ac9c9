// The 'token' stage: the web identity token — from GitHub's ID-token endpoint or a file.
import { Failure } from '../failure/failure.js'
import { TOKEN_REQUEST_VARIABLES } from '../github/token-request.js'
import { TimeoutError, withTimeout } from '../failure/timeout.js'
import { endpointForLog } from '../output/url.js'
import { isLoopback } from '../sts/endpoint.js'

export interface RunContextInfo {
  eventName: string
  actor: string
  repository: string
  /** head and base repositories of a pull request event, when there is one */
  pullRequest?: { head: string; base: string; number?: number }
  workflowRef?: string
  job?: string
}

export interface TokenDeps {
  env: Record<string, string | undefined>
  /** the run's event context; read only when it is needed to explain a missing token */
  context(): Promise<RunContextInfo>
  getIDToken(audience: string): Promise<string>
  timeoutMs: number
}

export interface TokenSource {
  token: string
  from: 'github' | 'file'
}

export async function obtainToken(
  audience: string,
  fromFile: { path: string; token: string } | undefined,
  deps: TokenDeps
): Promise<TokenSource> {
  if (fromFile) return { token: fromFile.token, from: 'file' }
  const missing = TOKEN_REQUEST_VARIABLES.filter((v) => !deps.env[v])
  if (missing.length > 0) {
    if (deps.env.GITHUB_ACTIONS !== 'true') throw notARunner(missing, deps.env.GITHUB_ACTIONS)
    throw noTokenFailure(missing, await deps.context())
  }
  refusePlainHttpTokenUrl(deps.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '')
  const requestToken = deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ''
  const token = await withTimeout(
    deps.getIDToken(audience).catch((e: unknown) => {
      throw withoutRequestToken(e, requestToken)
    }),
    deps.timeoutMs,
    () => new TimeoutError('the GitHub ID-token request', deps.timeoutMs)
  )
  return { token, from: 'github' }
}

/** The ID token answers this request: over plain http it would cross the network readable. */
function refusePlainHttpTokenUrl(raw: string): void {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return // @actions/core says what is wrong with it
  }
  if (url.protocol !== 'http:' || isLoopback(url.hostname)) return
  throw new Failure(
    'id-token-request-failed',
    `ACTIONS_ID_TOKEN_REQUEST_URL (${endpointForLog(raw)}) is plain http to another machine: the ID token would travel unencrypted, so it is not requested.`,
    {
      stage: 'token',
      evidence: [`ACTIONS_ID_TOKEN_REQUEST_URL: ${endpointForLog(raw)}`],
      fix: ["serve the runner's Actions endpoints over https (a GitHub Enterprise Server with TLS)"],
      retryable: false
    }
  )
}

/** How much of the endpoint's error (its body is in the message) a diagnosis may quote. */
export const MAX_QUOTED_ERROR_CHARS = 500

/**
 * The endpoint's error as it may be quoted: without the request token (a reflecting proxy echoes
 * the Authorization header back) and bounded. The error keeps its name and code for the diagnosis.
 */
function withoutRequestToken(e: unknown, requestToken: string): unknown {
  if (!(e instanceof Error)) return e
  const scrubbed = requestToken.length > 0 ? e.message.split(requestToken).join('***') : e.message
  e.message =
    scrubbed.length > MAX_QUOTED_ERROR_CHARS
      ? `${scrubbed.slice(0, MAX_QUOTED_ERROR_CHARS)}… (${scrubbed.length - MAX_QUOTED_ERROR_CHARS} more characters not shown)`
      : scrubbed
  return e
}

/** Outside a runner no workflow is to blame: say where the action runs and how to run it here. */
function notARunner(missing: string[], githubActions: string | undefined): Failure {
  return new Failure('not-a-runner', 'This is not a GitHub Actions runner, so there is no ID token to request.', {
    stage: 'token',
    evidence: [
      `GITHUB_ACTIONS is ${describeValue(githubActions)} (a runner sets it to 'true')`,
      `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set`
    ],
    // Whoever runs the action off a runner is most likely trying it locally: that fix comes first.
    fix: [
      'to run it here, use the loopback emulator: npm start (a demo), npm run local-action, ' +
        'or npm run emulator and the command it prints',
      'with a token you already have: set web-identity-token-file (INPUT_WEB-IDENTITY-TOKEN-FILE) to a file holding it',
      'on GitHub: run this step in a workflow job that has `permissions: id-token: write`'
    ]
  })
}

function describeValue(value: string | undefined): string {
  if (value === undefined) return 'not set'
  return value === '' ? 'empty' : `'${value}'`
}

const FORK_EVENTS = /^pull_request(_review|_review_comment)?$/

/** Without the request env a fork PR and a missing permission look alike: the event tells them apart. */
function noTokenFailure(missing: string[], ctx: RunContextInfo): Failure {
  const pr = ctx.pullRequest
  const fromFork = FORK_EVENTS.test(ctx.eventName) && pr !== undefined && pr.head !== '' && pr.head !== pr.base
  const dependabot = ctx.actor === 'dependabot[bot]'
  const evidence = [
    `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set in the step's environment`,
    `event: ${ctx.eventName || '(unknown)'}, actor: ${ctx.actor || '(unknown)'}, repository: ${ctx.repository || '(unknown)'}`
  ]
  if (pr)
    evidence.push(
      `pull request${pr.number ? ` #${pr.number}` : ''}: head ${pr.head || '(unknown)'} -> base ${pr.base || '(unknown)'}`
    )
  if (fromFork || (dependabot && FORK_EVENTS.test(ctx.eventName))) {
    return new Failure(
      'fork-pull-request',
      fromFork
        ? `This run is a pull request from the fork ${pr?.head}; GitHub gives forks no ID token, whatever the permissions say.`
        : 'This run was started by Dependabot; GitHub gives its pull request runs no ID token.',
      {
        stage: 'token',
        evidence,
        fix: [
          'skip this step for such runs:  if: github.event.pull_request.head.repo.full_name == github.repository',
          'run deployments on push or workflow_run (which runs in the base repository) instead of on fork pull requests'
        ]
      }
    )
  }
  const workflowFile = ctx.workflowRef?.split('@')[0].replace(`${ctx.repository}/`, '')
  const job = ctx.job || '<job>'
  return new Failure(
    'missing-id-token-permission',
    'The job has no permission to request an ID token: it needs `permissions: id-token: write`.',
    {
      stage: 'token',
      evidence,
      fix: [
        `add the permissions to the job '${job}'${workflowFile ? ` in ${workflowFile}` : ''} (or at the top of the workflow, for every job)`
      ],
      snippets: [
        {
          title: 'permissions to add',
          body: `jobs:\n  ${job}:\n    permissions:\n      id-token: write   # lets the job request the OIDC token\n      contents: read    # listing permissions drops every unlisted one to none`
        },
        {
          title: 'reusable workflows',
          body: "A reusable workflow called from another repository or organisation gets at most what the\ncalling job grants: add the permissions block to the caller's job."
        }
      ]
    }
  )
}
