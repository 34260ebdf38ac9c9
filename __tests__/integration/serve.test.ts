// `npm run emulator` by hand: the printed command runs dist/ against it as it is, and the
// emulator stops (and cleans up) on SIGTERM, also when only the shell that started it is told.
import { describe, expect, it } from '@jest/globals'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { repoRoot } from '../../emulator/node24.js'

/** Starts the emulator through `sh -c`, as `npm run` does, and waits for its instructions. */
async function startServe(): Promise<{ shell: ChildProcess; out: string }> {
  const shell = spawn('sh', ['-c', `${JSON.stringify(process.execPath)} --import tsx emulator/serve.ts`], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  let out = ''
  shell.stdout!.setEncoding('utf8')
  await new Promise<void>((resolve, reject) => {
    shell.stdout!.on('data', (d: string) => {
      out += d
      if (out.includes('Ctrl-C stops the emulator.')) resolve()
    })
    shell.once('exit', () => reject(new Error(`serve ended early:\n${out}`)))
  })
  return { shell, out }
}

const pasteable = (out: string): string => {
  const start = out.indexOf('env -i')
  return out.slice(start, out.indexOf('\n\n', start))
}
const baseUrl = (out: string): string => /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]
const workDir = (out: string): string => /GITHUB_ENV='([^']+)\/env'/.exec(out)![1]

async function reachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) })
    return true
  } catch {
    return false
  }
}

async function until(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    if (await check()) return true
  }
  return false
}

describe('npm run emulator', () => {
  it('prints a command that runs dist/ with the defaults of action.yml and the trusted role', async () => {
    const { shell, out } = await startServe()
    try {
      expect(out).toMatch(/The role arn:aws:iam::123456789012:role\/deploy trusts this run's token/)
      const command = pasteable(out)
      expect(command).toContain("INPUT_ROLE-TO-ASSUME='arn:aws:iam::123456789012:role/deploy'")
      expect(command).toContain("INPUT_AUDIENCE='sts.amazonaws.com'")
      const r = spawnSync('sh', ['-c', command], { encoding: 'utf8', timeout: 30_000 })
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      expect(r.stdout).toMatch(/^✔ Verified arn:aws:sts::123456789012:assumed-role\/deploy\//m)
      expect(readFileSync(`${workDir(out)}/env`, 'utf8')).toContain('AWS_ACCESS_KEY_ID<<')
    } finally {
      shell.kill('SIGTERM')
    }
  })

  it('stops the server and removes its files on SIGTERM, even when only its shell gets the signal', async () => {
    const { shell, out } = await startServe()
    const url = baseUrl(out)
    expect(await reachable(url)).toBe(true)
    shell.kill('SIGTERM')
    await once(shell, 'exit')
    expect(await until(async () => !(await reachable(url)), 5000)).toBe(true)
    expect(await until(() => !existsSync(workDir(out)), 5000)).toBe(true)
  })
})
