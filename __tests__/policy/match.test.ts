import { describe, expect, it } from '@jest/globals'
import { levenshtein, wildcardMatch } from '../../src/policy/index.js'

describe('wildcardMatch', () => {
  it('*-only patterns: parts in order, prefix and suffix anchored, no overlap', () => {
    expect(wildcardMatch('a*a', 'a')).toBe(false)
    expect(wildcardMatch('*', '')).toBe(true)
    expect(wildcardMatch('ab*', 'ab')).toBe(true)
    expect(wildcardMatch('*b*b', 'abb')).toBe(true)
    expect(wildcardMatch('a*b*c', 'acb')).toBe(false)
    expect(wildcardMatch('*aa*aa', 'aaa')).toBe(false)
    expect(wildcardMatch('x*' + 'a'.repeat(5000) + 'b', 'x' + 'a'.repeat(20000))).toBe(false)
  })

  it.each([
    ['repo:octo-org/octo-repo:*', 'repo:octo-org/octo-repo:ref:refs/heads/main'],
    ['repo:octo-org/*', 'repo:octo-org/octo-repo:pull_request'],
    ['*', ''],
    ['*', 'anything at all'],
    ['abc*', 'abc'], // * matches the empty run
    ['*abc', 'abc'],
    ['a*b*c', 'abc'],
    ['a*b*c', 'aXXbYYc'],
    ['a?c', 'abc'],
    ['??', 'ab'],
    ['a**b', 'ab'],
    ['*a*a*a', 'aaaa'],
    ['repo:o/r:ref:refs/heads/v?.*', 'repo:o/r:ref:refs/heads/v1.20'],
    ['?', '😀'] // one character, not one UTF-16 unit
  ])('%j matches %j', (pattern, text) => {
    expect(wildcardMatch(pattern, text)).toBe(true)
  })

  it.each([
    ['a?c', 'ac'], // ? is exactly one character
    ['??', 'abc'],
    ['?', ''],
    ['abc', 'abcd'], // the whole string must match
    ['bcd', 'abcd'],
    ['repo:octo-org/octo-repo:ref:refs/heads/*', 'repo:octo-org/octo-repo:pull_request'],
    ['Repo:octo-org/*', 'repo:octo-org/x'], // case-sensitive
    ['a.c', 'abc'], // . is literal
    ['a+', 'aa'], // + is literal
    ['(a)', 'a'], // ( ) are literal
    ['[ab]', 'a'], // [ ] are literal
    ['^a$', 'a'],
    ['a\\d', 'a1'],
    ['*a*a*a', 'aa']
  ])('%j does not match %j', (pattern, text) => {
    expect(wildcardMatch(pattern, text)).toBe(false)
  })

  it('treats regex metacharacters literally when they are really there', () => {
    expect(wildcardMatch('a.c+(d)[e]', 'a.c+(d)[e]')).toBe(true)
  })
})

describe('levenshtein', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['repo:o/r:ref:refs/heads/main', 'repo:o/r:ref:refs/heads/master', 4]
  ])('%j -> %j is %i', (a, b, d) => {
    expect(levenshtein(a, b)).toBe(d)
    expect(levenshtein(b, a)).toBe(d)
  })
})
