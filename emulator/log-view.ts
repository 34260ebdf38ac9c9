// Workflow-command parsing (the `::name k=v,k=v::message` lines an action prints)
// and a renderer that turns an action's raw output into what the Actions web log
// shows: masked secrets, collapsed groups, annotations, hidden bookkeeping commands.

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

const COMMAND_NAME = /^[A-Za-z0-9_.-]+$/

/** Decodes the escapes the runner decodes in command data: %0D, %0A, %25. */
export function unescapeData(s: string): string {
  return s.replace(/%(0D|0A|25)/g, (_m, code: string) => (code === '0D' ? '\r' : code === '0A' ? '\n' : '%'))
}

/** Decodes the escapes the runner decodes in command properties: %0D, %0A, %3A, %2C, %25. */
export function unescapeProperty(s: string): string {
  return s.replace(/%(0D|0A|3A|2C|25)/g, (_m, code: string) => {
    switch (code) {
      case '0D':
        return '\r'
      case '0A':
        return '\n'
      case '3A':
        return ':'
      case '2C':
        return ','
      default:
        return '%'
    }
  })
}

/**
 * Parses one output line as a workflow command, like the runner does: leading
 * whitespace is ignored, the line must start with `::`, the command section ends
 * at the next `::`, properties are `k=v` pairs separated by commas (pairs without
 * a key or value are dropped), and the escapes are decoded. Returns null when the
 * line is not a command.
 */
export function parseCommandLine(line: string): WorkflowCommand | null {
  const text = line.replace(/\r$/, '').trimStart()
  if (!text.startsWith('::')) return null
  const end = text.indexOf('::', 2)
  if (end < 0) return null
  const info = text.slice(2, end)
  const space = info.indexOf(' ')
  const command = space < 0 ? info : info.slice(0, space)
  if (!COMMAND_NAME.test(command)) return null
  const properties: Record<string, string> = {}
  if (space >= 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      const eq = pair.indexOf('=')
      if (eq <= 0 || eq === pair.length - 1) continue
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
  }
  return { command, properties, message: unescapeData(text.slice(end + 2)) }
}

/**
 * Splits a log into lines (the last line may lack its newline) and returns the
 * workflow commands in it, honouring `::stop-commands::TOKEN` ... `::TOKEN::`
 * (lines in between are plain output, the resume line is consumed).
 */
export function parseCommands(log: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = []
  let stopToken: string | null = null
  for (const line of splitLines(log)) {
    const cmd = parseCommandLine(line)
    if (stopToken !== null) {
      if (cmd && cmd.command === stopToken) stopToken = null
      continue
    }
    if (!cmd) continue
    out.push(cmd)
    if (cmd.command === 'stop-commands' && cmd.message !== '') stopToken = cmd.message
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

/** Lines of a log; a trailing newline does not make an extra empty line. */
export function splitLines(log: string): string[] {
  if (log === '') return []
  const lines = log.split('\n').map((l) => l.replace(/\r$/, ''))
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
  let stopToken: string | null = null
  const emit = (text: string, style?: string): void => {
    const indent = inGroup ? '  ' : ''
    for (const l of text.split(/\r?\n/)) out.push(indent + (style ? paint(style, l) : l))
  }

  for (const line of splitLines(log)) {
    const cmd = parseCommandLine(line)
    if (stopToken !== null) {
      if (cmd && cmd.command === stopToken) stopToken = null
      else emit(masker.mask(line))
      continue
    }
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
      case 'stop-commands':
        if (cmd.message !== '') stopToken = cmd.message
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
