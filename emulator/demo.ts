// `npm start`: the action against the loopback emulator, shown as a workflow log would show it.
//   npm start                          the working setup
//   npm start -- --list                the scenarios
//   npm start -- --scenario NAME       one failing setup
//   npm start -- --raw                 the raw stdout (workflow commands) instead of the rendered log
import { renderLog } from './log-view.js'
import { ensureBuilt } from '../scripts/ensure-built.mjs'
import { play } from './play.js'
import { SCENARIOS, findScenario } from './scenarios.js'

const args = process.argv.slice(2)
const color = process.stdout.isTTY === true
const bold = (s: string): string => (color ? `\u001b[1m${s}\u001b[0m` : s)

function option(name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

if (args.includes('--list')) {
  const width = Math.max(...SCENARIOS.map((s) => s.name.length))
  for (const s of SCENARIOS) console.log(`${s.name.padEnd(width)}  ${s.code.padEnd(28)} ${s.description}`)
  process.exit(0)
}

const name = option('--scenario') ?? 'success'
const scenario = findScenario(name)
if (!scenario) {
  console.error(`No scenario '${name}'. npm start -- --list shows them.`)
  process.exit(2)
}
if (!ensureBuilt()) {
  console.error('The build failed (output above); fix it and run npm start again.')
  process.exit(1)
}
console.log(bold(`Scenario ${scenario.name}: ${scenario.description}`))
console.log(`(emulated GitHub ID-token endpoint and AWS STS on 127.0.0.1; the action runs from dist/ under Node 24)\n`)
const { result } = await play(scenario)

console.log(bold('── workflow log ──'))
console.log(args.includes('--raw') ? result.log : renderLog(result.log, { color }))
console.log(bold('── after the step ──'))
console.log(
  `exit code ${result.exitCode} in ${Math.round(result.durationMs)} ms${result.exitCode === 0 ? '' : ` — diagnosis: ${result.outputs.diagnosis ?? '(none)'}`}`
)
const masked = new Set(result.masks)
const show = (v: string): string => (masked.has(v) ? `*** (masked, ${v.length} characters)` : v)
const env = Object.entries(result.env)
console.log(
  env.length ? `exported env:\n${env.map(([k, v]) => `  ${k}=${show(v)}`).join('\n')}` : 'exported env: (nothing)'
)
const outputs = Object.entries(result.outputs)
console.log(outputs.length ? `outputs:\n${outputs.map(([k, v]) => `  ${k}=${show(v)}`).join('\n')}` : 'outputs: (none)')
if (result.summary)
  console.log(
    `job summary (markdown):\n${result.summary
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n')}`
  )
