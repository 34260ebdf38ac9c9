// The evidence of *this* run for each code: what a user needs to act without reading anything else.
import { claimText, isoTime, type Claims } from '../claims.js'
import type { Config } from '../inputs.js'
import type { Evaluation } from '../policy/index.js'
import { describeCondition, providerArnFor } from '../policy/index.js'
import type { FailureDetails } from '../errors.js'
import type { DiagnosisCode } from './catalogue.js'
import type { ErrorFacts } from './error-facts.js'
import { idTokenStatus } from './error-facts.js'
import { analyzeSubject, explainForm, narrowestSubject } from './subject.js'
import { suggestTrustPolicy } from './suggest-policy.js'

export interface ExplainContext {
  /** where the failure happened; picks the words (GitHub vs STS) */
  stage?: string
  config?: Config
  claims?: Claims
  /** where STS calls go, as the SDK resolves it, and the proxy in use, if any */
  network?: { stsEndpoint: string; proxy?: string }
  /** the local evaluation of the trust-policy input, when given */
  evaluation?: Evaluation
  nowMs: number
}

export interface Explanation extends Pick<FailureDetails, 'evidence' | 'fix' | 'snippets'> {
  message: string
}

type Builder = (f: ErrorFacts, ctx: ExplainContext) => Explanation

const redactOf = (ctx: ExplainContext): string[] => ctx.config?.redactClaims ?? []
const claim = (ctx: ExplainContext, name: string): string =>
  ctx.claims ? claimText(ctx.claims, name, redactOf(ctx)) : '(token not decoded)'
const stsSaid = (f: ErrorFacts): string => `STS: ${f.name}${f.status ? ` (HTTP ${f.status})` : ''}: ${f.message}`

const BUILDERS: Partial<Record<DiagnosisCode, Builder>> = {
  'trust-policy-denied': trustPolicyDenied,
  'audience-mismatch': (f, ctx) => {
    const aud = ctx.claims?.aud
    const many = Array.isArray(aud) && aud.length > 1
    return {
      message: many
        ? `The token carries ${(aud as unknown[]).length} audiences; AWS needs exactly one that the IAM OIDC provider lists.`
        : `The token's audience ${claim(ctx, 'aud')} is not a client ID of the IAM OIDC provider for ${claim(ctx, 'iss')}.`,
      evidence: [
        `token aud: ${claim(ctx, 'aud')}`,
        `audience input: ${ctx.config?.audience ?? '(unknown)'}`,
        stsSaid(f)
      ],
      fix: many
        ? [
            'request a token with a single audience (Kubernetes: a projected serviceAccountToken volume with audience: sts.amazonaws.com)'
          ]
        : [
            `add ${claim(ctx, 'aud')} to the provider's client IDs:  aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn ${providerArn(ctx)} --client-id ${claim(ctx, 'aud')}`,
            ctx.config?.role.partition === 'aws-cn'
              ? 'or request the audience China regions expect: audience: sts.amazonaws.com.cn'
              : 'or request the audience the provider lists (audience: sts.amazonaws.com, the default)'
          ]
    }
  },
  'oidc-provider-not-found': (f, ctx) => {
    const iss = String(ctx.claims?.iss ?? '')
    const url = iss || '<issuer>'
    return {
      message: `The role's account ${ctx.config?.role.account ?? ''} has no IAM OIDC provider for the issuer ${url}.`,
      evidence: [
        `token iss: ${claim(ctx, 'iss')}`,
        `role account: ${ctx.config?.role.account ?? '(unknown)'}`,
        `the policy's Principal.Federated must be ${providerArn(ctx)}`,
        stsSaid(f)
      ],
      fix: ["create it in the role's account (the provider and the role must be in the same account):"],
      snippets: [
        {
          title: 'create the provider',
          body: `aws iam create-open-id-connect-provider --url ${url} --client-id-list ${ctx.config?.audience ?? 'sts.amazonaws.com'}`
        }
      ]
    }
  },
  'token-expired': (f, ctx) => {
    const exp = Number(ctx.claims?.exp)
    const iat = Number(ctx.claims?.iat)
    const now = Math.floor(ctx.nowMs / 1000)
    return {
      message: 'STS saw the token after its expiry (exp).',
      evidence: [
        Number.isFinite(exp)
          ? `token exp: ${exp} (${isoTime(exp)}), ${exp >= now ? `${exp - now} s from now` : `${now - exp} s ago`} by the runner clock`
          : 'token exp: (unknown)',
        Number.isFinite(iat)
          ? `token iat: ${iat} (${isoTime(iat)}); lifetime ${Number.isFinite(exp) ? exp - iat : '?'} s`
          : 'token iat: (unknown)',
        `runner clock: ${new Date(ctx.nowMs).toISOString()}`,
        stsSaid(f)
      ],
      fix:
        Number.isFinite(exp) && exp > now
          ? ["the token is still valid by the runner clock: the runner clock is behind AWS's — synchronise it"]
          : ['re-run: the token is requested afresh', 'for a token file, make sure whatever writes it refreshes it']
    }
  },
  'session-duration-exceeded': (f, ctx) => ({
    message: `role-duration-seconds ${ctx.config?.durationSeconds ?? '?'} is above the role's maximum session duration.`,
    evidence: [`requested: ${ctx.config?.durationSeconds ?? '?'} s`, stsSaid(f)],
    fix: [
      "lower role-duration-seconds to at most the role's maximum (3600 unless raised)",
      `or raise the role's maximum: aws iam update-role --role-name ${ctx.config?.role.name ?? 'ROLE'} --max-session-duration ${ctx.config?.durationSeconds ?? 'SECONDS'}`
    ]
  }),
  'clock-skew': (f, ctx) => ({
    message:
      "AWS rejected the request signature as too old or too new: the runner clock differs from AWS's by more than 15 minutes.",
    evidence: [`runner clock: ${new Date(ctx.nowMs).toISOString()}`, stsSaid(f)],
    fix: ["synchronise the runner's clock (chrony, systemd-timesyncd)"]
  }),
  'id-token-request-failed': (f) => {
    const status = idTokenStatus(f.message)
    return {
      message: `GitHub's ID-token endpoint refused the request${status ? ` with HTTP ${status}` : ''}.`,
      evidence: [`getIDToken: ${oneLine(f.message)}`],
      fix:
        status && status < 500
          ? ['the request token was refused: re-run the job; a very long job can outlive its request token']
          : []
    }
  },
  'network-error': (f, ctx) => {
    const target = ctx.stage === 'token' ? "GitHub's ID-token endpoint" : 'AWS STS'
    const proxy = f.name === 'Unknown' || /Deserialization|XML parse error/i.test(f.message)
    const timedOut = f.name === 'TimeoutError' && !/ECONNRESET|socket hang up/i.test(`${f.code} ${f.message}`)
    return {
      message: proxy
        ? `The answer was not from ${target}${f.status ? ` (HTTP ${f.status})` : ''}: a proxy or a wrong endpoint answered with something other than STS XML.`
        : timedOut
          ? `${target} did not answer in time.`
          : f.status !== undefined && f.status >= 500
            ? `${target} answered HTTP ${f.status} (a server-side failure).`
            : `${target} could not be reached${f.code ? ` (${f.code})` : ''}.`,
      evidence: [
        `error: ${f.name}${f.code ? ` ${f.code}` : ''}${f.status ? ` HTTP ${f.status}` : ''}: ${oneLine(f.message)}`,
        ...(ctx.stage === 'token' ? [] : [`STS endpoint: ${ctx.network?.stsEndpoint ?? '(unknown)'}`]),
        `proxy: ${ctx.network?.proxy ?? 'none (no HTTPS_PROXY/HTTP_PROXY applies to the endpoint)'}`
      ]
    }
  },
  'invalid-token': (f, ctx) => {
    const iss = String(ctx.claims?.iss ?? '')
    const keys = /verification key/i.test(f.message)
    const thumbprint = /thumbprint/i.test(f.message)
    return {
      message: keys
        ? `STS could not fetch or check the signing keys of the issuer ${iss || '(unknown)'}.`
        : thumbprint
          ? 'The IAM OIDC provider has a certificate thumbprint that no longer matches the issuer.'
          : `STS did not accept the token: ${oneLine(f.message)}`,
      evidence: [
        `token iss: ${claim(ctx, 'iss')}`,
        ...(keys && iss
          ? [`the keys STS fetches: ${iss.replace(/\/+$/, '')}/.well-known/openid-configuration -> jwks_uri`]
          : []),
        stsSaid(f)
      ],
      fix: keys
        ? [
            'for github.com this is passing: re-run',
            'for GHES or another issuer: its /.well-known/openid-configuration and JWKS must be reachable from the internet, answering within a few seconds'
          ]
        : thumbprint
          ? [
              "GitHub's certificate is validated against trusted CAs now: update or remove the provider's thumbprint list"
            ]
          : []
    }
  },
  'session-policy-invalid': (f, ctx) => ({
    message: `STS refused the session policies: ${oneLine(f.message)}`,
    evidence: [
      `inline-session-policy: ${ctx.config?.inlineSessionPolicy ? `${ctx.config.inlineSessionPolicy.length} characters (minified)` : '(none)'}`,
      `managed-session-policies: ${ctx.config?.managedSessionPolicies.length ?? 0} ARN(s)`,
      stsSaid(f)
    ]
  }),
  'region-disabled': (f, ctx) => ({
    message: `STS is not activated in ${ctx.config?.region ?? 'this region'} for the account ${ctx.config?.role.account ?? ''}.`,
    evidence: [
      `aws-region: ${ctx.config?.region ?? '(unknown)'}`,
      `STS endpoint: ${ctx.network?.stsEndpoint ?? '(unknown)'}`,
      stsSaid(f)
    ],
    fix: [
      `activate STS for ${ctx.config?.region ?? 'the region'} in the IAM console (Account settings > Security Token Service endpoints)`,
      'or set aws-region to a region where STS is active'
    ]
  }),
  'identity-mismatch': (f) => ({
    message:
      'GetCallerIdentity did not accept the credentials STS had just issued, so they cannot be verified as the role.',
    evidence: [stsSaid(f)],
    fix: ['check that sts-endpoint / AWS_ENDPOINT_URL_STS point at AWS STS, not a proxy that rewrites answers']
  })
}

export function explain(code: DiagnosisCode, f: ErrorFacts, ctx: ExplainContext): Explanation {
  const build = BUILDERS[code]
  if (build) return build(f, ctx)
  return { message: oneLine(f.message) || f.name, evidence: [stsSaid(f)] }
}

function providerArn(ctx: ExplainContext): string {
  const iss = String(ctx.claims?.iss ?? 'https://token.actions.githubusercontent.com')
  return providerArnFor(iss, ctx.config?.role.account ?? '<account>', ctx.config?.role.partition ?? 'aws')
}

function trustPolicyDenied(f: ErrorFacts, ctx: ExplainContext): Explanation {
  const claims = ctx.claims ?? {}
  const sub = typeof claims.sub === 'string' ? claims.sub : ''
  const role = ctx.config?.role
  const evidence = [
    `token sub: ${claim(ctx, 'sub')}`,
    `token aud: ${claim(ctx, 'aud')}`,
    `token iss: ${claim(ctx, 'iss')}`,
    `Principal.Federated must be: ${providerArn(ctx)}`
  ]
  const redacted = redactOf(ctx).includes('sub')
  const analysis = sub && !redacted ? analyzeSubject(sub, claims) : undefined
  if (analysis) evidence.push(...explainForm(analysis))
  if (role)
    evidence.push(
      `a role that does not exist, or an ARN naming the wrong account, fails the same way: this ARN names account ${role.account}, role ${role.path === '/' ? '' : role.path}${role.name}`
    )
  evidence.push(...localEvaluationEvidence(ctx, sub))
  evidence.push(stsSaid(f))
  const snippets: Explanation['snippets'] = []
  if (analysis && role && typeof claims.iss === 'string' && typeof claims.aud === 'string') {
    const s = suggestTrustPolicy({
      iss: claims.iss,
      aud: claims.aud,
      account: role.account,
      partition: role.partition,
      sub: narrowestSubject(sub, analysis)
    })
    snippets.push(
      { title: 'a trust policy that allows exactly this run (JSON)', body: s.json },
      { title: 'the same as Terraform', body: s.terraform }
    )
  }
  return {
    message: redacted
      ? "The role's trust policy does not allow this token."
      : `The role's trust policy does not allow this token (sub ${sub}).`,
    evidence,
    fix: [
      "allow this run's sub (and aud) in the role's trust policy — a minimal policy follows — or run the job in the context the policy expects",
      "check that the role ARN's account and name are right (a missing role is denied the same way)"
    ],
    snippets
  }
}

/** With the trust-policy input: which conditions failed, or that the file is not the role's policy. */
function localEvaluationEvidence(ctx: ExplainContext, sub: string): string[] {
  const ev = ctx.evaluation
  if (!ev) return ["(give the role's trust policy as the trust-policy input to see which condition fails)"]
  if (ev.decision === 'allow')
    return [
      "the trust-policy input ALLOWS this token, but STS denied: that policy differs from the role's actual trust policy (or the role/account differs)"
    ]
  const lines: string[] = []
  for (const st of ev.statements) {
    if (st.effect === 'Deny' && st.applies)
      lines.push(`statement ${st.index}${st.sid ? ` (${st.sid})` : ''} is a Deny that matches this token`)
    for (const c of st.conditions.filter((c) => !c.passed)) {
      lines.push(`failing condition in statement ${st.index}${st.sid ? ` (${st.sid})` : ''}: ${describeCondition(c)}`)
      const nearest = c.nearest
      if (nearest && sub && nearest.toLowerCase() === sub.toLowerCase() && nearest !== sub)
        lines.push('  it differs from the token only by letter case: IAM string matching is case-sensitive')
    }
    if (!st.principalMatches) lines.push(`statement ${st.index}: Principal does not name ${providerArn(ctx)}`)
  }
  return lines
}

export function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim()
}
