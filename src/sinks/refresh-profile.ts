// Sink for refresh-credentials: a profile whose credential_process runs this action's bundled
// CLI with the runner's node, the cache seeded with the verified session, and the variables
// that make later steps use the profile (and no static keys that would shadow it).
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { CoreApi } from '../output/core-api.js'
import { invalidInput } from '../failure/failure.js'
import { CREDENTIAL_VARIABLES } from '../source/credential-variables.js'
import type { Config } from '../inputs/index.js'
import type { WrittenSection } from './profile.js'
import type { Credentials } from '../sts/types.js'
import { cachePath, ensureCacheDirectory, writeCache } from './refresh-cache.js'
import { commandLine, configFileProblem, keyOf, type RefreshParameters } from './refresh-parameters.js'

// The chunk the aws-profile sink loads, shared rather than bundled again with this one.
const profiles = () => import('./profile.js')

/** The profile refresh-credentials writes when aws-profile is not given. */
export const DEFAULT_REFRESH_PROFILE = 'aws-oidc-credentials'

export interface RefreshPlan {
  profile: string
  command: string
  cacheFile: string
  key: string
}

export function refreshParameters(config: Config): RefreshParameters {
  return {
    roleArn: config.role.arn,
    roleSessionName: config.roleSessionName,
    durationSeconds: config.durationSeconds,
    audience: config.audience,
    region: config.region,
    inlineSessionPolicy: config.inlineSessionPolicy,
    managedSessionPolicies: config.managedSessionPolicies,
    stsEndpoint: config.stsEndpoint
  }
}

/** The bundled CLI beside the running action (dist/index.js -> dist/cli/index.js). */
export function bundledCli(): string {
  return join(dirname(process.argv[1] ?? ''), 'cli', 'index.js')
}

/** Everything the sink will do, checked before any network call; refusals name the input. */
export async function planRefresh(
  config: Config,
  env: Record<string, string | undefined>,
  node = process.execPath,
  cli = bundledCli()
): Promise<RefreshPlan> {
  if (process.platform === 'win32')
    throw invalidInput(
      'refresh-credentials',
      'true is supported on Linux and macOS runners only: its credential_process command line is written for POSIX shells.'
    )
  if (!existsSync(cli))
    throw invalidInput('refresh-credentials', `true needs the action's bundled CLI, which is not at ${cli}.`)
  const profile = config.awsProfile ?? DEFAULT_REFRESH_PROFILE
  const { checkConfigProfileWritable, profilePaths } = await profiles()
  checkConfigProfileWritable(profile, config.overwriteAwsProfile, profilePaths(env))
  const params = refreshParameters(config)
  const command = commandLine(node, cli, params)
  const problem = configFileProblem(command)
  if (problem)
    throw invalidInput(
      'refresh-credentials',
      `the profile's credential_process line cannot hold this step's values (audience, inline-session-policy or the paths of node and the action): ${problem}.`
    )
  const key = keyOf(params)
  const cacheFile = cachePath(env.RUNNER_TEMP ?? '', key)
  try {
    ensureCacheDirectory(dirname(cacheFile))
  } catch (e) {
    throw invalidInput('refresh-credentials', `its cache directory cannot be used: ${(e as Error).message}.`)
  }
  return { profile, command, cacheFile, key }
}

export interface RefreshWritten {
  sections: WrittenSection[]
  variables: string[]
  files: string[]
}

/** Writes the profile and the cache, then exports what makes later steps use them. */
export async function writeRefresh(
  plan: RefreshPlan,
  config: Config,
  credentials: Credentials,
  env: Record<string, string | undefined>,
  core: CoreApi,
  nowMs: number,
  /** called with what will be written before the first byte is: saved for the post step */
  beforeWrite: (written: Pick<RefreshWritten, 'sections' | 'files'>) => void
): Promise<RefreshWritten> {
  const { profilePaths, writeConfigProfile } = await profiles()
  const paths = profilePaths(env)
  const section = writeConfigProfile(
    plan.profile,
    [
      ['credential_process', plan.command],
      ['region', config.region]
    ],
    config.overwriteAwsProfile,
    paths,
    { beforeWrite: (sections) => beforeWrite({ sections, files: [plan.cacheFile] }) }
  )
  // the verified session is the first one served: the first tool call costs no STS call
  writeCache(plan.cacheFile, plan.key, {
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    sessionToken: credentials.sessionToken,
    expiration: credentials.expiration.getTime(),
    obtained: nowMs
  })
  const variables: [string, string][] = [
    ['AWS_PROFILE', plan.profile],
    ['AWS_REGION', config.region],
    ['AWS_DEFAULT_REGION', config.region],
    // SDKs that read the config file only when asked (the AWS SDK for JavaScript v2, Go v1)
    ['AWS_SDK_LOAD_CONFIG', '1'],
    // an empty value is what the AWS CLI and SDKs treat as unset: no static key shadows the profile
    ...CREDENTIAL_VARIABLES.map((name): [string, string] => [name, ''])
  ]
  for (const [name, value] of variables) core.exportVariable(name, value)
  core.info(
    `Wrote the profile ${plan.profile} to ${paths.config}: later steps' AWS CLI and SDKs run its credential_process for a fresh session before this one expires (AWS_PROFILE=${plan.profile}; ${CREDENTIAL_VARIABLES.join(', ')} are blank).`
  )
  core.info(`credential_process = ${plan.command}`)
  return { sections: [section], variables: variables.map(([name]) => name), files: [plan.cacheFile] }
}
