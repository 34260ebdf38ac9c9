// Issue 18 through the built dist under Node 24 against the emulator: a denial for an enterprise
// or GHES token names that issuer's provider and key prefix first; letter case is said for a
// trust-policy input pattern; a chained AssumeRole denial never shows token evidence.
import { describe, expect, it } from '@jest/globals'
import { play, type Played } from '../../emulator/play.js'
import { findScenario, type Scenario } from '../../emulator/scenarios.js'
import { githubTrustPolicy } from '../../emulator/world.js'

const ACCOUNT = '123456789012'
const DEFAULT_PREFIX = 'token.actions.githubusercontent.com'

/** The lines right under the ✖ title: the reason, then the first fix. */
function underTitle(p: Played): string[] {
  const lines = p.result.log.split('\n')
  const at = lines.findIndex((l) => l.startsWith('✖ '))
  return lines.slice(at + 1, at + 3)
}

/** A token of `issuer`, whose provider exists, against a role whose policy trusts it but uses github.com's key prefix. */
function ownIssuer(issuer: string, inputs: Record<string, string> = {}): Scenario {
  return {
    name: 'own-issuer',
    code: 'trust-policy-denied',
    description: 'a token of its own issuer, policy keys of the default prefix',
    run: { issuer },
    inputs,
    setup: (emu) => {
      const account = emu.world.accounts[ACCOUNT]
      account.oidcProviders.push({ url: issuer, clientIds: ['sts.amazonaws.com'] })
      const policy = githubTrustPolicy('repo:octo-org/octo-repo:*', { issuer }) as {
        Statement: { Condition: Record<string, Record<string, unknown>> }[]
      }
      // the right provider, the keys of github.com's default issuer
      policy.Statement[0].Condition = {
        StringEquals: { [`${DEFAULT_PREFIX}:aud`]: 'sts.amazonaws.com' },
        StringLike: { [`${DEFAULT_PREFIX}:sub`]: 'repo:octo-org/octo-repo:*' }
      }
      account.roles[0].trustPolicy = policy
      const files: Record<string, string> = {}
      if (inputs['trust-policy']) files['trust-policy.json'] = JSON.stringify(policy)
      return files
    },
    expect: [],
    withinSeconds: 10
  }
}

describe('a denied token of an issuer of its own: its provider and key prefix come first', () => {
  it.each([
    [
      'an enterprise slug',
      'https://token.actions.githubusercontent.com/acme',
      'token.actions.githubusercontent.com/acme'
    ],
    ['GHE.com', 'https://token.actions.octo.ghe.com', 'token.actions.octo.ghe.com'],
    ['GHES', 'https://ghes.example.com/_services/token', 'ghes.example.com/_services/token']
  ])('%s, without the trust-policy input', async (_label, issuer, prefix) => {
    const p = await play(ownIssuer(issuer))
    expect(p.result.outputs.diagnosis).toBe('trust-policy-denied')
    const [reason, fix] = underTitle(p)
    const provider = `arn:aws:iam::${ACCOUNT}:oidc-provider/${prefix}`
    expect(reason).toContain(provider)
    expect(reason).toContain(`${prefix}:sub`)
    expect(reason).toContain('keys of another prefix')
    expect(fix).toMatch(/^ {2}fix: /)
    expect(fix).toContain(provider)
    expect(fix).toContain(`the prefix ${prefix}:`)
    expect(p.result.log).not.toContain('Nothing in this token explains the denial')
  })

  it('with the trust-policy input: the keys of another prefix are named, not called absent', async () => {
    const issuer = 'https://token.actions.githubusercontent.com/acme'
    const p = await play(ownIssuer(issuer, { 'trust-policy': 'trust-policy.json' }))
    const [reason, fix] = underTitle(p)
    expect(reason).toContain("keys of another issuer's prefix, absent from this request")
    expect(reason).toContain(`${DEFAULT_PREFIX}/acme:sub`)
    expect(fix).toContain(`arn:aws:iam::${ACCOUNT}:oidc-provider/${DEFAULT_PREFIX}/acme`)
    expect(p.result.log).toContain(`this token's key is ${DEFAULT_PREFIX}/acme:aud = sts.amazonaws.com`)
    expect(p.result.log).not.toContain("this token's is (absent)")
  })
})

describe('letter case through the trust-policy input (a pattern)', () => {
  it('says the values differ only by letter case, first', async () => {
    const policy = githubTrustPolicy('repo:Octo-Org/octo-repo:*')
    const p = await play({
      name: 'case-pattern',
      code: 'trust-policy-denied',
      description: 'a StringLike pattern in other letter case',
      inputs: { 'trust-policy': 'trust-policy.json' },
      setup: (emu) => {
        emu.world.accounts[ACCOUNT].roles[0].trustPolicy = policy
        return { 'trust-policy.json': JSON.stringify(policy) }
      },
      expect: [],
      withinSeconds: 10
    })
    expect(p.result.outputs.diagnosis).toBe('trust-policy-denied')
    const [reason, fix] = underTitle(p)
    expect(reason).toContain('differs from the token only by letter case: IAM string matching is case-sensitive')
    expect(fix).toContain('write the value exactly as the token has it')
    expect(p.result.log).not.toContain('is not among the values')
  })
})

describe('role chaining: a denial without AWS’s usual wording', () => {
  it('is a chaining diagnosis with the external id, never token evidence', async () => {
    const p = await play(findScenario('chained-denied-plain-message')!)
    expect(p.result.outputs.diagnosis).toBe('assume-role-denied')
    expect(p.result.log).toContain('role-external-id: given (9 characters)')
    expect(p.result.log).not.toMatch(/token sub|The token has no sub|token aud:/)
  })
})
