// Source and assume for OIDC: the GitHub ID token (or the token file) -> its claims, printed
// redacted -> AssumeRoleWithWebIdentity.
import { claimRows, claimsJsonLine, decodeToken, formatClaimTable, type DecodedToken } from '../github/token-claims.js'
import { logSafe } from '../output/escape.js'
import { endpointForLog } from '../output/url.js'
import { maskCredentials } from '../output/mask.js'
import type { StsApi } from '../sts/types.js'
import type { RouteContext, RouteOutcome, ValidUntil } from './route.js'
import { obtainToken } from './token.js'

/** A token this close to its exp is requested afresh before a retry (longer than any one wait). */
const TOKEN_REFRESH_MARGIN_S = 60

/** Source: the GitHub ID token or the token file; assume: AssumeRoleWithWebIdentity (not in a dry run). */
export async function assumeWithWebIdentity(ctx: RouteContext, sts: StsApi): Promise<RouteOutcome> {
  const { core, config } = ctx

  ctx.enterStage('token')
  core.debug(`ID-token endpoint: ${endpointForLog(ctx.env.ACTIONS_ID_TOKEN_REQUEST_URL)}`)
  const requestToken = (): Promise<string> =>
    obtainToken(config.audience, config.tokenFromFile, {
      env: ctx.env,
      context: () => ctx.runContext(),
      getIDToken: (aud) => core.getIDToken(aud),
      timeoutMs: ctx.limits.idTokenMs
    }).then((t) => t.token)
  let token = await ctx.retry('ID token request', ctx.limits.idTokenMs, () => requestToken())
  const from = config.tokenFromFile ? 'file' : 'github'
  // getIDToken masks what it fetches; a token read from a file is just as much a credential.
  if (from === 'file') core.setSecret(token)
  core.info(
    from === 'file'
      ? `Read the web identity token from ${logSafe(config.tokenFromFile?.path ?? '')}`
      : `Got the GitHub ID token for audience ${logSafe(config.audience)}`
  )

  ctx.enterStage('claims')
  const decoded = decodeToken(token, from)
  ctx.learned.decoded = decoded
  const sub = typeof decoded.claims.sub === 'string' ? decoded.claims.sub : ''
  const rows = claimRows(decoded, config.redactClaims, ctx.now())
  if (config.printClaims) {
    ctx.learned.claimRows = rows
    core.startGroup(
      `ID token claims (sub: ${config.redactClaims.includes('sub') ? '***' : logSafe(sub)}) — the token itself is never printed`
    )
    for (const line of formatClaimTable(rows)) core.info(line)
    core.info(claimsJsonLine(decoded.claims, config.redactClaims))
    core.endGroup()
  }
  if (await ctx.checkTrust(decoded.claims)) return { kind: 'dry-run' }

  ctx.enterStage('assume')
  let current = decoded
  const assumed = await ctx.retry(
    'AssumeRoleWithWebIdentity',
    ctx.limits.stsAttemptMs,
    async (attempt) => {
      if (attempt > 1 && from === 'github' && expiresWithin(current, ctx.now(), TOKEN_REFRESH_MARGIN_S)) {
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
    fileTokenExpiry(decoded, from)
  )
  maskCredentials(assumed.credentials, core)
  core.debug(`AssumeRoleWithWebIdentity request id: ${assumed.requestId ?? '(none)'}`)
  return { kind: 'assumed', assumed, sub }
}

function expiresWithin(decoded: DecodedToken, nowMs: number, marginS: number): boolean {
  const exp = Number(decoded.claims.exp)
  return Number.isFinite(exp) && exp - nowMs / 1000 < marginS
}

/** A token read from a file cannot be renewed: no retry is worth starting once it has expired. */
function fileTokenExpiry(decoded: DecodedToken, from: 'file' | 'github'): ValidUntil | undefined {
  const exp = Number(decoded.claims.exp)
  if (from !== 'file' || !Number.isFinite(exp)) return undefined
  return { atMs: exp * 1000, name: 'the token from web-identity-token-file' }
}
