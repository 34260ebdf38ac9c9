// Source and assume for OIDC: the GitHub ID token (or the token file) -> its claims, printed
// redacted -> AssumeRoleWithWebIdentity.
import { claimRows, claimsJsonLine, decodeToken, formatClaimTable, type DecodedToken } from './claims.js'
import { logSafe } from './escape.js'
import { maskCredentials } from './export.js'
import type { Config } from './inputs.js'
import { withRetry, type Deadline } from './retry.js'
import {
  classifyIn,
  endpointForLog,
  enterStage,
  retryPolicy,
  stsAttemptMs,
  writeSummary,
  type Assumed,
  type Deps,
  type State
} from './run-context.js'
import type { StsApi } from './sts/types.js'
import type { SummaryFacts } from './summary.js'
import { obtainToken } from './token.js'

/** A token this close to its exp is requested afresh before a retry (longer than any one wait). */
const TOKEN_REFRESH_MARGIN_S = 60

/** Source: the GitHub ID token or the token file; assume: AssumeRoleWithWebIdentity. Undefined for a dry run. */
export async function assumeWithWebIdentity(
  config: Config,
  deps: Deps,
  state: State,
  facts: SummaryFacts,
  sts: StsApi
): Promise<Assumed | undefined> {
  const { core } = deps

  enterStage(deps, state, 'token')
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

  enterStage(deps, state, 'claims')
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

  enterStage(deps, state, 'assume')
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
