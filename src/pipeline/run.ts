// The pipeline: inputs -> source (a route: the ID token, role chaining's source credentials, or
// use-existing-credentials) -> assume -> verify -> sinks (env, profile, outputs, summary);
// errors -> classify -> report. Only this module writes the summary and calls the sinks.
import { Failure, type Stage } from '../failure/failure.js'
import { withTimeout } from '../failure/timeout.js'
import { parseInputs, type Config } from '../inputs/index.js'
import { logSafe } from '../output/escape.js'
import { guardedCore } from '../output/log-guard.js'
import { CLEANUP_STATE, encodeCleanup, type Cleanup } from '../sinks/cleanup-state.js'
import { exportCredentials, keptOutputs, unsetCredentials } from '../sinks/env.js'
import { writeSummary } from '../sinks/summary.js'
import { assumeChained } from '../source/chained.js'
import type { RouteOutcome } from '../source/route.js'
import { assumeWithWebIdentity } from '../source/web-identity.js'
import type { RefreshPlan } from '../sinks/refresh-profile.js'
import { configuredStsEndpoint, describeEndpoint, resolveStsEndpoint, type StsEndpoint } from '../sts/endpoint.js'
import type { AssumeResult, StsApi } from '../sts/types.js'
import { userAgent } from '../sts/user-agent.js'
import { PACKAGE_NAME, VERSION } from '../output/version.js'
import { checkIdentity } from '../sts/verify.js'
import { RunContext, diagnosis, stsAttemptMs, type Deps } from './context.js'
import { unpinnedRefWarning } from './pinning.js'
import { alphanumericSecrets } from './special-characters.js'
import type { Timing } from './timeout.js'

export type { Deps } from './context.js'

// The profile module loads only when aws-profile is set; the refresh sink with refresh-credentials.
const profiles = () => import('../sinks/profile.js')
const refreshSink = () => import('../sinks/refresh-profile.js')

/** What the entry point must know once the outcome is decided. */
export interface RunEnd {
  /** the step timed out while a request was open: it still holds the process, which must be ended */
  abandoned: boolean
}

export async function run(given: Deps): Promise<RunEnd> {
  // Whatever a stage prints goes through the log guard: no line can run a workflow command.
  const deps: Deps = { ...given, core: guardedCore(given.core) }
  const ctx = new RunContext(deps)
  try {
    // which release ran: what a report about this log needs first
    deps.core.info(`${PACKAGE_NAME} ${VERSION}`)
    // Before anything else is printed: a runner other than GitHub's may not mask it itself.
    if (deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) deps.core.setSecret(deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
    const pinning = unpinnedRefWarning(deps.env)
    if (pinning) deps.core.warning(pinning, { title: 'pin this action' })
    const config = parseInputs({ ...deps.inputs, get: (n) => deps.core.getInput(n), env: deps.env })
    ctx.config = config
    const capped = budgetCapsAttempts(config, ctx.timing)
    if (capped) deps.core.info(capped)
    // Refused here, before any network call, if it would carry the token over plain http.
    const configured = configuredStsEndpoint(config.stsEndpoint, deps.env)
    if (config.unsetCurrentCredentials) unsetCredentials(deps.core)
    if (config.maskAccountId) deps.core.setSecret(config.role.account)
    const refreshPlan = config.refreshCredentials
      ? await (await refreshSink()).planRefresh(config, deps.env)
      : undefined
    if (config.awsProfile && !refreshPlan) {
      const { checkProfileWritable, profilePaths } = await profiles()
      checkProfileWritable(config.awsProfile, config.overwriteAwsProfile, profilePaths(deps.env))
    }
    ctx.facts.role = config.role.arn
    ctx.facts.session = config.roleSessionName
    const work = pipeline(ctx, configured, refreshPlan)
    // action-timeout-s: 0 lifts the step's limit; every network call keeps its own.
    if (config.actionTimeoutMs === 0) await work
    else
      await withTimeout(work, config.actionTimeoutMs, () => {
        ctx.abandoned = true
        return stepTimedOut(config, ctx.stage, ctx.timing)
      })
  } catch (e) {
    const failure = await ctx.classify(e)
    const { report, failureMarkdown, titleOf } = await diagnosis()
    ctx.endStage(
      `failed: ${failure.code}${failure.details.requestId ? `, request id ${failure.details.requestId}` : ''}`
    )
    if (ctx.config?.maskAccountId) maskAccounts(failure, deps.core)
    report(failure, deps.core, deps.env)
    const facts = { ...ctx.summaryFacts(), result: 'failure' as const, failure, failureTitle: titleOf(failure.code) }
    await writeSummary(deps.core, deps.env, facts, failureMarkdown(failure))
    deps.fail()
  }
  return { abandoned: ctx.abandoned }
}

async function pipeline(
  ctx: RunContext,
  configured: Omit<StsEndpoint, 'proxy'> | undefined,
  refreshPlan?: RefreshPlan
): Promise<void> {
  const { core, config } = ctx
  const direct = stsClient(ctx, configured)
  const sts = alphanumericSecrets(config.specialCharactersWorkaround, core, direct)
  const outcome = await source(ctx, direct, sts)
  if (outcome.kind === 'dry-run') return finish(ctx, { result: 'dry-run' })
  if (outcome.kind === 'kept') {
    keptOutputs(outcome.identity, core)
    core.info(
      `✔ use-existing-credentials: the credentials in ${outcome.from} are valid ` +
        `(${logSafe(outcome.identity.arn)}, account ${outcome.identity.account}); kept, no role assumed.`
    )
    return finish(ctx, { result: 'success', account: outcome.identity.account })
  }
  const { assumed, sub } = outcome
  const identity = await verify(ctx, sts, assumed)

  ctx.enterStage('export')
  if (ctx.abandoned) return
  // Sinks; what they did is saved as state for the post step, the fallible one (files) first.
  const cleanup: Cleanup = { variables: [], sections: [] }
  if (refreshPlan) {
    const { writeRefresh } = await refreshSink()
    const beforeWrite = (planned: Partial<Cleanup>) =>
      core.saveState(CLEANUP_STATE, encodeCleanup({ ...cleanup, ...planned }))
    Object.assign(
      cleanup,
      await writeRefresh(refreshPlan, config, assumed.credentials, ctx.env, core, ctx.now(), beforeWrite)
    )
    core.saveState(CLEANUP_STATE, encodeCleanup(cleanup))
  } else if (config.awsProfile) {
    const { profilePaths, writeProfile } = await profiles()
    const paths = profilePaths(ctx.env)
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
  cleanup.variables.push(...exportCredentials(assumed.credentials, identity, subject, config, core))
  core.saveState(CLEANUP_STATE, encodeCleanup(cleanup))
  const minutes = Math.round((assumed.credentials.expiration.getTime() - ctx.now()) / 60000)
  core.info(
    `✔ Verified ${logSafe(identity.arn)} (account ${identity.account}) as role ${config.role.arn}, session ${config.roleSessionName}; expires ${assumed.credentials.expiration.toISOString()} (in ${minutes} min).`
  )
  await finish(ctx, { result: 'success', account: identity.account, expiration: assumed.credentials.expiration })
}

/** The route this run's inputs choose; use-existing-credentials falls back to it when it cannot keep. */
async function source(ctx: RunContext, direct: StsApi, sts: StsApi): Promise<RouteOutcome> {
  if (ctx.config.useExistingCredentials) {
    const { keepExistingCredentials } = await import('../source/existing.js')
    const kept = await keepExistingCredentials(ctx, direct)
    if (kept) return kept
  }
  const route = ctx.config.roleChaining ? assumeChained : assumeWithWebIdentity
  return route(ctx, sts)
}

/** GetCallerIdentity with the new credentials: nothing is exported before they prove whose they are. */
async function verify(ctx: RunContext, sts: StsApi, assumed: AssumeResult) {
  const { core, config } = ctx
  ctx.enterStage('verify')
  const identity = await ctx.retry(
    'GetCallerIdentity',
    stsAttemptMs(ctx.timing),
    () => sts.getCallerIdentity(assumed.credentials),
    { atMs: assumed.credentials.expiration.getTime(), name: 'the new credentials' }
  )
  core.debug(`GetCallerIdentity request id: ${identity.requestId ?? '(none)'}`)
  // the account actually in use, even when it is not the one asked for
  if (config.maskAccountId) core.setSecret(identity.account)
  checkIdentity(identity, config)
  const evaluation = ctx.learned.evaluation
  if (evaluation?.decision === 'implicit-deny' || evaluation?.decision === 'explicit-deny') {
    core.warning(
      "STS allowed this token although the trust-policy input denies it: that file differs from the role's actual trust policy.",
      { title: 'trust policy' }
    )
  }
  return identity
}

/** Every route that ends without an error ends here: the step-debug line and the job summary. */
async function finish(
  ctx: RunContext,
  end: { result: 'success' | 'dry-run'; account?: string; expiration?: Date }
): Promise<void> {
  ctx.endStage('done')
  await writeSummary(ctx.core, ctx.env, { ...ctx.summaryFacts(), ...end })
}

/**
 * The step's STS client. Its endpoint is resolved (the default by the SDK, which then loads) at
 * the first call, and logged with where it came from: exactly the URL the calls go to.
 */
function stsClient(ctx: RunContext, configured: Omit<StsEndpoint, 'proxy'> | undefined): StsApi {
  const { config, core } = ctx
  const endpoint = async (): Promise<string> => {
    const e = await resolveStsEndpoint(config.region, configured, config, ctx.env, ctx.deps.withProcessVariables)
    ctx.network = { stsEndpoint: e.url, proxy: e.proxy }
    core.debug(`STS endpoint: ${describeEndpoint(e)}`)
    if (e.proxy) core.info(`STS calls go through the proxy ${e.proxy}`)
    return e.url
  }
  return ctx.deps.createSts({
    region: config.region,
    endpoint,
    connectionTimeoutMs: ctx.timing.connectionMs,
    requestTimeoutMs: ctx.timing.requestMs,
    proxy: config,
    env: ctx.env,
    withProcessVariables: ctx.deps.withProcessVariables,
    userAgent: userAgent(ctx.env)
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
