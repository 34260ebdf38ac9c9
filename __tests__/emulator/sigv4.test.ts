// The SigV4 checker against the SDK's own signer, and its canonical forms.
import { describe, expect, it } from '@jest/globals'
import { createHash, createHmac } from 'node:crypto'
import { SignatureV4 } from '@smithy/signature-v4'
import type { HttpRequest } from '@smithy/types'
import {
  canonicalPath,
  canonicalQuery,
  formatAmzDate,
  parseAmzDate,
  parseAuthorization,
  signatureMatches
} from '../../emulator/sts/sigv4.js'

/** node:crypto behind the Checksum interface the signer wants */
class Sha256 {
  private readonly hash
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', Buffer.from(secret as string))
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(typeof data === 'string' ? data : Buffer.from(data as Uint8Array))
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest())
  }
  reset(): void {}
}

const credentials = {
  accessKeyId: 'ASIAEXAMPLEEXAMPLE12',
  secretAccessKey: 'secret/secret+secret/secret+secret/secre',
  sessionToken: 'tok'
}

async function signed(path: string, query: Record<string, string>, body: string) {
  const signer = new SignatureV4({ credentials, region: 'eu-west-1', service: 'sts', sha256: Sha256 })
  const request: HttpRequest = {
    method: 'POST',
    protocol: 'http:',
    hostname: '127.0.0.1',
    port: 8080,
    path,
    query,
    headers: { host: '127.0.0.1:8080', 'content-type': 'application/x-www-form-urlencoded' },
    body
  }
  const out = (await signer.sign(request, { signingDate: new Date('2026-11-21T22:00:00Z') })) as HttpRequest
  const rawQuery = Object.entries(out.query ?? {})
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  const headers = Object.fromEntries(Object.entries(out.headers).map(([k, v]) => [k.toLowerCase(), v]))
  return { method: 'POST', wirePath: out.path, rawQuery, headers, body: Buffer.from(body) }
}

describe('verifying what @smithy/signature-v4 signs', () => {
  it.each<[string, string, Record<string, string>]>([
    ['root path', '/', {}],
    ['a nested path', '/sts/v1/', {}],
    ['an encoded path', '/a%20b/c', {}],
    ['a query string', '/', { b: '2', a: 'x y', 'c~': '*' }]
  ])('%s', async (_label, path, query) => {
    const req = await signed(path, query, 'Action=GetCallerIdentity&Version=2011-06-15')
    const auth = parseAuthorization(String(req.headers.authorization))!
    expect(auth).toMatchObject({
      accessKeyId: credentials.accessKeyId,
      date: '20261121',
      region: 'eu-west-1',
      service: 'sts'
    })
    const amzDate = String(req.headers['x-amz-date'])
    expect(amzDate).toBe('20261121T220000Z')
    expect(signatureMatches(req, auth, amzDate, credentials.secretAccessKey)).toBe(true)
    expect(signatureMatches(req, auth, amzDate, 'another secret')).toBe(false)
    expect(
      signatureMatches(
        { ...req, body: Buffer.from('Action=GetCallerIdentity&Version=2011-06-16') },
        auth,
        amzDate,
        credentials.secretAccessKey
      )
    ).toBe(false)
  })
})

it('canonical forms and dates', () => {
  expect(canonicalPath('/a/./b/../c/')).toBe('/a/c/')
  expect(canonicalPath('/a%20b')).toBe('/a%2520b')
  expect(canonicalQuery('b=2&a=x%20y&a=1')).toBe('a=1&a=x%20y&b=2')
  expect(formatAmzDate(Date.UTC(2026, 10, 21, 22, 0, 5))).toBe('20261121T220005Z')
  expect(parseAmzDate('20261121T220005Z')).toBe(Date.UTC(2026, 10, 21, 22, 0, 5))
  expect(parseAmzDate('2026-11-21')).toBeUndefined()
  expect(parseAuthorization('Bearer x')).toBeUndefined()
})
