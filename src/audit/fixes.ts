// The smallest change that closes an open probe, said as the condition to add or change. The
// subjects come from the shared builder, so they are the ones GitHub issues.
import { buildSubject } from '../github/subject-builder.js'
import { issuerPrefix } from '../policy/index.js'
import { SAFER_FORMS } from '../policy/subject-risk.js'
import type { Named } from './named.js'
import { intendedRuns } from './probes.js'
import { runClaims } from './run-claims.js'

const EXAMPLE_ENVIRONMENT = 'production'

/**
 * The narrowest intended subject, in the policy's own template: a run in the first named
 * environment, else a push to the first named ref.
 */
export function intendedSubject(named: Named, issuer: string): string {
  const runs = intendedRuns(named)
  const run = runs.find((r) => r.environment !== undefined) ?? runs[0]
  return runClaims(run, issuer).sub
}

export function fixFor(probe: string, named: Named, issuer: string): string {
  const key = (claim: string): string => `${issuerPrefix(issuer)}:${claim}`
  const pinSub = (value: string): string => `StringEquals "${key('sub')}": "${value}"`
  const subject = intendedSubject(named, issuer)
  const base = { owner: named.owner, repo: named.repo, eventName: 'push', ref: named.refs[0] }
  switch (probe) {
    case 'foreign-repository':
    case 'sibling-repository':
      return `pin the repository in sub: ${pinSub(subject)} (a StringLike pattern must spell out "repo:${named.owner}/${named.repo}:" before any wildcard)`
    case 'pull-request':
      return `let in only the refs or environments that deploy, e.g. ${pinSub(subject)}; ${SAFER_FORMS}`
    case 'any-branch':
      return `pin the branch or use a protected environment: ${pinSub(buildSubject(base))}`
    case 'any-tag':
      return `pin the tags: StringLike "${key('sub')}": "${buildSubject({ ...base, ref: 'refs/tags/v*' })}", or a protected environment`
    case 'any-environment':
      return `name the environment: ${pinSub(buildSubject({ ...base, environment: named.environments[0] ?? EXAMPLE_ENVIRONMENT }))}`
    case 'other-audience':
      return `add StringEquals "${key('aud')}": "${named.stsAudience}"`
    case 'reusable-workflow-elsewhere':
      return `pin the one reusable workflow with StringEquals "${key('job_workflow_ref')}": "OWNER/REPO/.github/workflows/${named.workflowFiles[0]}@${named.refs[0]}" (no wildcard before the @; the policy has ${named.jobWorkflowPatterns.map((p) => `"${p}"`).join(', ') || 'none'})`
    case 'recreated-repository':
      return `add StringEquals "${key('repository_id')}": "<the repository's numeric ID>", or use the immutable subject repo:${named.owner}@OWNER_ID/${named.repo}@REPO_ID`
    default:
      return ''
  }
}
