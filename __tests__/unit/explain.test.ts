import { describe, expect, it } from '@jest/globals'
import { STSServiceException } from '@aws-sdk/client-sts'
import { classify } from '../../src/diagnosis/classify.js'
import { analyzeSubject } from '../../src/diagnosis/subject.js'
import { parseInputs } from '../../src/inputs/index.js'
import { evaluateLocally } from '../../src/diagnosis/trust-check.js'
import { githubClaims, NOW_S } from '../fixtures/token.js'

const denied = () =>
  new STSServiceException({
    name: 'AccessDenied',
    $fault: 'client',
    message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    $metadata: { httpStatusCode: 403, requestId: 'r-1' }
  })

function config(extra: Record<string, string> = {}) {
  const inputs: Record<string, string> = {
    'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
    'aws-region': 'eu-west-1',
    audience: 'sts.amazonaws.com',
    ...extra
  }
  return parseInputs({
    get: (n) => inputs[n] ?? '',
    env: {},
    readFile: () => {
      throw new Error('no')
    },
    resolvePath: (p) => p
  })
}

function deniedReport(sub: string, extra: Record<string, unknown> = {}, inputs: Record<string, string> = {}) {
  const claims = githubClaims({ sub, ...extra })
  const cfg = config(inputs)
  const f = classify(denied(), {
    stage: 'assume',
    nowMs: NOW_S * 1000,
    config: cfg,
    claims,
    evaluation: evaluateLocally(cfg, claims)
  })
  return {
    f,
    text: [
      f.message,
      ...(f.details.evidence ?? []),
      ...(f.details.fix ?? []),
      ...(f.details.causes ?? []),
      ...(f.details.snippets ?? []).flatMap((s) => [s.title, s.body])
    ].join('\n')
  }
}

describe('trust-policy-denied evidence', () => {
  it('shows sub, aud, iss, the provider ARN, the missing-role caveat and a minimal policy', () => {
    const { f, text } = deniedReport('repo:octo-org/octo-repo:pull_request')
    expect(f.code).toBe('trust-policy-denied')
    expect(text).toContain('token sub: repo:octo-org/octo-repo:pull_request')
    expect(text).toContain('token aud: sts.amazonaws.com')
    expect(text).toContain('arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com')
    expect(text).toMatch(/never matches a policy pattern on ref:refs\/heads\/\*/)
    expect(text).toMatch(/role does not exist.*account 123456789012, role deploy/)
    // the safest fix first: a separate read-only role, before widening this one
    expect(f.details.fix?.[0]).toMatch(/separate read-only role/)
    expect(f.details.fix?.[1]).toMatch(/add repo:octo-org\/octo-repo:pull_request to the .*:sub values.*⚠/)
    const policy = JSON.parse(f.details.snippets?.[0].body ?? '{}')
    expect(policy.Statement[0].Condition.StringEquals).toEqual({
      'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
      'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:pull_request'
    })
    const terraform = f.details.snippets?.find((x) => x.title.endsWith('(Terraform)'))
    expect(terraform?.summaryOnly).toBe(true)
    expect(terraform?.body).toMatch(/data "aws_iam_policy_document"[\s\S]*test += "StringEquals"/)
  })

  it('explains environment, tag and merge-queue subjects', () => {
    expect(deniedReport('repo:octo-org/octo-repo:environment:prod').text).toMatch(
      /environment 'prod'.*in place of the ref/
    )
    const tag = deniedReport('repo:octo-org/octo-repo:ref:refs/tags/v1.2.3')
    expect(tag.text).toMatch(/tag 'v1.2.3'/)
    expect(
      JSON.parse(tag.f.details.snippets?.[0].body ?? '{}').Statement[0].Condition.StringLike[
        'token.actions.githubusercontent.com:sub'
      ]
    ).toBe('repo:octo-org/octo-repo:ref:refs/tags/v*')
    expect(deniedReport('repo:octo-org/octo-repo:ref:refs/heads/gh-readonly-queue/main/pr-13-abc123').text).toMatch(
      /merge queue.*gh-readonly-queue\/main/
    )
  })

  it('shows both forms of an immutable subject', () => {
    const { text } = deniedReport('repo:octo-org@123456/octo-repo@789012:ref:refs/heads/main')
    expect(text).toMatch(/immutable subject/)
    expect(text).toContain('name-only form (no longer sent): repo:octo-org/octo-repo:ref:refs/heads/main')
    expect(text).toContain('immutable form (this token):     repo:octo-org@123456/octo-repo@789012:ref:refs/heads/main')
  })

  it("recognises the early dash form only with the token's own IDs", () => {
    expect(analyzeSubject('repo:octo-org-123456/octo-repo-789012:ref:refs/heads/main', githubClaims()).immutable).toBe(
      true
    )
    expect(analyzeSubject('repo:team-2024/app-1:ref:refs/heads/main', githubClaims()).immutable).toBe(false)
  })

  it('lists the keys of a custom sub template', () => {
    const { text } = deniedReport(
      'repo:octo-org/octo-repo:environment:prod:job_workflow_ref:octo-org/ci/.github/workflows/deploy.yml@refs/heads/main'
    )
    expect(text).toMatch(/custom sub template.*repo, environment, job_workflow_ref/)
  })

  it('names the failing condition and a case-only difference when the trust policy is given', () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: {
              'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
              'token.actions.githubusercontent.com:sub': 'repo:Octo-Org/octo-repo:ref:refs/heads/main'
            }
          }
        }
      ]
    })
    const { text } = deniedReport('repo:octo-org/octo-repo:ref:refs/heads/main', {}, { 'trust-policy': policy })
    expect(text).toMatch(/statement 0: ✗ StringEquals token.actions.githubusercontent.com:sub/)
    expect(text).toMatch(/only by letter case/)
  })

  it('says the given policy differs from the role when it allows but STS denied', () => {
    const policy = JSON.stringify({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
            StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:*' }
          }
        }
      ]
    })
    expect(deniedReport('repo:octo-org/octo-repo:ref:refs/heads/main', {}, { 'trust-policy': policy }).text).toMatch(
      /trust-policy input allows this token, but AWS denied it: the role's actual trust policy differs/
    )
  })

  it('keeps a redacted sub out of the report', () => {
    const { f, text } = deniedReport(
      'repo:octo-org/secret-repo:ref:refs/heads/main',
      {},
      { 'redact-claims': 'sub,jti' }
    )
    expect(text).not.toContain('secret-repo')
    expect(f.message).not.toContain('secret-repo')
  })
})

describe('other evidence', () => {
  const cfg = config()
  it('audience-mismatch explains a token with several audiences', () => {
    const err = new STSServiceException({
      name: 'InvalidIdentityToken',
      $fault: 'client',
      message: 'Incorrect token audience',
      $metadata: { httpStatusCode: 400 }
    })
    const f = classify(err, {
      stage: 'assume',
      nowMs: NOW_S * 1000,
      config: cfg,
      claims: githubClaims({ aud: ['sts.amazonaws.com', 'https://kubernetes.default.svc'] })
    })
    expect(f.code).toBe('audience-mismatch')
    expect(f.message).toMatch(/2 audiences; AWS needs exactly one/)
  })
  it('audience-mismatch points China roles at sts.amazonaws.com.cn', () => {
    const err = new STSServiceException({
      name: 'InvalidIdentityToken',
      $fault: 'client',
      message: 'Incorrect token audience',
      $metadata: { httpStatusCode: 400 }
    })
    const cn = config({ 'role-to-assume': 'arn:aws-cn:iam::123456789012:role/deploy', 'aws-region': 'cn-north-1' })
    const f = classify(err, { stage: 'assume', nowMs: NOW_S * 1000, config: cn, claims: githubClaims() })
    expect(f.details.fix?.[0]).toMatch(
      /^request the audience the provider is made for: set the input audience: sts\.amazonaws\.com\.cn/
    )
  })
  it('oidc-provider-not-found gives the create command', () => {
    const err = new STSServiceException({
      name: 'InvalidIdentityToken',
      $fault: 'client',
      message: 'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
      $metadata: { httpStatusCode: 400 }
    })
    const f = classify(err, { stage: 'assume', nowMs: NOW_S * 1000, config: cfg, claims: githubClaims() })
    expect(f.details.snippets?.[0].body).toBe(
      'aws iam create-open-id-connect-provider --url https://token.actions.githubusercontent.com --client-id-list sts.amazonaws.com'
    )
  })
  it('token-expired compares exp with the runner clock', () => {
    const err = new STSServiceException({
      name: 'ExpiredTokenException',
      $fault: 'client',
      message: 'Token expired: current date/time 1 must be before the expiration date/time0',
      $metadata: { httpStatusCode: 400 }
    })
    const f = classify(err, { stage: 'assume', nowMs: (NOW_S + 400) * 1000, config: cfg, claims: githubClaims() })
    expect(f.details.evidence?.join('\n')).toMatch(
      /token exp: \d+ \(2026-11-21T12:04:50.000Z\), 110 s ago by the runner clock/
    )
  })
})
