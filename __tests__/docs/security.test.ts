// SECURITY.md lists what the action guarantees, each with an id (S1, S2, ...); the tests that
// check a guarantee carry its id in their name. Neither side may name an id the other lacks.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { readRepoFile, repoPath } from './markdown.js'

const ID = /\bS\d+\b/g

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return testFiles(join(dir, e.name))
    return e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []
  })
}

/** Ids named in test titles: `it('[S3] ...')`, `describe('[S1][S2] ...')`. */
function idsInTests(): Map<string, string[]> {
  const found = new Map<string, string[]>()
  const root = repoPath('__tests__')
  for (const file of testFiles(root)) {
    const text = readFileSync(file, 'utf8')
    for (const title of text.matchAll(/\b(?:it|describe|test)\(\s*(['"`])((?:\[S\d+\])+)/g)) {
      for (const id of title[2].match(ID) ?? []) found.set(id, [...(found.get(id) ?? []), relative(root, file)])
    }
  }
  return found
}

describe('SECURITY.md', () => {
  const doc = readRepoFile('SECURITY.md')
  const guarantees = [...doc.matchAll(/^- \*\*(S\d+) — ([^*]+)\*\*/gm)].map((m) => ({ id: m[1], title: m[2] }))

  it('says how to report a vulnerability privately, on the canonical repository', () => {
    expect(doc).toContain('github.com/aws-oidc-credentials/aws-oidc-credentials/security/advisories/new')
    expect(doc).toMatch(/privately/)
  })

  it('lists guarantees with distinct ids, in order', () => {
    expect(guarantees.length).toBeGreaterThanOrEqual(5)
    expect(guarantees.map((g) => g.id)).toEqual(guarantees.map((_g, i) => `S${i + 1}`))
  })

  it('every guarantee is checked by a test that names its id, and tests name no other id', () => {
    const tested = idsInTests()
    expect(guarantees.filter((g) => !tested.has(g.id)).map((g) => `${g.id} — ${g.title}`)).toEqual([])
    const listed = new Set(guarantees.map((g) => g.id))
    expect([...tested.keys()].filter((id) => !listed.has(id))).toEqual([])
  })

  it('the README points to it', () => {
    expect(readRepoFile('README.md')).toMatch(/\]\(SECURITY\.md\)/)
  })
})
