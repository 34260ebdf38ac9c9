// What a user copies from the docs runs as documented: the action's `uses:` lines give no pin
// warning, and every `npx` command names this exact release (package.json's version).
import { describe, expect, it } from '@jest/globals'
import { unpinnedRefWarning } from '../../src/pipeline/pinning.js'
import { docFiles, withVersion } from '../../scripts/docs-version.js'
import { readRepoFile } from './markdown.js'

const pkg = JSON.parse(readRepoFile('package.json')) as { name: string; version: string }
const docs = docFiles().map((file) => ({ file, text: readRepoFile(file) }))
const USES = /uses: ([\w.-]+\/aws-oidc-credentials)@(\S+)/g

describe('the docs, copied', () => {
  it('use the action only in forms that give no pin warning', () => {
    const uses = docs.flatMap(({ file, text }) =>
      [...text.matchAll(USES)].map((m) => ({ file, repo: m[1], ref: m[2] }))
    )
    expect(uses.length).toBeGreaterThan(10)
    // <40-hex commit sha> explains the SHA form; it is not a workflow line to copy
    const copyable = uses.filter((u) => !u.ref.startsWith('<'))
    const warned = copyable.filter(
      (u) => unpinnedRefWarning({ GITHUB_ACTION_REPOSITORY: u.repo, GITHUB_ACTION_REF: u.ref }) !== undefined
    )
    expect(warned).toEqual([])
    expect(copyable.filter((u) => u.ref !== `v${pkg.version}`)).toEqual([])
  })

  it('name this exact version in every npx command', () => {
    const npx = docs.flatMap(({ file, text }) =>
      [...text.matchAll(/npx aws-oidc-credentials([^\s`]*)/g)].map((m) => ({ file, at: m[1] }))
    )
    expect(npx.length).toBeGreaterThan(3)
    expect(npx.filter((n) => n.at !== `@${pkg.version}`)).toEqual([])
  })

  it('are what npm run docs:version writes', () => {
    for (const { file, text } of docs)
      expect({ file, same: withVersion(text, pkg.version) === text }).toEqual({ file, same: true })
  })
})
