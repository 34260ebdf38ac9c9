// Source and assume for role chaining: the environment's temporary credentials -> sts:AssumeRole.
import { maskCredentials } from './export.js'
import type { Config } from './inputs.js'
import { withRetry } from './retry.js'
import {
  classifyIn,
  retryPolicy,
  stsAttemptMs,
  writeSummary,
  type Assumed,
  type Deps,
  type State
} from './run-context.js'
import type { StsApi } from './sts/types.js'
import type { SummaryFacts } from './summary.js'

/** Source: the environment's temporary credentials; assume: sts:AssumeRole signed with them (not in a dry run). Never OIDC. */
export async function assumeChained(
  config: Config,
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
