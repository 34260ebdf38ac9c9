// use-existing-credentials: valid credentials already in the environment are kept (verified
// with GetCallerIdentity, allowed-account-ids applied) and no role is assumed. Anything less
// than that, and the step assumes the role as usual, saying why.
import { isFailure } from '../failure/failure.js'
import { logSafe } from '../output/escape.js'
import type { StsApi } from '../sts/types.js'
import { findEnvironmentCredentials, isTemporary } from './environment.js'
import type { UnsupportedProfile } from './profile-kinds.js'
import type { RouteContext, RouteOutcome } from './route.js'

/** The kept credentials' outcome, or undefined when the role is to be assumed after all. */
export async function keepExistingCredentials(ctx: RouteContext, sts: StsApi): Promise<RouteOutcome | undefined> {
  const { config, core, env } = ctx
  const assumeAnyway = (why: string): undefined => {
    core.info(`use-existing-credentials: ${why}; assuming ${config.role.arn}.`)
    return undefined
  }
  let found
  try {
    found = await findEnvironmentCredentials(env)
  } catch (e) {
    if (isUnsupportedProfile(e)) return assumeAnyway(logSafe(e.summary))
    throw e
  }
  if (!found) return assumeAnyway('no credentials in the environment')
  core.setSecret(found.accessKeyId)
  core.setSecret(found.secretAccessKey)
  if (found.sessionToken) core.setSecret(found.sessionToken)
  if (!isTemporary(found)) return assumeAnyway(`the credentials in ${found.from} are long-lived keys, never used`)
  let identity
  try {
    identity = await sts.getCallerIdentity(found)
  } catch (e) {
    const name = (e as Error).name
    return assumeAnyway(`the credentials in ${found.from} did not verify (${logSafe(name)})`)
  }
  // mask-aws-account-id: the account in use here is the existing credentials', not role-to-assume's
  if (config.maskAccountId) core.setSecret(identity.account)
  if (config.allowedAccountIds.length > 0 && !config.allowedAccountIds.includes(identity.account))
    return assumeAnyway(`their account ${identity.account} is not in allowed-account-ids`)
  return { kind: 'kept', identity, from: found.from }
}

/** By its code: the class comes with the credential providers, loaded only when a profile is read. */
function isUnsupportedProfile(e: unknown): e is UnsupportedProfile {
  return isFailure(e) && e.code === 'source-profile-unsupported'
}
