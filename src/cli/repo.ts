// Parsing the options that describe a repository and its run, shared by `sub` and `policy`.
import type { SubjectRun } from '../github/subject-builder.js'
import { text, type Values } from './args.js'
import { CliError } from './errors.js'

// GitHub owner and repository names (letters, digits, '-', and for repositories '.' and '_')
const REPO = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/
const NUMERIC_ID = /^\d+$/

export function parseRepo(command: string, raw: string): { owner: string; repo: string } {
  const m = REPO.exec(raw)
  if (!m) throw new CliError(`${command}: --repo must be OWNER/REPO (e.g. octo-org/octo-repo), got '${raw}'`)
  return { owner: m[1], repo: m[2] }
}

/** --owner-id and --repo-id together select the immutable subject (repo:OWNER@ID/REPO@ID). */
export function parseIds(command: string, values: Values): Pick<SubjectRun, 'ownerId' | 'repoId' | 'immutableSubject'> {
  const ownerId = text(values, 'owner-id')
  const repoId = text(values, 'repo-id')
  if (ownerId === undefined && repoId === undefined) return {}
  if (ownerId === undefined || repoId === undefined)
    throw new CliError(`${command}: the immutable subject needs both --owner-id and --repo-id`)
  for (const [name, v] of [
    ['owner-id', ownerId],
    ['repo-id', repoId]
  ]) {
    if (!NUMERIC_ID.test(v))
      throw new CliError(`${command}: --${name} must be a number (GitHub's numeric ID), got '${v}'`)
  }
  return { ownerId, repoId, immutableSubject: true }
}

export const ID_OPTIONS = {
  'owner-id': { type: 'string' },
  'repo-id': { type: 'string' }
} as const
