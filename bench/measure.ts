// One timed run: wall time from spawn to exit (as the runner sees it) and the child's peak RSS,
// read by GNU time from wait4() — the child itself is not changed by the measurement.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

export interface Sample {
  wallMs: number
  /** peak resident set size in KiB; null when GNU time is not available */
  rssKiB: number | null
}

const GNU_TIME = '/usr/bin/time'

/** Wraps a command so that its peak RSS lands in a file; `read()` returns it after the run. */
export class RssProbe {
  private readonly dir = mkdtempSync(join(tmpdir(), 'aws-oidc-bench-'))
  private readonly file = join(this.dir, 'rss')
  readonly available: boolean

  constructor() {
    this.available = existsSync(GNU_TIME)
  }

  /** argv to put in front of the measured program (empty without GNU time) */
  wrapper(): string[] {
    rmSync(this.file, { force: true })
    return this.available ? [GNU_TIME, '-f', '%M', '-o', this.file] : []
  }

  read(): number | null {
    if (!this.available) return null
    // GNU time writes "Command exited with non-zero status N" before the format for a failed child.
    const lines = readFileSync(this.file, 'utf8').trim().split('\n')
    const kib = Number(lines[lines.length - 1])
    if (!Number.isFinite(kib) || kib <= 0) throw new Error(`${GNU_TIME} reported no peak RSS: ${lines.join(' / ')}`)
    return kib
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

/** `node -e 0`, spawned as the runner spawns the action (own process group, piped output). */
export function bareNode(node: string, probe: RssProbe): Promise<Sample> {
  const [command, ...args] = [...probe.wrapper(), node, '-e', '0']
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { PATH: process.env.PATH ?? '' }
    })
    child.stdout.resume()
    child.stderr.resume()
    child.once('error', reject)
    child.once('close', (code) => {
      const wallMs = performance.now() - started
      if (code === 0) resolve({ wallMs, rssKiB: probe.read() })
      else reject(new Error(`node -e 0 exited with ${code}`))
    })
  })
}

export interface Summary {
  n: number
  wallMs: { median: number; min: number; max: number }
  rssMiB: { median: number; min: number; max: number } | null
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

const round1 = (x: number): number => Math.round(x * 10) / 10

function spread(values: number[]): { median: number; min: number; max: number } {
  return { median: round1(median(values)), min: round1(Math.min(...values)), max: round1(Math.max(...values)) }
}

export function summarize(samples: Sample[]): Summary {
  const rss = samples.map((s) => s.rssKiB).filter((x): x is number => x !== null)
  return {
    n: samples.length,
    wallMs: spread(samples.map((s) => s.wallMs)),
    rssMiB: rss.length === samples.length ? spread(rss.map((k) => k / 1024)) : null
  }
}
