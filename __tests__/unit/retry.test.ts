// The retry policy on a virtual clock: throttling retried until the time budget with full
// jitter, other transient failures bounded by retry-max-attempts, deterministic ones never.
import { describe, expect, it } from '@jest/globals'
import { Failure } from '../../src/failure/failure.js'
import { fullJitterMs, withRetry, type CallAttempts, type Retry, type RetryPolicy } from '../../src/pipeline/retry.js'
import { DEFAULT_TIMING } from '../../src/pipeline/timeout.js'

const throttled = () => new Failure('throttled', 'Rate exceeded', { stage: 'assume' })
const unavailable = () => new Failure('network-error', 'Service unavailable', { stage: 'assume' })
const denied = () => new Failure('trust-policy-denied', 'Not authorized', { stage: 'assume' })

interface Clock {
  now: number
  retries: Retry[]
  tally: CallAttempts
}

function policy(clock: Clock, over: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    maxAttempts: 3,
    backoff: DEFAULT_TIMING.backoff,
    throttleBackoff: DEFAULT_TIMING.throttleBackoff,
    deadline: { atMs: 60_000, name: 'the network time budget' },
    throttleDeadline: { atMs: 120_000, name: 'action-timeout-s' },
    attemptMs: 20_000,
    now: () => clock.now,
    sleep: async (ms) => {
      clock.now += ms
    },
    random: () => 0.999,
    onRetry: (r) => {
      clock.retries.push(r)
    },
    tally: clock.tally,
    ...over
  }
}

const newClock = (): Clock => ({ now: 0, retries: [], tally: { call: 'x', attempts: 0, throttled: 0, waitedMs: 0 } })

/** Fails with each of `failures` in turn, then succeeds. */
async function attempts(failures: (() => Failure)[], clock: Clock, over: Partial<RetryPolicy> = {}) {
  let n = 0
  const result = await withRetry(
    async () => {
      const next = failures[n++]
      if (next) throw next()
      return 'ok'
    },
    (e) => e as Failure,
    policy(clock, over)
  ).catch((e: Failure) => e)
  return { result, calls: n }
}

describe('withRetry', () => {
  it('keeps retrying throttling past retry-max-attempts, with full-jitter waits doubling from 3 s to 16 s', async () => {
    const clock = newClock()
    const { result, calls } = await attempts(Array(7).fill(throttled), clock)
    expect(result).toBe('ok')
    expect(calls).toBe(8)
    expect(clock.retries.map((r) => Math.round(r.delayMs / 1000))).toEqual([3, 6, 12, 16, 16, 16, 16])
    expect(clock.retries.every((r) => r.throttled && r.counted === 0)).toBe(true)
    expect(clock.tally).toEqual({ call: 'x', attempts: 8, throttled: 7, waitedMs: clock.now })
  })

  it('full jitter can wait anywhere from nothing up to the step', () => {
    const b = DEFAULT_TIMING.throttleBackoff
    expect(fullJitterMs(1, b, () => 0)).toBe(0)
    expect(fullJitterMs(3, b, () => 0.5)).toBe(6000)
    expect(fullJitterMs(10, b, () => 1)).toBe(16_000)
  })

  it('stops throttling retries when another attempt could not end within the step budget', async () => {
    const clock = newClock()
    const { result, calls } = await attempts(Array(100).fill(throttled), clock)
    expect((result as Failure).code).toBe('throttled')
    // 3+6+12+16+16+16+16 = 85 s of waits; a wait of 16 s more and a 20 s attempt would pass 120 s
    expect(calls).toBe(8)
    expect(clock.now + 16_000 + 20_000).toBeGreaterThan(120_000)
    expect((result as Failure).details.evidence).toEqual([
      'gave up after 8 attempts (8 throttled) (another attempt could not end within action-timeout-s)'
    ])
  })

  it('bounds other transient failures by retry-max-attempts, not counting throttled attempts', async () => {
    const clock = newClock()
    const { result, calls } = await attempts([throttled, unavailable, throttled, unavailable, unavailable], clock)
    expect((result as Failure).code).toBe('network-error')
    expect(calls).toBe(5)
    expect(clock.retries.map((r) => [r.attempt, r.counted, r.throttled])).toEqual([
      [1, 0, true],
      [2, 1, false],
      [3, 1, true],
      [4, 2, false]
    ])
    expect((result as Failure).details.evidence).toEqual([
      'gave up after 5 attempts (2 throttled) (retry-max-attempts 3)'
    ])
  })

  it('keeps other transient failures within the network budget, which is shorter than the step', async () => {
    const clock = newClock()
    const slow = () => {
      clock.now += 20_000
      return unavailable()
    }
    const { calls, result } = await attempts([slow, slow, slow], clock, { maxAttempts: 10 })
    expect(calls).toBe(2)
    expect((result as Failure).details.evidence).toEqual([
      'gave up after 2 attempts (another attempt could not end within the network time budget)'
    ])
  })

  it('makes exactly one attempt when retry-max-attempts is 1, throttling included', async () => {
    const clock = newClock()
    const { result, calls } = await attempts([throttled], clock, { maxAttempts: 1 })
    expect(calls).toBe(1)
    expect((result as Failure).details.evidence).toEqual([
      'gave up after 1 attempt (1 throttled) (retry-max-attempts 1)'
    ])
  })

  it('never retries a deterministic failure', async () => {
    const clock = newClock()
    const { result, calls } = await attempts([denied], clock)
    expect(calls).toBe(1)
    expect((result as Failure).code).toBe('trust-policy-denied')
    expect(clock.retries).toEqual([])
  })

  it('starts no retry after what the attempt sends has expired', async () => {
    const clock = newClock()
    const { result, calls } = await attempts(Array(100).fill(throttled), clock, {
      validUntil: { atMs: 20_000, name: 'the token from web-identity-token-file' }
    })
    // waits 3 s, 6 s (t = 9 s); the next wait of 12 s would end after 20 s
    expect(calls).toBe(3)
    expect(clock.now).toBeLessThan(20_000)
    expect((result as Failure).details.evidence).toEqual([
      'gave up after 3 attempts (3 throttled) (the token from web-identity-token-file would have expired)'
    ])
  })
})
