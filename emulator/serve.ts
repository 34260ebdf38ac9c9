// `npm run emulator`: only the emulator, in the foreground. Prints a command that runs dist/ against
// it as a runner would (action.yml's defaults applied, INPUT_* names keep their hyphens), with the
// role the emulated account trusts. Ctrl-C or SIGTERM stops the server and removes its files.
// Optional argument: a JSON or YAML file { world?, run?, faults?, port? } (defaults otherwise).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { startEmulator, type Emulator, type EmulatorOptions } from './index.js'
import { node24Path, repoRoot } from './node24.js'
import { inputEnvName, loadActionInputs } from './runner.js'
import { buildSubject } from '../src/github/subject-builder.js'
import { defaultRunContext, roleArn } from './world.js'

const file = process.argv[2]
const config = (file ? parse(readFileSync(file, 'utf8')) : {}) as Pick<EmulatorOptions, 'world' | 'faults'> & {
  run?: object
  port?: number
}
const emulator = await startEmulator({
  world: config.world,
  run: config.run ? defaultRunContext(config.run) : undefined,
  faults: config.faults,
  port: config.port ?? Number(process.env.EMULATOR_PORT ?? 0)
})
// Where the action's file commands go, as on a runner: `cat` them after a run.
const dir = mkdtempSync(join(tmpdir(), 'aws-oidc-emulator-'))
const files = { GITHUB_ENV: 'env', GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_STATE: 'state' }
for (const name of Object.values(files)) writeFileSync(join(dir, name), '')

/** The first role of the first account: the one the printed command assumes. */
function trustedRole(emu: Emulator): string {
  const [account, { roles }] = Object.entries(emu.world.accounts)[0]
  return roleArn(account, roles[0], emu.world.partition)
}

/** A single-quoted shell word. */
const sh = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`

/** The environment a runner gives the step: its variables, and every input with action.yml's default. */
function stepEnv(emu: Emulator, role: string): [string, string][] {
  const run = emu.run
  const env: [string, string][] = [
    ['HOME', process.env.HOME ?? ''],
    ['GITHUB_ACTIONS', 'true'],
    ['GITHUB_REPOSITORY', `${run.owner}/${run.repo}`],
    ['GITHUB_RUN_ID', run.runId],
    ['GITHUB_RUN_ATTEMPT', run.runAttempt],
    ['GITHUB_WORKSPACE', dir],
    ...Object.entries(files).map(([name, f]): [string, string] => [name, join(dir, f)]),
    ['ACTIONS_ID_TOKEN_REQUEST_URL', emu.tokenRequestUrl],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', emu.tokenRequestToken],
    ['AWS_ENDPOINT_URL_STS', emu.stsEndpoint]
  ]
  const given: Record<string, string> = { 'role-to-assume': role, 'aws-region': 'eu-west-1' }
  for (const [name, spec] of Object.entries(loadActionInputs(join(repoRoot, 'action.yml')))) {
    const value = given[name] ?? spec.default ?? ''
    if (value !== '') env.push([inputEnvName(name), value])
  }
  return env
}

const role = trustedRole(emulator)
const command = [
  'env -i',
  ...stepEnv(emulator, role).map(([k, v]) => `${k}=${sh(v)}`),
  sh(node24Path()),
  sh(join(repoRoot, 'dist', 'index.js'))
].join(' \\\n  ')

console.log(`Emulator of GitHub's ID-token endpoint and AWS STS on ${emulator.baseUrl} (issuer ${emulator.issuer})`)
console.log(`The role ${role} trusts this run's token (sub ${buildSubject(emulator.run)}).`)
console.log(`\nRun the built action against it (npm run build first), in another terminal:\n\n${command}\n`)
console.log(`Afterwards: cat ${join(dir, 'env')} ${join(dir, 'output')}   (what it exported and its outputs)`)
console.log('Ctrl-C stops the emulator.')

let stopping = false
function stop(): void {
  if (stopping) return
  stopping = true
  rmSync(dir, { recursive: true, force: true })
  // close() waits for open connections; a second signal or 2 s end it regardless.
  setTimeout(() => process.exit(0), 2000).unref()
  void emulator.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
process.on('SIGHUP', stop)
// `npm run` starts this through a shell that dies on SIGTERM without passing it on: when the
// process that started this one is gone, stop as well.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) stop()
}, 250).unref()
