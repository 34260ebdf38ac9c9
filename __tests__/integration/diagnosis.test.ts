// What a person reads when a run is refused (issues 8 and 13), through the built dist under
// Node 24 against the emulator: the annotation, the lines under the title, the order of the
// fixes, the causes the evidence rules out, the length, and redact-claims everywhere.
import { describe, expect, it } from '@jest/globals'
import { play, type Played } from '../../emulator/play.js'
import { findScenario, type Scenario } from '../../emulator/scenarios.js'
import { githubTrustPolicy } from '../../emulator/world.js'
import { expectRefused } from './refused.js'

const scenario = (name: string): Scenario => {
  const s = findScenario(name)
  if (!s) throw new Error(`no scenario ${name}`)
  return s
}

/** The annotation message (what the run's summary page shows). */
const annotation = (p: Played): string => p.result.commands.find((c) => c.command === 'error')?.message ?? ''

/** The lines right under the ✖ title. */
function underTitle(p: Played, n = 2): string[] {
  const lines = p.result.log.split('\n')
  const at = lines.findIndex((l) => l.startsWith('✖ '))
  return lines.slice(at + 1, at + 1 + n)
}

/** The lines a reader scrolls through: not inside a collapsed group, not a mask command. */
function visibleLines(p: Played): string[] {
  let depth = 0
  const out: string[] = []
  for (const line of p.result.log.split('\n')) {
    if (line.startsWith('::group::')) depth++
    else if (line.startsWith('::endgroup::')) depth--
    else if (depth === 0 && line !== '' && !line.startsWith('::add-mask::')) out.push(line)
  }
  return out
}

const indexOfMatch = (lines: string[], re: RegExp): number => lines.findIndex((l) => re.test(l))

describe('a denied pull request run (no trust-policy input)', () => {
  let p: Played
  it('runs', async () => {
    p = await play(scenario('trust-policy-denied'))
    expect(p.result.outputs.diagnosis).toBe('trust-policy-denied')
  })

  it("leads with this run's reason and the safest fix, in the annotation and under the title", () => {
    expect(annotation(p)).toMatch(
      /^This run is a pull request event: its sub ends in :pull_request.* Fix: keep pull requests off this role: give them a separate read-only role/
    )
    const [reason, fix] = underTitle(p)
    expect(reason).toMatch(/^ {2}This run is a pull request event/)
    expect(fix).toMatch(/^ {2}fix: +keep pull requests off this role/)
  })

  it('offers widening the role only after the safer fix, with its security cost next to it', () => {
    const lines = p.result.log.split('\n')
    const safer = indexOfMatch(lines, /separate read-only role/)
    const widen = indexOfMatch(
      lines,
      /add repo:octo-org\/octo-repo:pull_request to the token\.actions\.githubusercontent\.com:sub values/
    )
    expect(safer).toBeGreaterThan(0)
    expect(widen).toBeGreaterThan(safer)
    expect(lines[widen]).toMatch(
      /⚠ then code from any pull request branch of octo-org\/octo-repo, not yet reviewed, can assume this role/
    )
  })

  it('lists no cause the evidence rules out, and says nothing twice', () => {
    const log = p.result.log
    expect(log).not.toMatch(/case differs|letter case/)
    expect(log).not.toMatch(/aud` condition differs/)
    expect(log).not.toMatch(/Kubernetes/)
    expect(log.match(/This run is a pull request event/g)).toHaveLength(2) // the annotation, then the line under the title
    expect(log.match(/token sub: /g)).toHaveLength(1)
  })

  it('says how to see the policy and give it back, and keeps the Terraform form in the job summary', () => {
    expect(p.result.log).toContain('aws iam get-role --role-name deploy --query Role.AssumeRolePolicyDocument')
    expect(p.result.log).toMatch(
      /`trust-policy: trust-policy\.json`.*npx aws-oidc-credentials@\d+\.\d+\.\d+ explain --claims <file> --trust-policy trust-policy\.json/
    )
    expect(p.result.log).not.toContain('aws_iam_policy_document')
    expect(p.result.summary).toContain('data "aws_iam_policy_document" "github_oidc_trust"')
    expect(p.result.summary).toMatch(/separate read-only role/)
  })

  it('labels the minimal policy honestly and fits in about 40 lines outside the claims group', () => {
    expect(p.result.log).toMatch(
      /for a separate read-only pull-request role, a minimal trust policy allowing exactly the subject repo:octo-org\/octo-repo:pull_request/
    )
    expect(visibleLines(p).length).toBeLessThanOrEqual(40)
  })
})

describe('other common denials', () => {
  it('a tag run: the exact subject first, the v* pattern labelled as a pattern', async () => {
    const p = await play(scenario('trust-policy-tag'))
    expectRefused(p, scenario('trust-policy-tag'), Date.now())
    expect(annotation(p)).toMatch(
      /^This run is for the tag 'v1\.4\.0'.* Fix: add repo:octo-org\/octo-repo:ref:refs\/tags\/v1\.4\.0 to the .*:sub values .*\(exactly this tag\)/
    )
    expect(p.result.log).toMatch(
      /minimal trust policy allowing the pattern repo:octo-org\/octo-repo:ref:refs\/tags\/v\* \(StringLike\): it allows every subject it matches/
    )
    expect(visibleLines(p).length).toBeLessThanOrEqual(40)
  })

  it('an environment run: add the environment subject, protected', async () => {
    const p = await play(scenario('trust-policy-environment'))
    expectRefused(p, scenario('trust-policy-environment'), Date.now())
    const [reason, fix] = underTitle(p)
    expect(reason).toMatch(/The job uses the environment 'prod'/)
    expect(fix).toMatch(
      /fix: +add repo:octo-org\/octo-repo:environment:prod to the .*:sub values .*protect the environment 'prod'/
    )
  })

  it('a denial the claims cannot explain: the first fix is the command that shows the policy', async () => {
    const p = await play(scenario('trust-policy-role-missing'))
    expectRefused(p, scenario('trust-policy-role-missing'), Date.now())
    expect(annotation(p)).toMatch(
      /^Nothing in this token explains the denial.* Fix: see the role's trust policy — aws iam get-role --role-name deploy-prod --query Role\.AssumeRolePolicyDocument > trust-policy\.json — and give it back .*`npx aws-oidc-credentials@\d+\.\d+\.\d+ explain --claims <file> --trust-policy trust-policy\.json`$/
    )
    expect(p.result.log).toMatch(/role does not exist, or the ARN names another account .*role deploy-prod/)
  })

  it('a case difference, from the trust-policy input: named as the cause, with the exact value to write', async () => {
    const p = await play(scenario('trust-policy-case'))
    expectRefused(p, scenario('trust-policy-case'), Date.now())
    expect(annotation(p)).toMatch(
      /differs from the token only by letter case: IAM string matching is case-sensitive\. Fix: write the value exactly as the token has it \(repo:octo-org\/octo-repo:ref:refs\/heads\/main\)/
    )
  })

  it("audience-mismatch with GitHub's default audience: request sts.amazonaws.com before widening the provider", async () => {
    const p = await play(scenario('audience-mismatch'))
    expectRefused(p, scenario('audience-mismatch'), Date.now())
    expect(annotation(p)).toMatch(
      /Fix: request the audience the provider is made for: set the input audience: sts\.amazonaws\.com/
    )
    const lines = p.result.log.split('\n')
    expect(indexOfMatch(lines, /add-client-id-to-open-id-connect-provider/)).toBeGreaterThan(
      indexOfMatch(lines, /^ {2}fix: +request the audience/)
    )
    expect(p.result.log).toMatch(/⚠ riskier: AWS would then accept tokens minted for that audience/)
    expect(p.result.log).not.toMatch(/Kubernetes/)
  })
})

describe('trust-policy judged as AWS does (issue 8)', () => {
  it('a condition on a claim AWS has no key for: DENIES locally, and says why and what to use', async () => {
    const p = await play(scenario('trust-policy-unsupported-key'))
    expectRefused(p, scenario('trust-policy-unsupported-key'), Date.now())
    expect(p.result.log).toMatch(/DENIES \(no statement allows\) this token/)
    expect(p.result.log).not.toMatch(/differs from the role's actual trust policy/)
    expect(annotation(p)).toMatch(
      /repository_owner .*can never match: AWS has no such condition key.* Fix: replace it with StringLike on :repository/
    )
  })

  it('a wildcard under StringEquals is named as the cause, with StringLike as the fix', async () => {
    const p = await play(scenario('trust-policy-wildcard-equals'))
    expectRefused(p, scenario('trust-policy-wildcard-equals'), Date.now())
    expect(annotation(p)).toMatch(
      /holds a wildcard, but under StringEquals, \* and \? are literal characters, not wildcards: with StringLike this condition would match this token.* Fix: change the operator .* to StringLike \(keep its values\) — ⚠ as a pattern, "repo:octo-org\/octo-repo:\*" covers the pull_request subject/
    )
  })

  it("another account's provider: both ARNs and the part that differs", async () => {
    const p = await play(scenario('trust-policy-principal-account'))
    expectRefused(p, scenario('trust-policy-principal-account'), Date.now())
    expect(annotation(p)).toMatch(
      /names arn:aws:iam::111122223333:oidc-provider\/\S+ differs in the account \(111122223333, not 123456789012\); this token needs arn:aws:iam::123456789012:oidc-provider/
    )
  })

  it('dry run with a policy that lets pull requests in: the warning names it and the safer forms', async () => {
    const p = await play({
      ...scenario('dry-run'),
      setup: () => ({ 'trust-policy.json': JSON.stringify(githubTrustPolicy('repo:octo-org/octo-repo:*')) })
    })
    const warnings = p.result.commands.filter((c) => c.command === 'warning').map((c) => c.message)
    expect(warnings.join('\n')).toMatch(
      /"repo:octo-org\/octo-repo:\*" covers the pull_request subject: code from any pull request branch .*separate read-only role for pull requests/
    )
  })
})

describe('redact-claims: sub,environment,actor,jti (issue 6, item 3)', () => {
  const SECRETS = ['SECRET-ENV', 'SECRET-ACTOR', 'SECRET-JTI-0001']
  const run = (policyForInput: object, rolePolicy: object) =>
    play({
      name: 'redacted',
      code: 'trust-policy-denied',
      description: 'redacted claims in a denied environment run',
      run: { environment: 'SECRET-ENV', actor: 'SECRET-ACTOR' },
      inputs: {
        'redact-claims': 'sub,environment,actor,jti',
        'web-identity-token-file': 'token.jwt',
        'trust-policy': 'trust-policy.json'
      },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
      setup: async (emu) => {
        emu.world.accounts['123456789012'].roles[0].trustPolicy = rolePolicy
        return {
          'token.jwt': await emu.issueToken({ claims: { jti: 'SECRET-JTI-0001' } }),
          'trust-policy.json': JSON.stringify(policyForInput)
        }
      },
      expect: [],
      withinSeconds: 10
    })

  it('shows no redacted value anywhere the action writes, and says the comparison was made', async () => {
    const policy = githubTrustPolicy('repo:octo-org/octo-repo:ref:refs/heads/main') as {
      Statement: { Condition: Record<string, Record<string, string>> }[]
    }
    policy.Statement[0].Condition.StringEquals['token.actions.githubusercontent.com:actor'] = 'octocat'
    const p = await run(policy, policy)
    const r = p.result
    expect(r.outputs.diagnosis).toBe('trust-policy-denied')
    const written = [r.log, r.summary, JSON.stringify(r.outputs), JSON.stringify(r.commands)].join('\n')
    for (const secret of SECRETS) expect(written).not.toContain(secret)
    expect(written).not.toContain('repo:octo-org/octo-repo:environment:')
    expect(r.log).toMatch(
      /actor: the token's value \(\*\*\*, redacted\) does not match the 1 value of the policy \(compared; values not shown\)/
    )
    expect(r.log).toMatch(/token sub: \*\*\*/)
    expect(r.log).toMatch(/environment '\*\*\*'/)
  })

  it('keeps sub out of the outputs of a successful run', async () => {
    const p = await play({
      ...scenario('success'),
      inputs: { 'redact-claims': 'sub,jti' }
    })
    expect(p.result.exitCode).toBe(0)
    expect(p.result.outputs.subject).toBe('***')
    expect(p.result.log).not.toContain('repo:octo-org/octo-repo:ref:refs/heads/main')
  })
})

describe('near-miss hint (issue 6, item 4)', () => {
  it('a 20k-character policy value against a long sub still ends as the denial, not as a step timeout', async () => {
    const long = `repo:${'x'.repeat(20000)}`
    const policy = githubTrustPolicy([long, `${long}y`]) as {
      Statement: { Condition: Record<string, Record<string, unknown>> }[]
    }
    policy.Statement[0].Condition.StringEquals['token.actions.githubusercontent.com:sub'] = [long, `${long}y`]
    delete policy.Statement[0].Condition.StringLike
    const p = await play({
      name: 'near-miss',
      code: 'trust-policy-denied',
      description: 'long values',
      inputs: { 'web-identity-token-file': 'token.jwt', 'trust-policy': 'trust-policy.json', 'action-timeout-s': '2' },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
      setup: async (emu) => ({
        'token.jwt': await emu.issueToken({ claims: { sub: `repo:${'y'.repeat(12000)}` } }),
        'trust-policy.json': JSON.stringify(policy)
      }),
      expect: [],
      withinSeconds: 10
    })
    expect(p.result.outputs.diagnosis).toBe('trust-policy-denied')
    expect(p.result.log).toMatch(
      /✗ StringEquals token\.actions\.githubusercontent\.com:sub expected repo:x+ or repo:x+y, got repo:y+ \(closest: repo:x+\)/
    )
  })
})
