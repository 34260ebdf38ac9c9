// `explain`: judge a trust policy against a token's claims with the action's own evaluator,
// condition by condition, and show what would allow a denied run.
import type { Claims } from '../github/token-claims.js'
import { keyIsRedacted } from '../diagnosis/redact.js'
import { explainDenial, type DenialExplanation } from '../diagnosis/trust-denial.js'
import { analyzeSubject, explainForm } from '../diagnosis/subject.js'
import { parseRole } from '../inputs/index.js'
import {
  isGitHubActionsIssuer,
  issuerPrefix,
  parseTrustPolicy,
  PolicyParseError,
  providerArnFor,
  type Decision,
  type Evaluation,
  type TrustPolicy
} from '../policy/index.js'
import { evaluateClaims, evaluationLines, VERDICTS } from '../diagnosis/trust-check.js'
import { required, text, type Values } from './args.js'
import { parseClaimsInput } from './claims-input.js'
import type { Command } from './command.js'
import { CliError, EXIT } from './errors.js'
import type { CommandResult } from './output.js'
import { readInput, type InputSource } from './read-input.js'

const HELP = `Usage: aws-oidc-credentials explain --claims <file|-> --trust-policy <file|-> [--role-arn ARN] [--json]

Judges a role's trust policy against an ID token's claims the way AWS STS does, one line per
condition, and prints the verdict, the form of the token's sub and, when the policy denies,
the narrowest change that allows this kind of run, with the action's security warnings.
Nothing is sent anywhere; no AWS account or token is needed.

  --claims FILE|-        a JSON object of claims, a JWT (decoded, never printed; the signature
                         is not checked), or the claims block copied from the action's log
  --trust-policy FILE|-  the policy JSON, or the output of aws iam get-role (URL-encoded or not)
  --role-arn ARN         the role's ARN: its account and partition name the OIDC provider the
                         policy must trust (default: the provider the policy names for the issuer)
  --json                 machine-readable output

'-' reads standard input (for one of the two). Exit status: 0 allowed, 1 denied, 2 usage or
input error, 3 cannot decide (AWS documents no outcome for a condition, or a claim it needs is
redacted: the output names which).

Examples:
  aws iam get-role --role-name deploy > role.json
  aws-oidc-credentials explain --claims claims.json --trust-policy role.json
  pbpaste | aws-oidc-credentials explain --claims - --trust-policy trust.json --role-arn arn:aws:iam::123456789012:role/deploy
  aws-oidc-credentials explain --claims token.jwt --trust-policy trust.json --json`

interface Role {
  account: string
  partition: string
  /** as the role ARN names it; ROLE when no ARN was given */
  name: string
  path: string
  /** where the account came from, for the reader */
  from: string
}

export const explainCommand: Command = {
  name: 'explain',
  summary: 'judge a trust policy against a token’s claims, as AWS would',
  help: HELP,
  options: {
    claims: { type: 'string' },
    'trust-policy': { type: 'string' },
    'role-arn': { type: 'string' }
  },
  async run(values: Values, io: InputSource): Promise<CommandResult> {
    const claimsSpec = required('explain', values, 'claims', 'claims.json')
    const policySpec = required('explain', values, 'trust-policy', 'role.json')
    if (claimsSpec === '-' && policySpec === '-')
      throw new CliError('explain: only one of --claims and --trust-policy can read standard input (-)')
    const input = parseClaimsInput(await readInput('--claims', claimsSpec, io))
    const policy = policyFrom(await readInput('--trust-policy', policySpec, io))
    const claims = input.claims
    const role = roleFor(text(values, 'role-arn'), policy, String(claims.iss))
    return report(evaluateClaims(policy, claims, role, input.redacted), claims, input.redacted, role)
  }
}

function policyFrom(raw: string): TrustPolicy {
  try {
    return parseTrustPolicy(raw)
  } catch (e) {
    if (e instanceof PolicyParseError) throw new CliError(`--trust-policy: ${e.message}`)
    throw e
  }
}

const FEDERATED = /^arn:([\w-]+):iam::(\d{12}):oidc-provider\/(.+)$/

/** The role: --role-arn, else get-role output's Arn, else the provider the policy names. */
function roleFor(roleArn: string | undefined, policy: TrustPolicy, iss: string): Role {
  if (roleArn) return parsedRole(roleArn, '--role-arn')
  if (policy.role?.arn) return parsedRole(policy.role.arn, 'the get-role output’s Arn')
  const fromPolicy = roleFromPrincipal(policy, iss)
  return policy.role?.name ? { ...fromPolicy, name: policy.role.name } : fromPolicy
}

function parsedRole(arn: string, from: string): Role {
  try {
    return { ...parseRole(arn), from }
  } catch (e) {
    throw new CliError(`${from}: ${(e as Error).message.replace(/^Input 'role-to-assume': /, '')}`)
  }
}

function roleFromPrincipal(policy: TrustPolicy, iss: string): Role {
  const named = policy.statements.flatMap((st) => st.principal?.values.Federated ?? [])
  const parsed = named.map((arn) => FEDERATED.exec(arn)).filter((m): m is RegExpExecArray => m !== null)
  const forIssuer = parsed.find((m) => m[3] === issuerPrefix(iss)) ?? parsed[0]
  const unnamed = { name: 'ROLE', path: '/' }
  if (!forIssuer) return { account: '<account>', partition: 'aws', ...unnamed, from: 'unknown: give --role-arn' }
  return { account: forIssuer[2], partition: forIssuer[1], ...unnamed, from: 'the policy’s Principal.Federated' }
}

function report(ev: Evaluation, claims: Claims, redacted: string[], role: Role): CommandResult {
  const iss = String(claims.iss)
  const provider = providerArnFor(iss, role.account, role.partition)
  const sub = typeof claims.sub === 'string' ? claims.sub : undefined
  const lines: string[] = [`Trust policy ${VERDICTS[ev.decision]} this token`]
  const unknown = redacted.filter((name) => conditionsOn(ev).some((key) => keyIsRedacted(key, [name])))
  if (ev.decision === 'cannot-decide') lines.push(...undecidedLines(ev, unknown))
  lines.push(`token's provider: ${provider} (account from ${role.from})`)
  const conditionLines = evaluationLines(ev, claims, [], provider)
  lines.push(...conditionLines)
  const github = isGitHubActionsIssuer(iss)
  const analysis = sub && github ? analyzeSubject(sub, claims) : undefined
  const form = analysis ? explainForm(analysis) : formOfOther(sub, iss)
  const denied = ev.decision === 'explicit-deny' || ev.decision === 'implicit-deny'
  const denial = denied ? explainDenial({ claims, role, redact: redacted, evaluation: ev, stsSaid: '' }) : undefined
  // the denial's reason is often the form's first sentence: say it once
  const formShown = form.filter((l) => l !== denial?.message)
  lines.push('', `sub: ${sub ?? '(absent)'}`, ...formShown.map((l) => `  ${l}`))
  if (denial) lines.push('', ...denialLines(denial))
  const json: Record<string, unknown> = {
    command: 'explain',
    decision: ev.decision,
    allowed: ev.decision === 'allow',
    federatedPrincipal: provider,
    accountFrom: role.from,
    statements: ev.statements,
    lines: conditionLines,
    subject: analysis ? { sub, ...analysis, explanation: form } : null,
    warnings: ev.warnings,
    redacted
  }
  if (ev.undecided) json.undecided = ev.undecided
  if (denial) json.denial = { ...denial, evidence: denial.evidence.filter((e) => e !== '') }
  if (ev.warnings.length > 0) lines.push('', ...ev.warnings.map((w) => `warning: ${w}`))
  return { exitCode: exitCodeOf(ev.decision), lines, json }
}

function exitCodeOf(decision: Decision): number {
  if (decision === 'allow') return EXIT.allowed
  return decision === 'cannot-decide' ? EXIT.undecided : EXIT.denied
}

function undecidedLines(ev: Evaluation, redactedClaims: string[]): string[] {
  const lines = ['Why it cannot be decided:', ...(ev.undecided ?? []).map((r) => `  - ${r}`)]
  if (redactedClaims.length > 0) {
    lines.push(
      `redacted claims: ${redactedClaims.join(', ')} (shown as *** in the pasted log, redact-claims): give the claims from a dry run or the JWT for a verdict`
    )
  }
  return lines
}

function formOfOther(sub: string | undefined, iss: string): string[] {
  if (sub === undefined) return ['the claims have no sub']
  return [`not a GitHub token: the issuer ${iss} writes its own sub (this one is not one of GitHub's forms)`]
}

function conditionsOn(ev: Evaluation): string[] {
  return ev.statements.flatMap((st) => st.conditions.map((c) => c.key))
}

/** The action's diagnosis of a denial, as the log shows it: the reason, the fixes safest first, the causes. */
function denialLines(d: DenialExplanation): string[] {
  const lines = [`Why: ${d.message}`, 'Fix (safest first):', ...d.fix.map((f) => `  - ${f}`)]
  if (d.causes.length > 0) lines.push('Also check:', ...d.causes.map((c) => `  - ${c}`))
  for (const snippet of d.snippets.filter((x) => !x.summaryOnly))
    lines.push('', `${snippet.title}:`, ...snippet.body.split('\n'))
  return lines
}
