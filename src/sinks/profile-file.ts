// The shared AWS files (~/.aws/credentials and ~/.aws/config) edited one section at a time:
// every byte outside that section stays as it was (comments, spacing, CRLF, a missing final
// newline, bytes that are not UTF-8: callers hold the file as latin1 text, one char per byte),
// so a user's other profiles are never disturbed.
import { createHash } from 'node:crypto'

export interface Section {
  /** offsets in the text: [start, end) covers the header line and the section's own lines */
  start: number
  end: number
}

/**
 * The names a header line gives its section, as the AWS CLI (botocore: configparser keeps the
 * text between the brackets as it is, then a `profile` section's name is its second shell word)
 * and the JS SDK (@smithy/shared-ini-file-loader parseIni: `profile`, one whitespace, the name,
 * quoted or not) read it. `[profile "ci"]`, `[profile 'ci']` and `[profile  ci ]` all name
 * 'profile ci'; `[ profile ci]` names nothing but itself. Empty for a line that is no header.
 */
export function headerNames(line: string): string[] {
  const m = /^\s*\[([^\]]*)\]/.exec(line)
  if (!m) return []
  const inner = m[1]
  const names = new Set([inner])
  const words = shellWords(inner)
  if (inner.startsWith('profile') && words.length === 2 && words[0] === 'profile') names.add(`profile ${words[1]}`)
  const sdk = /^([\w-]+)\s(["'])?([\w\-@+.%:/]+)\2$/.exec(inner)
  if (sdk?.[1] === 'profile') names.add(`profile ${sdk[3]}`)
  return [...names]
}

/** Words as a POSIX shell splits them (botocore's shlex.split), quotes removed. */
function shellWords(text: string): string[] {
  return [...text.matchAll(/(?:"[^"]*"|'[^']*'|[^\s"'])+/g)].map((w) => w[0].replace(/"([^"]*)"|'([^']*)'/g, '$1$2'))
}

/**
 * Any line that starts with `[` ends the section above it, even one the tools read differently
 * (`[profile other] prod`): a section is never taken to run into another one.
 */
const startsSection = (line: string): boolean => /^\s*\[/.test(line)

/** The headers that name the same section: `[profile default]` is also the config file's default. */
export function sameSection(header: string, aliases: readonly string[] = []): (names: string[]) => boolean {
  return (names) => names.some((name) => name === header || aliases.includes(name))
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
 * The section headed `[header]` (or one of its aliases), the first if several are. It ends
 * before the next line that starts with `[`; blank and comment lines just above that line are
 * left to it (they usually describe the next section).
 */
export function findSection(text: string, header: string, aliases: readonly string[] = []): Section | undefined {
  return findSections(text, header, aliases)[0]
}

/** Every section headed `[header]` or one of its aliases: the SDKs merge them into one profile. */
export function findSections(text: string, header: string, aliases: readonly string[] = []): Section[] {
  const all = lines(text)
  const named = sameSection(header, aliases)
  const found: Section[] = []
  all.forEach((l, at) => {
    if (!named(headerNames(l.text.replace(/\r?\n$/, '')))) return
    let next = all.findIndex((n, i) => i > at && startsSection(n.text))
    if (next < 0) next = all.length
    let last = next - 1
    while (last > at && isBlankOrComment(all[last].text)) last--
    const end = last + 1 < all.length ? all[last + 1].start : text.length
    found.push({ start: l.start, end })
  })
  return found
}

/** The header as written in the file (for messages): `[profile "ci"]`. */
export function headerLine(text: string, section: Section): string {
  return text.slice(section.start, section.end).split(/\r?\n/)[0].trim()
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
export function putSection(text: string, header: string, rendered: string, aliases: readonly string[] = []): string {
  const found = findSection(text, header, aliases)
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
  const found = findSections(text, header).find((f) => sectionDigest(text.slice(f.start, f.end)) === digest)
  if (!found) return undefined
  return text.slice(0, found.start) + text.slice(found.end)
}
