import { describe, expect, it } from '@jest/globals'
import { evaluateTrustPolicy, parseTrustPolicy } from '../../src/policy/index.js'
import {
  ACCOUNT,
  ACTION,
  GH,
  MAIN_ONLY,
  PROVIDER,
  SUB_ENV,
  SUB_MAIN,
  SUB_PR,
  ghContext,
  ghPolicyText
} from './fixtures.js'

const policyOf = (statements: unknown[]) =>
  parseTrustPolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }))
const allow = (extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Principal: { Federated: PROVIDER },
  Action: ACTION,
  ...extra
})

describe('evaluateTrustPolicy: decision', () => {
  it('allows the subject the policy names', () => {
    const e = evaluateTrustPolicy(parseTrustPolicy(ghPolicyText(MAIN_ONLY)), ghContext(SUB_MAIN))
    expect(e.decision).toBe('allow')
    expect(e.statements[0]).toMatchObject({
      index: 0,
      sid: 'GitHubActions',
      effect: 'Allow',
      principalMatches: true,
      actionMatches: true,
      applies: true
    })
    expect(e.statements[0].conditions.every((c) => c.passed)).toBe(true)
  })

  it('is implicit-deny when a condition fails, and says which', () => {
    const e = evaluateTrustPolicy(parseTrustPolicy(ghPolicyText(MAIN_ONLY)), ghContext(SUB_PR))
    expect(e.decision).toBe('implicit-deny')
    const failed = e.statements[0].conditions.filter((c) => !c.passed)
    expect(failed).toEqual([
      {
        operator: 'StringEquals',
        key: `${GH}:sub`,
        expected: [SUB_MAIN],
        actual: SUB_PR,
        passed: false,
        nearest: SUB_MAIN
      }
    ])
  })

  it('ANDs the keys of one operator and the operators of one statement', () => {
    const policy = parseTrustPolicy(
      ghPolicyText({
        StringEquals: { [`${GH}:aud`]: 'sts.amazonaws.com' },
        StringLike: { [`${GH}:sub`]: 'repo:octo-org/octo-repo:*' }
      })
    )
    expect(evaluateTrustPolicy(policy, ghContext(SUB_ENV)).decision).toBe('allow')
    expect(evaluateTrustPolicy(policy, ghContext(SUB_ENV, { [`${GH}:aud`]: 'other' })).decision).toBe('implicit-deny')
    expect(evaluateTrustPolicy(policy, ghContext('repo:other/octo-repo:pull_request')).decision).toBe('implicit-deny')
  })

  it('is implicit-deny when no statement exists or applies', () => {
    expect(evaluateTrustPolicy({ statements: [] }, ghContext(SUB_MAIN)).decision).toBe('implicit-deny')
    const onlyAssumeRole = policyOf([
      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }
    ])
    expect(evaluateTrustPolicy(onlyAssumeRole, ghContext(SUB_MAIN)).decision).toBe('implicit-deny')
  })

  it('lets an applicable Deny win over an Allow, whatever the order', () => {
    const deny = {
      Effect: 'Deny',
      Principal: '*',
      Action: 'sts:*',
      Condition: { StringLike: { [`${GH}:sub`]: '*:pull_request' } }
    }
    const openAllow = allow({ Condition: { StringLike: { [`${GH}:sub`]: 'repo:octo-org/*' } } })
    for (const statements of [
      [openAllow, deny],
      [deny, openAllow]
    ]) {
      const policy = policyOf(statements)
      expect(evaluateTrustPolicy(policy, ghContext(SUB_PR)).decision).toBe('explicit-deny')
      expect(evaluateTrustPolicy(policy, ghContext(SUB_MAIN)).decision).toBe('allow')
    }
  })

  it('is explicit-deny for a Deny even without any Allow', () => {
    const policy = policyOf([{ Effect: 'Deny', Principal: '*', Action: '*' }])
    expect(evaluateTrustPolicy(policy, ghContext(SUB_MAIN)).decision).toBe('explicit-deny')
  })

  it('looks condition keys up case-insensitively on both sides', () => {
    const policy = parseTrustPolicy(
      ghPolicyText({ StringEquals: { 'Token.Actions.GitHubUserContent.com:Sub': SUB_MAIN } })
    )
    const ctx = ghContext(undefined, { 'TOKEN.actions.githubusercontent.com:SUB': SUB_MAIN })
    expect(evaluateTrustPolicy(policy, ctx).decision).toBe('allow')
  })

  it('omits sid when the statement has none', () => {
    const e = evaluateTrustPolicy(policyOf([allow()]), ghContext(SUB_MAIN))
    expect(e.statements[0]).not.toHaveProperty('sid')
  })
})

describe('evaluateTrustPolicy: principal', () => {
  const policy = parseTrustPolicy(ghPolicyText(MAIN_ONLY))

  it('does not match a provider in another account', () => {
    const other = PROVIDER.replace(ACCOUNT, '210987654321')
    const e = evaluateTrustPolicy(policy, ghContext(SUB_MAIN, {}, other))
    expect(e.decision).toBe('implicit-deny')
    expect(e.statements[0]).toMatchObject({ principalMatches: false, actionMatches: true, applies: false })
    // the conditions are still reported
    expect(e.statements[0].conditions.every((c) => c.passed)).toBe(true)
  })

  it('does not match another issuer (enterprise slug, GHES) or another partition', () => {
    for (const other of [
      `${PROVIDER}/octo-enterprise`,
      `arn:aws:iam::${ACCOUNT}:oidc-provider/ghes.example.com/_services/token`,
      `arn:aws-cn:iam::${ACCOUNT}:oidc-provider/${GH}`
    ]) {
      expect(evaluateTrustPolicy(policy, ghContext(SUB_MAIN, {}, other)).decision).toBe('implicit-deny')
    }
  })

  it('matches one Federated entry of a list', () => {
    const p = policyOf([allow({ Principal: { Federated: ['cognito-identity.amazonaws.com', PROVIDER] } })])
    expect(evaluateTrustPolicy(p, ghContext(SUB_MAIN)).statements[0].principalMatches).toBe(true)
  })

  it('matches anyone with "*" or {"AWS": "*"}', () => {
    for (const principal of ['*', { AWS: '*' }]) {
      const p = policyOf([allow({ Principal: principal })])
      expect(
        evaluateTrustPolicy(p, ghContext(SUB_MAIN, {}, 'arn:aws:iam::999999999999:oidc-provider/evil.example')).decision
      ).toBe('allow')
    }
  })

  it('does not match an AWS or Service principal for a web-identity request', () => {
    const p = policyOf([allow({ Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root`, Service: 'ec2.amazonaws.com' } })])
    expect(evaluateTrustPolicy(p, ghContext(SUB_MAIN)).statements[0].principalMatches).toBe(false)
  })

  it('NotPrincipal: never grants with Allow, denies everyone else with Deny', () => {
    const notAllow = policyOf([
      { Effect: 'Allow', NotPrincipal: { Federated: 'arn:aws:iam::1:oidc-provider/x' }, Action: '*' }
    ])
    expect(evaluateTrustPolicy(notAllow, ghContext(SUB_MAIN)).decision).toBe('implicit-deny')
    const denyOthers = policyOf([allow(), { Effect: 'Deny', NotPrincipal: { Federated: PROVIDER }, Action: '*' }])
    expect(evaluateTrustPolicy(denyOthers, ghContext(SUB_MAIN)).decision).toBe('allow')
    const otherProvider = 'arn:aws:iam::210987654321:oidc-provider/x'
    expect(evaluateTrustPolicy(denyOthers, ghContext(SUB_MAIN, {}, otherProvider)).statements[1].applies).toBe(true)
  })
})

describe('evaluateTrustPolicy: action', () => {
  it.each([
    'sts:AssumeRoleWithWebIdentity',
    'STS:assumerolewithwebidentity',
    'sts:AssumeRole*',
    'sts:*',
    '*',
    'sts:AssumeRoleWith?ebIdentity',
    ['sts:TagSession', 'sts:AssumeRoleWithWebIdentity']
  ])('%j covers AssumeRoleWithWebIdentity', (action) => {
    const e = evaluateTrustPolicy(policyOf([allow({ Action: action })]), ghContext(SUB_MAIN))
    expect(e.statements[0].actionMatches).toBe(true)
    expect(e.decision).toBe('allow')
  })

  it.each([
    'sts:AssumeRole',
    'sts:AssumeRoleWithSAML',
    'sts:TagSession',
    'iam:*',
    'sts:AssumeRoleWithWebIdentity?',
    'sts:Assume'
  ])('%j does not cover AssumeRoleWithWebIdentity', (action) => {
    const e = evaluateTrustPolicy(policyOf([allow({ Action: action })]), ghContext(SUB_MAIN))
    expect(e.statements[0].actionMatches).toBe(false)
    expect(e.decision).toBe('implicit-deny')
  })

  it('NotAction covers every action it does not list', () => {
    const covers = (notAction: string) =>
      evaluateTrustPolicy(policyOf([{ ...allow(), Action: undefined, NotAction: notAction }]), ghContext(SUB_MAIN))
        .statements[0].actionMatches
    expect(covers('sts:TagSession')).toBe(true)
    expect(covers('sts:AssumeRole*')).toBe(false)
  })
})

describe('evaluateTrustPolicy: foot-guns decided as IAM does', () => {
  it('ForAllValues:StringLike on sub allows a token without sub (vacuous truth)', () => {
    const policy = parseTrustPolicy(ghPolicyText({ 'ForAllValues:StringLike': { [`${GH}:sub`]: 'repo:octo-org/*' } }))
    expect(evaluateTrustPolicy(policy, ghContext(undefined)).decision).toBe('allow')
    expect(evaluateTrustPolicy(policy, ghContext('repo:evil/x:pull_request')).decision).toBe('implicit-deny')
  })

  it('a StringNotEquals-only policy allows a request that lacks the key', () => {
    const policy = parseTrustPolicy(ghPolicyText({ StringNotEquals: { [`${GH}:sub`]: SUB_PR } }))
    expect(evaluateTrustPolicy(policy, ghContext(undefined)).decision).toBe('allow')
    expect(evaluateTrustPolicy(policy, ghContext(SUB_PR)).decision).toBe('implicit-deny')
  })

  it('an unsupported operator on a present key leaves the decision open', () => {
    const policy = parseTrustPolicy(ghPolicyText({ ...MAIN_ONLY, NumericLessThan: { [`${GH}:run_attempt`]: '3' } }))
    const e = evaluateTrustPolicy(policy, ghContext(SUB_MAIN, { [`${GH}:run_attempt`]: '1' }))
    expect(e.decision).toBe('cannot-decide')
    expect(e.undecided).toEqual([expect.stringMatching(/^NumericLessThan .*:run_attempt: /)])
    expect(e.statements[0].conditions.find((c) => c.unsupported)).toMatchObject({
      operator: 'NumericLessThan',
      passed: false
    })
  })

  it('an open Allow next to a failing one is open; an open Deny without any Allow is an implicit deny', () => {
    const multi = { ...ghContext(SUB_MAIN), keys: { ...ghContext(SUB_MAIN).keys, [`${GH}:aud`]: ['a', 'b'] } }
    const open = parseTrustPolicy(ghPolicyText({ StringEquals: { [`${GH}:aud`]: 'a' } }))
    expect(evaluateTrustPolicy(open, multi).decision).toBe('cannot-decide')
    const denyOnly = parseTrustPolicy(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Principal: '*', Action: '*', Condition: { StringEquals: { [`${GH}:aud`]: 'a' } } }
        ]
      })
    )
    expect(evaluateTrustPolicy(denyOnly, multi).decision).toBe('implicit-deny')
  })
})
