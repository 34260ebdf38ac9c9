// What the benchmark measures: each case plays one scenario of emulator/scenarios.ts, so a new
// case is one line here (its scenario brings the world, inputs and the expected log).
import { SCENARIOS, type Scenario } from '../emulator/scenarios.js'

export interface BenchCase {
  name: string
  /** picks the scenario this case plays (the first that matches) */
  scenario(s: Scenario): boolean
  /** also time the `--vs` action on it (it must succeed with the same inputs) */
  vs?: boolean
  /** target: the median run ends within this many milliseconds */
  withinMs?: number
}

export const CASES: BenchCase[] = [
  { name: 'success', scenario: (s) => s.name === 'success', vs: true },
  { name: 'denial', scenario: (s) => s.name === 'trust-policy-denied', withinMs: 1000 },
  { name: 'invalid input', scenario: (s) => s.name === 'invalid-input', withinMs: 1000 },
  // Measured once a succeeding scenario chains a second role.
  { name: 'chaining', scenario: (s) => s.code === 'success' && 'role-chaining' in (s.inputs ?? {}) }
]

/** The scenario each case plays; cases whose scenario does not exist (yet) are left out. */
export function playableCases(): { benchCase: BenchCase; scenario: Scenario }[] {
  return CASES.flatMap((benchCase) => {
    const scenario = SCENARIOS.find((s) => benchCase.scenario(s))
    return scenario ? [{ benchCase, scenario }] : []
  })
}
