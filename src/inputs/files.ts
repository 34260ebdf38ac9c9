// Files named by inputs (web-identity-token-file, trust-policy) are read bounded: only regular
// files, and at most a given size. /dev/zero would grow memory without bound, and a FIFO would
// block the step forever: a synchronous read cannot be cut short by action-timeout-s, so the
// read must end quickly by construction (no waiting on a writer, a small regular file only).
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'
import { isAbsolute, relative } from 'node:path'

/**
 * A trust policy file: IAM stores at most 4,096 characters (get-role output adds a little), but
 * generated test policies run to thousands of statements; 1 MiB holds those and stays cheap.
 */
export const MAX_POLICY_FILE_BYTES = 1024 * 1024

const READ_CHUNK_BYTES = 64 * 1024

/** A refusal that says why in words (the message), with a stable code for callers. */
export class InputFileError extends Error {
  constructor(
    readonly code: 'ENOTREG' | 'EFBIG',
    message: string
  ) {
    super(message)
    this.name = 'InputFileError'
  }
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory'
  if (st.isFIFO()) return 'a named pipe (FIFO)'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isBlockDevice()) return 'a block device'
  if (st.isSocket()) return 'a socket'
  return 'not a regular file'
}

/**
 * The file's text (UTF-8), read only if it is a regular file of at most `maxBytes` bytes.
 * Opened non-blocking, so a FIFO is refused at once instead of waiting for a writer; a file
 * that grows while it is read is still cut at `maxBytes + 1` bytes and refused.
 * Throws fs errors (ENOENT, EACCES, ...) or an InputFileError.
 */
export function readBoundedFile(path: string, maxBytes: number): string {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) throw new InputFileError('ENOTREG', `is ${kindOf(st)}, not a regular file`)
    const tooLarge = (): InputFileError =>
      new InputFileError('EFBIG', `is larger than ${maxBytes} bytes, the most this input reads`)
    if (st.size > maxBytes) throw tooLarge()
    // Whole chunks (some /proc files refuse reads of other sizes), until one byte past the limit.
    const buffer = Buffer.alloc(maxBytes + READ_CHUNK_BYTES)
    let length = 0
    while (length <= maxBytes) {
      const n = readSync(fd, buffer, length, READ_CHUNK_BYTES, null)
      if (n === 0) break
      length += n
    }
    if (length > maxBytes) throw tooLarge()
    return buffer.toString('utf8', 0, length)
  } finally {
    closeSync(fd)
  }
}

/** Why an input file could not be read, as words for an error message. */
export function readFailure(e: unknown): string {
  if (e instanceof InputFileError) return e.message
  const code = (e as NodeJS.ErrnoException).code
  return code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`
}

/** `'given'`, plus where it resolves when that is outside the workspace (`../../etc/passwd`). */
export function shownPath(given: string, resolved: string, workspace: string | undefined): string {
  if (!workspace) return `'${given}'`
  const rel = relative(workspace, resolved)
  const outside = rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || isAbsolute(rel)
  return outside ? `'${given}' (${resolved}, outside GITHUB_WORKSPACE)` : `'${given}'`
}
