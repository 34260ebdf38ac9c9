// Audit benchmark (not a test): the built CLI's `audit` over N roles (default 1,000: the
// fixture's mix of trust policies repeated) beside a bare `node -e 0`, both pinned to one core
// when taskset is there; the audit's CPU time too, since a busy machine stretches wall time. Each audit run is checked (exit code 1, every role in the report) so a
// broken build cannot look fast. The target: 1,000 roles well under 2 s on one core.
//
//   npm run bench:audit [-- --runs N] [--roles N] [--json]
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { node24Path, repoRoot } from '../emulator/node24.js'
import { ensureBuilt } from '../scripts/ensure-built.mjs'
import { manyRoles } from './audit-roles.js'
import { bareNode, RssProbe, summarize, type Sample } from './measure.js'

const TARGET_MS = 2000
const MIN_RUNS = 5
const TASKSET = '/usr/bin/taskset'
const GNU_TIME = '/usr/bin/time'
const USAGE = 'usage: npm run bench:audit -- [--runs N] [--roles N] [--json]'

interface Args {
  runs: number
  roles: number
  json: boolean
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 11, roles: 1000, json: false }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag === '--json') args.json = true
    else if (flag === '--runs') args.runs = Number(argv[++i])
    else if (flag === '--roles') args.roles = Number(argv[++i])
    else throw new Error(`unknown argument '${flag}'\n${USAGE}`)
  }
  if (!Number.isInteger(args.runs) || args.runs < MIN_RUNS)
    throw new Error(`--runs needs an integer of at least ${MIN_RUNS}`)
  if (!Number.isInteger(args.roles) || args.roles < 1) throw new Error('--roles needs a positive integer')
  return args
}

/** One core: the target is stated for one, and the machine's other cores must not help. */
const oneCore = (): string[] => (existsSync(TASKSET) ? [TASKSET, '-c', '0'] : [])

interface AuditSample extends Sample {
  /** user + system CPU time (GNU time), null without it */
  cpuMs: number | null
}

/** GNU time's user and system seconds and peak RSS, into `out`. */
function cpuWrapper(out: string): string[] {
  return existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%U %S %M', '-o', out] : []
}

/** CPU ms and peak RSS KiB (GNU time writes a "Command exited" line first for a non-zero exit) */
function readTimes(out: string): { cpuMs: number | null; rssKiB: number | null } {
  if (!existsSync(out)) return { cpuMs: null, rssKiB: null }
  const last = readFileSync(out, 'utf8').trim().split('\n').at(-1) ?? ''
  const [user, sys, rss] = last.split(' ').map(Number)
  const cpuMs = Number.isFinite(user) && Number.isFinite(sys) ? Math.round((user + sys) * 1000) : null
  return { cpuMs, rssKiB: Number.isFinite(rss) ? rss : null }
}

function auditOnce(node: string, file: string, roles: number, cpuFile: string): Promise<AuditSample> {
  rmSync(cpuFile, { force: true })
  const [command, ...args] = [...cpuWrapper(cpuFile), ...oneCore(), node, join(repoRoot, 'dist', 'cli', 'index.js')]
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, [...args, 'audit', file, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.resume()
    child.once('error', reject)
    child.once('close', (code) => {
      const wallMs = performance.now() - started
      const report = JSON.parse(Buffer.concat(out).toString('utf8')) as { summary?: { roles?: number } }
      if (code !== 1 || report.summary?.roles !== roles) {
        reject(new Error(`audit exited ${code} with ${report.summary?.roles} roles (expected 1 and ${roles})`))
      } else resolve({ wallMs, ...readTimes(cpuFile) })
    })
  })
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  if (!ensureBuilt()) throw new Error('npm run build failed')
  const node = node24Path()
  const dir = mkdtempSync(join(tmpdir(), 'aws-oidc-audit-bench-'))
  const file = join(dir, 'roles.json')
  writeFileSync(file, manyRoles(args.roles))
  const probe = new RssProbe()
  const bare: Sample[] = []
  const audit: AuditSample[] = []
  try {
    // one warm-up round, not counted
    for (let round = 0; round <= args.runs; round++) {
      const b = await bareNode(node, probe)
      const a = await auditOnce(node, file, args.roles, join(dir, 'cpu'))
      if (round === 0) continue
      bare.push(b)
      audit.push(a)
    }
  } finally {
    probe.close()
    rmSync(dir, { recursive: true, force: true })
  }
  const rows = [
    { label: 'node -e 0', ...summarize(bare) },
    { label: `audit, ${args.roles} roles`, ...summarize(audit) }
  ]
  const cpu = audit.map((a) => a.cpuMs).filter((ms): ms is number => ms !== null)
  const cpuMedian = cpu.length > 0 ? [...cpu].sort((a, b) => a - b)[Math.floor(cpu.length / 2)] : null
  const within = rows[1].wallMs.median < TARGET_MS
  if (args.json) {
    console.log(
      JSON.stringify(
        { roles: args.roles, oneCore: oneCore().length > 0, rows, auditCpuMs: cpuMedian, targetMs: TARGET_MS, within },
        null,
        2
      )
    )
    return
  }
  console.log(
    `${args.runs} runs each${oneCore().length > 0 ? ', pinned to one core' : ''}; wall ms median (min-max), peak RSS MiB`
  )
  for (const r of rows) {
    const rss = r.rssMiB ? `  ${r.rssMiB.median} MiB` : ''
    console.log(`  ${r.label.padEnd(20)} ${r.wallMs.median} ms (${r.wallMs.min}-${r.wallMs.max})${rss}`)
  }
  if (cpuMedian !== null) console.log(`  audit CPU time (user + system), median: ${cpuMedian} ms`)
  console.log(`audit of ${args.roles} roles: ${within ? 'under' : 'OVER'} the ${TARGET_MS} ms target`)
  if (!within) process.exitCode = 1
}

main().catch((e: Error) => {
  console.error(e.message)
  process.exitCode = 1
})
