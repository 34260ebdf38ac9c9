// dist/ is what runs: build it when it is missing or older than src/, so nothing runs a stale
// bundle. Plain JS so jest's globalSetup and `npm start` (tsx) can both load it.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

function newestMtime(dir) {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newestMtime(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs
    )
  )
}

export function distIsStale() {
  const dist = join(root, 'dist', 'index.js')
  return (
    !existsSync(dist) ||
    statSync(dist).mtimeMs < Math.max(newestMtime(join(root, 'src')), statSync(join(root, 'package-lock.json')).mtimeMs)
  )
}

/** Returns false when the build failed (its output went to the console). */
export function ensureBuilt(log = console.log) {
  if (!distIsStale()) return true
  log('Building dist/ (npm run build)…')
  try {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' })
    return true
  } catch {
    return false
  }
}

/** jest globalSetup: the integration tests need dist/index.js. */
export default function globalSetup() {
  if (!ensureBuilt()) throw new Error('npm run build failed; the integration tests need dist/index.js')
}
