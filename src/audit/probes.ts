// The questions an auditor asks of a trust policy, each as the runs that would answer it. A probe
// is open when the evaluator allows any of its runs. Probe values are fresh names no pattern
// anticipates (a branch `zz-probe-branch`, not `main`), except where an outsider can copy a name
// the policy uses: in their own repository they choose the branch, tag, environment and
// workflow file names, and may call a public reusable workflow the policy names.
import { ownWorkflow, type ProbeRun } from './run-claims.js'
import { concrete, type Named } from './named.js'
import type { Severity } from './types.js'

export const PROBE_OWNER = 'zz-probe-owner'
export const PROBE_REPO = 'zz-probe-repo'
const PROBE_BRANCH = 'refs/heads/zz-probe-branch'
const PROBE_TAG = 'refs/tags/zz-probe-tag'
const PROBE_ENVIRONMENT = 'zz-probe-environment'
const PROBE_AUDIENCE = 'zz-probe-audience'
const PULL_REQUEST_REF = 'refs/pull/1/merge'
const DEFAULT_WORKFLOW = 'Deploy'
/** The IDs probes use: the named ones where the policy gives them, fresh ones for anyone else. */
const IDS = {
  owner: '1000001',
  repo: '2000002',
  foreignOwner: '7000007',
  foreignRepo: '8000008',
  otherRepo: '8200008'
}

export interface Probe {
  name: string
  severity: Exclude<Severity, 'info'>
  /** who gets in when the probe is open, to start a sentence */
  who: string
  /** the runs to try; empty when the probe does not apply to this statement */
  runs(named: Named): ProbeRun[]
  /** the runs must be tried only if the intended runs are allowed (they vary one claim of those) */
  needsIntendedRun?: boolean
}

interface Context {
  eventName: string
  ref: string
  environment?: string
}

/** The runs the statement names: pushes to its refs, jobs in its environments. */
function intendedContexts(named: Named): Context[] {
  const pushes = named.refs.map((ref) => ({ eventName: 'push', ref }))
  const jobs = named.environments.map((environment) => ({ eventName: 'push', ref: named.refs[0], environment }))
  return [...pushes, ...jobs]
}

/** An outsider's own repository: any ref with any environment name, and pull requests. */
function outsiderContexts(named: Named): Context[] {
  const contexts: Context[] = [{ eventName: 'pull_request', ref: PULL_REQUEST_REF }]
  for (const ref of named.refs) {
    contexts.push({ eventName: 'push', ref })
    for (const environment of named.environments) contexts.push({ eventName: 'push', ref, environment })
  }
  return contexts
}

interface Identity {
  owner: string
  repo: string
  ownerId: string
  repoId: string
  immutable: boolean
  template?: string[]
}

function home(named: Named): Identity {
  return {
    owner: named.owner,
    repo: named.repo,
    ownerId: named.ownerId ?? IDS.owner,
    repoId: named.repoId ?? IDS.repo,
    immutable: named.immutable,
    template: named.template
  }
}

/** Runs of `who` in each context, with each workflow it may run there. */
function runsOf(who: Identity, contexts: Context[], workflows: (c: Context) => string[], named: Named): ProbeRun[] {
  const workflow = named.workflows[0] ?? DEFAULT_WORKFLOW
  return contexts.flatMap((c) =>
    workflows(c).map((jobWorkflowRef) => ({ ...who, ...c, jobWorkflowRef, workflow, aud: named.audience }))
  )
}

/** The intended workflow: the reusable one the policy names, or the repository's own file. */
function intendedWorkflows(named: Named, who: Identity): (c: Context) => string[] {
  return (c) =>
    named.jobWorkflowRefs.length > 0
      ? named.jobWorkflowRefs
      : named.workflowFiles.map((f) => ownWorkflow(who.owner, who.repo, f, c.ref))
}

/** An outsider runs a workflow file of the same name in their repository, or calls the named one. */
function outsiderWorkflows(named: Named, who: Identity): (c: Context) => string[] {
  return (c) => [
    ...named.workflowFiles.map((f) => ownWorkflow(who.owner, who.repo, f, c.ref)),
    ...named.jobWorkflowRefs
  ]
}

/** The intended runs: what other-audience and reusable-workflow-elsewhere vary. */
export function intendedRuns(named: Named): ProbeRun[] {
  const who = home(named)
  return runsOf(who, intendedContexts(named), intendedWorkflows(named, who), named)
}

/**
 * An outsider's identity in each subject form they can choose for their own repository: name
 * only or immutable, with GitHub's default template or the one the policy is written for.
 */
function outsider(owner: string, repo: string, ownerId: string, repoId: string, named: Named): Identity[] {
  const templates = named.template ? [undefined, named.template] : [undefined]
  return templates.flatMap((template) =>
    [false, true].map((immutable) => ({ owner, repo, ownerId, repoId, immutable, template }))
  )
}

function outsiderRuns(who: Identity[], named: Named): ProbeRun[] {
  return who.flatMap((w) => runsOf(w, outsiderContexts(named), outsiderWorkflows(named, w), named))
}

/** The intended runs of the named repository (their workflow included), in other contexts. */
function homeRuns(named: Named, contexts: Context[]): ProbeRun[] {
  const who = home(named)
  return runsOf(who, contexts, intendedWorkflows(named, who), named)
}

/**
 * Owners anyone can register: an unrelated one, one that extends the named owner (`acme-x` for
 * `acme`), and a name each owner pattern of the policy matches (`zz9-corp` for `*-corp`).
 */
function foreignOwners(named: Named): string[] {
  const owners = [PROBE_OWNER, `${named.owner}-x`, ...named.ownerPatterns.map(concrete)]
  return [...new Set(owners)].filter((o) => o !== named.owner)
}

export const PROBES: Probe[] = [
  {
    name: 'foreign-repository',
    severity: 'critical',
    who: 'a workflow in a repository of another owner (anyone on GitHub)',
    runs: (named) =>
      outsiderRuns(
        foreignOwners(named).flatMap((owner) => outsider(owner, named.repo, IDS.foreignOwner, IDS.foreignRepo, named)),
        named
      )
  },
  {
    name: 'sibling-repository',
    severity: 'high',
    who: `another repository of the same owner`,
    runs: (named) => outsiderRuns(outsider(named.owner, PROBE_REPO, home(named).ownerId, IDS.otherRepo, named), named)
  },
  {
    name: 'pull-request',
    severity: 'high',
    who: 'a pull_request run (unreviewed code, from forks too)',
    runs: (named) => homeRuns(named, [{ eventName: 'pull_request', ref: PULL_REQUEST_REF }])
  },
  {
    name: 'any-branch',
    severity: 'medium',
    who: 'a push to an arbitrary (unprotected) branch',
    runs: (named) => homeRuns(named, [{ eventName: 'push', ref: PROBE_BRANCH }])
  },
  {
    name: 'any-tag',
    severity: 'medium',
    who: 'a push of an arbitrary tag',
    runs: (named) => homeRuns(named, [{ eventName: 'push', ref: PROBE_TAG }])
  },
  {
    name: 'any-environment',
    severity: 'medium',
    who: 'a job in an environment the policy does not name',
    runs: (named) =>
      homeRuns(
        named,
        named.refs.map((ref) => ({ eventName: 'push', ref, environment: PROBE_ENVIRONMENT }))
      )
  },
  {
    name: 'other-audience',
    severity: 'medium',
    who: 'a token requested for another audience (one the OIDC provider lists as a client ID: STS checks that list)',
    needsIntendedRun: true,
    runs: (named) => intendedRuns(named).map((run) => ({ ...run, aud: PROBE_AUDIENCE }))
  },
  {
    name: 'reusable-workflow-elsewhere',
    severity: 'medium',
    who: 'a job of the named repository that calls a workflow from another repository',
    needsIntendedRun: true,
    runs: (named) => {
      if (!named.checksJobWorkflowRef) return []
      const elsewhere = [`${PROBE_OWNER}/${PROBE_REPO}`, `${named.owner}/${PROBE_REPO}`]
      return intendedRuns(named).flatMap((run) =>
        elsewhere.flatMap((repo) =>
          named.workflowFiles.map((f) => ({ ...run, jobWorkflowRef: `${repo}/.github/workflows/${f}@${run.ref}` }))
        )
      )
    }
  },
  {
    name: 'recreated-repository',
    severity: 'low',
    who: 'a repository of the same names with other IDs (re-created after a rename or deletion)',
    needsIntendedRun: true,
    runs: (named) =>
      intendedRuns(named).map((run) => ({
        ...run,
        ownerId: IDS.foreignOwner,
        repoId: IDS.foreignRepo,
        immutable: false
      }))
  }
]
