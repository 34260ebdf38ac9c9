// Sinks: hand the verified credentials to later steps, as variables and outputs.
import type { CoreApi } from '../output/core-api.js'
import type { Config } from '../inputs/index.js'
import { CREDENTIAL_VARIABLES } from '../source/credential-variables.js'
import type { CallerIdentity, Credentials } from '../sts/types.js'
import { setOutputs } from './outputs.js'

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
    const [accessKeyId, secretAccessKey, sessionToken] = CREDENTIAL_VARIABLES
    exportVariable(accessKeyId, c.accessKeyId)
    exportVariable(secretAccessKey, c.secretAccessKey)
    exportVariable(sessionToken, c.sessionToken)
    for (const name of REGION_VARIABLES) exportVariable(name, config.region)
    // as the incumbent does: with both, later steps may also name the profile
    if (config.awsProfile) exportVariable(PROFILE_VARIABLE, config.awsProfile)
  }
  setOutputs(core, { 'aws-account-id': id.account, 'authenticated-arn': id.arn, subject: sub, diagnosis: '' })
  if (config.outputCredentials) {
    setOutputs(core, {
      'aws-access-key-id': c.accessKeyId,
      'aws-secret-access-key': c.secretAccessKey,
      'aws-session-token': c.sessionToken,
      'aws-expiration': c.expiration.toISOString()
    })
  }
  return exported
}

/** The region variables the SDKs and the AWS CLI read. */
export const REGION_VARIABLES = ['AWS_REGION', 'AWS_DEFAULT_REGION'] as const
export const PROFILE_VARIABLE = 'AWS_PROFILE'

/** Every variable a successful step may export (the README's Environment variables table lists them). */
export const EXPORTED_VARIABLES = [...CREDENTIAL_VARIABLES, ...REGION_VARIABLES, PROFILE_VARIABLE] as const

/** use-existing-credentials kept the environment's credentials: the outputs say whose they are. */
export function keptOutputs(id: CallerIdentity, core: CoreApi): void {
  setOutputs(core, { 'aws-account-id': id.account, 'authenticated-arn': id.arn, diagnosis: '' })
}

/** unset-current-credentials: blank them for later steps (and this process), whatever happens next. */
export function unsetCredentials(core: CoreApi): void {
  for (const name of CREDENTIAL_VARIABLES) core.exportVariable(name, '')
  core.info(`unset-current-credentials: ${CREDENTIAL_VARIABLES.join(', ')} are blank for later steps.`)
}
