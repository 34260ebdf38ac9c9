// The post step (runs.post): blanks the variables the main step exported, so later post steps
// do not see them, and removes the profile sections it wrote. It never fails the job.
import type * as actionsCore from '@actions/core'
import type { CoreApi } from '../output/core-api.js'
import { logSafe } from '../output/escape.js'
import { CLEANUP_STATE, decodeCleanup } from './cleanup-state.js'
import { removeWrittenSections } from './profile-store.js'
import { removeCache } from './refresh-cache.js'

/** What the post step uses of @actions/core: the main step's saved state, and the log. */
export type PostCore = Pick<CoreApi, 'info' | 'exportVariable' | 'warning'> & Pick<typeof actionsCore, 'getState'>

export function runPost(core: PostCore): void {
  try {
    const cleanup = decodeCleanup(core.getState(CLEANUP_STATE))
    if (cleanup.variables.length === 0 && cleanup.sections.length === 0 && !cleanup.files?.length) {
      core.info('Nothing to clean up: this step exported no variable and wrote no profile.')
    }
    // The runner cannot unset a variable; an empty value is what the AWS CLI and SDKs treat as unset.
    for (const name of cleanup.variables) core.exportVariable(name, '')
    if (cleanup.variables.length > 0) core.info(`Blanked ${cleanup.variables.join(', ')} for the rest of the job.`)
    for (const line of removeWrittenSections(cleanup.sections)) core.info(logSafe(line))
    // refresh-credentials' cache file (src/sinks/refresh-cache.ts), only inside its own directory
    for (const file of cleanup.files ?? []) core.info(logSafe(removeCache(file)))
  } catch (e) {
    core.warning(`Cleanup did not complete: ${logSafe((e as Error).message)}`)
  }
}
