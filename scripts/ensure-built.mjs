// dist/ is what runs: build it when it is missing or was built from other inputs than the
// ones here now (compared by content hash, see build-inputs.mjs), so nothing runs a stale
// bundle and a fresh clone with a correct dist/ does not rebuild. Plain JS so jest's
// globalSetup (scripts/jest-setup.mjs) and `npm start` (tsx) can both load it.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildInputsHash, HASH_FILE } from './build-inputs.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

export function distIsStale() {
  const recorded = join(root, HASH_FILE)
  if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(recorded)) return true
  return readFileSync(recorded, 'utf8').trim() !== buildInputsHash(root)
}

/** Returns false when the build failed (its output went to the console). */
export function ensureBuilt(log = console.log) {
  if (!distIsStale()) return true
  log('Building dist/ (npm run build): it was not built from the sources here…')
  try {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' })
    return true
  } catch {
    return false
  }
}
