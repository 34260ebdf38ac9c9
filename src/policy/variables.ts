// Policy variables in condition values, as the IAM user guide's "Variables and tags" page
// documents them (Version 2012-10-17 only; escapes; defaults; "Policy variables with no value").
import type { KeyValue, Undecided } from './types.js'

export type PatternChar = string | { wildcard: '*' | '?' }

export type Resolved =
  | { chars: PatternChar[] }
  /** a variable names a key the request lacks (no default): the value matches nothing */
  | { noValue: string }
  | { undecided: Undecided }

export const VARIABLES_SOURCE = 'IAM user guide, IAM policy elements: Variables and tags'
const VARIABLE = /\$\{([^}]*)\}/g
const ESCAPES: Record<string, PatternChar> = { '*': '*', '?': '?', $: '$' }
// `key` or `key, 'default value'`
const REFERENCE = /^\s*([^\s,']+)\s*(?:,\s*'([^']*)'\s*)?$/

export function hasVariable(value: string): boolean {
  return value.includes('${')
}

export interface VariableLookup {
  keys: Map<string, KeyValue>
  unknown: Set<string>
}

export function resolveValue(value: string, lookup: VariableLookup): Resolved {
  const chars: PatternChar[] = []
  let last = 0
  for (const m of value.matchAll(VARIABLE)) {
    chars.push(...policyChars(value.slice(last, m.index)))
    last = m.index + m[0].length
    const inner = m[1]
    if (inner in ESCAPES) {
      chars.push(ESCAPES[inner])
      continue
    }
    const ref = REFERENCE.exec(inner)
    if (!ref)
      return {
        undecided: { reason: `\${${inner}} is not a policy variable form AWS documents`, source: VARIABLES_SOURCE }
      }
    const sub = substitute(ref[1], ref[2], lookup)
    if ('text' in sub) chars.push(...Array.from(sub.text))
    else return sub
  }
  chars.push(...policyChars(value.slice(last)))
  return { chars }
}

function substitute(
  key: string,
  fallback: string | undefined,
  lookup: VariableLookup
): { text: string } | Exclude<Resolved, { chars: PatternChar[] }> {
  const name = key.toLowerCase()
  if (lookup.unknown.has(name)) {
    return {
      undecided: { reason: `the policy variable \${${key}} names a claim whose value is not known here (redacted)` }
    }
  }
  const v = lookup.keys.get(name)
  if (Array.isArray(v) && v.length > 1) {
    return {
      undecided: {
        reason: `the policy variable \${${key}} names a multivalued key, which AWS says cannot be a policy variable; it documents no outcome`,
        source: 'IAM user guide, Single-valued vs. multivalued context keys, Key points'
      }
    }
  }
  const text = Array.isArray(v) ? v[0] : v
  if (text !== undefined) return { text }
  if (fallback !== undefined) return { text: fallback }
  return { noValue: `\${${key}} has no value in this request (no such key), so this value matches nothing` }
}

/** The policy's own `*` and `?` are wildcards. */
export function policyChars(text: string): PatternChar[] {
  return Array.from(text).map((c) => (c === '*' || c === '?' ? { wildcard: c } : c))
}

export function charsText(chars: PatternChar[]): string {
  return chars.map((c) => (typeof c === 'string' ? c : c.wildcard)).join('')
}
