// dist/ is what runs; build it when it is missing or older than src/ so nothing tests a stale bundle.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './node24.js'

function newestMtime(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) =>
    e.isDirectory() ? newestMtime(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs))
}

export function distIsStale(): boolean {
  const dist = join(repoRoot, 'dist', 'index.js')
  return !existsSync(dist) || statSync(dist).mtimeMs < Math.max(newestMtime(join(repoRoot, 'src')), statSync(join(repoRoot, 'package-lock.json')).mtimeMs)
}

/** Returns false when the build failed (its output went to the console). */
export function ensureBuilt(log: (line: string) => void = console.log): boolean {
  if (!distIsStale()) return true
  log('Building dist/ (npm run build)…')
  try {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: repoRoot, stdio: 'inherit' })
    return true
  } catch {
    return false
  }
}
