// The custom sub template (include_claim_keys) a policy's sub value is written for, read from
// its `key:value` pairs, so probe tokens render sub in that template as GitHub would. Values
// never hold a raw ':' (GitHub writes %3A), so the value splits cleanly; a wildcard where a key
// should be ends the reading.
import { KNOWN_KEYS } from '../diagnosis/subject.js'

export interface TemplatePair {
  /** the include_claim_keys entry: a claim name, 'repo' or 'context' */
  key: string
  /** the word as sub writes it: the claim name, or for context 'ref', 'environment' or 'pull_request' */
  word: string
  /** the value as the policy writes it (wildcards kept); '' for pull_request */
  value: string
}

/** The template's pairs, or undefined for GitHub's default form and for values it cannot read. */
export function templatePairs(sub: string): TemplatePair[] | undefined {
  const parts = sub.split(':')
  const pairs: TemplatePair[] = []
  let i = 0
  while (i < parts.length) {
    const part = parts[i]
    if (part === 'pull_request') {
      pairs.push({ key: 'context', word: part, value: '' })
      i += 1
      continue
    }
    if (!KNOWN_KEYS.includes(part)) break
    const value = parts[i + 1] ?? ''
    pairs.push({ key: contextOrKey(part, pairs), word: part, value })
    i += 2
  }
  if (i < parts.length && !/[*?]/.test(parts[i])) return undefined // a key GitHub does not have
  const keys = pairs.map((p) => p.key)
  const isDefault = keys.length <= 2 && keys[0] === 'repo' && (keys[1] ?? 'context') === 'context'
  return pairs.length === 0 || isDefault ? undefined : pairs
}

/** `environment:` and `ref:` are the default suffix (context) unless the template already has it. */
function contextOrKey(part: string, before: TemplatePair[]): string {
  const isContextWord = part === 'environment' || part === 'ref'
  return isContextWord && !before.some((p) => p.key === 'context') ? 'context' : part
}
