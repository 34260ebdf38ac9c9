// `explain` through the built bin where AWS's own reference decides (issue 18): the ten GitHub
// keys, policy variables, set operators on absent keys, multivalued keys without a set operator
// and redacted claims ("cannot decide", exit 3), get-role output naming the role, letter case.
import { describe, expect, it } from '@jest/globals'
import { cli, policyWith, PREFIX, pushClaims } from './bin.js'

const SUB = `${PREFIX}:sub`

function explain(
  condition: Record<string, Record<string, unknown>>,
  claims: Record<string, unknown> = {},
  extra: string[] = []
) {
  return cli(['explain', '--claims', 'c.json', '--trust-policy', 'p.json', ...extra], {
    files: { 'c.json': JSON.stringify(pushClaims(claims)), 'p.json': JSON.stringify(policyWith(condition)) }
  })
}

describe('explain: the keys AWS provides for GitHub issuers', () => {
  it('repository_owner_id is a condition key: a policy on it allows', () => {
    const r = explain({ StringEquals: { [`${PREFIX}:repository_owner_id`]: '123456' } })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(`✓ StringEquals ${PREFIX}:repository_owner_id expected 123456, got 123456`)
    expect(r.stdout).not.toContain('no such condition key')
  })

  it('a github.com/enterprises/<name> issuer has the GitHub keys under its own prefix', () => {
    const iss = 'https://github.com/enterprises/acme'
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/github.com/enterprises/acme' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { 'github.com/enterprises/acme:repository': 'octo-org/octo-repo' } }
        }
      ]
    }
    const r = cli(['explain', '--claims', 'c.json', '--trust-policy', 'p.json'], {
      files: { 'c.json': JSON.stringify(pushClaims({ iss })), 'p.json': JSON.stringify(policy) }
    })
    expect(r.status).toBe(0)
  })
})

describe('explain: policy variables', () => {
  const variable = `repo:\${${PREFIX}:repository}:*`

  it('substitutes ${key} under Version 2012-10-17 and shows the substituted value', () => {
    const r = explain({ StringLike: { [SUB]: variable } })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(
      `✓ StringLike ${SUB} expected repo:octo-org/octo-repo:* (policy variables substituted), got repo:octo-org/octo-repo:ref:refs/heads/main`
    )
  })

  it('reads ${…} as literal text without a Version', () => {
    const policy = policyWith({ StringLike: { [SUB]: variable } }) as Record<string, unknown>
    delete policy.Version
    const r = cli(['explain', '--claims', 'c.json', '--trust-policy', 'p.json'], {
      files: { 'c.json': JSON.stringify(pushClaims()), 'p.json': JSON.stringify(policy) }
    })
    expect(r.status).toBe(1)
  })

  it('${*} is a literal asterisk, ${$} a literal dollar', () => {
    expect(explain({ StringLike: { [`${PREFIX}:environment`]: 'prod${*}' } }, { environment: 'prod-eu' }).status).toBe(
      1
    )
    expect(explain({ StringLike: { [`${PREFIX}:environment`]: 'prod${*}' } }, { environment: 'prod*' }).status).toBe(0)
    expect(explain({ StringEquals: { [`${PREFIX}:environment`]: '${$}{x}' } }, { environment: '${x}' }).status).toBe(0)
  })

  it('a variable naming a key the request lacks matches nothing, and says so', () => {
    const r = explain({ StringLike: { [SUB]: `*\${${PREFIX}:environment}*` } })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(`has no value in this request (no such key), so this value matches nothing`)
  })
})

describe('explain: set operators on an absent key', () => {
  it('ForAnyValue:…IfExists on an absent key is false; ForAllValues:…IfExists is true', () => {
    expect(explain({ 'ForAnyValue:StringEqualsIfExists': { [`${PREFIX}:environment`]: 'prod' } }).status).toBe(1)
    expect(explain({ 'ForAllValues:StringEqualsIfExists': { [`${PREFIX}:environment`]: 'prod' } }).status).toBe(0)
  })
})

describe('explain: cannot decide (exit 3)', () => {
  it('a multivalued aud without a set operator: never ALLOWS, names AWS’s page', () => {
    const r = explain({ StringEquals: { [`${PREFIX}:aud`]: 'sts.amazonaws.com' } }, { aud: ['sts.amazonaws.com', 'x'] })
    expect(r.status).toBe(3)
    expect(r.stdout.split('\n')[0]).toBe('Trust policy CANNOT DECIDE whether it allows this token')
    expect(r.stdout).toContain('Multivalued context keys require a condition set operator')
    expect(r.stdout).not.toMatch(/^Why:|^Fix/m)
    const json = JSON.parse(
      explain({ StringEquals: { [`${PREFIX}:aud`]: 'sts.amazonaws.com' } }, { aud: ['sts.amazonaws.com', 'x'] }, [
        '--json'
      ]).stdout
    )
    expect(json.decision).toBe('cannot-decide')
    expect(json.allowed).toBe(false)
    expect(json.undecided).toEqual([expect.stringMatching(/^StringEquals .*:aud: .*2 values in this request/)])
  })

  it('NumericLessThan on a String key: AWS documents no outcome', () => {
    const r = explain({ NumericLessThan: { [`${PREFIX}:repository_id`]: '999999' } })
    expect(r.status).toBe(3)
    expect(r.stdout).toContain('is a String key; AWS documents no outcome')
  })

  it('redacted claims (***) in pasted claims: cannot decide, naming them', () => {
    const claims = JSON.stringify(pushClaims({ sub: '***', ref: '***' }))
    const policy = JSON.stringify(
      policyWith({ StringEquals: { [SUB]: 'repo:octo-org/octo-repo:ref:refs/heads/main' } })
    )
    const r = cli(['explain', '--claims', 'c.json', '--trust-policy', 'p.json'], {
      files: { 'c.json': claims, 'p.json': policy }
    })
    expect(r.status).toBe(3)
    expect(r.stdout).toMatch(/^redacted claims: sub \(shown as \*\*\* in the pasted log/m)
    expect(r.stdout).not.toContain('suggest')
  })
})

describe('explain: get-role output names the role', () => {
  it('uses the Arn of the file without --role-arn', () => {
    const doc = policyWith({ StringEquals: { [SUB]: 'repo:octo-org/octo-repo:ref:refs/heads/dev' } })
    const role = JSON.stringify({
      Role: {
        RoleName: 'deploy',
        Arn: 'arn:aws:iam::210987654321:role/ci/deploy',
        AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(doc))
      }
    })
    const r = cli(['explain', '--claims', 'c.json', '--trust-policy', 'role.json'], {
      files: { 'c.json': JSON.stringify(pushClaims()), 'role.json': role }
    })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('(account from the get-role output’s Arn)')
    expect(r.stdout).toContain('arn:aws:iam::210987654321:oidc-provider/token.actions.githubusercontent.com')
    expect(r.stdout).not.toContain('role ROLE')
    expect(r.stdout).not.toContain('--role-name ROLE')
  })
})

describe('explain: letter case, for a pattern too', () => {
  it('StringLike repo:Octo-Org/octo-repo:* names the case difference', () => {
    const r = explain({ StringLike: { [SUB]: 'repo:Octo-Org/octo-repo:*' } })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(
      '"repo:Octo-Org/octo-repo:*" differs from the token only by letter case: IAM string matching is case-sensitive'
    )
    expect(r.stdout).toMatch(/^Why: In the StringLike condition on .*differs from the token only by letter case/m)
  })
})

/** One Allow statement trusting `provider`, with these conditions. */
function policyFor(provider: string, condition: Record<string, Record<string, unknown>>): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${provider}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition
      }
    ]
  })
}

const runExplain = (claims: object, policy: string) =>
  cli(['explain', '--claims', 'c.json', '--trust-policy', 'p.json'], {
    files: { 'c.json': JSON.stringify(claims), 'p.json': policy }
  })

describe('explain: issuers of their own (enterprise, GHES) name their provider and key prefix first', () => {
  it.each([
    [
      'an enterprise slug',
      'https://token.actions.githubusercontent.com/acme',
      'token.actions.githubusercontent.com/acme'
    ],
    ['GHES', 'https://ghes.example.com/_services/token', 'ghes.example.com/_services/token']
  ])('%s token, policy keys of the default prefix', (_label, iss, prefix) => {
    const r = runExplain(
      pushClaims({ iss }),
      policyFor(prefix, {
        StringEquals: { [`${PREFIX}:aud`]: 'sts.amazonaws.com' },
        StringLike: { [SUB]: 'repo:octo-org/*' }
      })
    )
    expect(r.status).toBe(1)
    const provider = `arn:aws:iam::123456789012:oidc-provider/${prefix}`
    const why = r.stdout.split('\n').find((l) => l.startsWith('Why: '))!
    expect(why).toContain(`${prefix}:sub`)
    expect(why).toContain(provider)
    expect(why).toContain("keys of another issuer's prefix, absent from this request")
    const firstFix = r.stdout.split('\n')[r.stdout.split('\n').indexOf('Fix (safest first):') + 1]
    expect(firstFix).toContain(`the prefix ${prefix}:`)
    expect(firstFix).toContain(provider)
    // the audience the token has is not called absent, nor is requesting it advised
    expect(r.stdout).not.toContain("this token's is (absent)")
    expect(r.stdout).not.toMatch(/request the audience/)
    expect(r.stdout).toContain(`this token's key is ${prefix}:aud = sts.amazonaws.com`)
  })
})

describe('explain: non-GitHub issuers get no GitHub advice', () => {
  const EKS = 'oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF'
  const k8s = { iss: `https://${EKS}`, sub: 'system:serviceaccount:ci:deployer', aud: ['sts.amazonaws.com'] }

  it('a Kubernetes sub: no custom sub template, no include_claim_keys, no GitHub form', () => {
    const r = runExplain(k8s, policyFor(EKS, { StringEquals: { [`${EKS}:sub`]: 'system:serviceaccount:ci:other' } }))
    expect(r.status).toBe(1)
    expect(r.stdout).not.toMatch(/include_claim_keys|custom sub template|GitHub's default/)
    expect(r.stdout).toContain(`not a GitHub token: the issuer https://${EKS} writes its own sub`)
    expect(r.stdout).toContain(
      `✗ StringEquals ${EKS}:sub expected system:serviceaccount:ci:other, got system:serviceaccount:ci:deployer`
    )
  })

  it('no "any repository" warning for a Kubernetes issuer', () => {
    const r = runExplain(k8s, policyFor(EKS, { StringLike: { [`${EKS}:sub`]: '*' } }))
    expect(r.stdout).not.toContain('any repository')
    expect(r.stdout).toContain('any subject of that issuer could assume this role')
  })

  it('keys written with the trailing slash: the value is named, and the slash', () => {
    const r = runExplain(k8s, policyFor(EKS, { StringEquals: { [`${EKS}/:sub`]: k8s.sub } }))
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(`this token's key is ${EKS}:sub = system:serviceaccount:ci:deployer`)
    expect(r.stdout).toMatch(/^Why: .*differ from its keys only by a trailing slash before the colon/m)
  })

  it('an issuer differing only by a trailing slash is said to', () => {
    const r = runExplain(k8s, policyFor(`${EKS}/`, { StringEquals: { [`${EKS}:sub`]: k8s.sub } }))
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/^Why: .*differs in the issuer only by a trailing slash \(the policy has it/m)
  })

  it('a GitLab token: its keys are found, not called absent', () => {
    const gitlab = {
      iss: 'https://gitlab.com',
      sub: 'project_path:group/app:ref_type:branch:ref:main',
      aud: 'sts.amazonaws.com'
    }
    const r = runExplain(
      gitlab,
      policyFor('gitlab.com', { StringEquals: { 'gitlab.com:sub': 'project_path:group/app:ref_type:branch:ref:dev' } })
    )
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('got project_path:group/app:ref_type:branch:ref:main')
    expect(r.stdout).not.toMatch(/got \(absent\)|include_claim_keys/)
  })
})
