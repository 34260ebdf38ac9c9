"use strict";
exports.id = 935;
exports.ids = [935];
exports.modules = {

/***/ 1474:
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
// How the action's process ends. Normally on its own: once nothing is pending, Node exits after
// stdout and stderr have reached the runner's pipe. process.exit() would drop what is still
// queued (masks, the ::error annotation, the diagnosis), so it is used only when a stalled
// request has been abandoned and would otherwise keep the process alive.
/** Resolves once everything written so far to `stream` has been handed to the operating system. */
function drained(stream) {
    return new Promise((resolve) => {
        stream.write('', () => resolve());
    });
}
/** Ends the process after stdout and stderr have drained; process.exitCode is kept. */
async function exitAfterDrain() {
    await Promise.all([drained(process.stdout), drained(process.stderr)]);
    process.exit();
}

// EXTERNAL MODULE: ./src/inputs/files.ts
var files = __webpack_require__(3622);
;// CONCATENATED MODULE: ./src/sinks/env.ts
/** Called as soon as STS answers: nothing may print a credential before the runner masks it. */
function maskCredentials(c, core) {
    core.setSecret(c.accessKeyId);
    core.setSecret(c.secretAccessKey);
    core.setSecret(c.sessionToken);
}
/** Returns the names of the variables it exported, for the post step to blank. */
function exportCredentials(c, id, sub, config, core) {
    const exported = [];
    const exportVariable = (name, value) => {
        core.exportVariable(name, value);
        exported.push(name);
    };
    if (config.outputEnvCredentials) {
        exportVariable('AWS_ACCESS_KEY_ID', c.accessKeyId);
        exportVariable('AWS_SECRET_ACCESS_KEY', c.secretAccessKey);
        exportVariable('AWS_SESSION_TOKEN', c.sessionToken);
        exportVariable('AWS_REGION', config.region);
        exportVariable('AWS_DEFAULT_REGION', config.region);
        // as the incumbent does: with both, later steps may also name the profile
        if (config.awsProfile)
            exportVariable('AWS_PROFILE', config.awsProfile);
    }
    core.setOutput('aws-account-id', id.account);
    core.setOutput('authenticated-arn', id.arn);
    core.setOutput('subject', sub);
    core.setOutput('diagnosis', '');
    if (config.outputCredentials) {
        core.setOutput('aws-access-key-id', c.accessKeyId);
        core.setOutput('aws-secret-access-key', c.secretAccessKey);
        core.setOutput('aws-session-token', c.sessionToken);
        core.setOutput('aws-expiration', c.expiration.toISOString());
    }
    return exported;
}
/** The credential variables a later step's AWS CLI or SDK would pick up. */
const CREDENTIAL_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];
/** unset-current-credentials: blank them for later steps (and this process), whatever happens next. */
function unsetCredentials(core) {
    for (const name of CREDENTIAL_VARIABLES)
        core.exportVariable(name, '');
    core.info(`unset-current-credentials: ${CREDENTIAL_VARIABLES.join(', ')} are blank for later steps.`);
}

// EXTERNAL MODULE: ./src/diagnosis/catalogue.ts
var catalogue = __webpack_require__(5752);
;// CONCATENATED MODULE: ./src/pipeline/retry.ts
// Deterministic failures are never retried. Throttling is retried for as long as the time budget
// allows, with randomized waits, so a matrix spreads itself out; other transient failures a
// bounded number of times.

function isRetryable(f) {
    return f.details.retryable ?? catalogue/* CATALOGUE */.y[f.code].retryable;
}
/** Equal jitter: waits between half and all of the exponential step, so a flapping service gets a pause. */
function backoffMs(attempt, b, random) {
    const step = Math.min(b.capMs, b.baseMs * 2 ** (attempt - 1));
    return Math.round(step / 2 + (random() * step) / 2);
}
/** Full jitter: anywhere up to the exponential step, which spreads jobs that were throttled together. */
function fullJitterMs(throttles, b, random) {
    return Math.round(random() * Math.min(b.capMs, b.baseMs * 2 ** (throttles - 1)));
}
/** Runs `work` until it succeeds, fails deterministically, or the policy says to stop. */
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
function describeAttempts(calls) {
    return calls
        .map((c) => {
        const waited = `waited ${(c.waitedMs / 1000).toFixed(1)} s`;
        const extra = c.throttled > 0 ? ` (${c.throttled} throttled, ${waited})` : ` (${waited})`;
        return `${c.call}: ${c.attempts}${c.attempts > 1 ? extra : ''}`;
    })
        .join(', ');
}

// EXTERNAL MODULE: ./src/output/escape.ts
var output_escape = __webpack_require__(8078);
;// CONCATENATED MODULE: ./src/sinks/summary.ts



function heading(s) {
    if (s.result === 'success')
        return '✅ AWS credentials verified';
    if (s.result === 'dry-run')
        return '🧪 Dry run: no AWS call made';
    return `❌ AWS credentials not issued: \`${s.failure?.code}\``;
}
/** `failureSection`: the failure's details (diagnosis/summary-details.ts), rendered by the caller. */
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
        rows.push(['diagnosis', `\`${s.failure.code}\` ${md(catalogue/* CATALOGUE */.y[s.failure.code].title)}`], ['cause', md(s.failure.message)]);
        if (s.failure.details.stage)
            rows.push(['stage', s.failure.details.stage]);
    }
    const out = [`### ${head}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
    out.push(...failureSection);
    if (s.claims?.length) {
        out.push('<details><summary>ID token claims (the token itself is never shown)</summary>', '', '| claim | value |', '|---|---|');
        // Code spans: a claim's URL, e-mail address or @mention must not become a link in the summary.
        out.push(...s.claims.map((c) => `| ${(0,output_escape/* markdownCode */.D9)(c.name)} | ${(0,output_escape/* markdownCode */.D9)(c.value)} |`), '', '</details>', '');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/pipeline/context.ts


// Loaded on the first error: a run that succeeds never compiles the diagnosis code. (The optional
// paths, role chaining, a profile, existing credentials and a trust-policy check, likewise load
// their own modules only when taken.)
const diagnosis = () => Promise.all(/* import() */[__webpack_require__.e(885), __webpack_require__.e(843)]).then(__webpack_require__.bind(__webpack_require__, 6843));
/** Classifies an error of this run; the retry loop asks it whether another attempt is worth it. */
const classifyIn = (state) => async (e) => (await diagnosis()).classify(e, state);
/** Ends the current stage (its step-debug line) and starts `stage`. */
function enterStage(deps, state, stage) {
    debugStageEnd(deps, state, 'done');
    state.stage = stage;
    state.stageStartMs = deps.now();
}
/** The longest one STS call can take. */
function stsAttemptMs(timing) {
    return timing.connectionMs + timing.requestMs;
}
function retryPolicy(config, deps, state, what, attemptMs, validUntil) {
    const { timing, startMs } = state;
    const network = { atMs: startMs + timing.networkBudgetMs, name: 'the network time budget' };
    // Throttling is expected under load: it may use the whole step (action-timeout-s) to get through.
    const step = config.actionTimeoutMs > 0 ? { atMs: startMs + config.actionTimeoutMs, name: 'action-timeout-s' } : network;
    const tally = { call: what, attempts: 0, throttled: 0, waitedMs: 0 };
    state.attempts.push(tally);
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
            deps.core.info(throttled
                ? `↻ ${what} throttled (attempt ${attempt}); ${wait}`
                : `↻ ${what}: attempt ${counted} of ${config.retryMaxAttempts} failed (${f.code}: ${(0,output_escape/* logSafe */.sN)(f.message)}); ${wait}`);
            const budget = throttled ? step : network;
            deps.core.debug(`retry decision: ${what} attempt ${attempt} failed with ${f.code}${f.details.requestId ? ` (request id ${f.details.requestId})` : ''}, which is transient; another attempt fits, ${budget.atMs - deps.now()} ms of ${budget.name} left`);
        }
    };
}
/** Step debug (ACTIONS_STEP_DEBUG): how long the current stage took, and how it ended. */
function debugStageEnd(deps, state, how) {
    deps.core.debug(`stage ${state.stage} ${(0,output_escape/* logSafe */.sN)(how)} after ${deps.now() - state.stageStartMs} ms`);
}
/** An endpoint without its query string (the ID-token URL carries run-specific parameters). */
function endpointForLog(url) {
    if (!url)
        return '(not set)';
    try {
        const u = new URL(url);
        return (0,output_escape/* logSafe */.sN)(`${u.origin}${u.pathname}`);
    }
    catch {
        return '(not a URL)';
    }
}
async function writeSummary(deps, facts, failureSection) {
    if (!deps.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await deps.core.summary.addRaw(summaryMarkdown(facts, failureSection), true).write();
    }
    catch (e) {
        deps.core.warning(`Could not write the job summary: ${(0,output_escape/* logSafe */.sN)(e.message)}`);
    }
}

;// CONCATENATED MODULE: ./src/source/chained.ts
// Source and assume for role chaining: the environment's temporary credentials -> sts:AssumeRole.



/** Source: the environment's temporary credentials; assume: sts:AssumeRole signed with them (not in a dry run). Never OIDC. */
async function assumeChained(config, network, deps, state, facts, sts) {
    const { core } = deps;
    state.stage = 'source';
    const { readSourceCredentials } = await __webpack_require__.e(/* import() */ 880).then(__webpack_require__.bind(__webpack_require__, 9880));
    const { chainParams } = await __webpack_require__.e(/* import() */ 908).then(__webpack_require__.bind(__webpack_require__, 4908));
    const source = await readSourceCredentials(deps.env, core, deps.now());
    core.info(`role-chaining: chaining from the temporary credentials in ${source.from}; no ID token is requested.`);
    state.stage = 'assume';
    if (network.proxy)
        core.info(`STS calls go through the proxy ${network.proxy}`);
    const params = chainParams(config, source, deps.env, core);
    if (config.dryRun) {
        core.info(`Dry run: sts:AssumeRole for ${config.role.arn} is not called and nothing is exported.`);
        await writeSummary(deps, { ...facts, result: 'dry-run' });
        return undefined;
    }
    const assumed = await withRetry(() => sts.assumeRole(params), classifyIn(state), retryPolicy(config, deps, state, 'AssumeRole', stsAttemptMs(state.timing), source.expiration && { atMs: source.expiration.getTime(), name: 'the source credentials' }));
    maskCredentials(assumed.credentials, core);
    core.debug(`AssumeRole request id: ${assumed.requestId ?? '(none)'}`);
    return { assumed, sub: '' };
}

// EXTERNAL MODULE: ./src/github/token-claims.ts + 6 modules
var token_claims = __webpack_require__(3551);
// EXTERNAL MODULE: ./src/failure/failure.ts
var failure = __webpack_require__(4592);
;// CONCATENATED MODULE: ./src/pipeline/timeout.ts
class TimeoutError extends Error {
    code = 'ETIMEDOUT';
    constructor(what, ms) {
        super(`${what} did not answer within ${Math.round(ms / 1000)} s`);
        this.name = 'TimeoutError';
    }
}
/** Rejects with `timedOut()` when `work` has not settled after `ms`; the work itself is not stopped. */
function withTimeout(work, ms, timedOut) {
    let timer;
    const limit = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(timedOut()), ms);
        timer.unref();
    });
    return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
/** The defaults, documented in the README: a stalled endpoint ends as network-error well within 60 s. */
const DEFAULT_TIMING = {
    connectionMs: 5000,
    requestMs: 15000,
    idTokenMs: 15000,
    networkBudgetMs: 60_000,
    backoff: { baseMs: 1000, capMs: 8000 },
    throttleBackoff: { baseMs: 3000, capMs: 16_000 }
};

;// CONCATENATED MODULE: ./src/source/token.ts
// Stage 2: the web identity token — from GitHub's ID-token endpoint or a file.


async function obtainToken(audience, fromFile, deps) {
    if (fromFile)
        return { token: fromFile.token, from: 'file' };
    const missing = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'].filter((v) => !deps.env[v]);
    if (missing.length > 0) {
        if (deps.env.GITHUB_ACTIONS !== 'true')
            throw notARunner(missing, deps.env.GITHUB_ACTIONS);
        throw noTokenFailure(missing, await deps.context());
    }
    const token = await withTimeout(deps.getIDToken(audience), deps.timeoutMs, () => new TimeoutError('the GitHub ID-token request', deps.timeoutMs));
    return { token, from: 'github' };
}
/** Outside a runner no workflow is to blame: say where the action runs and how to run it here. */
function notARunner(missing, githubActions) {
    return new failure/* Failure */.HR('not-a-runner', 'This is not a GitHub Actions runner, so there is no ID token to request.', {
        stage: 'token',
        evidence: [
            `GITHUB_ACTIONS is ${describeValue(githubActions)} (a runner sets it to 'true')`,
            `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set`
        ],
        // Whoever runs the action off a runner is most likely trying it locally: that fix comes first.
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
/** Without the request env a fork PR and a missing permission look alike: the event tells them apart. */
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
// Source and assume for OIDC: the GitHub ID token (or the token file) -> its claims, printed
// redacted -> AssumeRoleWithWebIdentity.






/** A token this close to its exp is requested afresh before a retry (longer than any one wait). */
const TOKEN_REFRESH_MARGIN_S = 60;
/** Source: the GitHub ID token or the token file; assume: AssumeRoleWithWebIdentity. Undefined for a dry run. */
async function assumeWithWebIdentity(config, network, deps, state, facts, sts) {
    const { core } = deps;
    enterStage(deps, state, 'token');
    core.debug(`ID-token endpoint: ${endpointForLog(deps.env.ACTIONS_ID_TOKEN_REQUEST_URL)}`);
    const requestToken = () => obtainToken(config.audience, config.tokenFromFile, {
        env: deps.env,
        context: deps.context,
        getIDToken: (aud) => core.getIDToken(aud),
        timeoutMs: state.timing.idTokenMs
    }).then((t) => t.token);
    let token = await withRetry(() => requestToken(), classifyIn(state), retryPolicy(config, deps, state, 'ID token request', state.timing.idTokenMs));
    const from = config.tokenFromFile ? 'file' : 'github';
    // getIDToken masks what it fetches; a token read from a file is just as much a credential.
    if (from === 'file')
        core.setSecret(token);
    core.info(from === 'file'
        ? `Read the web identity token from ${(0,output_escape/* logSafe */.sN)(config.tokenFromFile?.path ?? '')}`
        : `Got the GitHub ID token for audience ${(0,output_escape/* logSafe */.sN)(config.audience)}`);
    enterStage(deps, state, 'claims');
    const decoded = (0,token_claims/* decodeToken */.oL)(token, from);
    state.decoded = decoded;
    state.claims = decoded.claims;
    const sub = typeof decoded.claims.sub === 'string' ? decoded.claims.sub : '';
    const rows = (0,token_claims/* claimRows */.YA)(decoded, config.redactClaims, deps.now());
    if (config.printClaims) {
        facts.claims = rows;
        core.startGroup(`ID token claims (sub: ${config.redactClaims.includes('sub') ? '***' : (0,output_escape/* logSafe */.sN)(sub)}) — the token itself is never printed`);
        for (const line of (0,token_claims/* formatClaimTable */.eZ)(rows))
            core.info(line);
        core.info((0,token_claims/* claimsJsonLine */.uG)(decoded.claims, config.redactClaims));
        core.endGroup();
    }
    const trustCheck = config.trustPolicy || config.dryRun ? await Promise.all(/* import() */[__webpack_require__.e(885), __webpack_require__.e(966)]).then(__webpack_require__.bind(__webpack_require__, 7966)) : undefined;
    if (config.trustPolicy)
        state.evaluation = trustCheck?.printLocalEvaluation(config, decoded.claims, core);
    if (config.dryRun) {
        trustCheck?.printDryRun(config, decoded.claims, core);
        await writeSummary(deps, { ...facts, result: 'dry-run' });
        return undefined;
    }
    enterStage(deps, state, 'assume');
    if (network.proxy)
        core.info(`STS calls go through the proxy ${network.proxy}`);
    let current = decoded;
    const assumed = await withRetry(async (attempt) => {
        if (attempt > 1 && from === 'github' && expiresWithin(current, deps.now(), TOKEN_REFRESH_MARGIN_S)) {
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
    }, classifyIn(state), retryPolicy(config, deps, state, 'AssumeRoleWithWebIdentity', stsAttemptMs(state.timing), fileTokenExpiry(decoded, from)));
    maskCredentials(assumed.credentials, core);
    core.debug(`AssumeRoleWithWebIdentity request id: ${assumed.requestId ?? '(none)'}`);
    return { assumed, sub };
}
function expiresWithin(decoded, nowMs, marginS) {
    const exp = Number(decoded.claims.exp);
    return Number.isFinite(exp) && exp - nowMs / 1000 < marginS;
}
/** A token read from a file cannot be renewed: no retry is worth starting once it has expired. */
function fileTokenExpiry(decoded, from) {
    const exp = Number(decoded.claims.exp);
    if (from !== 'file' || !Number.isFinite(exp))
        return undefined;
    return { atMs: exp * 1000, name: 'the token from web-identity-token-file' };
}

// EXTERNAL MODULE: ./src/sinks/cleanup-state.ts
var cleanup_state = __webpack_require__(3452);
// EXTERNAL MODULE: ./src/inputs/index.ts + 3 modules
var inputs = __webpack_require__(5591);
;// CONCATENATED MODULE: ./src/output/log-guard.ts

const log_guard_text = (m) => (0,output_escape/* linesSafe */.Lb)(typeof m === 'string' ? m : m.toString());
function safeProperties(p) {
    if (!p)
        return p;
    return { ...p, title: p.title === undefined ? undefined : (0,output_escape/* logSafe */.sN)(p.title) };
}
/** The same CoreApi, with every message, group title and annotation title made log-safe (idempotently). */
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

;// CONCATENATED MODULE: ./src/pipeline/pinning.ts
// Supply-chain reviews ask for actions pinned by full commit SHA: a tag or branch can be moved to
// other code after the review. The runner tells the action how the workflow referenced it.

const FULL_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
/** One short warning when the step uses this action by a tag or branch; nothing for a SHA or a local path. */
function unpinnedRefWarning(env) {
    const ref = env.GITHUB_ACTION_REF;
    const repo = env.GITHUB_ACTION_REPOSITORY;
    if (!ref || !repo || FULL_SHA.test(ref))
        return undefined;
    const [name, at] = [(0,output_escape/* logSafe */.sN)(repo), (0,output_escape/* logSafe */.sN)(ref)];
    return (`This step uses ${name}@${at}, a tag or branch that can move. ` +
        `Pin the full commit SHA (uses: ${name}@<40-hex sha> # ${at}) so a review of this workflow stays valid.`);
}

;// CONCATENATED MODULE: ./src/pipeline/special-characters.ts

/** 30 sessions leave about one run in 20000 without an alphanumeric secret. */
const MAX_SESSIONS = 30;
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
/** `sts` whose assume asks again (bounded) until the secret key is alphanumeric, when `enabled`. */
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
        // a session set aside is still a valid credential: masked like the one that is kept
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

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var lib_proxy = __webpack_require__(9783);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(3053);
// EXTERNAL MODULE: ./src/bundle/load-http-client.ts
var load_http_client = __webpack_require__(7091);
;// CONCATENATED MODULE: ./src/sts.ts



/** The proxy (without credentials) that calls to `url` go through, if any. */
function proxyFor(url, inputs) {
    const proxy = withProxyInputs(inputs, () => (0,lib_proxy/* getProxyUrl */.s)(new URL(url)));
    return proxy ? `${proxy.protocol}//${proxy.host}` : undefined;
}
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
const NO_PROXY_VARIABLES = ['no_proxy', 'NO_PROXY'];
/**
 * Runs `decide` with the proxy inputs in place of the proxy variables, so the runner's HTTP client
 * applies its own rules (NO_PROXY, loopback) to them. Synchronous: nothing else runs meanwhile.
 */
function withProxyInputs(inputs, decide) {
    const replaced = [
        ...(inputs?.httpProxy ? PROXY_VARIABLES.map((name) => [name, inputs.httpProxy]) : []),
        ...(inputs?.noProxy ? NO_PROXY_VARIABLES.map((name) => [name, inputs.noProxy]) : [])
    ];
    const saved = replaced.map(([name]) => [name, process.env[name]]);
    try {
        for (const [name, value] of replaced)
            process.env[name] = value;
        return decide();
    }
    finally {
        for (const [name, value] of saved) {
            if (value === undefined)
                delete process.env[name];
            else
                process.env[name] = value;
        }
    }
}
const USER_AGENT = 'aws-oidc-credentials';
/**
 * A tunnelling agent for `url`. The SDK only takes an agent it can destroy (else it builds its
 * own and the proxy is silently skipped), so the tunnel gets a destroy that closes its sockets.
 */
async function proxyAgent(url, inputs) {
    const { HttpClient } = await (0,load_http_client/* loadHttpClient */.w)();
    const agent = withProxyInputs(inputs, () => new HttpClient(USER_AGENT).getAgent(url));
    if (typeof agent.destroy !== 'function') {
        agent.destroy = () => {
            if (Array.isArray(agent.sockets))
                for (const socket of agent.sockets)
                    socket.destroy();
        };
    }
    return agent;
}
// Loaded on first use: a step refused at its inputs never pays for compiling the SDK.
const loadSdk = () => Promise.all(/* import() */[__webpack_require__.e(865), __webpack_require__.e(660)]).then(__webpack_require__.bind(__webpack_require__, 1091));
const REQUEST_START = 'http.client.request.start';
/**
 * Compiles the SDK while this step's first HTTP request (the ID token's) waits for its answer,
 * which takes 50–300 ms on a runner: compiling blocks the thread, so it starts only once the
 * request has been written ('finish'), and never delays the request itself. Later calls of
 * loadSdk find it loaded. When the first request is an STS call, the SDK is already there.
 */
function loadSdkOnceRequestSent() {
    const onStart = (message) => {
        (0,external_node_diagnostics_channel_.unsubscribe)(REQUEST_START, onStart);
        const { request } = message;
        request.once('finish', () => setImmediate(() => void loadSdk().catch(() => undefined)));
    };
    (0,external_node_diagnostics_channel_.subscribe)(REQUEST_START, onStart);
}
async function httpHandler(s) {
    const { NodeHttpHandler } = await loadSdk();
    // The SDK ignores proxy variables; the runner's own HTTP client knows them (and NO_PROXY).
    const agent = proxyFor(s.resolvedEndpoint, s.proxy) ? await proxyAgent(s.resolvedEndpoint, s.proxy) : undefined;
    return new NodeHttpHandler({
        connectionTimeout: s.connectionTimeoutMs,
        requestTimeout: s.requestTimeoutMs,
        throwOnRequestTimeout: true,
        ...(agent ? { httpAgent: agent, httpsAgent: agent } : {})
    });
}
function clientConfig(s, requestHandler) {
    return {
        region: s.region,
        ...(s.endpoint ? { endpoint: s.endpoint } : {}),
        // Retries are ours (logged, classified); the SDK makes one attempt.
        maxAttempts: 1,
        customUserAgent: s.userAgent ?? USER_AGENT,
        requestHandler
    };
}
function createStsApi(settings) {
    loadSdkOnceRequestSent();
    // One handler for every call of the step: its kept-alive connection spares the later calls a
    // new TCP and TLS handshake. Clients are therefore never destroyed (that would close it); the
    // agent unrefs idle sockets, so they never keep the process alive.
    let handler;
    const client = async (credentials) => {
        const { STSClient } = await loadSdk();
        handler ??= httpHandler(settings);
        const config = clientConfig(settings, await handler);
        return new STSClient(credentials ? { ...config, credentials } : config);
    };
    // AssumeRoleWithWebIdentity's client also verifies what it returns: that call is unsigned, so
    // the new keys are the first credentials the client resolves. The SDK keeps the first ones it
    // resolves, so any other signer gets a client of its own.
    let webIdentity;
    const webIdentityClient = () => {
        webIdentity ??= {
            client: client(async () => {
                if (!webIdentity?.verifyWith)
                    throw new Error('no credentials to sign with yet');
                return signingOnly(webIdentity.verifyWith);
            })
        };
        return webIdentity.client;
    };
    const signingClient = (credentials) => {
        if (webIdentity && (webIdentity.verifyWith ?? credentials) === credentials) {
            webIdentity.verifyWith = credentials;
            return webIdentity.client;
        }
        return client(signingOnly(credentials));
    };
    return {
        async assumeRoleWithWebIdentity(p) {
            const { AssumeRoleWithWebIdentityCommand } = await loadSdk();
            // The call is unsigned (the token is the credential): no ambient credentials are read.
            const out = await (await webIdentityClient()).send(new AssumeRoleWithWebIdentityCommand({
                RoleArn: p.roleArn,
                RoleSessionName: p.roleSessionName,
                WebIdentityToken: p.webIdentityToken,
                DurationSeconds: p.durationSeconds,
                Policy: p.policy,
                PolicyArns: p.policyArns.length > 0 ? p.policyArns.map((arn) => ({ arn })) : undefined
            }));
            return {
                credentials: complete(out.Credentials),
                assumedRoleArn: out.AssumedRoleUser?.Arn,
                provider: out.Provider,
                audience: out.Audience,
                subject: out.SubjectFromWebIdentityToken,
                requestId: out.$metadata.requestId
            };
        },
        async assumeRole(p) {
            const { AssumeRoleCommand } = await loadSdk();
            // Signed with the source credentials, passed explicitly: never the ambient chain.
            const out = await (await client(signingOnly(p.source))).send(new AssumeRoleCommand({
                RoleArn: p.roleArn,
                RoleSessionName: p.roleSessionName,
                DurationSeconds: p.durationSeconds,
                ExternalId: p.externalId,
                Tags: p.tags.length > 0 ? p.tags.map((t) => ({ Key: t.key, Value: t.value })) : undefined,
                TransitiveTagKeys: p.transitiveTagKeys.length > 0 ? p.transitiveTagKeys : undefined,
                Policy: p.policy,
                PolicyArns: p.policyArns.length > 0 ? p.policyArns.map((arn) => ({ arn })) : undefined
            }));
            return {
                credentials: complete(out.Credentials),
                assumedRoleArn: out.AssumedRoleUser?.Arn,
                requestId: out.$metadata.requestId
            };
        },
        async getCallerIdentity(credentials) {
            const { GetCallerIdentityCommand } = await loadSdk();
            // Signed with the new keys, passed explicitly: never the ambient credential chain.
            const out = await (await signingClient(credentials)).send(new GetCallerIdentityCommand({}));
            return {
                account: out.Account ?? '',
                arn: out.Arn ?? '',
                userId: out.UserId ?? '',
                requestId: out.$metadata.requestId
            };
        }
    };
}
function complete(c) {
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
        throw Object.assign(new Error('STS answered without complete credentials'), { name: 'IncompleteCredentials' });
    }
    return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: c.Expiration
    };
}
/** Only the fields that sign: the SDK must not read an expiry or anything else into them. */
function signingOnly(c) {
    return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken };
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"UU":"aws-oidc-credentials","rE":"1.0.0"}');
;// CONCATENATED MODULE: ./src/user-agent.ts
// The STS calls' user agent: CloudTrail records it, so each call names this action, its version
// and the GitHub run (and attempt) that made it.

function userAgent(env) {
    const pairs = [[package_namespaceObject.UU, package_namespaceObject.rE]];
    // Only values of the runner's own form: anything else is left out rather than escaped.
    if (/^\d{1,20}$/.test(env.GITHUB_RUN_ID ?? ''))
        pairs.push(['md/run-id', env.GITHUB_RUN_ID]);
    if (/^\d{1,10}$/.test(env.GITHUB_RUN_ATTEMPT ?? ''))
        pairs.push(['md/run-attempt', env.GITHUB_RUN_ATTEMPT]);
    return pairs;
}

;// CONCATENATED MODULE: ./src/verify.ts
// Stage 5: the new credentials must be the role that was asked for, in an allowed account.

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

;// CONCATENATED MODULE: ./src/pipeline/run.ts
// The pipeline: inputs -> source (token -> claims, or the environment's credentials for role
// chaining) -> assume -> verify -> sinks (env, profile, outputs); errors -> classify -> report.
















// The profile module loads only when aws-profile is set.
const profiles = () => __webpack_require__.e(/* import() */ 400).then(__webpack_require__.bind(__webpack_require__, 2400));
async function run(given) {
    // Whatever a stage prints goes through the log guard: no line can run a workflow command.
    const deps = { ...given, core: guardedCore(given.core) };
    const startMs = deps.now();
    const timing = deps.timing ?? DEFAULT_TIMING;
    const state = { stage: 'inputs', nowMs: startMs, startMs, timing, attempts: [], stageStartMs: startMs };
    const facts = { result: 'failure', attempts: state.attempts };
    try {
        const pinning = unpinnedRefWarning(deps.env);
        if (pinning)
            deps.core.warning(pinning, { title: 'pin this action' });
        const config = (0,inputs/* parseInputs */.TL)({ ...deps.inputs, get: (n) => deps.core.getInput(n), env: deps.env });
        state.config = config;
        const capped = budgetCapsAttempts(config, timing);
        if (capped)
            deps.core.info(capped);
        const stsEndpoint = resolvedStsEndpoint(config, deps.env);
        const network = { stsEndpoint, proxy: proxyFor(stsEndpoint, config) };
        state.network = network;
        if (config.unsetCurrentCredentials)
            unsetCredentials(deps.core);
        if (config.maskAccountId)
            deps.core.setSecret(config.role.account);
        if (config.awsProfile) {
            const { checkProfileWritable, profilePaths } = await profiles();
            checkProfileWritable(config.awsProfile, config.overwriteAwsProfile, profilePaths(deps.env));
        }
        facts.role = config.role.arn;
        facts.session = config.roleSessionName;
        const work = pipeline(config, network, deps, state, facts);
        // action-timeout-s: 0 lifts the step's limit; every network call keeps its own.
        if (config.actionTimeoutMs === 0)
            await work;
        else
            await withTimeout(work, config.actionTimeoutMs, () => {
                state.abandoned = true;
                return stepTimedOut(config, state.stage, timing);
            });
    }
    catch (e) {
        const { classify, report, failureMarkdown } = await diagnosis();
        const failure = classify(e, { ...state, nowMs: deps.now() });
        debugStageEnd(deps, state, `failed: ${failure.code}${failure.details.requestId ? `, request id ${failure.details.requestId}` : ''}`);
        report(failure, deps.core, deps.env);
        await writeSummary(deps, { ...facts, result: 'failure', failure }, failureMarkdown(failure));
        deps.fail();
    }
    return { abandoned: state.abandoned === true };
}
async function pipeline(config, network, deps, state, facts) {
    const { core } = deps;
    core.debug(`STS endpoint: ${endpointForLog(network.stsEndpoint)}${network.proxy ? ` via ${network.proxy}` : ''}`);
    const direct = deps.createSts({
        region: config.region,
        endpoint: config.stsEndpoint,
        resolvedEndpoint: network.stsEndpoint,
        connectionTimeoutMs: state.timing.connectionMs,
        requestTimeoutMs: state.timing.requestMs,
        proxy: config,
        userAgent: userAgent(deps.env)
    });
    const sts = alphanumericSecrets(config.specialCharactersWorkaround, core, direct);
    if (config.useExistingCredentials) {
        const { reuseExistingCredentials } = await __webpack_require__.e(/* import() */ 500).then(__webpack_require__.bind(__webpack_require__, 9500));
        if (await reuseExistingCredentials(config, deps.env, core, direct))
            return;
    }
    const source = config.roleChaining
        ? await assumeChained(config, network, deps, state, facts, sts)
        : await assumeWithWebIdentity(config, network, deps, state, facts, sts);
    if (!source)
        return;
    const { assumed, sub } = source;
    enterStage(deps, state, 'verify');
    const identity = await withRetry(() => sts.getCallerIdentity(assumed.credentials), classifyIn(state), retryPolicy(config, deps, state, 'GetCallerIdentity', stsAttemptMs(state.timing), {
        atMs: assumed.credentials.expiration.getTime(),
        name: 'the new credentials'
    }));
    core.debug(`GetCallerIdentity request id: ${identity.requestId ?? '(none)'}`);
    checkIdentity(identity, config);
    if (state.evaluation && state.evaluation.decision !== 'allow') {
        core.warning("STS allowed this token although the trust-policy input denies it: that file differs from the role's actual trust policy.", { title: 'trust policy' });
    }
    enterStage(deps, state, 'export');
    if (state.abandoned)
        return;
    // Sinks; what they did is saved as state for the post step, the fallible one (files) first.
    const cleanup = { variables: [], sections: [] };
    if (config.awsProfile) {
        const { profilePaths, writeProfile } = await profiles();
        const paths = profilePaths(deps.env);
        cleanup.sections = writeProfile(config.awsProfile, assumed.credentials, config.region, config.overwriteAwsProfile, paths);
        core.saveState(cleanup_state/* CLEANUP_STATE */.Fc, (0,cleanup_state/* encodeCleanup */.zp)(cleanup));
        core.info(`Wrote the profile ${config.awsProfile} to ${paths.credentials} and ${paths.config}`);
    }
    // redact-claims covers the outputs too
    const subject = config.redactClaims.includes('sub') ? '***' : sub;
    cleanup.variables = exportCredentials(assumed.credentials, identity, subject, config, core);
    core.saveState(cleanup_state/* CLEANUP_STATE */.Fc, (0,cleanup_state/* encodeCleanup */.zp)(cleanup));
    const minutes = Math.round((assumed.credentials.expiration.getTime() - deps.now()) / 60000);
    core.info(`✔ Verified ${(0,output_escape/* logSafe */.sN)(identity.arn)} (account ${identity.account}) as role ${config.role.arn}, session ${config.roleSessionName}; expires ${assumed.credentials.expiration.toISOString()} (in ${minutes} min).`);
    debugStageEnd(deps, state, 'done');
    await writeSummary(deps, {
        ...facts,
        result: 'success',
        account: identity.account,
        expiration: assumed.credentials.expiration
    });
}
/** Where the SDK sends STS calls: the input, then the standard variables, then the regional endpoint. */
function resolvedStsEndpoint(config, env) {
    const explicit = config.stsEndpoint ?? env.AWS_ENDPOINT_URL_STS ?? env.AWS_ENDPOINT_URL;
    if (explicit)
        return explicit;
    return `https://sts.${config.region}.amazonaws.com${config.region.startsWith('cn-') ? '.cn' : ''}`;
}
/** Said up front when retry-max-attempts asks for more attempts than the network time budget can hold. */
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

;// CONCATENATED MODULE: ./src/action.ts
// The action with its real dependencies: what dist/index.js runs on a runner, and what
// @github/local-action imports and calls (`npm run local-action`).







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
/** The real world: this process's environment, files, clock and network. */
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
        createSts: createStsApi,
        now: () => Date.now(),
        sleep: (ms) => (0,promises_.setTimeout)(ms),
        random: Math.random,
        fail: () => {
            // core.ExitCode.Failure; @github/local-action's stand-in for @actions/core has no ExitCode
            process.exitCode = 1;
        }
    };
}
/** How long the process may linger after the outcome before an uncancellable request counts as abandoned. */
const LINGER_MS = 1000;
/**
 * Runs the action. The outcome is in process.exitCode; the process then ends on its own, except
 * when a request that timed out is still open: when the step timed out it is abandoned at once,
 * and a call that could not be cancelled (the ID-token request) may hold the process for at most
 * LINGER_MS (an unref'd timer: it never delays a process that is done). Either way the process
 * exits only after everything printed has drained.
 */
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

/***/ 7091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ loadHttpClient)
/* harmony export */ });
// @actions/http-client, loaded when a request needs it: its top level loads http, https, tls,
// tunnel and assert (~3 ms of a run that calls plain-http endpoints or fails at its inputs).
// The relative path is the package's own entry: in the bundle the package name means the
// stand-in (src/bundle/http-client.ts), which loads the real client through this.
const loadHttpClient = () => __webpack_require__.e(/* import() */ 527).then(__webpack_require__.bind(__webpack_require__, 5527));


/***/ }),

/***/ 5752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ CATALOGUE)
/* harmony export */ });
/* unused harmony export CODES */
// The diagnosis catalogue: one entry per stable code. This is data — the
// report, the README table and docs/TROUBLESHOOTING.md are all checked against it.
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
    'assume-role-denied',
    'tag-session-denied',
    'token-expired',
    'idp-communication-error',
    'session-duration-exceeded',
    'session-policy-invalid',
    'region-disabled',
    'throttled',
    'network-error',
    'identity-mismatch',
    'account-not-allowed',
    'clock-skew',
    'unknown'
];
/** Each code's section in docs/TROUBLESHOOTING.md is headed by the code itself. */
function withAnchors(entries) {
    return Object.fromEntries(CODES.map((code) => [code, { ...entries[code], anchor: code }]));
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
        fix: ['correct the input named in the message to the allowed form it states'],
        retryable: false
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
        ],
        retryable: false
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
        ],
        retryable: false
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
        ],
        retryable: false
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
        ],
        retryable: true
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
        ],
        retryable: false
    },
    'oidc-provider-not-found': {
        title: "No IAM OIDC provider for this issuer in the role's account",
        meaning: "The role's account has no IAM OIDC identity provider whose URL equals the token's `iss`.",
        causes: [
            'the provider was never created in this account',
            'the provider exists in another account than the role',
            'the issuer differs (enterprise-specific issuer, GHE.com, GHES)'
        ],
        fix: ["create the provider in the role's account for the exact issuer URL (command below)"],
        retryable: false
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
        ],
        retryable: false
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
        ],
        retryable: false
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
        ],
        retryable: false
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
        ],
        retryable: false
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
        ],
        retryable: false
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
        ],
        retryable: false
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
        ],
        retryable: false
    },
    'tag-session-denied': {
        title: "The target role's trust policy does not allow session tags",
        meaning: "STS answered AccessDenied for sts:TagSession: the step sends session tags, and the target's trust policy does not allow sts:TagSession for the source.",
        causes: ["the trust policy's statement for the source lists sts:AssumeRole but not sts:TagSession"],
        fix: [
            "add sts:TagSession to the Action of the target's trust policy statement for the source",
            'or set role-skip-session-tagging: true'
        ],
        retryable: false
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
        ],
        retryable: false
    },
    'idp-communication-error': {
        title: 'STS could not reach the identity provider',
        meaning: "STS could not fetch the issuer's OIDC configuration or keys in time.",
        causes: ['a passing outage of the issuer', 'a GHES/self-hosted issuer not reachable from AWS'],
        fix: ["re-run; persistent failures mean the issuer's /.well-known endpoints are not reachable from the internet"],
        retryable: true
    },
    'session-duration-exceeded': {
        title: "The session duration is above the role's maximum",
        meaning: "role-duration-seconds exceeds the role's MaxSessionDuration.",
        causes: ["role-duration-seconds was raised without raising the role's maximum (default 1 hour)"],
        fix: [
            'lower role-duration-seconds',
            "or raise the role's maximum: aws iam update-role --role-name ROLE --max-session-duration SECONDS"
        ],
        retryable: false
    },
    'session-policy-invalid': {
        title: 'The session policy is invalid or too large',
        meaning: 'STS refused inline-session-policy or managed-session-policies.',
        causes: ['a policy that is not valid IAM policy JSON', 'policies that pack beyond the allowed size'],
        fix: ['validate the policy (IAM Access Analyzer)', 'shorten it or use fewer managed policies'],
        retryable: false
    },
    'region-disabled': {
        title: 'STS is not activated in this region',
        meaning: 'The account has the regional STS endpoint of this region deactivated.',
        causes: ['an opt-in region, or STS deactivated in IAM account settings'],
        fix: ['activate STS for the region (IAM > Account settings)', 'or use another aws-region'],
        retryable: false
    },
    throttled: {
        title: 'STS throttled the request',
        meaning: "STS answered Throttling (rate exceeded) on every attempt until the step's time budget ran out.",
        causes: ['many parallel jobs assuming roles in one account'],
        fix: ['raise action-timeout-s (throttling is retried until it runs out), or stagger matrix jobs'],
        retryable: true
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
        fix: ['check HTTPS_PROXY/NO_PROXY and the endpoint', 're-run if it was a passing outage'],
        retryable: true
    },
    'identity-mismatch': {
        title: 'The credentials belong to another identity',
        meaning: 'GetCallerIdentity returned an account or ARN other than the role that was asked for; nothing was exported.',
        causes: [
            'an STS endpoint that is not AWS (a misconfigured sts-endpoint or proxy)',
            'ambient credentials shadowing the new ones'
        ],
        fix: ['check sts-endpoint / AWS_ENDPOINT_URL_STS and any proxy'],
        retryable: false
    },
    'account-not-allowed': {
        title: 'The account is not in allowed-account-ids',
        meaning: 'The verified account is not one of allowed-account-ids; nothing was exported.',
        causes: [
            'a role ARN that points at another account (copy-paste between environments)',
            'allowed-account-ids out of date'
        ],
        fix: ['use a role in an allowed account, or update allowed-account-ids'],
        retryable: false
    },
    'clock-skew': {
        title: 'The runner clock is off',
        meaning: "AWS refused a time: the request signature (the runner's clock differs from AWS's by more than 15 minutes), or the token's nbf/iat lying ahead of AWS's clock (\"Token used before issued\").",
        causes: [
            'a self-hosted runner without time synchronisation',
            'a token file written by a host whose clock is ahead (its nbf/iat lie in the future)'
        ],
        fix: ['synchronise the runner clock (chrony/systemd-timesyncd)'],
        retryable: false
    },
    unknown: {
        title: 'An unexpected failure',
        meaning: 'Nothing in the catalogue matched; the stage, the error and the AWS request id are shown.',
        causes: ['a failure this action does not know yet'],
        fix: ['open an issue with this block (it holds no secret)'],
        retryable: false
    }
});


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
/** The saved state, or an empty cleanup when there is none or it is not ours. */
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
        return { variables, sections };
    }
    catch {
        return empty;
    }
}


/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

};
;