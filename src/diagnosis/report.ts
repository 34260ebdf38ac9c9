// errors -> classify -> report: one annotation, the diagnosis output, and a readable block.
import type { CoreApi } from '../core-api.js'
import type { Failure } from '../errors.js'
import { logSafe } from '../escape.js'
import { CATALOGUE, type DiagnosisCode } from './catalogue.js'

/** The troubleshooting section for `code`, in the copy of the action this step runs. */
export function docsUrl(code: DiagnosisCode, env: Record<string, string | undefined>): string {
  const anchor = CATALOGUE[code].anchor
  const repo = env.GITHUB_ACTION_REPOSITORY
  const ref = env.GITHUB_ACTION_REF || 'main'
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  return repo ? `${server}/${repo}/blob/${ref}/docs/TROUBLESHOOTING.md#${anchor}` : `docs/TROUBLESHOOTING.md#${anchor}`
}

/** The lines of the diagnosis block, escaped; shared by the log and the tests. */
export function reportLines(f: Failure, env: Record<string, string | undefined>): string[] {
  const entry = CATALOGUE[f.code]
  const d = f.details
  const out = [`✖ ${f.code}: ${entry.title}`, `  stage:   ${d.stage ?? 'unknown'}`, `  cause:   ${logSafe(f.message)}`]
  if (d.requestId) out.push(`  AWS request id: ${logSafe(d.requestId)}`)
  if (f.code === 'unknown' && d.original)
    out.push(`  error:   ${logSafe(d.original.name)}: ${logSafe(d.original.message)}`)
  if (d.evidence?.length) out.push('  evidence:', ...d.evidence.map((l) => `    - ${logSafe(l)}`))
  out.push('  likely causes:', ...entry.causes.map((c, i) => `    ${i + 1}. ${c}`))
  // A fix specific to this run replaces the catalogue's generic one.
  const fixes = d.fix?.length ? d.fix : entry.fix
  out.push('  fix:', ...fixes.map((l) => `    - ${logSafe(l)}`))
  for (const s of d.snippets ?? []) {
    out.push(`  ${logSafe(s.title)}:`, ...s.body.split('\n').map((l) => `    ${logSafe(l)}`))
  }
  out.push(`  docs:    ${docsUrl(f.code, env)}`)
  return out
}

export function report(f: Failure, core: CoreApi, env: Record<string, string | undefined>): void {
  core.setOutput('diagnosis', f.code)
  // core.error escapes the message for the command; the title is the stable code.
  core.error(`${f.message}${f.details.stage ? ` [stage: ${f.details.stage}]` : ''}`, { title: f.code })
  for (const line of reportLines(f, env)) core.info(line)
}
