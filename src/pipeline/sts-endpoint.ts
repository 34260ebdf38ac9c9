// Where the SDK sends STS calls, for the step and for refresh-credentials' credential process.
import type { Config } from '../inputs/index.js'

/** The input, then the standard variables, then the regional endpoint. */
export function resolvedStsEndpoint(
  config: Pick<Config, 'stsEndpoint' | 'region'>,
  env: Record<string, string | undefined>
): string {
  const explicit = config.stsEndpoint ?? env.AWS_ENDPOINT_URL_STS ?? env.AWS_ENDPOINT_URL
  if (explicit) return explicit
  return `https://sts.${config.region}.amazonaws.com${config.region.startsWith('cn-') ? '.cn' : ''}`
}
