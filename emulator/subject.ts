// Builds the `sub` claim the way GitHub does (see shared/reference/github-oidc.md):
// environment > pull request > ref; ':' inside a value becomes %3A; the 2026 immutable form
// carries numeric IDs; a custom include_claim_keys template joins key:value pairs.
import type { RunContext } from './world.js'

/** Events whose token says `pull_request` instead of the ref. */
export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target']

type SubjectRun = Pick<
  RunContext,
  | 'owner'
  | 'ownerId'
  | 'repo'
  | 'repoId'
  | 'eventName'
  | 'ref'
  | 'environment'
  | 'immutableSubject'
  | 'includeClaimKeys'
>

/** A value inside `sub` cannot carry the separator. */
export function escapeSubjectValue(value: string): string {
  return value.replace(/:/g, '%3A')
}

/** `repo:OWNER/REPO`, or `repo:OWNER@ID/REPO@ID` for an immutable subject. */
export function repoSegment(run: SubjectRun): string {
  return run.immutableSubject
    ? `repo:${run.owner}@${run.ownerId}/${run.repo}@${run.repoId}`
    : `repo:${run.owner}/${run.repo}`
}

/** The default suffix ("context"): environment:NAME | pull_request | ref:REF. */
export function contextSegment(run: SubjectRun): string {
  if (run.environment) return `environment:${escapeSubjectValue(run.environment)}`
  if (PULL_REQUEST_EVENTS.includes(run.eventName)) return 'pull_request'
  return `ref:${escapeSubjectValue(run.ref)}`
}

/**
 * The `sub` claim. `claims` supplies the values of template keys other than repo/context
 * (a key the token lacks renders as `key:`).
 */
export function buildSubject(run: SubjectRun, claims: Record<string, unknown> = {}): string {
  const keys = run.includeClaimKeys
  if (!keys || keys.length === 0) return `${repoSegment(run)}:${contextSegment(run)}`
  return keys
    .map((key) => {
      if (key === 'repo') return repoSegment(run)
      if (key === 'context') return contextSegment(run)
      const value = claims[key]
      return `${key}:${escapeSubjectValue(value === undefined || value === null ? '' : String(value))}`
    })
    .join(':')
}
