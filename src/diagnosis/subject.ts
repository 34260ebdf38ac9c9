// Recognises the form of a GitHub `sub` so a denial can say *why* a policy pattern missed it.
import type { Claims } from '../github/token-claims.js'

export type SubjectForm =
  | { kind: 'environment'; environment: string }
  | { kind: 'pull_request' }
  | { kind: 'branch'; branch: string }
  | { kind: 'merge-queue'; base: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'custom'; keys: string[] }

export interface SubjectAnalysis {
  form: SubjectForm
  /** 'OWNER/REPO' as it appears in sub (with IDs when immutable) */
  repoPart?: string
  immutable: boolean
  /** the same subject in the other form (name-only <-> immutable), when it can be built */
  nameOnly?: string
  withIds?: string
}

// Values never hold a raw ":" (GitHub writes %3A), so any extra ":" means a custom template.
const DEFAULT = /^repo:([^/:]+)\/([^:]+):(environment:([^:]+)|pull_request|ref:refs\/(heads|tags)\/([^:]+))$/
const KNOWN_KEYS = [
  'repo',
  'context',
  'environment',
  'ref',
  'ref_type',
  'job_workflow_ref',
  'workflow',
  'workflow_ref',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'repository_visibility',
  'actor',
  'actor_id',
  'event_name',
  'head_ref',
  'base_ref',
  'enterprise',
  'enterprise_id',
  'runner_environment',
  'pull_request'
]

/** Which of GitHub's default forms the matched parts of a sub are (first match wins, as GitHub builds it). */
function subjectForm(context: string, environment?: string, refKind?: string, refName = ''): SubjectForm {
  if (environment !== undefined) return { kind: 'environment', environment }
  if (context === 'pull_request') return { kind: 'pull_request' }
  if (refKind === 'tags') return { kind: 'tag', tag: refName }
  if (refName.startsWith('gh-readonly-queue/')) return { kind: 'merge-queue', base: refName.split('/')[1] ?? '' }
  return { kind: 'branch', branch: refName }
}

export function analyzeSubject(sub: string, claims: Claims): SubjectAnalysis {
  const m = DEFAULT.exec(sub)
  if (!m) return { form: { kind: 'custom', keys: keysIn(sub) }, immutable: false }
  const [, owner, repo, context, environment, refKind, refName] = m
  const form = subjectForm(context, environment, refKind, refName)
  const ids = { owner: String(claims.repository_owner_id ?? ''), repo: String(claims.repository_id ?? '') }
  const atForm = /^(.+)@(\d+)$/
  const ownerAt = atForm.exec(owner)
  const repoAt = atForm.exec(repo)
  // The early announced "owner-ID/repo-ID" form is only recognised when the IDs are the token's own.
  const dashed = ids.owner !== '' && ids.repo !== '' && owner.endsWith(`-${ids.owner}`) && repo.endsWith(`-${ids.repo}`)
  const suffix = sub.slice(`repo:${owner}/${repo}`.length)
  if (ownerAt && repoAt) {
    return {
      form,
      repoPart: `${owner}/${repo}`,
      immutable: true,
      withIds: sub,
      nameOnly: `repo:${ownerAt[1]}/${repoAt[1]}${suffix}`
    }
  }
  if (dashed) {
    const bare = `repo:${owner.slice(0, -ids.owner.length - 1)}/${repo.slice(0, -ids.repo.length - 1)}${suffix}`
    return { form, repoPart: `${owner}/${repo}`, immutable: true, withIds: sub, nameOnly: bare }
  }
  const withIds = ids.owner && ids.repo ? `repo:${owner}@${ids.owner}/${repo}@${ids.repo}${suffix}` : undefined
  return { form, repoPart: `${owner}/${repo}`, immutable: false, nameOnly: sub, withIds }
}

function keysIn(sub: string): string[] {
  const keys: string[] = []
  for (const part of sub.split(':')) if (KNOWN_KEYS.includes(part) && !keys.includes(part)) keys.push(part)
  return keys
}

/** One or two sentences on what this form means for a trust policy. */
export function explainForm(a: SubjectAnalysis): string[] {
  const f = a.form
  const lines: string[] = []
  switch (f.kind) {
    case 'pull_request':
      lines.push(
        'This run is a pull request event: its sub ends in :pull_request, which never matches a policy pattern on ref:refs/heads/*.'
      )
      break
    case 'environment':
      lines.push(
        `The job uses the environment '${f.environment}': its sub carries :environment:${f.environment} in place of the ref, so patterns on ref:refs/heads/* do not match.`
      )
      break
    case 'tag':
      lines.push(
        `This run is for the tag '${f.tag}': its sub ends in :ref:refs/tags/${f.tag}, which branch patterns (refs/heads/*) do not match.`
      )
      break
    case 'merge-queue':
      lines.push(
        `This run is in a merge queue: its ref is the temporary branch gh-readonly-queue/${f.base}/pr-<n>-<sha>, which a pattern on refs/heads/${f.base} does not match.`
      )
      break
    case 'branch':
      lines.push(`This run is on the branch '${f.branch}'.`)
      break
    case 'custom':
      lines.push(
        `The sub is not GitHub's default shape: the repository or organisation uses a custom sub template (include_claim_keys) whose keys, as seen in sub, are: ${f.keys.join(', ') || '(none recognised)'}. The policy must match that shape.`
      )
      break
  }
  if (a.immutable) {
    lines.push(
      'This repository uses the immutable subject (owner@ID/repo@ID, from 2026): trust policies written for the name-only form no longer match.'
    )
    if (a.nameOnly) lines.push(`name-only form (no longer sent): ${a.nameOnly}`)
    if (a.withIds) lines.push(`immutable form (this token):     ${a.withIds}`)
  }
  return lines
}

/** The narrowest sub a policy can sensibly allow for runs like this one, and its operator. */
export function narrowestSubject(
  sub: string,
  a: SubjectAnalysis
): { operator: 'StringEquals' | 'StringLike'; value: string } {
  const f = a.form
  const prefix = `repo:${a.repoPart}`
  if (f.kind === 'merge-queue')
    return { operator: 'StringLike', value: `${prefix}:ref:refs/heads/gh-readonly-queue/${f.base}/*` }
  if (f.kind === 'tag')
    return { operator: 'StringLike', value: `${prefix}:ref:refs/tags/${/^v\d/.test(f.tag) ? 'v*' : '*'}` }
  return { operator: 'StringEquals', value: sub }
}
