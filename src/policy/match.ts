// String helpers for policy matching. No regular expressions are built from
// policy text, so `.`, `+`, `(`, `[` and friends are always literal.

/**
 * IAM wildcard match: `*` is any run of characters (including none), `?` is
 * exactly one character, everything else is literal. The whole text must match.
 * Works on code points so `?` matches one emoji, not half of one.
 */
export function wildcardMatch(pattern: string, text: string): boolean {
  if (!pattern.includes('?')) return starMatch(pattern, text)
  return markedWildcardMatch(
    Array.from(pattern).map((c) => (c === '*' || c === '?' ? { wildcard: c } : c)),
    text
  )
}

/**
 * `*`-only patterns: the literal parts must appear in order (the first as a prefix, the last as a
 * suffix); taking each middle part at its leftmost place is always right, and indexOf keeps long
 * policy values fast where the general loop above is quadratic.
 */
function starMatch(pattern: string, text: string): boolean {
  const parts = pattern.split('*')
  if (parts.length === 1) return pattern === text
  const first = parts[0]
  const last = parts[parts.length - 1]
  if (first.length + last.length > text.length || !text.startsWith(first) || !text.endsWith(last)) return false
  const end = text.length - last.length
  let pos = first.length
  for (const mid of parts.slice(1, -1)) {
    if (mid === '') continue
    const at = text.indexOf(mid, pos)
    if (at < 0 || at + mid.length > end) return false
    pos = at + mid.length
  }
  return true
}

/**
 * ARN match as IAM documents ArnEquals/ArnLike: the six colon-separated parts
 * are compared one by one (wildcards allowed), so `*` never spans a colon of
 * the first five parts. A value that is not an ARN matches nothing.
 */
export function arnMatch(pattern: string, value: string): boolean {
  const p = splitArn(pattern)
  const v = splitArn(value)
  if (!p || !v) return false
  return p.every((part, i) => wildcardMatch(part, v[i]))
}

function splitArn(s: string): string[] | undefined {
  const parts = s.split(':')
  if (parts.length < 6) return undefined
  // the resource part may itself contain colons
  return [...parts.slice(0, 5), parts.slice(5).join(':')]
}

/** Levenshtein edit distance (insert, delete, substitute all cost 1). */
export function levenshtein(a: string, b: string): number {
  const x = Array.from(a)
  const y = Array.from(b)
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const row = [i]
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
    }
    prev = row
  }
  return prev[y.length]
}

// The near-miss hint is quadratic: compare at most this many code points of each value, and
// this many candidate/target pairs, so any policy the input allows is judged in milliseconds.
const HINT_CHARS = 256
const HINT_PAIRS = 256

/** The candidate with the smallest edit distance to any of the targets (first wins ties); a bounded hint. */
export function closest(candidates: string[], targets: string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  let pairs = 0
  const cut = (s: string): string => Array.from(s).slice(0, HINT_CHARS).join('')
  const cutTargets = targets.map(cut)
  for (const c of candidates) {
    const cc = cut(c)
    for (const t of cutTargets) {
      if (pairs++ >= HINT_PAIRS) return best ?? candidates[0]
      const d = levenshtein(cc, t)
      if (d < bestDistance) {
        best = c
        bestDistance = d
      }
    }
  }
  return best
}

/** The greedy walk over a pattern whose wildcards are marked (`${*}` is a literal `*`). */
export function markedWildcardMatch(pattern: readonly (string | { wildcard: '*' | '?' })[], text: string): boolean {
  const t = Array.from(text)
  const isStar = (i: number): boolean => {
    const c = pattern[i]
    return typeof c !== 'string' && c.wildcard === '*'
  }
  const fits = (i: number, ch: string): boolean => {
    const c = pattern[i]
    return typeof c === 'string' ? c === ch : c.wildcard === '?'
  }
  let pi = 0
  let ti = 0
  // position of the last `*` seen, and where in the text it started matching
  let star = -1
  let mark = 0
  while (ti < t.length) {
    if (pi < pattern.length && isStar(pi)) {
      star = pi++
      mark = ti
    } else if (pi < pattern.length && fits(pi, t[ti])) {
      pi++
      ti++
    } else if (star >= 0) {
      // let the last `*` swallow one more character and retry
      pi = star + 1
      ti = ++mark
    } else {
      return false
    }
  }
  while (pi < pattern.length && isStar(pi)) pi++
  return pi === pattern.length
}
