// jsonLogSafe: JSON that logSafe (line by line) leaves alone and that still parses to the same value.
import { describe, expect, it } from '@jest/globals'
import { jsonLogSafe, linesSafe } from '../../src/output/escape.js'

describe('jsonLogSafe', () => {
  it.each([
    ['a legacy command', { v: 'a ##[error]b' }],
    ['a leading command after a newline', { v: 'x\n::warning::y' }],
    ['line and paragraph separators', { v: 'a\u2028b\u2029c' }],
    ['C1 controls and ANSI', { v: '\u0085\u009b31m\u001b[0m' }],
    ['bidi override and zero width', { v: 'abc\u202edef\u200b' }],
    ['a tag character outside the BMP', { v: 'x\u{e0041}y' }],
    ['a key that needs it', { 'k##[': ['\u2028', 1, true, null] }]
  ])('%s', (_label, value) => {
    for (const indent of [undefined, 2]) {
      const text = jsonLogSafe(value, indent)
      expect(JSON.parse(text)).toEqual(value)
      expect(linesSafe(text)).toBe(text)
      expect(text).not.toContain('##[')
    }
  })
})
