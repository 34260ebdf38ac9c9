// The shared AWS files (~/.aws/credentials and ~/.aws/config) edited one section at a time:
// every byte outside that section stays as it was (comments, spacing, CRLF, a missing final
// newline), so a user's other profiles are never disturbed.
import { createHash } from 'node:crypto'

export interface Section {
  /** offsets in the text: [start, end) covers the header line and the section's own lines */
  start: number
  end: number
}

/** `[name]`, `[ profile  name ]` -> the name as the AWS CLI reads it ('profile name') */
function headerName(line: string): string | undefined {
  const m = /^\s*\[([^\]]*)\]\s*(?:[#;].*)?$/.exec(line)
  return m ? m[1].trim().split(/\s+/).join(' ') : undefined
}

/** Lines with their line endings kept, and where each starts. */
function lines(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = []
  const re = /[^\n]*\n|[^\n]+$/g
  for (let m = re.exec(text); m !== null && m[0] !== ''; m = re.exec(text)) out.push({ text: m[0], start: m.index })
  return out
}

const isBlankOrComment = (line: string): boolean => /^\s*(?:[#;].*)?\r?\n?$/.test(line)

/**
 * The section headed `[header]`. It ends before the next header; blank and comment lines just
 * above that header are left to it (they usually describe the next section).
 */
export function findSection(text: string, header: string): Section | undefined {
  const all = lines(text)
  const at = all.findIndex((l) => headerName(l.text.replace(/\r?\n$/, '')) === header)
  if (at < 0) return undefined
  let next = all.findIndex((l, i) => i > at && headerName(l.text.replace(/\r?\n$/, '')) !== undefined)
  if (next < 0) next = all.length
  let last = next - 1
  while (last > at && isBlankOrComment(all[last].text)) last--
  const end = last + 1 < all.length ? all[last + 1].start : text.length
  return { start: all[at].start, end }
}

/** The file's own line ending: CRLF if its first line ends so. */
export function lineEnding(text: string): string {
  return /^[^\n]*\r\n/.test(text) ? '\r\n' : '\n'
}

/** `[header]` and `key = value` lines, in the file's line ending. */
export function renderSection(header: string, values: [string, string][], eol: string): string {
  return [`[${header}]`, ...values.map(([k, v]) => `${k} = ${v}`)].map((l) => l + eol).join('')
}

/** Replaces the section in place, or appends it (after a line break if the file lacks a final one). */
export function putSection(text: string, header: string, rendered: string): string {
  const found = findSection(text, header)
  if (found) {
    const before = text.slice(0, found.start)
    const after = text.slice(found.end)
    // a section that ended the file without a newline: keep it that way for what follows
    const body = found.end === text.length && !/\n$/.test(text) ? rendered.replace(/\r?\n$/, '') : rendered
    return before + body + after
  }
  const separator = text === '' || text.endsWith('\n') ? '' : lineEnding(text)
  return text + separator + rendered
}

/** A fingerprint of a section's bytes (its final line break aside): state may hold it, not the keys. */
export function sectionDigest(section: string): string {
  return createHash('sha256')
    .update(section.replace(/\r?\n$/, ''))
    .digest('hex')
}

/** Removes the section if it is still exactly what this action wrote (`digest`); else undefined. */
export function removeSection(text: string, header: string, digest: string): string | undefined {
  const found = findSection(text, header)
  if (!found || sectionDigest(text.slice(found.start, found.end)) !== digest) return undefined
  return text.slice(0, found.start) + text.slice(found.end)
}
