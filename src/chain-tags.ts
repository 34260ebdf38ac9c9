// Session tags for sts:AssumeRole: who ran what, readable in CloudTrail and usable in policies
// (aws:PrincipalTag/Repository ...). Values come from the runner's environment and are made
// to fit what STS accepts; a custom tag must not impersonate one of ours.
import { invalidInput } from './errors.js'
import type { SessionTag } from './sts/types.js'

/** The characters STS accepts in a tag key or value (letters, digits, spaces and _.:/=+-@). */
export const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
const NOT_TAG_CHARACTER = /[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu
export const MAX_TAG_VALUE = 256
export const MAX_TAGS = 50

/** Tag key -> the runner variable it is read from; 'GitHub' is always 'Actions'. */
export const RUN_TAGS: readonly (readonly [key: string, variable: string])[] = [
  ['Repository', 'GITHUB_REPOSITORY'],
  ['Workflow', 'GITHUB_WORKFLOW'],
  ['Action', 'GITHUB_ACTION'],
  ['Actor', 'GITHUB_ACTOR'],
  ['Commit', 'GITHUB_SHA'],
  ['Branch', 'GITHUB_REF']
]
export const RESERVED_TAG_KEYS: readonly string[] = ['GitHub', ...RUN_TAGS.map(([key]) => key)]

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
  // STS compares tag keys case-insensitively
  const reserved = new Set(RESERVED_TAG_KEYS.map((key) => key.toLowerCase()))
  const clash = Object.keys(custom).find((key) => reserved.has(key.toLowerCase()))
  if (clash !== undefined)
    throw invalidInput(
      'custom-tags',
      `the key '${clash}' is set by this action from the run (${RESERVED_TAG_KEYS.join(', ')}); choose another key.`
    )
  for (const [key, value] of Object.entries(custom)) tags.push({ key, value })
  if (tags.length > MAX_TAGS)
    throw invalidInput(
      'custom-tags',
      `makes ${tags.length} session tags with the run's own. Allowed: at most ${MAX_TAGS}.`
    )
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
