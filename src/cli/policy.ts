// `policy`: a least-privilege trust policy for one kind of run (a branch, a tag pattern or an
// environment), built with the shared sub builder and the action's own suggestion.
import { subjectLabel, suggestTrustPolicy } from '../diagnosis/suggest-policy.js'
import { buildSubject, type SubjectRun } from '../github/subject-builder.js'
import { parseRole } from '../inputs/index.js'
import { GITHUB_ISSUER, parseTrustPolicy } from '../policy/index.js'
import { policyWarnings } from '../policy/warnings.js'
import { oneOf, required, text, type Values } from './args.js'
import type { Command } from './command.js'
import { CliError, EXIT } from './errors.js'
import type { CommandResult } from './output.js'
import { ID_OPTIONS, parseIds, parseRepo } from './repo.js'

const FORMATS = ['json', 'terraform']

const HELP = `Usage: aws-oidc-credentials policy --repo OWNER/REPO (--branch B | --tag PATTERN | --environment NAME)
                                --account ID [--partition P] [--issuer URL] [--audience AUD]
                                [--owner-id N --repo-id N] [--format json|terraform] [--json]

Prints a least-privilege trust policy that lets exactly that kind of run assume the role:
Principal.Federated is the OIDC provider for the issuer in the account, aud and sub are pinned
(StringLike only when the branch or tag has a * or ? wildcard). What it allows and the action's
security warnings go to standard error, so the policy can be redirected to a file.

  --repo OWNER/REPO     with the capitalisation GitHub shows (IAM matching is case-sensitive)
  --branch B            runs on this branch (refs/heads/B); * and ? are wildcards
  --tag PATTERN         runs for tags matching PATTERN (refs/tags/PATTERN), e.g. v*
  --environment NAME    jobs that use this environment (best with protection rules)
  --account ID          the role's 12-digit AWS account
  --partition P         aws (default), aws-cn, aws-us-gov, ...
  --issuer URL          the token issuer (default ${GITHUB_ISSUER}; GHES: https://HOST/_services/token)
  --audience AUD        default sts.amazonaws.com (aws-cn: sts.amazonaws.com.cn)
  --owner-id N --repo-id N
                        for a repository with the immutable subject repo:OWNER@ID/REPO@ID
  --format json|terraform
                        the policy document (default) or an aws_iam_policy_document
  --json                machine-readable output (policy, Terraform, warnings)

Examples:
  aws-oidc-credentials policy --repo octo-org/octo-repo --branch main --account 123456789012 > trust.json
  aws-oidc-credentials policy --repo octo-org/octo-repo --environment production --account 123456789012 --format terraform
  aws-oidc-credentials policy --repo octo-org/octo-repo --tag 'v*' --account 123456789012 --partition aws-cn`

export const policyCommand: Command = {
  name: 'policy',
  summary: 'a least-privilege trust policy for a kind of run',
  help: HELP,
  options: {
    repo: { type: 'string' },
    branch: { type: 'string' },
    tag: { type: 'string' },
    environment: { type: 'string' },
    account: { type: 'string' },
    partition: { type: 'string' },
    issuer: { type: 'string' },
    audience: { type: 'string' },
    ...ID_OPTIONS,
    format: { type: 'string' }
  },
  async run(values: Values): Promise<CommandResult> {
    const format = text(values, 'format') ?? 'json'
    if (!FORMATS.includes(format)) throw new CliError(`policy: --format must be json or terraform, got '${format}'`)
    const run = policyRun(values)
    const { account, partition } = accountOf(values)
    const iss = issuerOf(values)
    const value = buildSubject(run)
    const sub = { operator: /[*?]/.test(value) ? ('StringLike' as const) : ('StringEquals' as const), value }
    const aud = text(values, 'audience') ?? (partition === 'aws-cn' ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com')
    const s = suggestTrustPolicy({ iss, aud, account, partition, sub })
    // the checks the action runs on a given policy, and its label for a suggestion
    const warnings = policyWarnings(parseTrustPolicy(s.json))
    return {
      exitCode: EXIT.allowed,
      lines: (format === 'json' ? s.json : s.terraform).split('\n'),
      notes: [`This policy allows ${subjectLabel(sub)}.`, ...warnings.map((w) => `⚠ ${w}`)],
      json: {
        command: 'policy',
        providerArn: s.providerArn,
        sub,
        allows: subjectLabel(sub),
        policy: JSON.parse(s.json),
        terraform: s.terraform,
        warnings
      }
    }
  }
}

function policyRun(values: Values): SubjectRun {
  const { owner, repo } = parseRepo('policy', required('policy', values, 'repo', 'octo-org/octo-repo'))
  const kind = oneOf('policy', values, ['branch', 'tag', 'environment'])
  if (kind === undefined)
    throw new CliError('policy: say which runs may assume the role: --branch B, --tag PATTERN or --environment NAME')
  const name = text(values, kind) ?? ''
  const ids = parseIds('policy', values)
  if (kind === 'environment') return { owner, repo, eventName: 'push', ref: '', environment: name, ...ids }
  const ref = `refs/${kind === 'branch' ? 'heads' : 'tags'}/${name.replace(/^refs\/(heads|tags)\//, '')}`
  return { owner, repo, eventName: 'push', ref, ...ids }
}

/** Validated as the role ARN's account and partition would be (one rule for both). */
function accountOf(values: Values): { account: string; partition: string } {
  const account = required('policy', values, 'account', '123456789012')
  const partition = text(values, 'partition') ?? 'aws'
  try {
    parseRole(`arn:${partition}:iam::${account}:role/any`)
  } catch {
    throw new CliError(
      `policy: --account must be a 12-digit AWS account ID and --partition an AWS partition (aws, aws-cn, aws-us-gov, ...); got ${account} and ${partition}`
    )
  }
  return { account, partition }
}

function issuerOf(values: Values): string {
  const iss = text(values, 'issuer') ?? GITHUB_ISSUER
  let url: URL | undefined
  try {
    url = new URL(iss)
  } catch {
    url = undefined
  }
  if (!url || url.protocol !== 'https:' || url.search || url.hash)
    throw new CliError(
      `policy: --issuer must be the token's iss, an https:// URL such as ${GITHUB_ISSUER}; got '${iss}'`
    )
  return iss
}
