// The CLI's dispatcher: picks the command, prints its answer, and turns every failure into
// one line and an exit status (0 allowed/done, 1 denied, 2 usage or input error).
import { parseOptions } from './args.js'
import type { Command } from './command.js'
import { logSafe } from '../output/escape.js'
import { CliError, EXIT } from './errors.js'
import { explainCommand } from './explain.js'
import { write, type Output } from './output.js'
import { policyCommand } from './policy.js'
import type { InputSource } from './read-input.js'
import { subCommand } from './sub.js'
import { npxCommand, PACKAGE_NAME, VERSION } from '../output/version.js'

const COMMANDS: Command[] = [explainCommand, subCommand, policyCommand]
const NAME = PACKAGE_NAME
/** The version flags, as most command-line tools spell them. */
const VERSION_FLAGS = ['--version', '-V']

function usage(): string {
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`).join('\n')
  return `Usage: ${NAME} <command> [options]   (${NAME} <command> --help for its options)

Debug a GitHub OIDC trust policy offline: no AWS account, no token, nothing sent anywhere.

Commands:
${list}

Examples:
  ${npxCommand('explain --claims claims.json --trust-policy role.json')}
  ${npxCommand('sub --repo octo-org/octo-repo --event pull_request')}
  ${npxCommand('policy --repo octo-org/octo-repo --environment production --account 123456789012')}

Every command takes --json. Exit status: 0 allowed (or done), 1 denied, 2 usage or input error.
${NAME} --version (or -V) prints the version, ${VERSION}.
`
}

export async function runCli(argv: string[], io: InputSource, out: Output): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out.stdout(usage())
    return name === undefined ? EXIT.usage : EXIT.allowed
  }
  if (VERSION_FLAGS.includes(name) && rest.length === 0) {
    out.stdout(`${VERSION}\n`)
    return EXIT.allowed
  }
  const command = COMMANDS.find((c) => c.name === name)
  try {
    if (!command)
      throw new CliError(`unknown command '${name}'; the commands are ${COMMANDS.map((c) => c.name).join(', ')}`)
    const values = parseOptions(command.name, rest, command.options)
    if (values.help) {
      out.stdout(`${command.help}\n`)
      return EXIT.allowed
    }
    const result = await command.run(values, io)
    write(result, values.json === true, out)
    return result.exitCode
  } catch (e) {
    // a usage or input error is one sentence; anything else is a bug, still without a stack trace
    const message = e instanceof CliError ? e.message : `unexpected error: ${(e as Error).message}`
    out.stderr(`${NAME}: ${logSafe(message.split('\n')[0])}\n`)
    return EXIT.usage
  }
}
