// The evidence of *this* run for each code: what a user needs to act without reading anything else.
import { claimText, isoTime } from '../github/token-claims.js'
import { endpointForLog } from '../output/url.js'
import { GITHUB_ISSUER, isGitHubIssuer } from '../policy/index.js'
import { CLOCK_SKEW_ALLOWANCE_S, futureTimes, providerArnFor, tokenTimes, type TokenTimes } from '../policy/index.js'
import type { DiagnosisCode } from './catalogue.js'
import { CHAINING_BUILDERS } from './chaining.js'
import type { ErrorFacts } from './error-facts.js'
import type { ExplainContext, Explanation } from './explanation.js'
import { errorSaid, idTokenStatus, stsSaid } from './error-facts.js'
import { redactor, type Redactor } from './redact.js'
import { explainDenial } from './trust-denial.js'

type Builder = (f: ErrorFacts, ctx: ExplainContext) => Explanation

const redactOf = (ctx: ExplainContext): string[] => ctx.config?.redactClaims ?? []
const claim = (ctx: ExplainContext, name: string): string =>
  ctx.claims ? claimText(ctx.claims, name, redactOf(ctx)) : '(token not decoded)'

const BUILDERS: Partial<Record<DiagnosisCode, Builder>> = {
  'trust-policy-denied': trustPolicyDenied,
  'audience-mismatch': (f, ctx) => {
    const aud = ctx.claims?.aud
    const many = Array.isArray(aud) && aud.length > 1
    const fromGitHub = isGitHubIssuer(String(ctx.claims?.iss ?? ''))
    const expected = ctx.config?.role.partition === 'aws-cn' ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com'
    const requested = ctx.config?.audience ?? ''
    const singleFix = [
      ...(requested === expected
        ? []
        : [
            `request the audience the provider is made for: set the input audience: ${expected} (or remove it; ${expected} is the default)`
          ]),
      `or add ${claim(ctx, 'aud')} to the provider's client IDs — ⚠ riskier: AWS would then accept tokens minted for that audience (for other services too):  aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn ${providerArn(ctx)} --client-id ${claim(ctx, 'aud')}`
    ]
    return {
      message: many
        ? `The token carries ${(aud as unknown[]).length} audiences; AWS needs exactly one that the IAM OIDC provider lists.`
        : `The token's audience ${claim(ctx, 'aud')} is not a client ID of the IAM OIDC provider for ${claim(ctx, 'iss')}${requested && requested !== expected ? ` (the audience input asks for ${requested}; AWS expects ${expected})` : ''}.`,
      evidence: [`token aud: ${claim(ctx, 'aud')}`, `audience input: ${requested || '(unknown)'}`, stsSaid(f)],
      causes: many
        ? [severalAudiences(fromGitHub).cause]
        : [`the audience input (${requested || '?'}) differs from the provider's client ID list`],
      fix: many
        ? [`request a token with the single audience ${expected}${severalAudiences(fromGitHub).how(expected)}`]
        : singleFix.map((x, i) => (i === 0 ? x.replace(/^or /, '') : x))
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
    const t = tokenTimes(ctx.claims ?? {})
    const now = Math.floor(ctx.nowMs / 1000)
    // IAM accepts a token up to five minutes past exp: only beyond that is it expired for AWS
    const validForAws = t.exp !== undefined && t.exp + CLOCK_SKEW_ALLOWANCE_S > now
    return {
      message: validForAws
        ? "STS saw the token as expired, but by the runner clock it is not: the runner clock is behind AWS's."
        : 'STS saw the token after its expiry (exp).',
      evidence: [...timeEvidence(t, ctx.nowMs), stsSaid(f)],
      // a token still valid by the runner clock rules out waiting and stale files
      causes: validForAws
        ? []
        : ['a long wait or retries between requesting and using the token', 'a token file that is not refreshed'],
      fix: validForAws
        ? [
            `synchronise the runner clock with AWS's (chrony, systemd-timesyncd): by it the token is still within exp + ${CLOCK_SKEW_ALLOWANCE_S} s`
          ]
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
  'clock-skew': (f, ctx) => {
    const t = tokenTimes(ctx.claims ?? {})
    const tokenClock = /used before issued/i.test(f.message)
    // the token's times ahead of the runner clock too: the issuer's (or file writer's) clock is the one off
    const issuerAhead = futureTimes(t, ctx.nowMs).length > 0
    if (!tokenClock) {
      return {
        message:
          "AWS rejected the request signature as too old or too new: the runner clock differs from AWS's by more than 15 minutes.",
        evidence: [runnerClock(ctx.nowMs), stsSaid(f)],
        causes: ['a self-hosted runner without time synchronisation'],
        fix: ["synchronise the runner's clock (chrony, systemd-timesyncd)"]
      }
    }
    const writer = 'the host that issued or wrote the token'
    return {
      message: "STS refused the token as used before issued: its nbf/iat lies ahead of AWS's clock, so a clock is off.",
      evidence: [...timeEvidence(t, ctx.nowMs), stsSaid(f)],
      // the token's times against the runner clock tell which clock is off: nothing else is left open
      causes: [],
      fix: [
        issuerAhead
          ? `synchronise the clock of ${writer} (chrony, systemd-timesyncd): its times are ahead of the runner clock too`
          : "synchronise the runner's clock (chrony, systemd-timesyncd): the token's times are fine by it, so it is behind AWS's"
      ]
    }
  },
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
      message: networkErrorMessage(f, target, proxy, timedOut),
      evidence: [
        `error: ${f.name}${f.code ? ` ${f.code}` : ''}${f.status ? ` HTTP ${f.status}` : ''}: ${oneLine(f.message)}`,
        ...(ctx.stage === 'token'
          ? []
          : [`STS endpoint: ${ctx.network ? endpointForLog(ctx.network.stsEndpoint) : '(unknown)'}`]),
        `proxy: ${ctx.network?.proxy ?? 'none (no HTTPS_PROXY/HTTP_PROXY applies to the endpoint)'}`
      ]
    }
  },
  'invalid-token': (f, ctx) => {
    const iss = String(ctx.claims?.iss ?? '')
    const keys = /verification key/i.test(f.message)
    const thumbprint = /thumbprint/i.test(f.message)
    return {
      message: invalidTokenMessage(f, iss, keys, thumbprint),
      evidence: [
        `token iss: ${claim(ctx, 'iss')}`,
        ...(keys && iss
          ? [`the keys STS fetches: ${iss.replace(/\/+$/, '')}/.well-known/openid-configuration -> jwks_uri`]
          : []),
        stsSaid(f)
      ],
      // the token decoded and STS named the keys: a file's content is not in question
      causes: invalidTokenCauses(keys, thumbprint, iss),
      fix: invalidTokenFixes(keys, thumbprint, iss)
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
      `STS endpoint: ${ctx.network ? endpointForLog(ctx.network.stsEndpoint) : '(unknown)'}`,
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

function networkErrorMessage(f: ErrorFacts, target: string, proxy: boolean, timedOut: boolean): string {
  if (proxy) {
    const status = f.status ? ` (HTTP ${f.status})` : ''
    return `The answer was not from ${target}${status}: a proxy or a wrong endpoint answered with something other than STS XML.`
  }
  if (timedOut) return `${target} did not answer in time.`
  if (f.status !== undefined && f.status >= 500) return `${target} answered HTTP ${f.status} (a server-side failure).`
  return `${target} could not be reached${f.code ? ` (${f.code})` : ''}.`
}

function invalidTokenMessage(f: ErrorFacts, iss: string, keys: boolean, thumbprint: boolean): string {
  if (keys) return `STS could not fetch or check the signing keys of the issuer ${iss || '(unknown)'}.`
  if (thumbprint) return 'The IAM OIDC provider has a certificate thumbprint that no longer matches the issuer.'
  return `STS did not accept the token: ${oneLine(f.message)}`
}

export function explain(code: DiagnosisCode, f: ErrorFacts, ctx: ExplainContext): Explanation {
  const build = BUILDERS[code] ?? CHAINING_BUILDERS[code]
  const built = build ? build(f, ctx) : { message: oneLine(f.message) || f.name, evidence: [errorSaid(f, ctx.stage)] }
  return redactExplanation(built, redactor(ctx.claims ?? {}, redactOf(ctx)))
}

/** redact-claims holds in every line of a diagnosis, whatever built it. */
function redactExplanation(e: Explanation, scrub: Redactor): Explanation {
  const out: Explanation = { ...e, message: scrub(e.message) }
  if (e.evidence) out.evidence = e.evidence.map(scrub)
  if (e.fix) out.fix = e.fix.map(scrub)
  if (e.causes) out.causes = e.causes.map(scrub)
  if (e.snippets) out.snippets = e.snippets.map((x) => ({ ...x, title: scrub(x.title), body: scrub(x.body) }))
  return out
}

/** A token with several audiences: only a non-GitHub token gets the Kubernetes explanation. */
function severalAudiences(fromGitHub: boolean): { cause: string; how: (aud: string) => string } {
  if (fromGitHub) return { cause: 'the token was requested with several audiences', how: () => '' }
  return {
    cause: 'a token issued with several audiences (Kubernetes issues one per API server by default)',
    how: (aud) => ` (Kubernetes: a projected serviceAccountToken volume with audience: ${aud})`
  }
}

/** Named keys or a thumbprint rule out the file-content causes; otherwise the catalogue's list stands. */
function invalidTokenCauses(keys: boolean, thumbprint: boolean, iss: string): string[] | undefined {
  if (keys) return [keysCause(iss)]
  return thumbprint ? [] : undefined
}

function invalidTokenFixes(keys: boolean, thumbprint: boolean, iss: string): string[] {
  if (keys && isGitHubIssuer(iss)) return ["re-run: for GitHub's issuer this is a passing failure to fetch its keys"]
  if (keys) {
    return [
      "make the issuer's /.well-known/openid-configuration and JWKS reachable from the internet, answering within a few seconds"
    ]
  }
  if (thumbprint) {
    return [
      "GitHub's certificate is validated against trusted CAs now: update or remove the provider's thumbprint list"
    ]
  }
  return []
}

function keysCause(iss: string): string {
  return isGitHubIssuer(iss)
    ? "a passing failure of AWS to fetch GitHub's signing keys"
    : 'the issuer (GHES, a cluster) is not reachable from AWS, or answers too slowly'
}

function providerArn(ctx: ExplainContext): string {
  const iss = String(ctx.claims?.iss ?? GITHUB_ISSUER)
  return providerArnFor(iss, ctx.config?.role.account ?? '<account>', ctx.config?.role.partition ?? 'aws')
}

function trustPolicyDenied(f: ErrorFacts, ctx: ExplainContext): Explanation {
  const role = ctx.config?.role
  return explainDenial({
    claims: ctx.claims ?? {},
    role: role && { account: role.account, partition: role.partition, name: role.name, path: role.path },
    redact: redactOf(ctx),
    evaluation: ctx.evaluation,
    stsSaid: stsSaid(f)
  })
}

/** The token's exp/iat/nbf and the runner's clock, each on its line. */
function timeEvidence(t: TokenTimes, nowMs: number): string[] {
  const now = Math.floor(nowMs / 1000)
  const rel = (v: number): string => (v >= now ? `${v - now} s from now` : `${now - v} s ago`)
  const line = (name: keyof TokenTimes): string =>
    t[name] === undefined
      ? `token ${name}: (absent)`
      : `token ${name}: ${t[name]} (${isoTime(t[name]!)}), ${rel(t[name]!)} by the runner clock`
  return [line('exp'), line('iat'), ...(t.nbf === undefined ? [] : [line('nbf')]), runnerClock(nowMs)]
}

const runnerClock = (nowMs: number): string => `runner clock: ${new Date(nowMs).toISOString()}`

export function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim()
}
