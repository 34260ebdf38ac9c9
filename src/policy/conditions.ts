// One Condition operator/key pair against the request, following the IAM
// condition-operator reference (set prefixes, IfExists, Null, negation).
import { arnMatch, closest, wildcardMatch } from './match.js'
import type { ConditionResult, ConditionSpec, KeyValue } from './types.js'

type Matcher = (policyValue: string, requestValue: string) => boolean

interface OperatorDef {
  match: Matcher
  /** StringNotEquals & co: true when no policy value matches */
  negated: boolean
}

const equals: Matcher = (p, r) => p === r
const equalsIgnoreCase: Matcher = (p, r) => p.toLowerCase() === r.toLowerCase()

// keyed by lower-cased base name (without set prefix and IfExists)
const OPERATORS: Record<string, OperatorDef> = {
  stringequals: { match: equals, negated: false },
  stringnotequals: { match: equals, negated: true },
  stringequalsignorecase: { match: equalsIgnoreCase, negated: false },
  stringnotequalsignorecase: { match: equalsIgnoreCase, negated: true },
  stringlike: { match: wildcardMatch, negated: false },
  stringnotlike: { match: wildcardMatch, negated: true },
  // IAM documents ArnEquals and ArnLike as the same per-part wildcard match
  arnequals: { match: arnMatch, negated: false },
  arnlike: { match: arnMatch, negated: false },
  arnnotequals: { match: arnMatch, negated: true },
  arnnotlike: { match: arnMatch, negated: true },
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

/**
 * `keys` must be keyed by lower-cased condition key (IAM keys are case-insensitive). `lean`
 * leaves out `nearest` (an edit-distance search only a denial report shows).
 */
export function evaluateCondition(spec: ConditionSpec, keys: Map<string, KeyValue>, lean = false): ConditionResult {
  const actual = keys.get(spec.key.toLowerCase())
  const result: ConditionResult = {
    operator: spec.operator,
    key: spec.key,
    expected: spec.values,
    actual,
    passed: false
  }
  const requestValues = actual === undefined ? [] : [actual].flat()

  if (!isSupportedOperator(spec.operator)) {
    result.unsupported = true
  } else {
    result.passed = decide(parseOperator(spec.operator), spec.values, requestValues)
  }
  if (!result.passed && !lean) result.nearest = nearest(spec, requestValues)
  return result
}

function decide(op: ParsedOperator, policyValues: string[], requestValues: string[]): boolean {
  // an empty list counts as absent ("resolves to an empty data set")
  const present = requestValues.length > 0
  if (op.base === 'null') {
    // OR across the listed values: "true" wants the key absent, "false" wants it present
    return policyValues.some((v) => (v.toLowerCase() === 'true' ? !present : v.toLowerCase() === 'false' && present))
  }
  const def = OPERATORS[op.base]
  if (!present) {
    if (op.ifExists) return true
    if (op.set === 'ForAllValues') return true // vacuous truth: the documented foot-gun
    if (op.set === 'ForAnyValue') return false
    return def.negated // "not equal to X" holds for a key that is not there
  }
  const matchesSome = (r: string) => policyValues.some((p) => def.match(p, r))
  // for negated operators a request value "matches" when it hits none of the policy values
  const ok = def.negated ? (r: string) => !matchesSome(r) : matchesSome
  if (op.set === 'ForAllValues') return requestValues.every(ok)
  if (op.set === 'ForAnyValue') return requestValues.some(ok)
  // no set prefix: positive operators need any request value to match;
  // negated ones need every request value to miss every policy value (NOR)
  return def.negated ? requestValues.every(ok) : requestValues.some(ok)
}

/** The policy value a report should show next to the actual one. */
function nearest(spec: ConditionSpec, requestValues: string[]): string | undefined {
  if (spec.values.length === 0) return undefined
  if (requestValues.length === 0) return spec.values[0]
  const def = OPERATORS[parseOperator(spec.operator).base]
  // a failed negated operator: the culprit is the value that did match
  if (def?.negated) {
    const hit = spec.values.find((p) => requestValues.some((r) => def.match(p, r)))
    if (hit !== undefined) return hit
  }
  return closest(spec.values, requestValues)
}
