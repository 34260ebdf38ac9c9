// Shared fixtures: realistic GitHub Actions subjects and a GitHub trust policy.
import type { KeyValue, RequestContext } from '../../src/policy/index.js'

export const ACCOUNT = '123456789012'
export const GH = 'token.actions.githubusercontent.com'
export const PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/${GH}`
export const ACTION = 'sts:AssumeRoleWithWebIdentity'

export const SUB_MAIN = 'repo:octo-org/octo-repo:ref:refs/heads/main'
export const SUB_PR = 'repo:octo-org/octo-repo:pull_request'
export const SUB_ENV = 'repo:octo-org/octo-repo:environment:prod'
export const SUB_IMMUTABLE = 'repo:octo-org@123456/octo-repo@789012:ref:refs/heads/main'

/** Request context for a GitHub token with this sub (aud sts.amazonaws.com unless given). */
export function ghContext(
  sub: string | undefined,
  extra: Record<string, KeyValue> = {},
  federatedPrincipal = PROVIDER
): RequestContext {
  const keys: Record<string, KeyValue> = { [`${GH}:aud`]: 'sts.amazonaws.com', ...extra }
  if (sub !== undefined) keys[`${GH}:sub`] = sub
  return { action: ACTION, federatedPrincipal, keys }
}

/** The trust policy GitHub's docs suggest, as JSON text, with a custom Condition. */
export function ghPolicyText(condition: Record<string, unknown>, statementExtra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'GitHubActions',
        Effect: 'Allow',
        Principal: { Federated: PROVIDER },
        Action: ACTION,
        Condition: condition,
        ...statementExtra
      }
    ]
  })
}

export const MAIN_ONLY = {
  StringEquals: { [`${GH}:aud`]: 'sts.amazonaws.com', [`${GH}:sub`]: SUB_MAIN }
}
