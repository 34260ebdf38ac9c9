// `explain`: judge a trust policy against a token's claims with the action's own evaluator,
// condition by condition, and show what would allow a denied run.
import type { Claims } from '../claims.js'
import { analyzeSubject, explainForm, narrowestSubject } from '../diagnosis/subject.js'
import { suggestTrustPolicy } from '../diagnosis/suggest-policy.js'
import { parseRole } from '../inputs.js'
import {
  conditionKeysFromClaims,
  describeCondition,
  evaluateTrustPolicy,
  issuerPrefix,
  parseTrustPolicy,
  PolicyParseError,
  providerArnFor,
  type Evaluation,
  type StatementResult,
  type TrustPolicy
} from '../policy/index.js'
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
input error.

Examples:
  aws iam get-role --role-name deploy > role.json
  aws-oidc-credentials explain --claims claims.json --trust-policy role.json
  pbpaste | aws-oidc-credentials explain --claims - --trust-policy trust.json --role-arn arn:aws:iam::123456789012:role/deploy
  aws-oidc-credentials explain --claims token.jwt --trust-policy trust.json --json`

interface Role {
  account: string
  partition: string
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
    const federatedPrincipal = providerArnFor(String(claims.iss), role.account, role.partition)
    const ev = evaluateTrustPolicy(policy, {
      action: 'sts:AssumeRoleWithWebIdentity',
      federatedPrincipal,
      keys: conditionKeysFromClaims(claims)
    })
    return report(ev, claims, input.redacted, role, federatedPrincipal)
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

/** The role's account: --role-arn, else the account of the provider the policy names for this issuer. */
function roleFor(roleArn: string | undefined, policy: TrustPolicy, iss: string): Role {
  if (roleArn) {
    try {
      const r = parseRole(roleArn)
      return { account: r.account, partition: r.partition, from: '--role-arn' }
    } catch (e) {
      throw new CliError(`--role-arn: ${(e as Error).message.replace(/^Input 'role-to-assume': /, '')}`)
    }
  }
  const named = policy.statements.flatMap((st) => st.principal?.values.Federated ?? [])
  const parsed = named.map((arn) => FEDERATED.exec(arn)).filter((m): m is RegExpExecArray => m !== null)
  const forIssuer = parsed.find((m) => m[3] === issuerPrefix(iss)) ?? parsed[0]
  if (!forIssuer) return { account: '<account>', partition: 'aws', from: 'unknown: give --role-arn' }
  return { account: forIssuer[2], partition: forIssuer[1], from: 'the policy’s Principal.Federated' }
}

function verdict(ev: Evaluation): string {
  if (ev.decision === 'allow') return 'ALLOWS this token'
  if (ev.decision === 'explicit-deny') return 'DENIES this token (an explicit Deny applies)'
  return 'DENIES this token (no statement allows it)'
}

function statementLine(st: StatementResult): string {
  const name = `statement ${st.index}${st.sid ? ` (${st.sid})` : ''}`
  const mark = (ok: boolean): string => (ok ? '✓' : '✗')
  const outcome = st.applies ? 'applies' : 'does not apply'
  return `${name}: ${st.effect}, principal ${mark(st.principalMatches)}, action ${mark(st.actionMatches)} -> ${outcome}`
}

function report(
  ev: Evaluation,
  claims: Claims,
  redacted: string[],
  role: Role,
  federatedPrincipal: string
): CommandResult {
  const sub = typeof claims.sub === 'string' ? claims.sub : undefined
  const lines: string[] = [`Trust policy ${verdict(ev)}`]
  // a redacted claim is judged as absent: say so before anything that depends on it
  if (redacted.length > 0)
    lines.push(`note: redacted in the log: ${redacted.join(', ')}; conditions on them were judged as if absent`)
  lines.push(`token's provider: ${federatedPrincipal} (account from ${role.from})`)
  for (const st of ev.statements) {
    lines.push(statementLine(st))
    for (const c of st.conditions) lines.push(`  ${describeCondition(c)}`)
    if (!st.principalMatches) lines.push(`  Principal does not name ${federatedPrincipal}`)
  }
  const analysis = sub ? analyzeSubject(sub, claims) : undefined
  const form = analysis ? explainForm(analysis) : ['the claims have no sub']
  lines.push('', `sub: ${sub ?? '(absent)'}`, ...form.map((l) => `  ${l}`))
  const json: Record<string, unknown> = {
    command: 'explain',
    decision: ev.decision,
    allowed: ev.decision === 'allow',
    federatedPrincipal,
    accountFrom: role.from,
    statements: ev.statements.map((st) => ({ ...st, lines: st.conditions.map(describeCondition) })),
    subject: analysis ? { sub, ...analysis, explanation: form } : null,
    warnings: ev.warnings,
    redacted
  }
  if (ev.decision !== 'allow' && sub && analysis && typeof claims.aud === 'string') {
    const narrow = narrowestSubject(sub, analysis)
    const { account, partition } = role
    const s = suggestTrustPolicy({ iss: String(claims.iss), aud: claims.aud, account, partition, sub: narrow })
    const key = `${issuerPrefix(String(claims.iss))}:sub`
    lines.push('', `To allow runs like this one: ${narrow.operator} ${key} = ${narrow.value}; a minimal policy:`)
    lines.push(...s.json.split('\n'))
    json.suggestion = { sub: narrow, policy: JSON.parse(s.json), terraform: s.terraform }
  }
  if (ev.warnings.length > 0) lines.push('', ...ev.warnings.map((w) => `warning: ${w}`))
  return { exitCode: ev.decision === 'allow' ? EXIT.allowed : EXIT.denied, lines, json }
}
