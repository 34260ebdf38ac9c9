// `sub`: the subject GitHub would put in the ID token of a run, with the shared builder.
import { analyzeSubject, explainForm } from '../diagnosis/subject.js'
import { buildSubject, PULL_REQUEST_EVENTS, type SubjectRun } from '../github/subject-builder.js'
import { required, text, type Values } from './args.js'
import type { Command } from './command.js'
import { CliError, EXIT } from './errors.js'
import type { CommandResult } from './output.js'
import { ID_OPTIONS, parseIds, parseRepo } from './repo.js'

const HELP = `Usage: aws-oidc-credentials sub --repo OWNER/REPO --event EVENT [--ref REF] [--environment NAME]
                             [--owner-id N --repo-id N] [--claim-keys k1,k2,...] [--claim KEY=VALUE]... [--json]

Prints the sub claim GitHub puts in the ID token of such a run, and what its form means for a
trust policy. GitHub's rules: an environment wins, then a pull request event, then the ref;
':' inside a value is written %3A.

  --repo OWNER/REPO     with the capitalisation GitHub shows (IAM matching is case-sensitive)
  --event EVENT         push, pull_request, pull_request_target, merge_group, workflow_dispatch, ...
  --ref REF             the full ref: refs/heads/BRANCH or refs/tags/TAG (needed unless an
                        environment or a pull request decides the sub)
  --environment NAME    the job's environment
  --owner-id N --repo-id N
                        the numeric IDs: the immutable subject repo:OWNER@ID/REPO@ID (2026)
  --claim-keys k1,k2    a custom template (the repository's include_claim_keys), e.g. repo,context,job_workflow_ref
  --claim KEY=VALUE     the value of a template key the other options do not give (repeatable)
  --json                machine-readable output

Examples:
  aws-oidc-credentials sub --repo octo-org/octo-repo --event push --ref refs/heads/main
  aws-oidc-credentials sub --repo octo-org/octo-repo --event pull_request
  aws-oidc-credentials sub --repo octo-org/octo-repo --event push --ref refs/heads/main --environment production
  aws-oidc-credentials sub --repo octo-org/octo-repo --event push --ref refs/tags/v1.2.0 --owner-id 123456 --repo-id 789012
  aws-oidc-credentials sub --repo octo-org/octo-repo --event push --ref refs/heads/main \\
    --claim-keys repo,context,job_workflow_ref --claim job_workflow_ref=octo-org/ci/.github/workflows/deploy.yml@refs/heads/main`

const EVENT = /^[a-z][a-z_]*$/
const CLAIM_KEY = /^[a-z][a-z0-9_]*$/

export const subCommand: Command = {
  name: 'sub',
  summary: 'the sub GitHub would issue for a kind of run',
  help: HELP,
  options: {
    repo: { type: 'string' },
    event: { type: 'string' },
    ref: { type: 'string' },
    environment: { type: 'string' },
    ...ID_OPTIONS,
    'claim-keys': { type: 'string' },
    claim: { type: 'string', multiple: true }
  },
  async run(values: Values): Promise<CommandResult> {
    const run = subjectRun(values)
    const claims = { ...runClaims(run), ...explicitClaims(values) }
    for (const key of run.includeClaimKeys ?? []) {
      if (key !== 'repo' && key !== 'context' && !(key in claims))
        throw new CliError(
          `sub: the other options do not give the value of ${key}; add --claim ${key}=VALUE (as the token would carry it)`
        )
    }
    const sub = buildSubject(run, claims)
    const analysis = analyzeSubject(sub, claims)
    const explanation = explainForm(analysis)
    return {
      exitCode: EXIT.allowed,
      lines: [sub, ...explanation.map((l) => `  ${l}`)],
      json: { command: 'sub', sub, ...analysis, explanation }
    }
  }
}

function subjectRun(values: Values): SubjectRun {
  const { owner, repo } = parseRepo('sub', required('sub', values, 'repo', 'octo-org/octo-repo'))
  const eventName = required('sub', values, 'event', 'push')
  if (!EVENT.test(eventName))
    throw new CliError(`sub: --event must be an event name such as push or pull_request, got '${eventName}'`)
  const includeClaimKeys = claimKeys(values)
  const environment = text(values, 'environment')
  const ref = text(values, 'ref') ?? ''
  if (ref !== '' && !ref.startsWith('refs/'))
    throw new CliError(`sub: --ref must be a full ref such as refs/heads/${ref} or refs/tags/${ref}, got '${ref}'`)
  const run: SubjectRun = { owner, repo, eventName, ref, environment, ...parseIds('sub', values), includeClaimKeys }
  if (ref === '' && needsRef(run))
    throw new CliError(`sub: --ref is needed: a ${eventName} run's sub ends in ref:<ref> (e.g. --ref refs/heads/main)`)
  return run
}

/** The default context ends in the ref unless an environment or a pull request decides; a template may name ref. */
function needsRef(run: SubjectRun): boolean {
  const keys = run.includeClaimKeys ?? []
  const contextUsesRef = !run.environment && !PULL_REQUEST_EVENTS.includes(run.eventName)
  return ((keys.length === 0 || keys.includes('context')) && contextUsesRef) || keys.includes('ref')
}

function claimKeys(values: Values): string[] | undefined {
  const raw = text(values, 'claim-keys')
  if (raw === undefined) return undefined
  const keys = raw.split(',').map((k) => k.trim())
  const bad = keys.find((k) => !CLAIM_KEY.test(k))
  if (bad !== undefined)
    throw new CliError(`sub: --claim-keys must be claim names separated by commas (e.g. repo,context), got '${bad}'`)
  return keys
}

/** The claims the options determine, as GitHub would send them (strings). */
function runClaims(run: SubjectRun): Record<string, string> {
  const claims: Record<string, string> = {
    repository: `${run.owner}/${run.repo}`,
    repository_owner: run.owner,
    event_name: run.eventName,
    // GitHub sends no environment claim without one; a template naming it renders "environment:"
    environment: run.environment ?? ''
  }
  if (run.ref) claims.ref = run.ref
  if (run.ref.startsWith('refs/heads/')) claims.ref_type = 'branch'
  if (run.ref.startsWith('refs/tags/')) claims.ref_type = 'tag'
  if (run.ownerId) claims.repository_owner_id = run.ownerId
  if (run.repoId) claims.repository_id = run.repoId
  return claims
}

function explicitClaims(values: Values): Record<string, string> {
  const claims: Record<string, string> = {}
  for (const pair of (values.claim as string[] | undefined) ?? []) {
    const at = pair.indexOf('=')
    const key = pair.slice(0, at)
    if (at < 1 || !CLAIM_KEY.test(key)) throw new CliError(`sub: --claim must be KEY=VALUE, got '${pair}'`)
    claims[key] = pair.slice(at + 1)
  }
  return claims
}
