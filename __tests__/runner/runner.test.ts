import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { inputEnvName, parseKeyValueFile, runAction, type RunResult } from '../../emulator/runner.js'
import { HANGING_ACTION, MISBEHAVING_ACTION, REPORTING_ACTION, makeFixtures, type Fixtures } from './fixtures.js'

interface Report {
  env: Record<string, string>
  cwd: string
  token: string | null
  event: {
    ref?: string
    after?: string
    number?: number
    repository?: { full_name?: string }
    pull_request?: {
      number?: number
      head?: { ref?: string; repo?: { full_name?: string } }
      base?: { ref?: string; repo?: { full_name?: string } }
    }
  }
}

function reportOf(result: RunResult): Report {
  const line = result.stdout.split('\n').find((l) => l.startsWith('report='))
  if (!line) throw new Error(`no report in output:\n${result.log}`)
  return JSON.parse(line.slice('report='.length)) as Report
}

const HOST_VARS: Record<string, string> = {
  AWS_ACCESS_KEY_ID: 'AKIAHOSTHOSTHOSTHOST',
  AWS_SECRET_ACCESS_KEY: 'host-secret',
  AWS_REGION: 'eu-north-1',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://host.example/token',
  GITHUB_TOKEN: 'ghp_host',
  INPUT_AUDIENCE: 'host-audience',
  NODE_OPTIONS: '--max-old-space-size=64'
}

let fixtures: Fixtures
let reporting: string
const saved: Record<string, string | undefined> = {}

beforeAll(() => {
  fixtures = makeFixtures()
  reporting = fixtures.write('reporting.mjs', REPORTING_ACTION)
  for (const [k, v] of Object.entries(HOST_VARS)) {
    saved[k] = process.env[k]
    process.env[k] = v
  }
})

afterAll(() => {
  fixtures.cleanup()
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
})

describe('runAction with a reporting fixture', () => {
  let result: RunResult
  let report: Report

  beforeAll(async () => {
    result = await runAction({
      entry: reporting,
      inputs: { 'role-to-assume': 'arn:aws:iam::123456789012:role/deploy', 'aws-region': '' },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req-token',
        FIXTURE_EXIT: '3'
      },
      files: { 'tokens/id.jwt': 'header.payload.signature' },
      github: { repository: 'acme/infra', runId: '42' }
    })
    report = reportOf(result)
  })

  it('runs the entry on Node 24, in the workspace, with its exit code', () => {
    expect(result.stdout).toMatch(/^node=v24\./m)
    expect(result.exitCode).toBe(3)
    expect(result.timedOut).toBe(false)
    expect(report.cwd).toBe(report.env.GITHUB_WORKSPACE)
    expect(result.durationMs).toBeGreaterThan(0)
  })

  it('passes inputs as INPUT_<NAME> with action.yml defaults, keeping hyphens and empty values', () => {
    expect(inputEnvName('role-to-assume')).toBe('INPUT_ROLE-TO-ASSUME')
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT')
    expect(report.env['INPUT_ROLE-TO-ASSUME']).toBe('arn:aws:iam::123456789012:role/deploy')
    expect(report.env['INPUT_AWS-REGION']).toBe('')
    expect(report.env['INPUT_ROLE-DURATION-SECONDS']).toBe('3600')
    expect(report.env['INPUT_REDACT-CLAIMS']).toBe('jti')
    expect(report.env['INPUT_ROLE-SESSION-NAME']).toBe('')
  })

  it('does not inherit host AWS_/ACTIONS_/GITHUB_/INPUT_/NODE_OPTIONS variables', () => {
    const keys = Object.keys(report.env)
    expect(keys.filter((k) => k.startsWith('AWS_'))).toEqual([])
    expect(report.env.NODE_OPTIONS).toBeUndefined()
    expect(report.env.GITHUB_TOKEN).toBeUndefined()
    // the host's INPUT_AUDIENCE must not win over the action.yml default
    expect(report.env.INPUT_AUDIENCE).toBe('sts.amazonaws.com')
    // explicitly given env does get through
    expect(report.env.ACTIONS_ID_TOKEN_REQUEST_URL).toBe('http://127.0.0.1:1/token')
    expect(report.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN).toBe('req-token')
    expect(report.env.PATH).toBe(process.env.PATH)
  })

  it('sets the runner environment and the GitHub context', () => {
    const env = report.env
    expect(env).toMatchObject({
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_ENVIRONMENT: 'github-hosted',
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql'
    })
    expect(env.GITHUB_SHA).toMatch(/^[0-9a-f]{40}$/)
    for (const k of [
      'RUNNER_TEMP',
      'GITHUB_WORKSPACE',
      'GITHUB_ENV',
      'GITHUB_OUTPUT',
      'GITHUB_STATE',
      'GITHUB_PATH',
      'GITHUB_STEP_SUMMARY',
      'GITHUB_EVENT_PATH'
    ]) {
      expect(env[k]?.startsWith(result.workdir)).toBe(true)
    }
    expect(report.event.repository?.full_name).toBe('acme/infra')
    expect(report.event.after).toBe(env.GITHUB_SHA)
  })

  it('writes the requested files into the workspace', () => {
    expect(report.token).toBe('header.payload.signature')
  })

  it('parses GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_PATH and the step summary', () => {
    expect(result.env).toEqual({ SIMPLE_VAR: 'a=b', MULTI_VAR: 'line one\nline two' })
    expect(result.outputs).toEqual({
      subject: 'repo:octo-org/octo-repo:ref:refs/heads/main',
      claims: '{"aud":\r\n"sts"}',
      empty: ''
    })
    expect(result.state).toEqual({ cleanup: 'yes' })
    expect(result.path).toEqual(['/opt/tool/bin', '/opt/other'])
    expect(result.summary).toBe('### Summary\n| claim | value |\n')
    expect(result.runnerMessages).toEqual([])
  })

  it('collects masks and decoded workflow commands, with stderr in the combined log', () => {
    expect(result.masks).toEqual(['s3cr3t-value'])
    expect(result.commands.map((c) => c.command)).toEqual([
      'add-mask',
      'group',
      'endgroup',
      'warning',
      'error',
      'notice',
      'debug'
    ])
    expect(result.commands.find((c) => c.command === 'warning')?.message).toBe('careful\nnow')
    expect(result.commands.find((c) => c.command === 'error')).toEqual({
      command: 'error',
      properties: { title: 'Access denied, sts: AssumeRole', file: 'src/a.ts', line: '3' },
      // like the runner, data decodes only %0D %0A %25 (properties also %3A %2C)
      message: 'AccessDenied: not authorized 100% %3A'
    })
    expect(result.stderr).toBe('on stderr\n')
    expect(result.stdout).not.toContain('on stderr')
    const log = result.log.split('\n')
    expect(log.indexOf('on stderr')).toBeGreaterThan(log.indexOf('::warning::careful%0Anow'))
    expect(log.indexOf('on stderr')).toBeLessThan(log.indexOf('::notice::done'))
  })

  it('removes the temp dir afterwards', () => {
    expect(existsSync(result.workdir)).toBe(false)
  })
})

describe('runAction', () => {
  it('kills a hanging entry at timeoutMs', async () => {
    const entry = fixtures.write('hanging.mjs', HANGING_ACTION)
    const result = await runAction({ entry, timeoutMs: 800 })
    expect(result.timedOut).toBe(true)
    expect(result.exitCode).toBeNull()
    expect(result.signal).toBe('SIGKILL')
    expect(result.log).toBe('started\n')
    expect(result.durationMs).toBeGreaterThanOrEqual(700)
    expect(result.durationMs).toBeLessThan(5000)
  })

  it('builds a same-repo pull_request payload and ref', async () => {
    const result = await runAction({ entry: reporting, github: { eventName: 'pull_request' }, keepWorkdir: true })
    try {
      const { env, event } = reportOf(result)
      expect(env.GITHUB_REF).toBe('refs/pull/1/merge')
      expect(env.GITHUB_REF_NAME).toBe('1/merge')
      expect(env.GITHUB_HEAD_REF).toBe(event.pull_request?.head?.ref)
      expect(env.GITHUB_BASE_REF).toBe('main')
      expect(event.pull_request?.number).toBe(1)
      expect(event.pull_request?.head?.repo?.full_name).toBe('octo-org/octo-repo')
      expect(event.pull_request?.base?.repo?.full_name).toBe('octo-org/octo-repo')
      expect(existsSync(join(result.workdir, 'workspace'))).toBe(true)
    } finally {
      rmSync(result.workdir, { recursive: true, force: true })
    }
  })

  it('uses a given event payload as-is', async () => {
    const result = await runAction({
      entry: reporting,
      github: { eventName: 'workflow_dispatch' },
      eventPayload: { inputs: { x: '1' } }
    })
    expect(reportOf(result).event).toEqual({ inputs: { x: '1' } })
  })

  it('reports what the runner would: blocked NODE_OPTIONS, bad heredoc, disabled and deprecated commands, unexpected inputs', async () => {
    const entry = fixtures.write('misbehaving.mjs', MISBEHAVING_ACTION)
    const result = await runAction({ entry, inputs: { bogus: 'x', 'aws-access-key-id': 'AKIA' } })
    expect(result.exitCode).toBe(0)
    expect(result.env).toEqual({ OK: '1' })
    expect(result.outputs).toEqual({ legacy: 'old\nstyle', good: '1' })
    expect(result.masks).toEqual([])
    const messages = result.runnerMessages.map((m) => `${m.level}: ${m.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^warning: Unexpected input\(s\) 'bogus', valid inputs are \['role-to-assume', /),
        expect.stringMatching(/^warning: Input 'aws-access-key-id' has been deprecated with message: /),
        expect.stringMatching(/^warning: The `set-output` command is deprecated/),
        expect.stringMatching(/^error: The `set-env` command is disabled/),
        "warning: Can't add secret mask for empty string in ##[add-mask] command.",
        "error: Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
        "error: Unable to process file command 'output' successfully. Invalid value. Matching delimiter not found 'EOF'"
      ])
    )
    expect(messages).toHaveLength(7)
  })

  it('processes legacy ##[ commands anywhere in a line, and stop-commands, as the runner does', async () => {
    const entry = fixtures.write(
      'legacy.mjs',
      [
        "console.log('claim: x ##[add-mask]legacy-secret')",
        "console.log('value ##[set-output name=legacy%3Bout]v%5D')",
        "console.log('deploy ##[stop-commands]pwn')",
        "console.log('::add-mask::shown-not-masked')",
        "console.log('::error::not an annotation')",
        "console.log('resume ##[pwn]')",
        "console.log('::add-mask::masked-again')"
      ].join('\n')
    )
    const result = await runAction({ entry })
    expect(result.masks).toEqual(['legacy-secret', 'masked-again'])
    expect(result.outputs).toEqual({ 'legacy;out': 'v]' })
    expect(result.commands.map((c) => c.command)).toEqual(['add-mask', 'set-output', 'stop-commands', 'add-mask'])
  })

  it('rejects a missing entry and files outside the workspace', async () => {
    await expect(runAction({ entry: join(fixtures.dir, 'nope.mjs') })).rejects.toThrow(/does not exist/)
    await expect(runAction({ entry: reporting, files: { '../escape.txt': 'x' } })).rejects.toThrow(
      /inside the workspace/
    )
  })
})

describe('parseKeyValueFile', () => {
  it('parses name=value and heredoc entries like the runner', () => {
    const text = 'A=1\n\nB=x<<y\nC<<EOF\nl1\r\nl2\nEOF\nD<<E=F\nv\nE=F\n'
    expect(parseKeyValueFile(text)).toEqual({ values: { A: '1', B: 'x<<y', C: 'l1\r\nl2', D: 'v' } })
  })

  it('stops at the first malformed entry', () => {
    expect(parseKeyValueFile('A=1\nnonsense\nB=2\n')).toEqual({
      values: { A: '1' },
      error: "Invalid format 'nonsense'"
    })
    expect(parseKeyValueFile('=1\n').error).toMatch(/Name must not be empty/)
    expect(parseKeyValueFile('X<<EOF\nv').error).toMatch(/EOF marker missing new line/)
    expect(parseKeyValueFile('X<<EOF\nv\n').error).toMatch(/Matching delimiter not found 'EOF'/)
  })
})
