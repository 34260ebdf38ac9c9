// Which profiles the source stage reads (static keys) and which it refuses, and in what words.
import { describe, expect, it } from '@jest/globals'
import { refusalReason, refusedKindOf, REFUSED_PROFILE_KINDS as KINDS } from '../../src/source/profile-kinds.js'

const STATIC = { aws_access_key_id: 'ASIAIOSFODNN7EXAMPLE', aws_secret_access_key: 'x', aws_session_token: 'y' }

describe('refusedKindOf', () => {
  it("reads what this action's aws-profile writes, and leaves a profile with nothing to read to fromIni", () => {
    expect(refusedKindOf(STATIC)).toBeUndefined()
    expect(refusedKindOf({ ...STATIC, region: 'eu-west-1' })).toBeUndefined()
    expect(refusedKindOf({ region: 'eu-west-1' })).toBeUndefined()
    expect(refusedKindOf(undefined)).toBeUndefined()
  })

  it('static keys win over the other kinds, as in the SDK, unless the profile assumes a role with them', () => {
    expect(refusedKindOf({ ...STATIC, sso_session: 'corp', credential_process: 'x' })).toBeUndefined()
    expect(refusedKindOf({ ...STATIC, role_arn: 'arn', source_profile: 'base' })).toBe(KINDS.assumeRole)
    expect(refusedKindOf({ ...STATIC, role_arn: 'arn', credential_source: 'Environment' })).toBe(KINDS.credentialSource)
  })

  it.each([
    [{ role_arn: 'arn', credential_source: 'Ec2InstanceMetadata' }, KINDS.credentialSource],
    [{ role_arn: 'arn', source_profile: 'base' }, KINDS.assumeRole],
    [{ role_arn: 'arn', web_identity_token_file: '/t' }, KINDS.webIdentity],
    [{ credential_process: '/bin/true' }, KINDS.credentialProcess],
    [{ sso_start_url: 'https://x', sso_region: 'eu-west-1' }, KINDS.sso],
    [{ sso_session: 'corp' }, KINDS.sso],
    [{ login_session: 'arn' }, KINDS.login]
  ])('%j is refused as %j', (profile, kind) => {
    expect(refusedKindOf(profile)).toBe(kind)
  })

  it('says what the kind would run and that the source is read locally only', () => {
    expect(refusalReason(KINDS.credentialProcess)).toBe(
      'credential_process profiles get their credentials by starting a process, and role-chaining reads its ' +
        'source credentials locally only (static temporary keys, as aws-profile writes them)'
    )
  })
})
