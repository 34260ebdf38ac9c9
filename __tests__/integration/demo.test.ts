// `npm start` as a newcomer runs it: both outcomes on one screen, each thing once, honest flags,
// colours only on a terminal and never with NO_COLOR.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { parseArgs } from '../../emulator/demo-args.js'
import { repoRoot } from '../../emulator/node24.js'
import { readRepoFile } from '../docs/markdown.js'

/** What `npm start` runs (package.json's start script), with `node` as the Node running the tests. */
const START = (JSON.parse(readRepoFile('package.json')) as { scripts: { start: string } }).scripts.start
  .split(' ')
  .map((word, i) => (i === 0 && word === 'node' ? process.execPath : word))
// eslint-disable-next-line no-control-regex -- an ANSI escape is what is looked for
const ANSI = /\u001b\[/

function demo(args: string[], env: Record<string, string> = {}) {
  const [node, ...nodeArgs] = START
  const r = spawnSync(node, [...nodeArgs, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
    timeout: 60_000
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** Runs the demo on a pseudo-terminal (util-linux `script`), as a user's shell would. */
function demoOnTerminal(args: string[], env: Record<string, string> = {}) {
  const command = [...START, ...args].join(' ')
  const r = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
    timeout: 60_000
  })
  return { code: r.status, out: r.stdout }
}

const count = (text: string, what: string): number => text.split(what).length - 1

describe('npm start', () => {
  it('shows the success, then a pull request denied by a branch-only policy, then how to see the rest', () => {
    const { code, out } = demo([])
    expect(code).toBe(0)
    const success = out.indexOf('1/2 success:')
    const denied = out.indexOf('2/2 trust-policy-denied:')
    expect(success).toBeGreaterThanOrEqual(0)
    expect(denied).toBeGreaterThan(success)
    expect(out.slice(success, denied)).toMatch(/^✔ Verified arn:aws:sts::123456789012:assumed-role\/deploy\//m)
    expect(out.slice(denied)).toMatch(/^✖ trust-policy-denied: /m)
    expect(out.slice(denied)).toContain('exit code 1')
    expect(out).toMatch(/npm start -- --list shows all \d+ scenarios/)
    expect(out).toContain('npm start -- --scenario <name>')
    // each thing once: the claims are folded in the log and the summary is not repeated as markdown
    expect(count(out, 'repository_owner_id')).toBe(0)
    expect(out).not.toContain('\\_')
    expect(count(out, 'sub: repo:octo-org/octo-repo:ref:refs/heads/main')).toBe(1)
    expect(out).not.toMatch(ANSI)
  })

  it('shows each claim once with --expand, and the summary only with --summary', () => {
    const expanded = demo(['--scenario', 'success', '--expand'])
    expect(expanded.code).toBe(0)
    // the table row (name, then padding); the claims JSON line for the CLI names it once more
    expect(count(expanded.out, 'repository_owner_id ')).toBe(1)
    expect(expanded.out).toContain('job summary: ✅ AWS credentials verified (--summary prints it)')
    const summary = demo(['--scenario', 'success', '--summary'])
    expect(summary.out).toContain('job summary (markdown):\n  ### ✅ AWS credentials verified')
    expect(count(summary.out, 'AWS credentials verified')).toBe(1)
  })

  it('answers --help, and refuses unknown options, stray arguments and unknown scenarios', () => {
    const help = demo(['--help'])
    expect(help.code).toBe(0)
    expect(help.out).toMatch(/^Usage: npm start/)
    for (const flag of ['--list', '--scenario <name>', '--expand', '--debug', '--summary', '--raw', 'NO_COLOR'])
      expect(help.out).toContain(flag)
    expect(demo(['--bogus'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^npm start: unknown option --bogus\n\nUsage: npm start/)
    })
    expect(demo(['--scenario', 'nope'])).toMatchObject({ code: 2, err: expect.stringContaining("no scenario 'nope'") })
    // the other refusals of the command line, as the demo prints them after "npm start: "
    expect(parseArgs(['success'])).toBe('unexpected argument success (did you mean --scenario success?)')
    expect(parseArgs(['--scenario'])).toBe('--scenario needs a name (see --list)')
    expect(parseArgs(['--scenario', '--list'])).toBe('--scenario needs a name (see --list)')
    expect(parseArgs(['--scenario=success', '--expand'])).toMatchObject({ scenario: 'success', expand: true })
  })

  it('lists every scenario with its code', () => {
    const { code, out } = demo(['--list'])
    expect(code).toBe(0)
    expect(out).toMatch(/^success +success +A push to main/m)
    expect(out).toMatch(/^not-a-runner +not-a-runner +/m)
  })

  it('uses colours on a terminal, unless NO_COLOR is set', () => {
    const args = ['--scenario', 'invalid-input']
    const tty = demoOnTerminal(args)
    expect(tty.code).toBe(0)
    expect(tty.out).toMatch(ANSI)
    const noColor = demoOnTerminal(args, { NO_COLOR: '1' })
    expect(noColor.code).toBe(0)
    expect(noColor.out).toContain('invalid-input')
    expect(noColor.out).not.toMatch(ANSI)
  })
})
