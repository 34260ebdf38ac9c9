// A probe's token: every claim GitHub puts in an Actions ID token for that kind of run, made
// consistent (sub from the shared builder, repository from owner and name, job_workflow_ref at
// the run's ref), then turned into the condition keys AWS gives the policy.
import { buildSubject, PULL_REQUEST_EVENTS } from '../github/subject-builder.js'
import { conditionKeysFromClaims, type KeyValue } from '../policy/index.js'

/** The audience STS expects in a partition: `sts.amazonaws.com`, in China `sts.amazonaws.com.cn`. */
export function stsAudience(partition: string): string {
  return partition === 'aws-cn' ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com'
}

export interface ProbeRun {
  owner: string
  repo: string
  ownerId: string
  repoId: string
  /** the subject carries the IDs (repo:OWNER@ID/REPO@ID) */
  immutable: boolean
  eventName: string
  ref: string
  environment?: string
  /** OWNER/REPO/.github/workflows/FILE@REF of the workflow the job runs (a called one, or the run's own) */
  jobWorkflowRef: string
  workflow: string
  aud: string
  /** a custom sub template (include_claim_keys); absent for GitHub's default */
  template?: string[]
}

/** The run's own workflow file at the run's ref. */
export function ownWorkflow(owner: string, repo: string, file: string, ref: string): string {
  return `${owner}/${repo}/.github/workflows/${file}@${ref}`
}

export function runClaims(run: ProbeRun, iss: string): Record<string, string> {
  const claims: Record<string, string> = {
    iss,
    aud: run.aud,
    repository: `${run.owner}/${run.repo}`,
    repository_owner: run.owner,
    repository_id: run.repoId,
    repository_owner_id: run.ownerId,
    ref: run.ref,
    ref_type: run.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    event_name: run.eventName,
    actor: 'zz-probe-actor',
    actor_id: '990099',
    workflow: run.workflow,
    job_workflow_ref: run.jobWorkflowRef,
    workflow_ref: run.jobWorkflowRef,
    runner_environment: 'github-hosted'
  }
  if (PULL_REQUEST_EVENTS.includes(run.eventName)) claims.head_ref = 'zz-probe-head'
  if (run.environment !== undefined) claims.environment = run.environment
  const subjectRun = {
    owner: run.owner,
    repo: run.repo,
    eventName: run.eventName,
    ref: run.ref,
    environment: run.environment,
    ownerId: run.ownerId,
    repoId: run.repoId,
    immutableSubject: run.immutable,
    includeClaimKeys: run.template
  }
  claims.sub = buildSubject(subjectRun, claims)
  return claims
}

export function runKeys(run: ProbeRun, iss: string): Record<string, KeyValue> {
  return conditionKeysFromClaims(runClaims(run, iss))
}

/** One line for a report: `zz-probe-owner/app, push to refs/heads/main`. */
export function describeRun(run: ProbeRun): string {
  const what = PULL_REQUEST_EVENTS.includes(run.eventName)
    ? 'a pull request'
    : `${run.eventName} to ${run.ref}${run.environment === undefined ? '' : ` in environment ${run.environment}`}`
  const template = run.template ? `, sub template ${run.template.join(',')}` : ''
  const called = run.jobWorkflowRef.startsWith(`${run.owner}/${run.repo}/`)
    ? ''
    : ' (a reusable workflow of another repository: callable when that repository is public or shares its workflows)'
  return `${run.owner}/${run.repo}, ${what}, workflow ${run.jobWorkflowRef}${called}${template}`
}
