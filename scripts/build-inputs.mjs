// What dist/ is built from, as one hash: the build writes it into dist/, and dist/ is stale
// exactly when the hash of the inputs now differs. Content, not file times: a fresh clone
// writes files in any order, and must not rebuild a committed, correct dist/.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, sep } from 'node:path'

/** Everything the bundle depends on: sources, the locked dependency tree, the build's own settings. */
export const BUILD_INPUTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs']
/** Where the build records the hash of the inputs it was made from (committed with dist/). */
export const HASH_FILE = join('dist', 'build-inputs.sha256')

/** The files under `path` (a file or a folder), relative to `root`; none if it does not exist. */
function files(root, path) {
  const full = join(root, path)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [path]
  return readdirSync(full).flatMap((name) => files(root, join(path, name)))
}

/** sha256 over every input file's path and content, in a fixed order ('/' separators on every OS). */
export function buildInputsHash(root) {
  const hash = createHash('sha256')
  const paths = BUILD_INPUTS.flatMap((p) => files(root, p))
    .map((p) => p.split(sep).join('/'))
    .sort()
  for (const p of paths)
    hash
      .update(`${p}\0`)
      .update(readFileSync(join(root, p)))
      .update('\0')
  return hash.digest('hex')
}
