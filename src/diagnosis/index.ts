// The failure side of the pipeline (errors -> classify -> report), loaded on the first error:
// a run that succeeds never compiles it (src/pipeline/context.ts `diagnosis`).
export { classify } from './classify.js'
export { report } from './report.js'
export { failureMarkdown } from './summary-details.js'
export { titleOf } from './report.js'
