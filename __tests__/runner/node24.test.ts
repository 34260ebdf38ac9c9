import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { node24Path, repoRoot } from '../../emulator/node24.js'

describe('node24Path', () => {
  it('resolves the repository root from its own location', () => {
    expect(existsSync(join(repoRoot, 'action.yml'))).toBe(true)
    expect(existsSync(join(repoRoot, 'emulator', 'node24.ts'))).toBe(true)
  })

  it('returns an executable Node 24', () => {
    const path = node24Path()
    if (process.version.startsWith('v24.')) expect(path).toBe(process.execPath)
    const out = spawnSync(path, ['--version'], { encoding: 'utf8' })
    expect(out.status).toBe(0)
    expect(out.stdout.trim()).toMatch(/^v24\./)
  })
})
