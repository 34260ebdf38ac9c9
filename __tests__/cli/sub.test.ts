// GitHub's sub rules, through the built bin: default template, immutable form, custom templates.
import { describe, expect, it } from '@jest/globals'
import { cli, STACK_FRAME } from './bin.js'

const REPO = ['--repo', 'octo-org/octo-repo']
const MQ = 'refs/heads/gh-readonly-queue/main/pr-13-a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const WF = 'octo-org/ci/.github/workflows/deploy.yml@refs/heads/main'

/** [label, arguments after --repo, the sub, its form] */
const SUBJECTS: [string, string[], string, string][] = [
  ['branch', ['--event', 'push', '--ref', 'refs/heads/main'], 'repo:octo-org/octo-repo:ref:refs/heads/main', 'branch'],
  ['tag', ['--event', 'push', '--ref', 'refs/tags/v1.2.3'], 'repo:octo-org/octo-repo:ref:refs/tags/v1.2.3', 'tag'],
  ['pull request (no ref needed)', ['--event', 'pull_request'], 'repo:octo-org/octo-repo:pull_request', 'pull_request'],
  [
    'pull_request_target',
    ['--event', 'pull_request_target', '--ref', 'refs/heads/main'],
    'repo:octo-org/octo-repo:pull_request',
    'pull_request'
  ],
  [
    'environment',
    ['--event', 'push', '--environment', 'production'],
    'repo:octo-org/octo-repo:environment:production',
    'environment'
  ],
  [
    'environment wins over pull request',
    ['--event', 'pull_request', '--environment', 'staging'],
    'repo:octo-org/octo-repo:environment:staging',
    'environment'
  ],
  ['merge queue', ['--event', 'merge_group', '--ref', MQ], `repo:octo-org/octo-repo:ref:${MQ}`, 'merge-queue'],
  [
    'a colon inside a value is %3A',
    ['--event', 'push', '--environment', 'prod:eu'],
    'repo:octo-org/octo-repo:environment:prod%3Aeu',
    'environment'
  ],
  [
    'workflow_dispatch on a branch',
    ['--event', 'workflow_dispatch', '--ref', 'refs/heads/release'],
    'repo:octo-org/octo-repo:ref:refs/heads/release',
    'branch'
  ],
  [
    'immutable branch',
    ['--event', 'push', '--ref', 'refs/heads/main', '--owner-id', '123456', '--repo-id', '789012'],
    'repo:octo-org@123456/octo-repo@789012:ref:refs/heads/main',
    'branch'
  ],
  [
    'immutable environment',
    ['--event', 'push', '--environment', 'prod', '--owner-id', '123456', '--repo-id', '789012'],
    'repo:octo-org@123456/octo-repo@789012:environment:prod',
    'environment'
  ],
  [
    'immutable pull request',
    ['--event', 'pull_request', '--owner-id', '123456', '--repo-id', '789012'],
    'repo:octo-org@123456/octo-repo@789012:pull_request',
    'pull_request'
  ],
  [
    'template repo,context,job_workflow_ref',
    [
      '--event',
      'push',
      '--environment',
      'prod',
      '--claim-keys',
      'repo,context,job_workflow_ref',
      '--claim',
      `job_workflow_ref=${WF}`
    ],
    `repo:octo-org/octo-repo:environment:prod:job_workflow_ref:${WF}`,
    'custom'
  ],
  [
    'template repository_owner_id only',
    ['--event', 'push', '--claim-keys', 'repository_owner_id', '--claim', 'repository_owner_id=123456'],
    'repository_owner_id:123456',
    'custom'
  ],
  [
    'template keys in their configured order',
    ['--event', 'push', '--ref', 'refs/heads/main', '--claim-keys', 'ref,repo,repository_owner'],
    'ref:refs/heads/main:repo:octo-org/octo-repo:repository_owner:octo-org',
    'custom'
  ],
  [
    'template context of a pull request',
    ['--event', 'pull_request', '--claim-keys', 'repo,context'],
    'repo:octo-org/octo-repo:pull_request',
    'pull_request'
  ],
  [
    'template key the run lacks renders empty',
    ['--event', 'push', '--ref', 'refs/heads/main', '--claim-keys', 'repo,environment'],
    'repo:octo-org/octo-repo:environment:',
    'custom'
  ],
  [
    'template with an immutable repo',
    [
      '--event',
      'push',
      '--ref',
      'refs/heads/main',
      '--claim-keys',
      'repo,context',
      '--owner-id',
      '1',
      '--repo-id',
      '2'
    ],
    'repo:octo-org@1/octo-repo@2:ref:refs/heads/main',
    'branch'
  ]
]

describe('sub: the subject GitHub would issue', () => {
  // every other row as text (the sub on its first line), the others as --json (the sub and its form)
  it.each(SUBJECTS.map((row, i) => [...row, i % 2 === 0 ? 'text' : 'json'] as const))(
    '%s',
    (_label, args, expected, form, output) => {
      if (output === 'text') {
        const text = cli(['sub', ...REPO, ...args])
        expect(text.status).toBe(0)
        expect(text.stdout.split('\n')[0]).toBe(expected)
      } else {
        const json = cli(['sub', ...REPO, ...args, '--json'])
        expect(json.status).toBe(0)
        expect(JSON.parse(json.stdout)).toMatchObject({ sub: expected, form: { kind: form } })
      }
    }
  )

  it('keeps the capitalisation and explains an immutable subject', () => {
    const r = cli([
      'sub',
      '--repo',
      'Octo-Org/Octo-Repo',
      '--event',
      'push',
      '--ref',
      'refs/heads/main',
      '--owner-id',
      '9',
      '--repo-id',
      '8'
    ])
    expect(r.stdout).toContain('repo:Octo-Org@9/Octo-Repo@8:ref:refs/heads/main')
    expect(r.stdout).toContain('name-only form (no longer sent): repo:Octo-Org/Octo-Repo:ref:refs/heads/main')
  })

  it.each<[string, string[], RegExp]>([
    ['no --repo', ['--event', 'push'], /--repo is required/],
    ['a bad --repo', ['--repo', 'octo-org', '--event', 'push'], /--repo must be OWNER\/REPO/],
    ['no --event', [...REPO], /--event is required/],
    ['a push without --ref', [...REPO, '--event', 'push'], /--ref is needed/],
    ['a short ref', [...REPO, '--event', 'push', '--ref', 'main'], /refs\/heads\/main or refs\/tags\/main/],
    ['one ID only', [...REPO, '--event', 'pull_request', '--owner-id', '1'], /both --owner-id and --repo-id/],
    ['a non-numeric ID', [...REPO, '--event', 'pull_request', '--owner-id', 'x', '--repo-id', '2'], /must be a number/],
    [
      'a template key with no value',
      [...REPO, '--event', 'push', '--ref', 'refs/heads/main', '--claim-keys', 'repo,job_workflow_ref'],
      /--claim job_workflow_ref=VALUE/
    ],
    ['a bad --claim', [...REPO, '--event', 'pull_request', '--claim', 'novalue'], /--claim must be KEY=VALUE/],
    ['an unknown option', [...REPO, '--event', 'pull_request', '--branch', 'main'], /Unknown option '--branch'/]
  ])('%s: exit 2, one line, no stack', (_label, args, message) => {
    const r = cli(['sub', ...args])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(r.stderr).not.toMatch(STACK_FRAME)
  })
})
