// AssumeRoleWithWebIdentity through the real @aws-sdk/client-sts against the emulator:
// the success path end to end, then every rejection with its exact name/status/message.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { AssumeRoleWithWebIdentityCommand } from '@aws-sdk/client-sts'
import { defaultWorld, githubTrustPolicy, MESSAGES, startEmulator, type Emulator } from '../../emulator/index.js'
import { assume, callerIdentity, decodeClaims, expectStsError, ROLE_ARN, stsClient } from './helpers.js'

// a fixed GitHub/STS clock makes the time-dependent texts exact (the SDK's own clock stays real,
// which matters only for SigV4 — tested in caller-identity.test.ts)
const NOW = Math.floor(Date.now() / 1000) * 1000

let emu: Emulator

beforeAll(async () => {
  const world = defaultWorld()
  const account = world.accounts['123456789012']!
  account.oidcProviders.push({ url: 'https://ghes.example.com/_services/token', clientIds: ['sts.amazonaws.com'] })
  account.roles.push(
    {
      name: 'any-ref',
      path: '/ci/',
      trustPolicy: githubTrustPolicy('repo:octo-org/octo-repo:*'),
      maxSessionDuration: 43200
    },
    { name: 'immutable', trustPolicy: githubTrustPolicy('repo:octo-org@123456/octo-repo@789012:ref:refs/heads/main') },
    {
      name: 'other-account-principal',
      trustPolicy: githubTrustPolicy('repo:octo-org/octo-repo:*', { account: '210987654321' })
    }
  )
  world.accounts['210987654321'] = {
    oidcProviders: [],
    roles: [{ name: 'deploy', trustPolicy: githubTrustPolicy('*') }]
  }
  emu = await startEmulator({ world, clock: () => NOW })
})
afterAll(() => emu.close())
beforeEach(() => {
  emu.world.clockOffsetSeconds = 0
})

describe('success', () => {
  it('token endpoint -> AssumeRoleWithWebIdentity -> GetCallerIdentity, end to end', async () => {
    const res = await fetch(`${emu.tokenRequestUrl}&audience=sts.amazonaws.com`, {
      headers: { Authorization: `Bearer ${emu.tokenRequestToken}` }
    })
    expect(res.status).toBe(200)
    const { value } = (await res.json()) as { value: string }

    const out = await stsClient(emu).send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: ROLE_ARN,
        RoleSessionName: 'GitHubActions',
        WebIdentityToken: value
      })
    )
    expect(out.$metadata.httpStatusCode).toBe(200)
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(out.SubjectFromWebIdentityToken).toBe('repo:octo-org/octo-repo:ref:refs/heads/main')
    expect(out.Audience).toBe('sts.amazonaws.com')
    expect(out.Provider).toBe('arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com')
    expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions')
    expect(out.AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA[A-Z0-9]{17}:GitHubActions$/)
    expect(out.PackedPolicySize).toBeUndefined()
    const c = out.Credentials!
    expect(c.AccessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/)
    expect(c.SecretAccessKey).toHaveLength(40)
    expect(c.SessionToken!.length).toBeGreaterThan(300)
    expect(c.Expiration?.getTime()).toBe(NOW + 3600 * 1000)

    // the SDK signs with the real clock; the emulator's fixed clock is close enough (< 15 min)
    const id = await callerIdentity(emu, {
      accessKeyId: c.AccessKeyId!,
      secretAccessKey: c.SecretAccessKey!,
      sessionToken: c.SessionToken!
    })
    expect({ Arn: id.Arn, Account: id.Account, UserId: id.UserId }).toEqual({
      Arn: 'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions',
      Account: '123456789012',
      UserId: out.AssumedRoleUser?.AssumedRoleId
    })

    const log = emu.calls
      .slice(-3)
      .map((c) => ({ target: c.target, status: c.status, signed: c.signed, byIssued: c.signedByIssuedSession }))
    expect(log).toEqual([
      { target: 'token', status: 200, signed: false, byIssued: false },
      { target: 'AssumeRoleWithWebIdentity', status: 200, signed: false, byIssued: false },
      { target: 'GetCallerIdentity', status: 200, signed: true, byIssued: true }
    ])
    expect(emu.calls.at(-1)?.accessKeyId).toBe(c.AccessKeyId)
    expect(emu.calls.at(-1)?.region).toBe('eu-west-1')
    expect(emu.sessions().map((s) => s.accessKeyId)).toContain(c.AccessKeyId)
  })

  it('the SDK sends AssumeRoleWithWebIdentity unsigned even when the client has credentials', async () => {
    await assume(
      emu,
      {},
      {
        credentials: {
          accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
          secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
        }
      }
    )
    expect(emu.calls.at(-1)).toMatchObject({ target: 'AssumeRoleWithWebIdentity', status: 200, signed: false })
  })

  it('a role with a path, a wildcard subject, a session policy and a long duration', async () => {
    const pr = await emu.issueToken({
      run: { eventName: 'pull_request', ref: 'refs/pull/13/merge', headRef: 'feature', baseRef: 'main' }
    })
    const out = await assume(emu, {
      RoleArn: 'arn:aws:iam::123456789012:role/ci/any-ref',
      WebIdentityToken: pr,
      DurationSeconds: 43200,
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]
      }),
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }]
    })
    expect(out.SubjectFromWebIdentityToken).toBe('repo:octo-org/octo-repo:pull_request')
    expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::123456789012:assumed-role/any-ref/test-session')
    expect(out.Credentials?.Expiration?.getTime()).toBe(NOW + 43200 * 1000)
    expect(out.PackedPolicySize).toBeGreaterThan(0)
  })

  it('an immutable-subject token against a policy written for the @ID form', async () => {
    const token = await emu.issueToken({ run: { immutableSubject: true } })
    const out = await assume(emu, { RoleArn: 'arn:aws:iam::123456789012:role/immutable', WebIdentityToken: token })
    expect(out.SubjectFromWebIdentityToken).toBe('repo:octo-org@123456/octo-repo@789012:ref:refs/heads/main')
  })
})

describe('parameter validation (ValidationError, 400)', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    [
      'session name with brackets',
      { RoleSessionName: 'dependabot[bot]' },
      "1 validation error detected: Value 'dependabot[bot]' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"
    ],
    [
      'session name too short',
      { RoleSessionName: 'a' },
      "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2"
    ],
    [
      'session name too long',
      { RoleSessionName: 'x'.repeat(65) },
      `1 validation error detected: Value '${'x'.repeat(65)}' at 'roleSessionName' failed to satisfy constraint: Member must have length less than or equal to 64`
    ],
    [
      'duration below 900',
      { DurationSeconds: 100 },
      "1 validation error detected: Value '100' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"
    ],
    [
      'duration above 43200',
      { DurationSeconds: 43201 },
      "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200"
    ],
    [
      'empty role ARN',
      { RoleArn: '' },
      "1 validation error detected: Value '' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20"
    ],
    ['role ARN of the wrong shape', { RoleArn: 'arn:aws:iam::12345:role/deploy' }, 'Request ARN is invalid'],
    ['role ARN of another service', { RoleArn: 'arn:aws:s3:::my-bucket-name-here' }, 'Request ARN is invalid'],
    [
      'role ARN of another partition',
      { RoleArn: 'arn:aws-cn:iam::123456789012:role/deploy' },
      'Request ARN is invalid'
    ],
    [
      'token too short',
      { WebIdentityToken: 'abc' },
      "1 validation error detected: Value at 'webIdentityToken' failed to satisfy constraint: Member must have length greater than or equal to 4"
    ],
    [
      'session policy too long',
      { Policy: `{"Statement":[${' '.repeat(2040)}]}` },
      `1 validation error detected: Value '{"Statement":[${' '.repeat(2040)}]}' at 'policy' failed to satisfy constraint: Member must have length less than or equal to 2048`
    ],
    [
      'two problems at once',
      { RoleSessionName: 'a b', DurationSeconds: 60 },
      "2 validation errors detected: Value 'a b' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*; " +
        "Value '60' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"
    ]
  ]
  it.each(cases)('%s', async (_label, input, message) => {
    await expectStsError(assume(emu, input), 'ValidationError', 400, message)
  })

  it('more than 10 policy ARNs', async () => {
    const PolicyArns = Array.from({ length: 11 }, (_, i) => ({ arn: `arn:aws:iam::aws:policy/Policy${i}` }))
    await expectStsError(
      assume(emu, { PolicyArns }),
      'ValidationError',
      400,
      /^1 validation error detected: Value '\[.*\]' at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to 10$/
    )
  })

  it('duration above the role maximum', async () => {
    await expectStsError(assume(emu, { DurationSeconds: 7200 }), 'ValidationError', 400, MESSAGES.maxDuration)
    expect(MESSAGES.maxDuration).toBe('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')
  })
})

describe('token rejections (InvalidIdentityToken / ExpiredToken, 400)', () => {
  it('not a JWT', async () => {
    await expectStsError(
      assume(emu, { WebIdentityToken: 'gho_16C7e42F292c6912E7710c838347Ae178B4a' }),
      'InvalidIdentityTokenException',
      400,
      'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)'
    )
  })

  it('no OIDC provider for the issuer in the role account', async () => {
    const token = await emu.issueToken({ issuer: 'https://token.actions.githubusercontent.com/octo-enterprise' })
    await expectStsError(
      assume(emu, { WebIdentityToken: token }),
      'InvalidIdentityTokenException',
      400,
      'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com/octo-enterprise'
    )
    // the right provider, but in the other account the ARN names
    await expectStsError(
      assume(emu, { RoleArn: 'arn:aws:iam::210987654321:role/deploy' }),
      'InvalidIdentityTokenException',
      400,
      'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com'
    )
  })

  it('audience not registered on the provider, and several audiences', async () => {
    const message = 'Incorrect token audience'
    await expectStsError(
      assume(emu, { WebIdentityToken: await emu.issueToken({ audience: 'https://github.com/octo-org' }) }),
      'InvalidIdentityTokenException',
      400,
      message
    )
    const multi = await emu.issueToken({ audience: ['sts.amazonaws.com', 'https://github.com/octo-org'] })
    expect(decodeClaims(multi).aud).toEqual(['sts.amazonaws.com', 'https://github.com/octo-org'])
    await expectStsError(assume(emu, { WebIdentityToken: multi }), 'InvalidIdentityTokenException', 400, message)
  })

  it('verification key: bad signature, an issuer with no published key, JWKS unreachable', async () => {
    const message =
      "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"
    await expectStsError(
      assume(emu, { WebIdentityToken: await emu.issueToken({ signWith: 'foreign' }) }),
      'InvalidIdentityTokenException',
      400,
      message
    )

    // iss names a registered provider, but the emulator never published a key for it
    const ghes = await emu.issueToken({ claims: { iss: 'https://ghes.example.com/_services/token' } })
    await expectStsError(assume(emu, { WebIdentityToken: ghes }), 'InvalidIdentityTokenException', 400, message)

    // a tampered payload
    const [h, , s] = (await emu.issueToken()).split('.')
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...decodeClaims(await emu.issueToken()), sub: 'repo:evil/repo:ref:refs/heads/main' })).toString('base64url')}.${s}`
    await expectStsError(assume(emu, { WebIdentityToken: forged }), 'InvalidIdentityTokenException', 400, message)

    emu.inject('AssumeRoleWithWebIdentity', 'jwks-unreachable')
    await expectStsError(assume(emu), 'InvalidIdentityTokenException', 400, message)
    await assume(emu) // only the next request was affected
  })

  it('expired token (exp + the five minutes IAM allows, against the STS clock)', async () => {
    const token = await emu.issueToken()
    const exp = decodeClaims(token).exp as number
    expect(exp).toBe(NOW / 1000 + 300)
    emu.world.clockOffsetSeconds = 600
    await expectStsError(
      assume(emu, { WebIdentityToken: token }),
      'ExpiredTokenException',
      400,
      `Token expired: current date/time ${NOW / 1000 + 600} must be before the expiration date/time${exp}`
    )
    // past exp, but within IAM's five-minute allowance: accepted
    emu.world.clockOffsetSeconds = 599
    await assume(emu, { WebIdentityToken: token })
  })

  it('token used before issued (nbf/iat ahead of the STS clock beyond the allowance)', async () => {
    const ahead = await emu.issueToken({ claims: { iat: NOW / 1000 + 301, nbf: NOW / 1000 + 301 } })
    await expectStsError(
      assume(emu, { WebIdentityToken: ahead }),
      'InvalidIdentityTokenException',
      400,
      'Token used before issued'
    )
    await assume(emu, { WebIdentityToken: await emu.issueToken({ claims: { iat: NOW / 1000 + 299 } }) })
  })
})

describe('AccessDenied (403)', () => {
  const message = 'Not authorized to perform sts:AssumeRoleWithWebIdentity'
  const cases: [string, () => Promise<Record<string, unknown>>][] = [
    [
      'a pull request against a branch policy',
      async () => ({
        WebIdentityToken: await emu.issueToken({ run: { eventName: 'pull_request', ref: 'refs/pull/1/merge' } })
      })
    ],
    [
      'an environment subject',
      async () => ({ WebIdentityToken: await emu.issueToken({ run: { environment: 'prod' } }) })
    ],
    ['a tag subject', async () => ({ WebIdentityToken: await emu.issueToken({ run: { ref: 'refs/tags/v1.0.0' } }) })],
    [
      'the immutable subject against a name-based policy',
      async () => ({ WebIdentityToken: await emu.issueToken({ run: { immutableSubject: true } }) })
    ],
    [
      'owner capitalised differently',
      async () => ({ WebIdentityToken: await emu.issueToken({ run: { owner: 'Octo-Org' } }) })
    ],
    [
      'a custom sub template',
      async () => ({
        WebIdentityToken: await emu.issueToken({ run: { includeClaimKeys: ['repo', 'context', 'job_workflow_ref'] } })
      })
    ],
    ['a token without sub', async () => ({ WebIdentityToken: await emu.issueToken({ claims: { sub: undefined } }) })],
    ['a role that does not exist', async () => ({ RoleArn: 'arn:aws:iam::123456789012:role/does-not-exist' })],
    [
      "a trust policy naming another account's provider",
      async () => ({ RoleArn: 'arn:aws:iam::123456789012:role/other-account-principal' })
    ]
  ]
  it.each(cases)('%s', async (_label, input) => {
    await expectStsError(assume(emu, await input()), 'AccessDenied', 403, message)
    expect(emu.calls.at(-1)).toMatchObject({ target: 'AssumeRoleWithWebIdentity', status: 403, code: 'AccessDenied' })
  })
})

describe('session policy (MalformedPolicyDocument, 400)', () => {
  it('not JSON', async () => {
    await expectStsError(
      assume(emu, { Policy: '{"Version": "2012-10-17",' }),
      'MalformedPolicyDocumentException',
      400,
      'The policy is not in the valid JSON format.'
    )
  })
  it('JSON without Statement', async () => {
    await expectStsError(
      assume(emu, { Policy: '{"Version":"2012-10-17"}' }),
      'MalformedPolicyDocumentException',
      400,
      'Syntax errors in policy.'
    )
  })
})

describe('the wire', () => {
  it('answers XML in the 2011-06-15 namespace with x-amzn-requestid, also for errors', async () => {
    const res = await fetch(emu.stsEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        Action: 'AssumeRoleWithWebIdentity',
        Version: '2011-06-15',
        RoleArn: ROLE_ARN,
        RoleSessionName: 's1',
        WebIdentityToken: 'nope'
      })
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('text/xml')
    const requestId = res.headers.get('x-amzn-requestid')
    expect(await res.text()).toBe(
      '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n' +
        '  <Error>\n    <Type>Sender</Type>\n    <Code>InvalidIdentityToken</Code>\n' +
        '    <Message>The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)</Message>\n' +
        `  </Error>\n  <RequestId>${requestId}</RequestId>\n</ErrorResponse>\n`
    )
  })

  it('unknown actions and versions, missing parameters', async () => {
    const post = (params: Record<string, string>) =>
      fetch(emu.stsEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(params)
      })
    let res = await post({ Action: 'AssumeRoleWithSAML', Version: '2011-06-15' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain(
      '<Code>InvalidAction</Code>\n    <Message>Could not find operation AssumeRoleWithSAML for version 2011-06-15</Message>'
    )
    res = await post({ Action: 'GetCallerIdentity' })
    expect(await res.text()).toContain('Could not find operation GetCallerIdentity for version NO_VERSION_SPECIFIED')
    res = await post({ Action: 'AssumeRoleWithWebIdentity', Version: '2011-06-15' })
    expect(await res.text()).toContain(
      "<Message>3 validation errors detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'webIdentityToken' failed to satisfy constraint: Member must not be null</Message>"
    )
  })

  it('404 for unknown paths', async () => {
    const res = await fetch(`${emu.baseUrl}/nope`)
    expect(res.status).toBe(404)
    expect(emu.calls.at(-1)).toMatchObject({ target: 'unknown', status: 404, path: '/nope' })
  })
})
