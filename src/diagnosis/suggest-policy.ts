// The minimal trust policy that would allow exactly this run: printed on a denial and in dry-run.
import { issuerPrefix, providerArnFor } from '../policy/index.js'

export interface PolicySuggestion {
  providerArn: string
  /** pretty JSON, for the job summary */
  json: string
  /** the same document in a handful of lines, for the log */
  compactJson: string
  terraform: string
}

export interface SuggestionInput {
  iss: string
  aud: string
  account: string
  partition: string
  sub: { operator: 'StringEquals' | 'StringLike'; value: string }
}

export function suggestTrustPolicy(s: SuggestionInput): PolicySuggestion {
  const prefix = issuerPrefix(s.iss)
  const providerArn = providerArnFor(s.iss, s.account, s.partition)
  const conditions: Record<string, Record<string, string>> = { StringEquals: { [`${prefix}:aud`]: s.aud } }
  conditions[s.sub.operator] = { ...conditions[s.sub.operator], [`${prefix}:sub`]: s.sub.value }
  const json = JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: providerArn },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: conditions
        }
      ]
    },
    null,
    2
  )
  const hcl = (v: string): string => JSON.stringify(v).replace(/\$\{/g, '$${')
  const terraform = [
    'data "aws_iam_policy_document" "github_oidc_trust" {',
    '  statement {',
    '    actions = ["sts:AssumeRoleWithWebIdentity"]',
    '    principals {',
    '      type        = "Federated"',
    `      identifiers = [${hcl(providerArn)}]`,
    '    }',
    '    condition {',
    '      test     = "StringEquals"',
    `      variable = ${hcl(`${prefix}:aud`)}`,
    `      values   = [${hcl(s.aud)}]`,
    '    }',
    '    condition {',
    `      test     = "${s.sub.operator}"`,
    `      variable = ${hcl(`${prefix}:sub`)}`,
    `      values   = [${hcl(s.sub.value)}]`,
    '    }',
    '  }',
    '}'
  ].join('\n')
  const q = (v: string): string => JSON.stringify(v)
  const conditionLines = Object.entries(conditions).map(
    ([op, block], i, all) =>
      `    ${q(op)}: {${Object.entries(block)
        .map(([k, v]) => `${q(k)}: ${q(v)}`)
        .join(', ')}}${i < all.length - 1 ? ',' : ''}`
  )
  const compactJson = [
    '{"Version": "2012-10-17", "Statement": [{',
    '  "Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity",',
    `  "Principal": {"Federated": ${q(providerArn)}},`,
    '  "Condition": {',
    ...conditionLines,
    '  }}]}'
  ].join('\n')
  return { providerArn, json, compactJson, terraform }
}

/** Exact subject or pattern, said plainly next to a suggested policy. */
export function subjectLabel(sub: SuggestionInput['sub']): string {
  return sub.operator === 'StringLike'
    ? `the pattern ${sub.value} (StringLike): it allows every subject it matches, not only this run's`
    : `exactly the subject ${sub.value}`
}
