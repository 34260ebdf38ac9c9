// One Condition operator/key pair against the request, following the IAM
// condition-operator reference (set prefixes, IfExists, Null, negation).
import { arnMatch, closest, markedWildcardMatch } from './match.js'
import type { ConditionResult, ConditionSpec, KeyValue, Undecided } from './types.js'
import {
  charsText,
  hasVariable,
  policyChars,
  resolveValue,
  type PatternChar,
  type VariableLookup
} from './variables.js'

type Matcher = (policyValue: PatternChar[], requestValue: string) => boolean

interface OperatorDef {
  match: Matcher
  /** StringNotEquals & co: true when no policy value matches */
  negated: boolean
}

const equals: Matcher = (p, r) => charsText(p) === r
const equalsIgnoreCase: Matcher = (p, r) => charsText(p).toLowerCase() === r.toLowerCase()
const like: Matcher = (p, r) => markedWildcardMatch(p, r)
const arn: Matcher = (p, r) => arnMatch(charsText(p), r)

// keyed by lower-cased base name (without set prefix and IfExists)
const OPERATORS: Record<string, OperatorDef> = {
  stringequals: { match: equals, negated: false },
  stringnotequals: { match: equals, negated: true },
  stringequalsignorecase: { match: equalsIgnoreCase, negated: false },
  stringnotequalsignorecase: { match: equalsIgnoreCase, negated: true },
  stringlike: { match: like, negated: false },
  stringnotlike: { match: like, negated: true },
  // IAM documents ArnEquals and ArnLike as the same per-part wildcard match
  arnequals: { match: arn, negated: false },
  arnlike: { match: arn, negated: false },
  arnnotequals: { match: arn, negated: true },
  arnnotlike: { match: arn, negated: true },
  // request values are text here, so "true"/"TRUE" compare equal
  bool: { match: equalsIgnoreCase, negated: false }
}

const SET_OPERATORS = ['ForAnyValue', 'ForAllValues'] as const
export type SetOperator = (typeof SET_OPERATORS)[number]

export interface ParsedOperator {
  set?: SetOperator
  /** lower-cased, e.g. 'stringlike' or 'null' */
  base: string
  ifExists: boolean
}

/** Splits `ForAllValues:StringLikeIfExists` into its parts (case-insensitively). */
export function parseOperator(operator: string): ParsedOperator {
  const m = /^(?:(ForAnyValue|ForAllValues):)?(.+?)(IfExists)?$/i.exec(operator.trim())
  if (!m) return { base: operator.toLowerCase(), ifExists: false }
  return {
    set: SET_OPERATORS.find((s) => s.toLowerCase() === m[1]?.toLowerCase()),
    base: m[2].toLowerCase(),
    ifExists: m[3] !== undefined
  }
}

/** True when the evaluator implements the operator. */
export function isSupportedOperator(operator: string): boolean {
  const op = parseOperator(operator)
  if (op.base === 'null') return op.set === undefined && !op.ifExists
  return op.base in OPERATORS
}

export interface ConditionOptions {
  /** the policy's Version is 2012-10-17: `${…}` in values are policy variables */
  variables?: boolean
  /** keys the request has whose value is not known here (lower-cased) */
  unknownKeys?: Set<string>
}

const MULTIVALUED_SOURCE =
  'IAM user guide, Single-valued vs. multivalued context keys: "Multivalued context keys require a condition set operator"'

/** `keys` must be keyed by lower-cased condition key (IAM keys are case-insensitive). */
export function evaluateCondition(
  spec: ConditionSpec,
  keys: Map<string, KeyValue>,
  options: ConditionOptions = {}
): ConditionResult {
  const unknown = options.unknownKeys ?? new Set<string>()
  const actual = keys.get(spec.key.toLowerCase())
  const result: ConditionResult = {
    operator: spec.operator,
    key: spec.key,
    expected: spec.values,
    actual,
    passed: false
  }
  const requestValues = actual === undefined ? [] : [actual].flat()
  const op = parseOperator(spec.operator)

  const valueUnknown = unknown.has(spec.key.toLowerCase())
  if (!isSupportedOperator(spec.operator)) {
    result.unsupported = true
    const plainAbsent = requestValues.length === 0 && !valueUnknown && !op.ifExists && !op.base.includes('not')
    if (!plainAbsent) result.undecided = { reason: `${spec.operator} is not an operator this evaluator decides` }
    return result
  }
  if (op.base === 'null') {
    result.passed = decideNull(spec.values, valueUnknown || requestValues.length > 0)
    return result
  }
  const policyValues = options.variables ? resolveAll(spec.values, { keys, unknown }) : literal(spec.values)
  if ('undecided' in policyValues) {
    result.undecided = policyValues.undecided
    return result
  }
  if (policyValues.resolved) result.resolved = policyValues.resolved
  if (valueUnknown) {
    result.undecided = { reason: `the value of ${spec.key} is not known here (redacted)` }
    return result
  }
  if (requestValues.length > 1 && !op.set) {
    result.undecided = {
      reason: `${spec.key} has ${requestValues.length} values in this request and ${spec.operator} has no ForAnyValue:/ForAllValues: prefix; AWS documents no outcome for a multivalued key without one`,
      source: MULTIVALUED_SOURCE
    }
    return result
  }
  result.passed = decide(op, policyValues.values, requestValues)
  if (!result.passed) result.nearest = nearest(spec, requestValues)
  return result
}

type PolicyValue = PatternChar[] | undefined

function literal(values: string[]): { values: PolicyValue[]; resolved?: string[] } {
  return { values: values.map(policyChars) }
}

function resolveAll(
  values: string[],
  lookup: VariableLookup
): { values: PolicyValue[]; resolved?: string[] } | { undecided: Undecided } {
  if (!values.some(hasVariable)) return literal(values)
  const out: PolicyValue[] = []
  const resolved: string[] = []
  for (const v of values) {
    const r = resolveValue(v, lookup)
    if ('undecided' in r) return r
    out.push('chars' in r ? r.chars : undefined)
    resolved.push('chars' in r ? charsText(r.chars) : `(${r.noValue})`)
  }
  return { values: out, resolved }
}

// OR across the listed values: "true" wants the key absent, "false" wants it present
function decideNull(policyValues: string[], present: boolean): boolean {
  return policyValues.some((v) => (v.toLowerCase() === 'true' ? !present : v.toLowerCase() === 'false' && present))
}

function decide(op: ParsedOperator, policyValues: PolicyValue[], requestValues: string[]): boolean {
  const def = OPERATORS[op.base]
  // an empty list counts as absent ("resolves to an empty data set")
  if (requestValues.length === 0) {
    // IfExists does not rescue ForAnyValue (observed on AWS; conformance.json)
    if (op.set === 'ForAnyValue') return false
    if (op.set === 'ForAllValues') return true // vacuous truth: the documented foot-gun
    if (op.ifExists) return true
    return def.negated // "not equal to X" holds for a key that is not there
  }
  const matchesSome = (r: string) => policyValues.some((p) => p !== undefined && def.match(p, r))
  // for negated operators a request value "matches" when it hits none of the policy values
  const ok = def.negated ? (r: string) => !matchesSome(r) : matchesSome
  if (op.set === 'ForAllValues') return requestValues.every(ok)
  return requestValues.some(ok)
}

/** The policy value a report should show next to the actual one. */
function nearest(spec: ConditionSpec, requestValues: string[]): string | undefined {
  if (spec.values.length === 0) return undefined
  if (requestValues.length === 0) return spec.values[0]
  const def = OPERATORS[parseOperator(spec.operator).base]
  // a failed negated operator: the culprit is the value that did match
  if (def?.negated) {
    const hit = spec.values.find((p) => requestValues.some((r) => def.match(policyChars(p), r)))
    if (hit !== undefined) return hit
  }
  return closest(spec.values, requestValues)
}
