// Workflow-command parsing (the `::name k=v,k=v::message` lines an action prints)
// and a renderer that turns an action's raw output into what the Actions web log
// shows: masked secrets, collapsed groups, annotations, hidden bookkeeping commands.

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

/** Commands the runner registers (ActionCommandManager and its extensions); no other name parses. */
export const REGISTERED_COMMANDS: ReadonlySet<string> = new Set([
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo'
])

/** The legacy form's marker: found anywhere in a line. */
export const LEGACY_PREFIX = '##['

/** Sequential replacements, in the runner's order (not a single pass: that is how it decodes). */
const replaceAll = (s: string, pairs: [string, string][]): string =>
  pairs.reduce((text, [from, to]) => text.split(from).join(to), s)

/** Decodes the escapes the runner decodes in `::` command data: %0D, %0A, %25. */
export function unescapeData(s: string): string {
  return replaceAll(s, [
    ['%0D', '\r'],
    ['%0A', '\n'],
    ['%25', '%']
  ])
}

/** Decodes the escapes the runner decodes in `::` command properties: %0D, %0A, %3A, %2C, %25. */
export function unescapeProperty(s: string): string {
  return replaceAll(s, [
    ['%0D', '\r'],
    ['%0A', '\n'],
    ['%3A', ':'],
    ['%2C', ','],
    ['%25', '%']
  ])
}

/** Decodes the escapes of the legacy `##[` form (data and properties alike): %3B, %0D, %0A, %5D, %25. */
export function unescapeLegacy(s: string): string {
  return replaceAll(s, [
    ['%3B', ';'],
    ['%0D', '\r'],
    ['%0A', '\n'],
    ['%5D', ']'],
    ['%25', '%']
  ])
}

/** `k=v` pairs as the runner splits them: empty pairs dropped, split at the first `=`, both sides non-empty. */
function parseProperties(text: string, separator: string, decode: (s: string) => string): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const pair of text.split(separator)) {
    const eq = pair.indexOf('=')
    if (eq <= 0 || eq === pair.length - 1) continue
    properties[pair.slice(0, eq)] = decode(pair.slice(eq + 1))
  }
  return properties
}

/** Name and properties from a command's info section (`name k=v...`); null when the name is not registered. */
function commandInfo(
  info: string,
  registered: (name: string) => boolean
): { command: string; rest: string | undefined } | null {
  const space = info.indexOf(' ')
  const command = space < 0 ? info : info.slice(0, space)
  if (!registered(command)) return null
  // the runner reads properties only when the name is followed by a space (a leading space means no name)
  return { command: command.toLowerCase(), rest: space > 0 ? info.slice(space + 1) : undefined }
}

/** What .NET's TrimStart skips (char.IsWhiteSpace): JavaScript's \s without U+FEFF, plus U+0085. */
const DOTNET_LEADING_SPACE = /^(?:(?!\ufeff)[\s\u0085])+/

/** `::name k=v,k=v::data` at the start of the line, after whitespace. */
function parseV2(line: string, registered: (name: string) => boolean): WorkflowCommand | null {
  const text = line.replace(DOTNET_LEADING_SPACE, '')
  if (!text.startsWith('::')) return null
  const end = text.indexOf('::', 2)
  if (end < 0) return null
  const info = commandInfo(text.slice(2, end), registered)
  if (!info) return null
  const properties = info.rest === undefined ? {} : parseProperties(info.rest.trim(), ',', unescapeProperty)
  return { command: info.command, properties, message: unescapeData(text.slice(end + 2)) }
}

/** The legacy `##[name k=v;k=v]data`, anywhere in the line: the first `##[` and the next `]`. */
function parseLegacy(line: string, registered: (name: string) => boolean): WorkflowCommand | null {
  const start = line.indexOf(LEGACY_PREFIX)
  if (start < 0) return null
  const end = line.indexOf(']', start)
  if (end < 0) return null
  const info = commandInfo(line.slice(start + LEGACY_PREFIX.length, end), registered)
  if (!info) return null
  const properties = info.rest === undefined ? {} : parseProperties(info.rest, ';', unescapeLegacy)
  return { command: info.command, properties, message: unescapeLegacy(line.slice(end + 1)) }
}

/**
 * Parses one output line as a workflow command, like the runner does: first the `::` form
 * (leading whitespace ignored, the command section ends at the next `::`, properties are
 * comma-separated `k=v`), and when that does not parse, the legacy `##[cmd k=v;k=v]data` form
 * found anywhere in the line. Only registered command names parse (case-insensitively; the
 * name is returned lower-cased); `also` registers one more (a stop-commands resume token).
 * Returns null when the line is not a command.
 */
export function parseCommandLine(line: string, also?: string): WorkflowCommand | null {
  const text = line.replace(/\r$/, '')
  const registered = (name: string): boolean =>
    REGISTERED_COMMANDS.has(name.toLowerCase()) || (also !== undefined && name.toLowerCase() === also.toLowerCase())
  return parseV2(text, registered) ?? parseLegacy(text, registered)
}

/**
 * The runner's command processing across lines. `stop-commands` pauses it: until a command named
 * by its data (the resume token, in either form) arrives, every line is plain output. An empty
 * token can never be matched, so processing stays stopped for the rest of the step.
 */
export class CommandReader {
  /** null while processing; the resume token while stopped */
  private stopToken: string | null = null

  /** What the runner makes of `line`: a command it runs, 'resume' (the line is consumed), or null (output). */
  read(line: string): WorkflowCommand | 'resume' | null {
    if (this.stopToken !== null) {
      const cmd = parseCommandLine(line, this.stopToken)
      if (this.stopToken === '' || cmd?.command !== this.stopToken.toLowerCase()) return null
      this.stopToken = null
      return 'resume'
    }
    const cmd = parseCommandLine(line)
    if (cmd?.command === 'stop-commands') this.stopToken = cmd.message
    return cmd
  }
}

/** Splits a log into lines the way the runner reads them (\r\n, \n or a lone \r) and returns its commands. */
export function parseCommands(log: string): WorkflowCommand[] {
  const reader = new CommandReader()
  const out: WorkflowCommand[] = []
  for (const line of splitLines(log)) {
    const cmd = reader.read(line)
    if (cmd !== null && cmd !== 'resume') out.push(cmd)
  }
  return out
}

/** The values an `::add-mask::` command registers: the value, and each line of a multi-line value. */
export function maskValuesOf(message: string): string[] {
  if (message.trim() === '') return []
  const values = [message]
  if (/[\r\n]/.test(message)) {
    for (const part of message.split(/\r?\n|\r/)) if (part.trim() !== '' && !values.includes(part)) values.push(part)
  }
  return values
}

/** Lines of a log as the runner reads them (\r\n, \n or a lone \r end a line); a trailing break adds no line. */
export function splitLines(log: string): string[] {
  if (log === '') return []
  const lines = log.split(/\r\n|\r|\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** Replaces every occurrence of each masked value by `***`, longest values first. */
export class Masker {
  private values: string[] = []

  add(value: string): void {
    for (const v of maskValuesOf(value)) {
      if (!this.values.includes(v)) this.values.push(v)
    }
    this.values.sort((a, b) => b.length - a.length)
  }

  get registered(): readonly string[] {
    return this.values
  }

  mask(text: string): string {
    let out = text
    for (const v of this.values) if (out.includes(v)) out = out.split(v).join('***')
    return out
  }
}

export interface RenderOptions {
  /** ANSI colours: red errors, yellow warnings, cyan notices, bold group titles. Default false. */
  color?: boolean
  /** Show `::debug::` lines (as with step debug logging on). Default false. */
  debug?: boolean
  /** Values masked before the log starts (e.g. repository secrets). */
  masks?: string[]
}

const ANSI = {
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
  grey: '\x1b[90m',
  bold: '\x1b[1m',
  reset: '\x1b[0m'
}

const HIDDEN = new Set([
  'add-mask',
  'set-output',
  'save-state',
  'endgroup',
  'echo',
  'add-matcher',
  'remove-matcher',
  'stop-commands'
])
const ANNOTATIONS: Record<string, { label: string; color: string }> = {
  error: { label: 'Error', color: ANSI.red },
  warning: { label: 'Warning', color: ANSI.yellow },
  notice: { label: 'Notice', color: ANSI.cyan }
}

/**
 * Turns an action's raw output into what the Actions web log shows a user:
 * - `::add-mask::X` lines are hidden; X (and every earlier mask) is replaced by `***` in later lines
 * - `::group::Title` becomes `▶ Title`, the lines up to `::endgroup::` are indented by two spaces
 * - `::error title=T,...::msg` becomes `Error: T: msg` (likewise Warning, Notice)
 * - `::debug::`, `::set-output`, `::save-state`, `::echo`, matcher commands are hidden
 * - unknown `::x::` commands, and everything between `::stop-commands::TOKEN` and `::TOKEN::`, are shown as-is
 */
export function renderLog(log: string, opts: RenderOptions = {}): string {
  const color = opts.color === true
  const paint = (code: string, s: string): string => (color ? `${code}${s}${ANSI.reset}` : s)
  const masker = new Masker()
  for (const m of opts.masks ?? []) masker.add(m)

  const out: string[] = []
  let inGroup = false
  const emit = (text: string, style?: string): void => {
    const indent = inGroup ? '  ' : ''
    for (const l of text.split(/\r?\n/)) out.push(indent + (style ? paint(style, l) : l))
  }

  const reader = new CommandReader()
  for (const line of splitLines(log)) {
    const cmd = reader.read(line)
    if (cmd === 'resume') continue
    if (!cmd) {
      emit(masker.mask(line))
      continue
    }
    const annotation = ANNOTATIONS[cmd.command]
    if (annotation) {
      const title = cmd.properties.title ? `${masker.mask(cmd.properties.title)}: ` : ''
      emit(`${annotation.label}: ${title}${masker.mask(cmd.message)}`, color ? annotation.color : undefined)
      continue
    }
    switch (cmd.command) {
      case 'add-mask':
        masker.add(cmd.message)
        break
      case 'group':
        inGroup = false
        emit(`▶ ${masker.mask(cmd.message)}`, color ? ANSI.bold : undefined)
        inGroup = true
        break
      case 'endgroup':
        inGroup = false
        break
      case 'debug':
        if (opts.debug) emit(`Debug: ${masker.mask(cmd.message)}`, color ? ANSI.grey : undefined)
        break
      default:
        if (!HIDDEN.has(cmd.command)) emit(masker.mask(line))
    }
  }
  if (out.length === 0) return ''
  return out.join('\n') + (/\n$/.test(log) ? '\n' : '')
}
