"use strict";
exports.id = 885;
exports.ids = [885];
exports.modules = {

/***/ 8652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ redactor),
/* harmony export */   _: () => (/* binding */ keyIsRedacted)
/* harmony export */ });
// redact-claims holds everywhere the action writes: a redacted claim's value is replaced by
// *** in any text built from the token (diagnosis, evaluation lines, suggestions, summary).
// Shorter values (a run_attempt of "1") would blank unrelated text; the claim rows and the
// per-condition lines hide those values by name instead.
const MIN_SCRUBBED_LENGTH = 3;
/** A function that replaces every redacted claim's value (and its string parts) with ***. */
function redactor(claims, redact) {
    const values = redact
        .flatMap((name) => [claims[name]].flat())
        .filter((v) => typeof v === 'string' || typeof v === 'number')
        .map(String)
        .filter((v) => v.length >= MIN_SCRUBBED_LENGTH)
        // longest first, so a value that contains another is replaced whole
        .sort((a, b) => b.length - a.length);
    if (values.length === 0)
        return (text) => text;
    return (text) => values.reduce((t, v) => t.split(v).join('***'), text);
}
/** Whether a condition key (`<issuer>:<claim>`) names a redacted claim. */
function keyIsRedacted(key, redact) {
    const claim = key.slice(key.lastIndexOf(':') + 1).toLowerCase();
    return redact.some((r) => r.toLowerCase() === claim);
}


/***/ }),

/***/ 313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ analyzeSubject),
/* harmony export */   Es: () => (/* binding */ narrowestSubject),
/* harmony export */   _$: () => (/* binding */ explainForm)
/* harmony export */ });
// Values never hold a raw ":" (GitHub writes %3A), so any extra ":" means a custom template.
const DEFAULT = /^repo:([^/:]+)\/([^:]+):(environment:([^:]+)|pull_request|ref:refs\/(heads|tags)\/([^:]+))$/;
const KNOWN_KEYS = [
    'repo',
    'context',
    'environment',
    'ref',
    'ref_type',
    'job_workflow_ref',
    'workflow',
    'workflow_ref',
    'repository',
    'repository_id',
    'repository_owner',
    'repository_owner_id',
    'repository_visibility',
    'actor',
    'actor_id',
    'event_name',
    'head_ref',
    'base_ref',
    'enterprise',
    'enterprise_id',
    'runner_environment',
    'pull_request'
];
/** Which of GitHub's default forms the matched parts of a sub are (first match wins, as GitHub builds it). */
function subjectForm(context, environment, refKind, refName = '') {
    if (environment !== undefined)
        return { kind: 'environment', environment };
    if (context === 'pull_request')
        return { kind: 'pull_request' };
    if (refKind === 'tags')
        return { kind: 'tag', tag: refName };
    if (refName.startsWith('gh-readonly-queue/'))
        return { kind: 'merge-queue', base: refName.split('/')[1] ?? '' };
    return { kind: 'branch', branch: refName };
}
function analyzeSubject(sub, claims) {
    const m = DEFAULT.exec(sub);
    if (!m)
        return { form: { kind: 'custom', keys: keysIn(sub) }, immutable: false };
    const [, owner, repo, context, environment, refKind, refName] = m;
    const form = subjectForm(context, environment, refKind, refName);
    const ids = { owner: String(claims.repository_owner_id ?? ''), repo: String(claims.repository_id ?? '') };
    const atForm = /^(.+)@(\d+)$/;
    const ownerAt = atForm.exec(owner);
    const repoAt = atForm.exec(repo);
    // The early announced "owner-ID/repo-ID" form is only recognised when the IDs are the token's own.
    const dashed = ids.owner !== '' && ids.repo !== '' && owner.endsWith(`-${ids.owner}`) && repo.endsWith(`-${ids.repo}`);
    const suffix = sub.slice(`repo:${owner}/${repo}`.length);
    if (ownerAt && repoAt) {
        return {
            form,
            repoPart: `${owner}/${repo}`,
            immutable: true,
            withIds: sub,
            nameOnly: `repo:${ownerAt[1]}/${repoAt[1]}${suffix}`
        };
    }
    if (dashed) {
        const bare = `repo:${owner.slice(0, -ids.owner.length - 1)}/${repo.slice(0, -ids.repo.length - 1)}${suffix}`;
        return { form, repoPart: `${owner}/${repo}`, immutable: true, withIds: sub, nameOnly: bare };
    }
    const withIds = ids.owner && ids.repo ? `repo:${owner}@${ids.owner}/${repo}@${ids.repo}${suffix}` : undefined;
    return { form, repoPart: `${owner}/${repo}`, immutable: false, nameOnly: sub, withIds };
}
function keysIn(sub) {
    const keys = [];
    for (const part of sub.split(':'))
        if (KNOWN_KEYS.includes(part) && !keys.includes(part))
            keys.push(part);
    return keys;
}
/** One or two sentences on what this form means for a trust policy. */
function explainForm(a) {
    const f = a.form;
    const lines = [];
    switch (f.kind) {
        case 'pull_request':
            lines.push('This run is a pull request event: its sub ends in :pull_request, which never matches a policy pattern on ref:refs/heads/*.');
            break;
        case 'environment':
            lines.push(`The job uses the environment '${f.environment}': its sub carries :environment:${f.environment} in place of the ref, so patterns on ref:refs/heads/* do not match.`);
            break;
        case 'tag':
            lines.push(`This run is for the tag '${f.tag}': its sub ends in :ref:refs/tags/${f.tag}, which branch patterns (refs/heads/*) do not match.`);
            break;
        case 'merge-queue':
            lines.push(`This run is in a merge queue: its ref is the temporary branch gh-readonly-queue/${f.base}/pr-<n>-<sha>, which a pattern on refs/heads/${f.base} does not match.`);
            break;
        case 'branch':
            lines.push(`This run is on the branch '${f.branch}'.`);
            break;
        case 'custom':
            lines.push(`The sub is not GitHub's default shape: the repository or organisation uses a custom sub template (include_claim_keys) whose keys, as seen in sub, are: ${f.keys.join(', ') || '(none recognised)'}. The policy must match that shape.`);
            break;
    }
    if (a.immutable) {
        lines.push('This repository uses the immutable subject (owner@ID/repo@ID, from 2026): trust policies written for the name-only form no longer match.');
        if (a.nameOnly)
            lines.push(`name-only form (no longer sent): ${a.nameOnly}`);
        if (a.withIds)
            lines.push(`immutable form (this token):     ${a.withIds}`);
    }
    return lines;
}
/** The narrowest sub a policy can sensibly allow for runs like this one, and its operator. */
function narrowestSubject(sub, a) {
    const f = a.form;
    const prefix = `repo:${a.repoPart}`;
    if (f.kind === 'merge-queue')
        return { operator: 'StringLike', value: `${prefix}:ref:refs/heads/gh-readonly-queue/${f.base}/*` };
    if (f.kind === 'tag')
        return { operator: 'StringLike', value: `${prefix}:ref:refs/tags/${/^v\d/.test(f.tag) ? 'v*' : '*'}` };
    return { operator: 'StringEquals', value: sub };
}


/***/ }),

/***/ 9494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ suggestTrustPolicy),
/* harmony export */   p: () => (/* binding */ subjectLabel)
/* harmony export */ });
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2611);
// The minimal trust policy that would allow exactly this run: printed on a denial and in dry-run.

function suggestTrustPolicy(s) {
    const prefix = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_0__/* .issuerPrefix */ .A_)(s.iss);
    const providerArn = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_0__/* .providerArnFor */ .IO)(s.iss, s.account, s.partition);
    const conditions = { StringEquals: { [`${prefix}:aud`]: s.aud } };
    conditions[s.sub.operator] = { ...conditions[s.sub.operator], [`${prefix}:sub`]: s.sub.value };
    const json = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
            {
                Effect: 'Allow',
                Principal: { Federated: providerArn },
                Action: 'sts:AssumeRoleWithWebIdentity',
                Condition: conditions
            }
        ]
    }, null, 2);
    const hcl = (v) => JSON.stringify(v).replace(/\$\{/g, '$${');
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
    ].join('\n');
    const q = (v) => JSON.stringify(v);
    const conditionLines = Object.entries(conditions).map(([op, block], i, all) => `    ${q(op)}: {${Object.entries(block)
        .map(([k, v]) => `${q(k)}: ${q(v)}`)
        .join(', ')}}${i < all.length - 1 ? ',' : ''}`);
    const compactJson = [
        '{"Version": "2012-10-17", "Statement": [{',
        '  "Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity",',
        `  "Principal": {"Federated": ${q(providerArn)}},`,
        '  "Condition": {',
        ...conditionLines,
        '  }}]}'
    ].join('\n');
    return { providerArn, json, compactJson, terraform };
}
/** Exact subject or pattern, said plainly next to a suggested policy. */
function subjectLabel(sub) {
    return sub.operator === 'StringLike'
        ? `the pattern ${sub.value} (StringLike): it allows every subject it matches, not only this run's`
        : `exactly the subject ${sub.value}`;
}


/***/ }),

/***/ 9745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ issuerPrefix),
/* harmony export */   E6: () => (/* binding */ keyOfIssuer),
/* harmony export */   IO: () => (/* binding */ providerArnFor),
/* harmony export */   c$: () => (/* binding */ insteadOf),
/* harmony export */   oX: () => (/* binding */ GITHUB_ISSUER),
/* harmony export */   pZ: () => (/* binding */ conditionKeysFromClaims),
/* harmony export */   xU: () => (/* binding */ isGitHubIssuer)
/* harmony export */ });
/* unused harmony exports STANDARD_KEY_CLAIMS, GITHUB_KEY_CLAIMS, claimsWithKeys */
const STANDARD_KEY_CLAIMS = ['aud', 'sub', 'amr', 'azp'];
const GITHUB_KEY_CLAIMS = [
    'actor',
    'actor_id',
    'job_workflow_ref',
    'repository',
    'repository_id',
    'workflow',
    'ref',
    'environment',
    'enterprise_id'
];
/** GitHub.com's token issuer (the `iss` of its ID tokens); GHES and GHE.com have their own. */
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** `https://token.actions.githubusercontent.com/acme/` -> `token.actions.githubusercontent.com/acme` */
function issuerPrefix(iss) {
    return iss
        .trim()
        .replace(/^https:\/\//i, '')
        .replace(/\/+$/, '');
}
/** github.com (with or without an enterprise slug) and GHE.com data-residency issuers. */
function isGitHubIssuer(iss) {
    const p = issuerPrefix(iss).toLowerCase();
    return (/^token\.actions\.githubusercontent\.com(\/[^/]+)?$/.test(p) || /^token\.actions\.[a-z0-9-]+\.ghe\.com$/.test(p));
}
/** The claims AWS puts in the request context as `<issuer>:<claim>` for tokens of this issuer. */
function claimsWithKeys(iss) {
    return isGitHubIssuer(iss) ? [...STANDARD_KEY_CLAIMS, ...GITHUB_KEY_CLAIMS] : STANDARD_KEY_CLAIMS;
}
/** `arn:<partition>:iam::<account>:oidc-provider/<issuer host[/path]>` */
function providerArnFor(iss, account, partition = 'aws') {
    return `arn:${partition}:iam::${account}:oidc-provider/${issuerPrefix(iss)}`;
}
/**
 * Maps each claim AWS makes a key of (see above) to `<issuer>:<claim>`. aud and amr keep
 * their list form (they are multi-valued keys); other lists and objects have no key.
 */
function conditionKeysFromClaims(claims) {
    const iss = claims.iss;
    if (typeof iss !== 'string' || issuerPrefix(iss) === '') {
        throw new Error('the claims have no iss, so the condition key prefix is unknown');
    }
    const prefix = issuerPrefix(iss);
    const keys = {};
    for (const name of claimsWithKeys(iss)) {
        const v = keyValue(name, claims[name]);
        if (v !== undefined)
            keys[`${prefix}:${name}`] = v;
    }
    return keys;
}
/**
 * For a condition key of this issuer's prefix: the claim it names and whether AWS provides
 * such a key at all. undefined for keys of other prefixes (aws:, sts:, another issuer).
 */
function keyOfIssuer(key, iss) {
    const prefix = `${issuerPrefix(iss).toLowerCase()}:`;
    if (!key.toLowerCase().startsWith(prefix))
        return undefined;
    const claim = key.slice(prefix.length);
    // IAM keys are case-insensitive: `Token.Actions...:SUB` is the sub key
    return { claim, provided: claimsWithKeys(iss).includes(claim.toLowerCase()) };
}
// What a policy can check instead of a claim AWS gives no key for.
const INSTEAD = {
    repository_owner: 'StringLike on :repository (`OWNER/*`) or on :sub (`repo:OWNER/*`)',
    repository_owner_id: ':repository_id, or :sub with the immutable subject (`repo:OWNER@ID/…`)',
    event_name: ':sub (a pull request run ends in `:pull_request`) or :ref',
    ref_type: ':ref (StringLike `refs/tags/*` or `refs/heads/*`)',
    ref_protected: ':environment (a protected environment) or :ref',
    workflow_ref: ':job_workflow_ref (the same for a workflow that is not reusable)',
    head_ref: ':sub or :ref',
    base_ref: ':sub or :ref',
    runner_environment: 'a custom sub template (include_claim_keys) that includes runner_environment, matched in :sub',
    repository_visibility: ':repository_id or :repository'
};
/** One phrase: the supported key(s) or custom `sub` template to use in place of an unsupported claim. */
function insteadOf(claim, iss) {
    const own = isGitHubIssuer(iss) ? INSTEAD[claim.toLowerCase()] : undefined;
    const template = isGitHubIssuer(iss)
        ? `a custom sub template (include_claim_keys) with ${claim}, matched in :sub`
        : 'a condition on :sub or :aud';
    return own ?? template;
}
function keyValue(name, value) {
    if (isScalar(value))
        return String(value);
    if ((name === 'aud' || name === 'amr') && Array.isArray(value))
        return value.filter(isScalar).map(String);
    return undefined;
}
function isScalar(v) {
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}


/***/ }),

/***/ 7882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ parseOperator),
/* harmony export */   F9: () => (/* binding */ evaluateCondition),
/* harmony export */   Ht: () => (/* binding */ isSupportedOperator)
/* harmony export */ });
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6563);
// One Condition operator/key pair against the request, following the IAM
// condition-operator reference (set prefixes, IfExists, Null, negation).

const equals = (p, r) => p === r;
const equalsIgnoreCase = (p, r) => p.toLowerCase() === r.toLowerCase();
// keyed by lower-cased base name (without set prefix and IfExists)
const OPERATORS = {
    stringequals: { match: equals, negated: false },
    stringnotequals: { match: equals, negated: true },
    stringequalsignorecase: { match: equalsIgnoreCase, negated: false },
    stringnotequalsignorecase: { match: equalsIgnoreCase, negated: true },
    stringlike: { match: _match_js__WEBPACK_IMPORTED_MODULE_0__/* .wildcardMatch */ .UF, negated: false },
    stringnotlike: { match: _match_js__WEBPACK_IMPORTED_MODULE_0__/* .wildcardMatch */ .UF, negated: true },
    // IAM documents ArnEquals and ArnLike as the same per-part wildcard match
    arnequals: { match: _match_js__WEBPACK_IMPORTED_MODULE_0__/* .arnMatch */ .Pz, negated: false },
    arnlike: { match: _match_js__WEBPACK_IMPORTED_MODULE_0__/* .arnMatch */ .Pz, negated: false },
    arnnotequals: { match: _match_js__WEBPACK_IMPORTED_MODULE_0__/* .arnMatch */ .Pz, negated: true },
    arnnotlike: { match: _match_js__WEBPACK_IMPORTED_MODULE_0__/* .arnMatch */ .Pz, negated: true },
    // request values are text here, so "true"/"TRUE" compare equal
    bool: { match: equalsIgnoreCase, negated: false }
};
const SET_OPERATORS = ['ForAnyValue', 'ForAllValues'];
/** Splits `ForAllValues:StringLikeIfExists` into its parts (case-insensitively). */
function parseOperator(operator) {
    const m = /^(?:(ForAnyValue|ForAllValues):)?(.+?)(IfExists)?$/i.exec(operator.trim());
    if (!m)
        return { base: operator.toLowerCase(), ifExists: false };
    return {
        set: SET_OPERATORS.find((s) => s.toLowerCase() === m[1]?.toLowerCase()),
        base: m[2].toLowerCase(),
        ifExists: m[3] !== undefined
    };
}
/** True when the evaluator implements the operator. */
function isSupportedOperator(operator) {
    const op = parseOperator(operator);
    if (op.base === 'null')
        return op.set === undefined && !op.ifExists;
    return op.base in OPERATORS;
}
/** `keys` must be keyed by lower-cased condition key (IAM keys are case-insensitive). */
function evaluateCondition(spec, keys) {
    const actual = keys.get(spec.key.toLowerCase());
    const result = {
        operator: spec.operator,
        key: spec.key,
        expected: spec.values,
        actual,
        passed: false
    };
    const requestValues = actual === undefined ? [] : [actual].flat();
    if (!isSupportedOperator(spec.operator)) {
        result.unsupported = true;
    }
    else {
        result.passed = decide(parseOperator(spec.operator), spec.values, requestValues);
    }
    if (!result.passed)
        result.nearest = nearest(spec, requestValues);
    return result;
}
function decide(op, policyValues, requestValues) {
    // an empty list counts as absent ("resolves to an empty data set")
    const present = requestValues.length > 0;
    if (op.base === 'null') {
        // OR across the listed values: "true" wants the key absent, "false" wants it present
        return policyValues.some((v) => (v.toLowerCase() === 'true' ? !present : v.toLowerCase() === 'false' && present));
    }
    const def = OPERATORS[op.base];
    if (!present) {
        if (op.ifExists)
            return true;
        if (op.set === 'ForAllValues')
            return true; // vacuous truth: the documented foot-gun
        if (op.set === 'ForAnyValue')
            return false;
        return def.negated; // "not equal to X" holds for a key that is not there
    }
    const matchesSome = (r) => policyValues.some((p) => def.match(p, r));
    // for negated operators a request value "matches" when it hits none of the policy values
    const ok = def.negated ? (r) => !matchesSome(r) : matchesSome;
    if (op.set === 'ForAllValues')
        return requestValues.every(ok);
    if (op.set === 'ForAnyValue')
        return requestValues.some(ok);
    // no set prefix: positive operators need any request value to match;
    // negated ones need every request value to miss every policy value (NOR)
    return def.negated ? requestValues.every(ok) : requestValues.some(ok);
}
/** The policy value a report should show next to the actual one. */
function nearest(spec, requestValues) {
    if (spec.values.length === 0)
        return undefined;
    if (requestValues.length === 0)
        return spec.values[0];
    const def = OPERATORS[parseOperator(spec.operator).base];
    // a failed negated operator: the culprit is the value that did match
    if (def?.negated) {
        const hit = spec.values.find((p) => requestValues.some((r) => def.match(p, r)));
        if (hit !== undefined)
            return hit;
    }
    return (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(spec.values, requestValues);
}


/***/ }),

/***/ 2611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bK: () => (/* reexport */ CLOCK_SKEW_ALLOWANCE_S),
  oX: () => (/* reexport */ claims/* GITHUB_ISSUER */.oX),
  y2: () => (/* reexport */ parse/* PolicyParseError */.y),
  sj: () => (/* reexport */ conditionHints),
  pZ: () => (/* reexport */ claims/* conditionKeysFromClaims */.pZ),
  pu: () => (/* reexport */ describeCondition),
  y1: () => (/* reexport */ evaluateTrustPolicy),
  OM: () => (/* reexport */ futureTimes),
  xU: () => (/* reexport */ claims/* isGitHubIssuer */.xU),
  A_: () => (/* reexport */ claims/* issuerPrefix */.A_),
  GS: () => (/* reexport */ parse/* parseTrustPolicy */.G),
  C9: () => (/* reexport */ principalDifference),
  IO: () => (/* reexport */ claims/* providerArnFor */.IO),
  aO: () => (/* reexport */ tokenTimes)
});

// UNUSED EXPORTS: GITHUB_KEY_CLAIMS, STANDARD_KEY_CLAIMS, TOKEN_USED_BEFORE_ISSUED, claimsWithKeys, evaluateCondition, insteadOf, keyOfIssuer, levenshtein, parseOperator, stsTimeVerdict, wildcardMatch

// EXTERNAL MODULE: ./src/policy/parse.ts + 1 modules
var parse = __webpack_require__(7860);
// EXTERNAL MODULE: ./src/policy/claims.ts
var claims = __webpack_require__(9745);
// EXTERNAL MODULE: ./src/policy/conditions.ts
var policy_conditions = __webpack_require__(7882);
// EXTERNAL MODULE: ./src/policy/statement.ts
var statement = __webpack_require__(8299);
// EXTERNAL MODULE: ./src/policy/warnings.ts
var warnings = __webpack_require__(4113);
// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
;// CONCATENATED MODULE: ./src/policy/describe.ts
// One plain-text line per condition for logs and job summaries, and the hints that name
// why a failed condition failed. The caller escapes the text; nothing here is markup.


/**
 * `✓ StringEquals <key> expected a or b, got c` (or `✗ ...`). With `hidden` (the key's claim is
 * in redact-claims) no value is shown, only that the comparison was made.
 */
function describeCondition(c, hidden = false) {
    const mark = c.passed ? '✓' : '✗';
    if (c.noSuchKey) {
        const verdict = c.passed ? 'always matches' : 'never matches';
        return `${mark} ${c.operator} ${c.key}: AWS has no such condition key (it never puts the ${c.noSuchKey.claim} claim in the request), so this condition ${verdict}; use ${c.noSuchKey.instead} instead`;
    }
    if (hidden) {
        const n = c.expected.length;
        const outcome = c.passed ? 'matches' : 'does not match';
        return `${mark} ${c.operator} ${c.key}: the token's value (***, redacted) ${outcome} the ${n} value${n === 1 ? '' : 's'} of the policy (compared; values not shown)`;
    }
    const expected = c.expected.length === 0 ? '(no values)' : c.expected.join(' or ');
    let line = `${mark} ${c.operator} ${c.key} expected ${expected}, got ${formatActual(c.actual)}`;
    // with several expected values, point at the one the actual value nearly was
    if (!c.passed && c.nearest !== undefined && c.expected.length > 1)
        line += ` (closest: ${c.nearest})`;
    if (c.unsupported)
        line += ' (operator not evaluated locally; counted as not matching)';
    return line;
}
/** Why a failed condition failed, when the values show it: a wildcard that is literal, a case difference. */
function conditionHints(c, hidden = false) {
    if (c.passed || c.noSuchKey || c.unsupported)
        return [];
    const actual = c.actual === undefined ? [] : [c.actual].flat();
    const hints = [];
    const op = (0,policy_conditions/* parseOperator */.A$)(c.operator);
    const literalStar = op.base === 'stringequals' || op.base === 'stringequalsignorecase';
    const patterns = c.expected.filter((v) => /[*?]/.test(v));
    if (literalStar && patterns.length > 0) {
        const wouldMatch = patterns.some((p) => actual.some((a) => (0,match/* wildcardMatch */.UF)(p, a)));
        hints.push(`under ${c.operator}, * and ? are literal characters, not wildcards${wouldMatch ? ': with StringLike this condition would match this token' : ''} — use StringLike for ${hidden ? 'the pattern' : patterns.map((p) => `"${p}"`).join(', ')}`);
    }
    const caseOnly = c.expected.some((e) => actual.some((a) => a !== e && a.toLowerCase() === e.toLowerCase()));
    if (caseOnly && op.base !== 'stringequalsignorecase') {
        hints.push(`${hidden ? 'a value' : `"${c.nearest ?? ''}"`} differs from the token only by letter case: IAM string matching is case-sensitive`);
    }
    return hints;
}
function formatActual(actual) {
    if (actual === undefined)
        return '(absent)';
    if (Array.isArray(actual))
        return `[${actual.map((v) => JSON.stringify(v)).join(', ')}]`;
    return actual;
}

;// CONCATENATED MODULE: ./src/policy/evaluate.ts
// IAM's decision for one AssumeRoleWithWebIdentity request against a role
// trust policy: an applicable Deny wins, then an applicable Allow, else
// implicit deny.






function evaluateTrustPolicy(policy, ctx) {
    const keys = new Map();
    for (const [k, v] of Object.entries(ctx.keys))
        keys.set(k.toLowerCase(), v);
    const statements = policy.statements.map((st) => evaluateStatement(st, ctx, keys));
    const applies = (effect) => statements.some((s) => s.applies && s.effect === effect);
    return { decision: decide(applies), statements, warnings: (0,warnings/* policyWarnings */.a)(policy) };
}
/** An applicable Deny wins, then an applicable Allow; otherwise nothing grants (implicit deny). */
function decide(applies) {
    if (applies('Deny'))
        return 'explicit-deny';
    return applies('Allow') ? 'allow' : 'implicit-deny';
}
function evaluateStatement(st, ctx, keys) {
    const principalMatches = (0,statement/* statementPrincipalMatches */.h4)(st, ctx.federatedPrincipal, ctx.awsPrincipal);
    const actionMatches = (0,statement/* statementActionMatches */.jB)(st, ctx.action);
    // every condition is evaluated (not just up to the first failure) so a report can list them all
    const conditions = st.conditions.map((c) => withKeyNote((0,policy_conditions/* evaluateCondition */.F9)(c, keys), ctx.issuer));
    const result = {
        index: st.index,
        effect: st.effect,
        principalMatches,
        actionMatches,
        conditions,
        applies: principalMatches && actionMatches && conditions.every((c) => c.passed)
    };
    if (st.sid !== undefined)
        result.sid = st.sid;
    if (!principalMatches && st.principal)
        result.federated = st.principal.values.Federated ?? [];
    return result;
}
/** Marks a condition on a claim AWS gives no key for: it behaves as on a missing key, and a report must say so. */
function withKeyNote(c, issuer) {
    if (!issuer || c.actual !== undefined)
        return c;
    const k = (0,claims/* keyOfIssuer */.E6)(c.key, issuer);
    if (!k || k.provided)
        return c;
    return { ...c, noSuchKey: { claim: k.claim, instead: (0,claims/* insteadOf */.c$)(k.claim, issuer) } };
}

;// CONCATENATED MODULE: ./src/policy/principal-diff.ts
// Says what a statement's Principal.Federated names and how it differs from the provider
// this token needs: another account, partition or issuer.
function providerParts(arn) {
    const m = /^arn:([^:]+):iam::([^:]*):oidc-provider\/(.+)$/.exec(arn);
    return m ? { partition: m[1], account: m[2], issuer: m[3] } : undefined;
}
/** e.g. `names arn:aws:iam::111122223333:oidc-provider/…; this token needs arn:aws:iam::123456789012:…: the account differs (111122223333, not 123456789012)` */
function principalDifference(named, needed) {
    const want = providerParts(needed);
    const differences = named.map((arn) => {
        const got = providerParts(arn);
        if (!got || !want)
            return `${arn} is not an IAM OIDC provider ARN`;
        const parts = [];
        if (got.partition !== want.partition)
            parts.push(`the partition (${got.partition}, not ${want.partition})`);
        if (got.account !== want.account)
            parts.push(`the account (${got.account}, not ${want.account})`);
        if (got.issuer !== want.issuer)
            parts.push(`the issuer (${got.issuer}, not ${want.issuer})`);
        return parts.length > 0 ? `${arn} differs in ${parts.join(' and ')}` : `${arn}`;
    });
    const list = named.length === 0 ? 'no Federated principal' : differences.join('; ');
    return `Principal.Federated names ${list}; this token needs ${needed}`;
}

// EXTERNAL MODULE: ./src/github/token-claims.ts + 6 modules
var token_claims = __webpack_require__(3551);
;// CONCATENATED MODULE: ./src/policy/clock.ts
// IAM's clock rules for an OIDC token, shared by the diagnosis and the emulator's STS.
// IAM user guide, "OIDC federation": IAM accepts a JWT up to five minutes past its exp to
// allow for clock skew. A token whose nbf/iat lies ahead of AWS's clock is refused with
// "Token used before issued"; the same allowance is applied to it here.

const CLOCK_SKEW_ALLOWANCE_S = 300;
const TOKEN_USED_BEFORE_ISSUED = 'Token used before issued';
function tokenTimes(claims) {
    const t = {};
    for (const name of ['exp', 'iat', 'nbf']) {
        const v = claims[name];
        if (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e11)
            t[name] = v;
    }
    return t;
}
/** What STS decides about the token's times at `nowS` (its clock): undefined when it accepts them. */
function stsTimeVerdict(t, nowS) {
    if (t.exp !== undefined && nowS >= t.exp + CLOCK_SKEW_ALLOWANCE_S)
        return 'expired';
    const start = Math.max(t.nbf ?? -Infinity, t.iat ?? -Infinity);
    if (start > nowS + CLOCK_SKEW_ALLOWANCE_S)
        return 'used-before-issued';
    return undefined;
}
/** The token's times that lie in the future by `nowMs` (the runner's clock), as sentences. */
function futureTimes(t, nowMs) {
    const now = Math.floor(nowMs / 1000);
    const out = [];
    for (const name of ['nbf', 'iat']) {
        const v = t[name];
        if (v !== undefined && v > now)
            out.push(`token ${name} ${v} (${(0,token_claims/* isoTime */.Ly)(v)}) is ${v - now} s in the future by the runner clock`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy/index.ts









/***/ }),

/***/ 6563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ arnMatch),
/* harmony export */   UF: () => (/* binding */ wildcardMatch),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export levenshtein */
// String helpers for policy matching. No regular expressions are built from
// policy text, so `.`, `+`, `(`, `[` and friends are always literal.
/**
 * IAM wildcard match: `*` is any run of characters (including none), `?` is
 * exactly one character, everything else is literal. The whole text must match.
 * Works on code points so `?` matches one emoji, not half of one.
 */
function wildcardMatch(pattern, text) {
    if (!pattern.includes('?'))
        return starMatch(pattern, text);
    const p = Array.from(pattern);
    const t = Array.from(text);
    let pi = 0;
    let ti = 0;
    // position of the last `*` seen, and where in the text it started matching
    let star = -1;
    let mark = 0;
    while (ti < t.length) {
        if (pi < p.length && p[pi] === '*') {
            star = pi++;
            mark = ti;
        }
        else if (pi < p.length && (p[pi] === '?' || p[pi] === t[ti])) {
            pi++;
            ti++;
        }
        else if (star >= 0) {
            // let the last `*` swallow one more character and retry
            pi = star + 1;
            ti = ++mark;
        }
        else {
            return false;
        }
    }
    while (pi < p.length && p[pi] === '*')
        pi++;
    return pi === p.length;
}
/**
 * `*`-only patterns: the literal parts must appear in order (the first as a prefix, the last as a
 * suffix); taking each middle part at its leftmost place is always right, and indexOf keeps long
 * policy values fast where the general loop above is quadratic.
 */
function starMatch(pattern, text) {
    const parts = pattern.split('*');
    if (parts.length === 1)
        return pattern === text;
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (first.length + last.length > text.length || !text.startsWith(first) || !text.endsWith(last))
        return false;
    const end = text.length - last.length;
    let pos = first.length;
    for (const mid of parts.slice(1, -1)) {
        if (mid === '')
            continue;
        const at = text.indexOf(mid, pos);
        if (at < 0 || at + mid.length > end)
            return false;
        pos = at + mid.length;
    }
    return true;
}
/**
 * ARN match as IAM documents ArnEquals/ArnLike: the six colon-separated parts
 * are compared one by one (wildcards allowed), so `*` never spans a colon of
 * the first five parts. A value that is not an ARN matches nothing.
 */
function arnMatch(pattern, value) {
    const p = splitArn(pattern);
    const v = splitArn(value);
    if (!p || !v)
        return false;
    return p.every((part, i) => wildcardMatch(part, v[i]));
}
function splitArn(s) {
    const parts = s.split(':');
    if (parts.length < 6)
        return undefined;
    // the resource part may itself contain colons
    return [...parts.slice(0, 5), parts.slice(5).join(':')];
}
/** Levenshtein edit distance (insert, delete, substitute all cost 1). */
function levenshtein(a, b) {
    const x = Array.from(a);
    const y = Array.from(b);
    let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
        const row = [i];
        for (let j = 1; j <= y.length; j++) {
            const cost = x[i - 1] === y[j - 1] ? 0 : 1;
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        }
        prev = row;
    }
    return prev[y.length];
}
// The near-miss hint is quadratic: compare at most this many code points of each value, and
// this many candidate/target pairs, so any policy the input allows is judged in milliseconds.
const HINT_CHARS = 256;
const HINT_PAIRS = 256;
/** The candidate with the smallest edit distance to any of the targets (first wins ties); a bounded hint. */
function closest(candidates, targets) {
    let best;
    let bestDistance = Infinity;
    let pairs = 0;
    const cut = (s) => Array.from(s).slice(0, HINT_CHARS).join('');
    const cutTargets = targets.map(cut);
    for (const c of candidates) {
        const cc = cut(c);
        for (const t of cutTargets) {
            if (pairs++ >= HINT_PAIRS)
                return best ?? candidates[0];
            const d = levenshtein(cc, t);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
    }
    return best;
}


/***/ }),

/***/ 8299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vy: () => (/* binding */ statementName),
/* harmony export */   h4: () => (/* binding */ statementPrincipalMatches),
/* harmony export */   jB: () => (/* binding */ statementActionMatches)
/* harmony export */ });
/* unused harmony exports principalCovers, awsPrincipalCovers, actionListCovers */
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6563);
// Does a statement's Principal / Action cover the request?

/** Principal "*" (or {"AWS": "*"}) covers everyone; Federated must equal the provider ARN exactly. */
function principalCovers(spec, federatedPrincipal, awsPrincipal) {
    if (spec.wildcard)
        return true;
    if (awsPrincipal !== undefined && awsPrincipalCovers(spec.values.AWS ?? [], awsPrincipal))
        return true;
    return (spec.values.Federated ?? []).includes(federatedPrincipal);
}
/**
 * Principal.AWS for a signed caller (sts:AssumeRole): its own ARN (a role session counts as its
 * role's ARN), its account id, or the account's root ARN (which means the whole account).
 */
function awsPrincipalCovers(values, callerArn) {
    const m = /^arn:([\w-]+):iam::(\d{12}):/.exec(callerArn);
    if (!m)
        return false;
    const [, partition, account] = m;
    return values.some((v) => v === callerArn || v === account || v === `arn:${partition}:iam::${account}:root`);
}
function statementPrincipalMatches(st, federatedPrincipal, awsPrincipal) {
    if (st.principal)
        return principalCovers(st.principal, federatedPrincipal, awsPrincipal);
    // NotPrincipal is not valid with Allow in a trust policy: never let it grant.
    // With Deny it denies everyone not listed.
    if (st.notPrincipal && st.effect === 'Deny')
        return !principalCovers(st.notPrincipal, federatedPrincipal, awsPrincipal);
    return false;
}
/** Action names are case-insensitive and may use `*` and `?`. */
function actionListCovers(patterns, action) {
    const a = action.toLowerCase();
    return patterns.some((p) => (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .wildcardMatch */ .UF)(p.toLowerCase(), a));
}
function statementActionMatches(st, action) {
    if (st.actions)
        return actionListCovers(st.actions, action);
    if (st.notActions)
        return !actionListCovers(st.notActions, action);
    return false;
}
/** `Statement 0 (Sid "GitHub")`, to start a sentence with */
function statementName(st) {
    return st.sid ? `Statement ${st.index} (Sid "${st.sid}")` : `Statement ${st.index}`;
}


/***/ }),

/***/ 6560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ subjectRisk),
/* harmony export */   W: () => (/* binding */ SAFER_FORMS)
/* harmony export */ });
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6563);
// Does a sub value or pattern let code nobody reviewed assume the role? Used by the policy
// warnings and next to every suggested policy, so a suggestion never widens access silently.

/** The safer ways to let CI in, named in every warning. */
const SAFER_FORMS = 'prefer a protected environment subject (repo:OWNER/REPO:environment:NAME with required reviewers), a separate read-only role for pull requests, or an added repository_id / job_workflow_ref condition';
/**
 * One sentence when `value` (under `operator`) admits unreviewed code: a pull_request subject, a
 * pattern that covers one, every repository of an owner, or everything. undefined otherwise.
 */
function subjectRisk(operator, value) {
    const like = /like/i.test(operator);
    const literal = like ? value.replace(/[*?].*$/, '') : value;
    const m = /^repo:([^/:]+)(?:\/([^:]*))?/.exec(literal);
    if (like && (!m || m[1] === '')) {
        if (/[*?]/.test(value))
            return `"${value}" matches the subjects of every repository, so any repository could assume this role`;
    }
    if (!m)
        return undefined;
    const [owner, repo] = [m[1], m[2]];
    if (like && (repo === undefined || repo === '') && /[*?]/.test(value)) {
        return `"${value}" matches every repository of ${owner}, pull requests included, so code from any of their branches could assume this role`;
    }
    const pr = `repo:${owner}/${repo}:pull_request`;
    const coversPr = like ? (0,_match_js__WEBPACK_IMPORTED_MODULE_0__/* .wildcardMatch */ .UF)(value, pr) : value === pr;
    if (coversPr) {
        return `"${value}" ${like ? 'covers' : 'is'} the pull_request subject: code from any pull request branch of ${owner}/${repo}, not yet reviewed, could assume this role`;
    }
    return undefined;
}


/***/ }),

/***/ 4113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ policyWarnings)
/* harmony export */ });
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9745);
/* harmony import */ var _conditions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7882);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8299);
/* harmony import */ var _subject_risk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6560);
// Foot-guns in a trust policy that hold whatever the request looks like.
// Each warning is one sentence naming the statement.




/** GitHub.com's issuer as condition keys and provider ARNs write it (no scheme) */
const GITHUB_ISSUER_PREFIX = (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .issuerPrefix */ .A_)(_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_ISSUER */ .oX);
// operators that actually narrow sub down (negated ones only carve out exceptions)
const SCOPING = new Set(['stringequals', 'stringequalsignorecase', 'stringlike']);
function policyWarnings(policy) {
    const warnings = [];
    for (const st of policy.statements) {
        const name = (0,_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .statementName */ .Vy)(st);
        for (const c of st.conditions) {
            if (!(0,_conditions_js__WEBPACK_IMPORTED_MODULE_1__/* .isSupportedOperator */ .Ht)(c.operator)) {
                warnings.push(`${name} uses ${c.operator}, which this check does not evaluate and counts as not matching, so AWS may decide differently.`);
            }
        }
        warnings.push(...missingKeyWarnings(st, name));
        if (st.effect !== 'Allow')
            continue;
        if (st.notPrincipal) {
            warnings.push(`${name} combines NotPrincipal with Allow, which a trust policy cannot use; it is treated as granting nothing.`);
        }
        for (const c of st.conditions) {
            if ((0,_conditions_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOperator */ .A$)(c.operator).set === 'ForAllValues') {
                warnings.push(`${name} uses ${c.operator} on ${c.key}, which is vacuously true when the request has no such key; use ForAnyValue: or a plain operator.`);
            }
        }
        if (!isWebIdentityAllow(st))
            continue;
        const issuers = federatedIssuers(st);
        const issuer = issuers[0] ?? GITHUB_ISSUER_PREFIX;
        if (isGitHub(st, issuers)) {
            const w = subWarning(st, issuers, name, issuer);
            if (w)
                warnings.push(w);
        }
        if (!st.conditions.some((c) => c.key.toLowerCase().endsWith(':aud'))) {
            warnings.push(`${name} has no condition on ${issuer}:aud, so only the OIDC provider's client-ID list checks the token audience; add StringEquals ${issuer}:aud = sts.amazonaws.com.`);
        }
    }
    return warnings;
}
/**
 * A condition on a claim AWS never puts in the request behaves as on a missing key, whatever
 * the token says: an Allow that never applies, or a Deny (or restriction) that never holds.
 */
function missingKeyWarnings(st, name) {
    const issuers = federatedIssuers(st);
    const iss = `https://${issuers[0] ?? GITHUB_ISSUER_PREFIX}`;
    const out = [];
    for (const c of st.conditions) {
        const k = (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .keyOfIssuer */ .E6)(c.key, iss);
        if (!k || k.provided || !(0,_conditions_js__WEBPACK_IMPORTED_MODULE_1__/* .isSupportedOperator */ .Ht)(c.operator))
            continue;
        const holds = (0,_conditions_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateCondition */ .F9)(c, new Map()).passed;
        const effect = holds
            ? 'always holds, so it restricts nothing'
            : `never holds, so ${st.effect === 'Deny' ? 'this Deny never applies' : 'this statement never allows anything'}`;
        out.push(`${name} has a condition on ${c.key}, but AWS has no such condition key (it never puts the ${k.claim} claim in the request): the condition ${effect}; use ${(0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .insteadOf */ .c$)(k.claim, iss)} instead.`);
    }
    return out;
}
/** An Allow that can grant AssumeRoleWithWebIdentity to a federated (or any) principal. */
function isWebIdentityAllow(st) {
    if (!st.principal || !(0,_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .statementActionMatches */ .jB)(st, 'sts:AssumeRoleWithWebIdentity'))
        return false;
    return st.principal.wildcard || 'Federated' in st.principal.values;
}
/** Issuer host[/path] of each `arn:...:oidc-provider/<issuer>` in Principal.Federated. */
function federatedIssuers(st) {
    const arns = st.principal?.values.Federated ?? [];
    return arns.flatMap((arn) => {
        const i = arn.indexOf(':oidc-provider/');
        return i < 0 ? [] : [arn.slice(i + ':oidc-provider/'.length)];
    });
}
function isGitHub(st, issuers) {
    return (issuers.some((i) => i.toLowerCase().startsWith(GITHUB_ISSUER_PREFIX)) ||
        st.conditions.some((c) => c.key.toLowerCase().includes(GITHUB_ISSUER_PREFIX) || c.key.toLowerCase().endsWith(':sub')));
}
function subWarning(st, issuers, name, issuer) {
    const scoped = st.conditions.filter((c) => isSubKey(c.key, issuers) && scopes(c.operator));
    if (scoped.length === 0) {
        return `${name} has no StringEquals or StringLike condition on ${issuer}:sub: sub is left unscoped, so any repository could assume this role.`;
    }
    // AND across conditions: one restrictive condition is enough
    if (scoped.every(isOpenLike)) {
        const patterns = scoped.flatMap((c) => c.values.filter(isOpenPattern));
        return `${name} scopes ${issuer}:sub only with ${patterns.map((p) => `"${p}"`).join(' and ')}, which matches every repository, so any repository could assume this role.`;
    }
    // AND across conditions: warn only when every scoping condition admits unreviewed code
    const risks = scoped.map((c) => c.values.map((v) => (0,_subject_risk_js__WEBPACK_IMPORTED_MODULE_3__/* .subjectRisk */ .G)(c.operator, v)).find((r) => r !== undefined));
    if (risks.every((r) => r !== undefined))
        return `${name}: ${risks[0]}; ${_subject_risk_js__WEBPACK_IMPORTED_MODULE_3__/* .SAFER_FORMS */ .W}.`;
    return undefined;
}
function isSubKey(key, issuers) {
    const k = key.toLowerCase();
    if (issuers.length === 0)
        return k.endsWith(':sub');
    return issuers.some((i) => k === `${i.toLowerCase()}:sub`);
}
function scopes(operator) {
    const op = (0,_conditions_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOperator */ .A$)(operator);
    return op.set !== 'ForAllValues' && SCOPING.has(op.base);
}
/** StringLike with at least one value that lets any subject through (OR across values). */
function isOpenLike(c) {
    return (0,_conditions_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOperator */ .A$)(c.operator).base === 'stringlike' && c.values.some(isOpenPattern);
}
// "*", "repo:*", "repo:*/*", "repo:*:*": wildcards with no owner or repository name
function isOpenPattern(pattern) {
    const literal = pattern.replace(/[*?]/g, '');
    return /^(repo:)?[/:]*$/i.test(literal) && pattern.includes('*');
}


/***/ })

};
;