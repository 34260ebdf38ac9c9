// Reads a role trust policy from what a user is likely to paste: the policy
// itself, `aws iam get-role` output, or the URL-encoded form the IAM API returns.
import { jsonErrorPlace } from '../output/json-error.js'
import type { ConditionSpec, Effect, PrincipalSpec, Statement, TrustPolicy } from './types.js'

export type { ConditionSpec, PrincipalSpec, Statement, TrustPolicy } from './types.js'

export class PolicyParseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PolicyParseError'
  }
}

type Json = Record<string, unknown>

export function parseTrustPolicy(text: string): TrustPolicy {
  const root = parseJson(text, 'the input')
  if (!isObject(root)) throw new PolicyParseError(`the input is JSON but not an object (got ${kind(root)})`)
  const policy = normalisePolicy(unwrapRole(root))
  const role = roleOf(root)
  if (role) policy.role = role
  return policy
}

function roleOf(root: Json): TrustPolicy['role'] {
  const holder = isObject(root.Role) ? root.Role : root
  if (!('AssumeRolePolicyDocument' in holder)) return undefined
  const role: NonNullable<TrustPolicy['role']> = {}
  if (typeof holder.Arn === 'string') role.arn = holder.Arn
  if (typeof holder.RoleName === 'string') role.name = holder.RoleName
  return role.arn || role.name ? role : undefined
}

/** JSON, or URL-encoded JSON (`%7B%22Version...`). */
function parseJson(text: string, what: string): unknown {
  const trimmed = text.trim()
  if (trimmed === '') throw new PolicyParseError(`${what} is empty`)
  try {
    return JSON.parse(trimmed)
  } catch {
    // URL-encoded JSON never starts with a bracket; broken JSON that merely contains %2F should say "not JSON"
    if (!/^[{[]/.test(trimmed) && /%[0-9a-f]{2}/i.test(trimmed)) return JSON.parse(decodeOrThrow(trimmed, what))
    // where, never what: JSON.parse's message quotes the text, which may be any file
    throw new PolicyParseError(`${what} is not JSON (${jsonErrorPlace(text)})`)
  }
}

function decodeOrThrow(text: string, what: string): string {
  let decoded: string
  try {
    decoded = decodeURIComponent(text)
  } catch {
    throw new PolicyParseError(`${what} looks URL-encoded but is not valid percent-encoding`)
  }
  try {
    JSON.parse(decoded)
  } catch {
    throw new PolicyParseError(`${what} is URL-encoded but does not decode to JSON (${jsonErrorPlace(decoded)})`)
  }
  return decoded
}

/** `{"Role": {"AssumeRolePolicyDocument": ...}}` (or the Role object alone) to the document. */
function unwrapRole(root: Json): Json {
  let holder: Json = root
  if ('Role' in root) {
    if (!isObject(root.Role)) throw new PolicyParseError('"Role" is not an object')
    holder = root.Role
    if (!('AssumeRolePolicyDocument' in holder))
      throw new PolicyParseError('get-role output has no Role.AssumeRolePolicyDocument')
  }
  if (!('AssumeRolePolicyDocument' in holder)) return root
  let doc = holder.AssumeRolePolicyDocument
  if (typeof doc === 'string') doc = parseJson(doc, 'AssumeRolePolicyDocument')
  if (!isObject(doc)) throw new PolicyParseError(`AssumeRolePolicyDocument is not a policy object (got ${kind(doc)})`)
  return doc
}

function normalisePolicy(doc: Json): TrustPolicy {
  if (!('Statement' in doc)) throw new PolicyParseError('the policy has no Statement')
  const raw = doc.Statement
  const list = Array.isArray(raw) ? raw : [raw]
  const policy: TrustPolicy = { statements: list.map((s, i) => normaliseStatement(s, i)) }
  if (typeof doc.Version === 'string') policy.version = doc.Version
  return policy
}

function normaliseStatement(raw: unknown, index: number): Statement {
  const where = `Statement ${index}`
  if (!isObject(raw)) throw new PolicyParseError(`${where} is not an object (got ${kind(raw)})`)
  const effect = raw.Effect
  if (effect !== 'Allow' && effect !== 'Deny') {
    throw new PolicyParseError(`${where}: Effect must be "Allow" or "Deny", got ${JSON.stringify(effect) ?? 'nothing'}`)
  }
  const st: Statement = { index, effect: effect as Effect, conditions: [] }
  if ('Sid' in raw) {
    if (typeof raw.Sid !== 'string') throw new PolicyParseError(`${where}: Sid must be a string`)
    st.sid = raw.Sid
  }

  const hasP = 'Principal' in raw
  const hasNotP = 'NotPrincipal' in raw
  if (hasP === hasNotP) throw new PolicyParseError(`${where} must have exactly one of Principal or NotPrincipal`)
  if (hasP) st.principal = normalisePrincipal(raw.Principal, `${where}: Principal`)
  else st.notPrincipal = normalisePrincipal(raw.NotPrincipal, `${where}: NotPrincipal`)

  const hasA = 'Action' in raw
  const hasNotA = 'NotAction' in raw
  if (hasA === hasNotA) throw new PolicyParseError(`${where} must have exactly one of Action or NotAction`)
  if (hasA) st.actions = stringList(raw.Action, `${where}: Action`)
  else st.notActions = stringList(raw.NotAction, `${where}: NotAction`)

  if ('Condition' in raw) st.conditions = normaliseConditions(raw.Condition, `${where}: Condition`)
  return st
}

function normalisePrincipal(raw: unknown, where: string): PrincipalSpec {
  if (raw === '*') return { wildcard: true, values: {} }
  if (!isObject(raw)) throw new PolicyParseError(`${where} must be "*" or an object like {"Federated": "arn:..."}`)
  const values: Record<string, string[]> = {}
  for (const [type, v] of Object.entries(raw)) values[type] = stringList(v, `${where}.${type}`)
  // {"AWS": "*"} means everyone, exactly like "*"
  const wildcard = Object.values(values).some((list) => list.includes('*'))
  return { wildcard, values }
}

function normaliseConditions(raw: unknown, where: string): ConditionSpec[] {
  if (!isObject(raw)) throw new PolicyParseError(`${where} must be an object of operators`)
  const out: ConditionSpec[] = []
  for (const [operator, block] of Object.entries(raw)) {
    if (!isObject(block)) throw new PolicyParseError(`${where}.${operator} must be an object of condition keys`)
    for (const [key, v] of Object.entries(block)) {
      out.push({ operator, key, values: scalarList(v, `${where}.${operator}.${key}`) })
    }
  }
  return out
}

function stringList(v: unknown, where: string): string[] {
  const list = Array.isArray(v) ? v : [v]
  if (!list.every((x) => typeof x === 'string'))
    throw new PolicyParseError(`${where} must be a string or a list of strings`)
  return list as string[]
}

/** Condition values: strings, numbers and booleans, compared as text. */
function scalarList(v: unknown, where: string): string[] {
  const list = Array.isArray(v) ? v : [v]
  return list.map((x) => {
    if (typeof x === 'string') return x
    if (typeof x === 'number' || typeof x === 'boolean') return String(x)
    throw new PolicyParseError(`${where} must be a string, number, boolean or a list of them (got ${kind(x)})`)
  })
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function kind(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'an array'
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`
}
