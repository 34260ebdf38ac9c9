// use-existing-credentials: valid credentials already in the environment are kept (verified
// with GetCallerIdentity, allowed-account-ids applied) and no role is assumed. Anything less
// than that, and the step assumes the role as usual, saying why.
import type { CoreApi } from './core-api.js'
import { isFailure } from './errors.js'
import { logSafe } from './escape.js'
import type { Config } from './inputs.js'
import type { UnsupportedProfile } from './profile-kinds.js'
import { findEnvironmentCredentials, isTemporary } from './source-credentials.js'
import type { StsApi } from './sts/types.js'

/** True when the environment's credentials were verified and kept. */
export async function reuseExistingCredentials(
  config: Config,
  env: Record<string, string | undefined>,
  core: CoreApi,
  sts: StsApi
): Promise<boolean> {
  const assumeAnyway = (why: string): false => {
    core.info(`use-existing-credentials: ${why}; assuming ${config.role.arn}.`)
    return false
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
  core.setOutput('aws-account-id', identity.account)
  core.setOutput('authenticated-arn', identity.arn)
  core.setOutput('diagnosis', '')
  core.info(
    `✔ use-existing-credentials: the credentials in ${found.from} are valid ` +
      `(${logSafe(identity.arn)}, account ${identity.account}); kept, no role assumed.`
  )
  return true
}

/** By its code: the class comes with the credential providers, loaded only when a profile is read. */
function isUnsupportedProfile(e: unknown): e is UnsupportedProfile {
  return isFailure(e) && e.code === 'source-profile-unsupported'
}
