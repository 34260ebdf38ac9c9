// URLs in the log: never their query string or userinfo, which can carry run-specific secrets.
import { logSafe } from './escape.js'

/** An endpoint as printed: origin and path only, never its userinfo (a password) or query (tokens). */
export function endpointForLog(url: string | undefined): string {
  if (!url) return '(not set)'
  try {
    const u = new URL(url)
    return logSafe(`${u.origin}${u.pathname}`)
  } catch {
    return '(not a URL)'
  }
}
