// The bundle's one entry (scripts/build.mjs): `node dist/index.js` (action.yml `runs.main`) runs
// the action; dist/post/index.js and dist/cli/index.js are stubs the build writes that name their
// entry first (src/entry.ts). Each program is loaded as chunks of the one compilation, so code
// they share (the policy evaluator, @actions/core…) is in dist/ once, and none loads the others.
import { currentEntry } from './entry.js'

const entry = currentEntry()
if (entry === 'post') await import(/* webpackChunkName: "profile" */ './post.js')
// Eager: the CLI's entry sits in this file (run only when imported), and with it what
// credential-process needs on a cache hit, shared with the action's refresh sink and post step
else if (entry === 'cli') await import(/* webpackMode: "eager" */ './cli/index.js')
else await (await import(/* webpackChunkName: "action" */ './action.js')).run()
