// Session tags for sts:AssumeRole: who ran what, readable in CloudTrail and usable in policies
// (aws:PrincipalTag/Repository ...). Values come from the runner's environment and are made
// to fit what STS accepts; a custom tag must not impersonate one of ours.
// custom-tags were checked with the inputs (src/inputs/tags.ts), the run's own tags included.
import { MAX_TAG_VALUE, RUN_TAGS } from '../inputs/tags.js'
import type { SessionTag } from '../sts/types.js'

const NOT_TAG_CHARACTER = /[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu

/** Characters STS would refuse become '_'; the value is cut at STS's length limit. */
export function sanitizeTagValue(value: string): string {
  return [...value.replace(NOT_TAG_CHARACTER, '_')].slice(0, MAX_TAG_VALUE).join('')
}

/** The tags of a chained session: the run's, then custom-tags (which may not reuse a run tag's key). */
export function sessionTags(env: Record<string, string | undefined>, custom: Record<string, string>): SessionTag[] {
  const tags: SessionTag[] = [{ key: 'GitHub', value: 'Actions' }]
  for (const [key, variable] of RUN_TAGS) {
    const value = env[variable]
    if (value) tags.push({ key, value: sanitizeTagValue(value) })
  }
  for (const [key, value] of Object.entries(custom)) tags.push({ key, value })
  return tags
}

/** transitive-tag-keys must name tags that are sent: the others are reported and dropped. */
export function transitiveKeys(tags: SessionTag[], wanted: string[], warn: (message: string) => void): string[] {
  const sent = new Set(tags.map((t) => t.key))
  const unknown = wanted.filter((key) => !sent.has(key))
  const verb = unknown.length > 1 ? 'are' : 'is'
  if (unknown.length > 0)
    warn(
      `transitive-tag-keys: ${unknown.join(', ')} ${verb} not among the session tags ` +
        `(${[...sent].join(', ')}) and ${verb} not sent.`
    )
  return wanted.filter((key) => sent.has(key))
}
