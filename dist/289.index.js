"use strict";
exports.id = 289;
exports.ids = [289];
exports.modules = {

/***/ 1289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  classify: () => (/* reexport */ classify),
  failureMarkdown: () => (/* reexport */ failureMarkdown),
  fixesOf: () => (/* reexport */ fixesOf),
  report: () => (/* reexport */ report),
  titleOf: () => (/* reexport */ titleOf)
});

// EXTERNAL MODULE: ./src/failure/failure.ts
var failure = __webpack_require__(4592);
;// CONCATENATED MODULE: ./src/diagnosis/error-facts.ts
function errorFacts(e) {
    const err = (typeof e === 'object' && e !== null ? e : { message: String(e) });
    const meta = (err.$metadata ?? {});
    const response = (err.$response ?? {});
    const status = numberOr(meta.httpStatusCode) ?? numberOr(response.statusCode) ?? numberOr(err.statusCode);
    const cause = (err.cause ?? {});
    return {
        name: String(err.name ?? 'Error'),
        code: String(err.Code ?? err.code ?? cause.code ?? ''),
        message: String(err.message ?? ''),
        status,
        requestId: typeof meta.requestId === 'string' ? meta.requestId : undefined
    };
}
function numberOr(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
const NETWORK_CODES = /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ESOCKETTIMEDOUT|EPIPE|ECONNABORTED|EHOSTUNREACH|ENETUNREACH|EPROTO|UND_ERR_\w+|ERR_SOCKET\w*|CERT_\w+|UNABLE_TO_\w+|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)$/;
function isNetworkError(f) {
    return (NETWORK_CODES.test(f.code) ||
        f.name === 'TimeoutError' ||
        /socket hang up|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT/.test(f.message));
}
function idTokenStatus(message) {
    const m = /Error Code : (\d{3})/.exec(message);
    return m ? Number(m[1]) : undefined;
}
function errorSaid(f, stage) {
    const who = stage === undefined || STS_STAGES.includes(stage) ? 'STS' : 'error';
    return `${who}: ${f.name}${f.status ? ` (HTTP ${f.status})` : ''}: ${f.message}`;
}
const STS_STAGES = ['assume', 'verify'];
const stsSaid = (f) => errorSaid(f, 'assume');

;// CONCATENATED MODULE: ./src/diagnosis/chaining.ts

const NOT_AUTHORIZED = /User: (\S+) is not authorized to perform: (\S+) on resource: (\S+)/;
const SOURCE_REFUSED = /security token included in the request is (expired|invalid)/i;
function chainingCode(f, stage, route) {
    if (stage !== 'assume')
        return undefined;
    const denial = NOT_AUTHORIZED.exec(f.message);
    if (denial?.[2] === 'sts:TagSession')
        return { code: 'tag-session-denied' };
    if (denial?.[2] === 'sts:AssumeRole')
        return { code: 'assume-role-denied' };
    if (/session limit for roles assumed by role chaining/.test(f.message))
        return { code: 'session-duration-exceeded' };
    const name = f.name.replace(/Exception$/, '');
    const chained = route === 'chained';
    if (name === 'ExpiredToken' && (chained || SOURCE_REFUSED.test(f.message)))
        return { code: 'source-credentials-expired' };
    if (name === 'InvalidClientTokenId' && (chained || SOURCE_REFUSED.test(f.message)))
        return { code: 'source-credentials-invalid' };
    if (!chained)
        return undefined;
    if (name === 'SignatureDoesNotMatch' && !/Signature expired|Signature not yet current/i.test(f.message))
        return { code: 'source-credentials-invalid' };
    if (name === 'AccessDenied' || f.code === 'AccessDenied')
        return { code: 'assume-role-denied' };
    return undefined;
}
function denialOf(f) {
    const m = NOT_AUTHORIZED.exec(f.message);
    return m ? { caller: m[1], action: m[2], resource: m[3] } : undefined;
}
function roleArnOfSession(sessionArn) {
    const m = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(sessionArn);
    return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}
function trustStatement(principal, actions, externalId) {
    const statement = {
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: actions.length === 1 ? actions[0] : actions
    };
    if (externalId)
        statement.Condition = { StringEquals: { 'sts:ExternalId': '<the role-external-id value>' } };
    return JSON.stringify(statement, null, 2);
}
function assumeRoleDenied(f, ctx) {
    const d = denialOf(f);
    const target = d?.resource ?? ctx.config?.role.arn ?? '(unknown)';
    const sourceRole = d ? roleArnOfSession(d.caller) : undefined;
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
                body: trustStatement(sourceRole ?? '<source role ARN>', ['sts:AssumeRole', 'sts:TagSession'], !!ctx.config?.roleExternalId)
            }
        ]
    };
}
function externalIdState(ctx) {
    const id = ctx.config?.roleExternalId;
    return id ? `given (${id.length} characters)` : 'not given';
}
function tagSessionDenied(f, ctx) {
    const d = denialOf(f);
    const sourceRole = d ? roleArnOfSession(d.caller) : undefined;
    return {
        message: `The trust policy of ${d?.resource ?? 'the target role'} allows sts:AssumeRole but not sts:TagSession, ` +
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
    };
}
function customTagKeys(ctx) {
    const keys = Object.keys(ctx.config?.customTags ?? {});
    return keys.length > 0 ? `, custom-tags: ${keys.join(', ')}` : '';
}
function sourceCredentialsExpired(f) {
    return {
        message: 'AWS refused the source credentials as expired: the session they belong to has ended.',
        evidence: [stsSaid(f)]
    };
}
function sourceCredentialsInvalid(f, ctx) {
    const signature = /^SignatureDoesNotMatch/.test(f.name);
    return {
        message: signature
            ? 'AWS could not verify the signature made with the source credentials: the secret access key does not belong to the access key id (a wrong, truncated or rotated secret).'
            : 'AWS does not know the source credentials: the access key id was deleted or revoked, or its session token does not belong to it.',
        evidence: [`target role: ${ctx.config?.role.arn ?? '(unknown)'}`, 'no ID token is used on this route', stsSaid(f)]
    };
}
const CHAINING_BUILDERS = {
    'assume-role-denied': assumeRoleDenied,
    'tag-session-denied': tagSessionDenied,
    'source-credentials-expired': sourceCredentialsExpired,
    'source-credentials-invalid': sourceCredentialsInvalid
};

// EXTERNAL MODULE: ./src/github/token-claims.ts + 6 modules
var token_claims = __webpack_require__(3551);
// EXTERNAL MODULE: ./src/output/url.ts
var url = __webpack_require__(7220);
// EXTERNAL MODULE: ./src/policy/index.ts + 4 modules
var policy = __webpack_require__(2611);
// EXTERNAL MODULE: ./src/diagnosis/redact.ts
var redact = __webpack_require__(8652);
// EXTERNAL MODULE: ./src/diagnosis/trust-denial.ts
var trust_denial = __webpack_require__(4195);
;// CONCATENATED MODULE: ./src/diagnosis/explain.ts








const redactOf = (ctx) => ctx.config?.redactClaims ?? [];
const claim = (ctx, name) => ctx.claims ? (0,token_claims/* claimText */.Q1)(ctx.claims, name, redactOf(ctx)) : '(token not decoded)';
const BUILDERS = {
    'trust-policy-denied': trustPolicyDenied,
    'audience-mismatch': (f, ctx) => {
        const aud = ctx.claims?.aud;
        const many = Array.isArray(aud) && aud.length > 1;
        const fromGitHub = (0,policy/* isGitHubIssuer */.xU)(String(ctx.claims?.iss ?? ''));
        const expected = ctx.config?.role.partition === 'aws-cn' ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com';
        const requested = ctx.config?.audience ?? '';
        const singleFix = [
            ...(requested === expected
                ? []
                : [
                    `request the audience the provider is made for: set the input audience: ${expected} (or remove it; ${expected} is the default)`
                ]),
            `or add ${claim(ctx, 'aud')} to the provider's client IDs — ⚠ riskier: AWS would then accept tokens minted for that audience (for other services too):  aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn ${providerArn(ctx)} --client-id ${claim(ctx, 'aud')}`
        ];
        return {
            message: many
                ? `The token carries ${aud.length} audiences; AWS needs exactly one that the IAM OIDC provider lists.`
                : `The token's audience ${claim(ctx, 'aud')} is not a client ID of the IAM OIDC provider for ${claim(ctx, 'iss')}${requested && requested !== expected ? ` (the audience input asks for ${requested}; AWS expects ${expected})` : ''}.`,
            evidence: [`token aud: ${claim(ctx, 'aud')}`, `audience input: ${requested || '(unknown)'}`, stsSaid(f)],
            causes: many
                ? [severalAudiences(fromGitHub).cause]
                : [`the audience input (${requested || '?'}) differs from the provider's client ID list`],
            fix: many
                ? [`request a token with the single audience ${expected}${severalAudiences(fromGitHub).how(expected)}`]
                : singleFix.map((x, i) => (i === 0 ? x.replace(/^or /, '') : x))
        };
    },
    'oidc-provider-not-found': (f, ctx) => {
        const iss = String(ctx.claims?.iss ?? '');
        const url = iss || '<issuer>';
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
        };
    },
    'token-expired': (f, ctx) => {
        const t = (0,policy/* tokenTimes */.aO)(ctx.claims ?? {});
        const now = Math.floor(ctx.nowMs / 1000);
        const validForAws = t.exp !== undefined && t.exp + policy/* CLOCK_SKEW_ALLOWANCE_S */.bK > now;
        return {
            message: validForAws
                ? "STS saw the token as expired, but by the runner clock it is not: the runner clock is behind AWS's."
                : 'STS saw the token after its expiry (exp).',
            evidence: [...timeEvidence(t, ctx.nowMs), stsSaid(f)],
            causes: validForAws
                ? []
                : ['a long wait or retries between requesting and using the token', 'a token file that is not refreshed'],
            fix: validForAws
                ? [
                    `synchronise the runner clock with AWS's (chrony, systemd-timesyncd): by it the token is still within exp + ${policy/* CLOCK_SKEW_ALLOWANCE_S */.bK} s`
                ]
                : ['re-run: the token is requested afresh', 'for a token file, make sure whatever writes it refreshes it']
        };
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
        const t = (0,policy/* tokenTimes */.aO)(ctx.claims ?? {});
        const tokenClock = /used before issued/i.test(f.message);
        const issuerAhead = (0,policy/* futureTimes */.OM)(t, ctx.nowMs).length > 0;
        if (!tokenClock) {
            return {
                message: "AWS rejected the request signature as too old or too new: the runner clock differs from AWS's by more than 15 minutes.",
                evidence: [runnerClock(ctx.nowMs), stsSaid(f)],
                causes: ['a self-hosted runner without time synchronisation'],
                fix: ["synchronise the runner's clock (chrony, systemd-timesyncd)"]
            };
        }
        const writer = 'the host that issued or wrote the token';
        return {
            message: "STS refused the token as used before issued: its nbf/iat lies ahead of AWS's clock, so a clock is off.",
            evidence: [...timeEvidence(t, ctx.nowMs), stsSaid(f)],
            causes: [],
            fix: [
                issuerAhead
                    ? `synchronise the clock of ${writer} (chrony, systemd-timesyncd): its times are ahead of the runner clock too`
                    : "synchronise the runner's clock (chrony, systemd-timesyncd): the token's times are fine by it, so it is behind AWS's"
            ]
        };
    },
    'id-token-request-failed': (f) => {
        const status = idTokenStatus(f.message);
        return {
            message: `GitHub's ID-token endpoint refused the request${status ? ` with HTTP ${status}` : ''}.`,
            evidence: [`getIDToken: ${oneLine(f.message)}`],
            fix: status && status < 500
                ? ['the request token was refused: re-run the job; a very long job can outlive its request token']
                : []
        };
    },
    'network-error': (f, ctx) => {
        const target = ctx.stage === 'token' ? "GitHub's ID-token endpoint" : 'AWS STS';
        const proxy = f.name === 'Unknown' || /Deserialization|XML parse error/i.test(f.message);
        const timedOut = f.name === 'TimeoutError' && !/ECONNRESET|socket hang up/i.test(`${f.code} ${f.message}`);
        return {
            message: networkErrorMessage(f, target, proxy, timedOut),
            evidence: [
                `error: ${f.name}${f.code ? ` ${f.code}` : ''}${f.status ? ` HTTP ${f.status}` : ''}: ${oneLine(f.message)}`,
                ...(ctx.stage === 'token'
                    ? []
                    : [`STS endpoint: ${ctx.network ? (0,url/* endpointForLog */.N)(ctx.network.stsEndpoint) : '(unknown)'}`]),
                `proxy: ${ctx.network?.proxy ?? 'none (no HTTPS_PROXY/HTTP_PROXY applies to the endpoint)'}`
            ]
        };
    },
    'invalid-token': (f, ctx) => {
        const iss = String(ctx.claims?.iss ?? '');
        const keys = /verification key/i.test(f.message);
        const thumbprint = /thumbprint/i.test(f.message);
        return {
            message: invalidTokenMessage(f, iss, keys, thumbprint),
            evidence: [
                `token iss: ${claim(ctx, 'iss')}`,
                ...(keys && iss
                    ? [`the keys STS fetches: ${iss.replace(/\/+$/, '')}/.well-known/openid-configuration -> jwks_uri`]
                    : []),
                stsSaid(f)
            ],
            causes: invalidTokenCauses(keys, thumbprint, iss),
            fix: invalidTokenFixes(keys, thumbprint, iss)
        };
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
            `STS endpoint: ${ctx.network ? (0,url/* endpointForLog */.N)(ctx.network.stsEndpoint) : '(unknown)'}`,
            stsSaid(f)
        ],
        fix: [
            `activate STS for ${ctx.config?.region ?? 'the region'} in the IAM console (Account settings > Security Token Service endpoints)`,
            'or set aws-region to a region where STS is active'
        ]
    }),
    'identity-mismatch': (f) => ({
        message: 'GetCallerIdentity did not accept the credentials STS had just issued, so they cannot be verified as the role.',
        evidence: [stsSaid(f)],
        fix: ['check that sts-endpoint / AWS_ENDPOINT_URL_STS point at AWS STS, not a proxy that rewrites answers']
    })
};
function networkErrorMessage(f, target, proxy, timedOut) {
    if (proxy) {
        const status = f.status ? ` (HTTP ${f.status})` : '';
        return `The answer was not from ${target}${status}: a proxy or a wrong endpoint answered with something other than STS XML.`;
    }
    if (timedOut)
        return `${target} did not answer in time.`;
    if (f.status !== undefined && f.status >= 500)
        return `${target} answered HTTP ${f.status} (a server-side failure).`;
    return `${target} could not be reached${f.code ? ` (${f.code})` : ''}.`;
}
function invalidTokenMessage(f, iss, keys, thumbprint) {
    if (keys)
        return `STS could not fetch or check the signing keys of the issuer ${iss || '(unknown)'}.`;
    if (thumbprint)
        return 'The IAM OIDC provider has a certificate thumbprint that no longer matches the issuer.';
    return `STS did not accept the token: ${oneLine(f.message)}`;
}
function explain(code, f, ctx) {
    const build = BUILDERS[code] ?? CHAINING_BUILDERS[code];
    const built = build ? build(f, ctx) : { message: oneLine(f.message) || f.name, evidence: [errorSaid(f, ctx.stage)] };
    return redactExplanation(built, (0,redact/* redactor */.$)(ctx.claims ?? {}, redactOf(ctx)));
}
function redactExplanation(e, scrub) {
    const out = { ...e, message: scrub(e.message) };
    if (e.evidence)
        out.evidence = e.evidence.map(scrub);
    if (e.fix)
        out.fix = e.fix.map(scrub);
    if (e.causes)
        out.causes = e.causes.map(scrub);
    if (e.snippets)
        out.snippets = e.snippets.map((x) => ({ ...x, title: scrub(x.title), body: scrub(x.body) }));
    return out;
}
function severalAudiences(fromGitHub) {
    if (fromGitHub)
        return { cause: 'the token was requested with several audiences', how: () => '' };
    return {
        cause: 'a token issued with several audiences (Kubernetes issues one per API server by default)',
        how: (aud) => ` (Kubernetes: a projected serviceAccountToken volume with audience: ${aud})`
    };
}
function invalidTokenCauses(keys, thumbprint, iss) {
    if (keys)
        return [keysCause(iss)];
    return thumbprint ? [] : undefined;
}
function invalidTokenFixes(keys, thumbprint, iss) {
    if (keys && (0,policy/* isGitHubIssuer */.xU)(iss))
        return ["re-run: for GitHub's issuer this is a passing failure to fetch its keys"];
    if (keys) {
        return [
            "make the issuer's /.well-known/openid-configuration and JWKS reachable from the internet, answering within a few seconds"
        ];
    }
    if (thumbprint) {
        return [
            "GitHub's certificate is validated against trusted CAs now: update or remove the provider's thumbprint list"
        ];
    }
    return [];
}
function keysCause(iss) {
    return (0,policy/* isGitHubIssuer */.xU)(iss)
        ? "a passing failure of AWS to fetch GitHub's signing keys"
        : 'the issuer (GHES, a cluster) is not reachable from AWS, or answers too slowly';
}
function providerArn(ctx) {
    const iss = String(ctx.claims?.iss ?? policy/* GITHUB_ISSUER */.oX);
    return (0,policy/* providerArnFor */.IO)(iss, ctx.config?.role.account ?? '<account>', ctx.config?.role.partition ?? 'aws');
}
function trustPolicyDenied(f, ctx) {
    const role = ctx.config?.role;
    return (0,trust_denial/* explainDenial */.L)({
        claims: ctx.claims ?? {},
        role: role && { account: role.account, partition: role.partition, name: role.name, path: role.path },
        redact: redactOf(ctx),
        evaluation: ctx.evaluation,
        stsSaid: stsSaid(f)
    });
}
function timeEvidence(t, nowMs) {
    const now = Math.floor(nowMs / 1000);
    const rel = (v) => (v >= now ? `${v - now} s from now` : `${now - v} s ago`);
    const line = (name) => t[name] === undefined
        ? `token ${name}: (absent)`
        : `token ${name}: ${t[name]} (${(0,token_claims/* isoTime */.Ly)(t[name])}), ${rel(t[name])} by the runner clock`;
    return [line('exp'), line('iat'), ...(t.nbf === undefined ? [] : [line('nbf')]), runnerClock(nowMs)];
}
const runnerClock = (nowMs) => `runner clock: ${new Date(nowMs).toISOString()}`;
function oneLine(s) {
    return s.replace(/\s*\n\s*/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/diagnosis/classify.ts




function classify(e, ctx) {
    if ((0,failure/* isFailure */.N6)(e))
        return e.details.stage ? e : new failure/* Failure */.HR(e.code, e.message, { ...e.details, stage: ctx.stage });
    const facts = errorFacts(e);
    const { code, retryable } = codeFor(facts, ctx.stage, ctx.route);
    const built = explain(code, facts, ctx);
    return new failure/* Failure */.HR(code, built.message, {
        ...built,
        stage: ctx.stage,
        requestId: facts.requestId,
        retryable,
        original: { name: facts.name, message: facts.message }
    });
}
function codeFor(f, stage, route) {
    if (stage === 'token')
        return tokenCode(f);
    const chained = chainingCode(f, stage, route);
    if (chained)
        return chained;
    const name = f.name.replace(/Exception$/, '');
    const code = f.code.replace(/Exception$/, '');
    const is = (...names) => names.includes(name) || names.includes(code);
    if (is('AccessDenied'))
        return { code: stage === 'assume' ? 'trust-policy-denied' : 'unknown' };
    if (is('InvalidIdentityToken')) {
        if (/No OpenIDConnect provider found/i.test(f.message))
            return { code: 'oidc-provider-not-found' };
        if (/used before issued/i.test(f.message))
            return { code: 'clock-skew' };
        if (/audience/i.test(f.message))
            return { code: 'audience-mismatch' };
        return { code: 'invalid-token' };
    }
    if (is('IDPRejectedClaim'))
        return { code: 'invalid-token' };
    if (is('ExpiredToken'))
        return { code: stage === 'assume' ? 'token-expired' : 'clock-skew' };
    if (is('IDPCommunicationError'))
        return { code: 'idp-communication-error' };
    if (/Signature expired|Signature not yet current/i.test(f.message))
        return { code: 'clock-skew' };
    if (is('InvalidClientTokenId'))
        return { code: 'identity-mismatch', retryable: stage === 'verify' };
    if (is('ValidationError'))
        return { code: /MaxSessionDuration/i.test(f.message) ? 'session-duration-exceeded' : 'invalid-input' };
    if (is('MalformedPolicyDocument', 'PackedPolicyTooLarge'))
        return { code: 'session-policy-invalid' };
    if (is('RegionDisabled'))
        return { code: 'region-disabled' };
    if (is('Throttling', 'TooManyRequests', 'RequestLimitExceeded', 'ThrottlingException'))
        return { code: 'throttled' };
    if (isNetworkError(f))
        return { code: 'network-error' };
    if (name === 'Unknown' ||
        /Deserialization error|XML parse error|char \d+|Unexpected (token|end)|non-whitespace/i.test(f.message))
        return { code: 'network-error' };
    if (f.status !== undefined && f.status >= 500)
        return { code: 'network-error' };
    if (is('InternalFailure', 'ServiceUnavailable', 'InternalError'))
        return { code: 'network-error' };
    return { code: 'unknown' };
}
function tokenCode(f) {
    if (/Unable to get ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(f.message))
        return { code: 'missing-id-token-permission' };
    const status = idTokenStatus(f.message);
    if (status !== undefined)
        return { code: 'id-token-request-failed', retryable: status >= 500 || status === 429 };
    if (isNetworkError(f))
        return { code: 'network-error' };
    if (/do not have ID Token field/.test(f.message))
        return { code: 'id-token-request-failed', retryable: true };
    return { code: 'id-token-request-failed', retryable: false };
}

// EXTERNAL MODULE: ./src/output/escape.ts
var output_escape = __webpack_require__(8078);
// EXTERNAL MODULE: ./src/sinks/outputs.ts
var outputs = __webpack_require__(4086);
// EXTERNAL MODULE: ./src/failure/codes.ts
var codes = __webpack_require__(3380);
;// CONCATENATED MODULE: ./src/diagnosis/catalogue.ts


function withAnchors(entries) {
    return Object.fromEntries(codes/* CODES */.L.map((code) => [code, { ...entries[code], retryable: codes/* RETRYABLE */.r.has(code), anchor: code }]));
}
const CATALOGUE = withAnchors({
    'invalid-input': {
        title: 'An input is invalid',
        meaning: 'An input of the step is missing or not of the allowed form; nothing was sent to GitHub or AWS.',
        causes: [
            "a typo or a wrong value in the step's `with:` block",
            'an expression that evaluated to an empty or unexpected value',
            'static keys given to an action that only federates through OIDC'
        ],
        fix: ['correct the input named in the message to the allowed form it states']
    },
    'not-a-runner': {
        title: 'Not running on a GitHub Actions runner',
        meaning: 'GITHUB_ACTIONS is not `true` and the ID-token request variables are missing: the step runs outside GitHub Actions, where no ID token exists.',
        causes: [
            'the action was started by hand or by a local tool, not by a workflow job',
            'a container or script started by the job dropped the runner environment'
        ],
        fix: [
            'to try it locally, run it against the emulator: npm start, npm run local-action or npm run emulator',
            'or pass a token you already have with web-identity-token-file',
            'on GitHub, run the step in a job with `permissions: id-token: write`'
        ]
    },
    'missing-id-token-permission': {
        title: 'The job may not request an ID token',
        meaning: 'The runner did not provide ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN, which it only does for jobs with `permissions: id-token: write`.',
        causes: [
            'the workflow or job has no `permissions: id-token: write`',
            'a `permissions:` block lists other scopes, which drops id-token to none',
            'a reusable workflow is called from another organisation: the caller must grant the permission'
        ],
        fix: [
            'add `permissions: { id-token: write, contents: read }` to the job (or the workflow)',
            "for a reusable workflow, grant it in the calling workflow's job"
        ]
    },
    'fork-pull-request': {
        title: 'Pull requests from forks cannot get an ID token',
        meaning: 'GitHub withholds ID tokens from pull requests opened from forks (and from Dependabot runs), whatever the permissions say.',
        causes: [
            'the workflow runs on `pull_request` and the head repository is a fork',
            'the run was started by Dependabot'
        ],
        fix: [
            'skip this step for fork pull requests (`if: github.event.pull_request.head.repo.full_name == github.repository`)',
            'deploy from `push` or `workflow_run` instead of from fork pull requests'
        ]
    },
    'id-token-request-failed': {
        title: 'GitHub did not issue the ID token',
        meaning: "The request to GitHub's ID-token endpoint failed.",
        causes: [
            'a GitHub outage (5xx, retried)',
            'the request token expired (very long jobs)',
            'a proxy between the runner and GitHub'
        ],
        fix: [
            're-run the job; check githubstatus.com for Actions incidents',
            'on self-hosted runners, check the proxy settings for the token endpoint'
        ]
    },
    'invalid-token': {
        title: 'The token is not a usable JWT',
        meaning: 'The web identity token could not be decoded, or STS rejected its signature or form.',
        causes: [
            'the token file holds something other than a JWT (an access token, a file with several lines)',
            "the issuer's signing keys could not be fetched or did not match (GHES behind a firewall)",
            'a legacy thumbprint on the IAM OIDC provider that no longer matches'
        ],
        fix: [
            'point web-identity-token-file at a file that holds only the JWT',
            "make the issuer's /.well-known/jwks reachable from AWS"
        ]
    },
    'oidc-provider-not-found': {
        title: "No IAM OIDC provider for this issuer in the role's account",
        meaning: "The role's account has no IAM OIDC identity provider whose URL equals the token's `iss`.",
        causes: [
            'the provider was never created in this account',
            'the provider exists in another account than the role',
            'the issuer differs (enterprise-specific issuer, GHE.com, GHES)'
        ],
        fix: ["create the provider in the role's account for the exact issuer URL (command below)"]
    },
    'audience-mismatch': {
        title: "The token's audience is not registered on the provider",
        meaning: 'STS answered "Incorrect token audience": the token\'s `aud` is not a client ID of the IAM OIDC provider, or the token carries several audiences.',
        causes: [
            "the `audience` input differs from the provider's client ID list",
            'a Kubernetes/other token with several audiences'
        ],
        fix: [
            "request `sts.amazonaws.com` (the default), or add the audience to the provider's client IDs",
            'request a token with exactly one audience'
        ]
    },
    'trust-policy-denied': {
        title: "The role's trust policy does not allow this token",
        meaning: 'STS answered "Not authorized to perform sts:AssumeRoleWithWebIdentity": no Allow statement of the role\'s trust policy matches this token (or a Deny does).',
        causes: [
            "the policy's `sub` condition does not match this run's subject (pull request, environment, tag, immutable subject, custom template)",
            "the `aud` condition differs from the token's audience",
            'Principal.Federated names another provider or account',
            'the role does not exist, or the ARN names another account (AWS answers the same)',
            'case differs: IAM string matching is case-sensitive'
        ],
        fix: [
            "compare the token's `sub` below with the policy, and allow this subject (minimal policy below)",
            "check the role ARN's account and name"
        ]
    },
    'source-credentials-missing': {
        title: 'role-chaining found no credentials to chain from',
        meaning: 'role-chaining: true assumes the role with the credentials already in the environment, and there were none; nothing was sent to AWS and no ID token was requested.',
        causes: [
            'no earlier step of this action in the job (or it ran with output-env-credentials: false)',
            'the earlier step wrote a profile (aws-profile) but AWS_PROFILE does not name it',
            'role-chaining set on the first step, where OIDC was meant'
        ],
        fix: [
            'run this action once without role-chaining first, then again with role-chaining: true',
            'or set AWS_PROFILE to the profile an earlier step wrote'
        ]
    },
    'source-credentials-long-lived': {
        title: 'The source credentials are long-lived keys',
        meaning: 'role-chaining only chains from temporary credentials (an ASIA… key id with a session token); long-lived IAM user keys are refused and were not used.',
        causes: [
            'static keys stored as repository secrets and exported in the job',
            'a self-hosted runner whose environment holds an IAM user key'
        ],
        fix: [
            'remove the static keys; get temporary credentials with an earlier OIDC step of this action and chain from those'
        ]
    },
    'source-profile-unsupported': {
        title: 'The profile AWS_PROFILE names is not static keys',
        meaning: 'role-chaining reads its source credentials locally only; the profile gets its credentials by a network call or a process (role_arn/source_profile, credential_source, web_identity_token_file, credential_process, sso_*, login), so it was not used and nothing was sent to AWS.',
        causes: [
            'AWS_PROFILE names a developer profile (SSO, assume-role, credential_process) instead of the one an earlier step wrote',
            'a self-hosted runner whose ~/.aws config gives the profile of that name another kind'
        ],
        fix: [
            'let an earlier OIDC step of this action write a profile (aws-profile: NAME) and set AWS_PROFILE: NAME for this step',
            'or chain from the AWS_* variables an earlier step exports, with AWS_PROFILE unset'
        ]
    },
    'source-credentials-expired': {
        title: 'The source credentials are no longer valid',
        meaning: 'AWS refused the credentials role-chaining signed with: they expired (or were revoked or garbled) before this step ran.',
        causes: [
            'the earlier step ran longer ago than its role-duration-seconds',
            'the session was revoked, or its variables were changed by another step'
        ],
        fix: [
            'get the source credentials right before this step, or with a longer role-duration-seconds',
            'or make sure no step in between overwrites AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN'
        ]
    },
    'source-credentials-invalid': {
        title: 'AWS does not accept the source credentials',
        meaning: 'sts:AssumeRole signed with the source credentials was refused with SignatureDoesNotMatch or InvalidClientTokenId: the secret does not match the key id, or the key id is unknown to AWS.',
        causes: [
            'a wrong, truncated or rotated AWS_SECRET_ACCESS_KEY (or one with a stray space or newline)',
            'the access key was deleted or deactivated, or the session token belongs to other keys',
            'a step in between overwrote one of AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN'
        ],
        fix: [
            'get the three source variables from one place, right before this step (the earlier step that assumed the source role)',
            'check that no step in between changes AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY or AWS_SESSION_TOKEN'
        ]
    },
    'assume-role-denied': {
        title: "The target role's trust policy does not allow the source session",
        meaning: "STS answered AccessDenied for sts:AssumeRole: no Allow statement of the target role's trust policy names the source role or its account with these conditions.",
        causes: [
            "the target's trust policy does not name the source role (Principal.AWS) or its account",
            'a wrong or missing role-external-id (AWS answers the same AccessDenied)',
            "the source role's own permissions policy does not allow sts:AssumeRole on the target",
            'the target role does not exist, or the ARN names another account (AWS answers the same)'
        ],
        fix: [
            "allow the source role in the target's trust policy (snippet below), with the external id it expects",
            'check role-to-assume and role-external-id'
        ]
    },
    'tag-session-denied': {
        title: "The target role's trust policy does not allow session tags",
        meaning: "STS answered AccessDenied for sts:TagSession: the step sends session tags, and the target's trust policy does not allow sts:TagSession for the source.",
        causes: ["the trust policy's statement for the source lists sts:AssumeRole but not sts:TagSession"],
        fix: [
            "add sts:TagSession to the Action of the target's trust policy statement for the source",
            'or set role-skip-session-tagging: true'
        ]
    },
    'token-expired': {
        title: 'The ID token expired before STS saw it',
        meaning: 'STS rejected the token because its `exp` had passed.',
        causes: [
            'a long wait or retries between requesting and using the token',
            'a token file that is not refreshed',
            'the runner clock is far off'
        ],
        fix: [
            'request the token right before this step (a new run does)',
            'refresh the token file (projected tokens rotate)'
        ]
    },
    'idp-communication-error': {
        title: 'STS could not reach the identity provider',
        meaning: "STS could not fetch the issuer's OIDC configuration or keys in time.",
        causes: ['a passing outage of the issuer', 'a GHES/self-hosted issuer not reachable from AWS'],
        fix: ["re-run; persistent failures mean the issuer's /.well-known endpoints are not reachable from the internet"]
    },
    'session-duration-exceeded': {
        title: "The session duration is above the role's maximum",
        meaning: "role-duration-seconds exceeds the role's MaxSessionDuration.",
        causes: ["role-duration-seconds was raised without raising the role's maximum (default 1 hour)"],
        fix: [
            'lower role-duration-seconds',
            "or raise the role's maximum: aws iam update-role --role-name ROLE --max-session-duration SECONDS"
        ]
    },
    'session-policy-invalid': {
        title: 'The session policy is invalid or too large',
        meaning: 'STS refused inline-session-policy or managed-session-policies.',
        causes: ['a policy that is not valid IAM policy JSON', 'policies that pack beyond the allowed size'],
        fix: ['validate the policy (IAM Access Analyzer)', 'shorten it or use fewer managed policies']
    },
    'region-disabled': {
        title: 'STS is not activated in this region',
        meaning: 'The account has the regional STS endpoint of this region deactivated.',
        causes: ['an opt-in region, or STS deactivated in IAM account settings'],
        fix: ['activate STS for the region (IAM > Account settings)', 'or use another aws-region']
    },
    throttled: {
        title: 'STS throttled the request',
        meaning: "STS answered Throttling (rate exceeded) on every attempt until the step's time budget ran out.",
        causes: ['many parallel jobs assuming roles in one account'],
        fix: ['raise action-timeout-s (throttling is retried until it runs out), or stagger matrix jobs']
    },
    'network-error': {
        title: 'The network call failed',
        meaning: 'A call to STS or GitHub did not get a usable answer: refused, reset, timed out, or a non-AWS answer such as a proxy page.',
        causes: [
            'a proxy or firewall between the runner and AWS',
            'a wrong sts-endpoint or AWS_ENDPOINT_URL_STS',
            'DNS failure',
            'a stalled connection (timed out)'
        ],
        fix: ['check HTTPS_PROXY/NO_PROXY and the endpoint', 're-run if it was a passing outage']
    },
    'sts-response-invalid': {
        title: 'The STS answer is not of the shape AWS STS gives',
        meaning: 'A value in the STS answer (a key, the session token, the expiration, an ARN, the account) is not of the shape real STS produces; nothing was written, exported or output.',
        causes: [
            'an STS endpoint that is not AWS: a misconfigured sts-endpoint, AWS_ENDPOINT_URL_STS or AWS_ENDPOINT_URL',
            'a proxy that rewrites answers',
            'a hostile endpoint trying to write a profile section or a log line of its own'
        ],
        fix: [
            'point sts-endpoint / AWS_ENDPOINT_URL_STS at AWS STS and check any proxy',
            're-run once the endpoint is fixed'
        ]
    },
    'identity-mismatch': {
        title: 'The credentials belong to another identity',
        meaning: 'GetCallerIdentity returned an account or ARN other than the role that was asked for; nothing was exported.',
        causes: [
            'an STS endpoint that is not AWS (a misconfigured sts-endpoint or proxy)',
            'ambient credentials shadowing the new ones'
        ],
        fix: ['check sts-endpoint / AWS_ENDPOINT_URL_STS and any proxy']
    },
    'account-not-allowed': {
        title: 'The account is not in allowed-account-ids',
        meaning: 'The verified account is not one of allowed-account-ids; nothing was exported.',
        causes: [
            'a role ARN that points at another account (copy-paste between environments)',
            'allowed-account-ids out of date'
        ],
        fix: ['use a role in an allowed account, or update allowed-account-ids']
    },
    'clock-skew': {
        title: 'The runner clock is off',
        meaning: "AWS refused a time: the request signature (the runner's clock differs from AWS's by more than 15 minutes), or the token's nbf/iat lying ahead of AWS's clock (\"Token used before issued\").",
        causes: [
            'a self-hosted runner without time synchronisation',
            'a token file written by a host whose clock is ahead (its nbf/iat lie in the future)'
        ],
        fix: ['synchronise the runner clock (chrony/systemd-timesyncd)']
    },
    unknown: {
        title: 'An unexpected failure',
        meaning: 'Nothing in the catalogue matched; the stage, the error and the AWS request id are shown.',
        causes: ['a failure this action does not know yet'],
        fix: ['open an issue with this block (it holds no secret)']
    }
});

;// CONCATENATED MODULE: ./src/diagnosis/report.ts



function docsUrl(code, env) {
    const anchor = CATALOGUE[code].anchor;
    const repo = env.GITHUB_ACTION_REPOSITORY;
    const ref = env.GITHUB_ACTION_REF || 'main';
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    return repo ? `${server}/${repo}/blob/${ref}/docs/TROUBLESHOOTING.md#${anchor}` : `docs/TROUBLESHOOTING.md#${anchor}`;
}
function titleOf(code) {
    return CATALOGUE[code].title;
}
function fixesOf(f) {
    return f.details.fix?.length ? f.details.fix : CATALOGUE[f.code].fix;
}
function reportLines(f, env) {
    const entry = CATALOGUE[f.code];
    const d = f.details;
    const [firstFix, ...moreFixes] = fixesOf(f);
    const out = [`✖ ${f.code}: ${entry.title}`, `  ${(0,output_escape/* logSafe */.sN)(f.message)}`];
    if (firstFix)
        out.push(`  fix:     ${(0,output_escape/* logSafe */.sN)(firstFix)}`);
    out.push(`  stage:   ${d.stage ?? 'unknown'}${d.requestId ? ` · AWS request id: ${(0,output_escape/* logSafe */.sN)(d.requestId)}` : ''}`);
    if (f.code === 'unknown' && d.original)
        out.push(`  error:   ${(0,output_escape/* logSafe */.sN)(d.original.name)}: ${(0,output_escape/* logSafe */.sN)(d.original.message)}`);
    if (d.evidence?.length)
        out.push('  evidence:', ...d.evidence.map((l) => `    - ${(0,output_escape/* logSafe */.sN)(l)}`));
    const causes = d.causes ?? entry.causes;
    const causesTitle = d.causes ? '  other possible causes:' : '  possible causes:';
    if (causes.length)
        out.push(causesTitle, ...causes.map((c) => `    - ${(0,output_escape/* logSafe */.sN)(c)}`));
    if (moreFixes.length)
        out.push('  other fixes:', ...moreFixes.map((l) => `    - ${(0,output_escape/* logSafe */.sN)(l.replace(/^or /, ''))}`));
    for (const s of (d.snippets ?? []).filter((x) => !x.summaryOnly)) {
        out.push(`  ${(0,output_escape/* logSafe */.sN)(s.title)}:`, ...s.body.split('\n').map((l) => `    ${(0,output_escape/* logSafe */.sN)(l)}`));
    }
    if ((d.snippets ?? []).some((x) => x.summaryOnly))
        out.push('  (the job summary has the full policy and its Terraform form)');
    out.push(`  docs:    ${docsUrl(f.code, env)}`);
    return out;
}
function annotationText(f) {
    const [fix] = fixesOf(f);
    return fix ? `${f.message} Fix: ${fix}` : f.message;
}
function report(f, core, env) {
    (0,outputs/* setOutputs */.n)(core, { diagnosis: f.code });
    core.error((0,output_escape/* logSafe */.sN)(annotationText(f)), { title: f.code });
    for (const line of reportLines(f, env))
        core.info(line);
}

;// CONCATENATED MODULE: ./src/diagnosis/summary-details.ts



function failureMarkdown(f) {
    const d = f.details;
    const list = (title, items) => items?.length ? [`**${title}**`, '', ...items.map((x) => `- ${(0,output_escape/* markdownCode */.D9)(x)}`), ''] : [];
    const pre = (text) => (0,output_escape/* logSafe */.sN)(text).replace(/[&<>]/g, (c) => HTML_ENTITY[c]);
    return [
        ...list('Fix (safest first)', fixesOf(f)),
        ...list('Evidence', d.evidence),
        ...list('Other possible causes', d.causes ?? CATALOGUE[f.code].causes),
        ...summarySnippets(d.snippets ?? []).flatMap((x) => [
            `<details><summary>${pre(x.title)}</summary>`,
            '',
            `<pre>${x.body.split('\n').map(pre).join('\n')}</pre>`,
            '',
            '</details>',
            ''
        ])
    ];
}
const HTML_ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
function summarySnippets(snippets) {
    return snippets.some((x) => x.summaryOnly) ? snippets.filter((x) => x.summaryOnly) : snippets;
}

;// CONCATENATED MODULE: ./src/diagnosis/index.ts






/***/ }),

/***/ 4195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ explainDenial)
/* harmony export */ });
/* unused harmony export seePolicyFix */
/* harmony import */ var _github_token_claims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3551);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2611);
/* harmony import */ var _policy_subject_risk_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6560);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8652);
/* harmony import */ var _subject_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(313);
/* harmony import */ var _suggest_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9494);
/* harmony import */ var _output_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4361);







function seePolicyFix(roleName) {
    return [
        `see the role's trust policy — aws iam get-role --role-name ${roleName ?? 'ROLE'} --query Role.AssumeRolePolicyDocument > trust-policy.json — and give it back to name the failing condition: the input \`trust-policy: trust-policy.json\`, or \`${(0,_output_version_js__WEBPACK_IMPORTED_MODULE_3__/* .npxCommand */ .WN)('explain --claims <file> --trust-policy trust-policy.json')}\``
    ];
}
function explainDenial(d) {
    const { claims, redact } = d;
    const iss = typeof claims.iss === 'string' ? claims.iss : _policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ISSUER */ .oX;
    const sub = typeof claims.sub === 'string' ? claims.sub : '';
    const needed = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .providerArnFor */ .IO)(iss, d.role?.account ?? '<account>', d.role?.partition ?? 'aws');
    const analysis = sub && (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitHubActionsIssuer */ .YA)(iss) ? (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .analyzeSubject */ .$D)(sub, claims) : undefined;
    const subKey = `${(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .issuerPrefix */ .A_)(iss)}:sub`;
    const evidence = [
        `token sub: ${(0,_github_token_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .claimText */ .Q1)(claims, 'sub', redact)}`,
        `token aud: ${(0,_github_token_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .claimText */ .Q1)(claims, 'aud', redact)}`,
        `token iss: ${(0,_github_token_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .claimText */ .Q1)(claims, 'iss', redact)}`
    ];
    const roleMissing = roleCause(d.role);
    let findings;
    let causes;
    const ev = d.evaluation;
    if (ev) {
        const found = fromEvaluation(ev, { sub, subKey, analysis, needed, redact, roleName: d.role?.name, evidence, iss });
        findings = found.findings;
        causes = [...found.causes, roleMissing];
    }
    else {
        findings = fromSubject(analysis, sub, subKey, d.role?.name, iss);
        if ((0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isNonDefaultGitHubIssuer */ .HP)(iss))
            findings.unshift(issuerFinding(iss, needed));
        if (analysis?.immutable)
            evidence.push(...(0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .explainForm */ ._$)(analysis).slice(-2));
        const unexplained = analysis?.form.kind === 'branch' && !analysis.immutable;
        causes = unexplained
            ? [roleMissing, `the policy's sub condition differs from ${sub} (a typo, letter case, another branch)`]
            : [];
        causes.push(`Principal.Federated names another provider, account or partition (it must be ${needed})`);
        if (!unexplained)
            causes.push(roleMissing);
        if (!unexplained)
            findings.push({ reason: '', fix: seePolicyFix(d.role?.name) });
    }
    evidence.push(d.stsSaid);
    const snippets = [];
    const first = findings[0];
    const aud = typeof claims.aud === 'string' ? claims.aud : undefined;
    if (analysis && d.role && aud && findings.some((f) => f.aboutSubject)) {
        if (redact.includes('sub'))
            evidence.push('sub is in redact-claims: no policy is suggested, since it would show the subject');
        else
            snippets.push(...policySnippets({ iss, aud, role: d.role, sub, a: analysis }));
    }
    return {
        message: first?.reason || "The role's trust policy does not allow this token.",
        evidence,
        fix: findings.flatMap((f) => f.fix),
        causes,
        snippets
    };
}
function roleCause(role) {
    const cause = 'the role does not exist, or the ARN names another account (AWS answers the same)';
    if (!role)
        return cause;
    const path = role.path === '/' ? '' : role.path;
    return `${cause}: this ARN names account ${role.account}, role ${path}${role.name}`;
}
function policySnippets(x) {
    const { iss, aud, role, sub, a } = x;
    const chosen = (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .narrowestSubject */ .Es)(sub, a);
    const input = { iss, aud, account: role.account, partition: role.partition, sub: chosen };
    const s = (0,_suggest_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .suggestTrustPolicy */ .D)(input);
    const risk = (0,_policy_subject_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectRisk */ .G)(chosen.operator, chosen.value);
    const forWhom = a.form.kind === 'pull_request' ? 'for a separate read-only pull-request role' : 'for a new role';
    const title = `${forWhom}, a minimal trust policy allowing ${(0,_suggest_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectLabel */ .p)(chosen)}${risk ? ` — ⚠ ${risk}` : ''}`;
    return [
        { title: `${title} (JSON)`, body: s.compactJson },
        { title: `${title} (JSON)`, body: s.json, summaryOnly: true },
        { title: `${title} (Terraform)`, body: s.terraform, summaryOnly: true }
    ];
}
function issuerFinding(iss, needed) {
    const prefix = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .issuerPrefix */ .A_)(iss);
    return {
        reason: `This token's issuer is ${iss}, not github.com's default: AWS maps it to the provider ${needed} and names its condition keys ${prefix}:… (${prefix}:sub, ${prefix}:aud); keys of another prefix, such as ${DEFAULT_PREFIX}:sub, are absent from this request and never match.`,
        fix: [
            `trust ${needed} in Principal.Federated and write every condition key with the prefix ${prefix}: (e.g. ${prefix}:sub); create that provider in the role's account if it is missing`
        ]
    };
}
const DEFAULT_PREFIX = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .issuerPrefix */ .A_)(_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ISSUER */ .oX);
function fromSubject(a, sub, subKey, roleName, iss) {
    if (!a && sub) {
        return [
            {
                reason: `Nothing in this token explains the denial: its issuer ${iss} is not GitHub's, so its sub (${sub}) is that issuer's own; the role's trust policy itself must be compared with it.`,
                fix: seePolicyFix(roleName)
            }
        ];
    }
    if (!a)
        return [{ reason: 'The token has no sub, so no trust policy condition on sub can match it.', fix: [] }];
    const where = "the sub condition of the role's trust policy";
    if (a.form.kind === 'branch' && !a.immutable) {
        return [
            {
                reason: `Nothing in this token explains the denial: a run on the branch '${a.form.branch}' has GitHub's default subject, so the role's trust policy itself must be compared with it.`,
                fix: seePolicyFix(roleName)
            }
        ];
    }
    const reason = a.immutable ? (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .explainForm */ ._$)(a).slice(-3)[0] : (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .explainForm */ ._$)(a)[0];
    return [{ reason, fix: subjectFixes(a, sub, subKey, where, 'StringEquals'), aboutSubject: true }];
}
function subjectFixes(a, sub, subKey, where, operator) {
    const add = (v) => `add ${v} to the ${subKey} values of ${where}`;
    const f = a.form;
    const repo = a.repoPart ?? 'the repository';
    const prefix = `repo:${repo}`;
    switch (f.kind) {
        case 'pull_request':
            return [
                `keep pull requests off this role: give them a separate read-only role that trusts ${sub} (policy below), used by the pull-request jobs`,
                `or ${add(sub)} — ⚠ then code from any pull request branch of ${repo}, not yet reviewed, can assume this role; ${_policy_subject_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .SAFER_FORMS */ .W}`
            ];
        case 'environment':
            return [
                `${add(sub)}; protect the environment '${f.environment}' (required reviewers, deployment branches) so only reviewed code reaches this role`
            ];
        case 'tag': {
            const pattern = (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .narrowestSubject */ .Es)(sub, a).value;
            return [
                `${add(sub)} (exactly this tag)`,
                `or, for every release tag, add the pattern ${pattern} to a StringLike condition on ${subKey} — a pattern allows every tag it matches: restrict who may push such tags with a tag ruleset`
            ];
        }
        case 'merge-queue':
            return [
                `add the pattern ${prefix}:ref:refs/heads/gh-readonly-queue/${f.base}/* to a StringLike condition on ${subKey} — a pattern: every merge-queue run for ${f.base} (changes that passed the queue's required checks, not yet merged)`
            ];
        case 'custom':
            return [
                `${add(sub)}: the policy must follow the custom sub template's shape (keys: ${f.keys.join(', ') || 'unknown'})`
            ];
        default:
            if (a.immutable)
                return [`${add(a.withIds ?? sub)} (the immutable form GitHub now sends)`];
            return [`${add(sub)}${operator === 'StringLike' ? ' (or a pattern that matches it)' : ''}`];
    }
}
function fromEvaluation(ev, x) {
    const name = (st) => `statement ${st.index}${st.sid ? ` (${st.sid})` : ''}`;
    if (ev.decision === 'allow') {
        return {
            findings: [
                {
                    reason: "The trust-policy input allows this token, but AWS denied it: the role's actual trust policy differs from that file, or the role does not exist.",
                    fix: seePolicyFix(x.roleName)
                }
            ],
            causes: ["the role's trust policy was changed since the file was taken, or the file belongs to another role"]
        };
    }
    const deny = ev.statements.find((s) => s.effect === 'Deny' && s.applies);
    if (deny) {
        return {
            findings: [
                {
                    reason: `${cap(name(deny))} of the trust policy is a Deny that matches this token, and a Deny wins over every Allow.`,
                    fix: [
                        `narrow the conditions of ${name(deny)} so they do not match this run, or run the job in a context it excludes`
                    ]
                }
            ],
            causes: []
        };
    }
    const allows = ev.statements.filter((s) => s.effect === 'Allow' && s.actionMatches);
    if (allows.length === 0) {
        return {
            findings: [
                {
                    reason: 'No Allow statement of the trust policy covers the action sts:AssumeRoleWithWebIdentity.',
                    fix: ['add "Action": "sts:AssumeRoleWithWebIdentity" to the statement that trusts the OIDC provider']
                }
            ],
            causes: []
        };
    }
    const misses = (s) => (s.principalMatches ? 0 : 1) + s.conditions.filter((c) => !c.passed).length;
    const best = allows.reduce((a, b) => (misses(b) < misses(a) ? b : a));
    const findings = [];
    const elsewhere = best.conditions.filter((c) => !c.passed && c.otherPrefix);
    if (elsewhere.length > 0)
        findings.push(otherPrefixFinding(elsewhere, name(best), x));
    if (!best.principalMatches) {
        findings.push({
            reason: `${cap(name(best))}: ${(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .principalDifference */ .C9)(best.federated ?? [], x.needed)}.`,
            fix: [`set Principal.Federated of ${name(best)} to ${x.needed} (the provider must be in the role's account)`]
        });
    }
    for (const c of best.conditions.filter((c) => !c.passed && !c.otherPrefix)) {
        const hidden = (0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .keyIsRedacted */ ._)(c.key, x.redact);
        const finding = conditionFinding(c, name(best), x, hidden);
        if (!c.noSuchKey && !finding.reason.includes('wildcard'))
            x.evidence.push(`${name(best)}: ${(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCondition */ .pu)(c, hidden)}`);
        findings.push(finding);
    }
    const causes = findings.slice(1).map((f) => `also: ${lowerFirst(f.reason)}`);
    return { findings, causes };
}
function otherPrefixFinding(conditions, where, x) {
    const prefix = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .issuerPrefix */ .A_)(x.iss);
    const theirs = [...new Set(conditions.map((c) => c.key))].join(', ');
    const own = [...new Set(conditions.map((c) => c.otherPrefix?.key ?? ''))].join(', ');
    const bare = (k) => k.slice(0, k.lastIndexOf(':')).replace(/\/+$/, '').toLowerCase();
    const slashOnly = conditions.every((c) => bare(c.key) === prefix.toLowerCase());
    const how = slashOnly ? ' (they differ from its keys only by a trailing slash before the colon)' : '';
    return {
        reason: `${cap(where)} checks ${theirs}: keys of another issuer's prefix${how}, absent from this request. This token (iss ${x.iss}) has them as ${own}, and maps to the provider ${x.needed}.`,
        fix: [
            `write the condition keys of ${where} with the prefix ${prefix}: (${own}) and trust ${x.needed} in its Principal.Federated`
        ]
    };
}
function conditionFinding(c, where, x, hidden) {
    const cond = `the ${c.operator} condition on ${c.key} of ${where}`;
    if (c.undecided) {
        return {
            reason: `AWS's outcome for ${cond} cannot be decided here: ${c.undecided.reason}.`,
            fix: [
                `write ${cond} so that AWS documents its outcome (${c.undecided.source ?? 'a set operator for a multivalued key'})`
            ]
        };
    }
    if (c.noSuchKey) {
        return {
            reason: `${cap(cond)} can never match: AWS has no such condition key (it does not put the ${c.noSuchKey.claim} claim in the request).`,
            fix: [`replace it with ${c.noSuchKey.instead}`]
        };
    }
    const hints = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .conditionHints */ .sj)(c, hidden);
    const wildcard = hints.find((h) => h.includes('literal characters'));
    if (wildcard) {
        return {
            reason: `${cap(cond)} holds a wildcard, but ${wildcard}.`,
            fix: [`change the operator of ${cond} from ${c.operator} to StringLike (keep its values)${likeRisk(c)}`]
        };
    }
    const caseOnly = hints.find((h) => h.includes('letter case'));
    if (caseOnly) {
        return {
            reason: `In ${cond}, ${caseOnly}.`,
            fix: [`write the value exactly as the token has it (${hidden ? '***' : String(c.actual)}) in ${cond}`]
        };
    }
    const claim = c.key.slice(c.key.lastIndexOf(':') + 1).toLowerCase();
    if (claim === 'sub' && x.analysis && c.key.toLowerCase() === x.subKey.toLowerCase()) {
        const form = x.analysis.form.kind === 'branch' ? [] : (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .explainForm */ ._$)(x.analysis).slice(0, 1);
        const reason = form[0] ?? `This run's sub is not among the values of ${cond}.`;
        return { reason, fix: subjectFixes(x.analysis, x.sub, x.subKey, cond, c.operator), aboutSubject: true };
    }
    if (claim === 'aud') {
        const expected = c.expected[0] ?? 'sts.amazonaws.com';
        return {
            reason: `${cap(cond)} expects the audience ${c.expected.join(' or ')}; this token's is ${String(c.actual ?? '(absent)')}.`,
            fix: [`request the audience the policy expects (audience: ${expected})`]
        };
    }
    return {
        reason: `${cap(cond)} does not hold for this run (${claim} ${hidden ? '***' : String(c.actual ?? 'absent')}).`,
        fix: [`allow this run's ${claim} in ${cond}, or run the job where it holds`]
    };
}
function likeRisk(c) {
    if (!c.key.toLowerCase().endsWith(':sub'))
        return '';
    const risk = c.expected.map((v) => (0,_policy_subject_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectRisk */ .G)('StringLike', v)).find((r) => r !== undefined);
    return risk ? ` — ⚠ as a pattern, ${risk}; ${_policy_subject_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .SAFER_FORMS */ .W}` : '';
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);


/***/ })

};
;