// A throttled matrix: N jobs start together against one emulator whose STS has a shared
// quota; each job is the built action run the way the runner runs it. Reports what a user
// and an account owner care about: how many jobs got credentials, how long they took, and
// how many STS calls the account spent (throttled ones included).
import { runAction } from './runner.js'
import type { StsQuota } from './quota.js'
import { ROLE_ARN } from './scenarios.js'
import { startEmulator } from './server.js'

export interface LoadOptions {
  jobs: number
  quota: StsQuota
  /** the action: default this repository's dist/index.js with its action.yml */
  entry?: string
  actionDir?: string
  /** extra `with:` inputs for every job */
  inputs?: Record<string, string>
  /** each job is killed after this long; default 120 s */
  timeoutMs?: number
}

export interface JobOutcome {
  exitCode: number | null
  durationMs: number
  /** it exported credentials */
  gotCredentials: boolean
  diagnosis?: string
  log: string
  summary: string
}

export interface LoadReport {
  jobs: number
  quota: StsQuota
  successes: number
  /** per job, start to exit */
  wallMs: { p50: number; p95: number; max: number }
  /** every STS request the account saw, throttled ones included */
  stsCalls: number
  throttledCalls: number
  outcomes: JobOutcome[]
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export async function runLoad(o: LoadOptions): Promise<LoadReport> {
  const emu = await startEmulator({ stsQuota: o.quota })
  // each job's runner listens for this process's exit (to kill the child)
  const listeners = process.getMaxListeners()
  process.setMaxListeners(listeners + o.jobs)
  try {
    const endpoint = emu.stsEndpoint.replace(/\/$/, '')
    const outcomes = await Promise.all(
      Array.from({ length: o.jobs }, async (_, i): Promise<JobOutcome> => {
        const r = await runAction({
          entry: o.entry,
          actionDir: o.actionDir,
          timeoutMs: o.timeoutMs,
          inputs: { 'role-to-assume': ROLE_ARN, 'aws-region': 'eu-west-1', ...o.inputs },
          env: {
            ACTIONS_ID_TOKEN_REQUEST_URL: emu.tokenRequestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.tokenRequestToken,
            AWS_ENDPOINT_URL_STS: endpoint,
            AWS_ENDPOINT_URL: endpoint
          },
          github: { job: `deploy-${i + 1}` }
        })
        return {
          exitCode: r.exitCode,
          durationMs: r.durationMs,
          gotCredentials: r.exitCode === 0 && r.env.AWS_SESSION_TOKEN !== undefined,
          diagnosis: r.outputs.diagnosis,
          log: r.log,
          summary: r.summary
        }
      })
    )
    const sts = emu.calls.filter((c) => c.target !== 'token' && c.target !== 'jwks' && c.path === '/')
    const walls = outcomes.map((x) => x.durationMs).sort((a, b) => a - b)
    return {
      jobs: o.jobs,
      quota: o.quota,
      successes: outcomes.filter((x) => x.gotCredentials).length,
      wallMs: { p50: percentile(walls, 50), p95: percentile(walls, 95), max: walls.at(-1) ?? 0 },
      stsCalls: sts.length,
      throttledCalls: sts.filter((c) => c.code === 'Throttling').length,
      outcomes
    }
  } finally {
    process.setMaxListeners(listeners)
    await emu.close()
  }
}
