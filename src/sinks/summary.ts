// Sink: the job summary — escaped markdown, never a secret or the token.
import type { ClaimRow } from '../github/token-claims.js'
import type { Failure } from '../failure/failure.js'
import type { CoreApi } from '../output/core-api.js'
import { logSafe, markdownCode, markdownSafe } from '../output/escape.js'

export interface SummaryFacts {
  result: 'success' | 'failure' | 'dry-run'
  role?: string
  session?: string
  account?: string
  expiration?: Date
  failure?: Failure
  /** the failure code's title (the catalogue's, which only a failure loads) */
  failureTitle?: string
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
    rows.push(['diagnosis', `\`${s.failure.code}\` ${md(s.failureTitle ?? '')}`], ['cause', md(s.failure.message)])
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

/** How many attempts one call took, for the job summary. */
export interface CallAttempts {
  call: string
  attempts: number
  throttled: number
  waitedMs: number
}

export function describeAttempts(calls: CallAttempts[]): string {
  return calls
    .map((c) => {
      const waited = `waited ${(c.waitedMs / 1000).toFixed(1)} s`
      const extra = c.throttled > 0 ? ` (${c.throttled} throttled, ${waited})` : ` (${waited})`
      return `${c.call}: ${c.attempts}${c.attempts > 1 ? extra : ''}`
    })
    .join(', ')
}

/** Writes the job summary when the runner offers one; a summary that cannot be written only warns. */
export async function writeSummary(
  core: CoreApi,
  env: Record<string, string | undefined>,
  facts: SummaryFacts,
  failureSection?: string[]
): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(summaryMarkdown(facts, failureSection), true).write()
  } catch (e) {
    core.warning(`Could not write the job summary: ${logSafe((e as Error).message)}`)
  }
}
