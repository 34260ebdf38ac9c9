// sts:AssumeRole (role chaining) in the emulator: signed by a session it issued, Principal.AWS,
// sts:ExternalId, sts:TagSession, the one-hour limit, and AWS's exact texts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { AssumeRoleCommand, type AssumeRoleCommandInput } from '@aws-sdk/client-sts'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { addChainTarget, CHAIN_TARGET_ACCOUNT } from '../../emulator/world.js'
import { assumedCredentials, callerIdentity, expectStsError, stsClient, type Creds } from './helpers.js'

const SOURCE_ROLE = 'arn:aws:iam::123456789012:role/deploy'
const SOURCE_SESSION = 'arn:aws:sts::123456789012:assumed-role/deploy/test-session'
const TARGET = `arn:aws:iam::${CHAIN_TARGET_ACCOUNT}:role/target`
const denied = (action: string, resource = TARGET) =>
  `User: ${SOURCE_SESSION} is not authorized to perform: ${action} on resource: ${resource}`

let emu: Emulator
let source: Creds

beforeAll(async () => {
  emu = await startEmulator()
  source = await assumedCredentials(emu)
})
afterAll(() => emu.close())
beforeEach(() => {
  delete emu.world.accounts[CHAIN_TARGET_ACCOUNT]
  emu.world.clockOffsetSeconds = 0
})

function chain(input: Partial<AssumeRoleCommandInput> = {}, credentials: Creds = source) {
  return stsClient(emu, { credentials }).send(
    new AssumeRoleCommand({ RoleArn: TARGET, RoleSessionName: 'chained', ...input })
  )
}

describe('Principal.AWS', () => {
  it.each([
    ['the source role ARN', SOURCE_ROLE],
    ['the account id', '123456789012'],
    ['the account root', 'arn:aws:iam::123456789012:root']
  ])('%s lets a session of the role assume the target; the new keys verify', async (_, principal) => {
    addChainTarget(emu.world, principal)
    const out = await chain()
    expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${CHAIN_TARGET_ACCOUNT}:assumed-role/target/chained`)
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/)
    const c = out.Credentials!
    const id = await callerIdentity(emu, {
      accessKeyId: c.AccessKeyId!,
      secretAccessKey: c.SecretAccessKey!,
      sessionToken: c.SessionToken!
    })
    expect(id.Arn).toBe(`arn:aws:sts::${CHAIN_TARGET_ACCOUNT}:assumed-role/target/chained`)
    expect(emu.sessions().at(-1)).toMatchObject({ chainedFrom: SOURCE_SESSION })
  })

  it('another role or account is denied with the caller and the resource named', async () => {
    addChainTarget(emu.world, ['arn:aws:iam::123456789012:role/other', '210987654321'])
    await expectStsError(chain(), 'AccessDenied', 403, denied('sts:AssumeRole'))
  })

  it('a role that does not exist is denied the same way', async () => {
    addChainTarget(emu.world, SOURCE_ROLE)
    const missing = `arn:aws:iam::${CHAIN_TARGET_ACCOUNT}:role/nope`
    await expectStsError(chain({ RoleArn: missing }), 'AccessDenied', 403, denied('sts:AssumeRole', missing))
  })
})

describe('sts:ExternalId', () => {
  beforeEach(() => {
    addChainTarget(emu.world, SOURCE_ROLE, { externalId: 'tenant-42' })
  })

  it('the right external id passes', async () => {
    await expect(chain({ ExternalId: 'tenant-42' })).resolves.toBeDefined()
  })

  it.each([
    ['missing', undefined],
    ['wrong', 'tenant-41']
  ])('a %s one is a plain AccessDenied', async (_, id) => {
    await expectStsError(chain({ ExternalId: id }), 'AccessDenied', 403, denied('sts:AssumeRole'))
  })
})

describe('sts:TagSession', () => {
  const Tags = [
    { Key: 'Repository', Value: 'octo-org/octo-repo' },
    { Key: 'Actor', Value: 'octocat' }
  ]

  it('tags need sts:TagSession; the session keeps them', async () => {
    addChainTarget(emu.world, SOURCE_ROLE)
    await chain({ Tags, TransitiveTagKeys: ['Repository'] })
    expect(emu.sessions().at(-1)).toMatchObject({
      tags: { Repository: 'octo-org/octo-repo', Actor: 'octocat' },
      transitiveTagKeys: ['Repository']
    })
  })

  it('without it, tags are denied on sts:TagSession, and untagged requests pass', async () => {
    addChainTarget(emu.world, SOURCE_ROLE, { tagSession: false })
    await expectStsError(chain({ Tags }), 'AccessDenied', 403, denied('sts:TagSession'))
    await expect(chain()).resolves.toBeDefined()
  })

  it('tag values outside the tag alphabet fail validation', async () => {
    addChainTarget(emu.world, SOURCE_ROLE)
    await expectStsError(
      chain({ Tags: [{ Key: 'Branch', Value: 'refs/heads/a#b' }] }),
      'ValidationError',
      400,
      /^1 validation error detected: Value 'refs\/heads\/a#b' at 'tags\.1\.member\.value' failed to satisfy constraint/
    )
  })
})

describe('limits and credentials', () => {
  beforeEach(() => {
    addChainTarget(emu.world, SOURCE_ROLE)
  })

  it('a chained session lasts at most one hour', async () => {
    await expectStsError(
      chain({ DurationSeconds: 3601 }),
      'ValidationError',
      400,
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
    )
  })

  it('expired source credentials', async () => {
    const session = emu.sessions().find((x) => x.accessKeyId === source.accessKeyId)!
    const expiration = session.expiration
    session.expiration = emu.stsNow() - 1000
    try {
      await expectStsError(chain(), 'ExpiredToken', 403, 'The security token included in the request is expired')
    } finally {
      session.expiration = expiration
    }
  })

  it('keys the emulator never issued', async () => {
    await expectStsError(
      chain({}, { ...source, accessKeyId: 'AKIAIOSFODNN7EXAMPLE', sessionToken: undefined }),
      'InvalidClientTokenId',
      403,
      'The security token included in the request is invalid.'
    )
  })

  it('an unsigned AssumeRole is refused', async () => {
    const res = await fetch(emu.stsEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `Action=AssumeRole&Version=2011-06-15&RoleArn=${encodeURIComponent(TARGET)}&RoleSessionName=x1`
    })
    expect(res.status).toBe(403)
    expect(await res.text()).toContain('<Code>MissingAuthenticationToken</Code>')
  })
})
