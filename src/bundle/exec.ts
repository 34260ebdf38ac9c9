// Stands in for `@actions/exec` in the bundle only (tsconfig.json "paths"). @actions/core's
// `platform` namespace imports it at its top level, which loads child_process and @actions/io
// on every run; only core.platform.getDetails() runs it, and this action never calls that.
// The real module is loaded on first use, so anything that does call it behaves the same.
import type { ExecOptions, ExecOutput } from '../../node_modules/@actions/exec/lib/interfaces.js'

const load = () => import('../../node_modules/@actions/exec/lib/exec.js')

export async function exec(commandLine: string, args?: string[], options?: ExecOptions): Promise<number> {
  return (await load()).exec(commandLine, args, options)
}

export async function getExecOutput(commandLine: string, args?: string[], options?: ExecOptions): Promise<ExecOutput> {
  return (await load()).getExecOutput(commandLine, args, options)
}
