// `npm start`'s command line: the options, or the reason it is wrong (its own module so the
// tests can check each refusal without starting the demo each time).

/** The run a newcomer sees first, and the failure they are most likely to meet next. */
export const FIRST_LOOK = ['success', 'trust-policy-denied']

export interface Options {
  list: boolean
  help: boolean
  scenario?: string
  expand: boolean
  debug: boolean
  summary: boolean
  raw: boolean
}

const FLAGS = {
  '--list': 'list',
  '--expand': 'expand',
  '--debug': 'debug',
  '--summary': 'summary',
  '--raw': 'raw'
} as const

/** The options, or the reason the command line is wrong. */
export function parseArgs(args: string[]): Options | string {
  const o: Options = { list: false, help: false, expand: false, debug: false, summary: false, raw: false }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '-h' || a === '--help') o.help = true
    else if (a in FLAGS) o[FLAGS[a as keyof typeof FLAGS]] = true
    else if (a === '--scenario') {
      o.scenario = args[++i]
      if (o.scenario === undefined || o.scenario.startsWith('-')) return '--scenario needs a name (see --list)'
    } else if (a.startsWith('--scenario=')) o.scenario = a.slice('--scenario='.length)
    else return a.startsWith('-') ? `unknown option ${a}` : `unexpected argument ${a} (did you mean --scenario ${a}?)`
  }
  return o
}
