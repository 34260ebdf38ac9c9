// The files `audit` reads: each argument is a file, a directory (its *.json files, sub-folders
// included, in name order) or '-' for standard input. Sizes are bounded per file, generously:
// get-account-authorization-details of a large account runs to megabytes.
import { readdirSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type { InputFile } from '../audit/types.js'
import { CliError } from './errors.js'
import { readInput, type InputSource } from './read-input.js'

export const MAX_AUDIT_FILE_BYTES = 64 * 1024 * 1024
const LIMIT = { bytes: MAX_AUDIT_FILE_BYTES, advice: 'split the roles over several files' }

export async function readAuditFiles(specs: string[], io: InputSource, cwd = process.cwd()): Promise<InputFile[]> {
  if (specs.length === 0)
    throw new CliError('audit: name at least one file or directory to read, or - for standard input')
  if (specs.filter((s) => s === '-').length > 1) throw new CliError('audit: standard input (-) can be read only once')
  const files: InputFile[] = []
  for (const spec of specs) {
    if (spec === '-') {
      files.push({ uri: 'stdin', text: await readInput('audit', spec, io, LIMIT) })
      continue
    }
    for (const path of expand(spec)) {
      files.push({ uri: uriOf(path, cwd), text: await readInput('audit', path, io, LIMIT) })
    }
  }
  return files
}

/** A directory's *.json files (recursively, sorted); anything else as it is, for readInput to judge. */
function expand(spec: string): string[] {
  let isDirectory = false
  try {
    isDirectory = statSync(spec).isDirectory()
  } catch {
    return [spec] // readInput names the problem
  }
  if (!isDirectory) return [spec]
  const entries = readdirSync(spec, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.toLowerCase().endsWith('.json'))
    .sort()
    .map((name) => join(spec, name))
    .filter((path) => statSync(path).isFile())
  if (entries.length === 0) throw new CliError(`audit: the directory '${spec}' has no .json files`)
  return entries
}

function uriOf(path: string, cwd: string): string {
  return relative(cwd, resolve(cwd, path)).split(sep).join('/')
}
