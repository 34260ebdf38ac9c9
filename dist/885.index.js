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
const MIN_SCRUBBED_LENGTH = 3;
function redactor(claims, redact) {
    const values = redact
        .flatMap((name) => [claims[name]].flat())
        .filter((v) => typeof v === 'string' || typeof v === 'number')
        .map(String)
        .filter((v) => v.length >= MIN_SCRUBBED_LENGTH)
        .sort((a, b) => b.length - a.length);
    if (values.length === 0)
        return (text) => text;
    return (text) => values.reduce((t, v) => t.split(v).join('***'), text);
}
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
/* harmony export */   HP: () => (/* binding */ isNonDefaultGitHubIssuer),
/* harmony export */   IO: () => (/* binding */ providerArnFor),
/* harmony export */   WS: () => (/* binding */ claimsWithKeys),
/* harmony export */   YA: () => (/* binding */ isGitHubActionsIssuer),
/* harmony export */   c$: () => (/* binding */ insteadOf),
/* harmony export */   oX: () => (/* binding */ GITHUB_ISSUER),
/* harmony export */   pZ: () => (/* binding */ conditionKeysFromClaims),
/* harmony export */   xU: () => (/* binding */ isGitHubIssuer)
/* harmony export */ });
/* unused harmony exports STANDARD_KEY_CLAIMS, GITHUB_KEY_CLAIMS, GITHUB_KEY_PREFIXES */
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
    'enterprise_id',
    'repository_owner_id'
];
const GITHUB_KEY_PREFIXES = [
    { prefix: 'token.actions.githubusercontent.com', pattern: /^token\.actions\.githubusercontent\.com$/ },
    {
        prefix: 'token.actions.githubusercontent.com/<subpath>',
        pattern: /^token\.actions\.githubusercontent\.com\/[^/]+$/
    },
    { prefix: 'token.actions.<domain>.ghe.com', pattern: /^token\.actions\.[a-z0-9-]+\.ghe\.com$/ },
    { prefix: 'github.com/enterprises/<enterprisename>', pattern: /^github\.com\/enterprises\/[^/]+$/ }
];
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
function issuerPrefix(iss) {
    return iss
        .trim()
        .replace(/^https:\/\//i, '')
        .replace(/\/+$/, '');
}
function isGitHubIssuer(iss) {
    const p = issuerPrefix(iss).toLowerCase();
    return GITHUB_KEY_PREFIXES.some(({ pattern }) => pattern.test(p));
}
function isGitHubActionsIssuer(iss) {
    return isGitHubIssuer(iss) || /\/_services\/token$/i.test(issuerPrefix(iss));
}
function isNonDefaultGitHubIssuer(iss) {
    return isGitHubActionsIssuer(iss) && issuerPrefix(iss).toLowerCase() !== issuerPrefix(GITHUB_ISSUER);
}
function claimsWithKeys(iss) {
    return isGitHubIssuer(iss) ? [...STANDARD_KEY_CLAIMS, ...GITHUB_KEY_CLAIMS] : STANDARD_KEY_CLAIMS;
}
function providerArnFor(iss, account, partition = 'aws') {
    return `arn:${partition}:iam::${account}:oidc-provider/${issuerPrefix(iss)}`;
}
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
function keyOfIssuer(key, iss) {
    const prefix = `${issuerPrefix(iss).toLowerCase()}:`;
    if (!key.toLowerCase().startsWith(prefix))
        return undefined;
    const claim = key.slice(prefix.length);
    return { claim, provided: claimsWithKeys(iss).includes(claim.toLowerCase()) };
}
const INSTEAD = {
    repository_owner: 'StringLike on :repository (`OWNER/*`) or on :sub (`repo:OWNER/*`)',
    event_name: ':sub (a pull request run ends in `:pull_request`) or :ref',
    ref_type: ':ref (StringLike `refs/tags/*` or `refs/heads/*`)',
    ref_protected: ':environment (a protected environment) or :ref',
    workflow_ref: ':job_workflow_ref (the same for a workflow that is not reusable)',
    head_ref: ':sub or :ref',
    base_ref: ':sub or :ref',
    runner_environment: 'a custom sub template (include_claim_keys) that includes runner_environment, matched in :sub',
    repository_visibility: ':repository_id or :repository'
};
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
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6563);
/* harmony import */ var _variables_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(103);


const equals = (p, r) => (0,_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .charsText */ .Z4)(p) === r;
const equalsIgnoreCase = (p, r) => (0,_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .charsText */ .Z4)(p).toLowerCase() === r.toLowerCase();
const like = (p, r) => (0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .markedWildcardMatch */ .mK)(p, r);
const arn = (p, r) => (0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .arnMatch */ .Pz)((0,_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .charsText */ .Z4)(p), r);
const OPERATORS = {
    stringequals: { match: equals, negated: false },
    stringnotequals: { match: equals, negated: true },
    stringequalsignorecase: { match: equalsIgnoreCase, negated: false },
    stringnotequalsignorecase: { match: equalsIgnoreCase, negated: true },
    stringlike: { match: like, negated: false },
    stringnotlike: { match: like, negated: true },
    arnequals: { match: arn, negated: false },
    arnlike: { match: arn, negated: false },
    arnnotequals: { match: arn, negated: true },
    arnnotlike: { match: arn, negated: true },
    bool: { match: equalsIgnoreCase, negated: false }
};
const SET_OPERATORS = ['ForAnyValue', 'ForAllValues'];
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
function isSupportedOperator(operator) {
    const op = parseOperator(operator);
    if (op.base === 'null')
        return op.set === undefined && !op.ifExists;
    return op.base in OPERATORS;
}
const MULTIVALUED_SOURCE = 'IAM user guide, Single-valued vs. multivalued context keys: "Multivalued context keys require a condition set operator"';
function evaluateCondition(spec, keys, options = {}) {
    const unknown = options.unknownKeys ?? new Set();
    const actual = keys.get(spec.key.toLowerCase());
    const result = {
        operator: spec.operator,
        key: spec.key,
        expected: spec.values,
        actual,
        passed: false
    };
    const requestValues = actual === undefined ? [] : [actual].flat();
    const op = parseOperator(spec.operator);
    const valueUnknown = unknown.has(spec.key.toLowerCase());
    if (!isSupportedOperator(spec.operator)) {
        result.unsupported = true;
        const plainAbsent = requestValues.length === 0 && !valueUnknown && !op.ifExists && !op.base.includes('not');
        if (!plainAbsent)
            result.undecided = { reason: `${spec.operator} is not an operator this evaluator decides` };
        return result;
    }
    if (op.base === 'null') {
        result.passed = decideNull(spec.values, valueUnknown || requestValues.length > 0);
        return result;
    }
    const policyValues = options.variables ? resolveAll(spec.values, { keys, unknown }) : literal(spec.values);
    if ('undecided' in policyValues) {
        result.undecided = policyValues.undecided;
        return result;
    }
    if (policyValues.resolved)
        result.resolved = policyValues.resolved;
    if (valueUnknown) {
        result.undecided = { reason: `the value of ${spec.key} is not known here (redacted)` };
        return result;
    }
    if (requestValues.length > 1 && !op.set) {
        result.undecided = {
            reason: `${spec.key} has ${requestValues.length} values in this request and ${spec.operator} has no ForAnyValue:/ForAllValues: prefix; AWS documents no outcome for a multivalued key without one`,
            source: MULTIVALUED_SOURCE
        };
        return result;
    }
    result.passed = decide(op, policyValues.values, requestValues);
    if (!result.passed)
        result.nearest = nearest(spec, requestValues);
    return result;
}
function literal(values) {
    return { values: values.map(_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .policyChars */ .gD) };
}
function resolveAll(values, lookup) {
    if (!values.some(_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .hasVariable */ .$u))
        return literal(values);
    const out = [];
    const resolved = [];
    for (const v of values) {
        const r = (0,_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveValue */ .g$)(v, lookup);
        if ('undecided' in r)
            return r;
        out.push('chars' in r ? r.chars : undefined);
        resolved.push('chars' in r ? (0,_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .charsText */ .Z4)(r.chars) : `(${r.noValue})`);
    }
    return { values: out, resolved };
}
function decideNull(policyValues, present) {
    return policyValues.some((v) => (v.toLowerCase() === 'true' ? !present : v.toLowerCase() === 'false' && present));
}
function decide(op, policyValues, requestValues) {
    const def = OPERATORS[op.base];
    if (requestValues.length === 0) {
        if (op.set === 'ForAnyValue')
            return false;
        if (op.set === 'ForAllValues')
            return true;
        if (op.ifExists)
            return true;
        return def.negated;
    }
    const matchesSome = (r) => policyValues.some((p) => p !== undefined && def.match(p, r));
    const ok = def.negated ? (r) => !matchesSome(r) : matchesSome;
    if (op.set === 'ForAllValues')
        return requestValues.every(ok);
    return requestValues.some(ok);
}
function nearest(spec, requestValues) {
    if (spec.values.length === 0)
        return undefined;
    if (requestValues.length === 0)
        return spec.values[0];
    const def = OPERATORS[parseOperator(spec.operator).base];
    if (def?.negated) {
        const hit = spec.values.find((p) => requestValues.some((r) => def.match((0,_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .policyChars */ .gD)(p), r)));
        if (hit !== undefined)
            return hit;
    }
    return (0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(spec.values, requestValues);
}


/***/ }),

/***/ 2611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bK: () => (/* reexport */ CLOCK_SKEW_ALLOWANCE_S),
  oX: () => (/* reexport */ claims/* GITHUB_ISSUER */.oX),
  y2: () => (/* reexport */ parse/* PolicyParseError */.y),
  WS: () => (/* reexport */ claims/* claimsWithKeys */.WS),
  sj: () => (/* reexport */ conditionHints),
  pZ: () => (/* reexport */ claims/* conditionKeysFromClaims */.pZ),
  pu: () => (/* reexport */ describeCondition),
  y1: () => (/* reexport */ evaluateTrustPolicy),
  OM: () => (/* reexport */ futureTimes),
  YA: () => (/* reexport */ claims/* isGitHubActionsIssuer */.YA),
  xU: () => (/* reexport */ claims/* isGitHubIssuer */.xU),
  HP: () => (/* reexport */ claims/* isNonDefaultGitHubIssuer */.HP),
  A_: () => (/* reexport */ claims/* issuerPrefix */.A_),
  GS: () => (/* reexport */ parse/* parseTrustPolicy */.G),
  C9: () => (/* reexport */ principalDifference),
  IO: () => (/* reexport */ claims/* providerArnFor */.IO),
  aO: () => (/* reexport */ tokenTimes)
});

// UNUSED EXPORTS: GITHUB_KEY_CLAIMS, GITHUB_KEY_PREFIXES, STANDARD_KEY_CLAIMS, TOKEN_USED_BEFORE_ISSUED, VARIABLES_SOURCE, evaluateCondition, insteadOf, keyOfIssuer, levenshtein, parseOperator, resolveValue, stsTimeVerdict, wildcardMatch

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


function describeCondition(c, hidden = false) {
    if (c.undecided) {
        const source = c.undecided.source ? ` (${c.undecided.source})` : '';
        return `? ${c.operator} ${c.key}: cannot be decided: ${c.undecided.reason}${source}`;
    }
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
    const values = c.resolved ?? c.expected;
    const expected = values.length === 0 ? '(no values)' : values.join(' or ');
    const substituted = c.resolved ? ' (policy variables substituted)' : '';
    let line = `${mark} ${c.operator} ${c.key} expected ${expected}${substituted}, got ${gotText(c)}`;
    if (!c.passed && c.nearest !== undefined && c.expected.length > 1)
        line += ` (closest: ${c.nearest})`;
    if (c.unsupported)
        line += ' (operator not evaluated locally; counted as not matching)';
    return line;
}
function conditionHints(c, hidden = false) {
    if (c.passed || c.noSuchKey || c.unsupported || c.undecided)
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
    const caseOnly = caseOnlyValue(c, actual, op.base);
    if (caseOnly !== undefined && op.base !== 'stringequalsignorecase') {
        hints.push(`${hidden ? 'a value' : `"${caseOnly}"`} differs from the token only by letter case: IAM string matching is case-sensitive`);
    }
    return hints;
}
function gotText(c) {
    if (!c.otherPrefix)
        return formatActual(c.actual);
    return `(absent: keys of another issuer's prefix are not in this request; this token's key is ${c.otherPrefix.key} = ${formatActual(c.otherPrefix.value)})`;
}
function formatActual(actual) {
    if (actual === undefined)
        return '(absent)';
    if (Array.isArray(actual))
        return `[${actual.map((v) => JSON.stringify(v)).join(', ')}]`;
    return actual;
}
function caseOnlyValue(c, actual, base) {
    const like = base === 'stringlike' || base === 'stringnotlike';
    const values = c.resolved ?? c.expected;
    const lower = (s) => s.toLowerCase();
    return values.find((e) => actual.some((a) => (like ? (0,match/* wildcardMatch */.UF)(lower(e), lower(a)) : a !== e && lower(a) === lower(e))));
}

;// CONCATENATED MODULE: ./src/policy/evaluate.ts






function evaluateTrustPolicy(policy, ctx) {
    const keys = new Map();
    for (const [k, v] of Object.entries(ctx.keys))
        keys.set(k.toLowerCase(), v);
    const options = {
        variables: policy.version === '2012-10-17',
        unknownKeys: new Set((ctx.unknownKeys ?? []).map((k) => k.toLowerCase()))
    };
    const statements = policy.statements.map((st) => evaluateStatement(st, ctx, keys, options));
    const evaluation = { decision: decide(statements), statements, warnings: (0,warnings/* policyWarnings */.a)(policy) };
    if (evaluation.decision === 'cannot-decide')
        evaluation.undecided = undecidedReasons(statements);
    return evaluation;
}
function decide(statements) {
    const some = (effect, test) => statements.some((s) => s.effect === effect && test(s));
    if (some('Deny', (s) => s.applies))
        return 'explicit-deny';
    const allowMay = some('Allow', (s) => s.applies || s.undecided === true);
    if (!allowMay)
        return 'implicit-deny';
    if (some('Deny', (s) => s.undecided === true))
        return 'cannot-decide';
    return some('Allow', (s) => s.applies) ? 'allow' : 'cannot-decide';
}
function undecidedReasons(statements) {
    return statements.flatMap((st) => st.undecided
        ? st.conditions.flatMap((c) => (c.undecided ? [`${c.operator} ${c.key}: ${c.undecided.reason}`] : []))
        : []);
}
function evaluateStatement(st, ctx, keys, options) {
    const principalMatches = (0,statement/* statementPrincipalMatches */.h4)(st, ctx.federatedPrincipal, ctx.awsPrincipal);
    const actionMatches = (0,statement/* statementActionMatches */.jB)(st, ctx.action);
    const conditions = st.conditions.map((c) => withPrefixNote(withKeyNote((0,policy_conditions/* evaluateCondition */.F9)(c, keys, options), ctx.issuer), ctx.issuer, keys));
    const failed = conditions.some((c) => !c.passed && !c.undecided);
    const open = conditions.some((c) => c.undecided);
    const result = {
        index: st.index,
        effect: st.effect,
        principalMatches,
        actionMatches,
        conditions,
        applies: principalMatches && actionMatches && conditions.every((c) => c.passed)
    };
    if (principalMatches && actionMatches && !failed && open)
        result.undecided = true;
    if (st.sid !== undefined)
        result.sid = st.sid;
    if (!principalMatches && st.principal)
        result.federated = st.principal.values.Federated ?? [];
    return result;
}
const STRING_KEY_SOURCE = 'Service Authorization Reference, AWS Security Token Service, Condition keys (type String); IAM user guide, Condition operators';
function withKeyNote(c, issuer) {
    if (!issuer)
        return c;
    const k = (0,claims/* keyOfIssuer */.E6)(c.key, issuer);
    if (!k)
        return c;
    const base = (0,policy_conditions/* parseOperator */.A$)(c.operator).base;
    if (/^(numeric|date|bool)/.test(base) && c.actual !== undefined) {
        return {
            ...c,
            passed: false,
            undecided: {
                reason: `${c.operator} compares ${base.startsWith('bool') ? 'booleans' : 'numbers or dates'}, but ${c.key} is a String key; AWS documents no outcome for an operator of another type`,
                source: STRING_KEY_SOURCE
            }
        };
    }
    if (c.actual !== undefined || k.provided || c.undecided)
        return c;
    return { ...c, noSuchKey: { claim: k.claim, instead: (0,claims/* insteadOf */.c$)(k.claim, issuer) } };
}
function withPrefixNote(c, issuer, keys) {
    if (!issuer || c.actual !== undefined || (0,claims/* keyOfIssuer */.E6)(c.key, issuer))
        return c;
    const at = c.key.lastIndexOf(':');
    if (at < 0 || !c.key.slice(0, at).includes('.'))
        return c;
    const own = `${(0,claims/* issuerPrefix */.A_)(issuer)}:${c.key.slice(at + 1)}`;
    const value = keys.get(own.toLowerCase());
    return value === undefined ? c : { ...c, otherPrefix: { key: own, value } };
}

;// CONCATENATED MODULE: ./src/policy/principal-diff.ts
function providerParts(arn) {
    const m = /^arn:([^:]+):iam::([^:]*):oidc-provider\/(.+)$/.exec(arn);
    return m ? { partition: m[1], account: m[2], issuer: m[3] } : undefined;
}
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
            parts.push(issuerDifference(got.issuer, want.issuer));
        return parts.length > 0 ? `${arn} differs in ${parts.join(' and ')}` : `${arn}`;
    });
    const list = named.length === 0 ? 'no Federated principal' : differences.join('; ');
    return `Principal.Federated names ${list}; this token needs ${needed}`;
}
function issuerDifference(got, want) {
    const bare = (s) => s.replace(/\/+$/, '');
    if (bare(got) === bare(want))
        return `the issuer only by a trailing slash (${got.endsWith('/') ? 'the policy has it' : 'the token has it'}; the provider URL and the token's iss must match exactly)`;
    if (got.toLowerCase() === want.toLowerCase())
        return `the issuer only by letter case (${got}, not ${want})`;
    return `the issuer (${got}, not ${want})`;
}

// EXTERNAL MODULE: ./src/policy/variables.ts
var variables = __webpack_require__(103);
// EXTERNAL MODULE: ./src/github/token-claims.ts + 6 modules
var token_claims = __webpack_require__(3551);
;// CONCATENATED MODULE: ./src/policy/clock.ts

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
function stsTimeVerdict(t, nowS) {
    if (t.exp !== undefined && nowS >= t.exp + CLOCK_SKEW_ALLOWANCE_S)
        return 'expired';
    const start = Math.max(t.nbf ?? -Infinity, t.iat ?? -Infinity);
    if (start > nowS + CLOCK_SKEW_ALLOWANCE_S)
        return 'used-before-issued';
    return undefined;
}
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
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   mK: () => (/* binding */ markedWildcardMatch)
/* harmony export */ });
/* unused harmony export levenshtein */
function wildcardMatch(pattern, text) {
    if (!pattern.includes('?'))
        return starMatch(pattern, text);
    return markedWildcardMatch(Array.from(pattern).map((c) => (c === '*' || c === '?' ? { wildcard: c } : c)), text);
}
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
    return [...parts.slice(0, 5), parts.slice(5).join(':')];
}
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
const HINT_CHARS = 256;
const HINT_PAIRS = 256;
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
function markedWildcardMatch(pattern, text) {
    const t = Array.from(text);
    const isStar = (i) => {
        const c = pattern[i];
        return typeof c !== 'string' && c.wildcard === '*';
    };
    const fits = (i, ch) => {
        const c = pattern[i];
        return typeof c === 'string' ? c === ch : c.wildcard === '?';
    };
    let pi = 0;
    let ti = 0;
    let star = -1;
    let mark = 0;
    while (ti < t.length) {
        if (pi < pattern.length && isStar(pi)) {
            star = pi++;
            mark = ti;
        }
        else if (pi < pattern.length && fits(pi, t[ti])) {
            pi++;
            ti++;
        }
        else if (star >= 0) {
            pi = star + 1;
            ti = ++mark;
        }
        else {
            return false;
        }
    }
    while (pi < pattern.length && isStar(pi))
        pi++;
    return pi === pattern.length;
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

function principalCovers(spec, federatedPrincipal, awsPrincipal) {
    if (spec.wildcard)
        return true;
    if (awsPrincipal !== undefined && awsPrincipalCovers(spec.values.AWS ?? [], awsPrincipal))
        return true;
    return (spec.values.Federated ?? []).includes(federatedPrincipal);
}
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
    if (st.notPrincipal && st.effect === 'Deny')
        return !principalCovers(st.notPrincipal, federatedPrincipal, awsPrincipal);
    return false;
}
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

const SAFER_FORMS = 'prefer a protected environment subject (repo:OWNER/REPO:environment:NAME with required reviewers), a separate read-only role for pull requests, or an added repository_id / job_workflow_ref condition';
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

/***/ 103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ hasVariable),
/* harmony export */   Z4: () => (/* binding */ charsText),
/* harmony export */   g$: () => (/* binding */ resolveValue),
/* harmony export */   gD: () => (/* binding */ policyChars)
/* harmony export */ });
/* unused harmony export VARIABLES_SOURCE */
const VARIABLES_SOURCE = 'IAM user guide, IAM policy elements: Variables and tags';
const VARIABLE = /\$\{([^}]*)\}/g;
const ESCAPES = { '*': '*', '?': '?', $: '$' };
const REFERENCE = /^\s*([^\s,']+)\s*(?:,\s*'([^']*)'\s*)?$/;
function hasVariable(value) {
    return value.includes('${');
}
function resolveValue(value, lookup) {
    const chars = [];
    let last = 0;
    for (const m of value.matchAll(VARIABLE)) {
        chars.push(...policyChars(value.slice(last, m.index)));
        last = m.index + m[0].length;
        const inner = m[1];
        if (inner in ESCAPES) {
            chars.push(ESCAPES[inner]);
            continue;
        }
        const ref = REFERENCE.exec(inner);
        if (!ref)
            return {
                undecided: { reason: `\${${inner}} is not a policy variable form AWS documents`, source: VARIABLES_SOURCE }
            };
        const sub = substitute(ref[1], ref[2], lookup);
        if ('text' in sub)
            chars.push(...Array.from(sub.text));
        else
            return sub;
    }
    chars.push(...policyChars(value.slice(last)));
    return { chars };
}
function substitute(key, fallback, lookup) {
    const name = key.toLowerCase();
    if (lookup.unknown.has(name)) {
        return {
            undecided: { reason: `the policy variable \${${key}} names a claim whose value is not known here (redacted)` }
        };
    }
    const v = lookup.keys.get(name);
    if (Array.isArray(v) && v.length > 1) {
        return {
            undecided: {
                reason: `the policy variable \${${key}} names a multivalued key, which AWS says cannot be a policy variable; it documents no outcome`,
                source: 'IAM user guide, Single-valued vs. multivalued context keys, Key points'
            }
        };
    }
    const text = Array.isArray(v) ? v[0] : v;
    if (text !== undefined)
        return { text };
    if (fallback !== undefined)
        return { text: fallback };
    return { noValue: `\${${key}} has no value in this request (no such key), so this value matches nothing` };
}
function policyChars(text) {
    return Array.from(text).map((c) => (c === '*' || c === '?' ? { wildcard: c } : c));
}
function charsText(chars) {
    return chars.map((c) => (typeof c === 'string' ? c : c.wildcard)).join('');
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




const GITHUB_ISSUER_PREFIX = (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .issuerPrefix */ .A_)(_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_ISSUER */ .oX);
const SCOPING = new Set(['stringequals', 'stringequalsignorecase', 'stringlike']);
function policyWarnings(policy) {
    const warnings = [];
    for (const st of policy.statements) {
        const name = (0,_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .statementName */ .Vy)(st);
        for (const c of st.conditions) {
            if (!(0,_conditions_js__WEBPACK_IMPORTED_MODULE_1__/* .isSupportedOperator */ .Ht)(c.operator)) {
                warnings.push(`${name} uses ${c.operator}, which this check does not evaluate: where it decides the outcome, the verdict is "cannot decide".`);
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
function isWebIdentityAllow(st) {
    if (!st.principal || !(0,_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .statementActionMatches */ .jB)(st, 'sts:AssumeRoleWithWebIdentity'))
        return false;
    return st.principal.wildcard || 'Federated' in st.principal.values;
}
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
    const github = (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .isGitHubActionsIssuer */ .YA)(`https://${issuer}`);
    const anyone = github ? 'any repository' : 'any subject of that issuer';
    if (scoped.length === 0) {
        return `${name} has no StringEquals or StringLike condition on ${issuer}:sub: sub is left unscoped, so ${anyone} could assume this role.`;
    }
    if (scoped.every(isOpenLike)) {
        const patterns = scoped.flatMap((c) => c.values.filter(isOpenPattern));
        return `${name} scopes ${issuer}:sub only with ${patterns.map((p) => `"${p}"`).join(' and ')}, which matches every ${github ? 'repository' : 'subject'}, so ${anyone} could assume this role.`;
    }
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
function isOpenLike(c) {
    return (0,_conditions_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOperator */ .A$)(c.operator).base === 'stringlike' && c.values.some(isOpenPattern);
}
function isOpenPattern(pattern) {
    const literal = pattern.replace(/[*?]/g, '');
    return /^(repo:)?[/:]*$/i.test(literal) && pattern.includes('*');
}


/***/ })

};
;