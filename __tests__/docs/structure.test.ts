// The layout CONTRIBUTING.md describes, held against the code: ls src shows the pipeline, every
// module says what it is for, no import cycle, and only the composition root reads process.env;
// the emulator's modules too say what they are for and import no cycle.
// (Which folder may import which is lint's: eslint.config.js.)
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix, relative } from 'node:path'
import { repoPath } from './markdown.js'

const src = repoPath('src')

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return tsFiles(path)
    return name.endsWith('.ts') ? [path] : []
  })
}

interface Module {
  /** relative to the tree's root */
  path: string
  text: string
}

function modulesUnder(root: string): Module[] {
  return tsFiles(root).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }))
}

const modules = modulesUnder(src)

/** The modules of the same tree a module imports, statically or with import(), as paths relative to its root. */
function importsOf(m: Module, tree: Module[]): string[] {
  const specifiers = [
    ...m.text.matchAll(/^(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm),
    ...m.text.matchAll(/import\('(\.{1,2}\/[^']+)'\)/g)
  ].map((match) => match[1])
  return specifiers
    .map((s) => posix.normalize(posix.join(posix.dirname(m.path), s)).replace(/\.js$/, '.ts'))
    .filter((p) => tree.some((other) => other.path === p))
}

function importGraph(tree: Module[]): Map<string, string[]> {
  return new Map(tree.map((m) => [m.path, importsOf(m, tree)]))
}

/** The modules that do not start with a `//` comment (after a shebang). */
function withoutHeader(tree: Module[]): string[] {
  return tree.filter((m) => !m.text.replace(/^#!.*\n/, '').startsWith('//')).map((m) => m.path)
}

/** One cycle of the import graph, as the modules on it, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node]
    state.set(node, 'open')
    path.push(node)
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    path.pop()
    state.set(node, 'done')
    return undefined
  }
  for (const node of graph.keys()) {
    const cycle = visit(node)
    if (cycle) return cycle
  }
  return undefined
}

describe('src/', () => {
  it('holds only the entry points at its root, and folders by stage', () => {
    const root = readdirSync(src).filter((name) => !statSync(join(src, name)).isDirectory())
    expect(root.length).toBeLessThanOrEqual(6)
    expect(root).toEqual(expect.arrayContaining(['index.ts', 'entry.ts', 'action.ts']))
  })

  it('starts every module with a comment that says what it is for', () => {
    expect(withoutHeader(modules)).toEqual([])
  })

  it('has no import cycle, type imports and import() included', () => {
    expect(findCycle(importGraph(modules))).toBeUndefined()
  })

  it('finds a cycle where there is one (the check itself)', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']]
        ])
      )
    ).toEqual(['a', 'b', 'c', 'a'])
  })

  it('reads process.env only in the composition root: the action, the CLI entry and the scope they inject', () => {
    const readers = modules.filter((m) => /\bprocess\.env\b/.test(m.text)).map((m) => m.path)
    // process-variables.ts is what both entries inject as the STS stage's withProcessVariables
    const roots = ['action.ts', join('cli', 'index.ts'), 'process-variables.ts']
    expect(readers.filter((p) => !roots.includes(p))).toEqual([])
  })
})

describe('emulator/', () => {
  const emulator = modulesUnder(repoPath('emulator'))

  it('starts every module with a comment that says what it is for', () => {
    expect(emulator.length).toBeGreaterThan(0)
    expect(withoutHeader(emulator)).toEqual([])
  })

  it('has no import cycle, type imports and import() included', () => {
    // the STS's modules import one another: the graph must see those edges to judge them
    expect(importGraph(emulator).get(join('sts', 'index.ts'))).toEqual(
      expect.arrayContaining([join('sts', 'protocol.ts'), join('sts', 'signature.ts')])
    )
    expect(findCycle(importGraph(emulator))).toBeUndefined()
  })
})
