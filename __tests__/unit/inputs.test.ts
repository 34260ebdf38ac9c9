import { describe, expect, it } from '@jest/globals'
import { deriveSessionName, INPUTS, parseInputs, type InputSource } from '../../src/inputs/index.js'
import { isFailure, type Failure } from '../../src/failure/failure.js'

const ROLE = 'arn:aws:iam::123456789012:role/deploy'

function source(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  files: Record<string, string> = {}
): InputSource {
  return {
    get: (n) => inputs[n] ?? (n === 'audience' ? 'sts.amazonaws.com' : ''),
    env,
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' })
      return files[p]
    },
    resolvePath: (p) => (p.startsWith('/') ? p : `/ws/${p}`)
  }
}

function refusal(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  files: Record<string, string> = {}
): Failure {
  try {
    parseInputs(source(inputs, env, files))
  } catch (e) {
    if (isFailure(e)) return e
    throw e
  }
  throw new Error('expected a refusal')
}

// action.yml's default for audience is applied by the runner, as it would be in a workflow.
const base = { 'role-to-assume': ROLE, 'aws-region': 'eu-west-1', audience: 'sts.amazonaws.com' }

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    const c = parseInputs(
      source(base, { GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2' })
    )
    expect(c.role).toEqual({ arn: ROLE, partition: 'aws', account: '123456789012', path: '/', name: 'deploy' })
    expect(c.audience).toBe('sts.amazonaws.com')
    expect(c.durationSeconds).toBe(3600)
    expect(c.roleSessionName).toBe('octo-org.octo-repo-42-2')
    expect(c.outputEnvCredentials).toBe(true)
    expect(c.outputCredentials).toBe(false)
    expect(c.printClaims).toBe(true)
    expect(c.redactClaims).toEqual([])
    expect(c.retryMaxAttempts).toBe(3)
    expect(c.dryRun).toBe(false)
  })

  it('reads roles with paths and other partitions', () => {
    const c = parseInputs(
      source({
        ...base,
        'role-to-assume': 'arn:aws-cn:iam::123456789012:role/ci/deploy-prod',
        'aws-region': 'cn-north-1'
      })
    )
    expect(c.role).toMatchObject({ partition: 'aws-cn', path: '/ci/', name: 'deploy-prod' })
    expect(parseInputs(source({ ...base, 'aws-region': 'us-gov-west-1' })).region).toBe('us-gov-west-1')
  })

  it('takes the region from AWS_REGION, then AWS_DEFAULT_REGION', () => {
    expect(parseInputs(source({ 'role-to-assume': ROLE }, { AWS_DEFAULT_REGION: 'us-east-2' })).region).toBe(
      'us-east-2'
    )
    expect(
      parseInputs(source({ 'role-to-assume': ROLE }, { AWS_REGION: 'eu-central-1', AWS_DEFAULT_REGION: 'us-east-2' }))
        .region
    ).toBe('eu-central-1')
  })

  it.each([
    [{ 'role-to-assume': '' }, 'role-to-assume', /required/],
    [{ 'role-to-assume': 'deploy' }, 'role-to-assume', /arn:<partition>:iam::<12-digit account>:role/],
    [{ 'role-to-assume': 'arn:aws:iam::12345:role/deploy' }, 'role-to-assume', /not a role ARN/],
    [{ 'role-to-assume': 'arn:aws:iam::123456789012:user/deploy' }, 'role-to-assume', /not a role ARN/],
    [{ 'aws-region': 'Europe' }, 'aws-region', /eu-west-1/],
    [{ audience: '' }, 'audience', /must not be empty/],
    [{ 'role-session-name': 'dependabot[bot]' }, 'role-session-name', /2-64 characters/],
    [{ 'role-session-name': 'x' }, 'role-session-name', /2-64 characters/],
    [{ 'role-duration-seconds': '899' }, 'role-duration-seconds', /900 to 43200/],
    [{ 'role-duration-seconds': '1h' }, 'role-duration-seconds', /whole number/],
    [{ 'inline-session-policy': '{nope' }, 'inline-session-policy', /not valid JSON/],
    [{ 'inline-session-policy': '["a"]' }, 'inline-session-policy', /JSON object/],
    [
      { 'inline-session-policy': JSON.stringify({ Statement: [{ Sid: 'x'.repeat(2100) }] }) },
      'inline-session-policy',
      /at most 2048/
    ],
    [{ 'managed-session-policies': 'not-an-arn' }, 'managed-session-policies', /policy ARN/],
    [
      { 'managed-session-policies': Array.from({ length: 11 }, (_, i) => `arn:aws:iam::aws:policy/P${i}`).join('\n') },
      'managed-session-policies',
      /at most 10/
    ],
    [{ 'output-credentials': 'yes' }, 'output-credentials', /true or false/],
    [{ 'allowed-account-ids': '123456789012,42' }, 'allowed-account-ids', /'42'/],
    [{ 'sts-endpoint': 'ftp://x' }, 'sts-endpoint', /endpoint URL/],
    [{ 'retry-max-attempts': '0' }, 'retry-max-attempts', /from 1 to 100/],
    [{ 'retry-max-attempts': '101' }, 'retry-max-attempts', /from 1 to 100/],
    [{ 'action-timeout-s': '21601' }, 'action-timeout-s', /or 0 for no step-level limit/],
    [{ 'aws-profile': 'my profile' }, 'aws-profile', /letters, digits and _ - \. @ \+ % :/],
    [{ 'aws-profile': 'prod]\n[default' }, 'aws-profile', /letters, digits/],
    [{ 'aws-profile': 'team/prod' }, 'aws-profile', /letters, digits/],
    [{ 'aws-profile': '__proto__' }, 'aws-profile', /__proto__, constructor/],
    [{ 'aws-profile': 'hasOwnProperty' }, 'aws-profile', /JavaScript objects reserve/],
    [{ 'role-chaining': 'true', 'custom-tags': '["a"]' }, 'custom-tags', /JSON object/],
    [{ 'role-chaining': 'true', 'custom-tags': '{"Team": 3}' }, 'custom-tags', /'Team' is not a string/],
    [{ 'role-chaining': 'true', 'custom-tags': '{"Team": "a;b"}' }, 'custom-tags', /0-256 characters/],
    [{ 'role-chaining': 'true', 'custom-tags': `{"${'k'.repeat(129)}": "v"}` }, 'custom-tags', /1-128 characters/],
    [{ 'role-chaining': 'true', 'custom-tags': '{"aws:x": "v"}' }, 'custom-tags', /aws:/],
    [{ 'role-chaining': 'true', 'custom-tags': '{"Team": "a", "team": "b"}' }, 'custom-tags', /case-insensitive/],
    [{ 'role-chaining': 'true', 'transitive-tag-keys': 'Team,bad;key' }, 'transitive-tag-keys', /'bad;key'/],
    [{ 'role-chaining': 'true', 'role-external-id': 'x' }, 'role-external-id', /2-1224 characters/],
    [{ 'role-chaining': 'true', 'role-duration-seconds': '3601' }, 'role-duration-seconds', /one hour/],
    [{ 'force-skip-oidc': 'true' }, 'force-skip-oidc', /only with role-chaining/],
    [{ 'role-chaining': 'true', 'unset-current-credentials': 'true' }, 'unset-current-credentials', /remove/],
    [{ 'role-external-id': 'abc123' }, 'role-external-id', /only with sts:AssumeRole/],
    [{ 'custom-tags': '{"Team": "a"}' }, 'custom-tags', /only with sts:AssumeRole/],
    [{ 'no-proxy': 'a.example, b example' }, 'no-proxy', /'b example'/],
    [{ 'use-existing-credentials': 'maybe' }, 'use-existing-credentials', /true or false/],
    [{ 'trust-policy': '{"Statement": 3' }, 'trust-policy', /not a trust policy/]
  ])('refuses %j naming %s and what is allowed', (over, name, allowed) => {
    const f = refusal({ ...base, ...over })
    expect(f.code).toBe('invalid-input')
    expect(f.details.stage).toBe('inputs')
    expect(f.message).toContain(`'${name}'`)
    expect(f.message).toMatch(allowed)
  })

  it('refuses a missing region with the variables that could supply it', () => {
    const f = refusal({ 'role-to-assume': ROLE })
    expect(f.message).toMatch(/'aws-region'.*AWS_REGION/)
  })

  it('refuses static keys without echoing them', () => {
    const f = refusal({
      ...base,
      'aws-access-key-id': 'AKIAEXAMPLEKEY',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG'
    })
    expect(f.code).toBe('invalid-input')
    expect(f.message).toMatch(/only federates through OIDC/)
    expect(f.message).not.toContain('AKIAEXAMPLEKEY')
    expect(f.message).not.toContain('wJalrXUtnFEMI')
  })

  it('accepts booleans in any case and lists by newline or comma', () => {
    const c = parseInputs(
      source({
        ...base,
        'output-credentials': 'TRUE',
        'print-claims': 'False',
        'managed-session-policies': 'arn:aws:iam::aws:policy/A,\narn:aws:iam::123456789012:policy/team/B',
        'redact-claims': 'jti, actor'
      })
    )
    expect(c.outputCredentials).toBe(true)
    expect(c.printClaims).toBe(false)
    expect(c.managedSessionPolicies).toEqual(['arn:aws:iam::aws:policy/A', 'arn:aws:iam::123456789012:policy/team/B'])
    expect(c.redactClaims).toEqual(['jti', 'actor'])
  })

  it('minifies the inline session policy', () => {
    const c = parseInputs(
      source({ ...base, 'inline-session-policy': '{\n  "Version": "2012-10-17",\n  "Statement": []\n}' })
    )
    expect(c.inlineSessionPolicy).toBe('{"Version":"2012-10-17","Statement":[]}')
  })

  it('reads the token file relative to the workspace and refuses bad ones', () => {
    expect(
      parseInputs(source({ ...base, 'web-identity-token-file': 'tok' }, {}, { '/ws/tok': 'a.b.c\n' })).tokenFromFile
    ).toEqual({ path: '/ws/tok', token: 'a.b.c' })
    expect(refusal({ ...base, 'web-identity-token-file': 'missing' }).message).toMatch(
      /'web-identity-token-file'.*does not exist/
    )
    expect(refusal({ ...base, 'web-identity-token-file': 'e' }, {}, { '/ws/e': ' \n' }).message).toMatch(/is empty/)
    expect(
      refusal({ ...base, 'web-identity-token-file': 'big' }, {}, { '/ws/big': 'x'.repeat(20001) }).message
    ).toMatch(/at most 20000/)
  })

  it('turns retries off with disable-retry', () => {
    expect(parseInputs(source({ ...base, 'disable-retry': 'true', 'retry-max-attempts': '5' })).retryMaxAttempts).toBe(
      1
    )
  })
})

describe('the inputs of configure-aws-credentials', () => {
  it('reads the chaining and profile inputs into the config', () => {
    const c = parseInputs(
      source({
        ...base,
        'role-chaining': 'true',
        'role-external-id': 'partner-42:eu/x',
        'aws-profile': 'prod.eu',
        'overwrite-aws-profile': 'true',
        'role-skip-session-tagging': 'TRUE',
        'transitive-tag-keys': 'Team\nCost Center',
        'custom-tags': '{"Team": "payments", "Cost Center": "4711 @eu"}',
        'force-skip-oidc': 'true',
        'role-duration-seconds': '3600'
      })
    )
    expect(c).toMatchObject({
      roleChaining: true,
      roleExternalId: 'partner-42:eu/x',
      awsProfile: 'prod.eu',
      overwriteAwsProfile: true,
      roleSkipSessionTagging: true,
      transitiveTagKeys: ['Team', 'Cost Center'],
      customTags: { Team: 'payments', 'Cost Center': '4711 @eu' },
      forceSkipOidc: true
    })
  })

  it('defaults the new inputs to off', () => {
    expect(parseInputs(source(base))).toMatchObject({
      roleChaining: false,
      roleExternalId: undefined,
      awsProfile: undefined,
      overwriteAwsProfile: false,
      roleSkipSessionTagging: false,
      transitiveTagKeys: [],
      customTags: {},
      useExistingCredentials: false,
      forceSkipOidc: false,
      unsetCurrentCredentials: false,
      specialCharactersWorkaround: false,
      httpProxy: undefined,
      noProxy: undefined
    })
  })

  it('exports env credentials by default, unless aws-profile is set and output-env-credentials is not', () => {
    expect(parseInputs(source(base)).outputEnvCredentials).toBe(true)
    expect(parseInputs(source({ ...base, 'aws-profile': 'ci' })).outputEnvCredentials).toBe(false)
    const both = parseInputs(source({ ...base, 'aws-profile': 'ci', 'output-env-credentials': 'true' }))
    expect(both.outputEnvCredentials).toBe(true)
    expect(parseInputs(source({ ...base, 'output-env-credentials': 'false' })).outputEnvCredentials).toBe(false)
  })

  it("accepts the incumbent's numbers: retry-max-attempts 12 and action-timeout-s 0 (no step limit)", () => {
    const c = parseInputs(source({ ...base, 'retry-max-attempts': '12', 'action-timeout-s': '0' }))
    expect(c.retryMaxAttempts).toBe(12)
    expect(c.actionTimeoutMs).toBe(0)
    expect(parseInputs(source({ ...base, 'action-timeout-s': '7200' })).actionTimeoutMs).toBe(7_200_000)
  })

  it("'false' means false for use-existing-credentials", () => {
    expect(parseInputs(source({ ...base, 'use-existing-credentials': 'false' })).useExistingCredentials).toBe(false)
    expect(parseInputs(source({ ...base, 'use-existing-credentials': 'true' })).useExistingCredentials).toBe(true)
  })

  it('reads the proxy inputs, and never echoes a proxy URL it refuses', () => {
    const c = parseInputs(
      source({ ...base, 'http-proxy': 'http://u:pw@proxy.corp:3128', 'no-proxy': 'localhost, .internal,10.0.0.1' })
    )
    expect(c.httpProxy).toBe('http://u:pw@proxy.corp:3128')
    expect(c.noProxy).toBe('localhost,.internal,10.0.0.1')
    const f = refusal({ ...base, 'http-proxy': 'socks5://u:s3cret@proxy.corp' })
    expect(f.message).toMatch(/'http-proxy'.*not a proxy URL/)
    expect(f.message).not.toContain('s3cret')
  })

  it("accepts up to 50 session tags with the run's own and refuses one more, before any call", () => {
    const tags = (n: number) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v'])))
    const chained = { ...base, 'role-chaining': 'true' }
    // the run always sends GitHub=Actions: 49 custom tags fill the 50
    expect(Object.keys(parseInputs(source({ ...chained, 'custom-tags': tags(49) })).customTags)).toHaveLength(49)
    expect(refusal({ ...chained, 'custom-tags': tags(50) }).message).toMatch(/makes 51 session tags .* at most 50/)
    expect(refusal({ ...chained, 'custom-tags': tags(51) }).message).toMatch(/at most 50/)
  })

  it("counts the run's own tags from the environment, and refuses a custom tag under one of their keys", () => {
    const chained = { ...base, 'role-chaining': 'true' }
    const many = JSON.stringify(Object.fromEntries(Array.from({ length: 44 }, (_, i) => [`k${i}`, 'v'])))
    const env = {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_WORKFLOW: 'w',
      GITHUB_ACTION: 'a',
      GITHUB_ACTOR: 'x',
      GITHUB_SHA: 'abc',
      GITHUB_REF: 'refs/heads/main'
    }
    const withEnv = (given: Record<string, string>) => parseInputs({ ...source(given), env })
    expect(() => withEnv({ ...chained, 'custom-tags': many })).toThrow(/makes 51 session tags .* at most 50/)
    expect(() => withEnv({ ...chained, 'custom-tags': '{"branch": "x"}' })).toThrow(
      /Input 'custom-tags': the key 'branch' is set by this action from the run/
    )
  })

  it('refuses a token file with role-chaining, whose source is the environment', () => {
    const f = refusal({ ...base, 'role-chaining': 'true', 'web-identity-token-file': 't' }, {}, { '/ws/t': 'a.b.c' })
    expect(f.message).toMatch(/'web-identity-token-file'.*role-chaining/)
  })
})

describe('unknown inputs', () => {
  it('fail closed, naming the input and the closest declared one', () => {
    const f = refusal(base, { 'INPUT_ROLE-CHAINNING': 'true' })
    expect(f.code).toBe('invalid-input')
    expect(f.message).toContain("'role-chainning' — did you mean role-chaining?")
  })

  it('read underscores as hyphens for the suggestion, and name every unknown input', () => {
    const f = refusal(base, { INPUT_ROLE_CHAINING: 'true', INPUT_FLAVOUR: 'x' })
    expect(f.message).toContain("'role_chaining' — did you mean role-chaining?")
    expect(f.message).toContain("'flavour' (no declared input is close to it)")
  })

  it('are the INPUT_ variables of no declared input (names uppercased, spaces as underscores)', () => {
    expect(() => parseInputs(source(base, { 'INPUT_ROLE-TO-ASSUME': ROLE, 'INPUT_DRY-RUN': 'false' }))).not.toThrow()
    expect(() => parseInputs(source(base, { INPUTS_DIR: '/x', MY_INPUT_X: 'y' }))).not.toThrow()
  })
})

describe('deriveSessionName', () => {
  it('stays within 64 allowed characters and keeps the run id', () => {
    const name = deriveSessionName({
      GITHUB_REPOSITORY: `owner/${'r'.repeat(90)}`,
      GITHUB_RUN_ID: '1234567890',
      GITHUB_RUN_ATTEMPT: '3'
    })
    expect(name).toMatch(/^[\w+=,.@-]{2,64}$/)
    expect(name.endsWith('-1234567890-3')).toBe(true)
  })
})

describe('refusals end with the allowed form the input table states (the README and action.yml say the same)', () => {
  const base = { 'role-to-assume': ROLE, 'aws-region': 'eu-west-1' }
  it.each([
    ['role-to-assume', { 'role-to-assume': 'arn:aws:iam::123:role/x' }],
    ['aws-region', { 'aws-region': 'Europe' }],
    ['role-session-name', { 'role-session-name': 'a b' }],
    ['inline-session-policy', { 'inline-session-policy': '{' }],
    ['inline-session-policy', { 'inline-session-policy': JSON.stringify({ x: 'y'.repeat(2100) }) }],
    ['managed-session-policies', { 'managed-session-policies': 'nope' }],
    ['allowed-account-ids', { 'allowed-account-ids': '12' }],
    ['sts-endpoint', { 'sts-endpoint': 'ftp://x' }]
  ])('%s', (name, given) => {
    const allowed = INPUTS.find((i) => i.name === name)!.allowed
    expect(refusal({ ...base, ...given }).message.endsWith(`Allowed: ${allowed}`)).toBe(true)
  })
})
