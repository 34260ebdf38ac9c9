// Session tags as STS accepts them, checked before any call (see the STS contract: at most 50
// tags, keys 1-128 and values 0-256 characters of letters, digits, spaces and _.:/=+-@).
import { invalidInput } from '../failure/failure.js'

/** The characters STS accepts in a tag key or value (letters, digits, spaces and _.:/=+-@). */
export const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
export const MAX_TAG_VALUE = 256
export const MAX_TAGS = 50

/** The run's own session tags: key -> the runner variable it is read from; 'GitHub' is always 'Actions'. */
export const RUN_TAGS: readonly (readonly [key: string, variable: string])[] = [
  ['Repository', 'GITHUB_REPOSITORY'],
  ['Workflow', 'GITHUB_WORKFLOW'],
  ['Action', 'GITHUB_ACTION'],
  ['Actor', 'GITHUB_ACTOR'],
  ['Commit', 'GITHUB_SHA'],
  ['Branch', 'GITHUB_REF']
]
export const RESERVED_TAG_KEYS: readonly string[] = ['GitHub', ...RUN_TAGS.map(([key]) => key)]

/** How many tags the run sends of its own ('GitHub', and each run tag whose variable is set). */
export function runTagCount(env: Record<string, string | undefined>): number {
  return 1 + RUN_TAGS.filter(([, variable]) => env[variable]).length
}

const MAX_TAG_KEY = 128
const RESERVED_PREFIX = /^aws:/i
const KEY_RULE = `1-${MAX_TAG_KEY} characters of letters, digits, spaces and _.:/=+-@, not starting with aws:`

/** `runTags`: how many tags the run sends of its own, which count towards STS's limit too. */
export function parseCustomTags(raw: string, runTags: number): Record<string, string> {
  if (raw === '') return {}
  let doc: unknown
  try {
    doc = JSON.parse(raw)
  } catch {
    throw invalidInput('custom-tags', 'is not valid JSON. Allowed: a JSON object such as {"Team": "payments"}.')
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw invalidInput(
      'custom-tags',
      'must be a JSON object of tag keys to string values, such as {"Team": "payments"}.'
    )
  const entries = Object.entries(doc)
  if (entries.length > MAX_TAGS)
    throw invalidInput('custom-tags', `has ${entries.length} tags. Allowed: at most ${MAX_TAGS} (an STS limit).`)
  checkKeys(
    'custom-tags',
    entries.map(([k]) => k)
  )
  // STS compares tag keys case-insensitively
  const reserved = new Set(RESERVED_TAG_KEYS.map((key) => key.toLowerCase()))
  const clash = entries.find(([key]) => reserved.has(key.toLowerCase()))?.[0]
  if (clash !== undefined)
    throw invalidInput(
      'custom-tags',
      `the key '${clash}' is set by this action from the run (${RESERVED_TAG_KEYS.join(', ')}); choose another key.`
    )
  if (entries.length + runTags > MAX_TAGS)
    throw invalidInput(
      'custom-tags',
      `makes ${entries.length + runTags} session tags with the run's own. Allowed: at most ${MAX_TAGS}.`
    )
  const tags: Record<string, string> = {}
  for (const [key, value] of entries) {
    if (typeof value !== 'string')
      throw invalidInput('custom-tags', `the value of '${key}' is not a string. Allowed: string values only.`)
    if (!TAG_CHARACTERS.test(value) || [...value].length > MAX_TAG_VALUE)
      throw invalidInput(
        'custom-tags',
        `the value of '${key}' is not allowed. Allowed: 0-${MAX_TAG_VALUE} characters of letters, digits, spaces and _.:/=+-@.`
      )
    tags[key] = value
  }
  return tags
}

export function parseTagKeys(name: string, keys: string[]): string[] {
  if (keys.length > MAX_TAGS)
    throw invalidInput(name, `lists ${keys.length} keys. Allowed: at most ${MAX_TAGS} (an STS limit).`)
  checkKeys(name, keys)
  return keys
}

/** STS treats tag keys case-insensitively: two keys differing only in case are refused too. */
function checkKeys(name: string, keys: string[]): void {
  const seen = new Set<string>()
  for (const key of keys) {
    const length = [...key].length
    if (!TAG_CHARACTERS.test(key) || length < 1 || length > MAX_TAG_KEY || RESERVED_PREFIX.test(key))
      throw invalidInput(name, `the tag key '${key}' is not allowed. Allowed: ${KEY_RULE}.`)
    if (seen.has(key.toLowerCase()))
      throw invalidInput(name, `the tag key '${key}' is given twice (tag keys are case-insensitive).`)
    seen.add(key.toLowerCase())
  }
}
