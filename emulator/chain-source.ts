// What an earlier step of this action leaves for a chained step: a session of the deploy role,
// got from the emulated STS with a fresh ID token, as the AWS_* variables it exports.
import type { Emulator } from './server.js'
import { STS_VERSION } from './sts/index.js'

export const SOURCE_ROLE_ARN = 'arn:aws:iam::123456789012:role/deploy'

export async function sourceSessionEnv(emu: Emulator, roleArn = SOURCE_ROLE_ARN): Promise<Record<string, string>> {
  const body = new URLSearchParams({
    Action: 'AssumeRoleWithWebIdentity',
    Version: STS_VERSION,
    RoleArn: roleArn,
    RoleSessionName: 'first-step',
    WebIdentityToken: await emu.issueToken()
  })
  const res = await fetch(emu.stsEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body
  })
  const xml = await res.text()
  const field = (name: string): string => {
    const m = new RegExp(`<${name}>([^<]+)</${name}>`).exec(xml)
    if (!m) throw new Error(`emulator: the source session has no ${name} (HTTP ${res.status})`)
    return m[1]
  }
  return {
    AWS_ACCESS_KEY_ID: field('AccessKeyId'),
    AWS_SECRET_ACCESS_KEY: field('SecretAccessKey'),
    AWS_SESSION_TOKEN: field('SessionToken'),
    AWS_REGION: 'eu-west-1',
    AWS_DEFAULT_REGION: 'eu-west-1'
  }
}
