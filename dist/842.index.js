"use strict";
exports.id = 842;
exports.ids = [842];
exports.modules = {

/***/ 1842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TL: () => (/* binding */ parseInputs),
  gP: () => (/* binding */ parseRole)
});

// UNUSED EXPORTS: INPUTS, INPUT_NAMES, deriveSessionName

// EXTERNAL MODULE: ./src/failure/failure.ts
var failure = __webpack_require__(4592);
// EXTERNAL MODULE: ./src/inputs/files.ts
var files = __webpack_require__(3622);
;// CONCATENATED MODULE: ./src/inputs/table.ts
const BOOLEAN = 'true or false (any case).';
const LIMITS = {
    roleArnChars: { min: 20, max: 2048 },
    sessionPolicyChars: 2048,
    managedPolicies: 10
};
const STATIC_KEY = {
    kind: 'refused',
    required: false,
    allowed: 'no value: any value fails the step with invalid-input (and is never echoed).',
    description: 'Not supported: this action only federates through OIDC; static keys are refused.',
    deprecationMessage: 'aws-oidc-credentials does not accept static keys; use role-to-assume with OIDC.'
};
const NO_STATIC_KEYS = {
    verdict: 'refused',
    why: 'no long-lived key takes part anywhere: OIDC (or role-chaining from an OIDC session) only.'
};
const TABLE = [
    {
        name: 'role-to-assume',
        kind: 'text',
        required: true,
        allowed: `a role ARN arn:<partition>:iam::<12-digit account>:role/<optional path/>name, name of 1-64 characters of [A-Za-z0-9_+=,.@-], ${LIMITS.roleArnChars.min}-${LIMITS.roleArnChars.max} characters in all.`,
        description: 'The role to assume.',
        incumbent: { verdict: 'different', why: 'required: without a role there is nothing to federate to.' }
    },
    {
        name: 'aws-region',
        kind: 'text',
        required: false,
        allowed: 'a region name such as eu-west-1. Empty: AWS_REGION, then AWS_DEFAULT_REGION; one of the three is needed.',
        description: 'Region of the STS calls and of the exported AWS_REGION / AWS_DEFAULT_REGION.',
        incumbent: { verdict: 'different', why: 'may come from AWS_REGION / AWS_DEFAULT_REGION instead of the input.' }
    },
    {
        name: 'audience',
        kind: 'text',
        required: false,
        default: 'sts.amazonaws.com',
        allowed: 'not empty; a client ID of the IAM OIDC provider.',
        description: 'The aud requested for the GitHub ID token.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'role-session-name',
        kind: 'text',
        required: false,
        allowed: '2-64 characters of [A-Za-z0-9_+=,.@-]. Empty: <owner>.<repo>-<run id>-<run attempt>, cut to 64.',
        description: 'The role session name, as CloudTrail shows it.',
        incumbent: {
            verdict: 'different',
            why: "the default names the repository and run instead of 'GitHubActions', so CloudTrail shows which run it was."
        }
    },
    {
        name: 'role-duration-seconds',
        kind: 'integer',
        required: false,
        default: '3600',
        min: 900,
        max: 43200,
        allowed: "a whole number from 900 to 43200, at most the role's maximum session duration; at most 3600 with role-chaining.",
        description: 'How long the session lasts, in seconds.',
        incumbent: {
            verdict: 'different',
            why: 'out-of-range values and more than 3600 with role-chaining are refused before any call, not by STS.'
        }
    },
    {
        name: 'inline-session-policy',
        kind: 'json',
        required: false,
        allowed: `a JSON policy object of at most ${LIMITS.sessionPolicyChars} characters once minified (it is sent minified).`,
        description: 'A session policy that further restricts the session.',
        incumbent: { verdict: 'different', why: 'checked (a JSON object, at most 2048 characters) before any call.' }
    },
    {
        name: 'managed-session-policies',
        kind: 'list',
        required: false,
        allowed: `at most ${LIMITS.managedPolicies} policy ARNs arn:<partition>:iam::<account or aws>:policy/<name>, by newlines or commas.`,
        description: 'Managed policies that further restrict the session.',
        incumbent: { verdict: 'different', why: 'commas separate too, and ARNs are checked before any call.' }
    },
    {
        name: 'web-identity-token-file',
        kind: 'text',
        required: false,
        allowed: 'a readable file holding one JWT (at most 20000 characters); relative paths resolve against GITHUB_WORKSPACE.',
        description: 'Read the web identity token from this file instead of requesting a GitHub ID token.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'role-chaining',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'Assume role-to-assume with sts:AssumeRole, signed with the temporary credentials already in the environment (typically exported by an earlier step of this action); never falls back to OIDC.',
        incumbent: {
            verdict: 'different',
            why: "the source must be temporary credentials (ASIA… with a session token) from the AWS_* variables or the static keys of the profile AWS_PROFILE names; long-lived IAM user keys are refused. A profile that gets its credentials by a network call or a process (role_arn/source_profile, credential_source, web_identity_token_file, credential_process, sso_*, login) is deliberately refused, not run (source-profile-unsupported): the source is read locally only. Session tags: GitHub, Repository, Workflow, Action, Actor, Commit, Branch (not the incumbent's optional EventName, BaseRef, HeadRef, RunId, Job, TriggeringActor)."
        }
    },
    {
        name: 'role-external-id',
        kind: 'text',
        required: false,
        allowed: '2-1224 characters of [A-Za-z0-9_+=,.@:/-]; only with role-chaining.',
        description: 'The external id sent with sts:AssumeRole.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'role-skip-session-tagging',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'With role-chaining: send no session tags (then the trust policy needs no sts:TagSession). OIDC sessions get no tags from this action.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'transitive-tag-keys',
        kind: 'list',
        required: false,
        allowed: 'at most 50 tag keys (1-128 characters of letters, digits, spaces and _.:/=+-@), by newlines or commas.',
        description: 'With role-chaining: session tag keys that carry over to further chained sessions.',
        incumbent: { verdict: 'different', why: 'commas separate too, and keys are checked before any call.' }
    },
    {
        name: 'custom-tags',
        kind: 'json',
        required: false,
        allowed: 'a JSON object of at most 50 string values: keys 1-128, values 0-256 characters of letters, digits, spaces and _.:/=+-@.',
        description: 'With role-chaining: extra session tags.',
        incumbent: { verdict: 'different', why: 'checked against the STS tag limits before any call.' }
    },
    {
        name: 'aws-profile',
        kind: 'text',
        required: false,
        allowed: 'a profile name of letters, digits and _ - . @ + % : (what the AWS CLI and the SDKs read alike in a section header), other than a name JavaScript objects reserve (__proto__, constructor, toString, …); HOME absolute and both files outside GITHUB_WORKSPACE.',
        description: 'Also write the credentials to ~/.aws/credentials and the region to ~/.aws/config under this profile; then env credentials are exported only with output-env-credentials: true.',
        incumbent: {
            verdict: 'different',
            why: 'files are written 0600 (a new ~/.aws 0700), never through a symbolic link, other profiles kept byte for byte; both files or neither; the post step removes the profile again. Refused where the incumbent writes: names the SDKs misread (__proto__, spaces, quotes), an empty or relative HOME and files inside GITHUB_WORKSPACE (later steps may publish them), and a profile with several sections ([profile ci] and [profile "ci"]), which the SDKs merge.'
        }
    },
    {
        name: 'overwrite-aws-profile',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'Replace the aws-profile section if it exists (other profiles stay byte for byte); otherwise an existing profile fails the step.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'refresh-credentials',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: `${BOOLEAN} Not with role-chaining, web-identity-token-file, use-existing-credentials, special-characters-workaround, http-proxy or output-env-credentials: true; the job needs id-token: write.`,
        description: "Instead of exporting static keys, write a profile (aws-profile, or 'aws-oidc-credentials') whose credential_process runs this action's CLI, so later steps' AWS CLI and SDKs get a fresh session themselves before this one expires; exports AWS_PROFILE.",
        incumbent: {
            verdict: 'beyond',
            why: 'the incumbent has no such input: its session keys cannot be refreshed (configure-aws-credentials #359), so a job longer than the session fails with ExpiredToken.'
        }
    },
    {
        name: 'output-credentials',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'Also set the credentials as step outputs.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'output-env-credentials',
        kind: 'boolean',
        required: false,
        allowed: `${BOOLEAN} Empty: true, or false when aws-profile is set.`,
        description: 'Export the credentials and the region as environment variables for later steps.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'unset-current-credentials',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: `${BOOLEAN} Not with role-chaining (it would remove the source credentials).`,
        description: 'Blank AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN for later steps first, so a failed step leaves no stale keys.',
        incumbent: {
            verdict: 'different',
            why: 'the region variables are kept; refused with role-chaining, whose source credentials it would remove.'
        }
    },
    {
        name: 'use-existing-credentials',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'If valid credentials are already in the environment (checked with GetCallerIdentity and allowed-account-ids), keep them and assume nothing.',
        incumbent: {
            verdict: 'different',
            why: "'false' means false (the incumbent treats any non-empty value as true), allowed-account-ids applies, and long-lived keys are never kept. Refused where the incumbent accepts it: with role-chaining (the incumbent keeps the source credentials and never assumes the narrower role) and with inline-session-policy or managed-session-policies (the incumbent drops the policy), either of which leaves later steps with more power than asked for."
        }
    },
    {
        name: 'force-skip-oidc',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: `${BOOLEAN} true only with role-chaining.`,
        description: 'Never request a GitHub ID token. Only meaningful with role-chaining, which never does anyway.',
        incumbent: {
            verdict: 'different',
            why: 'without role-chaining it would leave only static keys or ambient credentials, which this action refuses.'
        }
    },
    {
        name: 'special-characters-workaround',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'Assume again (at most 30 sessions in all) until the secret access key has only letters and digits, for tools that mishandle other characters.',
        incumbent: {
            verdict: 'different',
            why: 'bounded: at most 30 sessions, and it does not override disable-retry or retry-max-attempts.'
        }
    },
    {
        name: 'mask-aws-account-id',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: "Mask the role's account id in the log and outputs.",
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'allowed-account-ids',
        kind: 'list',
        required: false,
        allowed: '12-digit account ids separated by commas.',
        description: 'The verified account must be one of these, or nothing is exported.',
        incumbent: { verdict: 'different', why: 'ids are checked for their form before any call.' }
    },
    {
        name: 'sts-endpoint',
        kind: 'text',
        required: false,
        allowed: 'an https:// URL (http:// only to a loopback address). Empty: AWS_ENDPOINT_URL_STS, then AWS_ENDPOINT_URL, then the regional endpoint; never endpoint_url from the shared config files.',
        description: 'Send the STS calls to this endpoint.',
        incumbent: {
            verdict: 'different',
            why: "the endpoint used is logged with where it came from (step debug). Refused where the incumbent sends the token: plain http:// to a host that is not loopback (also from AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL). Not honoured: endpoint_url in the shared config files, which the incumbent's SDK reads, so a file on the runner cannot redirect the token."
        }
    },
    {
        name: 'http-proxy',
        kind: 'text',
        required: false,
        allowed: 'an http:// or https:// proxy URL, optionally with user:password. Empty: HTTPS_PROXY / HTTP_PROXY.',
        description: 'Send the STS calls through this proxy (the ID-token request keeps the runner settings).',
        incumbent: {
            verdict: 'different',
            why: 'the proxy credentials are never logged; HTTPS_PROXY / HTTP_PROXY keep working without the input.'
        }
    },
    {
        name: 'no-proxy',
        kind: 'list',
        required: false,
        allowed: 'host names, domain suffixes or host:port, by commas. Empty: NO_PROXY.',
        description: 'STS endpoints that bypass the proxy.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'print-claims',
        kind: 'boolean',
        required: false,
        default: 'true',
        allowed: BOOLEAN,
        description: "Show the ID token's claims in the log and the job summary. The token itself is never printed."
    },
    {
        name: 'redact-claims',
        kind: 'list',
        required: false,
        default: 'jti',
        allowed: 'names of GitHub ID token claims (sub, actor, repository, repo_property_NAME, …; lower case) separated by commas. An empty value redacts nothing.',
        description: 'Claims shown as *** in the claims table, the diagnosis and the job summary.'
    },
    {
        name: 'trust-policy',
        kind: 'text',
        required: false,
        allowed: 'a path relative to GITHUB_WORKSPACE, inline JSON, or the output of aws iam get-role.',
        description: "The role's trust policy, evaluated locally against the token's claims before STS is called."
    },
    {
        name: 'dry-run',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'Print the claims and a suggested trust policy; call no AWS API and export nothing.'
    },
    {
        name: 'retry-max-attempts',
        kind: 'integer',
        required: false,
        default: '3',
        min: 1,
        max: 100,
        allowed: 'a whole number from 1 to 100; the 60 s network time budget may stop retries sooner.',
        description: 'Attempts in all for a transient failure other than throttling, per call; throttling is retried until action-timeout-s (1 turns every retry off).',
        incumbent: {
            verdict: 'different',
            why: 'default 3, not 12: throttling is not counted (it is retried until action-timeout-s); other retries also stop at the 60 s network budget, and deterministic errors are never retried.'
        }
    },
    {
        name: 'disable-retry',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'One attempt only (overrides retry-max-attempts).',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'action-timeout-s',
        kind: 'integer',
        required: false,
        default: '120',
        min: 1,
        max: 21600,
        zeroMeans: 'no step-level limit (every network call stays bounded)',
        allowed: 'a whole number from 1 to 21600, or 0 for no step-level limit.',
        description: 'Upper bound in seconds for the whole step.',
        incumbent: {
            verdict: 'different',
            why: 'default 120 s, not unlimited; 0 still means no step-level limit, and every call has its own timeout.'
        }
    },
    { name: 'aws-access-key-id', ...STATIC_KEY, incumbent: NO_STATIC_KEYS },
    { name: 'aws-secret-access-key', ...STATIC_KEY, incumbent: NO_STATIC_KEYS },
    { name: 'aws-session-token', ...STATIC_KEY, incumbent: NO_STATIC_KEYS }
];
const INPUTS = TABLE;

// EXTERNAL MODULE: ./src/inputs/tags.ts
var tags = __webpack_require__(4480);
;// CONCATENATED MODULE: ./src/inputs/unknown.ts


const inputEnvName = (name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
const DECLARED = new Set(INPUTS.map((i) => inputEnvName(i.name)));
function refuseUnknownInputs(env) {
    const unknown = Object.keys(env)
        .filter((key) => key.startsWith('INPUT_') && !DECLARED.has(key))
        .sort();
    if (unknown.length === 0)
        return;
    const named = unknown.map(describeUnknown);
    throw new failure/* Failure */.HR('invalid-input', `Unknown input${unknown.length === 1 ? '' : 's'} ${named.join('; ')} This action does not declare ` +
        `${unknown.length === 1 ? 'it' : 'them'}, and an input silently dropped would change what the step does.`, {
        stage: 'inputs',
        evidence: unknown.map((key) => `${key} is set, but action.yml declares no such input`),
        fix: [
            ...unknown.flatMap((key) => renameFix(key)),
            'correct the name in the step’s with: block (or remove it): the declared inputs are listed in the README',
            'an INPUT_* variable set with env: counts too: rename it'
        ]
    });
}
function describeUnknown(key) {
    const given = key.slice('INPUT_'.length).toLowerCase();
    const guess = closestInput(given);
    return guess ? `'${given}' — did you mean ${guess}?` : `'${given}' (no declared input is close to it).`;
}
function renameFix(key) {
    const given = key.slice('INPUT_'.length).toLowerCase();
    const guess = closestInput(given);
    return guess ? [`rename ${given} to ${guess} in the step’s with: block`] : [];
}
function closestInput(given) {
    return closestName(given.replace(/_/g, '-'), INPUTS.map((i) => i.name));
}
function closestName(given, names) {
    let best;
    for (const name of names) {
        const distance = editDistance(given, name);
        if (!best || distance < best.distance)
            best = { name, distance };
    }
    if (!best)
        return undefined;
    return best.distance <= Math.max(2, Math.floor(best.name.length / 4)) ? best.name : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/github/claim-names.ts
const TOKEN_CLAIMS = [
    'iss',
    'aud',
    'sub',
    'exp',
    'iat',
    'nbf',
    'jti',
    'actor',
    'actor_id',
    'base_ref',
    'check_run_id',
    'enterprise',
    'enterprise_id',
    'environment',
    'environment_node_id',
    'event_name',
    'head_ref',
    'job_workflow_ref',
    'job_workflow_sha',
    'ref',
    'ref_protected',
    'ref_type',
    'repository',
    'repository_id',
    'repository_owner',
    'repository_owner_id',
    'repository_visibility',
    'run_attempt',
    'run_id',
    'run_number',
    'runner_environment',
    'sha',
    'workflow',
    'workflow_ref',
    'workflow_sha'
];
const REPO_PROPERTY = /^repo_property_[\w.-]+$/;
function isTokenClaim(name) {
    return TOKEN_CLAIMS.includes(name) || REPO_PROPERTY.test(name);
}

// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/github/token-request.ts
var token_request = __webpack_require__(6746);
;// CONCATENATED MODULE: ./src/inputs/index.ts









const INPUT_NAMES = INPUTS.map((i) => i.name);
const SPECS = new Map(INPUTS.map((i) => [i.name, i]));
const STATIC_KEY_INPUTS = INPUTS.filter((i) => i.kind === 'refused').map((i) => i.name);
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-[a-z]|aws-eusc):iam::(\d{12}):role(\/(?:[\u0021-\u007e]+\/)?)([\w+=,.@-]{1,64})$/;
const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const PROFILE_NAME = /^[\w@+.%:-]+$/;
const RESERVED_PROFILE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const NO_PROXY_ENTRY = /^[\w.*:[\]-]+$/;
const POLICY_ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-[a-z]|aws-eusc):iam::(\d{12}|aws):policy\/[\u0021-\u007e]+$/;
const ACCOUNT_ID = /^\d{12}$/;
const MAX_TOKEN_CHARS = 20000;
const MAX_TOKEN_FILE_BYTES = MAX_TOKEN_CHARS + 1024;
const CHAINED_MAX_SECONDS = 3600;
function parseInputs(src) {
    refuseUnknownInputs(src.env);
    refuseStaticKeys(src);
    const role = parseRole(src.get('role-to-assume'));
    const retryDisabled = parseBoolean(src, 'disable-retry');
    const skipTagging = parseBoolean(src, 'role-skip-session-tagging');
    const awsProfile = parseProfile(src.get('aws-profile'));
    const refreshCredentials = parseBoolean(src, 'refresh-credentials');
    const config = {
        role,
        region: parseRegion(src),
        audience: parseAudience(src.get('audience')),
        roleSessionName: parseSessionName(src),
        durationSeconds: parseInteger(src, 'role-duration-seconds'),
        inlineSessionPolicy: parseInlinePolicy(src.get('inline-session-policy')),
        managedSessionPolicies: parseManagedPolicies(src.get('managed-session-policies')),
        tokenFromFile: readTokenFile(src),
        outputCredentials: parseBoolean(src, 'output-credentials'),
        outputEnvCredentials: parseBoolean(src, 'output-env-credentials', awsProfile === undefined && !refreshCredentials),
        maskAccountId: parseBoolean(src, 'mask-aws-account-id'),
        allowedAccountIds: parseAccountIds(src.get('allowed-account-ids')),
        stsEndpoint: parseEndpoint(src.get('sts-endpoint')),
        printClaims: parseBoolean(src, 'print-claims'),
        redactClaims: parseRedactClaims(src.get('redact-claims')),
        trustPolicy: readTrustPolicy(src),
        dryRun: parseBoolean(src, 'dry-run'),
        retryMaxAttempts: retryDisabled ? 1 : parseInteger(src, 'retry-max-attempts'),
        actionTimeoutMs: parseInteger(src, 'action-timeout-s') * 1000,
        roleChaining: parseBoolean(src, 'role-chaining'),
        roleExternalId: parseExternalId(src.get('role-external-id')),
        awsProfile,
        overwriteAwsProfile: parseBoolean(src, 'overwrite-aws-profile'),
        refreshCredentials,
        roleSkipSessionTagging: skipTagging,
        transitiveTagKeys: (0,tags/* parseTagKeys */.Wy)('transitive-tag-keys', splitList(src.get('transitive-tag-keys'))),
        customTags: (0,tags/* parseCustomTags */.ib)(src.get('custom-tags'), skipTagging ? 0 : (0,tags/* runTagCount */.fj)(src.env)),
        useExistingCredentials: parseBoolean(src, 'use-existing-credentials'),
        forceSkipOidc: parseBoolean(src, 'force-skip-oidc'),
        unsetCurrentCredentials: parseBoolean(src, 'unset-current-credentials'),
        specialCharactersWorkaround: parseBoolean(src, 'special-characters-workaround'),
        httpProxy: parseProxy(src.get('http-proxy')),
        noProxy: parseNoProxy(src.get('no-proxy'))
    };
    checkCombinations(config, src);
    if (refreshCredentials)
        checkRefresh(config, src);
    return config;
}
function checkRefresh(c, src) {
    const refuse = (input, why) => (0,failure/* invalidInput */.aY)(input, `cannot be combined with refresh-credentials: true: ${why}`);
    if (c.roleChaining)
        throw refuse('role-chaining', "a refresh starts again from a fresh ID token, but a chained role's source is the credentials an earlier step exported, which expire and are not refreshed. Assume the final role in a refresh-credentials step (its trust policy must allow the token), or add your own profile with role_arn and source_profile naming this profile: the SDKs then refresh the whole chain.");
    if (c.tokenFromFile)
        throw refuse('web-identity-token-file', 'the file holds one token, which expires; a refresh requests a fresh GitHub ID token.');
    if (c.useExistingCredentials)
        throw refuse('use-existing-credentials', 'kept credentials are static keys, which refresh-credentials replaces.');
    if (c.specialCharactersWorkaround)
        throw refuse('special-characters-workaround', 'the credential process hands over every session STS issues, whatever its characters.');
    if (c.httpProxy)
        throw refuse('http-proxy', 'the credential process runs in later steps and uses their HTTPS_PROXY / NO_PROXY; a proxy password is never written into a profile. Set HTTPS_PROXY in the job environment instead.');
    if (src.get('output-env-credentials') !== '' && c.outputEnvCredentials)
        throw refuse('output-env-credentials', 'static keys in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY would take precedence over the refreshing profile.');
    const missing = token_request/* TOKEN_REQUEST_VARIABLES */.u.filter((v) => !src.env[v]);
    if (missing.length > 0)
        throw (0,failure/* invalidInput */.aY)('refresh-credentials', `true needs a job that can request ID tokens in every step, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. Give the job \`permissions: id-token: write\` (fork pull requests never get it).`);
    if (!src.env.RUNNER_TEMP)
        throw (0,failure/* invalidInput */.aY)('refresh-credentials', 'true needs RUNNER_TEMP (set on every GitHub Actions runner) for its credential cache.');
}
function checkCombinations(c, src) {
    if (c.roleChaining && c.durationSeconds > CHAINED_MAX_SECONDS)
        throw (0,failure/* invalidInput */.aY)('role-duration-seconds', `${c.durationSeconds} is more than a chained session may last. Allowed with role-chaining: at most ${CHAINED_MAX_SECONDS} (STS limits a session assumed with role chaining to one hour).`);
    if (c.forceSkipOidc && !c.roleChaining)
        throw (0,failure/* invalidInput */.aY)('force-skip-oidc', 'true is allowed only with role-chaining: true. Without it, skipping OIDC would leave static keys or ambient credentials, which this action never uses.');
    if (c.unsetCurrentCredentials && c.roleChaining)
        throw (0,failure/* invalidInput */.aY)('unset-current-credentials', 'true cannot be combined with role-chaining: true: it would remove the credentials the chained role is assumed with.');
    if (c.roleChaining && c.trustPolicy)
        throw (0,failure/* invalidInput */.aY)('trust-policy', "is evaluated against the ID token's claims, and a chained step has no token (role-chaining: true). Remove it from this step.");
    if (c.roleChaining && c.tokenFromFile)
        throw (0,failure/* invalidInput */.aY)('web-identity-token-file', 'cannot be combined with role-chaining: true: a chained role is assumed with the credentials in the environment, so the token would be ignored. Remove one of them.');
    refuseWeakenedRestrictions(c);
    if (!c.roleChaining) {
        const chainingOnly = ['role-external-id', 'custom-tags', 'transitive-tag-keys'].find((n) => src.get(n) !== '');
        if (chainingOnly)
            throw (0,failure/* invalidInput */.aY)(chainingOnly, 'is sent only with sts:AssumeRole (role-chaining: true). AssumeRoleWithWebIdentity takes no external id or session tags (its tags come from the token), so the value would be ignored.');
    }
}
function refuseWeakenedRestrictions(c) {
    if (!c.useExistingCredentials)
        return;
    if (c.roleChaining)
        throw (0,failure/* invalidInput */.aY)('use-existing-credentials', 'true cannot be combined with role-chaining: true: the credentials in the environment are the source of the chain, so they would always be kept and the narrower role never assumed. Remove one of them.');
    const policy = c.inlineSessionPolicy ? 'inline-session-policy' : undefined;
    const restriction = policy ?? (c.managedSessionPolicies.length > 0 ? 'managed-session-policies' : undefined);
    if (restriction)
        throw (0,failure/* invalidInput */.aY)('use-existing-credentials', `true cannot be combined with ${restriction}: a session policy applies only to a session this step assumes, so credentials kept as they are would not be narrowed by it. Remove one of them.`);
}
function refuseStaticKeys(src) {
    const given = STATIC_KEY_INPUTS.filter((name) => src.get(name) !== '');
    if (given.length > 0) {
        throw (0,failure/* invalidInput */.aY)(given[0], 'static AWS keys are not accepted. This action only federates through OIDC, so no long-lived secret has to live in the repository; remove ' +
            given.join(', ') +
            ' and give role-to-assume.');
    }
}
function parseRole(raw) {
    if (raw === '')
        throw (0,failure/* invalidInput */.aY)('role-to-assume', 'is required: the full ARN of the role, e.g. arn:aws:iam::123456789012:role/deploy.');
    const m = ROLE_ARN.exec(raw);
    const { min, max } = LIMITS.roleArnChars;
    if (!m || raw.length < min || raw.length > max)
        throw refuse('role-to-assume', `'${raw}' is not a role ARN.`);
    return { arn: raw, partition: m[1], account: m[2], path: m[3], name: m[4] };
}
function parseRegion(src) {
    const given = src.get('aws-region');
    const region = given || src.env.AWS_REGION || src.env.AWS_DEFAULT_REGION || '';
    if (region === '')
        throw (0,failure/* invalidInput */.aY)('aws-region', 'is required (or set AWS_REGION / AWS_DEFAULT_REGION), e.g. eu-west-1.');
    if (!REGION.test(region)) {
        const from = given ? '' : ' (from the environment)';
        throw refuse('aws-region', `'${region}'${from} is not a region name.`);
    }
    return region;
}
function parseAudience(raw) {
    if (raw === '')
        throw (0,failure/* invalidInput */.aY)('audience', 'must not be empty; AWS expects sts.amazonaws.com unless the provider lists another client ID.');
    return raw;
}
function parseSessionName(src) {
    const given = src.get('role-session-name');
    if (given === '')
        return deriveSessionName(src.env);
    if (!SESSION_NAME.test(given)) {
        throw refuse('role-session-name', `'${given}' is not allowed.`);
    }
    return given;
}
function deriveSessionName(env) {
    const suffix = `-${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`.replace(/[^\w+=,.@-]/g, '');
    const repo = (env.GITHUB_REPOSITORY ?? 'aws-oidc-credentials').replace('/', '.').replace(/[^\w+=,.@-]/g, '');
    return `${repo.slice(0, Math.max(2, 64 - suffix.length))}${suffix}`.slice(0, 64);
}
function spec(name) {
    const found = SPECS.get(name);
    if (!found)
        throw new Error(`input ${name} is not in the input table`);
    return found;
}
function refuse(name, reason) {
    return (0,failure/* invalidInput */.aY)(name, `${reason} Allowed: ${spec(name).allowed}`);
}
function parseBoolean(src, name, fallback) {
    const raw = src.get(name) || spec(name).default || '';
    if (raw === '')
        return fallback ?? false;
    if (/^true$/i.test(raw))
        return true;
    if (/^false$/i.test(raw))
        return false;
    throw (0,failure/* invalidInput */.aY)(name, `'${raw}' is not a boolean. Allowed: ${spec(name).allowed}`);
}
function parseInteger(src, name) {
    const s = spec(name);
    const raw = src.get(name) || s.default || '';
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    const inRange = (n >= (s.min ?? 0) && n <= (s.max ?? Infinity)) || (n === 0 && s.zeroMeans !== undefined);
    if (!inRange)
        throw (0,failure/* invalidInput */.aY)(name, `'${raw}' is not allowed. Allowed: ${s.allowed}`);
    return n;
}
function parseInlinePolicy(raw) {
    if (raw === '')
        return undefined;
    let doc;
    try {
        doc = JSON.parse(raw);
    }
    catch {
        throw refuse('inline-session-policy', 'is not valid JSON.');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        throw (0,failure/* invalidInput */.aY)('inline-session-policy', 'must be a JSON object (a policy document with Version and Statement).');
    }
    const minified = JSON.stringify(doc);
    if (minified.length > LIMITS.sessionPolicyChars)
        throw refuse('inline-session-policy', `is ${minified.length} characters once minified.`);
    return minified;
}
function parseManagedPolicies(raw) {
    const arns = splitList(raw);
    if (arns.length > LIMITS.managedPolicies)
        throw refuse('managed-session-policies', `lists ${arns.length} policies.`);
    const bad = arns.find((a) => !POLICY_ARN.test(a));
    if (bad !== undefined)
        throw refuse('managed-session-policies', `'${bad}' is not a policy ARN.`);
    return arns;
}
function readTokenFile(src) {
    const given = src.get('web-identity-token-file');
    if (given === '')
        return undefined;
    const path = src.resolvePath(given);
    let token;
    try {
        token = src.readFile(path, MAX_TOKEN_FILE_BYTES).trim();
    }
    catch (e) {
        throw (0,failure/* invalidInput */.aY)('web-identity-token-file', `${(0,files/* shownPath */.pS)(given, path, src.env.GITHUB_WORKSPACE)} ${(0,files/* readFailure */.f1)(e)}. Allowed: a readable file (relative to GITHUB_WORKSPACE) holding one JWT of at most ${MAX_TOKEN_CHARS} characters.`);
    }
    if (token === '')
        throw (0,failure/* invalidInput */.aY)('web-identity-token-file', `'${given}' is empty. Allowed: a file holding one JWT.`);
    if (token.length > MAX_TOKEN_CHARS)
        throw (0,failure/* invalidInput */.aY)('web-identity-token-file', `'${given}' holds ${token.length} characters. Allowed: at most ${MAX_TOKEN_CHARS}.`);
    return { path, token };
}
function parseAccountIds(raw) {
    const ids = splitList(raw);
    const bad = ids.find((id) => !ACCOUNT_ID.test(id));
    if (bad !== undefined)
        throw refuse('allowed-account-ids', `'${bad}' is not an account id.`);
    return ids;
}
function httpUrl(raw) {
    try {
        const url = new URL(raw);
        return /^https?:$/.test(url.protocol) ? url : undefined;
    }
    catch {
        return undefined;
    }
}
function parseEndpoint(raw) {
    if (raw === '')
        return undefined;
    const url = httpUrl(raw);
    if (!url)
        throw refuse('sts-endpoint', `'${raw}' is not an endpoint URL.`);
    return raw;
}
function readTrustPolicy(src) {
    const given = src.get('trust-policy');
    if (given === '')
        return undefined;
    const inline = /^(\{|%7B)/i.test(given);
    let text = given;
    const path = inline ? '' : src.resolvePath(given);
    const shown = inline ? 'the inline policy' : (0,files/* shownPath */.pS)(given, path, src.env.GITHUB_WORKSPACE);
    if (!inline) {
        try {
            text = src.readFile(path, files/* MAX_POLICY_FILE_BYTES */.ph);
        }
        catch (e) {
            throw (0,failure/* invalidInput */.aY)('trust-policy', `${shown} ${(0,files/* readFailure */.f1)(e)}. Allowed: inline policy JSON, or a path relative to GITHUB_WORKSPACE.`);
        }
    }
    try {
        return { policy: (0,parse/* parseTrustPolicy */.G)(text), source: inline ? 'the trust-policy input' : given };
    }
    catch (e) {
        throw (0,failure/* invalidInput */.aY)('trust-policy', `${shown} is not a trust policy: ${e.message} Allowed: the role's trust policy JSON, or the output of aws iam get-role.`);
    }
}
function splitList(raw) {
    return raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
function parseRedactClaims(raw) {
    const names = splitList(raw);
    const unknown = names.find((n) => !isTokenClaim(n));
    if (unknown !== undefined)
        throw (0,failure/* invalidInput */.aY)('redact-claims', `'${unknown}' is not a claim of a GitHub ID token${claimSuggestion(unknown)}. Allowed: ${spec('redact-claims').allowed}`);
    return names;
}
function claimSuggestion(given) {
    const words = given.split(/\s+/);
    if (words.length > 1 && words.every(isTokenClaim))
        return ` — did you mean '${words.join(', ')}'? Names are separated by commas`;
    const guess = closestName(given.toLowerCase(), TOKEN_CLAIMS);
    return guess ? ` — did you mean ${guess}?` : '';
}
function parseExternalId(raw) {
    if (raw === '')
        return undefined;
    if (!EXTERNAL_ID.test(raw))
        throw (0,failure/* invalidInput */.aY)('role-external-id', `is not allowed. Allowed: ${spec('role-external-id').allowed}`);
    return raw;
}
function parseProfile(raw) {
    if (raw === '')
        return undefined;
    if (!PROFILE_NAME.test(raw) || RESERVED_PROFILE_NAMES.includes(raw))
        throw (0,failure/* invalidInput */.aY)('aws-profile', `'${raw}' is not allowed. Allowed: ${spec('aws-profile').allowed}`);
    return raw;
}
function parseProxy(raw) {
    if (raw === '')
        return undefined;
    const url = httpUrl(raw);
    if (!url || url.hostname === '')
        throw (0,failure/* invalidInput */.aY)('http-proxy', `is not a proxy URL (not shown: it may hold a password). Allowed: ${spec('http-proxy').allowed}`);
    return raw;
}
function parseNoProxy(raw) {
    const hosts = splitList(raw);
    if (hosts.length === 0)
        return undefined;
    const bad = hosts.find((h) => !NO_PROXY_ENTRY.test(h));
    if (bad !== undefined)
        throw (0,failure/* invalidInput */.aY)('no-proxy', `'${bad}' is not a host. Allowed: ${spec('no-proxy').allowed}`);
    return hosts.join(',');
}


/***/ }),

/***/ 4480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ MAX_TAG_VALUE),
/* harmony export */   Wy: () => (/* binding */ parseTagKeys),
/* harmony export */   fj: () => (/* binding */ runTagCount),
/* harmony export */   ib: () => (/* binding */ parseCustomTags),
/* harmony export */   kc: () => (/* binding */ RUN_TAGS)
/* harmony export */ });
/* unused harmony exports TAG_CHARACTERS, MAX_TAGS, RESERVED_TAG_KEYS */
/* harmony import */ var _failure_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4592);

const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const MAX_TAG_VALUE = 256;
const MAX_TAGS = 50;
const RUN_TAGS = [
    ['Repository', 'GITHUB_REPOSITORY'],
    ['Workflow', 'GITHUB_WORKFLOW'],
    ['Action', 'GITHUB_ACTION'],
    ['Actor', 'GITHUB_ACTOR'],
    ['Commit', 'GITHUB_SHA'],
    ['Branch', 'GITHUB_REF']
];
const RESERVED_TAG_KEYS = ['GitHub', ...RUN_TAGS.map(([key]) => key)];
function runTagCount(env) {
    return 1 + RUN_TAGS.filter(([, variable]) => env[variable]).length;
}
const MAX_TAG_KEY = 128;
const RESERVED_PREFIX = /^aws:/i;
const KEY_RULE = `1-${MAX_TAG_KEY} characters of letters, digits, spaces and _.:/=+-@, not starting with aws:`;
function parseCustomTags(raw, runTags) {
    if (raw === '')
        return {};
    let doc;
    try {
        doc = JSON.parse(raw);
    }
    catch {
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('custom-tags', 'is not valid JSON. Allowed: a JSON object such as {"Team": "payments"}.');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('custom-tags', 'must be a JSON object of tag keys to string values, such as {"Team": "payments"}.');
    const entries = Object.entries(doc);
    if (entries.length > MAX_TAGS)
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('custom-tags', `has ${entries.length} tags. Allowed: at most ${MAX_TAGS} (an STS limit).`);
    checkKeys('custom-tags', entries.map(([k]) => k));
    const reserved = new Set(RESERVED_TAG_KEYS.map((key) => key.toLowerCase()));
    const clash = entries.find(([key]) => reserved.has(key.toLowerCase()))?.[0];
    if (clash !== undefined)
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('custom-tags', `the key '${clash}' is set by this action from the run (${RESERVED_TAG_KEYS.join(', ')}); choose another key.`);
    if (entries.length + runTags > MAX_TAGS)
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('custom-tags', `makes ${entries.length + runTags} session tags with the run's own. Allowed: at most ${MAX_TAGS}.`);
    const tags = {};
    for (const [key, value] of entries) {
        if (typeof value !== 'string')
            throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('custom-tags', `the value of '${key}' is not a string. Allowed: string values only.`);
        if (!TAG_CHARACTERS.test(value) || [...value].length > MAX_TAG_VALUE)
            throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('custom-tags', `the value of '${key}' is not allowed. Allowed: 0-${MAX_TAG_VALUE} characters of letters, digits, spaces and _.:/=+-@.`);
        tags[key] = value;
    }
    return tags;
}
function parseTagKeys(name, keys) {
    if (keys.length > MAX_TAGS)
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(name, `lists ${keys.length} keys. Allowed: at most ${MAX_TAGS} (an STS limit).`);
    checkKeys(name, keys);
    return keys;
}
function checkKeys(name, keys) {
    const seen = new Set();
    for (const key of keys) {
        const length = [...key].length;
        if (!TAG_CHARACTERS.test(key) || length < 1 || length > MAX_TAG_KEY || RESERVED_PREFIX.test(key))
            throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(name, `the tag key '${key}' is not allowed. Allowed: ${KEY_RULE}.`);
        if (seen.has(key.toLowerCase()))
            throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(name, `the tag key '${key}' is given twice (tag keys are case-insensitive).`);
        seen.add(key.toLowerCase());
    }
}


/***/ })

};
;