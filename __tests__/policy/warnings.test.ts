import { describe, expect, it } from '@jest/globals'
import { evaluateTrustPolicy, parseTrustPolicy } from '../../src/policy/index.js'
import { ACTION, GH, MAIN_ONLY, PROVIDER, SUB_MAIN, ghContext, ghPolicyText } from './fixtures.js'

const AUD = { [`${GH}:aud`]: 'sts.amazonaws.com' }
const warningsFor = (text: string) => evaluateTrustPolicy(parseTrustPolicy(text), ghContext(SUB_MAIN)).warnings

describe('warnings', () => {
  it('none for a policy that allows one branch', () => {
    expect(warningsFor(ghPolicyText(MAIN_ONLY))).toEqual([])
  })

  it('flags a pattern that covers pull requests, and says what is safer', () => {
    const [w] = warningsFor(
      ghPolicyText({ StringEquals: AUD, StringLike: { [`${GH}:sub`]: 'repo:octo-org/octo-repo:*' } })
    )
    expect(w).toMatch(/covers the pull_request subject: code from any pull request branch of octo-org\/octo-repo/)
    expect(w).toMatch(/protected environment subject.*separate read-only role.*repository_id \/ job_workflow_ref/)
  })

  it('flags every repository of an owner and a literal pull_request subject', () => {
    expect(
      warningsFor(ghPolicyText({ StringEquals: AUD, StringLike: { [`${GH}:sub`]: 'repo:octo-org/*' } }))[0]
    ).toMatch(/every repository of octo-org, pull requests included/)
    expect(
      warningsFor(ghPolicyText({ StringEquals: { ...AUD, [`${GH}:sub`]: 'repo:octo-org/octo-repo:pull_request' } }))[0]
    ).toMatch(/is the pull_request subject/)
  })

  it('flags ForAllValues: in an Allow, naming the statement', () => {
    const w = warningsFor(
      ghPolicyText({ StringEquals: AUD, 'ForAllValues:StringLike': { [`${GH}:sub`]: 'repo:octo-org/*' } })
    )
    expect(w).toContainEqual(
      expect.stringMatching(
        /^Statement 0 \(Sid "GitHubActions"\) uses ForAllValues:StringLike on token\.actions\.githubusercontent\.com:sub, which is vacuously true/
      )
    )
    // ForAllValues does not scope sub either
    expect(w).toContainEqual(expect.stringContaining('sub is left unscoped'))
  })

  it('does not flag ForAllValues: in a Deny', () => {
    const text = JSON.stringify({
      Statement: [
        JSON.parse(ghPolicyText(MAIN_ONLY)).Statement[0],
        {
          Effect: 'Deny',
          Principal: '*',
          Action: '*',
          Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': 'x' } }
        }
      ]
    })
    expect(warningsFor(text)).toEqual([])
  })

  it('flags an Allow with no sub condition at all', () => {
    const w = warningsFor(ghPolicyText({ StringEquals: AUD }))
    expect(w).toEqual([
      'Statement 0 (Sid "GitHubActions") has no StringEquals or StringLike condition on token.actions.githubusercontent.com:sub: sub is left unscoped, so any repository could assume this role.'
    ])
  })

  it('flags sub scoped only by a negated operator', () => {
    const w = warningsFor(ghPolicyText({ StringEquals: AUD, StringNotLike: { [`${GH}:sub`]: '*:pull_request' } }))
    expect(w).toHaveLength(1)
    expect(w[0]).toContain('sub is left unscoped')
  })

  it.each(['*', 'repo:*', 'repo:*/*', 'repo:*:*'])('flags the open sub pattern %j', (pattern) => {
    const w = warningsFor(ghPolicyText({ StringEquals: AUD, StringLike: { [`${GH}:sub`]: pattern } }))
    expect(w).toEqual([expect.stringContaining(`only with "${pattern}", which matches every repository`)])
  })

  it('flags an open pattern hidden among scoped ones (values are ORed)', () => {
    const w = warningsFor(ghPolicyText({ StringEquals: AUD, StringLike: { [`${GH}:sub`]: [SUB_MAIN, 'repo:*'] } }))
    expect(w).toHaveLength(1)
  })

  it('accepts an open pattern when another condition scopes sub (conditions are ANDed)', () => {
    const w = warningsFor(
      ghPolicyText({ StringEquals: { ...AUD, [`${GH}:sub`]: SUB_MAIN }, StringLike: { [`${GH}:sub`]: '*' } })
    )
    expect(w).toEqual([])
  })

  it('does not treat * in StringEquals as a wildcard', () => {
    expect(warningsFor(ghPolicyText({ StringEquals: { ...AUD, [`${GH}:sub`]: 'repo:*' } }))).toEqual([])
  })

  it('flags a missing aud condition', () => {
    const w = warningsFor(ghPolicyText({ StringEquals: { [`${GH}:sub`]: SUB_MAIN } }))
    expect(w).toEqual([
      expect.stringMatching(
        /^Statement 0 \(Sid "GitHubActions"\) has no condition on token\.actions\.githubusercontent\.com:aud/
      )
    ])
  })

  it('flags a GitHub Allow with no Condition at all twice (sub and aud)', () => {
    const text = JSON.stringify({
      Statement: [{ Effect: 'Allow', Principal: { Federated: PROVIDER }, Action: ACTION }]
    })
    const w = warningsFor(text)
    expect(w).toHaveLength(2)
    expect(w[0]).toMatch(
      /^Statement 0 has no StringEquals or StringLike condition on token.actions.githubusercontent.com:sub/
    )
    expect(w[1]).toMatch(/^Statement 0 has no condition on token.actions.githubusercontent.com:aud/)
  })

  it('names the enterprise issuer in the message', () => {
    const provider = `${PROVIDER}/octo-enterprise`
    const text = JSON.stringify({
      Statement: [{ Effect: 'Allow', Principal: { Federated: provider }, Action: ACTION }]
    })
    expect(warningsFor(text)[0]).toContain(`${GH}/octo-enterprise:sub`)
  })

  it('flags a sub condition on a different issuer than the principal', () => {
    const text = ghPolicyText({ StringEquals: { ...AUD, 'ghes.example.com/_services/token:sub': SUB_MAIN } })
    expect(warningsFor(text)).toEqual([expect.stringContaining('sub is left unscoped')])
  })

  it('ignores statements that cannot grant AssumeRoleWithWebIdentity', () => {
    const text = JSON.stringify({
      Statement: [
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' },
        { Effect: 'Allow', Principal: { Federated: PROVIDER }, Action: 'sts:TagSession' }
      ]
    })
    expect(warningsFor(text)).toEqual([])
  })

  it('flags unsupported operators and NotPrincipal with Allow', () => {
    const text = JSON.stringify({
      Statement: [
        { Sid: 'Odd', Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::1:root' }, Action: ACTION },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: '*',
          Condition: { DateGreaterThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } }
        }
      ]
    })
    expect(warningsFor(text)).toEqual([
      'Statement 0 (Sid "Odd") combines NotPrincipal with Allow, which a trust policy cannot use; it is treated as granting nothing.',
      'Statement 1 uses DateGreaterThan, which this check does not evaluate: where it decides the outcome, the verdict is "cannot decide".'
    ])
  })

  it('does not depend on the request', () => {
    const policy = parseTrustPolicy(ghPolicyText({ StringEquals: AUD }))
    expect(evaluateTrustPolicy(policy, ghContext(undefined)).warnings).toEqual(
      evaluateTrustPolicy(policy, ghContext(SUB_MAIN)).warnings
    )
  })

  it('names a condition on a claim AWS has no key for, and what it does to the statement', () => {
    const deny = JSON.stringify({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: PROVIDER },
          Action: ACTION,
          Condition: { StringEquals: MAIN_ONLY.StringEquals }
        },
        {
          Sid: 'NoPullRequests',
          Effect: 'Deny',
          Principal: { Federated: PROVIDER },
          Action: ACTION,
          Condition: { StringEquals: { [`${GH}:event_name`]: 'pull_request' } }
        }
      ]
    })
    expect(warningsFor(deny)).toEqual([
      `Statement 1 (Sid "NoPullRequests") has a condition on ${GH}:event_name, but AWS has no such condition key (it never puts the event_name claim in the request): the condition never holds, so this Deny never applies; use :sub (a pull request run ends in \`:pull_request\`) or :ref instead.`
    ])
    const [w] = warningsFor(ghPolicyText({ ...MAIN_ONLY, StringNotEquals: { [`${GH}:repository_owner`]: 'evil-org' } }))
    expect(w).toMatch(/repository_owner, but AWS has no such condition key .*always holds, so it restricts nothing/)
  })
})
