import { describe, expect, it } from '@jest/globals'
import { parseTrustPolicy, PolicyParseError } from '../../src/policy/index.js'
import { ACTION, GH, MAIN_ONLY, PROVIDER, SUB_MAIN, ghPolicyText } from './fixtures.js'

function parseError(text: string): PolicyParseError {
  try {
    parseTrustPolicy(text)
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyParseError)
    const e = err as PolicyParseError
    expect(e.name).toBe('PolicyParseError')
    expect(e.message).not.toContain('\n')
    return e
  }
  throw new Error('expected a PolicyParseError')
}

describe('parseTrustPolicy: accepted inputs', () => {
  it('normalises a plain policy document', () => {
    const policy = parseTrustPolicy(ghPolicyText(MAIN_ONLY))
    expect(policy.version).toBe('2012-10-17')
    expect(policy.statements).toHaveLength(1)
    const [st] = policy.statements
    expect(st).toMatchObject({ index: 0, sid: 'GitHubActions', effect: 'Allow', actions: [ACTION] })
    expect(st.principal).toEqual({ wildcard: false, values: { Federated: [PROVIDER] } })
    expect(st.conditions).toEqual([
      { operator: 'StringEquals', key: `${GH}:aud`, values: ['sts.amazonaws.com'] },
      { operator: 'StringEquals', key: `${GH}:sub`, values: [SUB_MAIN] }
    ])
  })

  it('accepts a single Statement object and Action arrays', () => {
    const policy = parseTrustPolicy(
      JSON.stringify({ Statement: { Effect: 'Deny', Principal: '*', Action: ['sts:AssumeRole', 'sts:TagSession'] } })
    )
    expect(policy.version).toBeUndefined()
    expect(policy.statements[0]).toMatchObject({
      effect: 'Deny',
      principal: { wildcard: true },
      actions: ['sts:AssumeRole', 'sts:TagSession']
    })
    expect(policy.statements[0].conditions).toEqual([])
  })

  it('treats {"AWS": "*"} as the wildcard principal and keeps lists of principals', () => {
    const policy = parseTrustPolicy(
      JSON.stringify({
        Statement: [
          { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' },
          { Effect: 'Allow', Principal: { Federated: [PROVIDER, 'cognito-identity.amazonaws.com'] }, Action: ACTION }
        ]
      })
    )
    expect(policy.statements[0].principal?.wildcard).toBe(true)
    expect(policy.statements[1].principal).toEqual({
      wildcard: false,
      values: { Federated: [PROVIDER, 'cognito-identity.amazonaws.com'] }
    })
  })

  it('stringifies number and boolean condition values', () => {
    const policy = parseTrustPolicy(
      JSON.stringify({
        Statement: {
          Effect: 'Allow',
          Principal: '*',
          Action: '*',
          Condition: { Bool: { 'aws:x': true }, StringEquals: { 'a:b': [1, 'two'] } }
        }
      })
    )
    expect(policy.statements[0].conditions.map((c) => c.values)).toEqual([['true'], ['1', 'two']])
  })

  it('keeps NotPrincipal and NotAction apart from Principal and Action', () => {
    const policy = parseTrustPolicy(
      JSON.stringify({
        Statement: { Effect: 'Deny', NotPrincipal: { Federated: PROVIDER }, NotAction: 'sts:TagSession' }
      })
    )
    const [st] = policy.statements
    expect(st.principal).toBeUndefined()
    expect(st.notPrincipal?.values.Federated).toEqual([PROVIDER])
    expect(st.actions).toBeUndefined()
    expect(st.notActions).toEqual(['sts:TagSession'])
  })

  it('unwraps aws iam get-role output with a document object', () => {
    const doc = JSON.parse(ghPolicyText(MAIN_ONLY))
    const text = JSON.stringify({
      Role: { RoleName: 'deploy', Arn: 'arn:aws:iam::123456789012:role/deploy', AssumeRolePolicyDocument: doc }
    })
    expect(parseTrustPolicy(text)).toEqual({
      ...parseTrustPolicy(ghPolicyText(MAIN_ONLY)),
      role: { arn: 'arn:aws:iam::123456789012:role/deploy', name: 'deploy' }
    })
  })

  it('unwraps get-role output whose document is a URL-encoded string', () => {
    const encoded = encodeURIComponent(ghPolicyText(MAIN_ONLY))
    expect(encoded.startsWith('%7B%22Version')).toBe(true)
    const text = JSON.stringify({ Role: { RoleName: 'deploy', AssumeRolePolicyDocument: encoded } })
    const policy = parseTrustPolicy(text)
    expect(policy.statements[0].conditions[1].values).toEqual([SUB_MAIN])
  })

  it('accepts the Role object alone (get-role --query Role)', () => {
    const text = JSON.stringify({
      RoleName: 'deploy',
      AssumeRolePolicyDocument: encodeURIComponent(ghPolicyText(MAIN_ONLY))
    })
    expect(parseTrustPolicy(text).statements[0].sid).toBe('GitHubActions')
  })

  it('accepts a bare URL-encoded document, with surrounding whitespace', () => {
    const policy = parseTrustPolicy(`  ${encodeURIComponent(ghPolicyText(MAIN_ONLY))}\n`)
    expect(policy.statements[0].principal?.values.Federated).toEqual([PROVIDER])
  })

  it('does not URL-decode a document that is already JSON (a literal %2F stays)', () => {
    const policy = parseTrustPolicy(ghPolicyText({ StringEquals: { [`${GH}:sub`]: 'repo:o/r:ref:refs/heads/a%2Fb' } }))
    expect(policy.statements[0].conditions[0].values).toEqual(['repo:o/r:ref:refs/heads/a%2Fb'])
  })
})

describe('parseTrustPolicy: errors', () => {
  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['Version: 2012-10-17', /not JSON/],
    ['{"Statement": [}', /not JSON/],
    ['{"Statement": "repo:a%2Fb", }', /is not JSON/],
    ['%7B%22Statement', /URL-encoded but does not decode to JSON/],
    ['%E0%A4%A', /not valid percent-encoding/],
    ['[1, 2]', /not an object \(got an array\)/],
    ['"just a string"', /not an object \(got a string\)/],
    ['{"Version": "2012-10-17"}', /no Statement/],
    ['{"Role": {"RoleName": "x"}}', /no Role.AssumeRolePolicyDocument/],
    ['{"Role": "x"}', /"Role" is not an object/],
    ['{"Role": {"AssumeRolePolicyDocument": 42}}', /AssumeRolePolicyDocument is not a policy object \(got a number\)/],
    [
      '{"Role": {"AssumeRolePolicyDocument": "%7B"}}',
      /AssumeRolePolicyDocument is URL-encoded but does not decode to JSON/
    ],
    ['{"Statement": [42]}', /Statement 0 is not an object/],
    [
      '{"Statement": [{"Effect": "allow", "Principal": "*", "Action": "*"}]}',
      /Statement 0: Effect must be "Allow" or "Deny", got "allow"/
    ],
    ['{"Statement": [{"Principal": "*", "Action": "*"}]}', /Effect must be "Allow" or "Deny", got nothing/],
    ['{"Statement": [{"Effect": "Allow", "Action": "*"}]}', /exactly one of Principal or NotPrincipal/],
    [
      '{"Statement": [{"Effect": "Allow", "Principal": "*", "NotPrincipal": "*", "Action": "*"}]}',
      /exactly one of Principal or NotPrincipal/
    ],
    ['{"Statement": [{"Effect": "Allow", "Principal": "*"}]}', /exactly one of Action or NotAction/],
    [
      '{"Statement": [{"Effect": "Allow", "Principal": "someone", "Action": "*"}]}',
      /Principal must be "\*" or an object/
    ],
    [
      '{"Statement": [{"Effect": "Allow", "Principal": {"Federated": 7}, "Action": "*"}]}',
      /Principal.Federated must be a string or a list of strings/
    ],
    [
      '{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": ["sts:AssumeRole", null]}]}',
      /Action must be a string or a list of strings/
    ],
    [
      '{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Condition": []}]}',
      /Condition must be an object of operators/
    ],
    [
      '{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Condition": {"StringEquals": "x"}}]}',
      /StringEquals must be an object of condition keys/
    ],
    [
      '{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Condition": {"StringEquals": {"k": {"a": 1}}}}]}',
      /StringEquals.k must be a string, number, boolean/
    ],
    ['{"Statement": [{"Sid": 1, "Effect": "Allow", "Principal": "*", "Action": "*"}]}', /Sid must be a string/]
  ])('rejects %j', (text, message) => {
    expect(parseError(text).message).toMatch(message)
  })

  it('names the statement index that is wrong', () => {
    const text = JSON.stringify({
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: '*' },
        { Effect: 'Maybe', Principal: '*', Action: '*' }
      ]
    })
    expect(parseError(text).message).toMatch(/^Statement 1: Effect/)
  })
})
