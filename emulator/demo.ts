// `npm start`: the built action against the loopback emulator, shown as a workflow log shows it.
// With no arguments: the working setup, then the most common failure, then what else there is.
import { ensureBuilt } from '../scripts/ensure-built.mjs'
import { renderLog } from './log-view.js'
import { play } from './play.js'
import { FIRST_LOOK, parseArgs, type Options } from './demo-args.js'
import { SCENARIOS, findScenario, type Scenario } from './scenarios.js'

const USAGE = `Usage: npm start [-- options]

Runs dist/index.js under Node 24 against a loopback emulator of GitHub's ID-token endpoint and
AWS STS (127.0.0.1 only), and shows the step's log and what it left behind.

  (no options)         the working setup, then a pull request run against a branch-only policy
  --list               the scenarios: one failing setup per diagnosis code, and variants
  --scenario <name>    run one scenario, e.g. --scenario trust-policy-environment
  --expand             show the content of log groups (folded by default, as on GitHub)
  --debug              show the step-debug lines (as with ACTIONS_STEP_DEBUG)
  --summary            print the job summary's markdown
  --raw                the raw stdout (workflow commands) instead of the rendered log
  -h, --help           this text

Colours are used on a terminal unless NO_COLOR is set.`

/** https://no-color.org: any non-empty NO_COLOR turns colours off; they are only for a terminal anyway. */
function useColor(): boolean {
  return process.stdout.isTTY === true && !process.env.NO_COLOR
}

const color = useColor()
const paint = (code: string) => (s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s)
const bold = paint('1')
const dim = paint('2')

/** Groups folded as the Actions web log shows them: the title stays, the content is counted. */
function foldGroups(log: string): string {
  const out: string[] = []
  let folded = -1
  for (const line of log.split('\n')) {
    if (line.startsWith('::group::')) {
      out.push(line)
      folded = 0
    } else if (line.startsWith('::endgroup::')) {
      if (folded > 0) out.push(`… ${folded} line${folded === 1 ? '' : 's'} folded (--expand shows them)`)
      out.push(line)
      folded = -1
    } else if (folded >= 0 && !line.startsWith('::')) folded++
    else out.push(line)
  }
  return out.join('\n')
}

function describeEnd(exitCode: number | null, ms: number, diagnosis: string | undefined): string {
  const took = `in ${Math.round(ms)} ms`
  if (exitCode === 0) return `exit code 0 ${took}`
  return `exit code ${exitCode ?? '(killed)'} ${took} — diagnosis: ${diagnosis || '(none)'}`
}

async function show(s: Scenario, o: Options, heading: string): Promise<void> {
  console.log(bold(`${heading}${s.name}: ${s.description}`))
  const { result } = await play(s)
  const log = o.expand ? result.log : foldGroups(result.log)
  console.log(dim('── workflow log ──'))
  console.log((o.raw ? log : renderLog(log, { color, debug: o.debug })).trimEnd())
  console.log(dim('── after the step ──'))
  console.log(describeEnd(result.exitCode, result.durationMs, result.outputs.diagnosis))
  const masked = new Set(result.masks)
  const value = (v: string): string => (masked.has(v) ? `*** (masked, ${v.length} characters)` : v)
  const list = (entries: [string, string][]): string => entries.map(([k, v]) => `\n  ${k}=${value(v)}`).join('')
  const env = Object.entries(result.env)
  console.log(`exported env:${env.length ? list(env) : ' (nothing)'}`)
  const outputs = Object.entries(result.outputs)
  console.log(`outputs:${outputs.length ? list(outputs) : ' (none)'}`)
  // The summary repeats the log's facts (and the claims) as markdown: its heading is enough here.
  if (o.summary) console.log(`job summary (markdown):\n${result.summary.replace(/^/gm, '  ').trimEnd()}`)
  else if (result.summary)
    console.log(`job summary: ${result.summary.split('\n')[0].replace(/^#+\s*/, '')} (--summary prints it)`)
}

function listScenarios(): void {
  const width = Math.max(...SCENARIOS.map((s) => s.name.length))
  const codeWidth = Math.max(...SCENARIOS.map((s) => s.code.length))
  for (const s of SCENARIOS) console.log(`${s.name.padEnd(width)}  ${s.code.padEnd(codeWidth)}  ${s.description}`)
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2))
  if (typeof o === 'string') {
    console.error(`npm start: ${o}\n\n${USAGE}`)
    return 2
  }
  if (o.help) {
    console.log(USAGE)
    return 0
  }
  if (o.list) {
    listScenarios()
    return 0
  }
  const chosen = o.scenario === undefined ? FIRST_LOOK : [o.scenario]
  const scenarios = chosen.map((name) => findScenario(name))
  const missing = chosen.filter((_, i) => !scenarios[i])
  if (missing.length > 0) {
    console.error(`npm start: no scenario '${missing.join("', '")}'. npm start -- --list shows them.`)
    return 2
  }
  if (!ensureBuilt()) {
    console.error('The build failed (output above); fix it and run npm start again.')
    return 1
  }
  console.log(
    dim("dist/index.js under Node 24, against an emulator of GitHub's ID-token endpoint and AWS STS on 127.0.0.1")
  )
  console.log('')
  for (const [i, s] of scenarios.entries()) {
    if (i > 0) console.log('')
    await show(s as Scenario, o, scenarios.length > 1 ? `${i + 1}/${scenarios.length} ` : '')
  }
  if (o.scenario === undefined) {
    console.log(
      `\n${bold('More:')} npm start -- --list shows all ${SCENARIOS.length} scenarios (one per diagnosis code); ` +
        'npm start -- --scenario <name> runs one; npm start -- --help shows the options.'
    )
  }
  return 0
}

process.exitCode = await main()
