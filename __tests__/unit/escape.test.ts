import { describe, expect, it } from '@jest/globals'
import { parseCommandLine } from '../../emulator/log-view.js'
import type { CoreApi } from '../../src/output/core-api.js'
import { linesSafe, logSafe, markdownCode } from '../../src/output/escape.js'
import { guardedCore } from '../../src/output/log-guard.js'

const HOSTILE = [
  'deploy ##[stop-commands]pwn',
  '  ::add-mask::x',
  '\u00a0\u3000::error::x',
  '##[##[error]]',
  'a\n::error::b\r##[add-mask]c',
  'safe\u202egnp.exe\u202c \u2066x\u2069 \u200b\u200d\ufeff\u2060 \u001b[31m \u009b \u{e0041}',
  '#\u200b#[error]x'
]

describe('logSafe', () => {
  it('[S3][S4] leaves no command of either form, and no hidden character', () => {
    for (const v of HOSTILE) {
      const out = logSafe(v)
      expect(out).not.toContain('##[')
      expect(out).not.toMatch(/^\s*::/)
      expect(out).not.toMatch(/[\n\r\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff\u009b]|\p{Cc}/u)
      expect(parseCommandLine(out)).toBeNull()
    }
  })

  it('escapes visibly and is idempotent', () => {
    expect(logSafe('deploy ##[stop-commands]pwn')).toBe('deploy ##\\[stop-commands]pwn')
    expect(logSafe('  ::add-mask::x')).toBe('  \\::add-mask::x')
    expect(logSafe('safe\u202egnp\u200b\u{e0041}')).toBe('safe\\u202egnp\\u200b\\u{e0041}')
    for (const v of HOSTILE) expect(logSafe(logSafe(v))).toBe(logSafe(v))
    expect(logSafe('C:\\path ok: a::b')).toBe('C:\\path ok: a::b')
  })

  it('linesSafe keeps the line breaks and makes each line safe', () => {
    expect(linesSafe('ok\n::error::x\nb ##[add-mask]y')).toBe('ok\n\\::error::x\nb ##\\[add-mask]y')
  })
})

describe('markdownCode', () => {
  it('fences with more backticks than the text holds and escapes table pipes', () => {
    expect(markdownCode('a|b')).toBe('`a\\|b`')
    expect(markdownCode('x `y` ``z')).toBe('```x `y` ``z```')
    expect(markdownCode('`edge')).toBe('`` `edge ``')
    expect(markdownCode('')).toBe('')
  })
})

describe('guardedCore', () => {
  it('[S3] makes every printed message, group title and annotation title safe', () => {
    const seen: string[] = []
    const record =
      (kind: string) =>
      (m: string | Error, p?: { title?: string }): void => {
        seen.push(`${kind}|${String(m)}|${p?.title ?? ''}`)
      }
    const core = guardedCore({
      info: record('info'),
      debug: record('debug'),
      notice: record('notice'),
      warning: record('warning'),
      error: record('error'),
      startGroup: record('group')
    } as unknown as CoreApi)
    core.info('a ##[stop-commands]t\n::add-mask::x')
    core.debug('##[error]d')
    core.startGroup('g ##[group]\u202e')
    core.warning(new Error('w ##[add-mask]s'), { title: 't ##[error]' })
    core.error('e\u200b', { title: '::x' })
    core.notice('n', { title: 'plain' })
    expect(seen).toEqual([
      'info|a ##\\[stop-commands]t\n\\::add-mask::x|',
      'debug|##\\[error]d|',
      'group|g ##\\[group]\\u202e|',
      'warning|Error: w ##\\[add-mask]s|t ##\\[error]',
      'error|e\\u200b|\\::x',
      'notice|n|plain'
    ])
  })
})
