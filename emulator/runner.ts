// Runs the built action the way a GitHub-hosted runner runs a `node24` JavaScript
// action: a fresh workspace and RUNNER_TEMP, the file-command files, the event
// payload, INPUT_* variables with action.yml defaults, the GITHUB_* / RUNNER_*
// environment (and nothing inherited from the host beyond PATH/LANG/TZ and the tests'
// NODE_COMPILE_CACHE, which only spares recompiling the same bundle; HOME is a fresh
// directory, so an action writing ~/.aws never touches the host's),
// then `node24 <entry>` with cwd = workspace. Afterwards the file commands and the
// workflow commands in the output are parsed into a RunResult.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { StringDecoder } from 'node:string_decoder'
import { parse as parseYaml } from 'yaml'
import { parseKeyValueFile } from './file-commands.js'
import { defaultEventPayload, refName, resolveGitHubContext, type GitHubContext } from './github-context.js'
import { parseCommands, type WorkflowCommand } from './log-view.js'
import { node24Path, repoRoot } from './node24.js'

export type { WorkflowCommand } from './log-view.js'
export type { GitHubContext } from './github-context.js'
export { parseKeyValueFile } from './file-commands.js'

export interface RunOptions {
  /** Step `with:` inputs, by the names declared in action.yml. */
  inputs?: Record<string, string>
  /** Extra environment, applied last (a value of `undefined` removes a variable). */
  env?: Record<string, string | undefined>
  github?: Partial<GitHubContext>
  /** GITHUB_EVENT_PATH contents; a realistic payload is built when omitted. */
  eventPayload?: object
  /** Files written into the workspace, by path relative to it. */
  files?: Record<string, string>
  /** Script to run; default `<repo>/dist/index.js`. */
  entry?: string
  /** Directory holding action.yml (defaults, GITHUB_ACTION_PATH); default the repository root. */
  actionDir?: string
  /** SIGKILL the action after this many milliseconds; default 120000. */
  timeoutMs?: number
  /** Keep the temp dir (RunResult.workdir) instead of removing it. */
  keepWorkdir?: boolean
  /** Step debug logging: sets RUNNER_DEBUG=1 (core.isDebug()). */
  debug?: boolean
  /** Start reading the action's output only after this many milliseconds, as a busy runner may:
   *  the pipe fills, and output the process has not flushed when it ends is lost. */
  readDelayMs?: number
  /** Called for every complete output line as it arrives (for live display). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void
  /** Saved state of the main step, given to a post entry as STATE_<name> (as the runner does). */
  state?: Record<string, string>
  /** A program and its arguments run in front of `node <entry>`, e.g. a resource timer (the benchmark). */
  wrapper?: string[]
}

/** Something the runner itself would have reported around the step (not printed by the action). */
export interface RunnerMessage {
  level: 'warning' | 'error'
  message: string
}

/** What the child process did. */
export interface Captured {
  /** Exit code, or null when killed by a signal. */
  exitCode: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  durationMs: number
  stdout: string
  stderr: string
  /** stdout and stderr lines interleaved in the order received. */
  log: string
}

/** What the child did, and what the runner made of it. */
export interface RunResult extends Captured {
  /** Variables exported for later steps (GITHUB_ENV, plus `::set-env` when unsecure commands are allowed). */
  env: Record<string, string>
  /** Step outputs (GITHUB_OUTPUT, plus deprecated `::set-output`). */
  outputs: Record<string, string>
  /** Saved state (GITHUB_STATE, plus deprecated `::save-state`). */
  state: Record<string, string>
  /** GITHUB_PATH entries, in file order. */
  path: string[]
  /** Contents of GITHUB_STEP_SUMMARY. */
  summary: string
  /** Values registered with `::add-mask::`, decoded, in order. */
  masks: string[]
  /** Every workflow command line in the log, decoded. */
  commands: WorkflowCommand[]
  /** Warnings/errors the runner would add: bad file commands, disabled or deprecated commands, unexpected or deprecated inputs. */
  runnerMessages: RunnerMessage[]
  /** The temp dir (removed unless keepWorkdir). */
  workdir: string
  /** HOME of the step (inside workdir unless env.HOME was given) */
  home: string
}

interface ActionInput {
  default?: string
  required?: boolean
  deprecationMessage?: string
}

const DEFAULT_TIMEOUT_MS = 120_000
const SUMMARY_LIMIT_BYTES = 1024 * 1024

/** The environment variable the runner sets for an input: `INPUT_` + name with spaces as `_`, uppercased. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** An action.yml as parsed, by its text: every run reads it, and parsing takes milliseconds each time. */
const parsedActionYml = new Map<string, unknown>()
function readActionYml(path: string): unknown {
  const text = readFileSync(path, 'utf8')
  if (!parsedActionYml.has(text)) parsedActionYml.set(text, parseYaml(text))
  return parsedActionYml.get(text)
}

/** Declared inputs of an action.yml (empty when the file does not exist). */
export function loadActionInputs(actionYmlPath: string): Record<string, ActionInput> {
  if (!existsSync(actionYmlPath)) return {}
  const doc = readActionYml(actionYmlPath) as { inputs?: Record<string, unknown> } | null
  const inputs: Record<string, ActionInput> = {}
  for (const [name, raw] of Object.entries(doc?.inputs ?? {})) {
    const spec = (raw ?? {}) as Record<string, unknown>
    inputs[name] = {
      default: spec.default === undefined || spec.default === null ? undefined : String(spec.default),
      required: spec.required === true || spec.required === 'true',
      deprecationMessage: typeof spec.deprecationMessage === 'string' ? spec.deprecationMessage : undefined
    }
  }
  return inputs
}

function insideDir(root: string, relPath: string): string {
  const target = resolve(root, relPath)
  const rel = relative(root, target)
  if (isAbsolute(relPath) || rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new Error(`files: '${relPath}' must be a relative path inside the workspace`)
  }
  return target
}

/** Runs the action (by default the built dist/index.js) as a GitHub-hosted runner would. */
export async function runAction(opts: RunOptions = {}): Promise<RunResult> {
  const nodeBin = node24Path()
  const entry = resolve(opts.entry ?? join(repoRoot, 'dist', 'index.js'))
  if (!existsSync(entry)) {
    throw new Error(`Action entry ${entry} does not exist${opts.entry ? '' : ' (run `npm run build` first)'}`)
  }
  const actionDir = resolve(opts.actionDir ?? repoRoot)
  const declared = loadActionInputs(
    existsSync(join(actionDir, 'action.yml')) ? join(actionDir, 'action.yml') : join(actionDir, 'action.yaml')
  )
  const ctx = resolveGitHubContext(opts.github, opts.eventPayload)
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const runnerMessages: RunnerMessage[] = []

  const workdir = await mkdtemp(join(tmpdir(), 'aws-oidc-run-'))
  try {
    const workspace = join(workdir, 'workspace')
    const runnerTemp = join(workdir, 'runner_temp')
    const fileCommands = join(runnerTemp, '_runner_file_commands')
    const toolCache = join(workdir, 'tool_cache')
    const home = join(workdir, 'home')
    for (const dir of [workspace, home, fileCommands, toolCache, join(runnerTemp, '_github_workflow')])
      await mkdir(dir, { recursive: true })
    const files = {
      env: join(fileCommands, `set_env_${randomUUID()}`),
      output: join(fileCommands, `set_output_${randomUUID()}`),
      state: join(fileCommands, `save_state_${randomUUID()}`),
      path: join(fileCommands, `add_path_${randomUUID()}`),
      summary: join(fileCommands, `step_summary_${randomUUID()}`),
      event: join(runnerTemp, '_github_workflow', 'event.json')
    }
    await Promise.all([
      writeFile(files.env, ''),
      writeFile(files.output, ''),
      writeFile(files.state, ''),
      writeFile(files.path, ''),
      writeFile(files.summary, ''),
      writeFile(files.event, JSON.stringify(opts.eventPayload ?? defaultEventPayload(ctx), null, 2))
    ])
    for (const [rel, content] of Object.entries(opts.files ?? {})) {
      const target = insideDir(workspace, rel)
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, content)
    }

    // Inputs: the given ones, then action.yml defaults ('' for inputs without a default).
    const inputs: Record<string, string> = {}
    const given = opts.inputs ?? {}
    const declaredNames = Object.keys(declared)
    const unexpected = Object.keys(given).filter((n) => !declaredNames.some((d) => d.toLowerCase() === n.toLowerCase()))
    if (declaredNames.length > 0 && unexpected.length > 0) {
      runnerMessages.push({
        level: 'warning',
        message: `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declaredNames.join("', '")}']`
      })
    }
    for (const [name, spec] of Object.entries(declared)) {
      if (!(name in given)) inputs[inputEnvName(name)] = spec.default ?? ''
      else if (spec.deprecationMessage) {
        runnerMessages.push({
          level: 'warning',
          message: `Input '${name}' has been deprecated with message: ${spec.deprecationMessage}`
        })
      }
    }
    for (const [name, value] of Object.entries(given)) inputs[inputEnvName(name)] = value

    const env: Record<string, string> = {}
    // NODE_COMPILE_CACHE: a Node setting of the tests (scripts/jest-setup.mjs), not of the step
    for (const key of ['PATH', 'LANG', 'TZ', 'NODE_COMPILE_CACHE']) {
      const value = process.env[key]
      if (value !== undefined) env[key] = value
    }
    Object.assign(env, {
      HOME: home,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'GitHub Actions 2',
      RUNNER_ENVIRONMENT: 'github-hosted',
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: toolCache,
      RUNNER_WORKSPACE: workdir,
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_ENV: files.env,
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_PATH: files.path,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_REPOSITORY: ctx.repository,
      GITHUB_REPOSITORY_ID: ctx.repositoryId,
      GITHUB_REPOSITORY_OWNER: ctx.repositoryOwner,
      GITHUB_REPOSITORY_OWNER_ID: ctx.repositoryOwnerId,
      GITHUB_EVENT_NAME: ctx.eventName,
      GITHUB_REF: ctx.ref,
      GITHUB_REF_NAME: refName(ctx.ref),
      GITHUB_REF_TYPE: ctx.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      GITHUB_REF_PROTECTED: 'false',
      GITHUB_HEAD_REF: ctx.headRef,
      GITHUB_BASE_REF: ctx.baseRef,
      GITHUB_SHA: ctx.sha,
      GITHUB_ACTOR: ctx.actor,
      GITHUB_ACTOR_ID: ctx.actorId,
      GITHUB_TRIGGERING_ACTOR: ctx.actor,
      GITHUB_RUN_ID: ctx.runId,
      GITHUB_RUN_NUMBER: ctx.runNumber,
      GITHUB_RUN_ATTEMPT: ctx.runAttempt,
      GITHUB_RETENTION_DAYS: '90',
      GITHUB_WORKFLOW: ctx.workflow,
      GITHUB_WORKFLOW_REF: ctx.workflowRef,
      GITHUB_WORKFLOW_SHA: ctx.sha,
      GITHUB_JOB: ctx.job,
      GITHUB_SERVER_URL: ctx.serverUrl,
      GITHUB_API_URL: ctx.apiUrl,
      GITHUB_GRAPHQL_URL: ctx.graphqlUrl,
      GITHUB_ACTION: ctx.action,
      GITHUB_ACTION_PATH: actionDir,
      GITHUB_ACTION_REPOSITORY: '',
      GITHUB_ACTION_REF: ''
    })
    if (opts.debug) env.RUNNER_DEBUG = '1'
    Object.assign(env, inputs)
    for (const [name, value] of Object.entries(opts.state ?? {})) env[`STATE_${name}`] = value
    for (const [key, value] of Object.entries(opts.env ?? {})) {
      if (value === undefined) delete env[key]
      else env[key] = value
    }

    const [command, ...args] = [...(opts.wrapper ?? []), nodeBin, entry]
    const proc = await spawnAndCapture(command, args, workspace, env, timeoutMs, opts)

    // Workflow commands, processed by the runner while the step runs.
    const commands = parseCommands(proc.log)
    const masks: string[] = []
    const commandOutputs: Record<string, string> = {}
    const commandState: Record<string, string> = {}
    const commandEnv: Record<string, string> = {}
    const commandPath: string[] = []
    const unsecureAllowed = env.ACTIONS_ALLOW_UNSECURE_COMMANDS === 'true'
    for (const cmd of commands) {
      switch (cmd.command) {
        case 'add-mask':
          if (cmd.message.trim() === '')
            runnerMessages.push({
              level: 'warning',
              message: "Can't add secret mask for empty string in ##[add-mask] command."
            })
          else masks.push(cmd.message)
          break
        case 'set-output':
        case 'save-state':
          runnerMessages.push({
            level: 'warning',
            message: `The \`${cmd.command}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/`
          })
          if (cmd.properties.name)
            (cmd.command === 'set-output' ? commandOutputs : commandState)[cmd.properties.name] = cmd.message
          break
        case 'set-env':
        case 'add-path':
          if (!unsecureAllowed) {
            runnerMessages.push({
              level: 'error',
              message: `The \`${cmd.command}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the \`ACTIONS_ALLOW_UNSECURE_COMMANDS\` environment variable to \`true\`. For more information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/`
            })
          } else if (cmd.command === 'add-path') {
            commandPath.push(cmd.message)
          } else if (cmd.properties.name?.toUpperCase() === 'NODE_OPTIONS') {
            runnerMessages.push({
              level: 'error',
              message: "Can't update NODE_OPTIONS environment variable using ::set-env:: command."
            })
          } else if (cmd.properties.name) {
            commandEnv[cmd.properties.name] = cmd.message
          }
          break
      }
    }

    // File commands, processed by the runner after the step.
    const readFileCommand = async (file: string, label: string): Promise<Record<string, string>> => {
      const parsed = parseKeyValueFile(await readFile(file, 'utf8'))
      if (parsed.error)
        runnerMessages.push({
          level: 'error',
          message: `Unable to process file command '${label}' successfully. ${parsed.error}`
        })
      return parsed.values
    }
    const fileEnv = await readFileCommand(files.env, 'env')
    for (const name of Object.keys(fileEnv)) {
      if (name.toUpperCase() === 'NODE_OPTIONS') {
        delete fileEnv[name]
        runnerMessages.push({
          level: 'error',
          message: "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command."
        })
      }
    }
    const outputs = { ...commandOutputs, ...(await readFileCommand(files.output, 'output')) }
    const state = { ...commandState, ...(await readFileCommand(files.state, 'save_state')) }
    const pathLines = (await readFile(files.path, 'utf8')).split(/\r?\n/).filter((l) => l !== '')
    const summary = await readFile(files.summary, 'utf8')
    const summaryBytes = Buffer.byteLength(summary)
    if (summaryBytes > SUMMARY_LIMIT_BYTES) {
      runnerMessages.push({
        level: 'error',
        message: `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${SUMMARY_LIMIT_BYTES / 1024}k, got ${Math.ceil(summaryBytes / 1024)}k.`
      })
    }

    return {
      exitCode: proc.exitCode,
      signal: proc.signal,
      timedOut: proc.timedOut,
      durationMs: proc.durationMs,
      stdout: proc.stdout,
      stderr: proc.stderr,
      log: proc.log,
      env: { ...commandEnv, ...fileEnv },
      outputs,
      state,
      path: [...commandPath, ...pathLines],
      summary,
      masks,
      commands,
      runnerMessages,
      workdir,
      home: env.HOME ?? home
    }
  } finally {
    if (!opts.keepWorkdir) await rm(workdir, { recursive: true, force: true })
  }
}

interface ActionRuns {
  post?: string
  'post-if'?: string
}

/**
 * The post-if conditions this harness understands: `always()`, optionally `&& env.NAME != 'VALUE'`.
 * Anything else throws, so a new condition cannot silently pass untested.
 */
export function postIfAllows(condition: string | undefined, env: Record<string, string | undefined>): boolean {
  if (condition === undefined || condition.trim() === 'always()') return true
  const m = /^always\(\) && env\.([A-Za-z_][A-Za-z0-9_]*) != '([^']*)'$/.exec(condition.trim())
  if (!m) throw new Error(`post-if '${condition}' is not a form the runner harness evaluates`)
  return (env[m[1]] ?? '') !== m[2]
}

/**
 * Runs the action's `runs.post` after the job, as a runner does: the main step's saved state as
 * STATE_*, the variables it exported (plus `env`), and post-if applied. Undefined when skipped.
 */
export async function runPost(
  main: Pick<RunResult, 'state' | 'env'>,
  opts: RunOptions = {}
): Promise<RunResult | undefined> {
  const actionDir = resolve(opts.actionDir ?? repoRoot)
  const doc = readActionYml(join(actionDir, 'action.yml')) as { runs?: ActionRuns }
  const post = doc.runs?.post
  if (!post) throw new Error(`${actionDir}/action.yml has no runs.post`)
  const env = { ...main.env, ...opts.env }
  if (!postIfAllows(doc.runs?.['post-if'], env)) return undefined
  return runAction({ ...opts, entry: opts.entry ?? join(actionDir, post), env, state: main.state })
}

function spawnAndCapture(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  { onLine, readDelayMs }: Pick<RunOptions, 'onLine' | 'readDelayMs'>
): Promise<Captured> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now()
    // detached: the action gets its own process group, so a timeout kills its children too.
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    const streams = {
      stdout: { text: '', pending: '', decoder: new StringDecoder('utf8') },
      stderr: { text: '', pending: '', decoder: new StringDecoder('utf8') }
    }
    let log = ''
    let timedOut = false
    let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | null = null

    const killTree = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
    const emitLines = (which: 'stdout' | 'stderr', text: string): void => {
      log += text
      if (onLine) for (const line of text.replace(/\n$/, '').split('\n')) onLine(line.replace(/\r$/, ''), which)
    }
    const onData = (which: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const s = streams[which]
      const text = s.decoder.write(chunk)
      s.text += text
      s.pending += text
      const nl = s.pending.lastIndexOf('\n')
      if (nl >= 0) {
        emitLines(which, s.pending.slice(0, nl + 1))
        s.pending = s.pending.slice(nl + 1)
      }
    }
    child.stdout.on('data', onData('stdout'))
    child.stderr.on('data', onData('stderr'))
    if (readDelayMs) {
      child.stdout.pause()
      child.stderr.pause()
      setTimeout(() => {
        child.stdout.resume()
        child.stderr.resume()
      }, readDelayMs)
    }

    const timer = setTimeout(() => {
      timedOut = true
      killTree()
    }, timeoutMs)
    const onHostExit = (): void => killTree()
    process.once('exit', onHostExit)
    let closeFallback: ReturnType<typeof setTimeout> | undefined

    child.once('error', (err) => {
      clearTimeout(timer)
      process.removeListener('exit', onHostExit)
      reject(new Error(`Could not start ${command}: ${err.message}`))
    })
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal }
      clearTimeout(timer)
      // A grandchild that keeps the pipes open must not hang the run.
      closeFallback = setTimeout(() => {
        child.stdout.destroy()
        child.stderr.destroy()
      }, 2000)
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      if (closeFallback) clearTimeout(closeFallback)
      process.removeListener('exit', onHostExit)
      const durationMs = performance.now() - started
      for (const which of ['stdout', 'stderr'] as const) {
        const s = streams[which]
        const rest = s.decoder.end()
        s.text += rest
        s.pending += rest
        if (s.pending !== '') {
          if (log !== '' && !log.endsWith('\n')) log += '\n'
          emitLines(which, s.pending)
          s.pending = ''
        }
      }
      const info = exitInfo ?? { code, signal }
      resolvePromise({
        exitCode: info.code,
        signal: info.signal,
        timedOut,
        durationMs,
        stdout: streams.stdout.text,
        stderr: streams.stderr.text,
        log
      })
    })
  })
}
