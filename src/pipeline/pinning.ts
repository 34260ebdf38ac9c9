// Supply-chain reviews ask for actions pinned by full commit SHA: a tag or branch can be moved to
// other code after the review. The runner tells the action how the workflow referenced it.

import { logSafe } from '../output/escape.js'

const FULL_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/

/** One short warning when the step uses this action by a tag or branch; nothing for a SHA or a local path. */
export function unpinnedRefWarning(env: Record<string, string | undefined>): string | undefined {
  const ref = env.GITHUB_ACTION_REF
  const repo = env.GITHUB_ACTION_REPOSITORY
  if (!ref || !repo || FULL_SHA.test(ref)) return undefined
  const [name, at] = [logSafe(repo), logSafe(ref)]
  return (
    `This step uses ${name}@${at}, a tag or branch that can move. ` +
    `Pin the full commit SHA (uses: ${name}@<40-hex sha> # ${at}) so a review of this workflow stays valid.`
  )
}
