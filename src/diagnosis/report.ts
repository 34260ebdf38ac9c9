// errors -> classify -> report: one annotation, the diagnosis output, and a readable block.
import type { CoreApi } from '../output/core-api.js'
import type { Failure } from '../failure/failure.js'
import { logSafe } from '../output/escape.js'
import { setOutputs } from '../sinks/outputs.js'
import { CATALOGUE, type DiagnosisCode } from './catalogue.js'

/** The troubleshooting section for `code`, in the copy of the action this step runs. */
export function docsUrl(code: DiagnosisCode, env: Record<string, string | undefined>): string {
  const anchor = CATALOGUE[code].anchor
  const repo = env.GITHUB_ACTION_REPOSITORY
  const ref = env.GITHUB_ACTION_REF || 'main'
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  return repo ? `${server}/${repo}/blob/${ref}/docs/TROUBLESHOOTING.md#${anchor}` : `docs/TROUBLESHOOTING.md#${anchor}`
}

/** The code's title, for the job summary. */
export function titleOf(code: DiagnosisCode): string {
  return CATALOGUE[code].title
}

/** The fixes of this failure, safest first: this run's own, else the catalogue's. */
export function fixesOf(f: Failure): string[] {
  return f.details.fix?.length ? f.details.fix : CATALOGUE[f.code].fix
}

/**
 * The lines of the diagnosis block, escaped; shared by the log and the tests. This run's reason
 * and the first fix come right under the title; nothing is said twice.
 */
export function reportLines(f: Failure, env: Record<string, string | undefined>): string[] {
  const entry = CATALOGUE[f.code]
  const d = f.details
  const [firstFix, ...moreFixes] = fixesOf(f)
  const out = [`✖ ${f.code}: ${entry.title}`, `  ${logSafe(f.message)}`]
  if (firstFix) out.push(`  fix:     ${logSafe(firstFix)}`)
  out.push(`  stage:   ${d.stage ?? 'unknown'}${d.requestId ? ` · AWS request id: ${logSafe(d.requestId)}` : ''}`)
  if (f.code === 'unknown' && d.original)
    out.push(`  error:   ${logSafe(d.original.name)}: ${logSafe(d.original.message)}`)
  if (d.evidence?.length) out.push('  evidence:', ...d.evidence.map((l) => `    - ${logSafe(l)}`))
  // this run's causes replace the generic list; an empty list means the evidence left no other
  const causes = d.causes ?? entry.causes
  const causesTitle = d.causes ? '  other possible causes:' : '  possible causes:'
  if (causes.length) out.push(causesTitle, ...causes.map((c) => `    - ${logSafe(c)}`))
  if (moreFixes.length) out.push('  other fixes:', ...moreFixes.map((l) => `    - ${logSafe(l.replace(/^or /, ''))}`))
  for (const s of (d.snippets ?? []).filter((x) => !x.summaryOnly)) {
    out.push(`  ${logSafe(s.title)}:`, ...s.body.split('\n').map((l) => `    ${logSafe(l)}`))
  }
  if ((d.snippets ?? []).some((x) => x.summaryOnly))
    out.push('  (the job summary has the full policy and its Terraform form)')
  out.push(`  docs:    ${docsUrl(f.code, env)}`)
  return out
}

/** The annotation: this run's reason in words, then the one-line fix. */
export function annotationText(f: Failure): string {
  const [fix] = fixesOf(f)
  return fix ? `${f.message} Fix: ${fix}` : f.message
}

export function report(f: Failure, core: CoreApi, env: Record<string, string | undefined>): void {
  setOutputs(core, { diagnosis: f.code })
  // core.error escapes the message for the command; the title is the stable code.
  core.error(logSafe(annotationText(f)), { title: f.code })
  for (const line of reportLines(f, env)) core.info(line)
}
