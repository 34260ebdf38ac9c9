// What a refresh-credentials profile asks for: the step's role, session name, duration,
// audience, region, session policies and STS endpoint, written into its credential_process
// command line, and read back by `aws-oidc-credentials credential-process`.
import { cacheKey } from './refresh-cache.js'

export const COMMAND = 'credential-process'

export interface RefreshParameters {
  roleArn: string
  roleSessionName: string
  durationSeconds: number
  audience: string
  region: string
  /** minified JSON */
  inlineSessionPolicy?: string
  managedSessionPolicies: string[]
  stsEndpoint?: string
}

/** The command's options (node:util parseArgs, strict: unknown options fail closed). */
export const OPTIONS = {
  'role-arn': { type: 'string' },
  'role-session-name': { type: 'string' },
  'duration-seconds': { type: 'string' },
  audience: { type: 'string' },
  region: { type: 'string' },
  'inline-session-policy': { type: 'string' },
  'managed-session-policies': { type: 'string' },
  'sts-endpoint': { type: 'string' }
} as const

/** The options after `credential-process`, in a fixed order. */
export function toArgs(p: RefreshParameters): string[] {
  const args = [
    '--role-arn',
    p.roleArn,
    '--role-session-name',
    p.roleSessionName,
    '--duration-seconds',
    String(p.durationSeconds),
    '--audience',
    p.audience,
    '--region',
    p.region
  ]
  if (p.inlineSessionPolicy !== undefined) args.push('--inline-session-policy', p.inlineSessionPolicy)
  if (p.managedSessionPolicies.length > 0) args.push('--managed-session-policies', p.managedSessionPolicies.join(','))
  if (p.stsEndpoint !== undefined) args.push('--sts-endpoint', p.stsEndpoint)
  return args
}

/** The parsed options back as parameters; an error names what is missing or malformed. */
export function fromValues(values: Record<string, string | boolean | undefined>): RefreshParameters {
  const text = (name: keyof typeof OPTIONS): string | undefined => {
    const v = values[name]
    return typeof v === 'string' && v !== '' ? v : undefined
  }
  const required = (name: keyof typeof OPTIONS): string => {
    const v = text(name)
    if (v === undefined) throw new Error(`--${name} is required`)
    return v
  }
  const duration = required('duration-seconds')
  if (!/^\d{1,6}$/.test(duration)) throw new Error(`--duration-seconds '${duration}' is not a whole number of seconds`)
  const managed = text('managed-session-policies')
  return {
    roleArn: required('role-arn'),
    roleSessionName: required('role-session-name'),
    durationSeconds: Number(duration),
    audience: required('audience'),
    region: required('region'),
    inlineSessionPolicy: text('inline-session-policy'),
    managedSessionPolicies: managed ? managed.split(',') : [],
    stsEndpoint: text('sts-endpoint')
  }
}

/** The cache key of these parameters: a cached session for other parameters is never served. */
export function keyOf(p: RefreshParameters): string {
  return cacheKey({
    ...p,
    durationSeconds: String(p.durationSeconds),
    managedSessionPolicies: p.managedSessionPolicies.join(',')
  })
}

/**
 * One POSIX shell word: single-quoted, a quote inside as '"'"'. The JS SDK runs
 * credential_process through /bin/sh (child_process.exec) and botocore splits it with
 * shlex.split (POSIX rules) and runs it without a shell: both read this as the same word.
 */
export function shellWord(s: string): string {
  return `'${s.replace(/'/g, `'"'"'`)}'`
}

/** The credential_process value: the runner's node, this action's CLI, the command and options. */
export function commandLine(node: string, cli: string, p: RefreshParameters): string {
  return [node, cli, COMMAND, ...toArgs(p)].map(shellWord).join(' ')
}

/**
 * Why a command line would not survive the config file, or undefined: the JS SDK's INI reader
 * cuts a value at whitespace followed by ';' or '#', and no reader continues a value on the next line.
 */
export function configFileProblem(line: string): string | undefined {
  if (/[\r\n]/.test(line)) return 'it would contain a line break'
  if (/\s[;#]/.test(line))
    return "it would contain whitespace followed by ';' or '#', where the AWS SDK for JavaScript ends a value as a comment"
  return undefined
}
