// Does a sub value or pattern let code nobody reviewed assume the role? Used by the policy
// warnings and next to every suggested policy, so a suggestion never widens access silently.
import { wildcardMatch } from './match.js'

/** The safer ways to let CI in, named in every warning. */
export const SAFER_FORMS =
  'prefer a protected environment subject (repo:OWNER/REPO:environment:NAME with required reviewers), a separate read-only role for pull requests, or an added repository_id / job_workflow_ref condition'

/**
 * One sentence when `value` (under `operator`) admits unreviewed code: a pull_request subject, a
 * pattern that covers one, every repository of an owner, or everything. undefined otherwise.
 */
export function subjectRisk(operator: string, value: string): string | undefined {
  const like = /like/i.test(operator)
  const literal = like ? value.replace(/[*?].*$/, '') : value
  const m = /^repo:([^/:]+)(?:\/([^:]*))?/.exec(literal)
  if (like && (!m || m[1] === '')) {
    if (/[*?]/.test(value))
      return `"${value}" matches the subjects of every repository, so any repository could assume this role`
  }
  if (!m) return undefined
  const [owner, repo] = [m[1], m[2]]
  if (like && (repo === undefined || repo === '') && /[*?]/.test(value)) {
    return `"${value}" matches every repository of ${owner}, pull requests included, so code from any of their branches could assume this role`
  }
  const pr = `repo:${owner}/${repo}:pull_request`
  const coversPr = like ? wildcardMatch(value, pr) : value === pr
  if (coversPr) {
    return `"${value}" ${like ? 'covers' : 'is'} the pull_request subject: code from any pull request branch of ${owner}/${repo}, not yet reviewed, could assume this role`
  }
  return undefined
}
