// Condition operators, case by case, as the IAM condition-operator reference describes them.
import { describe, expect, it } from '@jest/globals'
import { evaluateCondition, parseOperator } from '../../src/policy/index.js'
import type { ConditionResult, KeyValue } from '../../src/policy/index.js'
import { GH, SUB_ENV, SUB_IMMUTABLE, SUB_MAIN, SUB_PR } from './fixtures.js'

const SUB = `${GH}:sub`

/** One condition on `key` against a request where `key` has `actual` (undefined = absent). */
function check(
  operator: string,
  expected: string | string[],
  actual: KeyValue | undefined,
  key = SUB
): ConditionResult {
  const keys = new Map<string, KeyValue>()
  if (actual !== undefined) keys.set(key.toLowerCase(), actual)
  return evaluateCondition({ operator, key, values: ([] as string[]).concat(expected) }, keys)
}
const passes = (operator: string, expected: string | string[], actual: KeyValue | undefined) =>
  check(operator, expected, actual).passed

describe('StringEquals / StringNotEquals', () => {
  it('matches the exact subject only', () => {
    expect(passes('StringEquals', SUB_MAIN, SUB_MAIN)).toBe(true)
    expect(passes('StringEquals', SUB_MAIN, SUB_PR)).toBe(false)
    expect(passes('StringEquals', SUB_IMMUTABLE, SUB_IMMUTABLE)).toBe(true)
    expect(passes('StringEquals', SUB_IMMUTABLE, SUB_MAIN)).toBe(false)
  })

  it('is case-sensitive: owner/repo case differences fail', () => {
    expect(passes('StringEquals', SUB_MAIN, 'repo:Octo-Org/octo-repo:ref:refs/heads/main')).toBe(false)
    expect(passes('StringEquals', SUB_MAIN, 'repo:octo-org/Octo-Repo:ref:refs/heads/main')).toBe(false)
  })

  it('ORs the values listed for one key', () => {
    expect(passes('StringEquals', [SUB_PR, SUB_MAIN], SUB_MAIN)).toBe(true)
    expect(passes('StringEquals', [SUB_PR, SUB_ENV], SUB_MAIN)).toBe(false)
  })

  it('takes * literally', () => {
    expect(passes('StringEquals', 'repo:octo-org/*', SUB_MAIN)).toBe(false)
    expect(passes('StringEquals', 'repo:octo-org/*', 'repo:octo-org/*')).toBe(true)
  })

  it('is false for an absent key', () => {
    expect(passes('StringEquals', SUB_MAIN, undefined)).toBe(false)
  })

  it('StringNotEquals is true when no listed value matches (NOR) and for an absent key', () => {
    expect(passes('StringNotEquals', SUB_PR, SUB_MAIN)).toBe(true)
    expect(passes('StringNotEquals', [SUB_PR, SUB_MAIN], SUB_MAIN)).toBe(false)
    expect(passes('StringNotEquals', SUB_MAIN, SUB_MAIN)).toBe(false)
    expect(passes('StringNotEquals', SUB_MAIN, undefined)).toBe(true)
  })
})

describe('StringEqualsIgnoreCase / StringNotEqualsIgnoreCase', () => {
  const shouty = 'REPO:OCTO-ORG/OCTO-REPO:REF:REFS/HEADS/MAIN'
  it('ignores case', () => {
    expect(passes('StringEqualsIgnoreCase', SUB_MAIN, shouty)).toBe(true)
    expect(passes('StringEqualsIgnoreCase', SUB_MAIN, SUB_PR)).toBe(false)
    expect(passes('StringEqualsIgnoreCase', SUB_MAIN, undefined)).toBe(false)
  })
  it('negated form', () => {
    expect(passes('StringNotEqualsIgnoreCase', SUB_MAIN, shouty)).toBe(false)
    expect(passes('StringNotEqualsIgnoreCase', SUB_MAIN, SUB_PR)).toBe(true)
    expect(passes('StringNotEqualsIgnoreCase', SUB_MAIN, undefined)).toBe(true)
  })
})

describe('StringLike / StringNotLike', () => {
  it('matches * patterns over the whole string', () => {
    expect(passes('StringLike', 'repo:octo-org/octo-repo:*', SUB_PR)).toBe(true)
    expect(passes('StringLike', 'repo:octo-org/*', SUB_ENV)).toBe(true)
    expect(passes('StringLike', 'repo:octo-org/octo-repo:ref:refs/heads/*', SUB_PR)).toBe(false)
    expect(passes('StringLike', 'octo-org/octo-repo', SUB_MAIN)).toBe(false)
  })

  it('* matches the empty string', () => {
    expect(passes('StringLike', 'repo:octo-org/octo-repo:ref:refs/heads/main*', SUB_MAIN)).toBe(true)
  })

  it('? matches exactly one character', () => {
    expect(passes('StringLike', 'repo:octo-org/octo-repo:environment:pro?', SUB_ENV)).toBe(true)
    expect(passes('StringLike', 'repo:octo-org/octo-repo:environment:prod?', SUB_ENV)).toBe(false)
    expect(passes('StringLike', 'repo:octo-org/octo-repo:environment:pr?', SUB_ENV)).toBe(false)
  })

  it('is case-sensitive', () => {
    expect(passes('StringLike', 'repo:Octo-Org/*', SUB_MAIN)).toBe(false)
  })

  it('takes regex metacharacters literally', () => {
    // "." must not match any character, "+" must not repeat, "(" and "[" must not group
    expect(passes('StringLike', 'repo:octo.org/*', 'repo:octo-org/octo-repo:pull_request')).toBe(false)
    expect(passes('StringLike', 'repo:octo.org/*', 'repo:octo.org/octo-repo:pull_request')).toBe(true)
    expect(passes('StringLike', 'repo:o+/*', 'repo:oo/r:pull_request')).toBe(false)
    expect(passes('StringLike', 'repo:(o)/*', 'repo:o/r:pull_request')).toBe(false)
    expect(passes('StringLike', 'repo:[o]/*', 'repo:[o]/r:pull_request')).toBe(true)
  })

  it('matches the immutable owner@id/repo@id subject form', () => {
    expect(passes('StringLike', 'repo:octo-org@123456/octo-repo@789012:*', SUB_IMMUTABLE)).toBe(true)
    expect(passes('StringLike', 'repo:octo-org/octo-repo:*', SUB_IMMUTABLE)).toBe(false)
  })

  it('is false for an absent key', () => {
    expect(passes('StringLike', '*', undefined)).toBe(false)
  })

  it('StringNotLike is true when no pattern matches and for an absent key', () => {
    expect(passes('StringNotLike', 'repo:octo-org/octo-repo:pull_request', SUB_MAIN)).toBe(true)
    expect(passes('StringNotLike', ['repo:other/*', 'repo:octo-org/*'], SUB_MAIN)).toBe(false)
    expect(passes('StringNotLike', '*', undefined)).toBe(true)
  })
})

describe('...IfExists', () => {
  it('is true when the key is absent', () => {
    expect(passes('StringEqualsIfExists', SUB_MAIN, undefined)).toBe(true)
    expect(passes('StringLikeIfExists', 'repo:octo-org/*', undefined)).toBe(true)
  })
  it('still compares when the key is present', () => {
    expect(passes('StringEqualsIfExists', SUB_MAIN, SUB_PR)).toBe(false)
    expect(passes('StringLikeIfExists', 'repo:octo-org/*', SUB_PR)).toBe(true)
    expect(passes('StringNotEqualsIfExists', SUB_MAIN, SUB_MAIN)).toBe(false)
  })
  it('is parsed apart from the base operator', () => {
    expect(parseOperator('ForAnyValue:StringLikeIfExists')).toEqual({
      set: 'ForAnyValue',
      base: 'stringlike',
      ifExists: true
    })
    expect(parseOperator('StringEquals')).toEqual({ set: undefined, base: 'stringequals', ifExists: false })
  })
})

describe('Null', () => {
  it('"true" requires the key to be absent', () => {
    expect(passes('Null', 'true', undefined)).toBe(true)
    expect(passes('Null', 'true', SUB_MAIN)).toBe(false)
  })
  it('"false" requires the key to be present', () => {
    expect(passes('Null', 'false', SUB_MAIN)).toBe(true)
    expect(passes('Null', 'false', undefined)).toBe(false)
    expect(passes('Null', 'false', [])).toBe(false) // an empty list is no value
  })
  it('accepts a JSON boolean (stringified by the parser) in any case', () => {
    expect(passes('Null', 'TRUE', undefined)).toBe(true)
  })
})

describe('set operators and multi-valued keys (aud as a list)', () => {
  const AUD = `${GH}:aud`
  const audCheck = (operator: string, expected: string | string[], actual: KeyValue | undefined) =>
    check(operator, expected, actual, AUD).passed

  it('ForAnyValue: true when at least one request value matches; false when absent', () => {
    expect(audCheck('ForAnyValue:StringEquals', 'sts.amazonaws.com', ['other', 'sts.amazonaws.com'])).toBe(true)
    expect(audCheck('ForAnyValue:StringEquals', 'sts.amazonaws.com', ['other', 'another'])).toBe(false)
    expect(audCheck('ForAnyValue:StringEquals', 'sts.amazonaws.com', undefined)).toBe(false)
    expect(audCheck('ForAnyValue:StringEquals', 'sts.amazonaws.com', [])).toBe(false)
  })

  it('ForAllValues: true only when every request value matches some policy value', () => {
    expect(audCheck('ForAllValues:StringEquals', ['sts.amazonaws.com', 'other'], ['other', 'sts.amazonaws.com'])).toBe(
      true
    )
    expect(audCheck('ForAllValues:StringEquals', 'sts.amazonaws.com', ['other', 'sts.amazonaws.com'])).toBe(false)
    expect(audCheck('ForAllValues:StringLike', 'sts.*', ['sts.amazonaws.com', 'sts.example'])).toBe(true)
  })

  it('ForAllValues: vacuously true when the key is absent', () => {
    expect(audCheck('ForAllValues:StringEquals', 'sts.amazonaws.com', undefined)).toBe(true)
    expect(check('ForAllValues:StringLike', 'repo:octo-org/*', undefined).passed).toBe(true)
  })

  it('negated operators under set prefixes', () => {
    // ForAnyValue:StringNotEquals - some request value is none of the listed ones
    expect(audCheck('ForAnyValue:StringNotEquals', 'sts.amazonaws.com', ['sts.amazonaws.com', 'other'])).toBe(true)
    expect(audCheck('ForAnyValue:StringNotEquals', 'sts.amazonaws.com', ['sts.amazonaws.com'])).toBe(false)
    // ForAllValues:StringNotEquals - no request value is one of the listed ones
    expect(audCheck('ForAllValues:StringNotEquals', 'evil', ['sts.amazonaws.com', 'other'])).toBe(true)
    expect(audCheck('ForAllValues:StringNotEquals', 'evil', ['sts.amazonaws.com', 'evil'])).toBe(false)
  })

  // AWS: "Multivalued context keys require a condition set operator"; it documents no outcome without one
  it.each([
    ['StringEquals', 'sts.amazonaws.com', ['other', 'sts.amazonaws.com']],
    ['StringEquals', 'sts.amazonaws.com', ['other', 'another']],
    ['StringLike', 'sts.*', ['other', 'sts.amazonaws.com']],
    ['StringNotEquals', 'evil', ['sts.amazonaws.com', 'evil']],
    ['StringEqualsIfExists', 'sts.amazonaws.com', ['other', 'sts.amazonaws.com']]
  ])('without a prefix, %s on several request values cannot be decided (never passes)', (op, expected, actual) => {
    const r = check(op, expected, actual, AUD)
    expect(r.passed).toBe(false)
    expect(r.undecided?.reason).toMatch(/2 values in this request .* no ForAnyValue:\/ForAllValues: prefix/)
    expect(r.undecided?.source).toMatch(/Multivalued context keys require a condition set operator/)
  })

  it('without a prefix, a one-value list is the single value', () => {
    expect(audCheck('StringEquals', 'sts.amazonaws.com', ['sts.amazonaws.com'])).toBe(true)
  })

  it('ForAnyValue on an absent key is false even with IfExists; ForAllValues stays true', () => {
    expect(audCheck('ForAnyValue:StringEqualsIfExists', 'sts.amazonaws.com', undefined)).toBe(false)
    expect(audCheck('ForAnyValue:StringLikeIfExists', 'sts.*', undefined)).toBe(false)
    expect(audCheck('ForAllValues:StringEqualsIfExists', 'sts.amazonaws.com', undefined)).toBe(true)
  })

  it('set prefixes are case-insensitive and parsed', () => {
    expect(parseOperator('forallvalues:StringEquals').set).toBe('ForAllValues')
    expect(audCheck('foranyvalue:stringequals', 'sts.amazonaws.com', ['sts.amazonaws.com'])).toBe(true)
  })
})

describe('ArnEquals / ArnLike / Bool', () => {
  const ARN = 'arn:aws:iam::123456789012:role/deploy'
  it('ArnLike matches each ARN part with wildcards', () => {
    expect(passes('ArnLike', 'arn:aws:iam::123456789012:role/*', ARN)).toBe(true)
    expect(passes('ArnLike', 'arn:aws:iam::*:role/deploy', ARN)).toBe(true)
    expect(passes('ArnLike', 'arn:aws:iam::210987654321:role/*', ARN)).toBe(false)
    expect(passes('ArnLike', 'arn:aws:iam::123456789012:role/*', 'not-an-arn')).toBe(false)
  })
  it('ArnEquals behaves like ArnLike, case-sensitively', () => {
    expect(passes('ArnEquals', ARN, ARN)).toBe(true)
    expect(passes('ArnEquals', 'arn:aws:iam::123456789012:role/d*', ARN)).toBe(true)
    expect(passes('ArnEquals', ARN, 'arn:aws:iam::123456789012:role/Deploy')).toBe(false)
  })
  it('a * in one ARN part does not swallow the colons of the others', () => {
    const topic = 'arn:aws:sns:us-east-1:123456789012:topic:deploy'
    // as a plain string pattern, * would cover "sns:us-east-1"
    expect(passes('StringLike', 'arn:aws:*:123456789012:topic:deploy', topic)).toBe(true)
    expect(passes('ArnLike', 'arn:aws:*:123456789012:topic:deploy', topic)).toBe(false)
    expect(passes('ArnLike', 'arn:aws:*:*:123456789012:topic:*', topic)).toBe(true)
  })
  it('ArnNotLike is negated and true for an absent key', () => {
    expect(passes('ArnNotLike', 'arn:aws:iam::*:role/other', ARN)).toBe(true)
    expect(passes('ArnNotLike', 'arn:aws:iam::*:role/*', ARN)).toBe(false)
    expect(passes('ArnNotLike', 'arn:aws:iam::*:role/*', undefined)).toBe(true)
  })
  it('Bool compares true/false', () => {
    expect(passes('Bool', 'true', 'true')).toBe(true)
    expect(passes('Bool', 'true', 'false')).toBe(false)
    expect(passes('Bool', 'false', undefined)).toBe(false)
    expect(passes('BoolIfExists', 'false', undefined)).toBe(true)
  })
})

describe('unsupported operators', () => {
  it.each(['NumericLessThan', 'DateGreaterThan', 'IpAddress', 'BinaryEquals', 'NullIfExists', 'StringEqualz'])(
    '%s is false and marked',
    (operator) => {
      const r = check(operator, '1', '1')
      expect(r).toMatchObject({ operator, passed: false, unsupported: true })
    }
  )
  it('supported operators are not marked', () => {
    expect(check('StringEquals', 'a', 'b').unsupported).toBeUndefined()
  })
})

describe('condition keys are case-insensitive', () => {
  it('finds the key whatever the case in the policy', () => {
    const keys = new Map<string, KeyValue>([[SUB.toLowerCase(), SUB_MAIN]])
    const r = evaluateCondition(
      { operator: 'StringEquals', key: 'Token.Actions.GitHubUserContent.com:SUB', values: [SUB_MAIN] },
      keys
    )
    expect(r).toMatchObject({ passed: true, actual: SUB_MAIN, key: 'Token.Actions.GitHubUserContent.com:SUB' })
  })
})

describe('nearest', () => {
  it('is the expected value closest to the actual one', () => {
    const r = check(
      'StringEquals',
      [SUB_ENV, SUB_MAIN, 'repo:other-org/other:pull_request'],
      'repo:octo-org/octo-repo:ref:refs/heads/mian'
    )
    expect(r.passed).toBe(false)
    expect(r.nearest).toBe(SUB_MAIN)
  })
  it('compares the pattern text for wildcard patterns', () => {
    const r = check('StringLike', ['repo:other-org/*', 'repo:octo-org/octo-repo:ref:refs/heads/*'], SUB_PR)
    expect(r.nearest).toBe('repo:octo-org/octo-repo:ref:refs/heads/*')
  })
  it('uses the closest request value of a list', () => {
    const r = check(
      'ForAnyValue:StringEquals',
      ['sts.amazonaws.com', 'something-else-entirely'],
      ['sts.amazonaws.co', 'zzz']
    )
    expect(r.nearest).toBe('sts.amazonaws.com')
  })
  it('is the value that matched for a failed negated operator', () => {
    const r = check('StringNotLike', ['repo:other/*', 'repo:octo-org/*'], SUB_MAIN)
    expect(r).toMatchObject({ passed: false, nearest: 'repo:octo-org/*' })
  })
  it('is the first expected value when the key is absent', () => {
    expect(check('StringEquals', [SUB_MAIN, SUB_PR], undefined).nearest).toBe(SUB_MAIN)
  })
  it('is not set for a passing condition', () => {
    expect(check('StringEquals', SUB_MAIN, SUB_MAIN).nearest).toBeUndefined()
  })
})
