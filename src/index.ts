// The bundle's one entry (scripts/build.mjs): `node dist/index.js` (action.yml `runs.main`) runs
// the action; dist/post/index.js and dist/cli/index.js are stubs the build writes that name their
// entry first (src/entry.ts). Each program is loaded as chunks of the one compilation, so code
// they share (the policy evaluator, @actions/core…) is in dist/ once, and none loads the others.
import { runCommandLine } from './cli/index.js'
import { currentEntry } from './entry.js'

const entry = currentEntry()
if (entry === 'post') await import('./post.js')
// static (src/cli/index.ts says why): runs nothing until called
else if (entry === 'cli') runCommandLine()
else await (await import('./action.js')).run()
