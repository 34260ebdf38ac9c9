// The shape of one CLI command: its options, its help, and what it computes.
import type { OptionSpec, Values } from './args.js'
import type { CommandResult } from './output.js'
import type { InputSource } from './read-input.js'

export interface Command {
  name: string
  /** one line for the command list */
  summary: string
  /** the full --help text, examples included */
  help: string
  options: OptionSpec
  /** the name the non-option arguments are passed under; without it they are refused */
  positionals?: string
  run(values: Values, io: InputSource): Promise<CommandResult>
}
