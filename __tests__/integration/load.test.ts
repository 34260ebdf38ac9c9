// A small throttled matrix (the full one is `npm run bench:load`): jobs of the built dist start
// together against an STS quota too small for all of them at once; every job gets credentials.
// The quota's burst is half the jobs and it refills quickly, so the jobs that start together are
// throttled while the retries (the default waits, up to 3 s at first) mostly get through at once.
import { describe, expect, it } from '@jest/globals'
import { runLoad } from '../../emulator/load.js'

const JOBS = 6
/** each job needs one AssumeRoleWithWebIdentity and one GetCallerIdentity */
const NEEDED = 2 * JOBS

describe('a throttled matrix', () => {
  it('gets every job its credentials with the default inputs, logging each throttled attempt once', async () => {
    const r = await runLoad({ jobs: JOBS, quota: { ratePerSecond: 10, burst: 3 } })
    expect(r.outcomes.map((o) => (o.gotCredentials ? 'credentials' : o.diagnosis))).toEqual(
      Array(JOBS).fill('credentials')
    )
    expect(r.successes).toBe(JOBS)
    // 12 calls against a burst of 3: the jobs were throttled and spread themselves out
    expect(r.throttledCalls).toBeGreaterThan(0)
    expect(r.stsCalls).toBe(NEEDED + r.throttledCalls)
    expect(r.stsCalls).toBeLessThan(3 * NEEDED)
    const throttleLines = r.outcomes.flatMap((o) =>
      o.log.split('\n').filter((l) => / throttled \(attempt \d+\); retrying in \d+\.\d s$/.test(l))
    )
    expect(throttleLines).toHaveLength(r.throttledCalls)
    for (const o of r.outcomes.filter((x) => x.log.includes(' throttled (attempt '))) {
      expect(o.summary).toMatch(/\| attempts \| .*\d+ throttled, waited \d+\.\d s/)
    }
  }, 60_000)
})
