// Builds the `sub` claim the way GitHub does (README "Debug locally"; GitHub's OIDC docs):
// environment > pull request > ref; ':' inside a value becomes %3A; the 2026 immutable form
// carries numeric IDs; a custom include_claim_keys template joins key:value pairs in order.
// One builder for the emulator's tokens and the CLI's `sub` and `policy` commands.

/** Events whose token says `pull_request` instead of the ref. */
export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target']

/** What `sub` depends on. IDs are strings, as in the claims. */
export interface SubjectRun {
  owner: string
  repo: string
  /** 'push', 'pull_request', 'merge_group', 'workflow_dispatch', ... */
  eventName: string
  /** refs/heads/main, refs/tags/v1, ... (unused when an environment or a pull request decides) */
  ref: string
  /** the job's environment; it takes precedence */
  environment?: string
  ownerId?: string
  repoId?: string
  /** repo:OWNER@ID/REPO@ID (needs both IDs) */
  immutableSubject?: boolean
  /** a custom sub template, e.g. ['repo', 'context', 'job_workflow_ref']; empty means the default */
  includeClaimKeys?: string[]
}

/** A value inside `sub` cannot carry the separator. */
export function escapeSubjectValue(value: string): string {
  return value.replace(/:/g, '%3A')
}

/** `repo:OWNER/REPO`, or `repo:OWNER@ID/REPO@ID` for an immutable subject. */
export function repoSegment(run: SubjectRun): string {
  if (!run.immutableSubject) return `repo:${run.owner}/${run.repo}`
  if (!run.ownerId || !run.repoId) throw new Error('an immutable subject needs the owner ID and the repository ID')
  return `repo:${run.owner}@${run.ownerId}/${run.repo}@${run.repoId}`
}

/** The default suffix ("context"): environment:NAME | pull_request | ref:REF. */
export function contextSegment(run: SubjectRun): string {
  if (run.environment) return `environment:${escapeSubjectValue(run.environment)}`
  if (PULL_REQUEST_EVENTS.includes(run.eventName)) return 'pull_request'
  return `ref:${escapeSubjectValue(run.ref)}`
}

/**
 * The `sub` claim. `claims` supplies the values of template keys other than repo/context
 * (a key the token lacks renders as `key:`, as GitHub does).
 */
export function buildSubject(run: SubjectRun, claims: Record<string, unknown> = {}): string {
  const keys = run.includeClaimKeys
  if (!keys || keys.length === 0) return `${repoSegment(run)}:${contextSegment(run)}`
  return keys.map((key) => templatePart(key, run, claims)).join(':')
}

function templatePart(key: string, run: SubjectRun, claims: Record<string, unknown>): string {
  if (key === 'repo') return repoSegment(run)
  if (key === 'context') return contextSegment(run)
  const value = claims[key]
  return `${key}:${escapeSubjectValue(value === undefined || value === null ? '' : String(value))}`
}
