// The pipeline: inputs -> source (token -> claims, or the environment's credentials for role
// chaining) -> assume -> verify -> sinks (env, profile, outputs); errors -> classify -> report.
import { assumeChained } from './assume-chained.js'
import { assumeWithWebIdentity } from './assume-web-identity.js'
import { CLEANUP_STATE, encodeCleanup, type Cleanup } from './cleanup-state.js'
import { Failure, type Stage } from './errors.js'
import { logSafe } from './escape.js'
import { exportCredentials, unsetCredentials } from './export.js'
import { parseInputs, type Config } from './inputs.js'
import { guardedCore } from './log-guard.js'
import { unpinnedRefWarning } from './pinning.js'
import { withRetry } from './retry.js'
import {
  classifyIn,
  debugStageEnd,
  diagnosis,
  enterStage,
  retryPolicy,
  stsAttemptMs,
  writeSummary,
  type Deps,
  type State
} from './run-context.js'
import { alphanumericSecrets } from './special-characters.js'
import { configuredStsEndpoint, describeEndpoint, resolveStsEndpoint, type StsEndpoint } from './sts/endpoint.js'
import type { StsApi } from './sts/types.js'
import type { SummaryFacts } from './summary.js'
import { DEFAULT_TIMING, withTimeout, type Timing } from './timeout.js'
import { userAgent } from './sts/user-agent.js'
import { checkIdentity } from './sts/verify.js'

export type { Deps } from './run-context.js'

// The profile module loads only when aws-profile is set.
const profiles = () => import('./profile.js')

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
  // Before anything is printed: a runner other than GitHub's may not mask the request token itself.
  if (deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) deps.core.setSecret(deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
  try {
    const pinning = unpinnedRefWarning(deps.env)
    if (pinning) deps.core.warning(pinning, { title: 'pin this action' })
    const config = parseInputs({ ...deps.inputs, get: (n) => deps.core.getInput(n), env: deps.env })
    state.config = config
    const capped = budgetCapsAttempts(config, timing)
    if (capped) deps.core.info(capped)
    // Refused here, before any network call, if it would carry the token over plain http.
    const configured = configuredStsEndpoint(config.stsEndpoint, deps.env)
    if (config.unsetCurrentCredentials) unsetCredentials(deps.core)
    if (config.maskAccountId) deps.core.setSecret(config.role.account)
    if (config.awsProfile) {
      const { checkProfileWritable, profilePaths } = await profiles()
      checkProfileWritable(config.awsProfile, config.overwriteAwsProfile, profilePaths(deps.env))
    }
    facts.role = config.role.arn
    facts.session = config.roleSessionName
    const work = pipeline(config, configured, deps, state, facts)
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
    if (state.config?.maskAccountId) maskAccounts(failure, deps.core)
    report(failure, deps.core, deps.env)
    await writeSummary(deps, { ...facts, result: 'failure', failure }, failureMarkdown(failure))
    deps.fail()
  }
  return { abandoned: state.abandoned === true }
}

async function pipeline(
  config: Config,
  configured: Omit<StsEndpoint, 'proxy'> | undefined,
  deps: Deps,
  state: State,
  facts: SummaryFacts
): Promise<void> {
  const { core } = deps
  const direct = stsClient(config, configured, deps, state)
  const sts = alphanumericSecrets(config.specialCharactersWorkaround, core, direct)
  if (config.useExistingCredentials) {
    const { reuseExistingCredentials } = await import('./source-existing.js')
    if (await reuseExistingCredentials(config, deps.env, core, direct)) return
  }

  const source = config.roleChaining
    ? await assumeChained(config, deps, state, facts, sts)
    : await assumeWithWebIdentity(config, deps, state, facts, sts)
  if (!source) return
  const { assumed, sub } = source

  enterStage(deps, state, 'verify')
  const identity = await withRetry(
    () => sts.getCallerIdentity(assumed.credentials),
    classifyIn(state),
    retryPolicy(config, deps, state, 'GetCallerIdentity', stsAttemptMs(state.timing), {
      atMs: assumed.credentials.expiration.getTime(),
      name: 'the new credentials'
    })
  )
  core.debug(`GetCallerIdentity request id: ${identity.requestId ?? '(none)'}`)
  // the account actually in use, even when it is not the one asked for
  if (config.maskAccountId) core.setSecret(identity.account)
  checkIdentity(identity, config)

  if (state.evaluation && state.evaluation.decision !== 'allow') {
    core.warning(
      "STS allowed this token although the trust-policy input denies it: that file differs from the role's actual trust policy.",
      { title: 'trust policy' }
    )
  }

  enterStage(deps, state, 'export')
  if (state.abandoned) return
  // Sinks; what they did is saved as state for the post step, the fallible one (files) first.
  const cleanup: Cleanup = { variables: [], sections: [] }
  if (config.awsProfile) {
    const { profilePaths, writeProfile } = await profiles()
    const paths = profilePaths(deps.env)
    // The post step learns what will be written before the first byte is, so it can remove it.
    const beforeWrite = (sections: Cleanup['sections']) =>
      core.saveState(CLEANUP_STATE, encodeCleanup({ ...cleanup, sections }))
    cleanup.sections = writeProfile(
      config.awsProfile,
      assumed.credentials,
      config.region,
      config.overwriteAwsProfile,
      paths,
      { beforeWrite }
    )
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

/**
 * The step's STS client. Its endpoint is resolved (the default by the SDK, which then loads) at
 * the first call, and logged with where it came from: exactly the URL the calls go to.
 */
function stsClient(
  config: Config,
  configured: Omit<StsEndpoint, 'proxy'> | undefined,
  deps: Deps,
  state: State
): StsApi {
  const endpoint = async (): Promise<string> => {
    const e = await resolveStsEndpoint(config.region, configured, config, deps.env)
    state.network = { stsEndpoint: e.url, proxy: e.proxy }
    deps.core.debug(`STS endpoint: ${describeEndpoint(e)}`)
    if (e.proxy) deps.core.info(`STS calls go through the proxy ${e.proxy}`)
    return e.url
  }
  return deps.createSts({
    region: config.region,
    endpoint,
    connectionTimeoutMs: state.timing.connectionMs,
    requestTimeoutMs: state.timing.requestMs,
    proxy: config,
    env: deps.env,
    userAgent: userAgent(deps.env)
  })
}

/**
 * mask-aws-account-id covers every account a diagnosis names, not only role-to-assume's: a chained
 * step's source account, for one, appears in STS's AccessDenied message.
 */
function maskAccounts(failure: Failure, core: Deps['core']): void {
  const d = failure.details
  const text = [failure.message, ...(d.evidence ?? []), ...(d.snippets ?? []).map((x) => x.body)].join('\n')
  for (const account of new Set(text.match(/(?<!\d)\d{12}(?!\d)/g) ?? [])) core.setSecret(account)
}

/** Said up front when retry-max-attempts asks for more attempts than the network time budget can hold. */
function budgetCapsAttempts(config: Config, timing: Timing): string | undefined {
  const fit = Math.floor(timing.networkBudgetMs / stsAttemptMs(timing))
  if (config.retryMaxAttempts <= fit) return undefined
  return `retry-max-attempts is ${config.retryMaxAttempts}, but no retry starts that could not end within the ${timing.networkBudgetMs / 1000} s network time budget: at most ${fit} attempts of a stalled STS call fit in it.`
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
