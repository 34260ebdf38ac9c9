// Fail closed on inputs this action does not declare: the runner only warns about an unexpected
// `with:` key and passes it on as INPUT_*, so a typo would otherwise silently change nothing.
import { Failure } from '../failure/failure.js'
import { INPUTS } from './table.js'

/** The variable the runner sets for an input: `INPUT_` + the name uppercased, spaces as `_`. */
export const inputEnvName = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`

const DECLARED = new Set<string>(INPUTS.map((i) => inputEnvName(i.name)))

export function refuseUnknownInputs(env: Record<string, string | undefined>): void {
  const unknown = Object.keys(env)
    .filter((key) => key.startsWith('INPUT_') && !DECLARED.has(key))
    .sort()
  if (unknown.length === 0) return
  const named = unknown.map(describeUnknown)
  throw new Failure(
    'invalid-input',
    `Unknown input${unknown.length === 1 ? '' : 's'} ${named.join('; ')} This action does not declare ` +
      `${unknown.length === 1 ? 'it' : 'them'}, and an input silently dropped would change what the step does.`,
    {
      stage: 'inputs',
      evidence: unknown.map((key) => `${key} is set, but action.yml declares no such input`),
      fix: [
        ...unknown.flatMap((key) => renameFix(key)),
        'correct the name in the step’s with: block (or remove it): the declared inputs are listed in the README',
        'an INPUT_* variable set with env: counts too: rename it'
      ]
    }
  )
}

function describeUnknown(key: string): string {
  const given = key.slice('INPUT_'.length).toLowerCase()
  const guess = closestInput(given)
  return guess ? `'${given}' — did you mean ${guess}?` : `'${given}' (no declared input is close to it).`
}

function renameFix(key: string): string[] {
  const given = key.slice('INPUT_'.length).toLowerCase()
  const guess = closestInput(given)
  return guess ? [`rename ${given} to ${guess} in the step’s with: block`] : []
}

/** The declared input nearest to `given` (underscores read as hyphens), if it is plausibly a typo of it. */
export function closestInput(given: string): string | undefined {
  return closestName(
    given.replace(/_/g, '-'),
    INPUTS.map((i) => i.name)
  )
}

/** The name in `names` nearest to `given`, if `given` is plausibly a typo of it. */
export function closestName(given: string, names: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined
  for (const name of names) {
    const distance = editDistance(given, name)
    if (!best || distance < best.distance) best = { name, distance }
  }
  if (!best) return undefined
  return best.distance <= Math.max(2, Math.floor(best.name.length / 4)) ? best.name : undefined
}

/** Levenshtein distance: insertions, deletions and substitutions of one character. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution))
    }
    previous = current
  }
  return previous[b.length]
}
