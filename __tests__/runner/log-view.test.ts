import { describe, expect, it } from '@jest/globals'
import { parseCommandLine, parseCommands, renderLog } from '../../emulator/log-view.js'

describe('parseCommandLine', () => {
  it('decodes properties and data like the runner', () => {
    expect(parseCommandLine('  ::error title=A%3A B%2C C,file=x.ts,line=,=v::m%0Aline 2%25 %3A\r')).toEqual({
      command: 'error',
      properties: { title: 'A: B, C', file: 'x.ts' },
      message: 'm\nline 2% %3A'
    })
    expect(parseCommandLine('::endgroup::')).toEqual({ command: 'endgroup', properties: {}, message: '' })
  })

  it('rejects lines that are not commands', () => {
    expect(parseCommandLine('plain ::error::x')).toBeNull()
    expect(parseCommandLine('::error no end')).toBeNull()
    expect(parseCommandLine(':: ::x')).toBeNull()
  })

  it('finds the legacy ##[ form anywhere in a line when the :: form does not parse', () => {
    expect(parseCommandLine('  sub  deploy ##[stop-commands]pwn')).toEqual({
      command: 'stop-commands',
      properties: {},
      message: 'pwn'
    })
    expect(parseCommandLine('x ##[set-output name=a%3Bb;;=v;k=]v%5D%0A%25')).toEqual({
      command: 'set-output',
      properties: { name: 'a;b' },
      message: 'v]\n%'
    })
    expect(parseCommandLine('##[ADD-MASK]secret')).toEqual({ command: 'add-mask', properties: {}, message: 'secret' })
    // an unregistered :: command falls through to the legacy form later in the line
    expect(parseCommandLine('::frobnicate::##[error]e')?.command).toBe('error')
    // a registered :: command wins; the legacy form is not tried
    expect(parseCommandLine('::notice::##[error]e')).toEqual({
      command: 'notice',
      properties: {},
      message: '##[error]e'
    })
  })

  it('parses neither form when the name is not registered or the bracket is not closed', () => {
    expect(parseCommandLine('::frobnicate::x')).toBeNull()
    expect(parseCommandLine('a ##[error no end')).toBeNull()
    expect(parseCommandLine('a ##[pwn]x')).toBeNull()
    expect(parseCommandLine('a ##\\[error]x')).toBeNull()
    expect(parseCommandLine('\\::error::x')).toBeNull()
    expect(parseCommandLine('\u00a0\u2003::error::x')?.command).toBe('error')
  })

  it('reads lines split by a lone carriage return, as the runner does', () => {
    expect(parseCommands('text\r::add-mask::s\n').map((c) => c.message)).toEqual(['s'])
  })

  it('honours a legacy stop-commands and resumes only on its token, in either form', () => {
    const log = ['a ##[stop-commands]pwn', '::add-mask::secret', '##[error]no', 'b ##[PWN]', '::add-mask::k2', ''].join(
      '\n'
    )
    expect(parseCommands(log).map((c) => `${c.command}:${c.message}`)).toEqual(['stop-commands:pwn', 'add-mask:k2'])
    expect(renderLog(log)).toBe(['::add-mask::secret', '##[error]no', ''].join('\n'))
  })

  it('stays stopped for good after stop-commands with an empty token', () => {
    expect(parseCommands('::stop-commands::\n::add-mask::s\n::error::e\n').map((c) => c.command)).toEqual([
      'stop-commands'
    ])
  })

  it('honours stop-commands', () => {
    const log = '::stop-commands::tok\n::error::not a command\n::tok::\n::notice::yes\n'
    expect(parseCommands(log).map((c) => c.command)).toEqual(['stop-commands', 'notice'])
  })
})

describe('renderLog', () => {
  it('hides add-mask lines and masks later occurrences, longest value first', () => {
    const log = ['before abcdef', '::add-mask::abc', 'x abc y', '::add-mask::abcdef', 'z abcdef abc', ''].join('\n')
    expect(renderLog(log)).toBe(['before abcdef', 'x *** y', 'z *** ***', ''].join('\n'))
  })

  it('masks decoded multi-line values line by line, and initial masks', () => {
    const log = '::add-mask::first%0Asecond\nsecond and first and pre\n'
    expect(renderLog(log, { masks: ['pre'] })).toBe('*** and *** and ***\n')
  })

  it('renders groups with indented contents', () => {
    const log = 'a\n::group::Claims\nsub: repo:x\n::warning::w\n::endgroup::\nb'
    expect(renderLog(log)).toBe('a\n▶ Claims\n  sub: repo:x\n  Warning: w\nb')
  })

  it('renders annotations with decoded title and message, masked', () => {
    const log = [
      '::add-mask::123456789012',
      '::error title=Access denied%3A sts,file=src/index.ts,line=4::Role arn:aws:iam::123456789012:role/x%0Anot assumable',
      '::warning::careful',
      '::notice title=Done::ok',
      '::error::bare'
    ].join('\n')
    expect(renderLog(log).split('\n')).toEqual([
      'Error: Access denied: sts: Role arn:aws:iam::***:role/x',
      'not assumable',
      'Warning: careful',
      'Notice: Done: ok',
      'Error: bare'
    ])
  })

  it('hides debug, set-output and save-state; shows unknown commands as-is', () => {
    const log = '::debug::dbg\n::set-output name=a::1\n::save-state name=b::2\n::frobnicate::x\nend\n'
    expect(renderLog(log)).toBe('::frobnicate::x\nend\n')
    expect(renderLog(log, { debug: true })).toBe('Debug: dbg\n::frobnicate::x\nend\n')
  })

  it('shows lines between stop-commands and its token unprocessed', () => {
    expect(renderLog('::stop-commands::t1\n::error::raw\n::t1::\n::error::cooked\n')).toBe(
      '::error::raw\nError: cooked\n'
    )
  })

  it('colours errors, warnings and group titles on request', () => {
    const out = renderLog('::group::G\n::error::e\n::endgroup::\n::warning::w\n', { color: true })
    expect(out).toBe('\x1b[1m▶ G\x1b[0m\n  \x1b[31mError: e\x1b[0m\n\x1b[33mWarning: w\x1b[0m\n')
    expect(renderLog('::error::e\n')).not.toContain('\x1b[')
  })
})
