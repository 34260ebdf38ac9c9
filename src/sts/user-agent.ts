// The STS calls' user agent: CloudTrail records it, so each call names this action, its version
// and the GitHub run (and attempt) that made it.
import { PACKAGE_NAME, VERSION } from '../output/version.js'

/** [name, version] pairs for the SDK's customUserAgent, rendered `name/version` and `md/key#value`. */
export type UserAgentPairs = [string, string][]

export function userAgent(env: Record<string, string | undefined>): UserAgentPairs {
  const pairs: UserAgentPairs = [[PACKAGE_NAME, VERSION]]
  // Only values of the runner's own form: anything else is left out rather than escaped.
  if (/^\d{1,20}$/.test(env.GITHUB_RUN_ID ?? '')) pairs.push(['md/run-id', env.GITHUB_RUN_ID as string])
  if (/^\d{1,10}$/.test(env.GITHUB_RUN_ATTEMPT ?? '')) pairs.push(['md/run-attempt', env.GITHUB_RUN_ATTEMPT as string])
  return pairs
}
