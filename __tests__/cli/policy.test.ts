// `policy` through the built bin: the least-privilege document for a kind of run, and that
// `explain` (the action's evaluator) allows exactly that kind of run with it.
import { describe, expect, it } from '@jest/globals'
import { cli, PREFIX, pushClaims, STACK_FRAME } from './bin.js'

const BASE = ['policy', '--repo', 'octo-org/octo-repo', '--account', '123456789012']

function policyJson(args: string[]): { sub: { operator: string; value: string }; policy: object; warnings: string[] } {
  const r = cli([...BASE, ...args, '--json'])
  expect(r.status).toBe(0)
  return JSON.parse(r.stdout)
}

describe('policy: a least-privilege trust policy', () => {
  it.each<[string, string[], string, string]>([
    ['a branch', ['--branch', 'main'], 'StringEquals', 'repo:octo-org/octo-repo:ref:refs/heads/main'],
    [
      'a branch given as a ref',
      ['--branch', 'refs/heads/release'],
      'StringEquals',
      'repo:octo-org/octo-repo:ref:refs/heads/release'
    ],
    ['a tag pattern', ['--tag', 'v*'], 'StringLike', 'repo:octo-org/octo-repo:ref:refs/tags/v*'],
    [
      'an environment',
      ['--environment', 'production'],
      'StringEquals',
      'repo:octo-org/octo-repo:environment:production'
    ],
    [
      'a colon in the environment',
      ['--environment', 'prod:eu'],
      'StringEquals',
      'repo:octo-org/octo-repo:environment:prod%3Aeu'
    ],
    [
      'an immutable subject',
      ['--branch', 'main', '--owner-id', '1', '--repo-id', '2'],
      'StringEquals',
      'repo:octo-org@1/octo-repo@2:ref:refs/heads/main'
    ]
  ])('%s', (_label, args, operator, value) => {
    const out = policyJson(args)
    expect(out.sub).toEqual({ operator, value })
    expect(out.policy).toMatchObject({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${PREFIX}` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { [operator]: { [`${PREFIX}:sub`]: value } }
        }
      ]
    })
  })

  it('writes the bare document to stdout, so it can be redirected to a file and judged', () => {
    const doc = cli([...BASE, '--environment', 'production'])
    expect(doc.status).toBe(0)
    expect(JSON.parse(doc.stdout)).toHaveProperty('Statement')
    const judge = (claims: object) =>
      cli(['explain', '--claims', 'c.json', '--trust-policy', 'p.json'], {
        files: { 'c.json': JSON.stringify(claims), 'p.json': doc.stdout }
      }).status
    expect(judge(pushClaims({ sub: 'repo:octo-org/octo-repo:environment:production' }))).toBe(0)
    expect(judge(pushClaims({ sub: 'repo:octo-org/octo-repo:environment:staging' }))).toBe(1)
    expect(judge(pushClaims({ sub: 'repo:octo-org/octo-repo:pull_request' }))).toBe(1)
  })

  it('names the provider of the issuer and partition, with the partition’s audience', () => {
    const ghes = policyJson(['--branch', 'main', '--issuer', 'https://ghes.example.com/_services/token'])
    expect(JSON.stringify(ghes.policy)).toContain(
      'arn:aws:iam::123456789012:oidc-provider/ghes.example.com/_services/token'
    )
    expect(JSON.stringify(ghes.policy)).toContain('"ghes.example.com/_services/token:sub"')
    const china = policyJson(['--branch', 'main', '--partition', 'aws-cn'])
    expect(china.policy).toMatchObject({
      Statement: [
        {
          Principal: { Federated: `arn:aws-cn:iam::123456789012:oidc-provider/${PREFIX}` },
          Condition: { StringEquals: { [`${PREFIX}:aud`]: 'sts.amazonaws.com.cn' } }
        }
      ]
    })
  })

  it('Terraform on request', () => {
    const r = cli([...BASE, '--tag', 'v*', '--format', 'terraform'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^data "aws_iam_policy_document" /)
    expect(r.stdout).toContain('test     = "StringLike"')
    expect(r.stdout).toContain('values   = ["repo:octo-org/octo-repo:ref:refs/tags/v*"]')
  })

  it('says on stderr what it allows: an exact subject or a pattern', () => {
    expect(cli([...BASE, '--branch', 'main']).stderr).toBe(
      'This policy allows exactly the subject repo:octo-org/octo-repo:ref:refs/heads/main.\n'
    )
    expect(cli([...BASE, '--tag', 'v*']).stderr).toMatch(
      /^This policy allows the pattern repo:octo-org\/octo-repo:ref:refs\/tags\/v\* \(StringLike\): it allows every subject it matches/
    )
  })

  it('a wildcard branch is a StringLike pattern', () => {
    const r = cli([...BASE, '--branch', 'release/*', '--json'])
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout).sub).toEqual({
      operator: 'StringLike',
      value: 'repo:octo-org/octo-repo:ref:refs/heads/release/*'
    })
  })

  it.each<[string, string[], RegExp]>([
    ['no kind of run', [...BASE], /--branch B, --tag PATTERN or --environment NAME/],
    [
      'two kinds of run',
      [...BASE, '--branch', 'main', '--tag', 'v*'],
      /give only one of --branch, --tag, --environment/
    ],
    ['no account', ['policy', '--repo', 'octo-org/octo-repo', '--branch', 'main'], /--account is required/],
    [
      'a short account',
      ['policy', '--repo', 'a/b', '--branch', 'main', '--account', '1234'],
      /12-digit AWS account ID/
    ],
    ['a bad partition', [...BASE, '--branch', 'main', '--partition', 'azure'], /an AWS partition/],
    ['an http issuer', [...BASE, '--branch', 'main', '--issuer', 'http://x'], /--issuer must be .* an https:\/\/ URL/],
    ['a bad format', [...BASE, '--branch', 'main', '--format', 'yaml'], /--format must be json or terraform/]
  ])('%s: exit 2, one line, no stack', (_label, args, message) => {
    const r = cli(args)
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(r.stderr).not.toMatch(STACK_FRAME)
  })
})
