// Entry point of dist/index.js (action.yml `runs.main`).
import { run } from './action.js'

await run()
