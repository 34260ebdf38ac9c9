// `aws-oidc-credentials credential-process …`: what a refresh-credentials profile runs whenever
// an AWS SDK or the AWS CLI needs credentials. stdout carries the process-credentials JSON only;
// a failure is one line on stderr (the SDKs show it) with the diagnosis code and the fix.
// A cache hit loads no SDK, no HTTP client and not node:crypto (only fs, path, util and
// diagnostics_channel): it is on the path of every AWS call. The cold path is bundled with it
// (dist/index.js), so the STS client it shares with the action is bundled once.
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import type { Stage } from '../failure/failure.js'
import { logSafe } from '../output/escape.js'
import { freshSession } from './fresh-session.js'
import {
  cachePath,
  ensureCacheDirectory,
  processCredentialsJson,
  readCache,
  stillFresh,
  writeCache,
  type CachedSession
} from '../sinks/refresh-cache.js'
import type { WithProcessVariables } from '../sts/types.js'
import { COMMAND, fromValues, keyOf, OPTIONS, type RefreshParameters } from '../sinks/refresh-parameters.js'

export interface ProcessIo {
  env: Record<string, string | undefined>
  /** how the runner's HTTP client is shown the proxy variables (src/process-variables.ts) */
  withProcessVariables: WithProcessVariables
  stdout(text: string): void
  stderr(text: string): void
  now(): number
}

const PREFIX = `aws-oidc-credentials ${COMMAND}`

/** Returns the exit status: 0 with credentials on stdout, 1 on a failure, 2 on a usage error. */
export async function credentialProcess(args: string[], io: ProcessIo): Promise<number> {
  let params: RefreshParameters
  try {
    const { values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false })
    params = fromValues(values)
  } catch (e) {
    io.stderr(
      `${PREFIX}: invalid-input: ${logSafe((e as Error).message)} (the profile's credential_process is written by the action's refresh-credentials; write it again with the action)\n`
    )
    return 2
  }
  const key = keyOf(params)
  const path = io.env.RUNNER_TEMP ? cachePath(io.env.RUNNER_TEMP, key) : undefined
  const cached = path ? readCache(path, key) : undefined
  if (cached && stillFresh(cached, io.now())) {
    io.stdout(`${processCredentialsJson(cached)}\n`)
    return 0
  }
  const progress: { stage: Stage } = { stage: 'token' }
  try {
    const obtain = () => freshSession(params, io.env, progress, io.withProcessVariables)
    const session = path ? await refreshCached(path, key, io, obtain) : await obtain()
    io.stdout(`${processCredentialsJson(session)}\n`)
    return 0
  } catch (e) {
    io.stderr(`${await failureLine(e, progress.stage, io.now())}\n`)
    return 1
  }
}

/** A fresh session under the cache's lock, written to the cache for the next calls. */
async function refreshCached(
  path: string,
  key: string,
  io: ProcessIo,
  obtain: () => Promise<CachedSession>
): Promise<CachedSession> {
  try {
    ensureCacheDirectory(dirname(path))
  } catch (e) {
    // no usable cache (RUNNER_TEMP cleaned, or not private): serve uncached rather than fail
    io.stderr(`${PREFIX}: warning: no credential cache: ${logSafe((e as Error).message)}\n`)
    return obtain()
  }
  const { refreshLocked } = await import('./refresh-lock.js')
  return refreshLocked(path, key, io.now, async () => {
    const session = await obtain()
    try {
      writeCache(path, key, session)
    } catch (e) {
      // the credentials are good; the next call just asks STS again
      io.stderr(`${PREFIX}: warning: could not cache the session: ${logSafe((e as Error).message)}\n`)
    }
    return session
  })
}

/** One line: the diagnosis code, the reason and the first fix; never a secret, never a stack. */
async function failureLine(e: unknown, stage: Stage, nowMs: number): Promise<string> {
  // the diagnosis chunk the action loads on a failure, not a copy of its own
  const { classify, fixesOf } = await import('../diagnosis/index.js')
  const failure = classify(e, { stage, nowMs })
  const fix = fixesOf(failure)[0]
  return logSafe(`${PREFIX}: ${failure.code}: ${failure.message}${fix ? ` Fix: ${fix}` : ''}`)
}
