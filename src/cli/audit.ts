// `audit`: who on GitHub can assume each role, asked of the trust-policy evaluator with probe
// tokens (src/audit). Reads files, directories and standard input; prints a table, JSON or SARIF;
// exits 1 when a finding is at --fail-on or worse, so CI can gate on it.
import { auditFiles, failsAt } from '../audit/audit.js'
import { auditSarif } from '../audit/format-sarif.js'
import { auditTable, summaryLine } from '../audit/format-table.js'
import { AuditInputError, SEVERITIES, type Severity } from '../audit/types.js'
import { text, type Values } from './args.js'
import { readAuditFiles } from './audit-files.js'
import type { Command } from './command.js'
import { CliError, EXIT } from './errors.js'
import type { CommandResult } from './output.js'
import type { InputSource } from './read-input.js'

const FORMATS = ['table', 'json', 'sarif']
const FAIL_ON = SEVERITIES.filter((s) => s !== 'info')
const DEFAULT_FAIL_ON = 'high'

const HELP = `Usage: aws-oidc-credentials audit FILE|DIR|- ... [--format table|json|sarif]
                               [--fail-on critical|high|medium|low] [--json]

Tells who on GitHub can assume each role: for every statement that trusts a GitHub OIDC
provider, the trust-policy evaluator is asked whether probe tokens may assume the role (another
owner's repository, a sibling repository, a pull request, any branch, any tag, any environment,
another audience, a reusable workflow from elsewhere, a re-created repository). Each finding
names the statement, the conditions that let the probe in, and the smallest fix. Nothing is
sent anywhere.

Reads the JSON of aws iam get-account-authorization-details, list-roles or get-role, a trust
policy (also URL-encoded), a directory of such files, or terraform show -json (aws_iam_role).

  --format table|json|sarif   table (default), the JSON report, or SARIF 2.1.0 for code scanning
  --fail-on SEVERITY          exit 1 when a finding is this severe or worse (default ${DEFAULT_FAIL_ON})
  --json                      the same as --format json

Exit status: 0 no finding at --fail-on or worse, 1 such findings, 2 usage or input error.

Examples:
  aws iam get-account-authorization-details --filter Role > roles.json
  aws-oidc-credentials audit roles.json
  terraform show -json plan.out | aws-oidc-credentials audit - --format sarif > audit.sarif`

export const auditCommand: Command = {
  name: 'audit',
  summary: 'who on GitHub can assume each of your roles',
  help: HELP,
  options: { format: { type: 'string' }, 'fail-on': { type: 'string' } },
  positionals: 'files',
  async run(values: Values, io: InputSource): Promise<CommandResult> {
    const format = values.json === true ? 'json' : (text(values, 'format') ?? 'table')
    if (!FORMATS.includes(format))
      throw new CliError(`audit: --format must be one of ${FORMATS.join(', ')}, got '${format}'`)
    const failOn = text(values, 'fail-on') ?? DEFAULT_FAIL_ON
    if (!(FAIL_ON as string[]).includes(failOn))
      throw new CliError(`audit: --fail-on must be one of ${FAIL_ON.join(', ')}, got '${failOn}'`)
    const files = await readAuditFiles((values.files as string[] | undefined) ?? [], io)
    const result = judged(files)
    const exitCode = failsAt(result, failOn as Exclude<Severity, 'info'>) ? EXIT.findings : EXIT.allowed
    const json = { roles: result.roles, summary: { ...result.summary, failOn, failed: exitCode !== EXIT.allowed } }
    if (format === 'table') return { exitCode, lines: auditTable(result), json }
    // the document goes to stdout alone; the summary to stderr, so a redirect keeps the file clean
    const document = format === 'sarif' ? auditSarif(result) : json
    return { exitCode, lines: [], document, notes: [summaryLine(result)], json }
  }
}

/** An input audit cannot read is a usage or input error (exit 2), like any other command's. */
function judged(files: Parameters<typeof auditFiles>[0]): ReturnType<typeof auditFiles> {
  try {
    return auditFiles(files)
  } catch (e) {
    if (e instanceof AuditInputError) throw new CliError(e.message)
    throw e
  }
}
