// action.yml against the code: what the runner is told matches what src/ reads and sets.
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { isFailure, type Failure } from '../../src/failure/failure.js'
import { INPUT_NAMES, INPUTS, parseInputs, type InputSource } from '../../src/inputs/index.js'
import { actionYmlDescription, actionYmlInputs, actionYmlOutputs } from '../../scripts/input-docs.js'
import { OUTPUTS } from '../../src/sinks/outputs.js'
import { readRepoFile } from './markdown.js'

interface ActionYml {
  name?: unknown
  description?: unknown
  author?: unknown
  branding?: { icon?: unknown; color?: unknown }
  inputs: Record<string, { description?: unknown; required?: unknown; default?: unknown; deprecationMessage?: unknown }>
  outputs: Record<string, { description?: unknown }>
  runs: { using?: unknown; main?: unknown }
}

const action = parse(readRepoFile('action.yml')) as ActionYml

/** Every input of aws-actions/configure-aws-credentials v6 (its action.yml). */
const INCUMBENT_V6 = [
  'aws-region',
  'aws-profile',
  'overwrite-aws-profile',
  'role-to-assume',
  'aws-access-key-id',
  'aws-secret-access-key',
  'aws-session-token',
  'web-identity-token-file',
  'role-chaining',
  'audience',
  'http-proxy',
  'no-proxy',
  'mask-aws-account-id',
  'role-duration-seconds',
  'role-external-id',
  'role-session-name',
  'role-skip-session-tagging',
  'transitive-tag-keys',
  'inline-session-policy',
  'managed-session-policies',
  'output-credentials',
  'output-env-credentials',
  'unset-current-credentials',
  'disable-retry',
  'retry-max-attempts',
  'special-characters-workaround',
  'use-existing-credentials',
  'allowed-account-ids',
  'force-skip-oidc',
  'action-timeout-s',
  'custom-tags',
  'sts-endpoint'
]

function refusal(f: () => unknown): Failure {
  try {
    f()
  } catch (e) {
    if (isFailure(e)) return e
    throw e
  }
  throw new Error('expected a refusal')
}

const nonEmptyString = (v: unknown): boolean => typeof v === 'string' && v.trim() !== ''

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(action.runs.using).toBe('node24')
    expect(action.runs.main).toBe('dist/index.js')
  })

  it('has a name, a description and branding', () => {
    expect(nonEmptyString(action.name)).toBe(true)
    expect(nonEmptyString(action.description)).toBe(true)
    expect(nonEmptyString(action.branding?.icon)).toBe(true)
    expect(nonEmptyString(action.branding?.color)).toBe(true)
  })

  it('declares exactly the inputs of the input table, in its order', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUTS.map((i) => i.name))
  })

  it.each(INPUTS.map((i) => [i.name, i] as const))(
    'declares %s as the table says (required, default, description, deprecation)',
    (name, spec) => {
      const declared = action.inputs[name] ?? {}
      expect({ name, ...declared }).toEqual({
        name,
        description: actionYmlDescription(spec),
        required: spec.required,
        ...(spec.default === undefined ? {} : { default: spec.default }),
        ...(spec.deprecationMessage ? { deprecationMessage: spec.deprecationMessage } : {})
      })
    }
  )

  it('matches what npm run docs:inputs writes', () => {
    expect(readRepoFile('action.yml')).toContain(`\n${actionYmlInputs()}\n\noutputs:\n`)
  })

  it('describes every input and every output', () => {
    const undescribed = [
      ...Object.entries(action.inputs)
        .filter(([, s]) => !nonEmptyString(s?.description))
        .map(([n]) => `input ${n}`),
      ...Object.entries(action.outputs)
        .filter(([, s]) => !nonEmptyString(s?.description))
        .map(([n]) => `output ${n}`)
    ]
    expect(undescribed).toEqual([])
  })

  it('gives every default as a string (the runner passes strings)', () => {
    const bad = Object.entries(action.inputs)
      .filter(([, s]) => s.default !== undefined && typeof s.default !== 'string')
      .map(([n]) => n)
    expect(bad).toEqual([])
  })
})

describe('the input table', () => {
  const ROLE = 'arn:aws:iam::123456789012:role/deploy'
  // What the runner passes: the given inputs, then each declared default, else ''.
  const source = (given: Record<string, string>, read: string[] = []): InputSource => ({
    get: (n) => {
      read.push(n)
      return given[n] ?? INPUTS.find((i) => i.name === n)?.default ?? ''
    },
    env: {},
    readFile: () => {
      throw Object.assign(new Error('no file'), { code: 'ENOENT' })
    },
    resolvePath: (p) => p
  })
  const base = { 'role-to-assume': ROLE, 'aws-region': 'eu-west-1' }

  it('names each input once', () => {
    expect(new Set(INPUT_NAMES).size).toBe(INPUTS.length)
  })

  it('declares every input of configure-aws-credentials v6, and marks exactly those as the incumbent’s', () => {
    const marked = INPUTS.filter((i) => i.incumbent).map((i) => i.name)
    expect([...marked].sort()).toEqual([...INCUMBENT_V6].sort())
  })

  it('is what parseInputs reads: every declared input, and nothing else', () => {
    const read: string[] = []
    parseInputs(source(base, read))
    expect([...new Set(read)].sort()).toEqual([...INPUT_NAMES].sort())
  })

  it.each(INPUTS.filter((i) => i.kind === 'boolean').map((i) => [i.name, i] as const))(
    'reads the boolean %s with its table default, and refuses other words naming the allowed form',
    (name, spec) => {
      expect(spec.default === undefined || spec.default === 'true' || spec.default === 'false').toBe(true)
      const f = refusal(() => parseInputs(source({ ...base, [name]: 'yes' })))
      expect(f.message).toContain(`'${name}'`)
      expect(f.message).toContain(spec.allowed)
    }
  )

  it.each(INPUTS.filter((i) => i.kind === 'integer').map((i) => [i.name, i] as const))(
    'reads the whole number %s within its stated range, and refuses one outside it',
    (name, spec) => {
      const { min = 0, max = 0 } = spec
      expect(spec.allowed).toContain(`${min} to ${max}`)
      expect(Number(spec.default)).toBeGreaterThanOrEqual(min)
      expect(Number(spec.default)).toBeLessThanOrEqual(max)
      expect(() => parseInputs(source({ ...base, [name]: String(min) }))).not.toThrow()
      expect(() => parseInputs(source({ ...base, [name]: String(max) }))).not.toThrow()
      const f = refusal(() => parseInputs(source({ ...base, [name]: String(max + 1) })))
      expect(f.message).toContain(`'${name}'`)
      expect(f.message).toContain(spec.allowed)
    }
  )

  it('gives only booleans a default of true or false', () => {
    const others = INPUTS.filter((i) => i.kind !== 'boolean' && (i.default === 'true' || i.default === 'false'))
    expect(others.map((i) => i.name)).toEqual([])
  })
})

describe('the outputs table', () => {
  it('is what action.yml declares, as npm run docs:inputs writes it', () => {
    expect(Object.keys(action.outputs)).toEqual(OUTPUTS.map((o) => o.name))
    expect(readRepoFile('action.yml')).toContain(`\n${actionYmlOutputs()}\n`)
  })
})
