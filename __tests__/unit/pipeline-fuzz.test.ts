// Random strings in every input never crash the action: every run ends in success or a
// catalogue code, with no stack trace in the log.
import { describe, expect, it } from '@jest/globals'
import { CODES } from '../../src/diagnosis/catalogue.js'
import { INPUT_NAMES } from '../../src/inputs/index.js'
import { run } from '../../src/pipeline/run.js'
import { fakeCore } from '../fixtures/core.js'
import { githubClaims, NOW_S, signToken } from '../fixtures/token.js'
import { withProcessVariables } from '../../src/process-variables.js'

/** A small deterministic PRNG, so a failure can be replayed from its seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32
}

const ALPHABET = [
  'a',
  'Z',
  '0',
  '9',
  ':',
  '/',
  '@',
  '[',
  ']',
  '{',
  '}',
  '"',
  ',',
  '\n',
  '\r',
  ' ',
  '%',
  '::',
  '##[',
  '\u0000',
  'é',
  '😀',
  'true',
  'FALSE',
  '900',
  '-1',
  'arn:aws:iam::123456789012:role/',
  '${{',
  '<b>'
]

function randomString(rand: () => number): string {
  const n = Math.floor(rand() * 12)
  return Array.from({ length: n }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]).join('')
}

const VALID = {
  'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
  'aws-region': 'eu-west-1',
  audience: 'sts.amazonaws.com'
}

describe('fuzzed inputs', () => {
  it('always end in success or a known code, without a stack trace', async () => {
    const token = await signToken(githubClaims())
    for (let seed = 1; seed <= 400; seed++) {
      const rand = prng(seed)
      // Half the runs keep the required inputs valid so the fuzz reaches the later stages.
      const inputs: Record<string, string> = seed % 2 === 0 ? { ...VALID } : {}
      for (const name of INPUT_NAMES) if (rand() < 0.4) inputs[name] = randomString(rand)
      const core = fakeCore(inputs, async () => token)
      let failed = false
      await expect(
        run({
          core,
          env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/t', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'r' },
          context: async () => ({ eventName: 'push', actor: 'octocat', repository: 'octo-org/octo-repo' }),
          inputs: {
            readFile: () => {
              throw Object.assign(new Error('no such file'), { code: 'ENOENT' })
            },
            resolvePath: (p) => p
          },
          withProcessVariables,
          createSts: () => ({
            assumeRole: async () => {
              throw new Error('not a chaining run')
            },
            assumeRoleWithWebIdentity: async () => ({
              credentials: {
                accessKeyId: 'ASIAX',
                secretAccessKey: 's',
                sessionToken: 't',
                expiration: new Date((NOW_S + 3600) * 1000)
              }
            }),
            getCallerIdentity: async () => ({
              account: '123456789012',
              arn: 'arn:aws:sts::123456789012:assumed-role/deploy/x',
              userId: 'u'
            })
          }),
          now: () => NOW_S * 1000,
          sleep: async () => undefined,
          random: rand,
          fail: () => {
            failed = true
          }
        })
      ).resolves.toEqual({ abandoned: false })
      const context = `seed ${seed}: ${JSON.stringify(inputs)}`
      if (failed) {
        expect({ context, code: CODES.includes(core.outputs.diagnosis as never) }).toEqual({ context, code: true })
        expect(core.annotations.filter((a) => a.level === 'error').map((a) => a.title)).toEqual([
          core.outputs.diagnosis
        ])
      }
      expect({ context, stack: core.log.filter((l) => /^\s+at .+:\d+:\d+\)?$/.test(l)) }).toEqual({
        context,
        stack: []
      })
      expect({
        context,
        injected: core.log.filter((l) => /^\s*(::(?!group::|endgroup::|error title=|warning::)|##\[)/.test(l))
      }).toEqual({ context, injected: [] })
    }
  })
})
