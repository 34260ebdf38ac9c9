// Stage 7: the job summary — escaped markdown, never a secret or the token.
import type { ClaimRow } from '../github/token-claims.js'
import { CATALOGUE } from '../diagnosis/catalogue.js'
import type { Failure } from '../failure/failure.js'
import { markdownCode, markdownSafe } from '../output/escape.js'
import { describeAttempts, type CallAttempts } from '../pipeline/retry.js'

export interface SummaryFacts {
  result: 'success' | 'failure' | 'dry-run'
  role?: string
  session?: string
  account?: string
  expiration?: Date
  failure?: Failure
  claims?: ClaimRow[]
  /** attempts per call; shown when one took more than one */
  attempts?: CallAttempts[]
}

function heading(s: SummaryFacts): string {
  if (s.result === 'success') return '✅ AWS credentials verified'
  if (s.result === 'dry-run') return '🧪 Dry run: no AWS call made'
  return `❌ AWS credentials not issued: \`${s.failure?.code}\``
}

/** `failureSection`: the failure's details (diagnosis/summary-details.ts), rendered by the caller. */
export function summaryMarkdown(s: SummaryFacts, failureSection: string[] = []): string {
  const md = markdownSafe
  const head = heading(s)
  const rows: [string, string][] = []
  if (s.role) rows.push(['role', md(s.role)])
  if (s.session) rows.push(['session', md(s.session)])
  if (s.account) rows.push(['account', md(s.account)])
  if (s.expiration) rows.push(['expires', s.expiration.toISOString()])
  if (s.attempts?.some((c) => c.attempts > 1)) rows.push(['attempts', md(describeAttempts(s.attempts))])
  if (s.failure) {
    rows.push(
      ['diagnosis', `\`${s.failure.code}\` ${md(CATALOGUE[s.failure.code].title)}`],
      ['cause', md(s.failure.message)]
    )
    if (s.failure.details.stage) rows.push(['stage', s.failure.details.stage])
  }
  const out = [`### ${head}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '']
  out.push(...failureSection)
  if (s.claims?.length) {
    out.push(
      '<details><summary>ID token claims (the token itself is never shown)</summary>',
      '',
      '| claim | value |',
      '|---|---|'
    )
    // Code spans: a claim's URL, e-mail address or @mention must not become a link in the summary.
    out.push(...s.claims.map((c) => `| ${markdownCode(c.name)} | ${markdownCode(c.value)} |`), '', '</details>', '')
  }
  return out.join('\n')
}
