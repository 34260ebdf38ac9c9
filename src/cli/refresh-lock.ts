// One refresh at a time per cache file: tools that start together (a parallel build, several
// SDK clients) find the session the first one obtains instead of each asking STS.
import { closeSync, openSync, statSync, unlinkSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { lockPath, readCache, stillFresh, type CachedSession } from '../sinks/refresh-cache.js'

/** Longer than a refresh may take (the token request and the STS call, each bounded). */
const STALE_LOCK_MS = 45_000
const POLL_MS = 100

/**
 * Runs `refresh` holding the lock, or returns the session another process just cached while
 * holding it. A lock left by a killed process is taken over once stale.
 */
export async function refreshLocked(
  cacheFile: string,
  key: string,
  now: () => number,
  refresh: () => Promise<CachedSession>
): Promise<CachedSession> {
  const lock = lockPath(cacheFile)
  for (;;) {
    const fd = tryLock(lock)
    if (fd !== undefined) {
      closeSync(fd)
      try {
        // another process may have refreshed between our cache read and the lock
        const cached = readCache(cacheFile, key)
        return cached && stillFresh(cached, now()) ? cached : await refresh()
      } finally {
        unlinkSync(lock)
      }
    }
    await sleep(POLL_MS)
    const cached = readCache(cacheFile, key)
    if (cached && stillFresh(cached, now())) return cached
    if (lockAgeMs(lock, now()) > STALE_LOCK_MS) removeQuietly(lock)
  }
}

function tryLock(lock: string): number | undefined {
  try {
    return openSync(lock, 'wx', 0o600)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return undefined
    throw e
  }
}

function lockAgeMs(lock: string, nowMs: number): number {
  try {
    return nowMs - statSync(lock).mtimeMs
  } catch {
    return 0
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path)
  } catch {
    // already gone: someone else took it over
  }
}
