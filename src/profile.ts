// Sink: aws-profile writes the verified credentials to the shared credentials file and the
// region to the config file, so `aws --profile NAME` and the SDKs can use them. Only that
// profile's sections are touched, and only they are recorded for the post step to remove.
import { randomBytes } from 'node:crypto'
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { invalidInput } from './errors.js'
import { lineEnding, putSection, removeSection, renderSection, sectionDigest, findSection } from './profile-file.js'
import type { Credentials } from './sts/types.js'

export interface ProfilePaths {
  credentials: string
  config: string
}

/** What the post step needs to undo a write: the file, the section, and a digest of its bytes. */
export interface WrittenSection {
  file: string
  header: string
  digest: string
}

/** AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE when set, as the CLI and SDKs honour them. */
export function profilePaths(env: Record<string, string | undefined>, home = homedir()): ProfilePaths {
  return {
    credentials: env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials'),
    config: env.AWS_CONFIG_FILE || join(home, '.aws', 'config')
  }
}

/** The config file names a profile `[profile NAME]`, except `[default]`. */
function headers(name: string): { credentials: string; config: string } {
  return { credentials: name, config: name === 'default' ? 'default' : `profile ${name}` }
}

/** The file's text, '' when it does not exist; symbolic links and non-files are refused. */
function readRegularFile(path: string): string {
  const stat = lstatOrUndefined(path)
  if (!stat) return ''
  if (stat.isSymbolicLink())
    throw invalidInput('aws-profile', `${path} is a symbolic link; this action does not write credentials through one.`)
  if (!stat.isFile()) throw invalidInput('aws-profile', `${path} is not a regular file.`)
  return readFileSync(path, 'utf8')
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw invalidInput('aws-profile', `${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).`)
  }
}

/** Creates the directory 0700 if missing; refuses one that is a symbolic link. */
function ensureDirectory(dir: string): void {
  const stat = lstatOrUndefined(dir)
  if (stat?.isSymbolicLink())
    throw invalidInput('aws-profile', `${dir} is a symbolic link; this action does not write credentials through one.`)
  if (!stat) mkdirSync(dir, { recursive: true, mode: 0o700 })
}

/** Refuses, before any network call, what writeProfile would refuse later. */
export function checkProfileWritable(name: string, overwrite: boolean, paths: ProfilePaths): void {
  const h = headers(name)
  for (const [file, header] of [
    [paths.credentials, h.credentials],
    [paths.config, h.config]
  ] as const) {
    ensureNotLinked(dirname(file))
    const text = readRegularFile(file)
    if (!overwrite && findSection(text, header))
      throw invalidInput(
        'aws-profile',
        `the profile '${name}' already exists in ${file}. ` +
          'Allowed: a new profile name, or overwrite-aws-profile: true to replace that profile (and only it).'
      )
  }
}

function ensureNotLinked(dir: string): void {
  if (lstatOrUndefined(dir)?.isSymbolicLink())
    throw invalidInput('aws-profile', `${dir} is a symbolic link; this action does not write credentials through one.`)
}

/** Writes the profile into both files and returns what it wrote, for the post step. */
export function writeProfile(
  name: string,
  c: Credentials,
  region: string,
  overwrite: boolean,
  paths: ProfilePaths
): WrittenSection[] {
  checkProfileWritable(name, overwrite, paths)
  const h = headers(name)
  const credentials: [string, string][] = [
    ['aws_access_key_id', c.accessKeyId],
    ['aws_secret_access_key', c.secretAccessKey],
    ['aws_session_token', c.sessionToken]
  ]
  return [
    putProfileSection(paths.credentials, h.credentials, credentials),
    putProfileSection(paths.config, h.config, [['region', region]])
  ]
}

function putProfileSection(file: string, header: string, values: [string, string][]): WrittenSection {
  ensureDirectory(dirname(file))
  const before = readRegularFile(file)
  const rendered = renderSection(header, values, lineEnding(before))
  replaceFile(file, putSection(before, header, rendered))
  return { file, header, digest: sectionDigest(rendered) }
}

/** Written beside the file 0600 and renamed over it: never half a file, never through a link. */
function replaceFile(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  const fd = openSync(temp, 'wx', 0o600)
  try {
    writeSync(fd, text)
  } finally {
    closeSync(fd)
  }
  try {
    renameSync(temp, file)
  } catch (e) {
    unlinkSync(temp)
    throw e
  }
}

/**
 * The post step's undo: removes each recorded section if it is still exactly what was written.
 * Returns one line per section saying what happened; never throws.
 */
export function removeWrittenSections(sections: WrittenSection[]): string[] {
  return sections.map((s) => {
    try {
      const text = readRegularFile(s.file)
      const after = removeSection(text, s.header, s.digest)
      if (after === undefined) return `left [${s.header}] in ${s.file}: it changed after this action wrote it`
      replaceFile(s.file, after)
      return `removed [${s.header}] from ${s.file}`
    } catch (e) {
      return `could not remove [${s.header}] from ${s.file}: ${(e as Error).message}`
    }
  })
}
