// Source and assume for role chaining: the environment's temporary credentials -> sts:AssumeRole.
import { maskCredentials } from '../output/mask.js'
import type { StsApi } from '../sts/types.js'
import type { RouteContext, RouteOutcome } from './route.js'

/** Source: the environment's temporary credentials; assume: sts:AssumeRole signed with them (not in a dry run). Never OIDC. */
export async function assumeChained(ctx: RouteContext, sts: StsApi): Promise<RouteOutcome> {
  const { core, config } = ctx
  ctx.enterStage('source')
  const { readSourceCredentials } = await import('./environment.js')
  const { chainParams } = await import('./chain-request.js')
  const source = await readSourceCredentials(ctx.env, core, ctx.now())
  core.info(`role-chaining: chaining from the temporary credentials in ${source.from}; no ID token is requested.`)
  ctx.enterStage('assume')
  const params = chainParams(config, source, ctx.env, core)
  if (config.dryRun) {
    core.info(`Dry run: sts:AssumeRole for ${config.role.arn} is not called and nothing is exported.`)
    return { kind: 'dry-run' }
  }
  const assumed = await ctx.retry(
    'AssumeRole',
    ctx.limits.stsAttemptMs,
    () => sts.assumeRole(params),
    source.expiration && { atMs: source.expiration.getTime(), name: 'the source credentials' }
  )
  maskCredentials(assumed.credentials, core)
  core.debug(`AssumeRole request id: ${assumed.requestId ?? '(none)'}`)
  return { kind: 'assumed', assumed, sub: '' }
}
