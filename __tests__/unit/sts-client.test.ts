// The STS transport, with the SDK's send() mocked: parameters, explicit credentials, one SDK attempt.
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient
} from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { createStsApi } from '../../src/sts/client.js'
import { configuredStsEndpoint, proxyFor, resolveStsEndpoint } from '../../src/sts/endpoint.js'
import { withProcessVariables } from '../../src/process-variables.js'

const sts = mockClient(STSClient)
afterEach(() => {
  sts.reset()
})

const settings = {
  region: 'eu-west-1',
  endpoint: 'https://sts.example.test',
  connectionTimeoutMs: 5000,
  requestTimeoutMs: 15000,
  withProcessVariables
}
// STS answers an expiration about an hour ahead (the shape check refuses one days away)
const expiration = new Date(Date.now() + 3600_000)

describe('createStsApi', () => {
  it('sends AssumeRoleWithWebIdentity with every parameter and returns the credentials', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({
      Credentials: {
        AccessKeyId: 'ASIAEXAMPLEXXXXXXXXX',
        SecretAccessKey: 'wJalrXUtnFEMIK7MDENGbPxRfiCYsecret',
        SessionToken: 'FwoGZXIvYXdzEBsession',
        Expiration: expiration
      },
      AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/deploy/s', AssumedRoleId: 'AROA:s' },
      $metadata: { requestId: 'req-1' }
    })
    const out = await createStsApi(settings).assumeRoleWithWebIdentity({
      roleArn: 'arn:aws:iam::123456789012:role/deploy',
      roleSessionName: 's',
      webIdentityToken: 'a.b.c',
      durationSeconds: 900,
      policy: '{"Version":"2012-10-17","Statement":[]}',
      policyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess']
    })
    expect(out.credentials).toEqual({
      accessKeyId: 'ASIAEXAMPLEXXXXXXXXX',
      secretAccessKey: 'wJalrXUtnFEMIK7MDENGbPxRfiCYsecret',
      sessionToken: 'FwoGZXIvYXdzEBsession',
      expiration
    })
    expect(out.requestId).toBe('req-1')
    const call = sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0]
    expect(call.args[0].input).toEqual({
      RoleArn: 'arn:aws:iam::123456789012:role/deploy',
      RoleSessionName: 's',
      WebIdentityToken: 'a.b.c',
      DurationSeconds: 900,
      Policy: '{"Version":"2012-10-17","Statement":[]}',
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }]
    })
    const client = call.thisValue as STSClient
    expect(client.config.maxAttempts && (await client.config.maxAttempts())).toBe(1)
    expect(await client.config.region()).toBe('eu-west-1')
  })

  it('refuses an answer without complete credentials', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: undefined, $metadata: {} })
    await expect(
      createStsApi(settings).assumeRoleWithWebIdentity({
        roleArn: 'r',
        roleSessionName: 's',
        webIdentityToken: 't',
        durationSeconds: 900,
        policyArns: []
      })
    ).rejects.toMatchObject({
      code: 'sts-response-invalid',
      message: expect.stringContaining('AccessKeyId is missing')
    })
  })

  it('signs GetCallerIdentity with the new credentials, passed explicitly', async () => {
    sts.on(GetCallerIdentityCommand).resolves({
      Account: '123456789012',
      Arn: 'arn:aws:sts::123456789012:assumed-role/deploy/s',
      UserId: 'AROA:s',
      $metadata: { requestId: 'req-2' }
    })
    const id = await createStsApi(settings).getCallerIdentity({
      accessKeyId: 'ASIAEXAMPLEXXXXXXXXX',
      secretAccessKey: 'wJalrXUtnFEMIK7MDENGbPxRfiCYsecret',
      sessionToken: 'FwoGZXIvYXdzEBsession'
    })
    expect(id).toEqual({
      account: '123456789012',
      arn: 'arn:aws:sts::123456789012:assumed-role/deploy/s',
      userId: 'AROA:s',
      requestId: 'req-2'
    })
    const client = sts.commandCalls(GetCallerIdentityCommand)[0].thisValue as STSClient
    const creds = await client.config.credentials()
    expect(creds).toMatchObject({
      accessKeyId: 'ASIAEXAMPLEXXXXXXXXX',
      secretAccessKey: 'wJalrXUtnFEMIK7MDENGbPxRfiCYsecret',
      sessionToken: 'FwoGZXIvYXdzEBsession'
    })
  })

  it('sends AssumeRole signed with the source credentials, with external id, tags and transitive keys', async () => {
    sts.on(AssumeRoleCommand).resolves({
      Credentials: {
        AccessKeyId: 'ASIAEXAMPLEYYYYYYYYY',
        SecretAccessKey: 'wJalrXUtnFEMIK7MDENGbPxRfiCYsecret2',
        SessionToken: 'FwoGZXIvYXdzEBsession2',
        Expiration: expiration
      },
      AssumedRoleUser: { Arn: 'arn:aws:sts::444455556666:assumed-role/target/s', AssumedRoleId: 'AROA:s' },
      $metadata: { requestId: 'req-3' }
    })
    const out = await createStsApi(settings).assumeRole({
      roleArn: 'arn:aws:iam::444455556666:role/target',
      roleSessionName: 's',
      durationSeconds: 900,
      externalId: 'tenant-42',
      tags: [{ key: 'Repository', value: 'octo-org/octo-repo' }],
      transitiveTagKeys: ['Repository'],
      policyArns: [],
      source: {
        accessKeyId: 'ASIAEXAMPLEXXXXXXXXX',
        secretAccessKey: 'wJalrXUtnFEMIK7MDENGbPxRfiCYsecret',
        sessionToken: 'FwoGZXIvYXdzEBsession'
      }
    })
    expect(out).toMatchObject({ credentials: { accessKeyId: 'ASIAEXAMPLEYYYYYYYYY', expiration }, requestId: 'req-3' })
    const call = sts.commandCalls(AssumeRoleCommand)[0]
    expect(call.args[0].input).toEqual({
      RoleArn: 'arn:aws:iam::444455556666:role/target',
      RoleSessionName: 's',
      DurationSeconds: 900,
      ExternalId: 'tenant-42',
      Tags: [{ Key: 'Repository', Value: 'octo-org/octo-repo' }],
      TransitiveTagKeys: ['Repository']
    })
    const creds = await (call.thisValue as STSClient).config.credentials()
    expect(creds).toMatchObject({
      accessKeyId: 'ASIAEXAMPLEXXXXXXXXX',
      secretAccessKey: 'wJalrXUtnFEMIK7MDENGbPxRfiCYsecret',
      sessionToken: 'FwoGZXIvYXdzEBsession'
    })
  })

  it('verifies new keys with the client that assumed the role, but chained keys with a client of their own', async () => {
    const newKeys = {
      AccessKeyId: 'ASIAEXAMPLENNNNNNNNN',
      SecretAccessKey: 'wJalrXUtnFEMIK7MDENGbPxRfiCYnew',
      SessionToken: 'FwoGZXIvYXdzEBnewsession',
      Expiration: expiration
    }
    const AssumedRoleUser = { Arn: 'arn:aws:sts::123456789012:assumed-role/deploy/s', AssumedRoleId: 'AROAEXAMPLE:s' }
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: newKeys, AssumedRoleUser, $metadata: {} })
    sts.on(AssumeRoleCommand).resolves({ Credentials: newKeys, AssumedRoleUser, $metadata: {} })
    sts.on(GetCallerIdentityCommand).resolves({
      Account: '123456789012',
      Arn: 'arn:aws:sts::123456789012:assumed-role/deploy/s',
      UserId: 'AROAEXAMPLE:s',
      $metadata: {}
    })
    const api = createStsApi(settings)
    const assumed = await api.assumeRoleWithWebIdentity({
      roleArn: 'r',
      roleSessionName: 's',
      webIdentityToken: 't',
      durationSeconds: 900,
      policyArns: []
    })
    await api.getCallerIdentity(assumed.credentials)
    const assumeClient = sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0].thisValue as STSClient
    const verifyClient = sts.commandCalls(GetCallerIdentityCommand)[0].thisValue as STSClient
    expect(verifyClient).toBe(assumeClient)
    expect(await verifyClient.config.credentials()).toMatchObject({
      accessKeyId: 'ASIAEXAMPLENNNNNNNNN',
      sessionToken: 'FwoGZXIvYXdzEBnewsession'
    })

    // other keys never borrow that client: the SDK keeps the first credentials a client resolves
    await api.getCallerIdentity({ accessKeyId: 'ASIAO', secretAccessKey: 'other', sessionToken: 'othersession' })
    const otherClient = sts.commandCalls(GetCallerIdentityCommand)[1].thisValue as STSClient
    expect(otherClient).not.toBe(assumeClient)
    expect(await otherClient.config.credentials()).toMatchObject({ accessKeyId: 'ASIAO' })

    const chained = createStsApi(settings)
    const source = { accessKeyId: 'ASIAS', secretAccessKey: 'source', sessionToken: 'sourcesession' }
    const next = await chained.assumeRole({
      roleArn: 'r',
      roleSessionName: 's',
      durationSeconds: 900,
      tags: [],
      transitiveTagKeys: [],
      policyArns: [],
      source
    })
    await chained.getCallerIdentity(next.credentials)
    const chainClient = sts.commandCalls(AssumeRoleCommand)[0].thisValue as STSClient
    const chainVerify = sts.commandCalls(GetCallerIdentityCommand)[2].thisValue as STSClient
    expect(chainVerify).not.toBe(chainClient)
    expect(await chainClient.config.credentials()).toMatchObject({ accessKeyId: 'ASIAS' })
    expect(await chainVerify.config.credentials()).toMatchObject({ accessKeyId: 'ASIAEXAMPLENNNNNNNNN' })
  })
})

describe('the endpoint decision (src/sts/endpoint.ts)', () => {
  it("asks the SDK's rules for the default, per partition", async () => {
    const at = (region: string) => resolveStsEndpoint(region, undefined, {}, {}, withProcessVariables)
    expect(await at('eu-west-1')).toEqual({ url: 'https://sts.eu-west-1.amazonaws.com/', source: 'default' })
    expect((await at('cn-north-1')).url).toBe('https://sts.cn-north-1.amazonaws.com.cn/')
    expect((await at('us-gov-west-1')).url).toBe('https://sts.us-gov-west-1.amazonaws.com/')
  })

  it('takes the input, then AWS_ENDPOINT_URL_STS, then AWS_ENDPOINT_URL, unless configured endpoints are ignored', () => {
    const env = { AWS_ENDPOINT_URL_STS: 'https://sts.vpce.test', AWS_ENDPOINT_URL: 'https://all.test' }
    expect(configuredStsEndpoint('https://input.test', env)).toEqual({
      url: 'https://input.test',
      source: 'sts-endpoint'
    })
    expect(configuredStsEndpoint(undefined, env)?.source).toBe('AWS_ENDPOINT_URL_STS')
    expect(configuredStsEndpoint(undefined, { AWS_ENDPOINT_URL: 'https://all.test' })?.source).toBe('AWS_ENDPOINT_URL')
    expect(configuredStsEndpoint(undefined, { ...env, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' })).toBeUndefined()
  })

  it('decides the proxy from the injected environment, not this process', () => {
    const saved = process.env.HTTPS_PROXY
    process.env.HTTPS_PROXY = 'http://127.0.0.1:1'
    try {
      expect(proxyFor('https://sts.eu-west-1.amazonaws.com', undefined, {}, withProcessVariables)).toBeUndefined()
      expect(
        proxyFor(
          'https://sts.eu-west-1.amazonaws.com',
          undefined,
          { HTTPS_PROXY: 'http://u:p@10.0.0.1:3128' },
          withProcessVariables
        )
      ).toBe('http://10.0.0.1:3128')
      expect(process.env.HTTPS_PROXY).toBe('http://127.0.0.1:1')
    } finally {
      if (saved === undefined) delete process.env.HTTPS_PROXY
      else process.env.HTTPS_PROXY = saved
    }
  })
})
