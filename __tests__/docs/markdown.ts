// Small markdown readers for the docs tests: headings, sections and table rows,
// ignoring anything inside fenced code blocks.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const repoPath = (rel: string): string => fileURLToPath(new URL(`../../${rel}`, import.meta.url))
export const readRepoFile = (rel: string): string => readFileSync(repoPath(rel), 'utf8')

export interface Heading {
  level: number
  text: string
  /** index of the heading line */
  line: number
}

/** The lines of a document with fenced code blocks blanked out (line numbers are kept). */
export function proseLines(md: string): string[] {
  let fence: string | undefined
  return md.split('\n').map((line) => {
    const m = /^\s*(`{3,}|~{3,})/.exec(line)
    if (m) {
      if (fence === undefined) fence = m[1][0]
      else if (m[1][0] === fence) fence = undefined
      return ''
    }
    return fence === undefined ? line : ''
  })
}

export function headings(md: string): Heading[] {
  const out: Heading[] = []
  proseLines(md).forEach((line, i) => {
    const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line)
    if (m) out.push({ level: m[1].length, text: m[2], line: i })
  })
  return out
}

/** The body of the level-2 section headed exactly `## <title>` (without the heading line). */
export function section(md: string, title: string): string {
  const all = headings(md)
  const start = all.filter((h) => h.level === 2 && h.text === title)
  if (start.length !== 1) throw new Error(`expected one "## ${title}" section, found ${start.length}`)
  const next = all.find((h) => h.line > start[0].line && h.level <= 2)
  return md
    .split('\n')
    .slice(start[0].line + 1, next ? next.line : undefined)
    .join('\n')
}

/** GitHub's anchor for a heading: lower case, punctuation dropped (hyphens kept), spaces to hyphens. */
export function slug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

/** The data rows of the markdown tables in `text`, each as its trimmed cells. */
export function tableRows(text: string): string[][] {
  return proseLines(text)
    .filter((l) => /^\s*\|/.test(l))
    .map((l) =>
      l
        .trim()
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.trim())
    )
    .filter((cells) => !cells.every((c) => /^:?-{3,}:?$/.test(c)))
}

/** Collapses runs of whitespace, so wrapped lines compare equal to one-line text. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim()
