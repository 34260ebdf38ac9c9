// Tiny fixture actions (plain .mjs scripts) written to a temp dir, used as `entry`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Prints workflow commands by hand, reports what it sees, writes every file command in both formats. */
export const REPORTING_ACTION = String.raw`
import { appendFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'

const e = process.env
const event = JSON.parse(readFileSync(e.GITHUB_EVENT_PATH, 'utf8'))
let token = null
try { token = readFileSync(join(e.GITHUB_WORKSPACE, 'tokens/id.jwt'), 'utf8') } catch {}
console.log('node=' + process.version)
console.log('report=' + JSON.stringify({
  env: e,
  cwd: process.cwd(),
  token,
  event
}))

console.log('::add-mask::s3cr3t-value')
console.log('::group::Assume role')
console.log('inside group with s3cr3t-value')
console.log('::endgroup::')
console.log('::warning::careful%0Anow')
// pauses make the stdout/stderr interleaving deterministic (separate pipes have no common order)
const pause = () => new Promise((r) => setTimeout(r, 100))
await pause()
console.error('on stderr')
await pause()
console.log('::error title=Access denied%2C sts%3A AssumeRole,file=src/a.ts,line=3::AccessDenied: not authorized 100%25 %3A')
console.log('::notice::done')
console.log('::debug::hidden debug')

const delim = 'ghadelimiter_' + randomUUID()
appendFileSync(e.GITHUB_ENV, 'SIMPLE_VAR=a=b\n')
appendFileSync(e.GITHUB_ENV, 'MULTI_VAR<<' + delim + '\nline one\nline two\n' + delim + '\n')
appendFileSync(e.GITHUB_OUTPUT, 'subject=repo:octo-org/octo-repo:ref:refs/heads/main\n')
appendFileSync(e.GITHUB_OUTPUT, 'claims<<EOF\r\n{"aud":\r\n"sts"}\r\nEOF\r\n')
appendFileSync(e.GITHUB_OUTPUT, 'empty<<' + delim + '\n' + delim + '\n')
appendFileSync(e.GITHUB_STATE, 'cleanup=yes\n')
appendFileSync(e.GITHUB_PATH, '/opt/tool/bin\n\n/opt/other\n')
appendFileSync(e.GITHUB_STEP_SUMMARY, '### Summary\n| claim | value |\n')
process.exitCode = Number(e.FIXTURE_EXIT ?? '0')
`

/** Prints a line, then never exits. */
export const HANGING_ACTION = String.raw`
console.log('started')
setInterval(() => {}, 1000)
`

/** Writes malformed file commands and uses disabled/deprecated commands. */
export const MISBEHAVING_ACTION = String.raw`
import { appendFileSync } from 'node:fs'
const e = process.env
console.log('::set-output name=legacy::old%0Astyle')
console.log('::set-env name=EVIL::1')
console.log('::add-mask::   ')
appendFileSync(e.GITHUB_ENV, 'NODE_OPTIONS=--require /tmp/evil.js\nOK=1\n')
appendFileSync(e.GITHUB_OUTPUT, 'good=1\nbroken<<EOF\nno end\n')
`

export interface Fixtures {
  dir: string
  write(name: string, source: string): string
  cleanup(): void
}

export function makeFixtures(): Fixtures {
  const dir = mkdtempSync(join(tmpdir(), 'runner-fixtures-'))
  return {
    dir,
    write(name, source) {
      const file = join(dir, name)
      writeFileSync(file, source)
      return file
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
