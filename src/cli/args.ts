// Command-line options through node:util parseArgs (strict: unknown options fail closed),
// with its errors turned into one sentence that names the command.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliError } from './errors.js'

export type OptionSpec = NonNullable<ParseArgsConfig['options']>
export type Values = Record<string, string | boolean | string[] | undefined>

/** Options every command takes. */
export const COMMON_OPTIONS: OptionSpec = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
}

/** With `positionals`, the arguments that are not options are returned under that name (e.g. FILE…). */
export function parseOptions(command: string, args: string[], options: OptionSpec, positionals?: string): Values {
  try {
    const parsed = parseArgs({
      args,
      options: { ...COMMON_OPTIONS, ...options },
      strict: true,
      allowPositionals: true
    })
    if (positionals) return { ...(parsed.values as Values), [positionals]: parsed.positionals }
    if (parsed.positionals.length > 0) throw new CliError(`${command}: unexpected argument '${parsed.positionals[0]}'`)
    return parsed.values as Values
  } catch (e) {
    if (e instanceof CliError) throw e
    // parseArgs' messages carry advice about '--' that does not apply here: keep the first sentence
    const first = (e as Error).message.split(/\.\s/)[0].replace(/\.$/, '')
    throw new CliError(`${command}: ${first} (see: aws-oidc-credentials ${command} --help)`)
  }
}

/** A string option; '' and absent both count as absent. */
export function text(values: Values, name: string): string | undefined {
  const v = values[name]
  return typeof v === 'string' && v !== '' ? v : undefined
}

export function required(command: string, values: Values, name: string, example: string): string {
  const v = text(values, name)
  if (v === undefined) throw new CliError(`${command}: --${name} is required, e.g. --${name} ${example}`)
  return v
}

/** At most one of the named options; returns which one was given. */
export function oneOf(command: string, values: Values, names: string[]): string | undefined {
  const given = names.filter((n) => text(values, n) !== undefined)
  if (given.length > 1) throw new CliError(`${command}: give only one of ${names.map((n) => `--${n}`).join(', ')}`)
  return given[0]
}
