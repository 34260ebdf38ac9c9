import { describe, expect, it } from '@jest/globals'
import { jsonErrorOffset, jsonErrorPlace } from '../../src/output/json-error.js'

const parses = (t: string): boolean => {
  try {
    JSON.parse(t)
    return true
  } catch {
    return false
  }
}

describe('jsonErrorOffset', () => {
  it('agrees with JSON.parse on what is valid', () => {
    const samples = [
      '{}',
      '[]',
      ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]} ',
      '"s"',
      '0',
      '{"a":1,}',
      '[1 2]',
      '{"a" 1}',
      '{a:1}',
      '01',
      '-',
      '"\\x"',
      '"a\tb"',
      '[',
      '{"a":',
      '\ufeff{}',
      'root:x:0:0:root:/root:/bin/bash',
      '{}}',
      'tru',
      '1.',
      '[1,]'
    ]
    for (const s of samples) expect([s, jsonErrorOffset(s) === undefined]).toEqual([s, parses(s)])
  })

  it('points at the first invalid character, and handles any depth', () => {
    expect(jsonErrorOffset('{"a":1,}')).toBe(7)
    expect(jsonErrorOffset('[1 2]')).toBe(3)
    expect(jsonErrorOffset('{"a":')).toBe(5)
    expect(jsonErrorOffset(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined()
    expect(jsonErrorOffset(`${'['.repeat(100_000)}x`)).toBe(100_000)
  })

  it('says line and column, never the text', () => {
    expect(jsonErrorPlace('{\n  "a": 1,\n  secret\n}')).toBe('at line 3, column 3')
    expect(jsonErrorPlace('{"a":')).toBe('it ends early (line 1, column 6)')
  })
})
