// Runs the BUILT command (dist/cli/index.js) under Node 24, as `npx aws-oidc-credentials` would,
// with files in a fresh temporary directory (its working directory) and optional stdin.
// CLI_TEST_NODE=/path/to/node runs it under another Node: CI runs these tests on every Node
// version the README names for the CLI (package.json engines).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { node24Path, repoRoot } from '../../emulator/node24.js'

export const BIN = join(repoRoot, 'dist', 'cli', 'index.js')
/** The Node that runs the command. */
export const CLI_NODE: string = process.env.CLI_TEST_NODE || node24Path()

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

export interface CliOptions {
  stdin?: string
  /** name -> content, written into the working directory */
  files?: Record<string, string>
}

export function cli(args: string[], opts: CliOptions = {}): CliRun {
  const dir = mkdtempSync(join(tmpdir(), 'cli-'))
  try {
    for (const [name, content] of Object.entries(opts.files ?? {})) writeFileSync(join(dir, name), content)
    const r = spawnSync(CLI_NODE, [BIN, ...args], {
      cwd: dir,
      input: opts.stdin ?? '',
      encoding: 'utf8',
      timeout: 20_000
    })
    return { status: r.status, stdout: r.stdout, stderr: r.stderr }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export const ISSUER = 'https://token.actions.githubusercontent.com'
export const PREFIX = 'token.actions.githubusercontent.com'
export const PROVIDER = `arn:aws:iam::123456789012:oidc-provider/${PREFIX}`

/** Claims of a push to main of octo-org/octo-repo, as GitHub sends them. */
export function pushClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
    aud: 'sts.amazonaws.com',
    iss: ISSUER,
    ref: 'refs/heads/main',
    ref_type: 'branch',
    repository: 'octo-org/octo-repo',
    repository_owner: 'octo-org',
    repository_id: '789012',
    repository_owner_id: '123456',
    event_name: 'push',
    actor: 'octocat',
    job_workflow_ref: 'octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main',
    exp: 1795000000,
    iat: 1794999700,
    ...overrides
  }
}

/** One statement trusting GitHub's provider, with the given Condition block. */
export function policyWith(condition: Record<string, Record<string, unknown>>, effect = 'Allow'): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: effect,
        Principal: { Federated: PROVIDER },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition
      }
    ]
  }
}

/** A stack frame line, which must never reach the user. */
export const STACK_FRAME = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m
