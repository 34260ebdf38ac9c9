// Role chaining's failures (sts:AssumeRole signed with the source credentials): which code an
// error gets, and the evidence of this run. AWS names the caller and the target in its denial.
import { stsSaid, type ErrorFacts } from './error-facts.js'
import type { ExplainContext, Explanation } from './explanation.js'
import type { DiagnosisCode } from './catalogue.js'

/** `User: CALLER is not authorized to perform: ACTION on resource: RESOURCE` */
const NOT_AUTHORIZED = /User: (\S+) is not authorized to perform: (\S+) on resource: (\S+)/
const SOURCE_REFUSED = /security token included in the request is (expired|invalid)/i

/** The code of an AssumeRole failure: on the chained route whatever the message says, elsewhere by AWS's wording. */
export function chainingCode(f: ErrorFacts, stage: string, route?: string): { code: DiagnosisCode } | undefined {
  if (stage !== 'assume') return undefined
  const denial = NOT_AUTHORIZED.exec(f.message)
  if (denial?.[2] === 'sts:TagSession') return { code: 'tag-session-denied' }
  if (denial?.[2] === 'sts:AssumeRole') return { code: 'assume-role-denied' }
  if (/session limit for roles assumed by role chaining/.test(f.message)) return { code: 'session-duration-exceeded' }
  const name = f.name.replace(/Exception$/, '')
  const chained = route === 'chained'
  if (name === 'ExpiredToken' && (chained || SOURCE_REFUSED.test(f.message)))
    return { code: 'source-credentials-expired' }
  if (name === 'InvalidClientTokenId' && (chained || SOURCE_REFUSED.test(f.message)))
    return { code: 'source-credentials-invalid' }
  if (!chained) return undefined
  if (name === 'SignatureDoesNotMatch' && !/Signature expired|Signature not yet current/i.test(f.message))
    return { code: 'source-credentials-invalid' }
  if (name === 'AccessDenied' || f.code === 'AccessDenied') return { code: 'assume-role-denied' }
  return undefined
}

interface Denial {
  caller: string
  action: string
  resource: string
}

function denialOf(f: ErrorFacts): Denial | undefined {
  const m = NOT_AUTHORIZED.exec(f.message)
  return m ? { caller: m[1], action: m[2], resource: m[3] } : undefined
}

/** arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION -> arn:aws:iam::ACCOUNT:role/ROLE (a path is not shown by STS) */
export function roleArnOfSession(sessionArn: string): string | undefined {
  const m = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(sessionArn)
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined
}

function trustStatement(principal: string, actions: string[], externalId: boolean): string {
  const statement: Record<string, unknown> = {
    Effect: 'Allow',
    Principal: { AWS: principal },
    Action: actions.length === 1 ? actions[0] : actions
  }
  if (externalId) statement.Condition = { StringEquals: { 'sts:ExternalId': '<the role-external-id value>' } }
  return JSON.stringify(statement, null, 2)
}

function assumeRoleDenied(f: ErrorFacts, ctx: ExplainContext): Explanation {
  const d = denialOf(f)
  const target = d?.resource ?? ctx.config?.role.arn ?? '(unknown)'
  const sourceRole = d ? roleArnOfSession(d.caller) : undefined
  return {
    message: `The trust policy of ${target} does not allow ${d?.caller ?? 'the source session'} to assume it.`,
    evidence: [
      `caller (the source credentials): ${d?.caller ?? '(not named)'}`,
      ...(sourceRole ? [`its role: ${sourceRole} (Principal.AWS names the role, not the session)`] : []),
      `target role: ${target}`,
      `role-external-id: ${externalIdState(ctx)}`,
      'a wrong or missing role-external-id, or a target role that does not exist, gets the same answer from AWS',
      stsSaid(f)
    ],
    fix: [
      `allow ${sourceRole ?? 'the source role'} in the trust policy of ${target} (statement below)`,
      ctx.config?.roleExternalId
        ? 'check role-external-id: it must equal the sts:ExternalId the trust policy expects'
        : 'if the trust policy has an sts:ExternalId condition, set role-external-id to its value',
      `let the source role's permissions policy allow sts:AssumeRole on ${target}`
    ],
    snippets: [
      {
        title: 'a trust policy statement for the target role',
        body: trustStatement(
          sourceRole ?? '<source role ARN>',
          ['sts:AssumeRole', 'sts:TagSession'],
          !!ctx.config?.roleExternalId
        )
      }
    ]
  }
}

/** Whether an external id was sent; not its value (it is the target owner's shared secret of sorts). */
function externalIdState(ctx: ExplainContext): string {
  const id = ctx.config?.roleExternalId
  return id ? `given (${id.length} characters)` : 'not given'
}

function tagSessionDenied(f: ErrorFacts, ctx: ExplainContext): Explanation {
  const d = denialOf(f)
  const sourceRole = d ? roleArnOfSession(d.caller) : undefined
  return {
    message:
      `The trust policy of ${d?.resource ?? 'the target role'} allows sts:AssumeRole but not sts:TagSession, ` +
      'and this step sends session tags.',
    evidence: [
      `caller (the source credentials): ${d?.caller ?? '(not named)'}`,
      `target role: ${d?.resource ?? '(not named)'}`,
      `session tags sent: GitHub and the run's (see the "Session tags" line above)${customTagKeys(ctx)}`,
      stsSaid(f)
    ],
    fix: [
      `add sts:TagSession to the Action of the statement that allows ${sourceRole ?? 'the source role'} (below)`,
      'or set role-skip-session-tagging: true (the session then carries no GitHub tags)'
    ],
    snippets: [
      {
        title: 'the statement with sts:TagSession',
        body: trustStatement(sourceRole ?? '<source role ARN>', ['sts:AssumeRole', 'sts:TagSession'], false)
      }
    ]
  }
}

function customTagKeys(ctx: ExplainContext): string {
  const keys = Object.keys(ctx.config?.customTags ?? {})
  return keys.length > 0 ? `, custom-tags: ${keys.join(', ')}` : ''
}

function sourceCredentialsExpired(f: ErrorFacts): Explanation {
  return {
    message: 'AWS refused the source credentials as expired: the session they belong to has ended.',
    evidence: [stsSaid(f)]
  }
}

function sourceCredentialsInvalid(f: ErrorFacts, ctx: ExplainContext): Explanation {
  const signature = /^SignatureDoesNotMatch/.test(f.name)
  return {
    message: signature
      ? 'AWS could not verify the signature made with the source credentials: the secret access key does not belong to the access key id (a wrong, truncated or rotated secret).'
      : 'AWS does not know the source credentials: the access key id was deleted or revoked, or its session token does not belong to it.',
    evidence: [`target role: ${ctx.config?.role.arn ?? '(unknown)'}`, 'no ID token is used on this route', stsSaid(f)]
  }
}

export const CHAINING_BUILDERS: Partial<Record<DiagnosisCode, (f: ErrorFacts, ctx: ExplainContext) => Explanation>> = {
  'assume-role-denied': assumeRoleDenied,
  'tag-session-denied': tagSessionDenied,
  'source-credentials-expired': sourceCredentialsExpired,
  'source-credentials-invalid': sourceCredentialsInvalid
}
