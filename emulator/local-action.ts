// `npm run local-action`: the action through @github/local-action (the ecosystem's way to run a
// JavaScript action locally), against an emulator started here. It is no devDependency: the
// installed one if there is one, else npx fetches the version package.json's config pins. local-action loads the variables
// of .env (or .env.example, or the file given) and calls the run() that src/action.ts exports.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { startEmulator } from './index.js'
import { repoRoot } from './node24.js'

/** Where `npm install --no-save <config.localAction>` (as .ci/run does) puts the command. */
const localActionBin = join(repoRoot, 'node_modules', '.bin', 'local-action')

/** The pinned package spec, package.json config.localAction. */
function localActionSpec(): string {
  return (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { config: { localAction: string } })
    .config.localAction
}

/** The file given (`npm run local-action -- my.env`), else .env, else .env.example. */
function chooseEnvFile(given: string | undefined): string {
  if (given) return resolve(given)
  return join(repoRoot, existsSync(join(repoRoot, '.env')) ? '.env' : '.env.example')
}

const envFile = chooseEnvFile(process.argv[2])
const emulator = await startEmulator()
const dir = mkdtempSync(join(tmpdir(), 'aws-oidc-local-action-'))
try {
  const tokenFile = join(dir, 'token.jwt')
  writeFileSync(tokenFile, await emulator.issueToken())
  // The user's file, then what only the emulator knows (later lines win in dotenv: ours do not,
  // so a token file or endpoint set in .env is kept).
  const own = readFileSync(envFile, 'utf8')
  const added = [`AWS_ENDPOINT_URL_STS=${emulator.stsEndpoint}`, `INPUT_WEB-IDENTITY-TOKEN-FILE=${tokenFile}`].filter(
    (line) => !new RegExp(`^${line.split('=')[0]}=`, 'm').test(own)
  )
  const merged = join(dir, 'env')
  writeFileSync(merged, `${own}\n# added by npm run local-action\n${added.join('\n')}\n`)
  console.log(`local-action with ${relative(process.cwd(), envFile)} against the emulator on ${emulator.baseUrl}`)

  const args = ['run', repoRoot, 'src/action.ts', merged]
  // not a devDependency (about 290 packages): installed on demand, at the version package.json pins
  const [command, commandArgs] = existsSync(localActionBin)
    ? [localActionBin, args]
    : ['npx', ['--yes', localActionSpec(), ...args]]
  const child = spawn(command, commandArgs, { cwd: repoRoot, stdio: 'inherit' })
  const [code] = (await once(child, 'exit')) as [number | null]
  process.exitCode = code ?? 1
} finally {
  rmSync(dir, { recursive: true, force: true })
  await emulator.close()
}
