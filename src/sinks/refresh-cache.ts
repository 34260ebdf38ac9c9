// refresh-credentials' cache: the last session credential-process obtained, in a 0600 file of a
// 0700 directory under RUNNER_TEMP, so many tool calls within one session cost one STS call.
// Only node:fs and node:path: a cache hit must start as fast as bare node (node:crypto alone
// would load Node's streams, several milliseconds on every AWS call).
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  type Stats,
  openSync,
  readSync,
  unlinkSync
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { writeFileAtomically } from './atomic-write.js'

/** The directory under RUNNER_TEMP that holds the cache files (never the workspace). */
export const CACHE_DIRECTORY = 'aws-oidc-credentials-refresh'
/** botocore asks again from 15 minutes before expiry; the cache answers until then at most. */
const REFRESH_MARGIN_MS = 15 * 60 * 1000
/** a cache file is a few kilobytes: anything larger is not ours */
const MAX_CACHE_BYTES = 64 * 1024

export interface CachedSession {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  /** epoch ms */
  expiration: number
  /** when STS issued it (epoch ms): with the expiration, how long the session lasts */
  obtained: number
}

/** What identifies the session a profile asks for: a cache entry for other parameters is a miss. */
export function cacheKey(parameters: Record<string, string | undefined>): string {
  // the parameters themselves, compared whole: no hash collision can serve another session
  return JSON.stringify(parameters)
}

/** 64 bits of FNV-1a over the key: a file name per parameters (the entry holds the key itself). */
function fileId(key: string): string {
  let a = 0x811c9dc5
  let b = 0x050c5d1f
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193) >>> 0
    b = Math.imul(b ^ c, 0x01000193) >>> 0
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')
}

/** The lock file beside a cache file (src/cli/refresh-lock.ts). */
export const lockPath = (cacheFile: string): string => `${cacheFile}.lock`

/** The cache file of a profile's parameters, under RUNNER_TEMP. */
export function cachePath(runnerTemp: string, key: string): string {
  return join(runnerTemp, CACHE_DIRECTORY, `session-${fileId(key)}.json`)
}

/** Still served: at least min(15 minutes, half the session) remain. */
export function stillFresh(s: CachedSession, nowMs: number): boolean {
  const margin = Math.min(REFRESH_MARGIN_MS, (s.expiration - s.obtained) / 2)
  return s.expiration - nowMs >= margin
}

/**
 * The cached session for `key`, or undefined: missing, someone else's, readable by others, a
 * link, malformed or for other parameters all count as a miss (the next write replaces it).
 */
export function readCache(path: string, key: string): CachedSession | undefined {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW)
  } catch {
    return undefined
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile() || st.size > MAX_CACHE_BYTES || (st.mode & 0o077) !== 0) return undefined
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return undefined
    const buffer = Buffer.alloc(st.size)
    const read = readSync(fd, buffer, 0, st.size, 0)
    return parseEntry(buffer.toString('utf8', 0, read), key)
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

function parseEntry(text: string, key: string): CachedSession | undefined {
  let entry: Record<string, unknown>
  try {
    entry = JSON.parse(text) as Record<string, unknown>
  } catch {
    return undefined
  }
  const { accessKeyId, secretAccessKey, sessionToken, expiration, obtained } = entry
  if (entry.key !== key) return undefined
  if (![accessKeyId, secretAccessKey, sessionToken].every((v) => typeof v === 'string' && v !== '')) return undefined
  if (typeof expiration !== 'number' || typeof obtained !== 'number') return undefined
  return { accessKeyId, secretAccessKey, sessionToken, expiration, obtained } as CachedSession
}

/** Refuses a cache directory that others could write to or that is a link; creates it 0700. */
export function ensureCacheDirectory(dir: string): void {
  let st: Stats | undefined
  try {
    st = lstatSync(dir)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
  }
  if (!st) {
    mkdirSync(dir, { mode: 0o700 })
    return
  }
  if (st.isSymbolicLink() || !st.isDirectory()) throw new Error(`${dir} is not a directory (or is a symbolic link)`)
  if ((st.mode & 0o077) !== 0)
    throw new Error(`${dir} is accessible to other users (mode ${(st.mode & 0o777).toString(8)})`)
  if (typeof process.getuid === 'function' && st.uid !== process.getuid())
    throw new Error(`${dir} belongs to another user`)
}

/** Written 0600 beside the file and renamed over it: a reader never sees half an entry. */
export function writeCache(path: string, key: string, s: CachedSession): void {
  ensureCacheDirectory(dirname(path))
  writeFileAtomically(path, JSON.stringify({ key, ...s }), 'utf8')
}

/** The post step's removal: the file itself (a link is removed, never followed). */
export function removeCache(path: string): string {
  if (basename(dirname(path)) !== CACHE_DIRECTORY) return `left ${path}: it is not in a ${CACHE_DIRECTORY} directory`
  try {
    // a lock a killed credential process left behind goes with it
    unlinkSync(lockPath(path))
  } catch {
    // none: the usual case
  }
  try {
    unlinkSync(path)
    return `removed the credential cache ${path}`
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return code === 'ENOENT'
      ? `no credential cache to remove at ${path}`
      : `could not remove the credential cache ${path} (${code ?? 'error'})`
  }
}

/** The process-credentials JSON every SDK and the AWS CLI read from credential_process. */
export function processCredentialsJson(s: CachedSession): string {
  return JSON.stringify({
    Version: 1,
    AccessKeyId: s.accessKeyId,
    SecretAccessKey: s.secretAccessKey,
    SessionToken: s.sessionToken,
    Expiration: new Date(s.expiration).toISOString()
  })
}
