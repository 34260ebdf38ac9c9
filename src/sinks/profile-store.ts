// The shared AWS files read and replaced safely (never through a symbolic link, never half a
// file, every byte kept: latin1 text, one char per byte), and the post step's undo. Apart from
// the writer (profile.ts), so the post step loads no more than it runs.
import { lstatSync, readFileSync } from 'node:fs'
import { invalidInput } from '../failure/failure.js'
import { writeFileAtomically } from './atomic-write.js'
import { findSections, removeSection } from './profile-file.js'

/** What the post step needs to undo a write: the file, the section, and a digest of its bytes. */
export interface WrittenSection {
  file: string
  header: string
  digest: string
}

/** The file's text, '' when it does not exist; symbolic links and non-files are refused. */
export function readRegularFile(path: string): string {
  const stat = lstatOrUndefined(path)
  if (!stat) return ''
  if (stat.isSymbolicLink())
    throw invalidInput('aws-profile', `${path} is a symbolic link; this action does not write credentials through one.`)
  if (!stat.isFile()) throw invalidInput('aws-profile', `${path} is not a regular file.`)
  // latin1: one char per byte, so bytes that are not UTF-8 are written back exactly as read
  return readFileSync(path, 'latin1')
}

export function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw invalidInput('aws-profile', `${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).`)
  }
}

/** Written beside the file 0600 and renamed over it: never half a file, never through a link. */
export function replaceFile(file: string, text: string): void {
  writeFileAtomically(file, text, 'latin1')
}

/**
 * The post step's undo: removes each recorded section if it is still exactly what was written.
 * Returns one line per section saying what happened; never throws.
 */
export function removeWrittenSections(sections: WrittenSection[]): string[] {
  return sections.map((s) => {
    try {
      const text = readRegularFile(s.file)
      if (findSections(text, s.header).length === 0) return `[${s.header}] is not in ${s.file}: nothing to remove`
      const after = removeSection(text, s.header, s.digest)
      if (after === undefined) return `left [${s.header}] in ${s.file}: it changed after this action wrote it`
      replaceFile(s.file, after)
      return `removed [${s.header}] from ${s.file}`
    } catch (e) {
      return `could not remove [${s.header}] from ${s.file}: ${(e as Error).message}`
    }
  })
}
