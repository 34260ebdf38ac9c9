import { describe, expect, it } from '@jest/globals'
import { CLOCK_SKEW_ALLOWANCE_S, futureTimes, stsTimeVerdict, tokenTimes } from '../../src/policy/index.js'

describe("IAM's clock rules", () => {
  const t = { iat: 1000, nbf: 400, exp: 1300 }

  it('accepts a token up to five minutes past exp, and no further', () => {
    expect(CLOCK_SKEW_ALLOWANCE_S).toBe(300)
    expect(stsTimeVerdict(t, 1300)).toBeUndefined()
    expect(stsTimeVerdict(t, 1599)).toBeUndefined()
    expect(stsTimeVerdict(t, 1600)).toBe('expired')
  })

  it('refuses a token whose nbf or iat lies ahead of the clock beyond the allowance', () => {
    expect(stsTimeVerdict(t, 700)).toBeUndefined()
    expect(stsTimeVerdict(t, 699)).toBe('used-before-issued')
    expect(stsTimeVerdict({ nbf: 2000, exp: 5000 }, 1000)).toBe('used-before-issued')
  })

  it('ignores times that are not numbers a clock can hold', () => {
    expect(tokenTimes({ exp: 1e20, iat: 'soon', nbf: 5 })).toEqual({ nbf: 5 })
  })

  it("names the token's times that are in the future by the runner clock", () => {
    expect(futureTimes(t, 900_000)).toEqual([
      'token iat 1000 (1970-01-01T00:16:40.000Z) is 100 s in the future by the runner clock'
    ])
    expect(futureTimes(t, 2_000_000)).toEqual([])
  })
})
