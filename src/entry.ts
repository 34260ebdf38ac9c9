// Which program this process runs, for the bundle's one entry (src/index.ts). The build writes
// dist/post/index.js and dist/cli/index.js as stubs that set this global before they require
// dist/index.js; `node dist/index.js` sets nothing and runs the action.
export const ENTRY_GLOBAL = 'aws-oidc-credentials.entry'

export type Entry = 'action' | 'post' | 'cli'

export function currentEntry(): Entry {
  const named = (globalThis as Record<symbol, unknown>)[Symbol.for(ENTRY_GLOBAL)]
  return named === 'post' || named === 'cli' ? named : 'action'
}
