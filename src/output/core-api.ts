// The parts of @actions/core the action uses: injected, so tests pass typed fixtures.
import type * as core from '@actions/core'

export type CoreApi = Pick<
  typeof core,
  | 'getInput'
  | 'info'
  | 'warning'
  | 'error'
  | 'notice'
  | 'debug'
  | 'startGroup'
  | 'endGroup'
  | 'setSecret'
  | 'exportVariable'
  | 'setOutput'
  | 'saveState'
  | 'getIDToken'
> & {
  summary: Pick<typeof core.summary, 'addRaw' | 'write'>
}
