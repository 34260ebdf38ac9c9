// What --claims accepts: a JSON object of claims, a JWT (decoded, never verified, never
// printed), or the claims block copied from this action's log (its one-line JSON, or the
// table when only that was copied). Redacted values ('***') are dropped and named.
import { ANY_CLAIMS_JSON_LABEL, decodeToken, REDACTED, type Claims } from '../github/token-claims.js'
import { CliError } from './errors.js'

export type ClaimsSource = 'json' | 'jwt' | 'log'

export interface ClaimsInput {
  claims: Claims
  source: ClaimsSource
  /** claims the log showed as *** (their values are unknown) */
  redacted: string[]
}

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/
// GitHub's raw log prefixes every line with a timestamp
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z ?/
// a table row: the claim name (indented in the log; a copy from the web view may start with the
// line number), at least two spaces, the value
const TABLE_ROW = /^\s*(?:\d+\s+)?([A-Za-z_][\w-]*) {2,}(.*)$/
const TIME_CELL = /^(\d+) \(\d{4}-/
const WHAT = 'a JSON object of claims, a JWT, or the claims block from the action log'

export function parseClaimsInput(text: string): ClaimsInput {
  const trimmed = text.trim()
  if (trimmed === '') throw new CliError(`--claims is empty; give ${WHAT}`)
  if (JWT.test(trimmed)) return withRedactions(jwtClaims(trimmed), 'jwt')
  if (trimmed.startsWith('{')) return withRedactions(jsonClaims(trimmed), 'json')
  const lines = text.split(/\r?\n/).map((l) => l.replace(TIMESTAMP, ''))
  const fromLog = logJson(lines) ?? logTable(lines)
  if (!fromLog) throw new CliError(`--claims is not ${WHAT}`)
  return withRedactions(fromLog, 'log')
}

function jwtClaims(token: string): Claims {
  try {
    return decodeToken(token, 'file').claims
  } catch {
    // never echo the token or the decoder's view of it
    throw new CliError('--claims looks like a JWT, but its payload is not a JSON object of claims')
  }
}

function jsonClaims(text: string): Claims {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new CliError(`--claims starts with '{' but is not valid JSON; give ${WHAT}`)
  }
  if (!isClaims(value)) throw new CliError('--claims is JSON but not an object with iss or sub claims')
  return value
}

/** The action's labelled one-line JSON first, else any line that is a JSON object of claims. */
function logJson(lines: string[]): Claims | undefined {
  // a log of another version names another version in the label
  const labelled = lines.filter((l) => ANY_CLAIMS_JSON_LABEL.test(l))
  for (const line of [...labelled, ...lines]) {
    const from = Math.max(0, line.search(ANY_CLAIMS_JSON_LABEL))
    const at = line.indexOf('{', from)
    if (at < 0) continue
    try {
      const value: unknown = JSON.parse(line.slice(at))
      if (isClaims(value)) return value
    } catch {
      // not this line
    }
  }
  return undefined
}

/** The printed table: values as shown (times keep their number, JSON lists are parsed). */
function logTable(lines: string[]): Claims | undefined {
  const claims: Claims = {}
  for (const line of lines) {
    const m = TABLE_ROW.exec(line)
    if (m && !(m[1] in claims)) claims[m[1]] = tableValue(m[2].trimEnd())
  }
  return isClaims(claims) ? claims : undefined
}

function tableValue(cell: string): unknown {
  if (cell === '"" (empty)') return ''
  const time = TIME_CELL.exec(cell)
  if (time) return Number(time[1])
  if (/^[[{]/.test(cell)) {
    try {
      return JSON.parse(cell)
    } catch {
      return cell
    }
  }
  return cell
}

function isClaims(v: unknown): v is Claims {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const c = v as Claims
  return typeof c.iss === 'string' || typeof c.sub === 'string'
}

function withRedactions(all: Claims, source: ClaimsSource): ClaimsInput {
  const claims: Claims = {}
  const redacted: string[] = []
  for (const [name, value] of Object.entries(all)) {
    if (value === REDACTED) redacted.push(name)
    else claims[name] = value
  }
  if (typeof claims.iss !== 'string') {
    const why = redacted.includes('iss') ? 'iss is redacted' : 'there is no iss claim'
    throw new CliError(`--claims: ${why}, and the condition keys AWS checks are named after the issuer`)
  }
  return { claims, source, redacted }
}
