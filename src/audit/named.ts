// What a statement names: the owner and repository its sub or repository conditions are about,
// and the refs, environments and workflows it lets in. Probes are built around these: the
// intended runs use them, and an outsider may copy any name they control (a branch, an
// environment, a workflow file of their own repository).
import { issuerPrefix, parseOperator, type Statement } from '../policy/index.js'
import { stsAudience } from './run-claims.js'
import { templatePairs, type TemplatePair } from './template.js'

/** Placeholders where a policy names no owner or repository (e.g. `repo:*`): they read well in a fix. */
const SOME_OWNER = 'OWNER'
const SOME_REPO = 'REPO'
const DEFAULT_REF = 'refs/heads/main'
const DEFAULT_WORKFLOW_FILE = 'deploy.yml'
const POSITIVE = ['stringequals', 'stringequalsignorecase', 'stringlike']
/** What a wildcard is replaced with to make a concrete value the pattern matches. */
const FILL = 'zz9'

export interface Named {
  owner: string
  repo: string
  /** owner names as the policy writes them with wildcards (`*-corp`): an outsider may register a match */
  ownerPatterns: string[]
  ownerId?: string
  repoId?: string
  /** the policy pins the immutable subject (repo:OWNER@ID/REPO@ID) */
  immutable: boolean
  refs: string[]
  environments: string[]
  /** workflow file names (deploy.yml) */
  workflowFiles: string[]
  /** job_workflow_ref values the policy names, made concrete: OWNER/REPO/.github/workflows/F@REF */
  jobWorkflowRefs: string[]
  /** the same as the policy writes them (patterns included) */
  jobWorkflowPatterns: string[]
  /** the statement conditions job_workflow_ref (directly or in a custom sub) */
  checksJobWorkflowRef: boolean
  workflows: string[]
  /**
   * The audience probe tokens carry: the policy's own (a workflow requests any audience it likes,
   * and STS takes one the provider lists), else the partition's STS audience.
   */
  audience: string
  /** the partition's STS audience, for a fix */
  stsAudience: string
  /** the custom sub template (include_claim_keys) the policy's sub is written for, if not the default */
  template?: string[]
}

/** A concrete value a pattern matches: each * and ? filled in. */
export function concrete(pattern: string): string {
  return pattern.replace(/\*/g, FILL).replace(/\?/g, 'z')
}

/** The literal part before the first wildcard. */
function literalPrefix(value: string): string {
  return value.replace(/[*?].*$/s, '')
}

export function namedBy(st: Statement, issuer: string, partition: string): Named {
  const prefix = `${issuerPrefix(issuer).toLowerCase()}:`
  const valuesOf = (claim: string): string[] =>
    st.conditions.filter((c) => c.key.toLowerCase() === prefix + claim).flatMap((c) => c.values)
  /** values a matching claim must have (not the ones a negated operator excludes) */
  const positiveValuesOf = (claim: string): string[] =>
    st.conditions
      .filter((c) => c.key.toLowerCase() === prefix + claim && POSITIVE.includes(parseOperator(c.operator).base))
      .flatMap((c) => c.values)
  const subs = valuesOf('sub')
  const named: Named = {
    owner: SOME_OWNER,
    repo: SOME_REPO,
    ownerPatterns: [],
    immutable: false,
    refs: [],
    environments: [],
    workflowFiles: [],
    jobWorkflowRefs: [],
    jobWorkflowPatterns: valuesOf('job_workflow_ref'),
    checksJobWorkflowRef: valuesOf('job_workflow_ref').length > 0 || subs.some((s) => s.includes('job_workflow_ref:')),
    workflows: valuesOf('workflow').map(concrete),
    audience: concrete(positiveValuesOf('aud')[0] ?? stsAudience(partition)),
    stsAudience: stsAudience(partition)
  }
  for (const sub of subs) readSubject(sub, named)
  for (const repository of valuesOf('repository')) readRepository(repository, named)
  const repoId = valuesOf('repository_id').find((v) => /^\d+$/.test(v))
  if (repoId) named.repoId = repoId
  named.refs.push(...valuesOf('ref').map(concrete))
  named.environments.push(...valuesOf('environment').map(concrete))
  for (const ref of valuesOf('job_workflow_ref')) readJobWorkflowRef(concrete(ref), named)
  if (named.refs.length === 0) named.refs.push(DEFAULT_REF)
  if (named.workflowFiles.length === 0) named.workflowFiles.push(DEFAULT_WORKFLOW_FILE)
  for (const key of ['refs', 'environments', 'workflowFiles', 'jobWorkflowRefs', 'workflows', 'ownerPatterns'] as const)
    named[key] = [...new Set(named[key])]
  return named
}

// repo:OWNER/REPO:CONTEXT or repo:OWNER@ID/REPO@ID:CONTEXT (default template)
const SUBJECT = /^repo:([^/:@]*)(?:@(\d+))?(?:\/([^:@]*)(?:@(\d+))?)?(?::(.*))?$/s

function readSubject(sub: string, named: Named): void {
  const pairs = templatePairs(sub)
  if (pairs) {
    named.template ??= pairs.map((p) => p.key)
    for (const pair of pairs) readPair(pair, named)
    return
  }
  const m = SUBJECT.exec(sub)
  if (!m) return
  const [, owner, ownerId, repo, repoId, context] = m
  readOwnerRepo(owner, repo ?? '', named)
  if (ownerId && repoId && !/[*?]/.test(owner + (repo ?? ''))) {
    Object.assign(named, { ownerId, repoId, immutable: true })
  }
  if (context === undefined) return
  const unescape = (v: string): string => concrete(v).replace(/%3A/gi, ':')
  if (context.startsWith('ref:')) named.refs.push(unescape(context.slice('ref:'.length)))
  if (context.startsWith('environment:')) named.environments.push(unescape(context.slice('environment:'.length)))
}

/** One `key:value` of a custom template, read as the condition on that claim would be. */
function readPair({ word, value }: TemplatePair, named: Named): void {
  const unescaped = concrete(value).replace(/%3A/gi, ':')
  if (word === 'repo') readSubject(`repo:${value}`, named)
  else if (word === 'ref') named.refs.push(unescaped)
  else if (word === 'environment') named.environments.push(unescaped)
  else if (word === 'workflow') named.workflows.push(unescaped)
  else if (word === 'repository') readRepository(value, named)
  else if (word === 'repository_owner') readOwnerRepo(value, '', named)
  else if (word === 'repository_owner_id' && /^\d+$/.test(value)) named.ownerId = value
  else if (word === 'repository_id' && /^\d+$/.test(value)) named.repoId = value
  else if (word === 'job_workflow_ref') readJobWorkflowRef(unescaped, named)
}

/** `OWNER/REPO` as a :repository value writes it (wildcards kept). */
function readRepository(value: string, named: Named): void {
  const slash = value.indexOf('/')
  if (slash < 0) readOwnerRepo(value, '', named)
  else readOwnerRepo(value.slice(0, slash), value.slice(slash + 1), named)
}

/**
 * Takes the first owner and repository a policy names. The owner is its literal part (`acme` of
 * `acme*`), the one a fix should name; the repository a name its pattern matches, since an
 * outsider can name theirs so (`app-zz9` for `app-*`).
 */
function readOwnerRepo(ownerPattern: string, repoPattern: string, named: Named): void {
  const owner = literalPrefix(ownerPattern)
  if (/[*?]/.test(ownerPattern)) named.ownerPatterns.push(ownerPattern)
  if (named.owner === SOME_OWNER && owner) named.owner = owner
  const repo = literalPrefix(repoPattern) === '' ? '' : concrete(repoPattern)
  const sameOwner = owner === '' || owner === named.owner
  if (named.repo === SOME_REPO && repo && sameOwner) named.repo = repo
}

// OWNER/REPO/.github/workflows/FILE@REF
const JOB_WORKFLOW_REF = /^([^/]+)\/([^/]+)\/\.github\/workflows\/([^@]+)@(.+)$/s

function readJobWorkflowRef(ref: string, named: Named): void {
  const m = JOB_WORKFLOW_REF.exec(ref)
  if (!m) return
  named.jobWorkflowRefs.push(ref)
  named.workflowFiles.push(m[3])
}
