// The built action with random inputs: it ends with exit 0 or 1 and a code, never a crash.
import { describe, expect, it } from '@jest/globals'
import { play } from '../../emulator/play.js'
import { CODES } from '../../src/diagnosis/catalogue.js'
import { INPUT_NAMES } from '../../src/inputs/index.js'

const PIECES = [
  'x',
  '::error::boom',
  '\n',
  '{',
  '"',
  'arn:aws:iam::123456789012:role/deploy',
  'eu-west-1',
  'true',
  '99999',
  '%0A',
  '<script>',
  'ü',
  ','
]

describe('fuzzed inputs against dist/', () => {
  it('never crash, print a stack trace or start a workflow command', async () => {
    let seed = 7
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let i = 0; i < 12; i++) {
      const inputs: Record<string, string> = {}
      for (const name of INPUT_NAMES)
        if (rand() < 0.3)
          inputs[name] = Array.from(
            { length: 1 + Math.floor(rand() * 4) },
            () => PIECES[Math.floor(rand() * PIECES.length)]
          ).join('')
      const { result: r } = await play({
        name: `fuzz-${i}`,
        code: '',
        description: '',
        inputs,
        expect: [],
        withinSeconds: 30
      })
      const context = JSON.stringify(inputs)
      expect({ context, exit: r.exitCode === 0 || r.exitCode === 1 }).toEqual({ context, exit: true })
      if (r.exitCode === 1)
        expect({ context, code: CODES.includes(r.outputs.diagnosis as never) }).toEqual({ context, code: true })
      expect({ context, stderr: r.stderr }).toEqual({ context, stderr: '' })
      expect({ context, stack: /^\s+at .+:\d+:\d+\)?$/m.test(r.log) }).toEqual({ context, stack: false })
      expect({
        context,
        cmds: r.commands.filter(
          (c) => !['add-mask', 'group', 'endgroup', 'error', 'warning', 'debug'].includes(c.command)
        )
      }).toEqual({ context, cmds: [] })
      expect({ context, errors: r.commands.filter((c) => c.command === 'error').length }).toEqual({
        context,
        errors: r.exitCode
      })
    }
  }, 120_000)
})
