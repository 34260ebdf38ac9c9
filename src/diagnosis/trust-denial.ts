// trust-policy-denied: this run's reason first, the safest fix first, each suggestion a change
// to the user's policy, and the security cost of a change said next to it. No @actions/core:
// the CLI builds the same explanation from a claims file and a policy file.
import { claimText, type Claims } from '../github/token-claims.js'
import {
  conditionHints,
  describeCondition,
  GITHUB_ISSUER,
  isGitHubActionsIssuer,
  isNonDefaultGitHubIssuer,
  issuerPrefix,
  principalDifference,
  providerArnFor,
  type ConditionResult,
  type Evaluation,
  type StatementResult
} from '../policy/index.js'
import { SAFER_FORMS, subjectRisk } from '../policy/subject-risk.js'
import { keyIsRedacted } from './redact.js'
import { analyzeSubject, explainForm, narrowestSubject, type SubjectAnalysis } from './subject.js'
import { subjectLabel, suggestTrustPolicy, type SuggestionInput } from './suggest-policy.js'
import { npxCommand } from '../output/version.js'

export interface DenialInput {
  claims: Claims
  role?: { account: string; partition: string; name: string; path: string }
  redact: string[]
  /** the local evaluation of the role's trust policy, when the user gave it */
  evaluation?: Evaluation
  /** the STS answer, one line */
  stsSaid: string
}

export interface DenialExplanation {
  message: string
  evidence: string[]
  fix: string[]
  causes: string[]
  snippets: { title: string; body: string; summaryOnly?: boolean }[]
}

interface Finding {
  reason: string
  fix: string[]
  /** the fix adds this run's subject to the policy: a minimal policy for it is worth printing */
  aboutSubject?: boolean
}

/** The command that shows the role's policy, and the two ways to give it back: one fix. */
export function seePolicyFix(roleName: string | undefined): string[] {
  return [
    `see the role's trust policy — aws iam get-role --role-name ${roleName ?? 'ROLE'} --query Role.AssumeRolePolicyDocument > trust-policy.json — and give it back to name the failing condition: the input \`trust-policy: trust-policy.json\`, or \`${npxCommand('explain --claims <file> --trust-policy trust-policy.json')}\``
  ]
}

export function explainDenial(d: DenialInput): DenialExplanation {
  const { claims, redact } = d
  const iss = typeof claims.iss === 'string' ? claims.iss : GITHUB_ISSUER
  const sub = typeof claims.sub === 'string' ? claims.sub : ''
  const needed = providerArnFor(iss, d.role?.account ?? '<account>', d.role?.partition ?? 'aws')
  // no GitHub advice for another issuer's sub (Kubernetes, GitLab)
  const analysis = sub && isGitHubActionsIssuer(iss) ? analyzeSubject(sub, claims) : undefined
  const subKey = `${issuerPrefix(iss)}:sub`
  const evidence = [
    `token sub: ${claimText(claims, 'sub', redact)}`,
    `token aud: ${claimText(claims, 'aud', redact)}`,
    `token iss: ${claimText(claims, 'iss', redact)}`
  ]
  const roleMissing = roleCause(d.role)

  let findings: Finding[]
  let causes: string[]
  const ev = d.evaluation
  if (ev) {
    const found = fromEvaluation(ev, { sub, subKey, analysis, needed, redact, roleName: d.role?.name, evidence, iss })
    findings = found.findings
    causes = [...found.causes, roleMissing]
  } else {
    findings = fromSubject(analysis, sub, subKey, d.role?.name, iss)
    if (isNonDefaultGitHubIssuer(iss)) findings.unshift(issuerFinding(iss, needed))
    if (analysis?.immutable) evidence.push(...explainForm(analysis).slice(-2))
    const unexplained = analysis?.form.kind === 'branch' && !analysis.immutable
    // nothing in the claims explains it: a missing role is as likely as a policy detail
    causes = unexplained
      ? [roleMissing, `the policy's sub condition differs from ${sub} (a typo, letter case, another branch)`]
      : []
    causes.push(`Principal.Federated names another provider, account or partition (it must be ${needed})`)
    if (!unexplained) causes.push(roleMissing)
    if (!unexplained) findings.push({ reason: '', fix: seePolicyFix(d.role?.name) })
  }
  evidence.push(d.stsSaid)

  const snippets: DenialExplanation['snippets'] = []
  const first = findings[0]
  const aud = typeof claims.aud === 'string' ? claims.aud : undefined
  if (analysis && d.role && aud && findings.some((f) => f.aboutSubject)) {
    if (redact.includes('sub'))
      evidence.push('sub is in redact-claims: no policy is suggested, since it would show the subject')
    else snippets.push(...policySnippets({ iss, aud, role: d.role, sub, a: analysis }))
  }
  return {
    message: first?.reason || "The role's trust policy does not allow this token.",
    evidence,
    fix: findings.flatMap((f) => f.fix),
    causes,
    snippets
  }
}

function roleCause(role: DenialInput['role']): string {
  const cause = 'the role does not exist, or the ARN names another account (AWS answers the same)'
  if (!role) return cause
  const path = role.path === '/' ? '' : role.path
  return `${cause}: this ARN names account ${role.account}, role ${path}${role.name}`
}

/** A minimal whole policy for someone starting from scratch: compact in the log, full and Terraform in the summary. */
function policySnippets(x: {
  iss: string
  aud: string
  role: NonNullable<DenialInput['role']>
  sub: string
  a: SubjectAnalysis
}): DenialExplanation['snippets'] {
  const { iss, aud, role, sub, a } = x
  const chosen = narrowestSubject(sub, a)
  const input: SuggestionInput = { iss, aud, account: role.account, partition: role.partition, sub: chosen }
  const s = suggestTrustPolicy(input)
  const risk = subjectRisk(chosen.operator, chosen.value)
  const forWhom = a.form.kind === 'pull_request' ? 'for a separate read-only pull-request role' : 'for a new role'
  const title = `${forWhom}, a minimal trust policy allowing ${subjectLabel(chosen)}${risk ? ` — ⚠ ${risk}` : ''}`
  return [
    { title: `${title} (JSON)`, body: s.compactJson },
    { title: `${title} (JSON)`, body: s.json, summaryOnly: true },
    { title: `${title} (Terraform)`, body: s.terraform, summaryOnly: true }
  ]
}

function issuerFinding(iss: string, needed: string): Finding {
  const prefix = issuerPrefix(iss)
  return {
    reason: `This token's issuer is ${iss}, not github.com's default: AWS maps it to the provider ${needed} and names its condition keys ${prefix}:… (${prefix}:sub, ${prefix}:aud); keys of another prefix, such as ${DEFAULT_PREFIX}:sub, are absent from this request and never match.`,
    fix: [
      `trust ${needed} in Principal.Federated and write every condition key with the prefix ${prefix}: (e.g. ${prefix}:sub); create that provider in the role's account if it is missing`
    ]
  }
}

const DEFAULT_PREFIX = issuerPrefix(GITHUB_ISSUER)

/** Without the policy: the subject's form is the best lead. */
function fromSubject(
  a: SubjectAnalysis | undefined,
  sub: string,
  subKey: string,
  roleName: string | undefined,
  iss: string
): Finding[] {
  if (!a && sub) {
    return [
      {
        reason: `Nothing in this token explains the denial: its issuer ${iss} is not GitHub's, so its sub (${sub}) is that issuer's own; the role's trust policy itself must be compared with it.`,
        fix: seePolicyFix(roleName)
      }
    ]
  }
  if (!a) return [{ reason: 'The token has no sub, so no trust policy condition on sub can match it.', fix: [] }]
  const where = "the sub condition of the role's trust policy"
  if (a.form.kind === 'branch' && !a.immutable) {
    return [
      {
        reason: `Nothing in this token explains the denial: a run on the branch '${a.form.branch}' has GitHub's default subject, so the role's trust policy itself must be compared with it.`,
        fix: seePolicyFix(roleName)
      }
    ]
  }
  const reason = a.immutable ? explainForm(a).slice(-3)[0] : explainForm(a)[0]
  return [{ reason, fix: subjectFixes(a, sub, subKey, where, 'StringEquals'), aboutSubject: true }]
}

/** What to add to the policy for this run's subject, safest first, each with what it opens up. */
function subjectFixes(a: SubjectAnalysis, sub: string, subKey: string, where: string, operator: string): string[] {
  const add = (v: string): string => `add ${v} to the ${subKey} values of ${where}`
  const f = a.form
  const repo = a.repoPart ?? 'the repository'
  const prefix = `repo:${repo}`
  switch (f.kind) {
    case 'pull_request':
      return [
        `keep pull requests off this role: give them a separate read-only role that trusts ${sub} (policy below), used by the pull-request jobs`,
        `or ${add(sub)} — ⚠ then code from any pull request branch of ${repo}, not yet reviewed, can assume this role; ${SAFER_FORMS}`
      ]
    case 'environment':
      return [
        `${add(sub)}; protect the environment '${f.environment}' (required reviewers, deployment branches) so only reviewed code reaches this role`
      ]
    case 'tag': {
      const pattern = narrowestSubject(sub, a).value
      return [
        `${add(sub)} (exactly this tag)`,
        `or, for every release tag, add the pattern ${pattern} to a StringLike condition on ${subKey} — a pattern allows every tag it matches: restrict who may push such tags with a tag ruleset`
      ]
    }
    case 'merge-queue':
      return [
        `add the pattern ${prefix}:ref:refs/heads/gh-readonly-queue/${f.base}/* to a StringLike condition on ${subKey} — a pattern: every merge-queue run for ${f.base} (changes that passed the queue's required checks, not yet merged)`
      ]
    case 'custom':
      return [
        `${add(sub)}: the policy must follow the custom sub template's shape (keys: ${f.keys.join(', ') || 'unknown'})`
      ]
    default:
      if (a.immutable) return [`${add(a.withIds ?? sub)} (the immutable form GitHub now sends)`]
      return [`${add(sub)}${operator === 'StringLike' ? ' (or a pattern that matches it)' : ''}`]
  }
}

interface EvalContext {
  sub: string
  subKey: string
  analysis?: SubjectAnalysis
  needed: string
  redact: string[]
  roleName?: string
  evidence: string[]
  iss: string
}

/** With the policy: the statement that came closest, and what kept it from allowing. */
function fromEvaluation(ev: Evaluation, x: EvalContext): { findings: Finding[]; causes: string[] } {
  const name = (st: StatementResult): string => `statement ${st.index}${st.sid ? ` (${st.sid})` : ''}`
  if (ev.decision === 'allow') {
    return {
      findings: [
        {
          reason:
            "The trust-policy input allows this token, but AWS denied it: the role's actual trust policy differs from that file, or the role does not exist.",
          fix: seePolicyFix(x.roleName)
        }
      ],
      causes: ["the role's trust policy was changed since the file was taken, or the file belongs to another role"]
    }
  }
  const deny = ev.statements.find((s) => s.effect === 'Deny' && s.applies)
  if (deny) {
    return {
      findings: [
        {
          reason: `${cap(name(deny))} of the trust policy is a Deny that matches this token, and a Deny wins over every Allow.`,
          fix: [
            `narrow the conditions of ${name(deny)} so they do not match this run, or run the job in a context it excludes`
          ]
        }
      ],
      causes: []
    }
  }
  const allows = ev.statements.filter((s) => s.effect === 'Allow' && s.actionMatches)
  if (allows.length === 0) {
    return {
      findings: [
        {
          reason: 'No Allow statement of the trust policy covers the action sts:AssumeRoleWithWebIdentity.',
          fix: ['add "Action": "sts:AssumeRoleWithWebIdentity" to the statement that trusts the OIDC provider']
        }
      ],
      causes: []
    }
  }
  const misses = (s: StatementResult): number =>
    (s.principalMatches ? 0 : 1) + s.conditions.filter((c) => !c.passed).length
  const best = allows.reduce((a, b) => (misses(b) < misses(a) ? b : a))
  const findings: Finding[] = []
  const elsewhere = best.conditions.filter((c) => !c.passed && c.otherPrefix)
  if (elsewhere.length > 0) findings.push(otherPrefixFinding(elsewhere, name(best), x))
  if (!best.principalMatches) {
    findings.push({
      reason: `${cap(name(best))}: ${principalDifference(best.federated ?? [], x.needed)}.`,
      fix: [`set Principal.Federated of ${name(best)} to ${x.needed} (the provider must be in the role's account)`]
    })
  }
  for (const c of best.conditions.filter((c) => !c.passed && !c.otherPrefix)) {
    const hidden = keyIsRedacted(c.key, x.redact)
    const finding = conditionFinding(c, name(best), x, hidden)
    // the values behind a finding, unless its sentence already says everything
    if (!c.noSuchKey && !finding.reason.includes('wildcard'))
      x.evidence.push(`${name(best)}: ${describeCondition(c, hidden)}`)
    findings.push(finding)
  }
  // every finding but the first is a further cause; all must be fixed for the statement to apply
  const causes = findings.slice(1).map((f) => `also: ${lowerFirst(f.reason)}`)
  return { findings, causes }
}

function otherPrefixFinding(conditions: ConditionResult[], where: string, x: EvalContext): Finding {
  const prefix = issuerPrefix(x.iss)
  const theirs = [...new Set(conditions.map((c) => c.key))].join(', ')
  const own = [...new Set(conditions.map((c) => c.otherPrefix?.key ?? ''))].join(', ')
  const bare = (k: string): string => k.slice(0, k.lastIndexOf(':')).replace(/\/+$/, '').toLowerCase()
  const slashOnly = conditions.every((c) => bare(c.key) === prefix.toLowerCase())
  const how = slashOnly ? ' (they differ from its keys only by a trailing slash before the colon)' : ''
  return {
    reason: `${cap(where)} checks ${theirs}: keys of another issuer's prefix${how}, absent from this request. This token (iss ${x.iss}) has them as ${own}, and maps to the provider ${x.needed}.`,
    fix: [
      `write the condition keys of ${where} with the prefix ${prefix}: (${own}) and trust ${x.needed} in its Principal.Federated`
    ]
  }
}

function conditionFinding(c: ConditionResult, where: string, x: EvalContext, hidden: boolean): Finding {
  const cond = `the ${c.operator} condition on ${c.key} of ${where}`
  if (c.undecided) {
    return {
      reason: `AWS's outcome for ${cond} cannot be decided here: ${c.undecided.reason}.`,
      fix: [
        `write ${cond} so that AWS documents its outcome (${c.undecided.source ?? 'a set operator for a multivalued key'})`
      ]
    }
  }
  if (c.noSuchKey) {
    return {
      reason: `${cap(cond)} can never match: AWS has no such condition key (it does not put the ${c.noSuchKey.claim} claim in the request).`,
      fix: [`replace it with ${c.noSuchKey.instead}`]
    }
  }
  const hints = conditionHints(c, hidden)
  const wildcard = hints.find((h) => h.includes('literal characters'))
  if (wildcard) {
    return {
      reason: `${cap(cond)} holds a wildcard, but ${wildcard}.`,
      fix: [`change the operator of ${cond} from ${c.operator} to StringLike (keep its values)${likeRisk(c)}`]
    }
  }
  const caseOnly = hints.find((h) => h.includes('letter case'))
  if (caseOnly) {
    return {
      reason: `In ${cond}, ${caseOnly}.`,
      fix: [`write the value exactly as the token has it (${hidden ? '***' : String(c.actual)}) in ${cond}`]
    }
  }
  const claim = c.key.slice(c.key.lastIndexOf(':') + 1).toLowerCase()
  if (claim === 'sub' && x.analysis && c.key.toLowerCase() === x.subKey.toLowerCase()) {
    const form = x.analysis.form.kind === 'branch' ? [] : explainForm(x.analysis).slice(0, 1)
    const reason = form[0] ?? `This run's sub is not among the values of ${cond}.`
    return { reason, fix: subjectFixes(x.analysis, x.sub, x.subKey, cond, c.operator), aboutSubject: true }
  }
  if (claim === 'aud') {
    const expected = c.expected[0] ?? 'sts.amazonaws.com'
    return {
      reason: `${cap(cond)} expects the audience ${c.expected.join(' or ')}; this token's is ${String(c.actual ?? '(absent)')}.`,
      fix: [`request the audience the policy expects (audience: ${expected})`]
    }
  }
  return {
    reason: `${cap(cond)} does not hold for this run (${claim} ${hidden ? '***' : String(c.actual ?? 'absent')}).`,
    fix: [`allow this run's ${claim} in ${cond}, or run the job where it holds`]
  }
}

/** What turning a condition's values into StringLike patterns would open up, said next to that fix. */
function likeRisk(c: ConditionResult): string {
  if (!c.key.toLowerCase().endsWith(':sub')) return ''
  const risk = c.expected.map((v) => subjectRisk('StringLike', v)).find((r) => r !== undefined)
  return risk ? ` — ⚠ as a pattern, ${risk}; ${SAFER_FORMS}` : ''
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)
