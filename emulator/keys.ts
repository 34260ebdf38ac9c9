// RS256 signing keys, one per issuer, generated on first use (the run's issuer at start).
// STS looks the verification key up by the token's `iss`: an issuer the emulator never
// signed for has no key, which is how "couldn't retrieve verification key" comes about.
import { createHash, KeyObject, type webcrypto } from 'node:crypto'
import { exportJWK, generateKeyPair, type JWK } from 'jose'

export interface SigningKey {
  issuer: string
  /** GitHub's kid/x5t are both the SHA-1 thumbprint (hex / base64url); ours is over the SPKI */
  kid: string
  x5t: string
  privateKey: webcrypto.CryptoKey
  publicKey: webcrypto.CryptoKey
  jwk: JWK
}

async function newKey(issuer: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const spki = KeyObject.from(publicKey).export({ type: 'spki', format: 'der' })
  const sha1 = createHash('sha1').update(spki).digest()
  const kid = sha1.toString('hex').toUpperCase()
  const x5t = sha1.toString('base64url')
  const jwk = { ...(await exportJWK(publicKey)), alg: 'RS256', use: 'sig', kid, x5t }
  return { issuer, kid, x5t, privateKey, publicKey, jwk }
}

export class KeyStore {
  private readonly byIssuer = new Map<string, Promise<SigningKey>>()
  private foreign: Promise<SigningKey> | undefined

  /** The issuer's key, created if the emulator has not signed for this issuer yet. */
  keyFor(issuer: string): Promise<SigningKey> {
    let key = this.byIssuer.get(issuer)
    if (!key) {
      key = newKey(issuer)
      this.byIssuer.set(issuer, key)
    }
    return key
  }

  /** The issuer's key if there is one; never creates. */
  lookup(issuer: string): Promise<SigningKey> | undefined {
    return this.byIssuer.get(issuer)
  }

  /** A key no issuer publishes: tokens signed with it fail verification. */
  foreignKey(): Promise<SigningKey> {
    this.foreign ??= newKey('foreign')
    return this.foreign
  }

  async jwks(issuer?: string): Promise<{ keys: JWK[] }> {
    const entries =
      issuer === undefined ? [...this.byIssuer.values()] : [this.byIssuer.get(issuer)].filter((k) => k !== undefined)
    return { keys: (await Promise.all(entries)).map((k) => k.jwk) }
  }
}
