// What the sinks did, saved as the step's state so the post step undoes exactly that and no more.
import type { WrittenSection } from './profile.js'

export const CLEANUP_STATE = 'cleanup'

export interface Cleanup {
  /** environment variables this step exported */
  variables: string[]
  /** profile sections this step wrote */
  sections: WrittenSection[]
}

export function encodeCleanup(c: Cleanup): string {
  return JSON.stringify(c)
}

/** The saved state, or an empty cleanup when there is none or it is not ours. */
export function decodeCleanup(raw: string): Cleanup {
  const empty: Cleanup = { variables: [], sections: [] }
  if (raw === '') return empty
  try {
    const c = JSON.parse(raw) as Partial<Cleanup>
    const variables = Array.isArray(c.variables) ? c.variables.filter((v) => /^[A-Z_][A-Z0-9_]*$/.test(String(v))) : []
    const sections = Array.isArray(c.sections)
      ? c.sections.filter(
          (s) => typeof s?.file === 'string' && typeof s.header === 'string' && typeof s.digest === 'string'
        )
      : []
    return { variables, sections }
  } catch {
    return empty
  }
}
