// special-characters-workaround: some tools mishandle a secret key with + or /, so the role is
// assumed again until the secret has only letters and digits (about 28% of random ones do).
import type { CoreApi } from '../output/core-api.js'
import { maskCredentials } from '../output/mask.js'
import type { AssumeResult, StsApi } from '../sts/types.js'

/** 30 sessions leave about one run in 20000 without an alphanumeric secret. */
export const MAX_SESSIONS = 30
const ALPHANUMERIC = /^[A-Za-z0-9]+$/

/** `sts` whose assume asks again (bounded) until the secret key is alphanumeric, when `enabled`. */
export function alphanumericSecrets(enabled: boolean, core: CoreApi, sts: StsApi): StsApi {
  if (!enabled) return sts
  return {
    ...sts,
    assumeRoleWithWebIdentity: (params) => untilAlphanumeric(() => sts.assumeRoleWithWebIdentity(params), core),
    assumeRole: (params) => untilAlphanumeric(() => sts.assumeRole(params), core)
  }
}

export async function untilAlphanumeric(assume: () => Promise<AssumeResult>, core: CoreApi): Promise<AssumeResult> {
  for (let sessions = 1; ; sessions++) {
    const result = await assume()
    // a session set aside is still a valid credential: masked like the one that is kept
    maskCredentials(result.credentials, core)
    if (ALPHANUMERIC.test(result.credentials.secretAccessKey)) {
      if (sessions > 1) core.info(`special-characters-workaround: alphanumeric secret key after ${sessions} sessions.`)
      return result
    }
    if (sessions === MAX_SESSIONS) {
      core.warning(
        `special-characters-workaround: the secret key still has characters other than letters and digits after ${MAX_SESSIONS} sessions; using the last one.`
      )
      return result
    }
  }
}
