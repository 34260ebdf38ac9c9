// What a user (or an attacker reading the log) would see, judged the way the runner reads the log:
// secrets must never reach the rendered log, and no printed value may run a workflow command.
import { CommandReader, renderLog, splitLines } from '../../emulator/log-view.js'
import type { Played } from '../../emulator/play.js'

const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/

/** Lines of the log as the runner shows it (masks applied) that leak a credential or the token. */
export function leakedLines(p: Played): string[] {
  const secrets = p.issued.flatMap((c) => [c.secretAccessKey, c.sessionToken, c.accessKeyId])
  return renderLog(p.result.log)
    .split('\n')
    .filter((line) => JWT.test(line) || secrets.some((s) => line.includes(s)))
}

/** The only command lines the action writes: @actions/core's, at the start of a line. */
const OURS = /^::(add-mask|group|endgroup|error|warning|notice|debug)( [^:]*)?::/

/**
 * Lines in which the runner would find a workflow command (either form, honouring
 * stop-commands) that the action did not write, and every line containing the legacy `##[`
 * marker (the action never writes that form).
 */
export function unexpectedCommands(p: Played): string[] {
  const reader = new CommandReader()
  return splitLines(p.result.log).filter((line) => {
    const cmd = reader.read(line)
    return line.includes('##[') || (cmd !== null && !OURS.test(line))
  })
}

/** Everything a hostile value must not achieve, for a run that got credentials from STS. */
export function credentialsStayMasked(p: Played): string[] {
  const problems: string[] = []
  for (const c of p.issued) {
    for (const [what, value] of [
      ['secret access key', c.secretAccessKey],
      ['session token', c.sessionToken]
    ] as const) {
      if (!p.result.masks.includes(value)) problems.push(`the runner did not register the ${what} as a mask`)
    }
  }
  return problems
}
