// The refresh-credentials profile's credential_process answering from its cache: it runs before
// every AWS CLI call of a later step, so it is timed beside `node -e 0` (target: at most 2×).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { repoRoot } from '../emulator/node24.js'
import { cachePath, writeCache } from '../src/sinks/refresh-cache.js'
import { keyOf, toArgs, type RefreshParameters } from '../src/sinks/refresh-parameters.js'
import type { RssProbe, Sample } from './measure.js'

export const CREDENTIAL_PROCESS_CASE = 'credential-process'
/** the target: a cache hit costs at most this many times a bare node start */
export const CACHE_HIT_VS_BARE = 2

const PARAMS: RefreshParameters = {
  roleArn: 'arn:aws:iam::123456789012:role/deploy',
  roleSessionName: 'octo-org.octo-repo-1-1',
  durationSeconds: 3600,
  audience: 'sts.amazonaws.com',
  region: 'eu-west-1',
  managedSessionPolicies: []
}

/** A RUNNER_TEMP whose cache holds a session with an hour left; `close()` removes it. */
export function seededRunnerTemp(): { dir: string; close(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'aws-oidc-bench-cache-'))
  const key = keyOf(PARAMS)
  const now = Date.now()
  writeCache(cachePath(dir, key), key, {
    accessKeyId: 'ASIABENCHBENCHBENCH1',
    secretAccessKey: 'bench/secret/bench/secret/bench/secret/b',
    sessionToken: 'IQoJb3JpZ2luX2VjEBENCH',
    // a day: the seeded entry stays a hit for however long the benchmark runs
    expiration: now + 24 * 3600_000,
    obtained: now
  })
  return { dir, close: () => rmSync(dir, { recursive: true, force: true }) }
}

/** One run of the built CLI's credential-process, as the AWS CLI spawns it; checks it answered from the cache. */
export function cacheHit(node: string, runnerTemp: string, probe: RssProbe): Promise<Sample> {
  const cli = join(repoRoot, 'dist', 'cli', 'index.js')
  const [command, ...args] = [...probe.wrapper(), node, cli, 'credential-process', ...toArgs(PARAMS)]
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', RUNNER_TEMP: runnerTemp }
    })
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.resume()
    child.once('error', reject)
    child.once('close', (code) => {
      const wallMs = performance.now() - started
      if (code === 0 && stdout.includes('"AccessKeyId":"ASIABENCHBENCHBENCH1"'))
        resolve({ wallMs, rssKiB: probe.read() })
      else reject(new Error(`credential-process did not answer from its cache (exit ${code})`))
    })
  })
}
