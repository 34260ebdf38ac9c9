// A stalled endpoint must end as network-error within the network budget (60 s by default).
// The bounds are proven in-process, with the real STS transport against the emulator and every
// time limit shrunk tenfold (Deps.timing), and on a virtual clock with the default values; one
// end-to-end run of the built dist proves that action-timeout-s stops a stalled step.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { play } from '../../emulator/play.js'
import type { Scenario } from '../../emulator/scenarios.js'
import { startEmulator, type Emulator } from '../../emulator/server.js'
import { ROLE_ARN } from '../../emulator/scenarios.js'
import { run } from '../../src/pipeline/run.js'
import { createStsApi } from '../../src/sts/client.js'
import type { StsApi } from '../../src/sts/types.js'
import { DEFAULT_TIMING, type Timing } from '../../src/pipeline/timeout.js'
import { fakeCore, type CoreRecorder } from '../fixtures/core.js'
import { githubClaims, NOW_S, signToken } from '../fixtures/token.js'
import { withProcessVariables } from '../../src/process-variables.js'

/** DEFAULT_TIMING, ten times faster. */
const FAST: Timing = {
  connectionMs: DEFAULT_TIMING.connectionMs / 10,
  requestMs: DEFAULT_TIMING.requestMs / 10,
  idTokenMs: DEFAULT_TIMING.idTokenMs / 10,
  networkBudgetMs: DEFAULT_TIMING.networkBudgetMs / 10,
  backoff: { baseMs: DEFAULT_TIMING.backoff.baseMs / 10, capMs: DEFAULT_TIMING.backoff.capMs / 10 },
  throttleBackoff: {
    baseMs: DEFAULT_TIMING.throttleBackoff.baseMs / 10,
    capMs: DEFAULT_TIMING.throttleBackoff.capMs / 10
  }
}

interface Outcome {
  core: CoreRecorder
  failed: boolean
  durationMs: number
  log: string
  emu: Emulator
}

/** Runs the pipeline in this process against a fresh emulator, with `timing` and real time. */
async function runStalled(setup: (emu: Emulator) => void, timing: Timing): Promise<Outcome> {
  const emu = await startEmulator()
  try {
    setup(emu)
    // The runner's getIDToken, as @actions/core does it: a bearer GET of the request URL.
    const core = fakeCore(
      {
        'role-to-assume': ROLE_ARN,
        'aws-region': 'eu-west-1',
        audience: 'sts.amazonaws.com',
        'sts-endpoint': emu.stsEndpoint
      },
      async (aud) => {
        const res = await fetch(`${emu.tokenRequestUrl}&audience=${encodeURIComponent(aud)}`, {
          headers: { authorization: `Bearer ${emu.tokenRequestToken}` }
        })
        if (!res.ok) throw new Error(`Failed to get ID Token. Error Code : ${res.status}`)
        return ((await res.json()) as { value: string }).value
      }
    )
    let failed = false
    const started = Date.now()
    await run({
      core,
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: emu.tokenRequestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.tokenRequestToken },
      context: async () => ({ eventName: 'push', actor: 'octocat', repository: 'octo-org/octo-repo' }),
      inputs: { readFile: () => '', resolvePath: (p) => p },
      withProcessVariables,
      createSts: createStsApi,
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: Math.random,
      fail: () => {
        failed = true
      },
      timing
    })
    return { core, failed, durationMs: Date.now() - started, log: core.log.join('\n'), emu }
  } finally {
    await emu.close()
  }
}

const stsCalls = (o: Outcome, target: string) => o.emu.calls.filter((c) => c.target === target)

describe('stalled endpoints', () => {
  beforeAll(async () => {
    // Compiling the SDK is not part of any attempt's time limit: do it before the clock matters.
    await Promise.all([import('@aws-sdk/client-sts'), import('@smithy/node-http-handler')])
  })

  it('end as network-error within the network budget, after bounded retries', async () => {
    const [sts, token, both] = await Promise.all([
      runStalled((emu) => emu.inject('AssumeRoleWithWebIdentity', 'hang', 10), FAST),
      runStalled((emu) => emu.inject('token', 'hang', 10), FAST),
      runStalled((emu) => {
        emu.inject('AssumeRoleWithWebIdentity', 'hang', 2)
        emu.inject('GetCallerIdentity', 'hang', 10)
      }, FAST)
    ])
    // The budget spans stages: stalls in assume and then verify still end in time.
    expect(both.core.outputs.diagnosis).toBe('network-error')
    expect(both.log).toMatch(/stage: {3}verify/)
    expect(both.log).toMatch(/gave up after 1 attempt \(another attempt could not end within the network time budget\)/)
    expect(both.durationMs).toBeLessThan(FAST.networkBudgetMs)
    expect(both.core.exported).toEqual({})
    for (const o of [sts, token]) {
      expect(o.failed).toBe(true)
      expect(o.core.outputs.diagnosis).toBe('network-error')
      expect(o.durationMs).toBeLessThan(FAST.networkBudgetMs)
      expect(o.log).toMatch(/attempt 2 of 3 failed \(network-error/)
      expect(o.core.exported).toEqual({})
    }
    expect(stsCalls(sts, 'AssumeRoleWithWebIdentity')).toHaveLength(3)
    expect(stsCalls(token, 'token')).toHaveLength(3)
    expect(sts.log).toMatch(/AWS STS did not answer in time/)
    expect(token.log).toMatch(
      new RegExp(`the GitHub ID-token request did not answer within ${Math.round(FAST.idTokenMs / 1000)} s`)
    )
  })

  it('with the default timeouts, three stalled attempts and their waits fit in 60 s (virtual clock)', async () => {
    let now = NOW_S * 1000
    const stall = async (ms: number): Promise<never> => {
      now += ms
      throw Object.assign(new Error('socket timed out'), { name: 'TimeoutError' })
    }
    const sts: StsApi = {
      assumeRoleWithWebIdentity: () => stall(DEFAULT_TIMING.connectionMs + DEFAULT_TIMING.requestMs),
      getCallerIdentity: () => stall(DEFAULT_TIMING.connectionMs + DEFAULT_TIMING.requestMs),
      assumeRole: () => stall(DEFAULT_TIMING.connectionMs + DEFAULT_TIMING.requestMs)
    }
    const token = await signToken(githubClaims())
    const core = fakeCore(
      { 'role-to-assume': ROLE_ARN, 'aws-region': 'eu-west-1', audience: 'sts.amazonaws.com' },
      async () => token
    )
    const started = now
    await run({
      core,
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/t', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'r' },
      context: async () => ({ eventName: 'push', actor: 'octocat', repository: 'o/r' }),
      inputs: { readFile: () => '', resolvePath: (p) => p },
      withProcessVariables,
      createSts: () => sts,
      now: () => now,
      sleep: async (ms) => {
        now += ms
      },
      random: () => 1,
      fail: () => undefined
    })
    expect(core.outputs.diagnosis).toBe('network-error')
    // the worst case: every attempt takes its full 20 s and every wait its longest (1 s, 2 s)
    expect(core.log.join('\n')).toMatch(/gave up after 2 attempts \(another attempt could not end within the network/)
    expect(now - started).toBeLessThanOrEqual(DEFAULT_TIMING.networkBudgetMs)
  })
})

describe('a stalled step, end to end', () => {
  it('stops at action-timeout-s, says so, and exports nothing', async () => {
    const stalled: Scenario = {
      name: 'stalled-step',
      code: 'network-error',
      description: 'AssumeRoleWithWebIdentity never answers; the step allows 3 s',
      setup: (emu) => emu.inject('AssumeRoleWithWebIdentity', 'hang', 10),
      inputs: { 'action-timeout-s': '3' },
      expect: [],
      withinSeconds: 60
    }
    const { result, calls } = await play(stalled)
    expect(result.exitCode).toBe(1)
    expect(result.outputs.diagnosis).toBe('network-error')
    expect(result.log).toMatch(/The step did not finish within action-timeout-s \(3 s\); it was in the assume stage/)
    // one stalled attempt alone would take 15 s: the step's limit ended it
    expect(result.durationMs).toBeLessThan(DEFAULT_TIMING.requestMs)
    expect(calls.filter((c) => c.target === 'AssumeRoleWithWebIdentity')).toHaveLength(1)
    expect(result.env).toEqual({})
  }, 30_000)
})
