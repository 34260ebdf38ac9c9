// Load benchmark (not a test): a matrix of N jobs starting together against an STS quota.
//
//   npm run bench:load [-- --jobs 40] [-- --rate 5] [-- --burst 5] [-- --incumbent DIR] [-- --json]
//
// Without --rate it runs the README's two cases (5/s and 15/s, burst 5 both). With
// --incumbent DIR (a checkout holding action.yml and dist/index.js of another action, such as
// aws-actions/configure-aws-credentials) that action runs the same cases after this one.
import { join, resolve } from 'node:path'
import { runLoad, type LoadReport } from '../emulator/load.js'
import type { StsQuota } from '../emulator/quota.js'

interface Args {
  jobs: number
  quotas: StsQuota[]
  incumbent?: string
  json: boolean
}

function parseArgs(argv: string[]): Args {
  const args: Args = { jobs: 40, quotas: [], json: false }
  let rate: number | undefined
  let burst: number | undefined
  const number = (name: string, value: string | undefined): number => {
    const n = Number(value)
    if (!(n > 0)) throw new Error(`${name} needs a positive number, got '${value}'`)
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') args.json = true
    else if (arg === '--jobs') args.jobs = number(arg, argv[++i])
    else if (arg === '--rate') rate = number(arg, argv[++i])
    else if (arg === '--burst') burst = number(arg, argv[++i])
    else if (arg === '--incumbent') args.incumbent = resolve(argv[++i] ?? '')
    else
      throw new Error(
        `unknown argument '${arg}' (usage: load.ts [--jobs N] [--rate R] [--burst B] [--incumbent DIR] [--json])`
      )
  }
  args.quotas =
    rate === undefined
      ? [
          { ratePerSecond: 5, burst: 5 },
          { ratePerSecond: 15, burst: 5 }
        ]
      : [{ ratePerSecond: rate, burst: burst ?? rate }]
  return args
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`

function line(name: string, r: LoadReport): string {
  const q = `${r.quota.ratePerSecond}/s burst ${r.quota.burst}`
  return [
    name.padEnd(28),
    q.padEnd(16),
    `${r.successes}/${r.jobs}`.padEnd(8),
    `${seconds(r.wallMs.p50)} / ${seconds(r.wallMs.p95)} / ${seconds(r.wallMs.max)}`.padEnd(26),
    `${r.stsCalls} (${r.throttledCalls} throttled)`
  ].join(' ')
}

const args = parseArgs(process.argv.slice(2))
const actions = [
  { name: 'aws-oidc-credentials', entry: undefined as string | undefined, actionDir: undefined as string | undefined }
]
if (args.incumbent) {
  actions.push({ name: 'incumbent', entry: join(args.incumbent, 'dist', 'index.js'), actionDir: args.incumbent })
}
const results: { action: string; report: LoadReport }[] = []
if (!args.json) {
  console.log(`${args.jobs} jobs starting together; wall time per job p50 / p95 / max; STS calls the account saw`)
  console.log(
    ['action'.padEnd(28), 'quota'.padEnd(16), 'ok'.padEnd(8), 'p50 / p95 / max'.padEnd(26), 'STS calls'].join(' ')
  )
}
for (const quota of args.quotas) {
  for (const a of actions) {
    const report = await runLoad({ jobs: args.jobs, quota, entry: a.entry, actionDir: a.actionDir })
    results.push({ action: a.name, report })
    if (!args.json) console.log(line(a.name, report))
    const failed = report.outcomes.filter((o) => !o.gotCredentials)
    if (!args.json && failed.length > 0) {
      console.log(`  failed: ${failed.map((o) => o.diagnosis ?? `exit ${o.exitCode}`).join(', ')}`)
    }
  }
}
if (args.json) console.log(JSON.stringify(results, null, 2))
