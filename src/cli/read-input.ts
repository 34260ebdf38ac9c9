// Reads what an option names: a file, or standard input for '-'. Bounded, so a wrong path
// (a device, a huge log) ends in one clear line instead of a hang or an out-of-memory crash.
import { InputFileError, readBoundedFile } from '../inputs/files.js'
import { CliError } from './errors.js'

export const MAX_INPUT_BYTES = 1024 * 1024

export interface InputSource {
  readFile(path: string): string
  readStdin(): Promise<string>
}

export const realInputs: InputSource = {
  readFile(path) {
    // Bounded by the read itself, not by what stat says: /proc files report size 0, and a file
    // may grow after it was looked at.
    try {
      return readBoundedFile(path, MAX_INPUT_BYTES)
    } catch (e) {
      if (e instanceof InputFileError)
        throw Object.assign(new Error(e.message), { code: e.code === 'EFBIG' ? 'ETOOBIG' : 'ENOTFILE' })
      throw e
    }
  },
  async readStdin() {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length
      if (size > MAX_INPUT_BYTES) throw Object.assign(new Error('too large'), { code: 'ETOOBIG' })
      chunks.push(chunk as Buffer)
    }
    return Buffer.concat(chunks).toString('utf8')
  }
}

/** `option` names the flag for messages, e.g. '--claims'. */
export async function readInput(option: string, spec: string, io: InputSource): Promise<string> {
  try {
    return spec === '-' ? await io.readStdin() : io.readFile(spec)
  } catch (e) {
    throw new CliError(`${option}: ${readProblem(spec, (e as NodeJS.ErrnoException).code)}`)
  }
}

function readProblem(spec: string, code: string | undefined): string {
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
      return `${where} is larger than ${MAX_INPUT_BYTES / 1024} KiB; give the claims or the policy alone`
    default:
      return `cannot read ${where}${code ? ` (${code})` : ''}`
  }
}
