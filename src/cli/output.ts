// What a command hands back, and how it reaches the terminal: every text line escaped like the
// action's log (a pasted claim could carry terminal escapes or a workflow command, and the CLI
// may itself run in a workflow), JSON escaped the same way while staying valid JSON.
import { jsonLogSafe, logSafe } from '../output/escape.js'

export interface CommandResult {
  exitCode: number
  /** the answer, for stdout */
  lines: string[]
  /** notes and warnings that must not mix into a document piped to a file (stderr) */
  notes?: string[]
  json: Record<string, unknown>
}

export interface Output {
  stdout(text: string): void
  stderr(text: string): void
}

export function write(result: CommandResult, asJson: boolean, out: Output): void {
  if (asJson) {
    out.stdout(`${jsonLogSafe(result.json, 2)}\n`)
    return
  }
  if (result.lines.length > 0) out.stdout(`${result.lines.map(logSafe).join('\n')}\n`)
  if (result.notes && result.notes.length > 0) out.stderr(`${result.notes.map(logSafe).join('\n')}\n`)
}
