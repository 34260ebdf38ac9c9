// The files a user or a supply-chain review looks at first say what is true.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../../emulator/node24.js'
import { readRepoFile } from './markdown.js'

const CANONICAL = 'aws-oidc-credentials/aws-oidc-credentials'
const pkg = JSON.parse(readRepoFile('package.json')) as {
  license: string
  repository: { url: string }
  engines: { node: string }
}
const workflows = readdirSync(join(repoRoot, '.github', 'workflows')).map((f) => `.github/workflows/${f}`)

describe('project files', () => {
  it('name the canonical repository everywhere, with no placeholder left', () => {
    expect(pkg.repository.url).toBe(`git+https://github.com/${CANONICAL}.git`)
    for (const file of ['README.md', 'docs/TROUBLESHOOTING.md', 'CONTRIBUTING.md', 'CHANGELOG.md']) {
      const text = readRepoFile(file)
      expect({ file, placeholder: text.includes('<owner>/aws-oidc-credentials') }).toEqual({ file, placeholder: false })
      const uses = [...text.matchAll(/uses: ([\w.-]+\/aws-oidc-credentials)@/g)].map((m) => m[1])
      expect({ file, others: uses.filter((u) => u !== CANONICAL) }).toEqual({ file, others: [] })
    }
  })

  it('ship the MIT license that package.json names', () => {
    expect(pkg.license).toBe('MIT')
    expect(readRepoFile('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /)
  })

  it('tell one Node story: the action on .node-version, the CLI on engines, both tested in CI', () => {
    const action = parse(readRepoFile('action.yml')) as { runs: { using: string } }
    const actionNode = readRepoFile('.node-version').trim()
    expect(`node${actionNode}`).toBe(action.runs.using)
    // the CLI is a bundle with no dependencies: engines is what its tests run on, the oldest first
    const oldest = /^>=(\d+)$/.exec(pkg.engines.node)?.[1]
    expect(oldest).toBeDefined()
    const ci = parse(readRepoFile('.github/workflows/ci.yml')) as {
      jobs: { cli: { strategy: { matrix: { node: string[] } } } }
    }
    expect(ci.jobs.cli.strategy.matrix.node).toEqual([oldest, actionNode])
    const readme = readRepoFile('README.md')
    expect(readme).toContain(`Node ${oldest} or later (its tests run on Node ${oldest} and ${actionNode})`)
    expect(readme).toContain(`runs on the runner's Node ${actionNode} (\`runs.using: node${actionNode}\`)`)
    expect([...readme.matchAll(/Node (\d+)(?:\.\d+)* or later/g)].map((m) => m[1])).toEqual([oldest, oldest])
  })

  it('publish the CLI to npm with provenance from the release workflow', () => {
    const release = parse(readRepoFile('.github/workflows/release.yml')) as {
      jobs: Record<string, { needs?: string; permissions?: Record<string, string>; steps: { run?: string }[] }>
    }
    const npmJob = release.jobs.npm
    expect(npmJob.needs).toBe('release')
    expect(npmJob.permissions?.['id-token']).toBe('write')
    expect(npmJob.steps.map((s) => s.run).filter(Boolean)).toContain('npm publish --provenance --access public')
  })

  it('pin every third-party action in the workflows by full commit SHA, with its version in a comment', () => {
    expect(workflows.length).toBeGreaterThan(0)
    for (const file of workflows) {
      for (const [, ref, rest] of readRepoFile(file).matchAll(/^\s*(?:- )?uses: *([^\s#]+)(.*)$/gm)) {
        if (ref.startsWith('./')) continue
        expect({ file, ref, pinned: /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref) }).toEqual({ file, ref, pinned: true })
        expect({ file, ref, comment: /^ # v\d+(\.\d+)*$/.test(rest) }).toEqual({ file, ref, comment: true })
      }
    }
  })

  it('let Dependabot update npm and the workflows, in groups', () => {
    const config = parse(readRepoFile('.github/dependabot.yml')) as {
      updates: { 'package-ecosystem': string; groups?: object }[]
    }
    const grouped = config.updates.filter((u) => u.groups && Object.keys(u.groups).length > 0)
    expect(grouped.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm'])
  })

  it('have a release workflow that tags vX.Y.Z and moves the major tag', () => {
    const release = readRepoFile('.github/workflows/release.yml')
    expect(release).toContain('git tag -a "v$VERSION"')
    expect(release).toContain('git push --force origin "refs/tags/$major"')
    expect(readRepoFile('CHANGELOG.md')).toMatch(/^## \[(Unreleased|\d+\.\d+\.\d+)\]/m)
  })

  it('give contributors the checklists for a diagnosis code and an input, and code owners', () => {
    const contributing = readRepoFile('CONTRIBUTING.md')
    expect(contributing).toContain('## Checklist: add a diagnosis code')
    expect(contributing).toContain('## Checklist: add an input')
    for (const script of [...contributing.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]))
      expect({ script, exists: script in (JSON.parse(readRepoFile('package.json')).scripts as object) }).toEqual({
        script,
        exists: true
      })
    for (const path of [...contributing.matchAll(/`((?:src|emulator|__tests__)\/[\w./-]+\.ts)`/g)].map((m) => m[1]))
      expect({ path, exists: existsSync(join(repoRoot, path)) }).toEqual({ path, exists: true })
    expect(readRepoFile('.github/CODEOWNERS')).toMatch(/^\* +@aws-oidc-credentials\//m)
  })
})
