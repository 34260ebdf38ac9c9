// Masking comes before printing: the runner replaces a masked value with *** in every later line.
import type { CoreApi } from './core-api.js'

/** Called as soon as STS answers: nothing may print a credential before the runner masks it. */
export function maskCredentials(
  c: { accessKeyId: string; secretAccessKey: string; sessionToken: string },
  core: CoreApi
): void {
  core.setSecret(c.accessKeyId)
  core.setSecret(c.secretAccessKey)
  core.setSecret(c.sessionToken)
}
