// One plain-text line per condition for logs and job summaries. The caller
// escapes it; nothing here is markup.
import type { ConditionResult } from './types.js'

/** `✓ StringEquals <key> expected a or b, got c` (or `✗ ...`). */
export function describeCondition(c: ConditionResult): string {
  const mark = c.passed ? '✓' : '✗'
  const expected = c.expected.length === 0 ? '(no values)' : c.expected.join(' or ')
  let line = `${mark} ${c.operator} ${c.key} expected ${expected}, got ${formatActual(c.actual)}`
  // with several expected values, point at the one the actual value nearly was
  if (!c.passed && c.nearest !== undefined && c.expected.length > 1) line += ` (closest: ${c.nearest})`
  if (c.unsupported) line += ' (operator not evaluated locally; counted as not matching)'
  return line
}

function formatActual(actual: ConditionResult['actual']): string {
  if (actual === undefined) return '(absent)'
  if (Array.isArray(actual)) return `[${actual.map((v) => JSON.stringify(v)).join(', ')}]`
  return actual
}
