// Keeps README.md and docs/TROUBLESHOOTING.md in step with the catalogue and action.yml.
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { CATALOGUE, CODES } from '../../src/diagnosis/catalogue.js'
import { docsUrl } from '../../src/diagnosis/report.js'
import { INPUTS } from '../../src/inputs/table.js'
import { EXPORTED_VARIABLES } from '../../src/sinks/env.js'
import { README_MARKERS, readmeInputsTable, readmeMigrationTable } from '../../scripts/input-docs.js'
import { existsSync, readdirSync } from 'node:fs'
import { posix } from 'node:path'
import { headings, proseLines, readRepoFile, repoPath, section, slug, squash, tableRows } from './markdown.js'

interface ActionYml {
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>
  outputs: Record<string, { description?: string }>
}

const readme = readRepoFile('README.md')
const guide = readRepoFile('docs/TROUBLESHOOTING.md')
const action = parse(readRepoFile('action.yml')) as ActionYml
const unescapeCell = (c: string): string => c.replace(/\\\|/g, '|').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
const packageJson = JSON.parse(readRepoFile('package.json')) as { scripts: Record<string, string> }

// about 400 lines of prose and generated tables; past this, move a section's details into docs/
const README_MAX_LINES = 420
const yesNo = (b: boolean): 'yes' | 'no' => (b ? 'yes' : 'no')
const CODE_LIKE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

describe('docs/TROUBLESHOOTING.md', () => {
  const level2 = headings(guide).filter((h) => h.level === 2)

  it('has exactly one "## <code>" section per catalogue code, in catalogue order, and none for other codes', () => {
    const codeSections = level2.map((h) => h.text).filter((t) => CODE_LIKE.test(t))
    expect(codeSections).toEqual([...CODES])
    for (const code of CODES) {
      expect(guide.split('\n').filter((l) => l === `## ${code}`)).toHaveLength(1)
    }
  })

  it('lists every code at the top, in catalogue order, each linked to its section', () => {
    const top = guide.slice(0, guide.indexOf('\n## '))
    const listed = [...top.matchAll(/\[([a-z0-9-]+)\]\(#([a-z0-9-]+)\)/g)]
    expect(listed.filter((m) => m[1] !== m[2])).toEqual([])
    expect(listed.map((m) => m[1])).toEqual([...CODES])
  })

  it('has no heading that names a code in another form (backticks, title text)', () => {
    for (const h of level2) {
      const bare = h.text.replace(/`/g, '').trim()
      if (bare !== h.text && CODE_LIKE.test(bare)) throw new Error(`heading "## ${h.text}" should be "## ${bare}"`)
    }
  })

  describe.each([...CODES])('## %s', (code) => {
    const entry = CATALOGUE[code]
    // a missing section fails the ordering test above; here it only empties the checks
    const body = guide.split('\n').includes(`## ${code}`) ? section(guide, code) : ''

    it('states the catalogue\'s retryable flag once, as "Retried: yes|no"', () => {
      const flags = [...body.matchAll(/Retried: (yes|no)\b/g)].map((m) => m[1])
      expect(flags).toEqual([yesNo(entry.retryable)])
    })

    it('shows the title, what it means, the log, the causes and the fix', () => {
      expect(body).toContain(`**${entry.title}**`)
      for (const part of ['**What it means.**', '**What the log shows.**', '**Likely causes**', '**Fix']) {
        expect(body).toContain(part)
      }
      // a realistic example of the block this code prints
      expect(body).toMatch(new RegExp('```text\\n[\\s\\S]*' + `(title=${code}::|✖ ${code}: )`))
    })

    it("lists the catalogue's likely causes, in order", () => {
      const causes = squash(body.slice(body.indexOf('**Likely causes**'), body.indexOf('**Fix')))
      let from = 0
      for (const cause of entry.causes) {
        const at = causes.indexOf(squash(cause), from)
        if (at < 0) throw new Error(`${code}: cause "${cause}" is missing from "Likely causes" (or out of order)`)
        from = at + cause.length
      }
    })
  })

  it("is where the diagnosis block's docs link points", () => {
    const anchors = new Set(headings(guide).map((h) => slug(h.text)))
    for (const code of CODES) {
      expect(docsUrl(code, {})).toBe(`docs/TROUBLESHOOTING.md#${code}`)
      expect(docsUrl(code, { GITHUB_ACTION_REPOSITORY: 'o/aws-oidc-credentials', GITHUB_ACTION_REF: 'v1' })).toBe(
        `https://github.com/o/aws-oidc-credentials/blob/v1/docs/TROUBLESHOOTING.md#${code}`
      )
      expect(anchors.has(code)).toBe(true)
      expect(anchors.has(CATALOGUE[code].anchor)).toBe(true)
    }
  })

  it('has working in-page links', () => {
    const anchors = new Set(headings(guide).map((h) => slug(h.text)))
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1])
    expect(links.length).toBeGreaterThan(0)
    expect(links.filter((l) => !anchors.has(l))).toEqual([])
  })

  it('covers the sub forms and the debugging inputs', () => {
    const subs = section(guide, 'The forms of `sub`')
    for (const form of [
      ':pull_request',
      ':environment:',
      'refs/tags/',
      'gh-readonly-queue/',
      'repo:octo-org@123456/octo-repo@789012',
      'include_claim_keys'
    ]) {
      expect(subs).toContain(form)
    }
    const debugging = section(guide, 'Debugging with `trust-policy` and `dry-run`')
    expect(debugging).toContain('trust-policy')
    expect(debugging).toContain('dry-run: true')
  })
})

describe('README.md', () => {
  it("lists every code exactly once, in catalogue order, linked to its section, with the catalogue's retried flag", () => {
    const rows = tableRows(section(readme, 'Diagnosis codes')).slice(1)
    const seen: string[] = []
    for (const [first, , retried] of rows) {
      const m = /^\[`([a-z0-9-]+)`\]\(docs\/TROUBLESHOOTING\.md#([a-z0-9-]+)\)$/.exec(first)
      if (!m) throw new Error(`code table row "${first}" is not [\`code\`](docs/TROUBLESHOOTING.md#code)`)
      expect(m[2]).toBe(m[1])
      const code = m[1] as (typeof CODES)[number]
      expect(CODES).toContain(code)
      expect({ code, retried }).toEqual({ code, retried: yesNo(CATALOGUE[code].retryable) })
      seen.push(code)
    }
    expect(seen).toEqual([...CODES])
  })

  it('links only to sections that exist, in the guide and in itself', () => {
    const guideAnchors = new Set(headings(guide).map((h) => slug(h.text)))
    const ownAnchors = new Set(headings(readme).map((h) => slug(h.text)))
    const toGuide = [...readme.matchAll(/\]\(docs\/TROUBLESHOOTING\.md#([^)]+)\)/g)].map((m) => m[1])
    const toSelf = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1])
    expect(toGuide.filter((a) => !guideAnchors.has(a))).toEqual([])
    expect(toSelf.filter((a) => !ownAnchors.has(a))).toEqual([])
  })

  describe('inputs table', () => {
    const rows = tableRows(section(readme, 'Inputs')).slice(1)
    const names = rows.map((r) => /^`([a-z0-9-]+)`$/.exec(r[0])?.[1] ?? `(bad cell ${r[0]})`)
    const byName = new Map(rows.map((r, i) => [names[i], r]))

    it('lists every input of action.yml exactly once, in its order, and nothing else', () => {
      expect(names).toEqual(Object.keys(action.inputs))
    })

    it.each(INPUTS.map((i) => [i.name, i] as const))(
      'gives %s the default of action.yml and the allowed form of the input table',
      (name, spec) => {
        const yml = action.inputs[name]
        const expected = defaultCell(yml)
        const [, dflt, allowed] = byName.get(name) ?? []
        expect({ name, dflt }).toEqual({ name, dflt: expected })
        expect({ name, allowed: unescapeCell(allowed ?? '') }).toEqual({ name, allowed: spec.allowed })
      }
    )

    it('is what npm run docs:inputs writes', () => {
      expect(readme).toContain(`${README_MARKERS.inputs[0]}\n${readmeInputsTable()}\n${README_MARKERS.inputs[1]}`)
    })
  })

  describe('migration table', () => {
    const rows = tableRows(section(readme, 'Migrating from configure-aws-credentials')).slice(1)

    it('lists every input of configure-aws-credentials v6 once, with its verdict here', () => {
      const incumbent = INPUTS.flatMap((i) => (i.incumbent ? [{ ...i, incumbent: i.incumbent }] : []))
      expect(rows.map((r) => r[0])).toEqual(incumbent.map((i) => `\`${i.name}\``))
      expect(rows.map((r) => r[1])).toEqual(incumbent.map((i) => i.incumbent.verdict))
      // a difference or a refusal always says why
      expect(rows.filter((r) => r[1] !== 'same' && /^—?$/.test(r[2]))).toEqual([])
    })

    it('is what npm run docs:inputs writes', () => {
      expect(readme).toContain(
        `${README_MARKERS.migration[0]}\n${readmeMigrationTable()}\n${README_MARKERS.migration[1]}`
      )
    })
  })

  it('lists every output of action.yml exactly once, and nothing else', () => {
    const rows = tableRows(section(readme, 'Outputs')).slice(1)
    const names = rows.map((r) => /^`([a-z0-9-]+)`$/.exec(r[0])?.[1] ?? `(bad cell ${r[0]})`)
    expect(new Set(names).size).toBe(names.length)
    expect([...names].sort()).toEqual(Object.keys(action.outputs).sort())
  })

  it('lists the exported environment variables', () => {
    const exported = [...EXPORTED_VARIABLES]
    const rows = tableRows(section(readme, 'Environment variables'))
      .slice(1)
      .map((r) => r[0].replace(/`/g, ''))
    expect([...rows].sort()).toEqual(exported.sort())
  })

  it('names only npm scripts that exist', () => {
    const runs = [...readme.matchAll(/npm run ([a-z0-9:-]+)/g)].map((m) => m[1])
    expect(runs.length).toBeGreaterThan(0)
    expect(runs.filter((s) => packageJson.scripts[s] === undefined)).toEqual([])
  })

  it('stays a README for users: at most 420 lines, the details in docs/ (issue 20)', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(README_MAX_LINES)
  })

  it('shows the quick start with the permissions and the step', () => {
    const quick = section(readme, 'Quick start')
    expect(quick).toMatch(/permissions:\n\s+id-token: write[^\n]*\n\s+contents: read/)
    expect(quick).toMatch(/uses: [^\s/]+\/aws-oidc-credentials@v1/)
    expect(quick).toContain('role-to-assume:')
    expect(quick).toContain('aws-region:')
  })
})

describe('CONTRIBUTING.md', () => {
  const contributing = readRepoFile('CONTRIBUTING.md')

  it('gives the development commands, and only scripts that exist', () => {
    expect(contributing).toContain('npm ci && npm test')
    expect(contributing).toContain('npm start')
    expect(contributing).toContain('npm start -- --list')
    expect(contributing).toContain('npm start -- --scenario <name>')
    expect(packageJson.scripts.test).toBeDefined()
    expect(packageJson.scripts.start).toBeDefined()
    const commands = tableRows(section(contributing, 'Commands'))
      .slice(1)
      .map((r) => r[0])
    const runs = commands.flatMap((c) => [...c.matchAll(/npm run ([a-z0-9:-]+)/g)].map((m) => m[1]))
    expect(runs.length).toBeGreaterThan(5)
    expect(runs.filter((s) => packageJson.scripts[s] === undefined)).toEqual([])
    // every script a contributor runs by name is in the table
    const listed = new Set(runs)
    const scripts = Object.keys(packageJson.scripts).filter((s) => !['test', 'start', 'format'].includes(s))
    expect(scripts.filter((s) => !listed.has(s))).toEqual([])
  })
})

describe('links between the documents', () => {
  const files = [
    'README.md',
    'CONTRIBUTING.md',
    'SECURITY.md',
    ...readdirSync(repoPath('docs')).map((f) => `docs/${f}`)
  ].filter((f) => f.endsWith('.md'))

  it.each(files)('%s links only to files and sections that exist', (file) => {
    const text = proseLines(readRepoFile(file)).join('\n')
    const broken: string[] = []
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue
      const [path, anchor] = target.split('#')
      const rel = path === '' ? file : posix.normalize(posix.join(posix.dirname(file), path))
      if (!existsSync(repoPath(rel))) {
        broken.push(target)
        continue
      }
      if (anchor && rel.endsWith('.md') && !headings(readRepoFile(rel)).some((h) => slug(h.text) === anchor))
        broken.push(target)
    }
    expect(broken).toEqual([])
  })
})

/** The README's default column for an action.yml input. */
function defaultCell(yml: { required?: boolean; default?: string } | undefined): string {
  if (yml?.required) return '*required*'
  return yml?.default === undefined ? '—' : `\`${yml.default}\``
}
