// `audit` through the built bin over realistic inputs (get-account-authorization-details with one
// URL-encoded document, list-roles, get-role, Terraform plan JSON, plain documents): each probe
// opens a policy it should and leaves one it should not, the seed patterns, policies a pattern
// scanner would pass that are open, odd policies that are closed, and the exit codes.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../../emulator/node24.js'
import { manyRoles } from '../../bench/audit-roles.js'
import { cli, PREFIX, PROVIDER, STACK_FRAME } from './bin.js'

const FIXTURES = join(repoRoot, '__tests__', 'fixtures', 'audit')
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8')
const ACCOUNT = 'account-authorization-details.json'
/** 1-based line of the first line of a fixture that contains `text` */
const lineOf = (name: string, text: string): number =>
  fixture(name)
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1

interface Finding {
  probe: string
  severity: string
  statement: string
  reason: string
  conditions: string[]
  fix: string
}
interface Role {
  arn: string | null
  name: string
  source: { uri: string; line?: number }
  findings: Finding[]
  undecided: { probe: string; statement: string; reason: string }[]
  unreadable?: string
}
interface Report {
  roles: Role[]
  summary: {
    roles: number
    openRoles: number
    findings: Record<string, number>
    undecided: number
    unreadable: number
    failOn: string
    failed: boolean
  }
}

function audit(
  files: Record<string, string>,
  args: string[] = Object.keys(files)
): { status: number | null; report: Report } {
  const r = cli(['audit', ...args, '--format', 'json'], { files })
  expect(r.stderr).not.toMatch(STACK_FRAME)
  return { status: r.status, report: JSON.parse(r.stdout) as Report }
}

function policy(condition: Record<string, Record<string, unknown>>, effect = 'Allow'): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: effect,
        Principal: { Federated: PROVIDER },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition
      }
    ]
  })
}

describe('audit over get-account-authorization-details', () => {
  let report: Report
  let status: number | null
  const role = (name: string): Role => {
    const found = report.roles.find((r) => r.name === name)
    if (!found) throw new Error(`no role ${name} in the report`)
    return found
  }
  const probes = (name: string): string[] => role(name).findings.map((f) => f.probe)

  beforeAll(() => {
    ;({ status, report } = audit({ [ACCOUNT]: fixture(ACCOUNT) }))
  })

  // [probe, a role it opens, a role it leaves closed]
  it.each<[string, string, string]>([
    ['foreign-repository', 'gha-missing-sub', 'gha-org-wildcard'],
    ['foreign-repository', 'gha-repo-star', 'gha-main-only'],
    ['foreign-repository', 'gha-template-any-caller', 'gha-template-org-callers'],
    ['sibling-repository', 'gha-org-wildcard', 'gha-app-any-run'],
    ['pull-request', 'gha-app-any-run', 'gha-main-only'],
    ['any-branch', 'gha-app-any-run', 'gha-main-only'],
    ['any-tag', 'gha-app-any-run', 'gha-release-tags'],
    ['any-environment', 'gha-app-any-run', 'gha-prod-environment'],
    ['other-audience', 'gha-no-audience', 'gha-main-only'],
    ['reusable-workflow-elsewhere', 'gha-reusable-org-pattern', 'gha-reusable-pinned'],
    ['recreated-repository', 'gha-main-only', 'gha-immutable-main']
  ])('%s opens %s and not %s', (probe, open, closed) => {
    expect(probes(open)).toContain(probe)
    expect(probes(closed)).not.toContain(probe)
  })

  it('leaves the seed patterns that pin the run closed to everyone else', () => {
    const outsiders = ['foreign-repository', 'sibling-repository', 'pull-request', 'any-branch']
    for (const name of ['gha-main-only', 'gha-release-tags', 'gha-prod-environment']) {
      expect(probes(name).filter((p) => outsiders.includes(p))).toEqual([])
    }
    // refs/tags/v* is not "any tag"; environment:prod is not "any environment"
    expect(probes('gha-release-tags')).not.toContain('any-tag')
    expect(probes('gha-prod-environment')).not.toContain('any-environment')
  })

  it('finds the org wildcard open to every repository of the owner, not to the world', () => {
    const f = role('gha-org-wildcard').findings.find((x) => x.probe === 'sibling-repository')
    expect(f?.severity).toBe('high')
    expect(f?.reason).toContain('acme/zz-probe-repo')
    expect(f?.conditions).toContain(
      `✓ StringLike ${PREFIX}:sub expected repo:acme/*, got repo:acme/zz-probe-repo:pull_request`
    )
    expect(f?.fix).toContain(`StringEquals "${PREFIX}:sub": "repo:acme/`)
  })

  it.each(['gha-missing-sub', 'gha-repo-star', 'gha-stringlike-star'])(
    '%s is open to any repository on GitHub (critical), named by the trace',
    (name) => {
      const f = role(name).findings.find((x) => x.probe === 'foreign-repository')
      expect(f).toMatchObject({ severity: 'critical', statement: 'Statement 0' })
      expect(f?.reason).toContain('zz-probe-owner/')
      expect(f?.conditions.filter((c) => !c.startsWith('✓ '))).toEqual(
        name === 'gha-missing-sub' ? [`(no condition on ${PREFIX}:sub)`] : []
      )
    }
  )

  it('tries an owner name that extends the named one: repo:acme* is open to acme-x', () => {
    const f = role('gha-owner-prefix').findings.find((x) => x.probe === 'foreign-repository')
    // the policy names no repository: the probe's placeholder reads as one in the fix
    expect(f?.reason).toContain('acme-x/REPO')
    expect(f?.conditions[0]).toBe(`✓ StringLike ${PREFIX}:sub expected repo:acme*, got repo:acme-x/REPO:pull_request`)
  })

  it.each<[string, string, string]>([
    ['gha-any-owner-same-repo', 'repo:*/app:ref:refs/heads/main', 'repo:zz-probe-owner/app:ref:refs/heads/main'],
    ['gha-owner-suffix-pattern', 'repo:*-corp/app:ref:refs/heads/main', 'repo:zz9-corp/app:ref:refs/heads/main']
  ])('an outsider copies every name the pattern leaves to them: %s (%s) lets in %s', (name, pattern, sub) => {
    const f = role(name).findings.find((x) => x.probe === 'foreign-repository')
    expect(f?.conditions).toContain(`✓ StringLike ${PREFIX}:sub expected ${pattern}, got ${sub}`)
  })

  it.each<[string, string]>([
    ['gha-not-like-pull-request', `✓ StringNotLike ${PREFIX}:sub expected repo:acme/app:pull_request`],
    ['gha-forallvalues-owner', `✓ ForAllValues:StringEquals ${PREFIX}:repository_owner: AWS has no such condition key`],
    ['gha-ifexists-owner', `✓ StringEqualsIfExists ${PREFIX}:repository_owner: AWS has no such condition key`]
  ])('%s looks scoped to a pattern scanner but is open to the world', (name, condition) => {
    const f = role(name).findings.find((x) => x.probe === 'foreign-repository')
    expect(f?.severity).toBe('critical')
    expect(f?.conditions.some((c) => c.startsWith(condition))).toBe(true)
  })

  it('a Deny on a key AWS never provides never applies: pull requests get in, and an info finding says why', () => {
    const r = role('gha-deny-never-applies')
    expect(r.findings.find((f) => f.probe === 'pull-request')?.statement).toBe('Statement 0')
    const info = r.findings.find((f) => f.probe === 'never-matches')
    expect(info).toMatchObject({ severity: 'info', statement: 'Statement 1 (Sid "NoPullRequests")' })
    expect(info?.reason).toContain('this Deny never applies')
  })

  it('a Deny that applies closes what the Allow opens', () => {
    expect(probes('gha-app-any-run')).toContain('pull-request')
    expect(probes('gha-deny-pull-requests')).not.toContain('pull-request')
    expect(probes('gha-deny-pull-requests')).toContain('any-branch')
  })

  it('a condition on a key the token does not decide (sts:RoleSessionName) makes the answer "cannot decide"', () => {
    const r = role('gha-session-name')
    expect(r.findings).toEqual([])
    expect(r.undecided.map((u) => u.probe)).toContain('foreign-repository')
    expect(r.undecided[0].reason).toBe(
      'Statement 0 depends on StringLike sts:RoleSessionName (a key a probe token does not decide)'
    )
  })

  it('a narrow value under ForAnyValue:StringLike on sub is closed (sub is always one value)', () => {
    const outsiders = ['foreign-repository', 'sibling-repository', 'pull-request', 'any-branch', 'any-tag']
    expect(probes('gha-anyvalue-narrow').filter((p) => outsiders.includes(p))).toEqual([])
  })

  it('reports conditions that never match and statements that never allow at info', () => {
    const f = role('gha-literal-wildcard').findings
    expect(f.map((x) => [x.probe, x.severity])).toEqual([['never-matches', 'info']])
    expect(f[0].reason).toContain('never allows')
    expect(f[0].fix).toBe('use StringLike for "repo:acme/app:*"')
    expect(probes('gha-forallvalues-owner')).toContain('restricts-nothing')
    // sub repo:* would be open, but the statement allows sts:AssumeRole, not the web-identity call
    expect(role('gha-wrong-action').findings.map((x) => [x.probe, x.severity])).toEqual([['never-allows', 'info']])
  })

  it('reads the URL-encoded document of the raw IAM API', () => {
    const r = role('gha-prod-environment')
    expect(r.unreadable).toBeUndefined()
    expect(r.findings.map((f) => f.probe)).toEqual(['recreated-repository'])
  })

  it('renders sub in the custom template the policy is written for, which an outsider can choose too', () => {
    const f = role('gha-template-any-caller').findings.find((x) => x.probe === 'foreign-repository')
    expect(f?.reason).toContain('sub template repo,job_workflow_ref')
    expect(f?.reason).toContain('a reusable workflow of another repository')
    expect(f?.conditions).toContain(
      `✓ StringLike ${PREFIX}:sub expected repo:*:job_workflow_ref:acme/shared-workflows/.github/workflows/deploy.yml@refs/heads/main, got repo:zz-probe-owner/REPO:job_workflow_ref:acme/shared-workflows/.github/workflows/deploy.yml@refs/heads/main`
    )
    // the org's own pull requests that call the shared workflow are let in too
    expect(probes('gha-template-org-callers')).toEqual(expect.arrayContaining(['sibling-repository', 'pull-request']))
  })

  it('probes a GHES provider with its own issuer', () => {
    const f = role('ghes-repo-star').findings.find((x) => x.probe === 'foreign-repository')
    expect(f?.conditions[0]).toMatch(/^✓ StringLike ghes\.example\.com\/_services\/token:sub expected repo:\*/)
  })

  it('says "cannot decide" where the evaluator does not implement an operator, and counts it apart', () => {
    const r = role('gha-numeric-repository-id')
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([])
    expect(r.undecided.map((u) => u.probe)).toContain('foreign-repository')
    expect(r.undecided[0].reason).toContain('NumericEquals')
    expect(report.summary.undecided).toBe(r.undecided.length + role('gha-session-name').undecided.length)
  })

  it('suggests, through the action’s policy suggestion, a policy that closes what was open', () => {
    const open = role('gha-org-wildcard') as Role & { suggestedPolicy?: object }
    expect(open.suggestedPolicy).toMatchObject({
      Statement: [{ Condition: { StringEquals: { [`${PREFIX}:sub`]: 'repo:acme/REPO:ref:refs/heads/main' } } }]
    })
    const again = audit({ 'suggested.json': JSON.stringify(open.suggestedPolicy) })
    expect(again.status).toBe(0)
    expect(again.report.roles[0].findings.map((f) => f.probe)).toEqual(['recreated-repository'])
  })

  it('keeps the documented JSON shape (docs/AUDIT.md)', () => {
    expect(Object.keys(report).sort()).toEqual(['roles', 'summary'])
    expect(Object.keys(report.summary).sort()).toEqual(
      ['failOn', 'failed', 'findings', 'openRoles', 'roles', 'undecided', 'unreadable'].sort()
    )
    expect(Object.keys(report.summary.findings)).toEqual(['critical', 'high', 'medium', 'low', 'info'])
    const r = role('gha-org-wildcard')
    expect(Object.keys(r).sort()).toEqual(['arn', 'findings', 'name', 'source', 'suggestedPolicy', 'undecided'])
    expect(Object.keys(r.findings[0]).sort()).toEqual(['conditions', 'fix', 'probe', 'reason', 'severity', 'statement'])
  })

  it('leaves roles that trust no GitHub provider alone', () => {
    expect(role('ec2-instance').findings).toEqual([])
  })

  it('orders roles worst first, names each by ARN and line, and gates on high by default', () => {
    const ranks = ['critical', 'high', 'medium', 'low', 'info']
    const worst = report.roles.map((r) => Math.min(5, ...r.findings.map((f) => ranks.indexOf(f.severity))))
    expect(worst).toEqual([...worst].sort((a, b) => a - b))
    const r = role('gha-main-only')
    expect(r.arn).toBe('arn:aws:iam::123456789012:role/gha-main-only')
    const lines = fixture(ACCOUNT).split('\n')
    expect(lines[(r.source.line ?? 0) - 1]).toContain('"Arn": "arn:aws:iam::123456789012:role/gha-main-only"')
    expect(r.source.uri).toBe(ACCOUNT)
    expect(report.summary).toMatchObject({ roles: 31, failOn: 'high', failed: true, unreadable: 0 })
    expect(status).toBe(1)
  })
})

describe('audit over Terraform plan JSON', () => {
  const plan = fixture('terraform-plan.json')
  let report: Report

  beforeAll(() => {
    ;({ report } = audit({ 'plan.json': plan }))
  })

  it('judges the planned policy of each aws_iam_role, by address, child modules included', () => {
    expect(report.roles.map((r) => r.name).sort()).toEqual([
      'aws_iam_role.computed',
      'aws_iam_role.main_only',
      'module.ci.aws_iam_role.deploy'
    ])
    const deploy = report.roles.find((r) => r.name === 'module.ci.aws_iam_role.deploy')
    // the update's after-state (repo:*), not the before-state
    expect(deploy?.findings[0]).toMatchObject({ probe: 'foreign-repository', severity: 'critical' })
    const line = plan.split('\n')[(deploy?.source.line ?? 0) - 1]
    expect(line).toContain('"address": "module.ci.aws_iam_role.deploy"')
  })

  it('reads the state form of terraform show -json (values) too', () => {
    const state = {
      format_version: '1.0',
      terraform_version: '1.9.8',
      values: {
        root_module: {
          resources: [
            {
              address: 'aws_iam_role.open',
              mode: 'managed',
              type: 'aws_iam_role',
              name: 'open',
              values: {
                arn: 'arn:aws:iam::123456789012:role/open',
                name: 'open',
                assume_role_policy: policy({ StringEquals: { [`${PREFIX}:aud`]: 'sts.amazonaws.com' } })
              }
            }
          ]
        }
      }
    }
    const { report } = audit({ 'state.json': JSON.stringify(state, null, 2) })
    expect(report.roles[0]).toMatchObject({ name: 'aws_iam_role.open', arn: 'arn:aws:iam::123456789012:role/open' })
    expect(report.roles[0].findings[0].probe).toBe('foreign-repository')
  })

  it('does not judge a policy the plan only knows at apply, and skips deleted roles', () => {
    const computed = report.roles.find((r) => r.name === 'aws_iam_role.computed')
    expect(computed?.unreadable).toBe('the plan does not know the trust policy until apply')
    expect(report.summary.unreadable).toBe(1)
    expect(report.roles.some((r) => r.name === 'aws_iam_role.retired')).toBe(false)
  })
})

describe('audit input forms', () => {
  it('reads a directory of list-roles, get-role and plain documents (also URL-encoded)', () => {
    const plain = policy({ StringEquals: { [`${PREFIX}:aud`]: 'sts.amazonaws.com' } })
    const { report } = audit(
      {
        'roles/list-roles.json': fixture('list-roles.json'),
        'roles/get-role.json': fixture('get-role.json'),
        'roles/policies/missing-sub.json': plain,
        'roles/policies/encoded.json': encodeURIComponent(plain),
        'roles/notes.txt': 'not read'
      },
      ['roles']
    )
    const byName = Object.fromEntries(report.roles.map((r) => [r.name, r]))
    expect(Object.keys(byName).sort()).toEqual([
      'encoded.json',
      'gha-app-any-run',
      'gha-main-only',
      'gha-repo-star',
      'missing-sub.json'
    ])
    expect(byName['missing-sub.json']).toMatchObject({
      arn: null,
      source: { uri: 'roles/policies/missing-sub.json', line: 1 }
    })
    for (const name of ['missing-sub.json', 'encoded.json', 'gha-repo-star'])
      expect(byName[name].findings[0].probe).toBe('foreign-repository')
    expect(byName['gha-repo-star'].source).toEqual({
      uri: 'roles/get-role.json',
      line: lineOf('get-role.json', '"Arn"')
    })
  })

  it('reads an account of 1,000 roles (a file larger than the other commands accept) in one run', () => {
    const { status, report } = audit({ 'roles.json': manyRoles(1000) })
    expect(status).toBe(1)
    expect(report.summary.roles).toBe(1000)
    expect(
      report.roles
        .filter((r) => r.name.startsWith('gha-repo-star-'))
        .every((r) => r.findings[0].severity === 'critical')
    ).toBe(true)
  })

  it.each<[string, string, string]>([
    [
      'the China partition',
      'arn:aws-cn:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
      'sts.amazonaws.com.cn'
    ],
    ['an audience of its own', PROVIDER, 'https://github.com/acme']
  ])('probes with the audience the policy accepts: %s', (_label, provider, aud) => {
    const doc = JSON.parse(
      policy({ StringEquals: { [`${PREFIX}:aud`]: aud }, StringLike: { [`${PREFIX}:sub`]: 'repo:*' } })
    )
    doc.Statement[0].Principal.Federated = provider
    const { report } = audit({ 'p.json': JSON.stringify(doc) })
    const f = report.roles[0].findings.find((x) => x.probe === 'foreign-repository')
    expect(f?.conditions).toContain(`✓ StringEquals ${PREFIX}:aud expected ${aud}, got ${aud}`)
  })

  it('reads standard input for -', () => {
    const r = cli(['audit', '-', '--json'], { stdin: fixture('get-role.json') })
    expect(r.status).toBe(1)
    const report = JSON.parse(r.stdout) as Report
    expect(report.roles[0]).toMatchObject({ name: 'gha-repo-star', source: { uri: 'stdin' } })
  })
})

describe('audit exit codes and output', () => {
  const mediumOnly = {
    'no-aud.json': policy({ StringEquals: { [`${PREFIX}:sub`]: 'repo:acme/app:ref:refs/heads/main' } })
  }

  it.each<[string[], number]>([
    [[], 0],
    [['--fail-on', 'high'], 0],
    [['--fail-on', 'medium'], 1],
    [['--fail-on', 'low'], 1],
    [['--fail-on', 'critical'], 0]
  ])('--fail-on %j with a medium finding exits %i', (args, code) => {
    expect(cli(['audit', 'no-aud.json', ...args], { files: mediumOnly }).status).toBe(code)
  })

  it.each<[string[], RegExp]>([
    [['audit'], /audit: name at least one file or directory/],
    [['audit', 'no-aud.json', '--fail-on', 'info'], /--fail-on must be one of critical, high, medium, low, got 'info'/],
    [['audit', 'no-aud.json', '--format', 'xml'], /--format must be one of table, json, sarif, got 'xml'/],
    [['audit', 'missing.json'], /audit: no such file 'missing.json'/],
    [['audit', 'bad.json'], /audit: bad.json is not JSON \(it ends early \(line 1, column 12\)\)/],
    [
      ['audit', 'other.json'],
      /audit: other.json is an object audit does not recognise; audit reads get-account-authorization-details/
    ],
    [['audit', '-', '-'], /standard input \(-\) can be read only once/]
  ])('%j is a usage error (exit 2) before anything is judged', (args, message) => {
    const r = cli(args, { files: { ...mediumOnly, 'bad.json': '{"Roles": [', 'other.json': '{"Users": []}' } })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(STACK_FRAME)
    expect(r.stdout).toBe('')
  })

  it('explains itself with --help (exit 0)', () => {
    const r = cli(['audit', '--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Usage: aws-oidc-credentials audit FILE|DIR|- ...')
    expect(r.stdout).toContain('--fail-on SEVERITY')
    expect(cli(['--help']).stdout).toMatch(/^ {2}audit {5}who on GitHub can assume each of your roles$/m)
  })

  it('prints a table, worst first, with the trace and the fix, and the summary', () => {
    const r = cli(['audit', 'list-roles.json'], { files: { 'list-roles.json': fixture('list-roles.json') } })
    expect(r.status).toBe(1)
    const lines = r.stdout.split('\n')
    expect(lines[0]).toMatch(/^SEVERITY\s+PROBE\s+ROLE \/ STATEMENT$/)
    expect(lines[1]).toMatch(
      /^high\s+pull-request\s+arn:aws:iam::123456789012:role\/gha-app-any-run \/ Statement 0 \(list-roles.json:(\d+)\)$/
    )
    expect(Number(/:(\d+)\)$/.exec(lines[1])?.[1])).toBe(lineOf('list-roles.json', 'role/gha-app-any-run'))
    expect(r.stdout).toContain(
      `      ✓ StringLike ${PREFIX}:sub expected repo:acme/app:*, got repo:acme/app:pull_request`
    )
    expect(r.stdout).toMatch(/^ {4}fix: let in only the refs or environments that deploy/m)
    expect(lines.filter((l) => l !== '').at(-1)).toBe(
      '2 roles audited, 2 open: 0 critical, 1 high, 3 medium, 2 low, 0 info; 0 probes undecided, 0 roles not judged'
    )
  })

  it('escapes role names and values: no printed line can start a workflow command', () => {
    const evil = JSON.parse(fixture('get-role.json')) as { Role: { RoleName: string; Arn: string } }
    evil.Role.RoleName = '::warning::owned'
    evil.Role.Arn = 'arn:aws:iam::123456789012:role/x\n::error::owned ##[group]'
    for (const format of ['table', 'json', 'sarif']) {
      const r = cli(['audit', 'evil.json', '--format', format], { files: { 'evil.json': JSON.stringify(evil) } })
      expect(r.status).toBe(1)
      for (const line of `${r.stdout}\n${r.stderr}`.split('\n')) {
        expect(line).not.toMatch(/^\s*::/)
        expect(line).not.toContain('##[')
      }
    }
  })
})
