// Sink: aws-profile writes the verified credentials to the shared credentials file and the
// region to the config file, so `aws --profile NAME` and the SDKs can use them. Only that
// profile's sections are touched, and only they are recorded for the post step to remove.
import { randomBytes } from 'node:crypto'
import { accessSync, closeSync, constants, mkdirSync, openSync, rmdirSync, unlinkSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { Failure, invalidInput } from '../failure/failure.js'
import { profilePaths as sharedFilePaths, type ProfilePaths } from '../source/profile-paths.js'
import type { Credentials } from '../sts/types.js'
import { findSections, headerLine, lineEnding, putSection, renderSection, sectionDigest } from './profile-file.js'
import { lstatOrUndefined, readRegularFile, replaceFile, type WrittenSection } from './profile-store.js'

export type { ProfilePaths }
export { removeWrittenSections, type WrittenSection } from './profile-store.js'

/**
 * The files aws-profile writes (source/profile-paths.ts), made absolute. Refused: an empty or
 * relative HOME (the files would land in the working directory, the workspace) and any path
 * inside GITHUB_WORKSPACE, where `docker build .`, artifacts and commits pick files up.
 */
export function profilePaths(env: Record<string, string | undefined>, home = env.HOME ?? homedir()): ProfilePaths {
  const usesHome = !env.AWS_SHARED_CREDENTIALS_FILE || !env.AWS_CONFIG_FILE
  if (usesHome && !isAbsolute(home))
    throw invalidInput(
      'aws-profile',
      `HOME is ${home === '' ? 'empty' : `the relative path '${home}'`}, so ~/.aws would be written in the working directory. Allowed: an absolute HOME, or absolute AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE.`
    )
  const shared = sharedFilePaths(env, home)
  const paths = { credentials: resolve(shared.credentials), config: resolve(shared.config) }
  refuseInsideWorkspace(paths, env.GITHUB_WORKSPACE)
  return paths
}

function refuseInsideWorkspace(paths: ProfilePaths, workspace: string | undefined): void {
  if (!workspace) return
  for (const file of [paths.credentials, paths.config]) {
    const rel = relative(resolve(workspace), file)
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel))
      throw invalidInput(
        'aws-profile',
        `${file} is inside GITHUB_WORKSPACE, where later steps may publish it (docker build ., artifacts, commits); this action never writes credentials there. Allowed: files outside the workspace (HOME, AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE).`
      )
  }
}

/** How the profile's sections are headed in each file, and the other headers that name them too. */
interface ProfileHeaders {
  credentials: string
  config: string
  /** `[profile default]` is the default profile too, in the config file only */
  configAliases: string[]
}

/** The config file names a profile `[profile NAME]`, except `[default]`. */
function headers(name: string): ProfileHeaders {
  const isDefault = name === 'default'
  return {
    credentials: name,
    config: isDefault ? 'default' : `profile ${name}`,
    configAliases: isDefault ? ['profile default'] : []
  }
}

/** The credentials file, then the config file, each with the headers that name the profile in it. */
function targets(name: string, paths: ProfilePaths): { file: string; header: string; aliases: string[] }[] {
  const h = headers(name)
  return [
    { file: paths.credentials, header: h.credentials, aliases: [] },
    { file: paths.config, header: h.config, aliases: h.configAliases }
  ]
}

/** Creates the directory 0700 if missing; refuses one that is a symbolic link. */
function ensureDirectory(dir: string): void {
  const stat = lstatOrUndefined(dir)
  if (stat?.isSymbolicLink())
    throw invalidInput('aws-profile', `${dir} is a symbolic link; this action does not write credentials through one.`)
  if (!stat) mkdirSync(dir, { recursive: true, mode: 0o700 })
}

/**
 * Refuses, before any network call, what writeProfile would refuse later: an existing profile
 * (unless overwrite, and then only one section of it per file), and a file or directory this
 * step cannot write (proved by creating a file beside it), so neither file is written alone.
 */
export function checkProfileWritable(name: string, overwrite: boolean, paths: ProfilePaths): void {
  for (const { file, header, aliases } of targets(name, paths)) {
    ensureNotLinked(dirname(file))
    const text = readRegularFile(file)
    const found = findSections(text, header, aliases)
    if (found.length > 0 && !overwrite)
      throw invalidInput(
        'aws-profile',
        `the profile '${name}' already exists in ${file}. ` +
          'Allowed: a new profile name, or overwrite-aws-profile: true to replace that profile (and only it).'
      )
    if (found.length > 1)
      throw invalidInput(
        'aws-profile',
        `the profile '${name}' has ${found.length} sections in ${file} (${found.map((f) => headerLine(text, f)).join(', ')}), which the AWS SDKs merge into one: overwriting one would leave the other's settings in force. Allowed: remove all but one of them first.`
      )
    proveWritable(file)
  }
}

/** Creates and removes a file beside `file` (the way replaceFile writes), and checks the file itself. */
function proveWritable(file: string): void {
  const dir = nearestExisting(dirname(file))
  try {
    if (lstatOrUndefined(file)) accessSync(file, constants.W_OK)
    const probe = join(dir, `.${basename(file)}.${randomBytes(6).toString('hex')}.probe`)
    closeSync(openSync(probe, 'wx', 0o600))
    unlinkSync(probe)
  } catch (e) {
    throw invalidInput(
      'aws-profile',
      `${file} cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'}), so the profile is not written to either file. Allowed: files in a directory this step can write.`
    )
  }
}

/** The directory itself, or the closest ancestor that exists (where a missing one would be made). */
function nearestExisting(dir: string): string {
  let at = dir
  while (!lstatOrUndefined(at) && dirname(at) !== at) at = dirname(at)
  return at
}

function ensureNotLinked(dir: string): void {
  if (lstatOrUndefined(dir)?.isSymbolicLink())
    throw invalidInput('aws-profile', `${dir} is a symbolic link; this action does not write credentials through one.`)
}

export interface WriteOptions {
  /** called with what will be written before the first byte is: save it for the post step */
  beforeWrite?: (sections: WrittenSection[]) => void
}

/** One file's planned change: its text before, its text after, and the section for the post step. */
interface PlannedWrite {
  section: WrittenSection
  before: string
  existed: boolean
  dirExisted: boolean
  after: string
}

/**
 * Writes the profile into both files and returns what it wrote, for the post step. All or
 * nothing: both files are proved writable first, and if the second write fails the first file
 * is put back as it was (removed if this wrote it new).
 */
export function writeProfile(
  name: string,
  c: Credentials,
  region: string,
  overwrite: boolean,
  paths: ProfilePaths,
  options: WriteOptions = {}
): WrittenSection[] {
  checkProfileWritable(name, overwrite, paths)
  const credentials: [string, string][] = [
    ['aws_access_key_id', c.accessKeyId],
    ['aws_secret_access_key', c.secretAccessKey],
    ['aws_session_token', c.sessionToken]
  ]
  const [inCredentials, inConfig] = targets(name, paths)
  const plan = [plannedWrite(inCredentials, credentials), plannedWrite(inConfig, [['region', region]])]
  const sections = plan.map((p) => p.section)
  options.beforeWrite?.(sections)
  const done: PlannedWrite[] = []
  try {
    for (const p of plan) {
      ensureDirectory(dirname(p.section.file))
      replaceFile(p.section.file, p.after)
      done.push(p)
    }
  } catch (e) {
    const notRestored = done.filter((p) => !restore(p)).map((p) => p.section.file)
    throw new Failure(
      'invalid-input',
      `Input 'aws-profile': ${plan[done.length].section.file} could not be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); ${notRestored.length === 0 ? 'nothing of the profile was left on disk' : `the profile is still in ${notRestored.join(', ')}: the post step removes it`}.`,
      { stage: 'export' }
    )
  }
  return sections
}

function plannedWrite(
  target: { file: string; header: string; aliases: string[] },
  values: [string, string][]
): PlannedWrite {
  const existed = lstatOrUndefined(target.file) !== undefined
  const before = readRegularFile(target.file)
  // the section in the file's own encoding (latin1 text: UTF-8 bytes, one char each)
  const rendered = Buffer.from(renderSection(target.header, values, lineEnding(before)), 'utf8').toString('latin1')
  return {
    section: { file: target.file, header: target.header, digest: sectionDigest(rendered) },
    before,
    existed,
    dirExisted: lstatOrUndefined(dirname(target.file)) !== undefined,
    after: putSection(before, target.header, rendered, target.aliases)
  }
}

/** Puts a written file back as it was; false if that failed too. */
function restore(p: PlannedWrite): boolean {
  try {
    if (p.existed) replaceFile(p.section.file, p.before)
    else unlinkSync(p.section.file)
    if (!p.dirExisted) rmdirSync(dirname(p.section.file))
    return true
  } catch {
    return false
  }
}

/**
 * refresh-credentials: only the config file's section (its credential_process and region). A
 * section of that name in the credentials file would take precedence, so it is refused.
 */
export function writeConfigProfile(
  name: string,
  values: [string, string][],
  overwrite: boolean,
  paths: ProfilePaths,
  options: WriteOptions = {}
): WrittenSection {
  checkConfigProfileWritable(name, overwrite, paths)
  const [, inConfig] = targets(name, paths)
  const planned = plannedWrite(inConfig, values)
  options.beforeWrite?.([planned.section])
  ensureDirectory(dirname(planned.section.file))
  replaceFile(planned.section.file, planned.after)
  return planned.section
}

/** What writeConfigProfile refuses, checked before any network call. */
export function checkConfigProfileWritable(name: string, overwrite: boolean, paths: ProfilePaths): void {
  checkProfileWritable(name, overwrite, paths)
  if (findSections(readRegularFile(paths.credentials), headers(name).credentials, []).length > 0)
    throw invalidInput(
      'aws-profile',
      `the profile '${name}' has keys in ${paths.credentials}, which would take precedence over its credential_process. Allowed: another profile name, or remove that section first.`
    )
}
