// action.yml against the code: what the runner is told matches what src/ reads and sets.
import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { INPUT_NAMES } from '../../src/inputs.js'
import { readRepoFile, repoPath } from './markdown.js'

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
const inputsSource = readRepoFile('src/inputs.ts')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return e.name.endsWith('.ts') ? [path] : []
  })
}
const srcRoot = repoPath('src')
const sources = sourceFiles(srcRoot).map((path) => ({
  path: relative(srcRoot, path),
  text: readRepoFile(join('src', relative(srcRoot, path)))
}))
const allSource = sources.map((s) => s.text).join('\n')

const matches = (re: RegExp, text: string): string[][] => [...text.matchAll(re)].map((m) => m.slice(1))
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

  it('declares exactly the inputs of INPUT_NAMES', () => {
    expect(new Set(INPUT_NAMES).size).toBe(INPUT_NAMES.length)
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort())
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

describe('inputs read by src/', () => {
  // the array literal of INPUT_NAMES itself does not count as reading an input
  const parseCode = inputsSource.replace(/export const INPUT_NAMES = \[[\s\S]*?\] as const/, '')

  it('reads every declared input (each name appears quoted in the parse code, outside INPUT_NAMES)', () => {
    expect(parseCode).not.toBe(inputsSource)
    const unread = INPUT_NAMES.filter((n) => !parseCode.includes(`'${n}'`) && !parseCode.includes(`"${n}"`))
    expect(unread).toEqual([])
  })

  it('declares every input it reads by a literal name', () => {
    const read = new Set<string>()
    for (const { text } of sources) {
      for (const [name] of matches(/\b(?:get|getInput)\(\s*['"]([^'"]+)['"]/g, text)) read.add(name)
      for (const [name] of matches(/\bparse(?:Boolean|Integer)\(\s*src,\s*['"]([^'"]+)['"]/g, text)) read.add(name)
    }
    for (const [list] of matches(/STATIC_KEY_INPUTS = \[([^\]]*)\]/g, inputsSource)) {
      for (const [name] of matches(/'([^']+)'/g, list)) read.add(name)
    }
    expect(read.size).toBeGreaterThan(10)
    expect([...read].filter((n) => !(n in action.inputs))).toEqual([])
  })

  it("gives each boolean input a default of 'true' or 'false', the same as the code's fallback", () => {
    const booleans = matches(/parseBoolean\(src, '([^']+)', (true|false)\)/g, inputsSource)
    expect(booleans.length).toBeGreaterThan(0)
    for (const [name, fallback] of booleans) {
      expect({ name, default: action.inputs[name]?.default }).toEqual({ name, default: fallback })
    }
    // and nothing else looks like a boolean
    const boolNames = new Set(booleans.map(([n]) => n))
    const others = Object.entries(action.inputs)
      .filter(([n, s]) => !boolNames.has(n) && (s.default === 'true' || s.default === 'false'))
      .map(([n]) => n)
    expect(others).toEqual([])
  })

  it("gives each whole-number input the code's fallback as default, and states its range", () => {
    const ints = matches(/parseInteger\(src, '([^']+)', (\d+), (\d+), (\d+)\)/g, inputsSource)
    expect(ints.length).toBeGreaterThan(0)
    for (const [name, fallback, min, max] of ints) {
      expect({ name, default: action.inputs[name]?.default }).toEqual({ name, default: fallback })
      expect(Number(fallback)).toBeGreaterThanOrEqual(Number(min))
      expect(Number(fallback)).toBeLessThanOrEqual(Number(max))
      expect({ name, description: String(action.inputs[name]?.description) }).toEqual({
        name,
        description: expect.stringContaining(`${min}-${max}`)
      })
    }
  })

  it('gives inputs with a literal fallback in the code the same default', () => {
    for (const [name, fallback] of matches(/get\('([^']+)'\)\s*\|\|\s*'([^']*)'/g, inputsSource)) {
      expect({ name, default: action.inputs[name]?.default }).toEqual({ name, default: fallback })
    }
  })
})

describe('outputs set by src/', () => {
  const set = new Set(matches(/setOutput\(\s*['"]([^'"]+)['"]/g, allSource).map(([n]) => n))

  it('sets every declared output somewhere', () => {
    expect(Object.keys(action.outputs).filter((n) => !allSource.includes(`setOutput('${n}'`))).toEqual([])
  })

  it('declares every output it sets', () => {
    expect(set.size).toBeGreaterThan(0)
    expect([...set].filter((n) => !(n in action.outputs))).toEqual([])
  })
})
