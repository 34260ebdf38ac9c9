// Session tags as STS accepts them, checked before any call (see the STS contract: at most 50
// tags, keys 1-128 and values 0-256 characters of letters, digits, spaces and _.:/=+-@).
import { MAX_TAGS, MAX_TAG_VALUE, TAG_CHARACTERS } from '../source/chain-tags.js'
import { invalidInput } from '../failure/failure.js'

const MAX_TAG_KEY = 128
const RESERVED_PREFIX = /^aws:/i
const KEY_RULE = `1-${MAX_TAG_KEY} characters of letters, digits, spaces and _.:/=+-@, not starting with aws:`

export function parseCustomTags(raw: string): Record<string, string> {
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
