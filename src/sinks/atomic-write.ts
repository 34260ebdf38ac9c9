// Files the sinks write are replaced whole: written 0600 beside the target and renamed over it,
// so a reader (the AWS CLI, an SDK, the next credential process) never sees half a file.
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

export function writeFileAtomically(file: string, text: string, encoding: BufferEncoding): void {
  // unique enough with 'wx', which never opens an existing file (nor follows a link there); no
  // node:crypto, which the credential process's cache hit does not load
  const unique = `${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 10)}`
  const temp = join(dirname(file), `.${basename(file)}.${unique}.tmp`)
  const fd = openSync(temp, 'wx', 0o600)
  try {
    writeSync(fd, text, null, encoding)
  } finally {
    closeSync(fd)
  }
  try {
    renameSync(temp, file)
  } catch (e) {
    unlinkSync(temp)
    throw e
  }
}
