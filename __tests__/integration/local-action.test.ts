// `npm run local-action`: @github/local-action imports src/action.ts, calls the run() it exports
// (no arguments: the default dependencies) against the emulator, and the process ends by itself
// with the action's outcome as its exit code. local-action is no devDependency (about 290
// packages): these tests run where it is installed (.ci/run does, at package.json's
// config.localAction) and say so when they are skipped, rather than downloading it mid-test.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../../emulator/node24.js'

function localAction(args: string[] = []) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'emulator/local-action.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 60_000
  })
  return { code: r.status, signal: r.signal, out: r.stdout + r.stderr }
}

const installed = existsSync(join(repoRoot, 'node_modules', '.bin', 'local-action'))
if (!installed)
  console.warn(
    'Skipping the local-action tests: @github/local-action is not installed ' +
      '(npm install --no-save "$(node -p "require(\'./package.json\').config.localAction")")'
  )

;(installed ? describe : describe.skip)('npm run local-action', () => {
  it('runs the action with .env.example against the emulator: verified credentials, outputs, exit 0', () => {
    const { code, signal, out } = localAction()
    expect({ code, signal }).toEqual({ code: 0, signal: null })
    expect(out).toContain('local-action with .env.example')
    expect(out).toMatch(/✔ Verified arn:aws:sts::123456789012:assumed-role\/deploy\/octo-org\.octo-repo-9876543210-1/)
    expect(out).toMatch(/'authenticated-arn'\s*│\s*'arn:aws:sts::123456789012:assumed-role\/deploy\//)
  })

  it('ends with exit code 1 and the diagnosis when the role does not trust the run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'local-action-test-'))
    try {
      const env = join(dir, 'other.env')
      const example = readFileSync(join(repoRoot, '.env.example'), 'utf8')
      writeFileSync(env, example.replace('role/deploy', 'role/someone-else'))
      const { code, out } = localAction([env])
      expect(code).toBe(1)
      expect(out).toContain('✖ trust-policy-denied: ')
      expect(out).toMatch(/'diagnosis'\s*│\s*'trust-policy-denied'/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
