// Supply-chain reviews ask for actions pinned by full commit SHA: a tag or branch can be moved to
// other code after the review. The runner tells the action how the workflow referenced it.
//
// One exception: an exact release tag (vX.Y.Z) of this action's own repository. The release
// workflow publishes each as an immutable GitHub release and fails unless GitHub reports it
// immutable; GitHub then refuses to move or delete that tag ("Immutable releases", GitHub docs,
// supply-chain security). The major tag (v1) and branches still move, and still warn.

import { logSafe } from '../output/escape.js'
import { REPOSITORY, VERSION } from '../output/version.js'

const FULL_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/
/** The tags release.yml publishes as immutable releases (its version check: X.Y.Z). */
export const RELEASE_TAG = /^v\d+\.\d+\.\d+$/

/** True when the reference cannot name other code later: a full SHA, or a release tag of this repository. */
export function isFixedRef(repo: string, ref: string): boolean {
  return FULL_SHA.test(ref) || (isOwnRepository(repo) && RELEASE_TAG.test(ref))
}

/** GitHub compares owner and repository names without regard to case. */
function isOwnRepository(repo: string): boolean {
  return repo.toLowerCase() === REPOSITORY.toLowerCase()
}

/** One short warning when the step uses this action by a tag or branch that can move; nothing for a SHA or a local path. */
export function unpinnedRefWarning(env: Record<string, string | undefined>): string | undefined {
  const ref = env.GITHUB_ACTION_REF
  const repo = env.GITHUB_ACTION_REPOSITORY
  if (!ref || !repo || isFixedRef(repo, ref)) return undefined
  const [name, at] = [logSafe(repo), logSafe(ref)]
  const moving = `This step uses ${name}@${at}, a tag or branch that can move. `
  if (!isOwnRepository(repo))
    return `${moving}Pin the full commit SHA (uses: ${name}@<40-hex sha> # ${at}) so a review of this workflow stays valid.`
  // the release that is running: its tag is the readable fixed form
  return (
    `${moving}Use this release's tag, which cannot (uses: ${name}@v${VERSION}), or the full commit SHA ` +
    `(uses: ${name}@<40-hex sha> # v${VERSION}), so a review of this workflow stays valid.`
  )
}
