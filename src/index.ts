// The bundle's one entry (scripts/build.mjs): `node dist/index.js` (action.yml `runs.main`) runs
// the action; dist/post/index.js and dist/cli/index.js are stubs the build writes that name their
// entry first (src/entry.ts). Each program is loaded as chunks of the one compilation, so code
// they share (the policy evaluator, @actions/core…) is in dist/ once, and none loads the others.
import { currentEntry } from './entry.js'

const entry = currentEntry()
if (entry === 'post') await import('./sinks/post.js')
// credential-process runs before every AWS call of a refresh-credentials profile: it loads its
// own small module, not the CLI's commands. Eager: that module (and the cache and parameters the
// action's sink and post step share with it) sits in this file, run only when imported.
else if (entry === 'cli' && process.argv[2] === 'credential-process')
  await (await import(/* webpackMode: "eager" */ './refresh/credential-process.js')).main()
else if (entry === 'cli') await import('./cli/index.js')
else await (await import('./action.js')).run()
