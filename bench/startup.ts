// Startup benchmark (not a test): wall time of the action's child process under Node 24,
// against one loopback emulator started once (its start-up is not timed).
//
//   npm run bench [-- --runs N] [-- --json]
//   CAC_DIST=/path/to/configure-aws-credentials/dist/index.js npm run bench
//
// Cases: `node -e 0` (the floor); dist/index.js succeeding end to end (ID token, both STS
// calls, export); dist/index.js failing on an invalid input (start-up + input parsing, no
// network); and, with CAC_DIST, that action run the same way. Runs are interleaved
// (one of each case per round) so that drift on the machine affects all cases alike.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { node24Path } from '../emulator/node24.js'
import { runAction, type RunResult } from '../emulator/runner.js'
import { ROLE_ARN } from '../emulator/scenarios.js'
import { startEmulator, type Emulator } from '../emulator/server.js'

interface Case {
  name: string
  /** one run: its wall time in ms; throws when the run did not do what the case measures */
  run(): Promise<number>
}

interface Stats {
  name: string
  minMs: number
  medianMs: number
  p90Ms: number
  /** median minus the `node -e 0` median */
  overheadMs: number
}

function parseArgs(argv: string[]): { runs: number; json: boolean } {
  let runs = 30
  let json = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') json = true
    else if (arg === '--runs' || arg.startsWith('--runs=')) {
      const value = arg === '--runs' ? argv[++i] : arg.slice('--runs='.length)
      runs = Number(value)
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a positive integer, got '${value}'`)
    } else throw new Error(`unknown argument '${arg}' (usage: startup.ts [--runs N] [--json])`)
  }
  return { runs, json }
}

/** Wall time of `node -e 0`, spawned the way runAction spawns the action (detached, piped output). */
function bareNode(node: string): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now()
    const child = spawn(node, ['-e', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { PATH: process.env.PATH ?? '' }
    })
    child.stdout.resume()
    child.stderr.resume()
    child.once('error', reject)
    child.once('close', (code) => {
      if (code === 0) resolvePromise(performance.now() - started)
      else reject(new Error(`node -e 0 exited with ${code}`))
    })
  })
}

function check(result: RunResult, ok: boolean, what: string): number {
  if (!ok) {
    throw new Error(
      `${what}: unexpected result (exit ${result.exitCode}${result.timedOut ? ', timed out' : ''})\n${result.log.slice(-3000)}`
    )
  }
  return result.durationMs
}

/** The directory holding the other action's action.yml: next to its entry or one level up (dist/index.js). */
function actionDirOf(entry: string): string {
  for (const dir of [dirname(entry), dirname(dirname(entry))]) {
    if (existsSync(join(dir, 'action.yml')) || existsSync(join(dir, 'action.yaml'))) return dir
  }
  throw new Error(
    `CAC_DIST=${entry}: no action.yml next to it or in its parent directory (needed for its input defaults)`
  )
}

function cases(emu: Emulator, node: string): Case[] {
  const env = {
    ACTIONS_ID_TOKEN_REQUEST_URL: emu.tokenRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.tokenRequestToken,
    AWS_ENDPOINT_URL_STS: emu.stsEndpoint
  }
  const inputs = { 'role-to-assume': ROLE_ARN, 'aws-region': 'eu-west-1' }
  const list: Case[] = [
    { name: 'node -e 0', run: () => bareNode(node) },
    {
      name: 'ours: success',
      run: async () => {
        const r = await runAction({ inputs, env, timeoutMs: 60_000 })
        return check(r, r.exitCode === 0 && Boolean(r.env.AWS_SESSION_TOKEN), 'ours: success')
      }
    },
    {
      name: 'ours: invalid input',
      run: async () => {
        const before = emu.calls.length
        const r = await runAction({
          inputs: { ...inputs, 'role-session-name': 'dependabot[bot]' },
          env,
          timeoutMs: 60_000
        })
        return check(
          r,
          r.exitCode === 1 && emu.calls.length === before,
          'ours: invalid input (must fail without a request)'
        )
      }
    }
  ]
  const cacDist = process.env.CAC_DIST
  if (cacDist) {
    const entry = resolve(cacDist)
    if (!existsSync(entry)) throw new Error(`CAC_DIST=${cacDist} does not exist`)
    const actionDir = actionDirOf(entry)
    list.push({
      name: 'CAC_DIST: success',
      run: async () => {
        const r = await runAction({ entry, actionDir, inputs, env, timeoutMs: 60_000 })
        return check(
          r,
          r.exitCode === 0 && Boolean(r.env.AWS_SESSION_TOKEN ?? r.outputs['aws-session-token']),
          'CAC_DIST: success'
        )
      }
    })
  }
  return list
}

function stats(name: string, samples: number[], floorMedian: number): Stats {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
  const median =
    sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]
      : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
  const round = (x: number): number => Math.round(x * 10) / 10
  return {
    name,
    minMs: round(sorted[0]),
    medianMs: round(median),
    p90Ms: round(at(0.9)),
    overheadMs: round(median - floorMedian)
  }
}

function table(rows: Stats[]): string {
  const head = ['case', 'min ms', 'median ms', 'p90 ms', 'overhead ms']
  const body = rows.map((r) => [
    r.name,
    r.minMs.toFixed(1),
    r.medianMs.toFixed(1),
    r.p90Ms.toFixed(1),
    r === rows[0] ? '—' : r.overheadMs.toFixed(1)
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)))
  const line = (row: string[]): string =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n')
}

async function main(): Promise<void> {
  const { runs, json } = parseArgs(process.argv.slice(2))
  const node = node24Path()
  const emu = await startEmulator()
  try {
    const list = cases(emu, node)
    const progress = !json && process.stderr.isTTY
    for (const c of list) await c.run() // warm-up (file cache, JIT of the host side)
    const samples = new Map(list.map((c) => [c.name, [] as number[]]))
    for (let i = 0; i < runs; i++) {
      for (const c of list) samples.get(c.name)!.push(await c.run())
      if (progress) process.stderr.write(`\rround ${i + 1}/${runs}`)
    }
    if (progress) process.stderr.write('\n')
    const floor = stats(list[0].name, samples.get(list[0].name)!, 0).medianMs
    const rows = list.map((c) => stats(c.name, samples.get(c.name)!, floor))
    const machine = {
      node: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim(),
      nodePath: node,
      cpu: cpus()[0]?.model ?? 'unknown',
      cpus: cpus().length
    }
    if (json) {
      console.log(JSON.stringify({ runs, ...machine, cacDist: process.env.CAC_DIST ?? null, results: rows }, null, 2))
    } else {
      console.log(
        `${runs} runs each after one warm-up; Node ${machine.node} (${node}); ${machine.cpus} × ${machine.cpu}`
      )
      console.log('overhead = median − median of `node -e 0`\n')
      console.log(table(rows))
    }
  } finally {
    await emu.close()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exitCode = 1
})
