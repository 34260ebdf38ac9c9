// Untrusted text (claim values, error messages, inputs) is escaped before it is printed, so it
// can neither run a workflow command, nor hide or reorder what a reader sees, nor break a table.

/**
 * Characters that are invisible or change how the text around them displays: C0/C1 controls
 * (newlines, ESC of ANSI sequences, CSI), soft hyphen, bidi marks, embeddings, overrides and
 * isolates (U+202A–202E, U+2066–2069), zero-width characters (U+200B–200F, U+2060–2064, U+FEFF),
 * line/paragraph separators, interlinear annotations and the invisible tag characters.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]/gu

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

function visibleEscape(c: string): string {
  const code = c.codePointAt(0) ?? 0
  if (SHORT[c]) return SHORT[c]
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/** The runner finds the legacy `##[cmd]` form anywhere in a line (actions/runner ActionCommand.TryParse). */
const LEGACY_COMMAND = '##['
/** ... and the `::cmd::` form at the start of a line, after whitespace (which .NET's TrimStart skips). */
const LEADING_COMMAND = /^([\s\u0085]*)::/

/**
 * One log line's worth of text. Hidden characters (newlines included) become visible escapes
 * (`\n`, `\u202e`), so a value can never begin a new line nor spoof what is displayed; `##[`
 * anywhere becomes `##\[` and a leading `::` becomes `\::`, so neither command form can parse.
 * Idempotent: escaping escaped text changes nothing (backslashes are left as they are), which
 * lets the log guard (src/log-guard.ts) apply it again to every line the action prints.
 */
export function logSafe(value: string): string {
  const visible = value.replace(HIDDEN, visibleEscape)
  return visible.split(LEGACY_COMMAND).join('##\\[').replace(LEADING_COMMAND, '$1\\::')
}

/**
 * JSON text that is log-safe and still parses to the same value: what logSafe would change is
 * written as JSON escapes instead (hidden characters as \uXXXX, the `[` of `##[` as \u005b),
 * so logSafe (linesSafe when indented) leaves the result as it is. For the claims line in the
 * log and the CLI's --json output.
 */
export function jsonLogSafe(value: unknown, indent?: number): string {
  // JSON.stringify escapes every control character inside strings: a raw newline is indentation
  const json = JSON.stringify(value, null, indent).replace(HIDDEN, (c) => (c === '\n' ? c : jsonEscape(c)))
  return json.split(LEGACY_COMMAND).join('##\\u005b')
}

/** `\uXXXX` per UTF-16 unit (a character outside the BMP becomes its surrogate pair). */
function jsonEscape(c: string): string {
  return Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('')
}

/** Each line of a multi-line message made log-safe, the line breaks kept. */
export function linesSafe(text: string): string {
  return text.split('\n').map(logSafe).join('\n')
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text for a markdown table cell or paragraph of the job summary: HTML and markdown neutralised in one pass. */
export function markdownSafe(value: string): string {
  return logSafe(value).replace(/[&<>"']|[|\\`*_[\]{}#+!~]/g, (c) => HTML[c] ?? `\\${c}`)
}

/**
 * Untrusted text as a markdown code span for a table cell: nothing inside a code span is markup,
 * HTML or an autolink (a bare URL, e-mail address or @mention in a claim value stays plain text).
 * The fence is longer than any run of backticks in the text; `|` is escaped as GFM tables need.
 */
export function markdownCode(value: string): string {
  const text = logSafe(value).replace(/\|/g, '\\|')
  if (text === '') return ''
  const longestRun = (text.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0)
  const fence = '`'.repeat(longestRun + 1)
  const padding = /^[`\s]|[`\s]$/.test(text) ? ' ' : ''
  return `${fence}${padding}${text}${padding}${fence}`
}

/** Fits a string into a fixed-width column for aligned log tables. */
export const pad = (s: string, width: number): string => (s.length >= width ? s : s + ' '.repeat(width - s.length))
