// Assume stage for role chaining: the sts:AssumeRole request for role-to-assume, built from the
// inputs, the run's session tags and the source credentials it is signed with.
import { sessionTags, transitiveKeys } from './chain-tags.js'
import type { CoreApi } from '../output/core-api.js'
import type { Config } from '../inputs/index.js'
import type { SourceCredentials } from './environment.js'
import type { ChainParams } from '../sts/types.js'

export function chainParams(
  config: Config,
  source: SourceCredentials,
  env: Record<string, string | undefined>,
  core: Pick<CoreApi, 'info' | 'warning'>
): ChainParams {
  const tags = config.roleSkipSessionTagging ? [] : sessionTags(env, config.customTags)
  const transitive = config.roleSkipSessionTagging
    ? []
    : transitiveKeys(tags, config.transitiveTagKeys, (m) => core.warning(m, { title: 'transitive-tag-keys' }))
  const transitiveNote = transitive.length > 0 ? ` (transitive: ${transitive.join(', ')})` : ''
  core.info(
    tags.length > 0
      ? `Session tags: ${tags.map((t) => t.key).join(', ')}${transitiveNote}`
      : 'Session tags: none (role-skip-session-tagging)'
  )
  return {
    roleArn: config.role.arn,
    roleSessionName: config.roleSessionName,
    durationSeconds: config.durationSeconds,
    externalId: config.roleExternalId,
    tags,
    transitiveTagKeys: transitive,
    policy: config.inlineSessionPolicy,
    policyArns: config.managedSessionPolicies,
    source
  }
}
