// Stage 6: hand the verified credentials to later steps.
import type { CoreApi } from './core-api.js'
import type { Config } from './inputs.js'
import type { CallerIdentity, Credentials } from './sts/types.js'

/** Called as soon as STS answers: nothing may print a credential before the runner masks it. */
export function maskCredentials(c: Credentials, core: CoreApi): void {
  core.setSecret(c.accessKeyId)
  core.setSecret(c.secretAccessKey)
  core.setSecret(c.sessionToken)
}

/** Returns the names of the variables it exported, for the post step to blank. */
export function exportCredentials(
  c: Credentials,
  id: CallerIdentity,
  sub: string,
  config: Config,
  core: CoreApi
): string[] {
  const exported: string[] = []
  const exportVariable = (name: string, value: string): void => {
    core.exportVariable(name, value)
    exported.push(name)
  }
  if (config.outputEnvCredentials) {
    exportVariable('AWS_ACCESS_KEY_ID', c.accessKeyId)
    exportVariable('AWS_SECRET_ACCESS_KEY', c.secretAccessKey)
    exportVariable('AWS_SESSION_TOKEN', c.sessionToken)
    exportVariable('AWS_REGION', config.region)
    exportVariable('AWS_DEFAULT_REGION', config.region)
    // as the incumbent does: with both, later steps may also name the profile
    if (config.awsProfile) exportVariable('AWS_PROFILE', config.awsProfile)
  }
  core.setOutput('aws-account-id', id.account)
  core.setOutput('authenticated-arn', id.arn)
  core.setOutput('subject', sub)
  core.setOutput('diagnosis', '')
  if (config.outputCredentials) {
    core.setOutput('aws-access-key-id', c.accessKeyId)
    core.setOutput('aws-secret-access-key', c.secretAccessKey)
    core.setOutput('aws-session-token', c.sessionToken)
    core.setOutput('aws-expiration', c.expiration.toISOString())
  }
  return exported
}

/** The credential variables a later step's AWS CLI or SDK would pick up. */
export const CREDENTIAL_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'] as const

/** unset-current-credentials: blank them for later steps (and this process), whatever happens next. */
export function unsetCredentials(core: CoreApi): void {
  for (const name of CREDENTIAL_VARIABLES) core.exportVariable(name, '')
  core.info(`unset-current-credentials: ${CREDENTIAL_VARIABLES.join(', ')} are blank for later steps.`)
}
