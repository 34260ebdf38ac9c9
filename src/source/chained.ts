// Source and assume for role chaining: the environment's temporary credentials -> sts:AssumeRole.
import { maskCredentials } from '../sinks/env.js'
import type { Config } from '../inputs/index.js'
import { withRetry } from '../pipeline/retry.js'
import {
  classifyIn,
  retryPolicy,
  stsAttemptMs,
  writeSummary,
  type Assumed,
  type Deps,
  type State
} from '../pipeline/context.js'
import type { StsApi } from '../sts.js'
import type { SummaryFacts } from '../sinks/summary.js'

/** Source: the environment's temporary credentials; assume: sts:AssumeRole signed with them (not in a dry run). Never OIDC. */
export async function assumeChained(
  config: Config,
  network: { proxy?: string },
  deps: Deps,
  state: State,
  facts: SummaryFacts,
  sts: StsApi
): Promise<Assumed | undefined> {
  const { core } = deps
  state.stage = 'source'
  const { readSourceCredentials } = await import('./environment.js')
  const { chainParams } = await import('./chain-request.js')
  const source = await readSourceCredentials(deps.env, core, deps.now())
  core.info(`role-chaining: chaining from the temporary credentials in ${source.from}; no ID token is requested.`)
  state.stage = 'assume'
  // every failure from here is sts:AssumeRole's: its diagnosis goes by this route, not by message text
  state.route = 'chained'
  if (network.proxy) core.info(`STS calls go through the proxy ${network.proxy}`)
  const params = chainParams(config, source, deps.env, core)
  if (config.dryRun) {
    core.info(`Dry run: sts:AssumeRole for ${config.role.arn} is not called and nothing is exported.`)
    await writeSummary(deps, { ...facts, result: 'dry-run' })
    return undefined
  }
  const assumed = await withRetry(
    () => sts.assumeRole(params),
    classifyIn(state, deps.now),
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
