// `explain` through the built bin: the operators as IAM documents them, each row read from files
// or with one of them on stdin, in turn; the verdict is the exit code.
import { describe, expect, it } from '@jest/globals'
import { cli, policyWith, PREFIX, PROVIDER, pushClaims, STACK_FRAME } from './bin.js'

const SUB = `${PREFIX}:sub`
type Row = [string, Record<string, Record<string, unknown>>, Record<string, unknown>, boolean]

// [label, Condition block, claim overrides, allowed]
const OPERATORS: Row[] = [
  ['StringEquals exact sub', { StringEquals: { [SUB]: 'repo:octo-org/octo-repo:ref:refs/heads/main' } }, {}, true],
  [
    'StringEquals is case-sensitive',
    { StringEquals: { [SUB]: 'repo:Octo-Org/octo-repo:ref:refs/heads/main' } },
    {},
    false
  ],
  ['StringEquals takes * literally', { StringEquals: { [SUB]: 'repo:octo-org/octo-repo:*' } }, {}, false],
  ['StringLike *', { StringLike: { [SUB]: 'repo:octo-org/octo-repo:*' } }, {}, true],
  ['StringLike ?', { StringLike: { [SUB]: 'repo:octo-org/octo-rep?:ref:refs/heads/main' } }, {}, true],
  [
    'StringLike misses a pull request',
    { StringLike: { [SUB]: 'repo:octo-org/octo-repo:ref:refs/heads/*' } },
    { sub: 'repo:octo-org/octo-repo:pull_request' },
    false
  ],
  [
    'several values are OR',
    { StringLike: { [SUB]: ['repo:x/y:*', 'repo:octo-org/octo-repo:ref:refs/heads/*'] } },
    {},
    true
  ],
  [
    'several keys are AND',
    {
      StringEquals: { [`${PREFIX}:aud`]: 'other', [SUB]: 'repo:octo-org/octo-repo:ref:refs/heads/main' }
    },
    {},
    false
  ],
  ['StringNotEquals another value', { StringNotEquals: { [SUB]: 'repo:octo-org/octo-repo:pull_request' } }, {}, true],
  [
    'StringNotEquals the same value',
    { StringNotEquals: { [SUB]: 'repo:octo-org/octo-repo:ref:refs/heads/main' } },
    {},
    false
  ],
  ['StringNotLike', { StringNotLike: { [SUB]: '*:pull_request' } }, {}, true],
  [
    'StringEqualsIgnoreCase',
    { StringEqualsIgnoreCase: { [SUB]: 'REPO:OCTO-ORG/OCTO-REPO:REF:REFS/HEADS/MAIN' } },
    {},
    true
  ],
  [
    'condition keys are case-insensitive',
    { StringEquals: { 'Token.Actions.GitHubUserContent.com:SUB': 'repo:octo-org/octo-repo:ref:refs/heads/main' } },
    {},
    true
  ],
  ['StringEquals on an absent key', { StringEquals: { [`${PREFIX}:environment`]: 'prod' } }, {}, false],
  ['…IfExists on an absent key', { StringEqualsIfExists: { [`${PREFIX}:environment`]: 'prod' } }, {}, true],
  [
    '…IfExists on a present key',
    { StringEqualsIfExists: { [`${PREFIX}:environment`]: 'prod' } },
    { environment: 'staging' },
    false
  ],
  ['Null true on an absent key', { Null: { [`${PREFIX}:environment`]: 'true' } }, {}, true],
  ['Null true on a present key', { Null: { [SUB]: 'true' } }, {}, false],
  [
    'ForAnyValue:StringEquals over aud',
    { 'ForAnyValue:StringEquals': { [`${PREFIX}:aud`]: 'sts.amazonaws.com' } },
    { aud: ['x', 'sts.amazonaws.com'] },
    true
  ],
  [
    'ForAllValues: on an absent key is vacuously true',
    { 'ForAllValues:StringEquals': { [`${PREFIX}:environment`]: 'prod' } },
    {},
    true
  ],
  ['StringLike on ref', { StringLike: { [`${PREFIX}:ref`]: 'refs/heads/*' } }, {}, true],
  // AWS puts only some GitHub claims in the request: a condition on another never matches
  ['a claim AWS has no key for', { StringEquals: { [`${PREFIX}:repository_owner`]: 'octo-org' } }, {}, false],
  ['a claim AWS has no key for, negated', { StringNotEquals: { [`${PREFIX}:event_name`]: 'pull_request' } }, {}, true]
]

describe('explain: one line per condition and the verdict as the exit code', () => {
  // each row read one of three ways in turn: both files, the claims on stdin, the policy on stdin
  const FORMS = ['files', 'claims on stdin', 'trust policy on stdin'] as const
  it.each(OPERATORS.map((row, i) => [...row, FORMS[i % FORMS.length]] as const))(
    '%s',
    (_label, condition, overrides, allowed, form) => {
      const claims = JSON.stringify(pushClaims(overrides))
      const policy = JSON.stringify(policyWith(condition))
      const [operator, block] = Object.entries(condition)[0]
      const key = Object.keys(block)[0]
      const mark = `${allowed ? '✓' : '✗'} ${operator} ${key}`
      const read = {
        files: { args: ['--claims', 'c.json', '--trust-policy', 'p.json'], stdin: undefined },
        'claims on stdin': { args: ['--claims', '-', '--trust-policy', 'p.json'], stdin: claims },
        'trust policy on stdin': { args: ['--claims', 'c.json', '--trust-policy', '-'], stdin: policy }
      }[form]
      const r = cli(['explain', ...read.args], { files: { 'c.json': claims, 'p.json': policy }, stdin: read.stdin })
      expect(r.stderr).toBe('')
      expect(r.status).toBe(allowed ? 0 : 1)
      expect(r.stdout.split('\n')[0]).toBe(
        `Trust policy ${allowed ? 'ALLOWS' : 'DENIES (no statement allows)'} this token`
      )
      expect(r.stdout).toContain(mark)
    }
  )

  it('says plainly when AWS has no such condition key, and what to use instead', () => {
    const r = cli(['explain', '--claims', 'c.json', '--trust-policy', 'p.json'], {
      files: {
        'c.json': JSON.stringify(pushClaims()),
        'p.json': JSON.stringify(policyWith({ StringEquals: { [`${PREFIX}:repository_owner`]: 'octo-org' } }))
      }
    })
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(
      /✗ StringEquals token\.actions\.githubusercontent\.com:repository_owner: AWS has no such condition key/
    )
    expect(r.stdout).toMatch(/Fix \(safest first\):\n {2}- replace it with /)
  })

  it('an explicit Deny wins over an Allow', () => {
    const allow = policyWith({ StringLike: { [SUB]: 'repo:octo-org/*' } }) as { Statement: object[] }
    const deny = policyWith({ StringLike: { [SUB]: '*:ref:refs/heads/main' } }, 'Deny') as { Statement: object[] }
    const policy = { Version: '2012-10-17', Statement: [...allow.Statement, ...deny.Statement] }
    const r = cli(['explain', '--claims', 'c.json', '--trust-policy', '-', '--json'], {
      files: { 'c.json': JSON.stringify(pushClaims()) },
      stdin: JSON.stringify(policy)
    })
    expect(r.status).toBe(1)
    expect(JSON.parse(r.stdout)).toMatchObject({ decision: 'explicit-deny', allowed: false })
  })

  it('a principal naming another account denies, and --role-arn sets the account', () => {
    const policy = JSON.stringify(policyWith({ StringLike: { [SUB]: 'repo:octo-org/*' } }))
    const files = { 'c.json': JSON.stringify(pushClaims()), 'p.json': policy }
    const args = ['explain', '--claims', 'c.json', '--trust-policy', 'p.json']
    expect(cli(args, { files }).status).toBe(0)
    const other = cli([...args, '--role-arn', 'arn:aws:iam::210987654321:role/deploy'], { files })
    expect(other.status).toBe(1)
    expect(other.stdout).toContain('principal ✗')
    expect(other.stdout).toContain('differs in the account (123456789012, not 210987654321)')
    expect(other.stdout).toContain(
      '- set Principal.Federated of statement 0 to arn:aws:iam::210987654321:oidc-provider/'
    )
  })

  it('a denial names the sub form and a policy that allows it, with the same warnings as the action', () => {
    const policy = policyWith({ StringLike: { [SUB]: 'repo:octo-org/octo-repo:ref:refs/heads/*' } })
    const claims = pushClaims({ sub: 'repo:octo-org/octo-repo:environment:production', environment: 'production' })
    const r = cli(['explain', '--claims', 'c.json', '--trust-policy', 'p.json'], {
      files: { 'c.json': JSON.stringify(claims), 'p.json': JSON.stringify(policy) }
    })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain("The job uses the environment 'production'")
    expect(r.stdout).toContain(`"${SUB}": "repo:octo-org/octo-repo:environment:production"`)
    expect(r.stdout).toMatch(/warning: Statement 0 has no condition on token\.actions\.githubusercontent\.com:aud/)
    const json = JSON.parse(
      cli(['explain', '--claims', '-', '--trust-policy', 'p.json', '--json'], {
        files: { 'p.json': JSON.stringify(policy) },
        stdin: JSON.stringify(claims)
      }).stdout
    )
    expect(json.subject.form).toEqual({ kind: 'environment', environment: 'production' })
    expect(json.denial.fix[0]).toMatch(/^add repo:octo-org\/octo-repo:environment:production to the .*:sub values/)
    expect(json.denial.snippets[0].body).toContain(PROVIDER)
    expect(json.warnings).toEqual([expect.stringMatching(/has no condition on .*:aud/)])
  })

  it('reads aws iam get-role output with a URL-encoded document', () => {
    const doc = encodeURIComponent(
      JSON.stringify(policyWith({ StringEquals: { [SUB]: 'repo:octo-org/octo-repo:ref:refs/heads/main' } }))
    )
    const role = JSON.stringify({ Role: { RoleName: 'deploy', AssumeRolePolicyDocument: doc } })
    const r = cli(['explain', '--claims', 'c.json', '--trust-policy', 'role.json'], {
      files: { 'c.json': JSON.stringify(pushClaims()), 'role.json': role }
    })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(`✓ StringEquals ${SUB} expected repo:octo-org/octo-repo:ref:refs/heads/main`)
  })
})

/** An unsigned JWT: the signature is never checked, so any third part will do. */
function jwt(claims: object): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`
}

describe('explain: --claims as a JWT', () => {
  const policy = JSON.stringify(policyWith({ StringEquals: { [SUB]: 'repo:octo-org/octo-repo:ref:refs/heads/main' } }))

  it('decodes it and never prints it, from a file or stdin', () => {
    const token = jwt(pushClaims())
    for (const r of [
      cli(['explain', '--claims', 't.jwt', '--trust-policy', 'p.json'], {
        files: { 't.jwt': `${token}\n`, 'p.json': policy }
      }),
      cli(['explain', '--claims', '-', '--trust-policy', 'p.json', '--json'], {
        files: { 'p.json': policy },
        stdin: token
      })
    ]) {
      expect(r.status).toBe(0)
      for (const part of token.split('.')) {
        expect(r.stdout).not.toContain(part)
        expect(r.stderr).not.toContain(part)
      }
    }
  })

  it('a JWT whose payload is not claims: exit 2, and still not printed', () => {
    const token = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from('not json at all').toString('base64url')}.c2ln`
    const r = cli(['explain', '--claims', '-', '--trust-policy', 'p.json'], {
      files: { 'p.json': policy },
      stdin: token
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/--claims looks like a JWT, but its payload is not a JSON object of claims/)
    for (const part of token.split('.')) expect(r.stderr + r.stdout).not.toContain(part)
  })
})

describe('explain: usage and input errors exit 2 with one line and no stack trace', () => {
  const policy = JSON.stringify(policyWith({ StringLike: { [SUB]: 'repo:octo-org/*' } }))
  const claims = JSON.stringify(pushClaims())
  it.each<[string, string[], Record<string, string>, string | undefined, RegExp]>([
    ['no --claims', ['--trust-policy', 'p.json'], { 'p.json': policy }, undefined, /--claims is required/],
    [
      'a missing file',
      ['--claims', 'nope.json', '--trust-policy', 'p.json'],
      { 'p.json': policy },
      undefined,
      /--claims: no such file 'nope.json'/
    ],
    [
      'a directory',
      ['--claims', '.', '--trust-policy', 'p.json'],
      { 'p.json': policy },
      undefined,
      /is not a regular file/
    ],
    ['both on stdin', ['--claims', '-', '--trust-policy', '-'], {}, claims, /only one of --claims and --trust-policy/],
    ['empty claims', ['--claims', '-', '--trust-policy', 'p.json'], { 'p.json': policy }, '  \n', /--claims is empty/],
    [
      'broken JSON claims',
      ['--claims', '-', '--trust-policy', 'p.json'],
      { 'p.json': policy },
      '{"sub": ',
      /not valid JSON/
    ],
    [
      'a JSON array',
      ['--claims', '-', '--trust-policy', 'p.json'],
      { 'p.json': policy },
      '[1]',
      /is not a JSON object of claims/
    ],
    [
      'claims without iss',
      ['--claims', '-', '--trust-policy', 'p.json'],
      { 'p.json': policy },
      '{"sub":"repo:a/b:pull_request"}',
      /there is no iss claim/
    ],
    [
      'a policy that is not JSON',
      ['--claims', 'c.json', '--trust-policy', '-'],
      { 'c.json': claims },
      'Version: 2012',
      /--trust-policy: the input is not JSON/
    ],
    [
      'a policy without Statement',
      ['--claims', 'c.json', '--trust-policy', '-'],
      { 'c.json': claims },
      '{"Version":"2012-10-17"}',
      /--trust-policy: the policy has no Statement/
    ],
    [
      'a bad --role-arn',
      ['--claims', 'c.json', '--trust-policy', 'p.json', '--role-arn', 'deploy'],
      { 'c.json': claims, 'p.json': policy },
      undefined,
      /--role-arn: 'deploy' is not a role ARN/
    ],
    [
      'an unknown option',
      ['--claims', 'c.json', '--policy', 'p.json'],
      { 'c.json': claims },
      undefined,
      /Unknown option '--policy'/
    ],
    ['a stray argument', ['c.json'], {}, undefined, /unexpected argument 'c.json'/]
  ])('%s', (_label, args, files, stdin, message) => {
    const r = cli(['explain', ...args], { files, stdin })
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(r.stderr).not.toMatch(STACK_FRAME)
  })

  it('[S21] reads a file bounded by the read itself: a /proc file that stat calls empty is refused at 1 MiB', () => {
    const started = Date.now()
    const r = cli(['explain', '--claims', '/proc/self/pagemap', '--trust-policy', 'p.json'], {
      files: { 'p.json': policy }
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/--claims: '\/proc\/self\/pagemap' is larger than 1024 KiB/)
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('an unknown command and no command', () => {
    const unknown = cli(['explian'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/unknown command 'explian'; the commands are explain, sub, policy/)
    const none = cli([])
    expect(none.status).toBe(2)
    expect(none.stdout).toMatch(/^Usage: aws-oidc-credentials <command>/)
  })

  it.each(['explain', 'sub', 'policy'])('%s --help shows examples and exits 0', (command) => {
    const r = cli([command, '--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(new RegExp(`^Usage: aws-oidc-credentials ${command} `))
    expect(r.stdout).toMatch(/Examples:\n( {2}.+\n)* {2}aws-oidc-credentials /)
  })
})
