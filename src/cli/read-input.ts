// Reads what an option names: a file, or standard input for '-'. Bounded, so a wrong path
// (a device, a huge log) ends in one clear line instead of a hang or an out-of-memory crash.
import { InputFileError, readBoundedFile } from '../inputs/files.js'
import { CliError } from './errors.js'

export const MAX_INPUT_BYTES = 1024 * 1024

export interface InputSource {
  /** `maxBytes` defaults to MAX_INPUT_BYTES */
  readFile(path: string, maxBytes?: number): string
  readStdin(maxBytes?: number): Promise<string>
}

export const realInputs: InputSource = {
  readFile(path, maxBytes = MAX_INPUT_BYTES) {
    // Bounded by the read itself, not by what stat says: /proc files report size 0, and a file
    // may grow after it was looked at.
    try {
      return readBoundedFile(path, maxBytes)
    } catch (e) {
      if (e instanceof InputFileError)
        throw Object.assign(new Error(e.message), { code: e.code === 'EFBIG' ? 'ETOOBIG' : 'ENOTFILE' })
      throw e
    }
  },
  async readStdin(maxBytes = MAX_INPUT_BYTES) {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length
      if (size > maxBytes) throw Object.assign(new Error('too large'), { code: 'ETOOBIG' })
      chunks.push(chunk as Buffer)
    }
    return Buffer.concat(chunks).toString('utf8')
  }
}

/** `option` names the flag for messages, e.g. '--claims'. */
export async function readInput(
  option: string,
  spec: string,
  io: InputSource,
  limit: { bytes: number; advice: string } = { bytes: MAX_INPUT_BYTES, advice: 'give the claims or the policy alone' }
): Promise<string> {
  try {
    return spec === '-' ? await io.readStdin(limit.bytes) : io.readFile(spec, limit.bytes)
  } catch (e) {
    throw new CliError(`${option}: ${readProblem(spec, (e as NodeJS.ErrnoException).code, limit)}`)
  }
}

function readProblem(spec: string, code: string | undefined, limit: { bytes: number; advice: string }): string {
  const where = spec === '-' ? 'standard input' : `'${spec}'`
  switch (code) {
    case 'ENOENT':
      return `no such file ${where}`
    case 'EACCES':
      return `cannot read ${where} (permission denied)`
    case 'EISDIR':
    case 'ENOTFILE':
      return `${where} is not a regular file`
    case 'ETOOBIG':
      return `${where} is larger than ${limit.bytes / 1024} KiB; ${limit.advice}`
    default:
      return `cannot read ${where}${code ? ` (${code})` : ''}`
  }
}
