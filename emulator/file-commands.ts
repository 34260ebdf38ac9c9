// The runner's file commands (GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE), parsed as it parses them.

/**
 * Parses a GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE file like the runner:
 * `name=value` lines and `name<<DELIM` ... `DELIM` heredocs (the value keeps its
 * inner newlines). Like the runner, the first malformed entry stops processing
 * and is reported as `error`.
 */
export function parseKeyValueFile(text: string): { values: Record<string, string>; error?: string } {
  const values: Record<string, string> = {}
  let index = 0
  const readLine = (): { line: string; newline: string } | null => {
    if (index >= text.length) return null
    const nl = text.indexOf('\n', index)
    if (nl < 0) {
      const line = text.slice(index)
      index = text.length
      return { line, newline: '' }
    }
    const crlf = nl > index && text[nl - 1] === '\r'
    const line = text.slice(index, crlf ? nl - 1 : nl)
    index = nl + 1
    return { line, newline: crlf ? '\r\n' : '\n' }
  }
  for (let cur = readLine(); cur !== null; cur = readLine()) {
    const line = cur.line
    if (line === '') continue
    const eq = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      const name = line.slice(0, eq)
      if (name === '') return { values, error: `Invalid format '${line}'. Name must not be empty` }
      values[name] = line.slice(eq + 1)
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      if (name === '' || delimiter === '') {
        return { values, error: `Invalid format '${line}'. Name must not be empty and delimiter must not be empty` }
      }
      const start = index
      let end = index
      for (;;) {
        const next = readLine()
        if (next === null) return { values, error: `Invalid value. Matching delimiter not found '${delimiter}'` }
        if (next.line === delimiter) break
        if (next.newline === '') return { values, error: 'Invalid value. EOF marker missing new line.' }
        end = index - next.newline.length
      }
      values[name] = end > start ? text.slice(start, end) : ''
    } else {
      return { values, error: `Invalid format '${line}'` }
    }
  }
  return { values }
}
