// dist/ staleness is decided by the content of the build's inputs, never by file times.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildInputsHash, HASH_FILE } from '../../scripts/build-inputs.mjs'
import { distIsStale } from '../../scripts/ensure-built.mjs'

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'build-inputs-'))
  mkdirSync(join(root, 'src', 'policy'), { recursive: true })
  mkdirSync(join(root, 'scripts'))
  writeFileSync(join(root, 'src', 'index.ts'), 'export {}\n')
  writeFileSync(join(root, 'src', 'policy', 'a.ts'), 'export const a = 1\n')
  writeFileSync(join(root, 'package.json'), '{}\n')
  writeFileSync(join(root, 'package-lock.json'), '{}\n')
  writeFileSync(join(root, 'tsconfig.json'), '{}\n')
  writeFileSync(join(root, 'scripts', 'build.mjs'), '\n')
  return root
}

describe('build inputs hash', () => {
  it('ignores file times and changes with any input file, its path or a new file', () => {
    const root = tree()
    try {
      const first = buildInputsHash(root)
      utimesSync(join(root, 'src', 'policy', 'a.ts'), new Date(2030, 0, 1), new Date(2030, 0, 1))
      expect(buildInputsHash(root)).toBe(first)
      writeFileSync(join(root, 'src', 'policy', 'a.ts'), 'export const a = 2\n')
      const edited = buildInputsHash(root)
      expect(edited).not.toBe(first)
      writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n')
      expect(buildInputsHash(root)).not.toBe(edited)
      const locked = buildInputsHash(root)
      writeFileSync(join(root, 'src', 'new.ts'), '')
      expect(buildInputsHash(root)).not.toBe(locked)
      // files outside the inputs (tests, docs) do not make dist/ stale
      const withNew = buildInputsHash(root)
      writeFileSync(join(root, 'README.md'), '# x\n')
      expect(buildInputsHash(root)).toBe(withNew)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('is what the build recorded in dist/ (jest built it first when it was stale)', () => {
    expect(readFileSync(HASH_FILE, 'utf8').trim()).toBe(buildInputsHash(process.cwd()))
    expect(distIsStale()).toBe(false)
  })
})
