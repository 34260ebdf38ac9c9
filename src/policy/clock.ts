// IAM's clock rules for an OIDC token, shared by the diagnosis and the emulator's STS.
// IAM user guide, "OIDC federation": IAM accepts a JWT up to five minutes past its exp to
// allow for clock skew. A token whose nbf/iat lies ahead of AWS's clock is refused with
// "Token used before issued"; the same allowance is applied to it here.

import { isoTime } from '../github/token-claims.js'

export const CLOCK_SKEW_ALLOWANCE_S = 300
export const TOKEN_USED_BEFORE_ISSUED = 'Token used before issued'

export interface TokenTimes {
  exp?: number
  iat?: number
  nbf?: number
}

export function tokenTimes(claims: Record<string, unknown>): TokenTimes {
  const t: TokenTimes = {}
  for (const name of ['exp', 'iat', 'nbf'] as const) {
    const v = claims[name]
    if (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e11) t[name] = v
  }
  return t
}

/** What STS decides about the token's times at `nowS` (its clock): undefined when it accepts them. */
export function stsTimeVerdict(t: TokenTimes, nowS: number): 'expired' | 'used-before-issued' | undefined {
  if (t.exp !== undefined && nowS >= t.exp + CLOCK_SKEW_ALLOWANCE_S) return 'expired'
  const start = Math.max(t.nbf ?? -Infinity, t.iat ?? -Infinity)
  if (start > nowS + CLOCK_SKEW_ALLOWANCE_S) return 'used-before-issued'
  return undefined
}

/** The token's times that lie in the future by `nowMs` (the runner's clock), as sentences. */
export function futureTimes(t: TokenTimes, nowMs: number): string[] {
  const now = Math.floor(nowMs / 1000)
  const out: string[] = []
  for (const name of ['nbf', 'iat'] as const) {
    const v = t[name]
    if (v !== undefined && v > now)
      out.push(`token ${name} ${v} (${isoTime(v)}) is ${v - now} s in the future by the runner clock`)
  }
  return out
}
