// The layout CONTRIBUTING.md describes, held against the code: ls src shows the pipeline, every
// module says what it is for, no import cycle, and only the composition root reads process.env.
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

const modules = tsFiles(src).map((path) => ({ path: relative(src, path), text: readFileSync(path, 'utf8') }))

/** The src/ modules a module imports, statically or with import(), as paths relative to src/. */
function importsOf(m: { path: string; text: string }): string[] {
  const specifiers = [
    ...m.text.matchAll(/^(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm),
    ...m.text.matchAll(/import\('(\.{1,2}\/[^']+)'\)/g)
  ].map((match) => match[1])
  return specifiers
    .map((s) => posix.normalize(posix.join(posix.dirname(m.path), s)).replace(/\.js$/, '.ts'))
    .filter((p) => modules.some((other) => other.path === p))
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
    expect(modules.filter((m) => !m.text.replace(/^#!.*\n/, '').startsWith('//')).map((m) => m.path)).toEqual([])
  })

  it('has no import cycle, type imports and import() included', () => {
    const graph = new Map(modules.map((m) => [m.path, importsOf(m)]))
    expect(findCycle(graph)).toBeUndefined()
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

  it('reads process.env only in the composition roots: the action and the CLI entry', () => {
    const readers = modules.filter((m) => /\bprocess\.env\b/.test(m.text)).map((m) => m.path)
    // sts/endpoint.ts reads none: it hands the injected proxy variables to @actions/http-client,
    // which reads process.env only, for one synchronous call, and restores them
    const roots = ['action.ts', join('cli', 'index.ts'), join('sts', 'endpoint.ts')]
    expect(readers.filter((p) => !roots.includes(p))).toEqual([])
  })
})
