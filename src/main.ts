// The pipeline: inputs -> source (token -> claims, or the environment's credentials for role
// chaining) -> assume -> verify -> sinks (env, profile, outputs); errors -> classify -> report.
import { claimRows, claimsJsonLine, decodeToken, formatClaimTable, type DecodedToken } from './claims.js'
import { CLEANUP_STATE, encodeCleanup, type Cleanup } from './cleanup-state.js'
import type { CoreApi } from './core-api.js'
import type { ClassifyContext } from './diagnosis/classify.js'
import { Failure, type Stage } from './errors.js'
import { logSafe } from './escape.js'
import { exportCredentials, maskCredentials, unsetCredentials } from './export.js'
import { parseInputs, type Config, type InputSource } from './inputs.js'
import { guardedCore } from './log-guard.js'
import { withRetry, type CallAttempts, type Deadline, type RetryPolicy } from './retry.js'
import { proxyFor, type AssumeResult, type StsApi, type StsSettings } from './sts.js'
import { alphanumericSecrets } from './special-characters.js'
import { summaryMarkdown, type SummaryFacts } from './summary.js'
import { DEFAULT_TIMING, withTimeout, type Timing } from './timeout.js'
import { obtainToken, type RunContextInfo } from './token.js'
import { userAgent } from './user-agent.js'
import { unpinnedRefWarning } from './pinning.js'
import { checkIdentity } from './verify.js'

export interface Deps {
  core: CoreApi
  env: Record<string, string | undefined>
  /** the run's event context (@actions/github), loaded only when a diagnosis needs it */
  context(): Promise<RunContextInfo>
  inputs: Omit<InputSource, 'get' | 'env'>
  createSts(settings: StsSettings): StsApi
  now(): number
  sleep(ms: number): Promise<void>
  random(): number
  /** marks the step failed (exit code 1) */
  fail(): void
  /** time limits and waits; DEFAULT_TIMING unless a test shrinks them */
  timing?: Timing
}

// Loaded when a run needs them: a run that succeeds never compiles the diagnosis code, and the
// optional paths (role chaining, a profile, existing credentials, a trust-policy check) load
// their own modules only when taken.
const diagnosis = () => import('./diagnosis/index.js')
const profiles = () => import('./profile.js')

/** Classifies an error of this run; the retry loop asks it whether another attempt is worth it. */
const classifyIn =
  (state: State) =>
  async (e: unknown): Promise<Failure> =>
    (await diagnosis()).classify(e, state)

/** A token this close to its exp is requested afresh before a retry (longer than any one wait). */
const TOKEN_REFRESH_MARGIN_S = 60

interface State extends ClassifyContext {
  decoded?: DecodedToken
  timing: Timing
  /** when the step started (epoch ms): the time budgets count from here */
  startMs: number
  /** attempts per call, for the summary */
  attempts: CallAttempts[]
  /** set when the step ran out of time: whatever still runs must not export */
  abandoned?: boolean
  /** when the current stage began (epoch ms), for the step-debug log */
  stageStartMs: number
}

/** What the entry point must know once the outcome is decided. */
export interface RunEnd {
  /** the step timed out while a request was open: it still holds the process, which must be ended */
  abandoned: boolean
}

export async function run(given: Deps): Promise<RunEnd> {
  // Whatever a stage prints goes through the log guard: no line can run a workflow command.
  const deps: Deps = { ...given, core: guardedCore(given.core) }
  const startMs = deps.now()
  const timing = deps.timing ?? DEFAULT_TIMING
  const state: State = { stage: 'inputs', nowMs: startMs, startMs, timing, attempts: [], stageStartMs: startMs }
  const facts: SummaryFacts = { result: 'failure', attempts: state.attempts }
  try {
    const pinning = unpinnedRefWarning(deps.env)
    if (pinning) deps.core.warning(pinning, { title: 'pin this action' })
    const config = parseInputs({ ...deps.inputs, get: (n) => deps.core.getInput(n), env: deps.env })
    state.config = config
    const capped = budgetCapsAttempts(config, timing)
    if (capped) deps.core.info(capped)
    const stsEndpoint = resolvedStsEndpoint(config, deps.env)
    const network = { stsEndpoint, proxy: proxyFor(stsEndpoint, config) }
    state.network = network
    if (config.unsetCurrentCredentials) unsetCredentials(deps.core)
    if (config.maskAccountId) deps.core.setSecret(config.role.account)
    if (config.awsProfile) {
      const { checkProfileWritable, profilePaths } = await profiles()
      checkProfileWritable(config.awsProfile, config.overwriteAwsProfile, profilePaths(deps.env))
    }
    facts.role = config.role.arn
    facts.session = config.roleSessionName
    const work = pipeline(config, network, deps, state, facts)
    // action-timeout-s: 0 lifts the step's limit; every network call keeps its own.
    if (config.actionTimeoutMs === 0) await work
    else
      await withTimeout(work, config.actionTimeoutMs, () => {
        state.abandoned = true
        return stepTimedOut(config, state.stage, timing)
      })
  } catch (e) {
    const { classify, report, failureMarkdown } = await diagnosis()
    const failure = classify(e, { ...state, nowMs: deps.now() })
    debugStageEnd(
      deps,
      state,
      `failed: ${failure.code}${failure.details.requestId ? `, request id ${failure.details.requestId}` : ''}`
    )
    report(failure, deps.core, deps.env)
    await writeSummary(deps, { ...facts, result: 'failure', failure }, failureMarkdown(failure))
    deps.fail()
  }
  return { abandoned: state.abandoned === true }
}

async function pipeline(
  config: Config,
  network: { stsEndpoint: string; proxy?: string },
  deps: Deps,
  state: State,
  facts: SummaryFacts
): Promise<void> {
  const { core } = deps
  const at = (stage: Stage): void => {
    debugStageEnd(deps, state, 'done')
    state.stage = stage
    state.stageStartMs = deps.now()
  }
  core.debug(`STS endpoint: ${endpointForLog(network.stsEndpoint)}${network.proxy ? ` via ${network.proxy}` : ''}`)
  const direct = deps.createSts({
    region: config.region,
    endpoint: config.stsEndpoint,
    resolvedEndpoint: network.stsEndpoint,
    connectionTimeoutMs: state.timing.connectionMs,
    requestTimeoutMs: state.timing.requestMs,
    proxy: config,
    userAgent: userAgent(deps.env)
  })
  const sts = alphanumericSecrets(config.specialCharactersWorkaround, core, direct)
  if (config.useExistingCredentials) {
    const { reuseExistingCredentials } = await import('./source-existing.js')
    if (await reuseExistingCredentials(config, deps.env, core, direct)) return
  }

  const source = config.roleChaining
    ? await assumeChained(config, network, deps, state, facts, sts)
    : await assumeWithWebIdentity(config, network, deps, state, facts, sts)
  if (!source) return
  const { assumed, sub } = source

  at('verify')
  const identity = await withRetry(
    () => sts.getCallerIdentity(assumed.credentials),
    classifyIn(state),
    retryPolicy(config, deps, state, 'GetCallerIdentity', stsAttemptMs(state.timing), {
      atMs: assumed.credentials.expiration.getTime(),
      name: 'the new credentials'
    })
  )
  core.debug(`GetCallerIdentity request id: ${identity.requestId ?? '(none)'}`)
  checkIdentity(identity, config)

  if (state.evaluation && state.evaluation.decision !== 'allow') {
    core.warning(
      "STS allowed this token although the trust-policy input denies it: that file differs from the role's actual trust policy.",
      { title: 'trust policy' }
    )
  }

  at('export')
  if (state.abandoned) return
  // Sinks; what they did is saved as state for the post step, the fallible one (files) first.
  const cleanup: Cleanup = { variables: [], sections: [] }
  if (config.awsProfile) {
    const { profilePaths, writeProfile } = await profiles()
    const paths = profilePaths(deps.env)
    cleanup.sections = writeProfile(
      config.awsProfile,
      assumed.credentials,
      config.region,
      config.overwriteAwsProfile,
      paths
    )
    core.saveState(CLEANUP_STATE, encodeCleanup(cleanup))
    core.info(`Wrote the profile ${config.awsProfile} to ${paths.credentials} and ${paths.config}`)
  }
  // redact-claims covers the outputs too
  const subject = config.redactClaims.includes('sub') ? '***' : sub
  cleanup.variables = exportCredentials(assumed.credentials, identity, subject, config, core)
  core.saveState(CLEANUP_STATE, encodeCleanup(cleanup))
  const minutes = Math.round((assumed.credentials.expiration.getTime() - deps.now()) / 60000)
  core.info(
    `✔ Verified ${logSafe(identity.arn)} (account ${identity.account}) as role ${config.role.arn}, session ${config.roleSessionName}; expires ${assumed.credentials.expiration.toISOString()} (in ${minutes} min).`
  )
  debugStageEnd(deps, state, 'done')
  await writeSummary(deps, {
    ...facts,
    result: 'success',
    account: identity.account,
    expiration: assumed.credentials.expiration
  })
}

interface Assumed {
  assumed: AssumeResult
  /** the ID token's sub ('' when chaining: there is no token) */
  sub: string
}

/** Source: the environment's temporary credentials; assume: sts:AssumeRole signed with them (not in a dry run). Never OIDC. */
async function assumeChained(
  config: Config,
  network: { proxy?: string },
  deps: Deps,
  state: State,
  facts: SummaryFacts,
  sts: StsApi
): Promise<Assumed | undefined> {
  const { core } = deps
  state.stage = 'source'
  const { readSourceCredentials } = await import('./source-credentials.js')
  const { chainParams } = await import('./chain.js')
  const source = await readSourceCredentials(deps.env, core, deps.now())
  core.info(`role-chaining: chaining from the temporary credentials in ${source.from}; no ID token is requested.`)
  state.stage = 'assume'
  if (network.proxy) core.info(`STS calls go through the proxy ${network.proxy}`)
  const params = chainParams(config, source, deps.env, core)
  if (config.dryRun) {
    core.info(`Dry run: sts:AssumeRole for ${config.role.arn} is not called and nothing is exported.`)
    await writeSummary(deps, { ...facts, result: 'dry-run' })
    return undefined
  }
  const assumed = await withRetry(
    () => sts.assumeRole(params),
    classifyIn(state),
    retryPolicy(
      config,
      deps,
      state,
      'AssumeRole',
      stsAttemptMs(state.timing),
      source.expiration && { atMs: source.expiration.getTime(), name: 'the source credentials' }
    )
  )
  maskCredentials(assumed.credentials, core)
  core.debug(`AssumeRole request id: ${assumed.requestId ?? '(none)'}`)
  return { assumed, sub: '' }
}

/** Source: the GitHub ID token or the token file; assume: AssumeRoleWithWebIdentity. Undefined for a dry run. */
async function assumeWithWebIdentity(
  config: Config,
  network: { stsEndpoint: string; proxy?: string },
  deps: Deps,
  state: State,
  facts: SummaryFacts,
  sts: StsApi
): Promise<Assumed | undefined> {
  const { core } = deps
  const at = (stage: Stage): void => {
    debugStageEnd(deps, state, 'done')
    state.stage = stage
    state.stageStartMs = deps.now()
  }

  at('token')
  core.debug(`ID-token endpoint: ${endpointForLog(deps.env.ACTIONS_ID_TOKEN_REQUEST_URL)}`)
  const requestToken = (): Promise<string> =>
    obtainToken(config.audience, config.tokenFromFile, {
      env: deps.env,
      context: deps.context,
      getIDToken: (aud) => core.getIDToken(aud),
      timeoutMs: state.timing.idTokenMs
    }).then((t) => t.token)
  let token = await withRetry(
    () => requestToken(),
    classifyIn(state),
    retryPolicy(config, deps, state, 'ID token request', state.timing.idTokenMs)
  )
  const from = config.tokenFromFile ? 'file' : 'github'
  // getIDToken masks what it fetches; a token read from a file is just as much a credential.
  if (from === 'file') core.setSecret(token)
  core.info(
    from === 'file'
      ? `Read the web identity token from ${logSafe(config.tokenFromFile?.path ?? '')}`
      : `Got the GitHub ID token for audience ${logSafe(config.audience)}`
  )

  at('claims')
  const decoded = decodeToken(token, from)
  state.decoded = decoded
  state.claims = decoded.claims
  const sub = typeof decoded.claims.sub === 'string' ? decoded.claims.sub : ''
  const rows = claimRows(decoded, config.redactClaims, deps.now())
  if (config.printClaims) {
    facts.claims = rows
    core.startGroup(
      `ID token claims (sub: ${config.redactClaims.includes('sub') ? '***' : logSafe(sub)}) — the token itself is never printed`
    )
    for (const line of formatClaimTable(rows)) core.info(line)
    core.info(claimsJsonLine(decoded.claims, config.redactClaims))
    core.endGroup()
  }
  const trustCheck = config.trustPolicy || config.dryRun ? await import('./trust-check.js') : undefined
  if (config.trustPolicy) state.evaluation = trustCheck?.printLocalEvaluation(config, decoded.claims, core)
  if (config.dryRun) {
    trustCheck?.printDryRun(config, decoded.claims, core)
    await writeSummary(deps, { ...facts, result: 'dry-run' })
    return undefined
  }

  at('assume')
  if (network.proxy) core.info(`STS calls go through the proxy ${network.proxy}`)
  let current = decoded
  const assumed = await withRetry(
    async (attempt) => {
      if (attempt > 1 && from === 'github' && expiresWithin(current, deps.now(), TOKEN_REFRESH_MARGIN_S)) {
        core.info('The ID token is about to expire: requesting a fresh one before retrying.')
        token = await requestToken()
        current = decodeToken(token, from)
      }
      return sts.assumeRoleWithWebIdentity({
        roleArn: config.role.arn,
        roleSessionName: config.roleSessionName,
        webIdentityToken: token,
        durationSeconds: config.durationSeconds,
        policy: config.inlineSessionPolicy,
        policyArns: config.managedSessionPolicies
      })
    },
    classifyIn(state),
    retryPolicy(
      config,
      deps,
      state,
      'AssumeRoleWithWebIdentity',
      stsAttemptMs(state.timing),
      fileTokenExpiry(decoded, from)
    )
  )
  maskCredentials(assumed.credentials, core)
  core.debug(`AssumeRoleWithWebIdentity request id: ${assumed.requestId ?? '(none)'}`)
  return { assumed, sub }
}

/** Where the SDK sends STS calls: the input, then the standard variables, then the regional endpoint. */
function resolvedStsEndpoint(config: Config, env: Deps['env']): string {
  const explicit = config.stsEndpoint ?? env.AWS_ENDPOINT_URL_STS ?? env.AWS_ENDPOINT_URL
  if (explicit) return explicit
  return `https://sts.${config.region}.amazonaws.com${config.region.startsWith('cn-') ? '.cn' : ''}`
}

function expiresWithin(decoded: DecodedToken, nowMs: number, marginS: number): boolean {
  const exp = Number(decoded.claims.exp)
  return Number.isFinite(exp) && exp - nowMs / 1000 < marginS
}

/** A token read from a file cannot be renewed: no retry is worth starting once it has expired. */
function fileTokenExpiry(decoded: DecodedToken, from: 'file' | 'github'): Deadline | undefined {
  const exp = Number(decoded.claims.exp)
  if (from !== 'file' || !Number.isFinite(exp)) return undefined
  return { atMs: exp * 1000, name: 'the token from web-identity-token-file' }
}

/** The longest one STS call can take. */
/** Said up front when retry-max-attempts asks for more attempts than the network time budget can hold. */
function budgetCapsAttempts(config: Config, timing: Timing): string | undefined {
  const fit = Math.floor(timing.networkBudgetMs / stsAttemptMs(timing))
  if (config.retryMaxAttempts <= fit) return undefined
  return `retry-max-attempts is ${config.retryMaxAttempts}, but no retry starts that could not end within the ${timing.networkBudgetMs / 1000} s network time budget: at most ${fit} attempts of a stalled STS call fit in it.`
}

function stsAttemptMs(timing: Timing): number {
  return timing.connectionMs + timing.requestMs
}

function stepTimedOut(config: Config, stage: Stage, timing: Timing): Failure {
  const seconds = config.actionTimeoutMs / 1000
  return new Failure(
    'network-error',
    `The step did not finish within action-timeout-s (${seconds} s); it was in the ${stage} stage.`,
    {
      stage,
      evidence: [
        `action-timeout-s: ${seconds}`,
        `retry-max-attempts: ${config.retryMaxAttempts}; each call may take up to ${stsAttemptMs(timing) / 1000} s`
      ],
      fix: [
        'raise action-timeout-s if the endpoints are slow but working',
        'look at the retry lines above: a stalled endpoint needs its network path fixed, not more time'
      ],
      retryable: false
    }
  )
}

function retryPolicy(
  config: Config,
  deps: Deps,
  state: State,
  what: string,
  attemptMs: number,
  validUntil?: Deadline
): RetryPolicy {
  const { timing, startMs } = state
  const network = { atMs: startMs + timing.networkBudgetMs, name: 'the network time budget' }
  // Throttling is expected under load: it may use the whole step (action-timeout-s) to get through.
  const step =
    config.actionTimeoutMs > 0 ? { atMs: startMs + config.actionTimeoutMs, name: 'action-timeout-s' } : network
  const tally: CallAttempts = { call: what, attempts: 0, throttled: 0, waitedMs: 0 }
  state.attempts.push(tally)
  return {
    maxAttempts: config.retryMaxAttempts,
    backoff: timing.backoff,
    throttleBackoff: timing.throttleBackoff,
    deadline: network,
    throttleDeadline: step,
    validUntil,
    attemptMs,
    now: deps.now,
    sleep: deps.sleep,
    random: deps.random,
    tally,
    onRetry: ({ failure: f, attempt, counted, throttled, delayMs }) => {
      const wait = `retrying in ${(delayMs / 1000).toFixed(1)} s`
      deps.core.info(
        throttled
          ? `↻ ${what} throttled (attempt ${attempt}); ${wait}`
          : `↻ ${what}: attempt ${counted} of ${config.retryMaxAttempts} failed (${f.code}: ${logSafe(f.message)}); ${wait}`
      )
      const budget = throttled ? step : network
      deps.core.debug(
        `retry decision: ${what} attempt ${attempt} failed with ${f.code}${f.details.requestId ? ` (request id ${f.details.requestId})` : ''}, which is transient; another attempt fits, ${budget.atMs - deps.now()} ms of ${budget.name} left`
      )
    }
  }
}

/** Step debug (ACTIONS_STEP_DEBUG): how long the current stage took, and how it ended. */
function debugStageEnd(deps: Deps, state: State, how: string): void {
  deps.core.debug(`stage ${state.stage} ${logSafe(how)} after ${deps.now() - state.stageStartMs} ms`)
}

/** An endpoint without its query string (the ID-token URL carries run-specific parameters). */
function endpointForLog(url: string | undefined): string {
  if (!url) return '(not set)'
  try {
    const u = new URL(url)
    return logSafe(`${u.origin}${u.pathname}`)
  } catch {
    return '(not a URL)'
  }
}

async function writeSummary(deps: Deps, facts: SummaryFacts, failureSection?: string[]): Promise<void> {
  if (!deps.env.GITHUB_STEP_SUMMARY) return
  try {
    await deps.core.summary.addRaw(summaryMarkdown(facts, failureSection), true).write()
  } catch (e) {
    deps.core.warning(`Could not write the job summary: ${logSafe((e as Error).message)}`)
  }
}
