// What a command hands back, and how it reaches the terminal: every text line escaped like the
// action's log (a pasted claim could carry terminal escapes or a workflow command), JSON with
// the characters JSON.stringify leaves raw escaped too.
import { logSafe } from '../escape.js'

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
    out.stdout(`${jsonText(result.json)}\n`)
    return
  }
  if (result.lines.length > 0) out.stdout(`${result.lines.map(logSafe).join('\n')}\n`)
  if (result.notes && result.notes.length > 0) out.stderr(`${result.notes.map(logSafe).join('\n')}\n`)
}

/** JSON.stringify leaves C1 controls and the Unicode line separators raw; \u-escape them. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
