import { describe, expect, it } from '@jest/globals'
import { describeCondition, evaluateTrustPolicy, parseTrustPolicy } from '../../src/policy/index.js'
import type { ConditionResult } from '../../src/policy/index.js'
import { GH, MAIN_ONLY, SUB_PR, ghContext, ghPolicyText } from './fixtures.js'

const base: ConditionResult = {
  operator: 'StringEquals',
  key: `${GH}:aud`,
  expected: ['sts.amazonaws.com'],
  actual: 'sts.amazonaws.com',
  passed: true
}

describe('describeCondition', () => {
  it('renders a passed condition', () => {
    expect(describeCondition(base)).toBe(
      '✓ StringEquals token.actions.githubusercontent.com:aud expected sts.amazonaws.com, got sts.amazonaws.com'
    )
  })

  it('renders a failed StringLike from a real evaluation', () => {
    const policy = parseTrustPolicy(ghPolicyText({ StringLike: { [`${GH}:sub`]: 'repo:o/r:ref:refs/heads/*' } }))
    const [c] = evaluateTrustPolicy(policy, ghContext('repo:o/r:pull_request')).statements[0].conditions
    expect(describeCondition(c)).toBe(
      '✗ StringLike token.actions.githubusercontent.com:sub expected repo:o/r:ref:refs/heads/*, got repo:o/r:pull_request'
    )
  })

  it('joins several expected values with "or" and names the closest', () => {
    const [, sub] = evaluateTrustPolicy(parseTrustPolicy(ghPolicyText(MAIN_ONLY)), ghContext(SUB_PR)).statements[0]
      .conditions
    const line = describeCondition({
      ...sub,
      expected: ['repo:x/y:pull_request', ...sub.expected],
      nearest: 'repo:x/y:pull_request'
    })
    expect(line).toBe(
      `✗ StringEquals ${GH}:sub expected repo:x/y:pull_request or repo:octo-org/octo-repo:ref:refs/heads/main, got ${SUB_PR} (closest: repo:x/y:pull_request)`
    )
  })

  it('shows a list value and an absent key', () => {
    expect(describeCondition({ ...base, passed: false, actual: ['a', 'b'] })).toBe(
      `✗ StringEquals ${GH}:aud expected sts.amazonaws.com, got ["a", "b"]`
    )
    expect(describeCondition({ ...base, passed: false, actual: undefined })).toBe(
      `✗ StringEquals ${GH}:aud expected sts.amazonaws.com, got (absent)`
    )
  })

  it('says when an operator was not evaluated', () => {
    const line = describeCondition({
      operator: 'NumericLessThan',
      key: 'k',
      expected: ['3'],
      actual: '1',
      passed: false,
      unsupported: true
    })
    expect(line).toBe('✗ NumericLessThan k expected 3, got 1 (operator not evaluated locally; counted as not matching)')
  })
})
