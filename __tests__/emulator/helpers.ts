// Shared test plumbing: a real STS client pointed at the emulator, and error assertions.
import { expect } from '@jest/globals'
import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
  type AssumeRoleWithWebIdentityCommandInput,
  type AssumeRoleWithWebIdentityCommandOutput,
  type STSClientConfig
} from '@aws-sdk/client-sts'
import type { Emulator } from '../../emulator/index.js'

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/deploy'

export function stsClient(emu: Emulator, config: STSClientConfig = {}): STSClient {
  return new STSClient({ endpoint: emu.stsEndpoint, region: 'eu-west-1', maxAttempts: 1, ...config })
}

/** AssumeRoleWithWebIdentity with sane defaults; the token defaults to a fresh sts.amazonaws.com token. */
export async function assume(
  emu: Emulator,
  input: Partial<AssumeRoleWithWebIdentityCommandInput> = {},
  config: STSClientConfig = {}
): Promise<AssumeRoleWithWebIdentityCommandOutput> {
  const token = input.WebIdentityToken ?? (await emu.issueToken())
  return stsClient(emu, config).send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: ROLE_ARN,
      RoleSessionName: 'test-session',
      ...input,
      WebIdentityToken: token
    })
  )
}

export interface Creds {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

export async function assumedCredentials(emu: Emulator): Promise<Creds> {
  const out = await assume(emu)
  const c = out.Credentials!
  return { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! }
}

export function callerIdentity(emu: Emulator, credentials: Creds, config: STSClientConfig = {}) {
  return stsClient(emu, { credentials, ...config }).send(new GetCallerIdentityCommand({}))
}

interface SdkError {
  name: string
  message: string
  $fault?: string
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number }
}

/** The promise must reject with exactly this SDK error name, HTTP status and message. */
export async function expectStsError(
  promise: Promise<unknown>,
  name: string,
  status: number,
  message: string | RegExp
): Promise<SdkError> {
  const err = (await promise.then(
    () => {
      throw new Error(`expected ${name}, but the call succeeded`)
    },
    (e: unknown) => e
  )) as SdkError
  expect({ name: err.name, status: err.$metadata?.httpStatusCode }).toEqual({ name, status })
  if (typeof message === 'string') expect(err.message).toBe(message)
  else expect(err.message).toMatch(message)
  return err
}

/** Any rejection (network errors, timeouts): returns the error for inspection. */
export async function rejection(
  promise: Promise<unknown>
): Promise<Error & { code?: string; name: string; $metadata?: { httpStatusCode?: number } }> {
  return promise.then(
    () => {
      throw new Error('expected a failure, but the call succeeded')
    },
    (e: unknown) => e as Error & { code?: string }
  )
}

export function decodeClaims(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>
}

export function decodeHeader(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString('utf8')) as Record<string, unknown>
}
