// What a user (or an attacker reading the log) would see: secrets must appear only inside
// ::add-mask:: lines, and no value may start a workflow command of its own.
import type { Played } from '../../emulator/play.js'

const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/

/** Lines of the raw log that would leak a secret to anyone who can read the job log. */
export function leakedLines(p: Played): string[] {
  const secrets = p.issued.flatMap((c) => [c.secretAccessKey, c.sessionToken, c.accessKeyId])
  return p.result.log.split('\n').filter((line) => {
    if (line.startsWith('::add-mask::')) return false
    return JWT.test(line) || secrets.some((s) => line.includes(s))
  })
}

/** Workflow commands in the log that the action did not mean to emit. */
export function unexpectedCommands(p: Played): string[] {
  const ours = /^::(add-mask|group|endgroup|error|warning|debug|notice)::|^::error title=|^::warning title=/
  return p.result.log.split('\n').filter((l) => /^\s*(::|##\[)/.test(l) && !ours.test(l))
}
