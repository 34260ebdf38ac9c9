// Where the shared credentials and config files are: role chaining reads its source profile
// there, and the aws-profile sink writes there.
import { homedir } from 'node:os'
import { join } from 'node:path'

export interface ProfilePaths {
  credentials: string
  config: string
}

/** AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE when set, as the CLI and SDKs honour them. */
export function profilePaths(env: Record<string, string | undefined>, home = homedir()): ProfilePaths {
  return {
    credentials: env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials'),
    config: env.AWS_CONFIG_FILE || join(home, '.aws', 'config')
  }
}
