// RS256 signing keys, one per issuer, generated on first use (the run's issuer at start).
// STS looks the verification key up by the token's `iss`: an issuer the emulator never
// signed for has no key, which is how "couldn't retrieve verification key" comes about.
// The key pairs themselves are made once per process and shared by its emulators, as GitHub
// signs every run's token with the same few keys: an RSA key costs 0.1-0.2 s of CPU to make,
// and the tests start hundreds of emulators.
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

const made = new Map<string, Promise<SigningKey>>()
let foreign: Promise<SigningKey> | undefined

/** This process's key pair for the issuer. */
function keyPairOf(issuer: string): Promise<SigningKey> {
  let key = made.get(issuer)
  if (!key) {
    key = newKey(issuer)
    made.set(issuer, key)
  }
  return key
}

export class KeyStore {
  private readonly byIssuer = new Map<string, Promise<SigningKey>>()

  /** The issuer's key, created if the emulator has not signed for this issuer yet. */
  keyFor(issuer: string): Promise<SigningKey> {
    let key = this.byIssuer.get(issuer)
    if (!key) {
      key = keyPairOf(issuer)
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
    foreign ??= newKey('foreign')
    return foreign
  }

  async jwks(issuer?: string): Promise<{ keys: JWK[] }> {
    const entries =
      issuer === undefined ? [...this.byIssuer.values()] : [this.byIssuer.get(issuer)].filter((k) => k !== undefined)
    return { keys: (await Promise.all(entries)).map((k) => k.jwk) }
  }
}
