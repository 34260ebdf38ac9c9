// The job summary's part of a diagnosis: the complete picture (every fix, the evidence, the
// causes, the full policy as JSON and Terraform) where the log keeps the short form.
import type { Failure } from '../failure/failure.js'
import { logSafe, markdownCode } from '../output/escape.js'
import { CATALOGUE } from './catalogue.js'
import { fixesOf } from './report.js'

/** The complete diagnosis: every fix, evidence, cause and snippet (the log keeps the short form). */
export function failureMarkdown(f: Failure): string[] {
  const d = f.details
  const list = (title: string, items: string[] | undefined): string[] =>
    items?.length ? [`**${title}**`, '', ...items.map((x) => `- ${markdownCode(x)}`), ''] : []
  const pre = (text: string): string => logSafe(text).replace(/[&<>]/g, (c) => HTML_ENTITY[c])
  return [
    ...list('Fix (safest first)', fixesOf(f)),
    ...list('Evidence', d.evidence),
    ...list('Other possible causes', d.causes ?? CATALOGUE[f.code].causes),
    ...summarySnippets(d.snippets ?? []).flatMap((x) => [
      `<details><summary>${pre(x.title)}</summary>`,
      '',
      `<pre>${x.body.split('\n').map(pre).join('\n')}</pre>`,
      '',
      '</details>',
      ''
    ])
  ]
}

const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** The summary's own (full) forms replace the compact ones printed in the log. */
function summarySnippets<T extends { summaryOnly?: boolean }>(snippets: T[]): T[] {
  return snippets.some((x) => x.summaryOnly) ? snippets.filter((x) => x.summaryOnly) : snippets
}
