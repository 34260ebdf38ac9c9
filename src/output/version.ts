// This package's name and version, from package.json (one source): the action's log header, the
// CLI's --version, CloudTrail's user agent and every `npx` command this project prints name it.
import pkg from '../../package.json' with { type: 'json' }

export const PACKAGE_NAME: string = pkg.name
export const VERSION: string = pkg.version
/** owner/name of the canonical repository, from package.json's repository URL. */
export const REPOSITORY: string = /github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(pkg.repository.url)?.[1] ?? ''

/**
 * A command to paste, pinned to this exact version: `npx <name>` alone would run whatever the
 * registry has under that name when the log is read, a later release or another owner's package.
 */
export function npxCommand(args: string): string {
  return `npx ${PACKAGE_NAME}@${VERSION} ${args}`
}
