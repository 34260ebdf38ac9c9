"use strict";
exports.id = 826;
exports.ids = [826,908];
exports.modules = {

/***/ 8069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultDeps: () => (/* binding */ defaultDeps),
  run: () => (/* binding */ action_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/pipeline/exit.ts
function drained(stream) {
    return new Promise((resolve) => {
        stream.write('', () => resolve());
    });
}
async function exitAfterDrain() {
    await Promise.all([drained(process.stdout), drained(process.stderr)]);
    process.exit();
}

// EXTERNAL MODULE: ./src/inputs/files.ts
var files = __webpack_require__(3622);
// EXTERNAL MODULE: ./src/failure/failure.ts
var failure = __webpack_require__(4592);
// EXTERNAL MODULE: ./src/failure/timeout.ts
var timeout = __webpack_require__(8497);
// EXTERNAL MODULE: ./src/inputs/index.ts + 3 modules
var inputs = __webpack_require__(1842);
// EXTERNAL MODULE: ./src/output/escape.ts
var output_escape = __webpack_require__(8078);
;// CONCATENATED MODULE: ./src/output/log-guard.ts

const log_guard_text = (m) => (0,output_escape/* linesSafe */.Lb)(typeof m === 'string' ? m : m.toString());
function safeProperties(p) {
    if (!p)
        return p;
    return { ...p, title: p.title === undefined ? undefined : (0,output_escape/* logSafe */.sN)(p.title) };
}
function guardedCore(core) {
    return {
        ...core,
        info: (m) => core.info(log_guard_text(m)),
        debug: (m) => core.debug(log_guard_text(m)),
        startGroup: (name) => core.startGroup(log_guard_text(name)),
        notice: (m, p) => core.notice(log_guard_text(m), safeProperties(p)),
        warning: (m, p) => core.warning(log_guard_text(m), safeProperties(p)),
        error: (m, p) => core.error(log_guard_text(m), safeProperties(p))
    };
}

// EXTERNAL MODULE: ./src/sinks/cleanup-state.ts
var cleanup_state = __webpack_require__(3452);
// EXTERNAL MODULE: ./src/source/credential-variables.ts
var credential_variables = __webpack_require__(6516);
// EXTERNAL MODULE: ./src/sinks/outputs.ts
var outputs = __webpack_require__(4086);
;// CONCATENATED MODULE: ./src/sinks/env.ts


function exportCredentials(c, id, sub, config, core) {
    const exported = [];
    const exportVariable = (name, value) => {
        core.exportVariable(name, value);
        exported.push(name);
    };
    if (config.outputEnvCredentials) {
        const [accessKeyId, secretAccessKey, sessionToken] = credential_variables/* CREDENTIAL_VARIABLES */.e;
        exportVariable(accessKeyId, c.accessKeyId);
        exportVariable(secretAccessKey, c.secretAccessKey);
        exportVariable(sessionToken, c.sessionToken);
        for (const name of REGION_VARIABLES)
            exportVariable(name, config.region);
        if (config.awsProfile)
            exportVariable(PROFILE_VARIABLE, config.awsProfile);
    }
    (0,outputs/* setOutputs */.n)(core, { 'aws-account-id': id.account, 'authenticated-arn': id.arn, subject: sub, diagnosis: '' });
    if (config.outputCredentials) {
        (0,outputs/* setOutputs */.n)(core, {
            'aws-access-key-id': c.accessKeyId,
            'aws-secret-access-key': c.secretAccessKey,
            'aws-session-token': c.sessionToken,
            'aws-expiration': c.expiration.toISOString()
        });
    }
    return exported;
}
const REGION_VARIABLES = ['AWS_REGION', 'AWS_DEFAULT_REGION'];
const PROFILE_VARIABLE = 'AWS_PROFILE';
const EXPORTED_VARIABLES = [...credential_variables/* CREDENTIAL_VARIABLES */.e, ...REGION_VARIABLES, PROFILE_VARIABLE];
function keptOutputs(id, core) {
    (0,outputs/* setOutputs */.n)(core, { 'aws-account-id': id.account, 'authenticated-arn': id.arn, diagnosis: '' });
}
function unsetCredentials(core) {
    for (const name of credential_variables/* CREDENTIAL_VARIABLES */.e)
        core.exportVariable(name, '');
    core.info(`unset-current-credentials: ${credential_variables/* CREDENTIAL_VARIABLES */.e.join(', ')} are blank for later steps.`);
}

;// CONCATENATED MODULE: ./src/sinks/summary.ts

function heading(s) {
    if (s.result === 'success')
        return '✅ AWS credentials verified';
    if (s.result === 'dry-run')
        return '🧪 Dry run: no AWS call made';
    return `❌ AWS credentials not issued: \`${s.failure?.code}\``;
}
function summaryMarkdown(s, failureSection = []) {
    const md = output_escape/* markdownSafe */.Vk;
    const head = heading(s);
    const rows = [];
    if (s.role)
        rows.push(['role', md(s.role)]);
    if (s.session)
        rows.push(['session', md(s.session)]);
    if (s.account)
        rows.push(['account', md(s.account)]);
    if (s.expiration)
        rows.push(['expires', s.expiration.toISOString()]);
    if (s.attempts?.some((c) => c.attempts > 1))
        rows.push(['attempts', md(describeAttempts(s.attempts))]);
    if (s.failure) {
        rows.push(['diagnosis', `\`${s.failure.code}\` ${md(s.failureTitle ?? '')}`], ['cause', md(s.failure.message)]);
        if (s.failure.details.stage)
            rows.push(['stage', s.failure.details.stage]);
    }
    const out = [`### ${head}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
    out.push(...failureSection);
    if (s.claims?.length) {
        out.push('<details><summary>ID token claims (the token itself is never shown)</summary>', '', '| claim | value |', '|---|---|');
        out.push(...s.claims.map((c) => `| ${(0,output_escape/* markdownCode */.D9)(c.name)} | ${(0,output_escape/* markdownCode */.D9)(c.value)} |`), '', '</details>', '');
    }
    return out.join('\n');
}
function describeAttempts(calls) {
    return calls
        .map((c) => {
        const waited = `waited ${(c.waitedMs / 1000).toFixed(1)} s`;
        const extra = c.throttled > 0 ? ` (${c.throttled} throttled, ${waited})` : ` (${waited})`;
        return `${c.call}: ${c.attempts}${c.attempts > 1 ? extra : ''}`;
    })
        .join(', ');
}
async function writeSummary(core, env, facts, failureSection) {
    if (!env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await core.summary.addRaw(summaryMarkdown(facts, failureSection), true).write();
    }
    catch (e) {
        core.warning(`Could not write the job summary: ${(0,output_escape/* logSafe */.sN)(e.message)}`);
    }
}

;// CONCATENATED MODULE: ./src/output/mask.ts
function maskCredentials(c, core) {
    core.setSecret(c.accessKeyId);
    core.setSecret(c.secretAccessKey);
    core.setSecret(c.sessionToken);
}

;// CONCATENATED MODULE: ./src/source/chained.ts

async function assumeChained(ctx, sts) {
    const { core, config } = ctx;
    ctx.enterStage('source');
    const { readSourceCredentials } = await __webpack_require__.e(/* import() */ 880).then(__webpack_require__.bind(__webpack_require__, 9880));
    const { chainParams } = await __webpack_require__.e(/* import() */ 404).then(__webpack_require__.bind(__webpack_require__, 404));
    const source = await readSourceCredentials(ctx.env, core, ctx.now());
    core.info(`role-chaining: chaining from the temporary credentials in ${source.from}; no ID token is requested.`);
    ctx.enterStage('assume');
    const params = chainParams(config, source, ctx.env, core);
    if (config.dryRun) {
        core.info(`Dry run: sts:AssumeRole for ${config.role.arn} is not called and nothing is exported.`);
        return { kind: 'dry-run' };
    }
    const assumed = await ctx.retry('AssumeRole', ctx.limits.stsAttemptMs, () => sts.assumeRole(params), source.expiration && { atMs: source.expiration.getTime(), name: 'the source credentials' });
    maskCredentials(assumed.credentials, core);
    core.debug(`AssumeRole request id: ${assumed.requestId ?? '(none)'}`);
    return { kind: 'assumed', assumed, sub: '' };
}

// EXTERNAL MODULE: ./src/github/token-claims.ts + 6 modules
var token_claims = __webpack_require__(3551);
// EXTERNAL MODULE: ./src/output/url.ts
var output_url = __webpack_require__(7220);
// EXTERNAL MODULE: ./src/github/token-request.ts
var token_request = __webpack_require__(6746);
// EXTERNAL MODULE: ./src/sts/endpoint.ts
var sts_endpoint = __webpack_require__(3235);
;// CONCATENATED MODULE: ./src/source/token.ts





async function obtainToken(audience, fromFile, deps) {
    if (fromFile)
        return { token: fromFile.token, from: 'file' };
    const missing = token_request/* TOKEN_REQUEST_VARIABLES */.u.filter((v) => !deps.env[v]);
    if (missing.length > 0) {
        if (deps.env.GITHUB_ACTIONS !== 'true')
            throw notARunner(missing, deps.env.GITHUB_ACTIONS);
        throw noTokenFailure(missing, await deps.context());
    }
    refusePlainHttpTokenUrl(deps.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '');
    const requestToken = deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '';
    const token = await (0,timeout/* withTimeout */.w)(deps.getIDToken(audience).catch((e) => {
        throw withoutRequestToken(e, requestToken);
    }), deps.timeoutMs, () => new timeout/* TimeoutError */.M('the GitHub ID-token request', deps.timeoutMs));
    return { token, from: 'github' };
}
function refusePlainHttpTokenUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return;
    }
    if (url.protocol !== 'http:' || (0,sts_endpoint/* isLoopback */.U9)(url.hostname))
        return;
    throw new failure/* Failure */.HR('id-token-request-failed', `ACTIONS_ID_TOKEN_REQUEST_URL (${(0,output_url/* endpointForLog */.N)(raw)}) is plain http to another machine: the ID token would travel unencrypted, so it is not requested.`, {
        stage: 'token',
        evidence: [`ACTIONS_ID_TOKEN_REQUEST_URL: ${(0,output_url/* endpointForLog */.N)(raw)}`],
        fix: ["serve the runner's Actions endpoints over https (a GitHub Enterprise Server with TLS)"],
        retryable: false
    });
}
const MAX_QUOTED_ERROR_CHARS = 500;
function withoutRequestToken(e, requestToken) {
    if (!(e instanceof Error))
        return e;
    const scrubbed = requestToken.length > 0 ? e.message.split(requestToken).join('***') : e.message;
    e.message =
        scrubbed.length > MAX_QUOTED_ERROR_CHARS
            ? `${scrubbed.slice(0, MAX_QUOTED_ERROR_CHARS)}… (${scrubbed.length - MAX_QUOTED_ERROR_CHARS} more characters not shown)`
            : scrubbed;
    return e;
}
function notARunner(missing, githubActions) {
    return new failure/* Failure */.HR('not-a-runner', 'This is not a GitHub Actions runner, so there is no ID token to request.', {
        stage: 'token',
        evidence: [
            `GITHUB_ACTIONS is ${describeValue(githubActions)} (a runner sets it to 'true')`,
            `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set`
        ],
        fix: [
            'to run it here, use the loopback emulator: npm start (a demo), npm run local-action, ' +
                'or npm run emulator and the command it prints',
            'with a token you already have: set web-identity-token-file (INPUT_WEB-IDENTITY-TOKEN-FILE) to a file holding it',
            'on GitHub: run this step in a workflow job that has `permissions: id-token: write`'
        ]
    });
}
function describeValue(value) {
    if (value === undefined)
        return 'not set';
    return value === '' ? 'empty' : `'${value}'`;
}
const FORK_EVENTS = /^pull_request(_review|_review_comment)?$/;
function noTokenFailure(missing, ctx) {
    const pr = ctx.pullRequest;
    const fromFork = FORK_EVENTS.test(ctx.eventName) && pr !== undefined && pr.head !== '' && pr.head !== pr.base;
    const dependabot = ctx.actor === 'dependabot[bot]';
    const evidence = [
        `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set in the step's environment`,
        `event: ${ctx.eventName || '(unknown)'}, actor: ${ctx.actor || '(unknown)'}, repository: ${ctx.repository || '(unknown)'}`
    ];
    if (pr)
        evidence.push(`pull request${pr.number ? ` #${pr.number}` : ''}: head ${pr.head || '(unknown)'} -> base ${pr.base || '(unknown)'}`);
    if (fromFork || (dependabot && FORK_EVENTS.test(ctx.eventName))) {
        return new failure/* Failure */.HR('fork-pull-request', fromFork
            ? `This run is a pull request from the fork ${pr?.head}; GitHub gives forks no ID token, whatever the permissions say.`
            : 'This run was started by Dependabot; GitHub gives its pull request runs no ID token.', {
            stage: 'token',
            evidence,
            fix: [
                'skip this step for such runs:  if: github.event.pull_request.head.repo.full_name == github.repository',
                'run deployments on push or workflow_run (which runs in the base repository) instead of on fork pull requests'
            ]
        });
    }
    const workflowFile = ctx.workflowRef?.split('@')[0].replace(`${ctx.repository}/`, '');
    const job = ctx.job || '<job>';
    return new failure/* Failure */.HR('missing-id-token-permission', 'The job has no permission to request an ID token: it needs `permissions: id-token: write`.', {
        stage: 'token',
        evidence,
        fix: [
            `add the permissions to the job '${job}'${workflowFile ? ` in ${workflowFile}` : ''} (or at the top of the workflow, for every job)`
        ],
        snippets: [
            {
                title: 'permissions to add',
                body: `jobs:\n  ${job}:\n    permissions:\n      id-token: write   # lets the job request the OIDC token\n      contents: read    # listing permissions drops every unlisted one to none`
            },
            {
                title: 'reusable workflows',
                body: "A reusable workflow called from another repository or organisation gets at most what the\ncalling job grants: add the permissions block to the caller's job."
            }
        ]
    });
}

;// CONCATENATED MODULE: ./src/source/web-identity.ts





const TOKEN_REFRESH_MARGIN_S = 60;
async function assumeWithWebIdentity(ctx, sts) {
    const { core, config } = ctx;
    ctx.enterStage('token');
    core.debug(`ID-token endpoint: ${(0,output_url/* endpointForLog */.N)(ctx.env.ACTIONS_ID_TOKEN_REQUEST_URL)}`);
    const requestToken = () => obtainToken(config.audience, config.tokenFromFile, {
        env: ctx.env,
        context: () => ctx.runContext(),
        getIDToken: (aud) => core.getIDToken(aud),
        timeoutMs: ctx.limits.idTokenMs
    }).then((t) => t.token);
    let token = await ctx.retry('ID token request', ctx.limits.idTokenMs, () => requestToken());
    const from = config.tokenFromFile ? 'file' : 'github';
    if (from === 'file')
        core.setSecret(token);
    core.info(from === 'file'
        ? `Read the web identity token from ${(0,output_escape/* logSafe */.sN)(config.tokenFromFile?.path ?? '')}`
        : `Got the GitHub ID token for audience ${(0,output_escape/* logSafe */.sN)(config.audience)}`);
    ctx.enterStage('claims');
    const decoded = (0,token_claims/* decodeToken */.oL)(token, from);
    ctx.learned.decoded = decoded;
    const sub = typeof decoded.claims.sub === 'string' ? decoded.claims.sub : '';
    const rows = (0,token_claims/* claimRows */.YA)(decoded, config.redactClaims, ctx.now());
    if (config.printClaims) {
        ctx.learned.claimRows = rows;
        core.startGroup(`ID token claims (sub: ${config.redactClaims.includes('sub') ? '***' : (0,output_escape/* logSafe */.sN)(sub)}) — the token itself is never printed`);
        for (const line of (0,token_claims/* formatClaimTable */.eZ)(rows))
            core.info(line);
        core.info((0,token_claims/* claimsJsonLine */.uG)(decoded.claims, config.redactClaims));
        core.endGroup();
    }
    if (await ctx.checkTrust(decoded.claims))
        return { kind: 'dry-run' };
    ctx.enterStage('assume');
    let current = decoded;
    const assumed = await ctx.retry('AssumeRoleWithWebIdentity', ctx.limits.stsAttemptMs, async (attempt) => {
        if (attempt > 1 && from === 'github' && expiresWithin(current, ctx.now(), TOKEN_REFRESH_MARGIN_S)) {
            core.info('The ID token is about to expire: requesting a fresh one before retrying.');
            token = await requestToken();
            current = (0,token_claims/* decodeToken */.oL)(token, from);
        }
        return sts.assumeRoleWithWebIdentity({
            roleArn: config.role.arn,
            roleSessionName: config.roleSessionName,
            webIdentityToken: token,
            durationSeconds: config.durationSeconds,
            policy: config.inlineSessionPolicy,
            policyArns: config.managedSessionPolicies
        });
    }, fileTokenExpiry(decoded, from));
    maskCredentials(assumed.credentials, core);
    core.debug(`AssumeRoleWithWebIdentity request id: ${assumed.requestId ?? '(none)'}`);
    return { kind: 'assumed', assumed, sub };
}
function expiresWithin(decoded, nowMs, marginS) {
    const exp = Number(decoded.claims.exp);
    return Number.isFinite(exp) && exp - nowMs / 1000 < marginS;
}
function fileTokenExpiry(decoded, from) {
    const exp = Number(decoded.claims.exp);
    if (from !== 'file' || !Number.isFinite(exp))
        return undefined;
    return { atMs: exp * 1000, name: 'the token from web-identity-token-file' };
}

// EXTERNAL MODULE: ./src/sts/user-agent.ts
var user_agent = __webpack_require__(2377);
// EXTERNAL MODULE: ./src/output/version.ts
var version = __webpack_require__(4361);
;// CONCATENATED MODULE: ./src/sts/verify.ts

function expectedAssumedRoleArn(config) {
    const r = config.role;
    return `arn:${r.partition}:sts::${r.account}:assumed-role/${r.name}/${config.roleSessionName}`;
}
function checkIdentity(id, config) {
    const expected = expectedAssumedRoleArn(config);
    const evidence = [
        `GetCallerIdentity: account ${id.account || '(none)'}, arn ${id.arn || '(none)'}`,
        `expected:          account ${config.role.account}, arn ${expected}`
    ];
    if (id.account !== config.role.account || id.arn !== expected) {
        throw new failure/* Failure */.HR('identity-mismatch', 'The new credentials are not the requested role: GetCallerIdentity names another identity. Nothing was exported.', { stage: 'verify', evidence, requestId: id.requestId });
    }
    if (config.allowedAccountIds.length > 0 && !config.allowedAccountIds.includes(id.account)) {
        throw new failure/* Failure */.HR('account-not-allowed', `The account ${id.account} is not in allowed-account-ids. Nothing was exported.`, {
            stage: 'verify',
            evidence: [`verified account: ${id.account}`, `allowed-account-ids: ${config.allowedAccountIds.join(', ')}`],
            requestId: id.requestId
        });
    }
}

// EXTERNAL MODULE: ./src/failure/codes.ts
var codes = __webpack_require__(3380);
;// CONCATENATED MODULE: ./src/pipeline/retry.ts

function isRetryable(f) {
    return f.details.retryable ?? codes/* RETRYABLE */.r.has(f.code);
}
function backoffMs(attempt, b, random) {
    const step = Math.min(b.capMs, b.baseMs * 2 ** (attempt - 1));
    return Math.round(step / 2 + (random() * step) / 2);
}
function fullJitterMs(throttles, b, random) {
    return Math.round(random() * Math.min(b.capMs, b.baseMs * 2 ** (throttles - 1)));
}
async function withRetry(work, classify, p) {
    let counted = 0;
    let throttles = 0;
    const tally = p.tally ?? { call: '', attempts: 0, throttled: 0, waitedMs: 0 };
    for (let attempt = 1;; attempt++) {
        tally.attempts = attempt;
        try {
            return await work(attempt);
        }
        catch (e) {
            const failure = await classify(e);
            if (!isRetryable(failure))
                throw failure;
            const throttled = failure.code === 'throttled';
            if (throttled)
                throttles++;
            else
                counted++;
            tally.throttled = throttles;
            const delayMs = throttled
                ? fullJitterMs(throttles, p.throttleBackoff, p.random)
                : backoffMs(counted, p.backoff, p.random);
            const why = reasonToStop(p, throttled, counted, p.now() + delayMs);
            if (why) {
                failure.details.evidence = [
                    ...(failure.details.evidence ?? []),
                    `gave up after ${attempt} attempt${attempt === 1 ? '' : 's'}${throttles > 0 ? ` (${throttles} throttled)` : ''} (${why})`
                ];
                throw failure;
            }
            p.onRetry({ failure, attempt, counted, throttled, delayMs });
            tally.waitedMs += delayMs;
            await p.sleep(delayMs);
        }
    }
}
function reasonToStop(p, throttled, counted, nextStartMs) {
    if (p.maxAttempts <= 1 || (!throttled && counted >= p.maxAttempts))
        return `retry-max-attempts ${p.maxAttempts}`;
    if (p.validUntil && nextStartMs >= p.validUntil.atMs)
        return `${p.validUntil.name} would have expired`;
    const deadline = throttled ? p.throttleDeadline : p.deadline;
    if (nextStartMs + p.attemptMs > deadline.atMs)
        return `another attempt could not end within ${deadline.name}`;
    return undefined;
}

// EXTERNAL MODULE: ./src/pipeline/timeout.ts
var pipeline_timeout = __webpack_require__(9221);
;// CONCATENATED MODULE: ./src/pipeline/context.ts



const diagnosis = () => Promise.all(/* import() */[__webpack_require__.e(885), __webpack_require__.e(289)]).then(__webpack_require__.bind(__webpack_require__, 1289));
function stsAttemptMs(timing) {
    return timing.connectionMs + timing.requestMs;
}
class RunContext {
    deps;
    core;
    env;
    timing;
    startMs;
    stage = 'inputs';
    stageStartMs;
    config;
    network;
    learned = {};
    attempts = [];
    facts;
    abandoned = false;
    constructor(deps) {
        this.deps = deps;
        this.core = deps.core;
        this.env = deps.env;
        this.timing = deps.timing ?? pipeline_timeout/* DEFAULT_TIMING */.f;
        this.startMs = deps.now();
        this.stageStartMs = this.startMs;
        this.facts = { result: 'failure', attempts: this.attempts };
    }
    summaryFacts() {
        return { ...this.facts, claims: this.learned.claimRows };
    }
    now() {
        return this.deps.now();
    }
    runContext() {
        return this.deps.context();
    }
    get limits() {
        return { idTokenMs: this.timing.idTokenMs, stsAttemptMs: stsAttemptMs(this.timing) };
    }
    enterStage(stage) {
        this.endStage('done');
        this.stage = stage;
        this.stageStartMs = this.now();
    }
    endStage(how) {
        this.core.debug(`stage ${this.stage} ${(0,output_escape/* logSafe */.sN)(how)} after ${this.now() - this.stageStartMs} ms`);
    }
    async classify(e) {
        const { classify } = await diagnosis();
        const { config, network, stage } = this;
        const { decoded, evaluation } = this.learned;
        const route = config?.roleChaining ? 'chained' : 'web-identity';
        return classify(e, { stage, route, config, network, evaluation, claims: decoded?.claims, nowMs: this.now() });
    }
    async checkTrust(claims) {
        const { config, core } = this;
        if (!config.trustPolicy && !config.dryRun)
            return false;
        const check = await Promise.all(/* import() */[__webpack_require__.e(885), __webpack_require__.e(966)]).then(__webpack_require__.bind(__webpack_require__, 7966));
        if (config.trustPolicy)
            this.learned.evaluation = check.printLocalEvaluation(config, claims, core);
        if (config.dryRun)
            check.printDryRun(config, claims, core);
        return config.dryRun;
    }
    retry(what, attemptMs, call, validUntil) {
        return withRetry(call, (e) => this.classify(e), this.retryPolicy(what, attemptMs, validUntil));
    }
    retryPolicy(what, attemptMs, validUntil) {
        const { timing, startMs, config, deps } = this;
        const network = { atMs: startMs + timing.networkBudgetMs, name: 'the network time budget' };
        const step = config.actionTimeoutMs > 0 ? { atMs: startMs + config.actionTimeoutMs, name: 'action-timeout-s' } : network;
        const tally = { call: what, attempts: 0, throttled: 0, waitedMs: 0 };
        this.attempts.push(tally);
        return {
            maxAttempts: config.retryMaxAttempts,
            backoff: timing.backoff,
            throttleBackoff: timing.throttleBackoff,
            deadline: network,
            throttleDeadline: step,
            validUntil,
            attemptMs,
            now: deps.now,
            sleep: deps.sleep,
            random: deps.random,
            tally,
            onRetry: ({ failure: f, attempt, counted, throttled, delayMs }) => {
                const wait = `retrying in ${(delayMs / 1000).toFixed(1)} s`;
                this.core.info(throttled
                    ? `↻ ${what} throttled (attempt ${attempt}); ${wait}`
                    : `↻ ${what}: attempt ${counted} of ${config.retryMaxAttempts} failed (${f.code}: ${(0,output_escape/* logSafe */.sN)(f.message)}); ${wait}`);
                const budget = throttled ? step : network;
                this.core.debug(`retry decision: ${what} attempt ${attempt} failed with ${f.code}${f.details.requestId ? ` (request id ${f.details.requestId})` : ''}, which is transient; another attempt fits, ${budget.atMs - this.now()} ms of ${budget.name} left`);
            }
        };
    }
}

;// CONCATENATED MODULE: ./src/pipeline/pinning.ts


const FULL_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
const RELEASE_TAG = /^v\d+\.\d+\.\d+$/;
function isFixedRef(repo, ref) {
    return FULL_SHA.test(ref) || (isOwnRepository(repo) && RELEASE_TAG.test(ref));
}
function isOwnRepository(repo) {
    return repo.toLowerCase() === version/* REPOSITORY */.Bw.toLowerCase();
}
function unpinnedRefWarning(env) {
    const ref = env.GITHUB_ACTION_REF;
    const repo = env.GITHUB_ACTION_REPOSITORY;
    if (!ref || !repo || isFixedRef(repo, ref))
        return undefined;
    const [name, at] = [(0,output_escape/* logSafe */.sN)(repo), (0,output_escape/* logSafe */.sN)(ref)];
    const moving = `This step uses ${name}@${at}, a tag or branch that can move. `;
    if (!isOwnRepository(repo))
        return `${moving}Pin the full commit SHA (uses: ${name}@<40-hex sha> # ${at}) so a review of this workflow stays valid.`;
    return (`${moving}Use this release's tag, which cannot (uses: ${name}@v${version/* VERSION */.xv}), or the full commit SHA ` +
        `(uses: ${name}@<40-hex sha> # v${version/* VERSION */.xv}), so a review of this workflow stays valid.`);
}

;// CONCATENATED MODULE: ./src/pipeline/special-characters.ts

const MAX_SESSIONS = 30;
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
function alphanumericSecrets(enabled, core, sts) {
    if (!enabled)
        return sts;
    return {
        ...sts,
        assumeRoleWithWebIdentity: (params) => untilAlphanumeric(() => sts.assumeRoleWithWebIdentity(params), core),
        assumeRole: (params) => untilAlphanumeric(() => sts.assumeRole(params), core)
    };
}
async function untilAlphanumeric(assume, core) {
    for (let sessions = 1;; sessions++) {
        const result = await assume();
        maskCredentials(result.credentials, core);
        if (ALPHANUMERIC.test(result.credentials.secretAccessKey)) {
            if (sessions > 1)
                core.info(`special-characters-workaround: alphanumeric secret key after ${sessions} sessions.`);
            return result;
        }
        if (sessions === MAX_SESSIONS) {
            core.warning(`special-characters-workaround: the secret key still has characters other than letters and digits after ${MAX_SESSIONS} sessions; using the last one.`);
            return result;
        }
    }
}

;// CONCATENATED MODULE: ./src/pipeline/run.ts

















const profiles = () => __webpack_require__.e(/* import() */ 397).then(__webpack_require__.bind(__webpack_require__, 9397));
const refreshSink = () => __webpack_require__.e(/* import() */ 419).then(__webpack_require__.bind(__webpack_require__, 8419));
async function run(given) {
    const deps = { ...given, core: guardedCore(given.core) };
    const ctx = new RunContext(deps);
    try {
        deps.core.info(`${version/* PACKAGE_NAME */.rM} ${version/* VERSION */.xv}`);
        if (deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
            deps.core.setSecret(deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
        const pinning = unpinnedRefWarning(deps.env);
        if (pinning)
            deps.core.warning(pinning, { title: 'pin this action' });
        const config = (0,inputs/* parseInputs */.TL)({ ...deps.inputs, get: (n) => deps.core.getInput(n), env: deps.env });
        ctx.config = config;
        const capped = budgetCapsAttempts(config, ctx.timing);
        if (capped)
            deps.core.info(capped);
        const configured = (0,sts_endpoint/* configuredStsEndpoint */.i7)(config.stsEndpoint, deps.env);
        if (config.unsetCurrentCredentials)
            unsetCredentials(deps.core);
        if (config.maskAccountId)
            deps.core.setSecret(config.role.account);
        const refreshPlan = config.refreshCredentials
            ? await (await refreshSink()).planRefresh(config, deps.env)
            : undefined;
        if (config.awsProfile && !refreshPlan) {
            const { checkProfileWritable, profilePaths } = await profiles();
            checkProfileWritable(config.awsProfile, config.overwriteAwsProfile, profilePaths(deps.env));
        }
        ctx.facts.role = config.role.arn;
        ctx.facts.session = config.roleSessionName;
        const work = pipeline(ctx, configured, refreshPlan);
        if (config.actionTimeoutMs === 0)
            await work;
        else
            await (0,timeout/* withTimeout */.w)(work, config.actionTimeoutMs, () => {
                ctx.abandoned = true;
                return stepTimedOut(config, ctx.stage, ctx.timing);
            });
    }
    catch (e) {
        const failure = await ctx.classify(e);
        const { report, failureMarkdown, titleOf } = await diagnosis();
        ctx.endStage(`failed: ${failure.code}${failure.details.requestId ? `, request id ${failure.details.requestId}` : ''}`);
        if (ctx.config?.maskAccountId)
            maskAccounts(failure, deps.core);
        report(failure, deps.core, deps.env);
        const facts = { ...ctx.summaryFacts(), result: 'failure', failure, failureTitle: titleOf(failure.code) };
        await writeSummary(deps.core, deps.env, facts, failureMarkdown(failure));
        deps.fail();
    }
    return { abandoned: ctx.abandoned };
}
async function pipeline(ctx, configured, refreshPlan) {
    const { core, config } = ctx;
    const direct = stsClient(ctx, configured);
    const sts = alphanumericSecrets(config.specialCharactersWorkaround, core, direct);
    const outcome = await source(ctx, direct, sts);
    if (outcome.kind === 'dry-run')
        return finish(ctx, { result: 'dry-run' });
    if (outcome.kind === 'kept') {
        keptOutputs(outcome.identity, core);
        core.info(`✔ use-existing-credentials: the credentials in ${outcome.from} are valid ` +
            `(${(0,output_escape/* logSafe */.sN)(outcome.identity.arn)}, account ${outcome.identity.account}); kept, no role assumed.`);
        return finish(ctx, { result: 'success', account: outcome.identity.account });
    }
    const { assumed, sub } = outcome;
    const identity = await verify(ctx, sts, assumed);
    ctx.enterStage('export');
    if (ctx.abandoned)
        return;
    const cleanup = { variables: [], sections: [] };
    if (refreshPlan) {
        const { writeRefresh } = await refreshSink();
        const beforeWrite = (planned) => core.saveState(cleanup_state/* CLEANUP_STATE */.Fc, (0,cleanup_state/* encodeCleanup */.zp)({ ...cleanup, ...planned }));
        Object.assign(cleanup, await writeRefresh(refreshPlan, config, assumed.credentials, ctx.env, core, ctx.now(), beforeWrite));
        core.saveState(cleanup_state/* CLEANUP_STATE */.Fc, (0,cleanup_state/* encodeCleanup */.zp)(cleanup));
    }
    else if (config.awsProfile) {
        const { profilePaths, writeProfile } = await profiles();
        const paths = profilePaths(ctx.env);
        const beforeWrite = (sections) => core.saveState(cleanup_state/* CLEANUP_STATE */.Fc, (0,cleanup_state/* encodeCleanup */.zp)({ ...cleanup, sections }));
        cleanup.sections = writeProfile(config.awsProfile, assumed.credentials, config.region, config.overwriteAwsProfile, paths, { beforeWrite });
        core.info(`Wrote the profile ${config.awsProfile} to ${paths.credentials} and ${paths.config}`);
    }
    const subject = config.redactClaims.includes('sub') ? '***' : sub;
    cleanup.variables.push(...exportCredentials(assumed.credentials, identity, subject, config, core));
    core.saveState(cleanup_state/* CLEANUP_STATE */.Fc, (0,cleanup_state/* encodeCleanup */.zp)(cleanup));
    const minutes = Math.round((assumed.credentials.expiration.getTime() - ctx.now()) / 60000);
    core.info(`✔ Verified ${(0,output_escape/* logSafe */.sN)(identity.arn)} (account ${identity.account}) as role ${config.role.arn}, session ${config.roleSessionName}; expires ${assumed.credentials.expiration.toISOString()} (in ${minutes} min).`);
    await finish(ctx, { result: 'success', account: identity.account, expiration: assumed.credentials.expiration });
}
async function source(ctx, direct, sts) {
    if (ctx.config.useExistingCredentials) {
        const { keepExistingCredentials } = await __webpack_require__.e(/* import() */ 500).then(__webpack_require__.bind(__webpack_require__, 9500));
        const kept = await keepExistingCredentials(ctx, direct);
        if (kept)
            return kept;
    }
    const route = ctx.config.roleChaining ? assumeChained : assumeWithWebIdentity;
    return route(ctx, sts);
}
async function verify(ctx, sts, assumed) {
    const { core, config } = ctx;
    ctx.enterStage('verify');
    const identity = await ctx.retry('GetCallerIdentity', stsAttemptMs(ctx.timing), () => sts.getCallerIdentity(assumed.credentials), { atMs: assumed.credentials.expiration.getTime(), name: 'the new credentials' });
    core.debug(`GetCallerIdentity request id: ${identity.requestId ?? '(none)'}`);
    if (config.maskAccountId)
        core.setSecret(identity.account);
    checkIdentity(identity, config);
    const evaluation = ctx.learned.evaluation;
    if (evaluation?.decision === 'implicit-deny' || evaluation?.decision === 'explicit-deny') {
        core.warning("STS allowed this token although the trust-policy input denies it: that file differs from the role's actual trust policy.", { title: 'trust policy' });
    }
    return identity;
}
async function finish(ctx, end) {
    ctx.endStage('done');
    await writeSummary(ctx.core, ctx.env, { ...ctx.summaryFacts(), ...end });
}
function stsClient(ctx, configured) {
    const { config, core } = ctx;
    const endpoint = async () => {
        const e = await (0,sts_endpoint/* resolveStsEndpoint */.MX)(config.region, configured, config, ctx.env, ctx.deps.withProcessVariables);
        ctx.network = { stsEndpoint: e.url, proxy: e.proxy };
        core.debug(`STS endpoint: ${(0,sts_endpoint/* describeEndpoint */.N2)(e)}`);
        if (e.proxy)
            core.info(`STS calls go through the proxy ${e.proxy}`);
        return e.url;
    };
    return ctx.deps.createSts({
        region: config.region,
        endpoint,
        connectionTimeoutMs: ctx.timing.connectionMs,
        requestTimeoutMs: ctx.timing.requestMs,
        proxy: config,
        env: ctx.env,
        withProcessVariables: ctx.deps.withProcessVariables,
        userAgent: (0,user_agent/* userAgent */.N)(ctx.env)
    });
}
function maskAccounts(failure, core) {
    const d = failure.details;
    const text = [failure.message, ...(d.evidence ?? []), ...(d.snippets ?? []).map((x) => x.body)].join('\n');
    for (const account of new Set(text.match(/(?<!\d)\d{12}(?!\d)/g) ?? []))
        core.setSecret(account);
}
function budgetCapsAttempts(config, timing) {
    const fit = Math.floor(timing.networkBudgetMs / stsAttemptMs(timing));
    if (config.retryMaxAttempts <= fit)
        return undefined;
    return `retry-max-attempts is ${config.retryMaxAttempts}, but no retry starts that could not end within the ${timing.networkBudgetMs / 1000} s network time budget: at most ${fit} attempts of a stalled STS call fit in it.`;
}
function stepTimedOut(config, stage, timing) {
    const seconds = config.actionTimeoutMs / 1000;
    return new failure/* Failure */.HR('network-error', `The step did not finish within action-timeout-s (${seconds} s); it was in the ${stage} stage.`, {
        stage,
        evidence: [
            `action-timeout-s: ${seconds}`,
            `retry-max-attempts: ${config.retryMaxAttempts}; each call may take up to ${stsAttemptMs(timing) / 1000} s`
        ],
        fix: [
            'raise action-timeout-s if the endpoints are slow but working',
            'look at the retry lines above: a stalled endpoint needs its network path fixed, not more time'
        ],
        retryable: false
    });
}

// EXTERNAL MODULE: ./src/sts/client.ts + 1 modules
var client = __webpack_require__(8761);
// EXTERNAL MODULE: ./src/process-variables.ts
var process_variables = __webpack_require__(6906);
;// CONCATENATED MODULE: ./src/action.ts








async function runContext() {
    const { context } = await __webpack_require__.e(/* import() */ 481).then(__webpack_require__.bind(__webpack_require__, 481));
    const pr = context.payload.pull_request;
    return {
        eventName: context.eventName ?? '',
        actor: context.actor ?? '',
        repository: process.env.GITHUB_REPOSITORY ?? '',
        job: context.job,
        workflowRef: process.env.GITHUB_WORKFLOW_REF,
        pullRequest: pr
            ? { head: pr.head?.repo?.full_name ?? '', base: pr.base?.repo?.full_name ?? '', number: pr.number }
            : undefined
    };
}
function defaultDeps() {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    return {
        core: core,
        env: process.env,
        context: runContext,
        inputs: {
            readFile: files/* readBoundedFile */.Mv,
            resolvePath: (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(workspace, p))
        },
        createSts: client/* createStsApi */.B,
        withProcessVariables: process_variables/* withProcessVariables */.N,
        now: () => Date.now(),
        sleep: (ms) => (0,promises_.setTimeout)(ms),
        random: Math.random,
        fail: () => {
            process.exitCode = 1;
        }
    };
}
const LINGER_MS = 1000;
async function action_run(deps = defaultDeps()) {
    const end = await run(deps);
    if (end.abandoned)
        await exitAfterDrain();
    else
        setTimeout(() => void exitAfterDrain(), LINGER_MS).unref();
}


/***/ }),

/***/ 4555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ getExecOutput)
/* harmony export */ });
/* unused harmony export exec */
function notBundled(commandLine) {
    return new Error(`@actions/exec is not bundled with this action: it cannot run ${JSON.stringify(commandLine)} ` +
        '(core.platform.getDetails() is unavailable; see src/bundle/exec.ts)');
}
async function exec(commandLine, _args, _options) {
    throw notBundled(commandLine);
}
async function getExecOutput(commandLine, _args, _options) {
    throw notBundled(commandLine);
}


/***/ }),

/***/ 2028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ HttpClient)
/* harmony export */ });
/* harmony import */ var _load_http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7091);

class HttpClient {
    args;
    real;
    constructor(...args) {
        this.args = args;
    }
    async getJson(requestUrl, additionalHeaders) {
        return (await this.client()).getJson(requestUrl, additionalHeaders);
    }
    client() {
        this.real ??= (0,_load_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .loadHttpClient */ .w)().then(({ HttpClient: Real }) => new Real(...this.args));
        return this.real;
    }
}


/***/ }),

/***/ 3380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CODES),
/* harmony export */   r: () => (/* binding */ RETRYABLE)
/* harmony export */ });
const CODES = [
    'invalid-input',
    'not-a-runner',
    'missing-id-token-permission',
    'fork-pull-request',
    'id-token-request-failed',
    'invalid-token',
    'oidc-provider-not-found',
    'audience-mismatch',
    'trust-policy-denied',
    'source-credentials-missing',
    'source-credentials-long-lived',
    'source-profile-unsupported',
    'source-credentials-expired',
    'source-credentials-invalid',
    'assume-role-denied',
    'tag-session-denied',
    'token-expired',
    'idp-communication-error',
    'session-duration-exceeded',
    'session-policy-invalid',
    'region-disabled',
    'throttled',
    'network-error',
    'sts-response-invalid',
    'identity-mismatch',
    'account-not-allowed',
    'clock-skew',
    'unknown'
];
const RETRYABLE = new Set([
    'id-token-request-failed',
    'idp-communication-error',
    'throttled',
    'network-error'
]);


/***/ }),

/***/ 3452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ CLEANUP_STATE),
/* harmony export */   Vk: () => (/* binding */ decodeCleanup),
/* harmony export */   zp: () => (/* binding */ encodeCleanup)
/* harmony export */ });
const CLEANUP_STATE = 'cleanup';
function encodeCleanup(c) {
    return JSON.stringify(c);
}
function decodeCleanup(raw) {
    const empty = { variables: [], sections: [] };
    if (raw === '')
        return empty;
    try {
        const c = JSON.parse(raw);
        const variables = Array.isArray(c.variables) ? c.variables.filter((v) => /^[A-Z_][A-Z0-9_]*$/.test(String(v))) : [];
        const sections = Array.isArray(c.sections)
            ? c.sections.filter((s) => typeof s?.file === 'string' && typeof s.header === 'string' && typeof s.digest === 'string')
            : [];
        const files = Array.isArray(c.files) ? c.files.filter((f) => typeof f === 'string' && f.startsWith('/')) : [];
        return { variables, sections, files };
    }
    catch {
        return empty;
    }
}


/***/ }),

/***/ 4086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* unused harmony export OUTPUTS */
const OUTPUTS = [
    { name: 'aws-account-id', description: 'The account id of the verified credentials (from GetCallerIdentity).' },
    {
        name: 'authenticated-arn',
        description: 'The assumed-role ARN of the verified credentials (from GetCallerIdentity).'
    },
    { name: 'subject', description: "The ID token's sub claim." },
    { name: 'diagnosis', description: 'Empty on success; the diagnosis code on failure.' },
    { name: 'aws-access-key-id', description: 'With output-credentials: the access key id.' },
    { name: 'aws-secret-access-key', description: 'With output-credentials: the secret access key.' },
    { name: 'aws-session-token', description: 'With output-credentials: the session token.' },
    { name: 'aws-expiration', description: 'With output-credentials: when the credentials expire (ISO 8601).' }
];
function setOutputs(core, values) {
    for (const [name, value] of Object.entries(values))
        if (value !== undefined)
            core.setOutput(name, value);
}


/***/ }),

/***/ 6516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ CREDENTIAL_VARIABLES)
/* harmony export */ });
const CREDENTIAL_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];


/***/ })

};
;