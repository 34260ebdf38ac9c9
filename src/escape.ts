// Untrusted text (claim values, error messages, inputs) is escaped before it is
// printed, so it can neither start a workflow command nor break a table.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/**
 * One log line's worth of text: control characters (newlines included) become
 * visible escapes, so a value can never begin a new line — the only place the
 * runner looks for `::command::`. A value that itself starts with `::` or
 * `##[` is defused too, for when a caller prints it at the start of a line.
 */
export function logSafe(value: string): string {
  const flat = value.replace(CONTROL, (c) => {
    if (c === '\n') return '\\n'
    if (c === '\r') return '\\r'
    if (c === '\t') return '\\t'
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
  return flat.replace(/^(\s*)(::|##\[)/, (_m, ws: string, cmd: string) => `${ws}${cmd[0]}\u200b${cmd.slice(1)}`)
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text for a markdown table cell or paragraph of the job summary: HTML and markdown neutralised in one pass. */
export function markdownSafe(value: string): string {
  return logSafe(value).replace(/[&<>"']|[|\\`*_[\]{}#+!~]/g, (c) => HTML[c] ?? `\\${c}`)
}

/** Fits a string into a fixed-width column for aligned log tables. */
export const pad = (s: string, width: number): string => (s.length >= width ? s : s + ' '.repeat(width - s.length))
