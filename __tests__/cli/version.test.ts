// Which release is this? The CLI answers --version, and every command the CLI or the action's log
// tells a user to run names that exact version, so an old log never runs a later or foreign package.
import { describe, expect, it } from '@jest/globals'
import { play } from '../../emulator/play.js'
import { SCENARIOS, type Scenario } from '../../emulator/scenarios.js'
import { readRepoFile } from '../docs/markdown.js'
import { cli } from './bin.js'

const pkg = JSON.parse(readRepoFile('package.json')) as { name: string; version: string }
const scenario = (name: string): Scenario => SCENARIOS.find((s) => s.name === name)!
/** `npx aws-oidc-credentials` followed by anything but this exact version */
const UNVERSIONED_NPX = new RegExp(`npx ${pkg.name}(?!@${pkg.version.replace(/\./g, '\\.')} )`)

describe('the CLI version', () => {
  it.each(['--version', '-V'])('%s prints the version of package.json and exits 0', (flag) => {
    const r = cli([flag])
    expect(r).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' })
  })

  it('names the exact version in the examples of its help', () => {
    const r = cli(['--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(`npx ${pkg.name}@${pkg.version} explain --claims claims.json`)
    expect(r.stdout).not.toMatch(UNVERSIONED_NPX)
  })

  it('treats a version flag after a command as an unknown option', () => {
    const r = cli(['sub', '--version'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^aws-oidc-credentials: sub: Unknown option '--version'/)
  })
})

describe("the action's log", () => {
  it('starts with the name and version of the action', async () => {
    const p = await play(scenario('success'))
    expect(p.result.exitCode).toBe(0)
    expect(p.result.log.split('\n')[0]).toBe(`${pkg.name} ${pkg.version}`)
  })

  it('names the exact version in every npx command it prints, claims line and diagnosis alike', async () => {
    const p = await play(scenario('trust-policy-denied'))
    expect(p.result.exitCode).toBe(1)
    const npxLines = p.result.log.split('\n').filter((l) => l.includes(`npx ${pkg.name}`))
    expect(npxLines.some((l) => l.includes(`claims JSON (for npx ${pkg.name}@${pkg.version} explain --claims):`))).toBe(
      true
    )
    expect(npxLines.filter((l) => UNVERSIONED_NPX.test(l))).toEqual([])
  })
})
