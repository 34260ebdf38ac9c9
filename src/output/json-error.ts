// Where JSON text is invalid, without quoting it: JSON.parse's message quotes the text
// (`Unexpected token 'r', "root:x:0:0"...`), and the text may be any file an input points at.

const LITERALS = ['true', 'false', 'null']
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const WHITESPACE = /[ \t\n\r]*/y

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value'

/** Offset just past the string starting at `start` (a `"`), or the offset of what makes it invalid. */
function scanString(text: string, start: number): { end: number; ok: boolean } {
  let i = start + 1
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 0x22) return { end: i + 1, ok: true }
    if (c < 0x20) return { end: i, ok: false }
    if (c === 0x5c) {
      const next = text[i + 1]
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { end: i, ok: false }
        i += 6
        continue
      }
      if (next === undefined || !'"\\/bfnrt'.includes(next)) return { end: i, ok: false }
      i += 2
      continue
    }
    i += 1
  }
  return { end: text.length, ok: false }
}

/** Offset just past a scalar value at `i`, or -1 when none starts there. */
function scanScalar(text: string, i: number): number {
  const literal = LITERALS.find((l) => text.startsWith(l, i))
  if (literal) return i + literal.length
  NUMBER.lastIndex = i
  const m = NUMBER.exec(text)
  return m && m[0] !== '' && m[0] !== '-' ? i + m[0].length : -1
}

/**
 * The offset of the first character that makes `text` invalid JSON (text.length when it ends
 * too early), or undefined when it is valid. Iterative: any nesting depth is fine.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const open: string[] = []
  let expect: Expect = 'value'
  let i = 0
  for (;;) {
    WHITESPACE.lastIndex = i
    WHITESPACE.exec(text)
    i = WHITESPACE.lastIndex
    if (i >= text.length) return expect === 'after-value' && open.length === 0 ? undefined : text.length
    const c = text[i]
    const top = open[open.length - 1]
    if (expect === 'after-value') {
      if (c === ',' && top) expect = top === '{' ? 'key' : 'value'
      else if ((c === '}' && top === '{') || (c === ']' && top === '[')) open.pop()
      else return i
      i += 1
    } else if (expect === 'colon') {
      if (c !== ':') return i
      expect = 'value'
      i += 1
    } else if ((expect === 'key-or-close' && c === '}') || (expect === 'value-or-close' && c === ']')) {
      open.pop()
      expect = 'after-value'
      i += 1
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (c !== '"') return i
      const s = scanString(text, i)
      if (!s.ok) return s.end
      expect = 'colon'
      i = s.end
    } else if (c === '{' || c === '[') {
      open.push(c)
      expect = c === '{' ? 'key-or-close' : 'value-or-close'
      i += 1
    } else if (c === '"') {
      const s = scanString(text, i)
      if (!s.ok) return s.end
      expect = 'after-value'
      i = s.end
    } else {
      const end = scanScalar(text, i)
      if (end < 0) return i
      expect = 'after-value'
      i = end
    }
  }
}

/** "at line L, column C" (1-based) of the first invalid character, or of the end for truncated text. */
export function jsonErrorPlace(text: string): string {
  const offset = jsonErrorOffset(text)
  if (offset === undefined) return 'somewhere JSON.parse refused'
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - (before.lastIndexOf('\n') + 1) + 1
  return offset >= text.length ? `it ends early (line ${line}, column ${column})` : `at line ${line}, column ${column}`
}
