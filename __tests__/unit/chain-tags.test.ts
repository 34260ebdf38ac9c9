// Session tags for role chaining: the run's, made to fit STS, and custom-tags beside them.
import { describe, expect, it } from '@jest/globals'
import { MAX_TAG_VALUE, TAG_CHARACTERS } from '../../src/inputs/tags.js'
import { sanitizeTagValue, sessionTags, transitiveKeys } from '../../src/source/chain-tags.js'

const ENV = {
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_WORKFLOW: 'Deploy #1 (prod)',
  GITHUB_ACTION: '__aws-oidc-credentials',
  GITHUB_ACTOR: 'dependabot[bot]',
  GITHUB_SHA: 'a1b2c3d4',
  GITHUB_REF: 'refs/heads/feature/ä+b'
}

describe('sessionTags', () => {
  it('tags the run; characters STS refuses become _, letters of any script stay', () => {
    expect(sessionTags(ENV, {})).toEqual([
      { key: 'GitHub', value: 'Actions' },
      { key: 'Repository', value: 'octo-org/octo-repo' },
      { key: 'Workflow', value: 'Deploy _1 _prod_' },
      { key: 'Action', value: '__aws-oidc-credentials' },
      { key: 'Actor', value: 'dependabot_bot_' },
      { key: 'Commit', value: 'a1b2c3d4' },
      { key: 'Branch', value: 'refs/heads/feature/ä+b' }
    ])
    for (const t of sessionTags(ENV, {})) expect(TAG_CHARACTERS.test(t.value)).toBe(true)
  })

  it('cuts values at 256 characters (not halfway through a character) and skips unset variables', () => {
    const long = '😀'.repeat(300)
    expect([...sanitizeTagValue(long)]).toHaveLength(MAX_TAG_VALUE)
    expect(sessionTags({ GITHUB_REPOSITORY: 'o/r' }, {}).map((t) => t.key)).toEqual(['GitHub', 'Repository'])
  })

  it("adds custom-tags after the run's own (checked with the inputs: src/inputs/tags.ts)", () => {
    expect(sessionTags(ENV, { Team: 'payments' }).at(-1)).toEqual({ key: 'Team', value: 'payments' })
  })
})

describe('transitiveKeys', () => {
  it('keeps keys that are sent and warns about the others', () => {
    const warnings: string[] = []
    const keys = transitiveKeys(sessionTags(ENV, {}), ['Repository', 'Nope'], (m) => warnings.push(m))
    expect(keys).toEqual(['Repository'])
    expect(warnings).toEqual([expect.stringMatching(/^transitive-tag-keys: Nope is not among the session tags/)])
  })
})
