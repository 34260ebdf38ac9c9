// The minimal trust policy that would allow exactly this run: printed on a denial and in dry-run.
import { providerArnFor } from '../policy/index.js'

export interface PolicySuggestion {
  providerArn: string
  json: string
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
  const prefix = s.iss.replace(/^https:\/\//, '').replace(/\/+$/, '')
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
  return { providerArn, json, terraform }
}
