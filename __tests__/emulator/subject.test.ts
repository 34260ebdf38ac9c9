// `sub` by GitHub's rules, for every form the diagnosis has to recognise.
import { describe, expect, it } from '@jest/globals'
import { buildSubject, defaultRunContext, runClaims, type RunContext } from '../../emulator/index.js'

function sub(overrides: Partial<RunContext>): string {
  const run = defaultRunContext(overrides)
  return buildSubject(run, runClaims(run))
}

describe('default template', () => {
  it.each<[string, Partial<RunContext>, string]>([
    ['branch', {}, 'repo:octo-org/octo-repo:ref:refs/heads/main'],
    ['tag', { ref: 'refs/tags/v1.2.3' }, 'repo:octo-org/octo-repo:ref:refs/tags/v1.2.3'],
    ['pull request', { eventName: 'pull_request', ref: 'refs/pull/13/merge' }, 'repo:octo-org/octo-repo:pull_request'],
    ['pull_request_target', { eventName: 'pull_request_target' }, 'repo:octo-org/octo-repo:pull_request'],
    ['environment', { environment: 'production' }, 'repo:octo-org/octo-repo:environment:production'],
    [
      'environment wins over pull request',
      { environment: 'staging', eventName: 'pull_request' },
      'repo:octo-org/octo-repo:environment:staging'
    ],
    [
      'merge queue',
      {
        eventName: 'merge_group',
        ref: 'refs/heads/gh-readonly-queue/main/pr-13-a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
      },
      'repo:octo-org/octo-repo:ref:refs/heads/gh-readonly-queue/main/pr-13-a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
    ],
    ['a colon inside a value', { environment: 'prod:eu' }, 'repo:octo-org/octo-repo:environment:prod%3Aeu'],
    ['capitalisation kept', { owner: 'Octo-Org', repo: 'Octo-Repo' }, 'repo:Octo-Org/Octo-Repo:ref:refs/heads/main'],
    [
      'workflow_dispatch on a branch',
      { eventName: 'workflow_dispatch', ref: 'refs/heads/release' },
      'repo:octo-org/octo-repo:ref:refs/heads/release'
    ]
  ])('%s', (_label, overrides, expected) => {
    expect(sub(overrides)).toBe(expected)
  })
})

describe('immutable subject (2026)', () => {
  it.each<[string, Partial<RunContext>, string]>([
    ['branch', {}, 'repo:octo-org@123456/octo-repo@789012:ref:refs/heads/main'],
    ['environment', { environment: 'prod' }, 'repo:octo-org@123456/octo-repo@789012:environment:prod'],
    ['pull request', { eventName: 'pull_request' }, 'repo:octo-org@123456/octo-repo@789012:pull_request']
  ])('%s', (_label, overrides, expected) => {
    expect(sub({ ...overrides, immutableSubject: true })).toBe(expected)
  })
})

describe('custom include_claim_keys templates', () => {
  it.each<[string, Partial<RunContext>, string]>([
    [
      'repo, context, job_workflow_ref',
      { includeClaimKeys: ['repo', 'context', 'job_workflow_ref'], environment: 'prod' },
      'repo:octo-org/octo-repo:environment:prod:job_workflow_ref:octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main'
    ],
    ['repository_owner_id only', { includeClaimKeys: ['repository_owner_id'] }, 'repository_owner_id:123456'],
    [
      'order as configured',
      { includeClaimKeys: ['ref', 'repo', 'repository_owner'] },
      'ref:refs/heads/main:repo:octo-org/octo-repo:repository_owner:octo-org'
    ],
    [
      'context of a pull request',
      { includeClaimKeys: ['repo', 'context'], eventName: 'pull_request' },
      'repo:octo-org/octo-repo:pull_request'
    ],
    ['a key the token lacks', { includeClaimKeys: ['repo', 'environment'] }, 'repo:octo-org/octo-repo:environment:'],
    [
      'immutable repo in a template',
      { includeClaimKeys: ['repo', 'context'], immutableSubject: true },
      'repo:octo-org@123456/octo-repo@789012:ref:refs/heads/main'
    ],
    ['an empty template is the default', { includeClaimKeys: [] }, 'repo:octo-org/octo-repo:ref:refs/heads/main']
  ])('%s', (_label, overrides, expected) => {
    expect(sub(overrides)).toBe(expected)
  })
})
