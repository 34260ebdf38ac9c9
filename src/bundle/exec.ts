// Stands in for `@actions/exec` in the bundle only (tsconfig.json "paths"; the tests load the real
// one). @actions/core's `platform` namespace imports it at its top level; only
// core.platform.getDetails() runs it, and this action never calls that (it starts no process).
// Leaving it out keeps @actions/exec and @actions/io (~0.05 MB) out of dist/; a caller that does
// run a command gets this error instead of a silent no-op.
import type { ExecOptions, ExecOutput } from '../../node_modules/@actions/exec/lib/interfaces.js'

function notBundled(commandLine: string): Error {
  return new Error(
    `@actions/exec is not bundled with this action: it cannot run ${JSON.stringify(commandLine)} ` +
      '(core.platform.getDetails() is unavailable; see src/bundle/exec.ts)'
  )
}

export async function exec(commandLine: string, _args?: string[], _options?: ExecOptions): Promise<number> {
  throw notBundled(commandLine)
}

export async function getExecOutput(
  commandLine: string,
  _args?: string[],
  _options?: ExecOptions
): Promise<ExecOutput> {
  throw notBundled(commandLine)
}
