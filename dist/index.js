/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 7091:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ loadHttpClient)
/* harmony export */ });
const loadHttpClient = () => __nccwpck_require__.e(/* import() */ 527).then(__nccwpck_require__.bind(__nccwpck_require__, 5527));


/***/ }),

/***/ 6675:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT),
/* harmony export */   z: () => (/* binding */ CliError)
/* harmony export */ });
class CliError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CliError';
    }
}
const EXIT = { allowed: 0, denied: 1, findings: 1, usage: 2, undecided: 3 };


/***/ }),

/***/ 9486:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  r: () => (/* binding */ runCommandLine)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/output/escape.ts
var output_escape = __nccwpck_require__(8078);
// EXTERNAL MODULE: ./src/failure/failure.ts
var failure = __nccwpck_require__(4592);
// EXTERNAL MODULE: ./src/bundle/load-http-client.ts
var load_http_client = __nccwpck_require__(7091);
// EXTERNAL MODULE: ./src/sts/client.ts + 1 modules
var client = __nccwpck_require__(8761);
// EXTERNAL MODULE: ./src/sts/endpoint.ts
var endpoint = __nccwpck_require__(3235);
// EXTERNAL MODULE: ./src/pipeline/timeout.ts
var timeout = __nccwpck_require__(9221);
// EXTERNAL MODULE: ./src/failure/timeout.ts
var failure_timeout = __nccwpck_require__(8497);
// EXTERNAL MODULE: ./src/github/token-request.ts
var token_request = __nccwpck_require__(6746);
// EXTERNAL MODULE: ./src/sts/user-agent.ts
var user_agent = __nccwpck_require__(2377);
;// CONCATENATED MODULE: ./src/cli/fresh-session.ts








async function freshSession(p, env, progress, withProcessVariables) {
    progress.stage = 'token';
    const token = await requestIdToken(p.audience, env);
    progress.stage = 'assume';
    const configured = (0,endpoint/* configuredStsEndpoint */.i7)(p.stsEndpoint, env);
    const sts = (0,client/* createStsApi */.B)({
        region: p.region,
        endpoint: async () => (await (0,endpoint/* resolveStsEndpoint */.MX)(p.region, configured, {}, env, withProcessVariables)).url,
        connectionTimeoutMs: timeout/* DEFAULT_TIMING */.f.connectionMs,
        requestTimeoutMs: timeout/* DEFAULT_TIMING */.f.requestMs,
        env,
        withProcessVariables,
        userAgent: (0,user_agent/* userAgent */.N)(env)
    });
    const obtained = Date.now();
    const out = await sts.assumeRoleWithWebIdentity({
        roleArn: p.roleArn,
        roleSessionName: p.roleSessionName,
        webIdentityToken: token,
        durationSeconds: p.durationSeconds,
        policy: p.inlineSessionPolicy,
        policyArns: p.managedSessionPolicies
    });
    const c = out.credentials;
    return {
        accessKeyId: c.accessKeyId,
        secretAccessKey: c.secretAccessKey,
        sessionToken: c.sessionToken,
        expiration: c.expiration.getTime(),
        obtained
    };
}
async function requestIdToken(audience, env) {
    const missing = token_request/* TOKEN_REQUEST_VARIABLES */.u.filter((v) => !env[v]);
    if (missing.length > 0)
        throw noRequestVariables(missing);
    const { HttpClient } = await (0,load_http_client/* loadHttpClient */.w)();
    const ms = timeout/* DEFAULT_TIMING */.f.idTokenMs;
    const client = new HttpClient('aws-oidc-credentials', [], { allowRetries: false, socketTimeout: ms });
    const url = `${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent(audience)}`;
    const request = client
        .getJson(url, { Authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` })
        .catch((e) => {
        throw new Error(`Failed to get ID Token. Error Code : ${e.statusCode ?? 0} Error Message: ${e.message ?? ''}`);
    });
    const res = await (0,failure_timeout/* withTimeout */.w)(request, ms, () => new failure_timeout/* TimeoutError */.M('the GitHub ID-token request', ms));
    const token = res.result?.value;
    if (!token)
        throw new Error('Response json body do not have ID Token field');
    return token;
}
function noRequestVariables(missing) {
    return new failure/* Failure */.HR('missing-id-token-permission', `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set where the credential process runs, so it cannot request a fresh ID token.`, {
        stage: 'token',
        fix: [
            'run the AWS tool in a step of the same job (the job needs `permissions: id-token: write`); a Docker container action or a step that clears the environment does not get these variables'
        ]
    });
}

// EXTERNAL MODULE: ./src/sinks/refresh-cache.ts
var refresh_cache = __nccwpck_require__(1744);
// EXTERNAL MODULE: ./src/sinks/refresh-parameters.ts
var refresh_parameters = __nccwpck_require__(9748);
;// CONCATENATED MODULE: ./src/cli/credential-process.ts






const PREFIX = `aws-oidc-credentials ${refresh_parameters/* COMMAND */.Wr}`;
async function credentialProcess(args, io) {
    let params;
    try {
        const { values } = (0,external_node_util_.parseArgs)({ args, options: refresh_parameters/* OPTIONS */.lw, strict: true, allowPositionals: false });
        params = (0,refresh_parameters/* fromValues */.fA)(values);
    }
    catch (e) {
        io.stderr(`${PREFIX}: invalid-input: ${(0,output_escape/* logSafe */.sN)(e.message)} (the profile's credential_process is written by the action's refresh-credentials; write it again with the action)\n`);
        return 2;
    }
    const key = (0,refresh_parameters/* keyOf */.TN)(params);
    const path = io.env.RUNNER_TEMP ? (0,refresh_cache/* cachePath */.Ae)(io.env.RUNNER_TEMP, key) : undefined;
    const cached = path ? (0,refresh_cache/* readCache */.xe)(path, key) : undefined;
    if (cached && (0,refresh_cache/* stillFresh */.bK)(cached, io.now())) {
        io.stdout(`${(0,refresh_cache/* processCredentialsJson */.GF)(cached)}\n`);
        return 0;
    }
    const progress = { stage: 'token' };
    try {
        const obtain = () => freshSession(params, io.env, progress, io.withProcessVariables);
        const session = path ? await refreshCached(path, key, io, obtain) : await obtain();
        io.stdout(`${(0,refresh_cache/* processCredentialsJson */.GF)(session)}\n`);
        return 0;
    }
    catch (e) {
        io.stderr(`${await failureLine(e, progress.stage, io.now())}\n`);
        return 1;
    }
}
async function refreshCached(path, key, io, obtain) {
    try {
        (0,refresh_cache/* ensureCacheDirectory */.QM)((0,external_node_path_.dirname)(path));
    }
    catch (e) {
        io.stderr(`${PREFIX}: warning: no credential cache: ${(0,output_escape/* logSafe */.sN)(e.message)}\n`);
        return obtain();
    }
    const { refreshLocked } = await __nccwpck_require__.e(/* import() */ 977).then(__nccwpck_require__.bind(__nccwpck_require__, 9977));
    return refreshLocked(path, key, io.now, async () => {
        const session = await obtain();
        try {
            (0,refresh_cache/* writeCache */.aR)(path, key, session);
        }
        catch (e) {
            io.stderr(`${PREFIX}: warning: could not cache the session: ${(0,output_escape/* logSafe */.sN)(e.message)}\n`);
        }
        return session;
    });
}
async function failureLine(e, stage, nowMs) {
    const { classify, fixesOf } = await Promise.all(/* import() */[__nccwpck_require__.e(885), __nccwpck_require__.e(71), __nccwpck_require__.e(289), __nccwpck_require__.e(908)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1289));
    const failure = classify(e, { stage, nowMs });
    const fix = fixesOf(failure)[0];
    return (0,output_escape/* logSafe */.sN)(`${PREFIX}: ${failure.code}: ${failure.message}${fix ? ` Fix: ${fix}` : ''}`);
}

// EXTERNAL MODULE: ./src/process-variables.ts
var process_variables = __nccwpck_require__(6906);
// EXTERNAL MODULE: ./src/cli/read-input.ts
var read_input = __nccwpck_require__(513);
;// CONCATENATED MODULE: ./src/cli/index.ts




function runCommandLine() {
    const argv = process.argv.slice(2);
    const exitWith = (code) => {
        process.exitCode = code;
    };
    if (argv[0] === 'credential-process') {
        void credentialProcess(argv.slice(1), {
            stdout: (text) => (0,external_node_fs_.writeSync)(1, text),
            stderr: (text) => (0,external_node_fs_.writeSync)(2, text),
            env: process.env,
            withProcessVariables: process_variables/* withProcessVariables */.N,
            now: Date.now
        }).then(exitWith);
        return;
    }
    const out = {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text)
    };
    void Promise.all(/* import() */[__nccwpck_require__.e(885), __nccwpck_require__.e(71), __nccwpck_require__.e(842), __nccwpck_require__.e(485)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2485)).then(({ runCli }) => runCli(argv, read_input/* realInputs */.MN, out)).then(exitWith);
}


/***/ }),

/***/ 513:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MN: () => (/* binding */ realInputs),
/* harmony export */   R5: () => (/* binding */ readInput)
/* harmony export */ });
/* unused harmony export MAX_INPUT_BYTES */
/* harmony import */ var _inputs_files_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3622);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6675);


const MAX_INPUT_BYTES = 1024 * 1024;
const realInputs = {
    readFile(path, maxBytes = MAX_INPUT_BYTES) {
        try {
            return (0,_inputs_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readBoundedFile */ .Mv)(path, maxBytes);
        }
        catch (e) {
            if (e instanceof _inputs_files_js__WEBPACK_IMPORTED_MODULE_0__/* .InputFileError */ .TH)
                throw Object.assign(new Error(e.message), { code: e.code === 'EFBIG' ? 'ETOOBIG' : 'ENOTFILE' });
            throw e;
        }
    },
    async readStdin(maxBytes = MAX_INPUT_BYTES) {
        const chunks = [];
        let size = 0;
        for await (const chunk of process.stdin) {
            size += chunk.length;
            if (size > maxBytes)
                throw Object.assign(new Error('too large'), { code: 'ETOOBIG' });
            chunks.push(chunk);
        }
        return Buffer.concat(chunks).toString('utf8');
    }
};
async function readInput(option, spec, io, limit = { bytes: MAX_INPUT_BYTES, advice: 'give the claims or the policy alone' }) {
    try {
        return spec === '-' ? await io.readStdin(limit.bytes) : io.readFile(spec, limit.bytes);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CliError */ .z(`${option}: ${readProblem(spec, e.code, limit)}`);
    }
}
function readProblem(spec, code, limit) {
    const where = spec === '-' ? 'standard input' : `'${spec}'`;
    switch (code) {
        case 'ENOENT':
            return `no such file ${where}`;
        case 'EACCES':
            return `cannot read ${where} (permission denied)`;
        case 'EISDIR':
        case 'ENOTFILE':
            return `${where} is not a regular file`;
        case 'ETOOBIG':
            return `${where} is larger than ${limit.bytes / 1024} KiB; ${limit.advice}`;
        default:
            return `cannot read ${where}${code ? ` (${code})` : ''}`;
    }
}


/***/ }),

/***/ 1379:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ currentEntry)
/* harmony export */ });
/* unused harmony export ENTRY_GLOBAL */
const ENTRY_GLOBAL = 'aws-oidc-credentials.entry';
function currentEntry() {
    const named = globalThis[Symbol.for(ENTRY_GLOBAL)];
    return named === 'post' || named === 'cli' ? named : 'action';
}


/***/ }),

/***/ 4592:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ Failure),
/* harmony export */   N6: () => (/* binding */ isFailure),
/* harmony export */   aY: () => (/* binding */ invalidInput)
/* harmony export */ });
class Failure extends Error {
    code;
    details;
    constructor(code, message, details = {}) {
        super(message);
        this.name = 'Failure';
        this.code = code;
        this.details = details;
    }
}
function isFailure(e) {
    return e instanceof Error && e.name === 'Failure' && typeof e.code === 'string';
}
const invalidInput = (input, message) => new Failure('invalid-input', `Input '${input}': ${message}`, { stage: 'inputs' });


/***/ }),

/***/ 8497:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ TimeoutError),
/* harmony export */   w: () => (/* binding */ withTimeout)
/* harmony export */ });
class TimeoutError extends Error {
    code = 'ETIMEDOUT';
    constructor(what, ms) {
        super(`${what} did not answer within ${Math.round(ms / 1000)} s`);
        this.name = 'TimeoutError';
    }
}
function withTimeout(work, ms, timedOut) {
    let timer;
    const limit = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(timedOut()), ms);
        timer.unref();
    });
    return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}


/***/ }),

/***/ 6746:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ TOKEN_REQUEST_VARIABLES)
/* harmony export */ });
const TOKEN_REQUEST_VARIABLES = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];


/***/ }),

/***/ 9407:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var _cli_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9486);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1379);


const entry = (0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .currentEntry */ .E)();
if (entry === 'post')
    await Promise.all(/* import() */[__nccwpck_require__.e(58), __nccwpck_require__.e(970)]).then(__nccwpck_require__.bind(__nccwpck_require__, 533));
else if (entry === 'cli')
    (0,_cli_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommandLine */ .r)();
else
    await (await Promise.all(/* import() */[__nccwpck_require__.e(58), __nccwpck_require__.e(71), __nccwpck_require__.e(842), __nccwpck_require__.e(826)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8069))).run();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ readBoundedFile),
/* harmony export */   TH: () => (/* binding */ InputFileError),
/* harmony export */   f1: () => (/* binding */ readFailure),
/* harmony export */   pS: () => (/* binding */ shownPath),
/* harmony export */   ph: () => (/* binding */ MAX_POLICY_FILE_BYTES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const MAX_POLICY_FILE_BYTES = 1024 * 1024;
const READ_CHUNK_BYTES = 64 * 1024;
class InputFileError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
        this.name = 'InputFileError';
    }
}
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a named pipe (FIFO)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a regular file';
}
function readBoundedFile(path, maxBytes) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile())
            throw new InputFileError('ENOTREG', `is ${kindOf(st)}, not a regular file`);
        const tooLarge = () => new InputFileError('EFBIG', `is larger than ${maxBytes} bytes, the most this input reads`);
        if (st.size > maxBytes)
            throw tooLarge();
        const buffer = Buffer.alloc(maxBytes + READ_CHUNK_BYTES);
        let length = 0;
        while (length <= maxBytes) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, READ_CHUNK_BYTES, null);
            if (n === 0)
                break;
            length += n;
        }
        if (length > maxBytes)
            throw tooLarge();
        return buffer.toString('utf8', 0, length);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function readFailure(e) {
    if (e instanceof InputFileError)
        return e.message;
    const code = e.code;
    return code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`;
}
function shownPath(given, resolved, workspace) {
    if (!workspace)
        return `'${given}'`;
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, resolved);
    const outside = rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel);
    return outside ? `'${given}' (${resolved}, outside GITHUB_WORKSPACE)` : `'${given}'`;
}


/***/ }),

/***/ 8078:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   Lb: () => (/* binding */ linesSafe),
/* harmony export */   Vk: () => (/* binding */ markdownSafe),
/* harmony export */   eV: () => (/* binding */ pad),
/* harmony export */   sN: () => (/* binding */ logSafe),
/* harmony export */   yJ: () => (/* binding */ jsonLogSafe)
/* harmony export */ });
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]/gu;
const SHORT = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function visibleEscape(c) {
    const code = c.codePointAt(0) ?? 0;
    if (SHORT[c])
        return SHORT[c];
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
const LEGACY_COMMAND = '##[';
const LEADING_COMMAND = /^([\s\u0085]*)::/;
function logSafe(value) {
    const visible = value.replace(HIDDEN, visibleEscape);
    return visible.split(LEGACY_COMMAND).join('##\\[').replace(LEADING_COMMAND, '$1\\::');
}
function jsonLogSafe(value, indent) {
    const json = JSON.stringify(value, null, indent).replace(HIDDEN, (c) => (c === '\n' ? c : jsonEscape(c)));
    return json.split(LEGACY_COMMAND).join('##\\u005b');
}
function jsonEscape(c) {
    return Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
}
function linesSafe(text) {
    return text.split('\n').map(logSafe).join('\n');
}
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function markdownSafe(value) {
    return logSafe(value).replace(/[&<>"']|[|\\`*_[\]{}#+!~]/g, (c) => HTML[c] ?? `\\${c}`);
}
function markdownCode(value) {
    const text = logSafe(value).replace(/\|/g, '\\|');
    if (text === '')
        return '';
    const longestRun = (text.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
    const fence = '`'.repeat(longestRun + 1);
    const padding = /^[`\s]|[`\s]$/.test(text) ? ' ' : '';
    return `${fence}${padding}${text}${padding}${fence}`;
}
const pad = (s, width) => (s.length >= width ? s : s + ' '.repeat(width - s.length));


/***/ }),

/***/ 7220:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ endpointForLog)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8078);

function endpointForLog(url) {
    if (!url)
        return '(not set)';
    try {
        const u = new URL(url);
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .logSafe */ .sN)(`${u.origin}${u.pathname}`);
    }
    catch {
        return '(not a URL)';
    }
}


/***/ }),

/***/ 4361:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ REPOSITORY),
/* harmony export */   WN: () => (/* binding */ npxCommand),
/* harmony export */   rM: () => (/* binding */ PACKAGE_NAME),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8330);

const PACKAGE_NAME = _package_json__WEBPACK_IMPORTED_MODULE_0__/* .name */ .UU;
const VERSION = _package_json__WEBPACK_IMPORTED_MODULE_0__/* .version */ .rE;
const REPOSITORY = /github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(_package_json__WEBPACK_IMPORTED_MODULE_0__/* .repository.url */ .Jk.O)?.[1] ?? '';
function npxCommand(args) {
    return `npx ${PACKAGE_NAME}@${VERSION} ${args}`;
}


/***/ }),

/***/ 9221:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ DEFAULT_TIMING)
/* harmony export */ });
const DEFAULT_TIMING = {
    connectionMs: 5000,
    requestMs: 15000,
    idTokenMs: 15000,
    networkBudgetMs: 60_000,
    backoff: { baseMs: 1000, capMs: 8000 },
    throttleBackoff: { baseMs: 3000, capMs: 16_000 }
};


/***/ }),

/***/ 6906:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ withProcessVariables)
/* harmony export */ });
const withProcessVariables = (variables, work) => {
    const saved = Object.keys(variables).map((name) => [name, process.env[name]]);
    try {
        for (const [name, value] of Object.entries(variables))
            setVariable(name, value);
        return work();
    }
    finally {
        for (const [name, value] of saved)
            setVariable(name, value);
    }
};
function setVariable(name, value) {
    if (value === undefined)
        delete process.env[name];
    else
        process.env[name] = value;
}


/***/ }),

/***/ 7217:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


function writeFileAtomically(file, text, encoding) {
    const unique = `${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 10)}`;
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file)}.${unique}.tmp`);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(temp, 'wx', 0o600);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, text, null, encoding);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temp, file);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(temp);
        throw e;
    }
}


/***/ }),

/***/ 1744:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ cachePath),
/* harmony export */   GF: () => (/* binding */ processCredentialsJson),
/* harmony export */   HZ: () => (/* binding */ lockPath),
/* harmony export */   QM: () => (/* binding */ ensureCacheDirectory),
/* harmony export */   aR: () => (/* binding */ writeCache),
/* harmony export */   bK: () => (/* binding */ stillFresh),
/* harmony export */   k$: () => (/* binding */ cacheKey),
/* harmony export */   vJ: () => (/* binding */ removeCache),
/* harmony export */   xe: () => (/* binding */ readCache)
/* harmony export */ });
/* unused harmony export CACHE_DIRECTORY */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7217);



const CACHE_DIRECTORY = 'aws-oidc-credentials-refresh';
const REFRESH_MARGIN_MS = 15 * 60 * 1000;
const MAX_CACHE_BYTES = 64 * 1024;
function cacheKey(parameters) {
    return JSON.stringify(parameters);
}
function fileId(key) {
    let a = 0x811c9dc5;
    let b = 0x050c5d1f;
    for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193) >>> 0;
        b = Math.imul(b ^ c, 0x01000193) >>> 0;
    }
    return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
const lockPath = (cacheFile) => `${cacheFile}.lock`;
function cachePath(runnerTemp, key) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runnerTemp, CACHE_DIRECTORY, `session-${fileId(key)}.json`);
}
function stillFresh(s, nowMs) {
    const margin = Math.min(REFRESH_MARGIN_MS, (s.expiration - s.obtained) / 2);
    return s.expiration - nowMs >= margin;
}
function readCache(path, key) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch {
        return undefined;
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile() || st.size > MAX_CACHE_BYTES || (st.mode & 0o077) !== 0)
            return undefined;
        if (typeof process.getuid === 'function' && st.uid !== process.getuid())
            return undefined;
        const buffer = Buffer.alloc(st.size);
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, st.size, 0);
        return parseEntry(buffer.toString('utf8', 0, read), key);
    }
    catch {
        return undefined;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function parseEntry(text, key) {
    let entry;
    try {
        entry = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const { accessKeyId, secretAccessKey, sessionToken, expiration, obtained } = entry;
    if (entry.key !== key)
        return undefined;
    if (![accessKeyId, secretAccessKey, sessionToken].every((v) => typeof v === 'string' && v !== ''))
        return undefined;
    if (typeof expiration !== 'number' || typeof obtained !== 'number')
        return undefined;
    return { accessKeyId, secretAccessKey, sessionToken, expiration, obtained };
}
function ensureCacheDirectory(dir) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    if (!st) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { mode: 0o700 });
        return;
    }
    if (st.isSymbolicLink() || !st.isDirectory())
        throw new Error(`${dir} is not a directory (or is a symbolic link)`);
    if ((st.mode & 0o077) !== 0)
        throw new Error(`${dir} is accessible to other users (mode ${(st.mode & 0o777).toString(8)})`);
    if (typeof process.getuid === 'function' && st.uid !== process.getuid())
        throw new Error(`${dir} belongs to another user`);
}
function writeCache(path, key, s) {
    ensureCacheDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path));
    (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomically */ .l)(path, JSON.stringify({ key, ...s }), 'utf8');
}
function removeCache(path) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)) !== CACHE_DIRECTORY)
        return `left ${path}: it is not in a ${CACHE_DIRECTORY} directory`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(lockPath(path));
    }
    catch {
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
        return `removed the credential cache ${path}`;
    }
    catch (e) {
        const code = e.code;
        return code === 'ENOENT'
            ? `no credential cache to remove at ${path}`
            : `could not remove the credential cache ${path} (${code ?? 'error'})`;
    }
}
function processCredentialsJson(s) {
    return JSON.stringify({
        Version: 1,
        AccessKeyId: s.accessKeyId,
        SecretAccessKey: s.secretAccessKey,
        SessionToken: s.sessionToken,
        Expiration: new Date(s.expiration).toISOString()
    });
}


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ configFileProblem),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   Wr: () => (/* binding */ COMMAND),
/* harmony export */   ay: () => (/* binding */ commandLine),
/* harmony export */   fA: () => (/* binding */ fromValues),
/* harmony export */   lw: () => (/* binding */ OPTIONS)
/* harmony export */ });
/* unused harmony exports toArgs, shellWord */
/* harmony import */ var _refresh_cache_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1744);

const COMMAND = 'credential-process';
const OPTIONS = {
    'role-arn': { type: 'string' },
    'role-session-name': { type: 'string' },
    'duration-seconds': { type: 'string' },
    audience: { type: 'string' },
    region: { type: 'string' },
    'inline-session-policy': { type: 'string' },
    'managed-session-policies': { type: 'string' },
    'sts-endpoint': { type: 'string' }
};
function toArgs(p) {
    const args = [
        '--role-arn',
        p.roleArn,
        '--role-session-name',
        p.roleSessionName,
        '--duration-seconds',
        String(p.durationSeconds),
        '--audience',
        p.audience,
        '--region',
        p.region
    ];
    if (p.inlineSessionPolicy !== undefined)
        args.push('--inline-session-policy', p.inlineSessionPolicy);
    if (p.managedSessionPolicies.length > 0)
        args.push('--managed-session-policies', p.managedSessionPolicies.join(','));
    if (p.stsEndpoint !== undefined)
        args.push('--sts-endpoint', p.stsEndpoint);
    return args;
}
function fromValues(values) {
    const text = (name) => {
        const v = values[name];
        return typeof v === 'string' && v !== '' ? v : undefined;
    };
    const required = (name) => {
        const v = text(name);
        if (v === undefined)
            throw new Error(`--${name} is required`);
        return v;
    };
    const duration = required('duration-seconds');
    if (!/^\d{1,6}$/.test(duration))
        throw new Error(`--duration-seconds '${duration}' is not a whole number of seconds`);
    const managed = text('managed-session-policies');
    return {
        roleArn: required('role-arn'),
        roleSessionName: required('role-session-name'),
        durationSeconds: Number(duration),
        audience: required('audience'),
        region: required('region'),
        inlineSessionPolicy: text('inline-session-policy'),
        managedSessionPolicies: managed ? managed.split(',') : [],
        stsEndpoint: text('sts-endpoint')
    };
}
function keyOf(p) {
    return (0,_refresh_cache_js__WEBPACK_IMPORTED_MODULE_0__/* .cacheKey */ .k$)({
        ...p,
        durationSeconds: String(p.durationSeconds),
        managedSessionPolicies: p.managedSessionPolicies.join(',')
    });
}
function shellWord(s) {
    return `'${s.replace(/'/g, `'"'"'`)}'`;
}
function commandLine(node, cli, p) {
    return [node, cli, COMMAND, ...toArgs(p)].map(shellWord).join(' ');
}
function configFileProblem(line) {
    if (/[\r\n]/.test(line))
        return 'it would contain a line break';
    if (/\s[;#]/.test(line))
        return "it would contain whitespace followed by ';' or '#', where the AWS SDK for JavaScript ends a value as a comment";
    return undefined;
}


/***/ }),

/***/ 8761:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ createStsApi)
});

// EXTERNAL MODULE: ./src/bundle/load-http-client.ts
var load_http_client = __nccwpck_require__(7091);
// EXTERNAL MODULE: ./src/sts/endpoint.ts
var endpoint = __nccwpck_require__(3235);
// EXTERNAL MODULE: ./src/sts/load-sdk.ts + 1 modules
var load_sdk = __nccwpck_require__(870);
// EXTERNAL MODULE: ./src/failure/failure.ts
var failure = __nccwpck_require__(4592);
// EXTERNAL MODULE: ./src/output/escape.ts
var output_escape = __nccwpck_require__(8078);
;// CONCATENATED MODULE: ./src/sts/shape.ts


const ACCESS_KEY_ID = { pattern: /^\w{16,128}$/, allowed: '16–128 letters, digits or _ (ASIA…)', secret: true };
const SECRET_ACCESS_KEY = {
    pattern: /^[A-Za-z0-9/+=]{16,128}$/,
    allowed: '16–128 base64 characters',
    secret: true
};
const SESSION_TOKEN = {
    pattern: /^[A-Za-z0-9/+=]{16,65536}$/,
    allowed: 'base64 characters (at most 65536)',
    secret: true
};
const ACCOUNT = { pattern: /^\d{12}$/, allowed: '12 digits' };
const NAME = String.raw `[\w+=,.@-]{1,128}`;
const PARTITION = String.raw `aws(?:-[a-z]+)*`;
const ASSUMED_ROLE_ARN = {
    pattern: new RegExp(`^arn:${PARTITION}:sts::\\d{12}:assumed-role/${NAME}/${NAME}$`),
    allowed: 'arn:<partition>:sts::<account>:assumed-role/<role>/<session>'
};
const CALLER_ARN = {
    pattern: new RegExp(`^arn:${PARTITION}:(?:iam|sts)::\\d{12}:(?:root|[\\w+=,.@/-]{1,2048})$`),
    allowed: 'arn:<partition>:iam|sts::<account>:<identity>'
};
const PRINCIPAL_ID = { pattern: /^[\w+=,.@:-]{2,193}$/, allowed: '2–193 characters of [\\w+=,.@:-]' };
const TOKEN_TEXT = { pattern: /^[\x20-\x7e]{1,2048}$/, allowed: 'one line of printable ASCII' };
const FIELDS = {
    AccessKeyId: { shape: ACCESS_KEY_ID },
    SecretAccessKey: { shape: SECRET_ACCESS_KEY },
    SessionToken: { shape: SESSION_TOKEN },
    'AssumedRoleUser.Arn': { shape: ASSUMED_ROLE_ARN },
    'AssumedRoleUser.AssumedRoleId': { shape: PRINCIPAL_ID },
    Provider: { shape: TOKEN_TEXT, optional: true },
    Audience: { shape: TOKEN_TEXT, optional: true },
    SubjectFromWebIdentityToken: { shape: TOKEN_TEXT, optional: true },
    Account: { shape: ACCOUNT },
    Arn: { shape: CALLER_ARN },
    UserId: { shape: PRINCIPAL_ID }
};
const MAX_EXPIRATION_AHEAD_MS = (43200 + 24 * 3600) * 1000;
function checkStsAnswer(answer, nowMs) {
    for (const [name, value] of Object.entries(answer.values)) {
        if (name === 'Expiration')
            checkExpiration(answer, value, nowMs);
        else if (name === 'PackedPolicySize')
            checkPackedPolicySize(answer, value);
        else {
            const field = FIELDS[name];
            if (!field)
                continue;
            if (value === undefined && field.optional)
                continue;
            if (typeof value !== 'string' || !field.shape.pattern.test(value))
                invalid(answer, name, value, field.shape);
        }
    }
}
function checkExpiration(answer, value, nowMs) {
    const ms = value instanceof Date ? value.getTime() : NaN;
    if (Number.isFinite(ms) && ms - nowMs <= MAX_EXPIRATION_AHEAD_MS && ms > nowMs - MAX_EXPIRATION_AHEAD_MS)
        return;
    const shown = Number.isFinite(ms) ? value.toISOString() : 'not a date';
    throw shape_failure(answer, `Expiration is ${shown}`, 'a date within a day and a half of now');
}
function checkPackedPolicySize(answer, value) {
    if (value === undefined)
        return;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100)
        return;
    throw shape_failure(answer, `PackedPolicySize is ${(0,output_escape/* logSafe */.sN)(String(value)).slice(0, 40)}`, 'a whole percentage, 0–100');
}
function invalid(answer, name, value, shape) {
    const text = typeof value === 'string' ? value : undefined;
    let shown;
    if (text === undefined)
        shown = value === undefined ? 'missing' : `not text (${typeof value})`;
    else if (shape.secret)
        shown = `${text.length} characters${/[\r\n]/.test(text) ? ' with a line break' : ''}`;
    else
        shown = `'${(0,output_escape/* logSafe */.sN)(text.length > 80 ? `${text.slice(0, 80)}…` : text)}'`;
    throw shape_failure(answer, `${name} is ${shown}`, shape.allowed);
}
function shape_failure(answer, what, allowed) {
    return new failure/* Failure */.HR('sts-response-invalid', `The ${answer.operation} answer is not of the shape AWS STS gives it: ${what}. Nothing was written or exported.`, {
        evidence: [`${answer.operation}: ${what}`, `allowed: ${allowed}`],
        requestId: answer.requestId,
        retryable: false
    });
}

;// CONCATENATED MODULE: ./src/sts/client.ts




const USER_AGENT = 'aws-oidc-credentials';
async function proxyAgent(s, url) {
    const { HttpClient } = await (0,load_http_client/* loadHttpClient */.w)();
    const agent = (0,endpoint/* withProxyEnv */.gy)(s.proxy, s.env ?? {}, s.withProcessVariables, () => new HttpClient(USER_AGENT).getAgent(url));
    if (typeof agent.destroy !== 'function') {
        agent.destroy = () => {
            if (Array.isArray(agent.sockets))
                for (const socket of agent.sockets)
                    socket.destroy();
        };
    }
    return agent;
}
async function httpHandler(s, url) {
    const { NodeHttpHandler } = await (0,load_sdk/* loadSdk */.N)();
    const agent = (0,endpoint/* proxyFor */.iJ)(url, s.proxy, s.env ?? {}, s.withProcessVariables) ? await proxyAgent(s, url) : undefined;
    return new NodeHttpHandler({
        connectionTimeout: s.connectionTimeoutMs,
        requestTimeout: s.requestTimeoutMs,
        throwOnRequestTimeout: true,
        ...(agent ? { httpAgent: agent, httpsAgent: agent } : {})
    });
}
function clientConfig(s, url, requestHandler) {
    return {
        region: s.region,
        endpoint: url,
        useFipsEndpoint: false,
        useDualstackEndpoint: false,
        maxAttempts: 1,
        customUserAgent: s.userAgent ?? USER_AGENT,
        requestHandler
    };
}
function createStsApi(settings) {
    (0,load_sdk/* loadSdkOnceRequestSent */.d)();
    let handler;
    let endpoint;
    const client = async (credentials) => {
        const { STSClient } = await (0,load_sdk/* loadSdk */.N)();
        endpoint ??= typeof settings.endpoint === 'string' ? Promise.resolve(settings.endpoint) : settings.endpoint();
        const url = await endpoint;
        handler ??= httpHandler(settings, url);
        const config = clientConfig(settings, url, await handler);
        return new STSClient(credentials ? { ...config, credentials } : config);
    };
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
            const { AssumeRoleWithWebIdentityCommand } = await (0,load_sdk/* loadSdk */.N)();
            const out = await (await webIdentityClient()).send(new AssumeRoleWithWebIdentityCommand({
                RoleArn: p.roleArn,
                RoleSessionName: p.roleSessionName,
                WebIdentityToken: p.webIdentityToken,
                DurationSeconds: p.durationSeconds,
                Policy: p.policy,
                PolicyArns: p.policyArns.length > 0 ? p.policyArns.map((arn) => ({ arn })) : undefined
            }));
            checkStsAnswer({
                operation: 'AssumeRoleWithWebIdentity',
                requestId: out.$metadata.requestId,
                values: {
                    ...credentialFields(out.Credentials),
                    ...assumedRoleFields(out.AssumedRoleUser),
                    Provider: out.Provider,
                    Audience: out.Audience,
                    SubjectFromWebIdentityToken: out.SubjectFromWebIdentityToken,
                    PackedPolicySize: out.PackedPolicySize
                }
            }, Date.now());
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
            const { AssumeRoleCommand } = await (0,load_sdk/* loadSdk */.N)();
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
            checkStsAnswer({
                operation: 'AssumeRole',
                requestId: out.$metadata.requestId,
                values: {
                    ...credentialFields(out.Credentials),
                    ...assumedRoleFields(out.AssumedRoleUser),
                    PackedPolicySize: out.PackedPolicySize
                }
            }, Date.now());
            return {
                credentials: complete(out.Credentials),
                assumedRoleArn: out.AssumedRoleUser?.Arn,
                requestId: out.$metadata.requestId
            };
        },
        async getCallerIdentity(credentials) {
            const { GetCallerIdentityCommand } = await (0,load_sdk/* loadSdk */.N)();
            const out = await (await signingClient(credentials)).send(new GetCallerIdentityCommand({}));
            const values = { Account: out.Account, Arn: out.Arn, UserId: out.UserId };
            checkStsAnswer({ operation: 'GetCallerIdentity', requestId: out.$metadata.requestId, values }, Date.now());
            return {
                account: out.Account ?? '',
                arn: out.Arn ?? '',
                userId: out.UserId ?? '',
                requestId: out.$metadata.requestId
            };
        }
    };
}
function credentialFields(c) {
    return {
        AccessKeyId: c?.AccessKeyId,
        SecretAccessKey: c?.SecretAccessKey,
        SessionToken: c?.SessionToken,
        Expiration: c?.Expiration
    };
}
function assumedRoleFields(u) {
    return { 'AssumedRoleUser.Arn': u?.Arn, 'AssumedRoleUser.AssumedRoleId': u?.AssumedRoleId };
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
function signingOnly(c) {
    return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken };
}


/***/ }),

/***/ 3235:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MX: () => (/* binding */ resolveStsEndpoint),
/* harmony export */   N2: () => (/* binding */ describeEndpoint),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   gy: () => (/* binding */ withProxyEnv),
/* harmony export */   i7: () => (/* binding */ configuredStsEndpoint),
/* harmony export */   iJ: () => (/* binding */ proxyFor)
/* harmony export */ });
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9783);
/* harmony import */ var _failure_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4592);
/* harmony import */ var _output_url_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7220);
/* harmony import */ var _load_sdk_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(870);




function configuredStsEndpoint(input, env) {
    const chosen = input ? { url: input, source: 'sts-endpoint' } : fromVariables(env);
    if (chosen)
        refusePlainHttp(chosen.url, chosen.source);
    return chosen;
}
function fromVariables(env) {
    if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.toLowerCase() === 'true')
        return undefined;
    if (env.AWS_ENDPOINT_URL_STS)
        return { url: env.AWS_ENDPOINT_URL_STS, source: 'AWS_ENDPOINT_URL_STS' };
    if (env.AWS_ENDPOINT_URL)
        return { url: env.AWS_ENDPOINT_URL, source: 'AWS_ENDPOINT_URL' };
    return undefined;
}
async function resolveStsEndpoint(region, configured, proxy, env, withVariables) {
    const chosen = configured ?? { url: await defaultStsEndpoint(region), source: 'default' };
    return { ...chosen, proxy: proxyFor(chosen.url, proxy, env, withVariables) };
}
function describeEndpoint(e) {
    return `${(0,_output_url_js__WEBPACK_IMPORTED_MODULE_2__/* .endpointForLog */ .N)(e.url)} (from ${e.source === 'default' ? "the SDK's default for the region" : e.source})${e.proxy ? ` via ${e.proxy}` : ''}`;
}
async function defaultStsEndpoint(region) {
    const { STSClient } = await (0,_load_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSdk */ .N)();
    const probe = new STSClient({ region });
    try {
        const c = probe.config;
        const endpoint = c.endpointProvider({
            Region: region,
            UseFIPS: await c.useFipsEndpoint(),
            UseDualStack: await c.useDualstackEndpoint(),
            UseGlobalEndpoint: false
        });
        return endpoint.url.href;
    }
    finally {
        probe.destroy();
    }
}
const LOOPBACK_NAMES = new Set(['localhost', '[::1]']);
function isLoopback(hostname) {
    return LOOPBACK_NAMES.has(hostname.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(hostname);
}
function refusePlainHttp(raw, source) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw endpointRefused(source, 'is not a URL', 'an https:// URL such as https://sts.eu-west-1.amazonaws.com');
    }
    if (url.protocol === 'https:')
        return;
    if (url.protocol === 'http:' && isLoopback(url.hostname))
        return;
    throw endpointRefused(source, `(${(0,_output_url_js__WEBPACK_IMPORTED_MODULE_2__/* .endpointForLog */ .N)(raw)}) would send the ID token and the new credentials ${url.protocol === 'http:' ? 'unencrypted over plain http' : `over ${url.protocol.replace(/:$/, '')}`}`, 'an https:// URL; plain http:// only to a loopback address (127.0.0.1, ::1, localhost)');
}
function endpointRefused(source, what, allowed) {
    const name = source === 'sts-endpoint' ? "Input 'sts-endpoint'" : `The variable ${source}`;
    return new _failure_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .Failure */ .HR('invalid-input', `${name} ${what}. Allowed: ${allowed}. Nothing was sent.`, { stage: 'inputs' });
}
function proxyFor(url, inputs, env, withVariables) {
    const proxy = withProxyEnv(inputs, env, withVariables, () => (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s)(new URL(url)));
    return proxy ? `${proxy.protocol}//${proxy.host}` : undefined;
}
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
const NO_PROXY_VARIABLES = ['no_proxy', 'NO_PROXY'];
function withProxyEnv(inputs, env, withVariables, decide) {
    const variables = Object.fromEntries([
        ...PROXY_VARIABLES.map((name) => [name, inputs?.httpProxy || env[name]]),
        ...NO_PROXY_VARIABLES.map((name) => [name, inputs?.noProxy || env[name]])
    ]);
    return withVariables(variables, decide);
}


/***/ }),

/***/ 870:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N: () => (/* binding */ loadSdk),
  d: () => (/* binding */ loadSdkOnceRequestSent)
});

;// CONCATENATED MODULE: external "node:diagnostics_channel"
const external_node_diagnostics_channel_namespaceObject = require("node:diagnostics_channel");
;// CONCATENATED MODULE: ./src/sts/load-sdk.ts

const REQUEST_START = 'http.client.request.start';
let watcher;
let requested = false;
const loadSdk = () => {
    requested = true;
    stopWatching();
    return Promise.all(/* import() */[__nccwpck_require__.e(865), __nccwpck_require__.e(631)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3440));
};
function stopWatching() {
    if (watcher)
        (0,external_node_diagnostics_channel_namespaceObject.unsubscribe)(REQUEST_START, watcher);
    watcher = undefined;
}
function loadSdkOnceRequestSent() {
    if (watcher || requested)
        return;
    watcher = (message) => {
        stopWatching();
        const { request } = message;
        request.once('finish', () => setImmediate(() => void loadSdk().catch(() => undefined)));
    };
    (0,external_node_diagnostics_channel_namespaceObject.subscribe)(REQUEST_START, watcher);
}


/***/ }),

/***/ 2377:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ userAgent)
/* harmony export */ });
/* harmony import */ var _output_version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4361);

function userAgent(env) {
    const pairs = [[_output_version_js__WEBPACK_IMPORTED_MODULE_0__/* .PACKAGE_NAME */ .rM, _output_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .xv]];
    if (/^\d{1,20}$/.test(env.GITHUB_RUN_ID ?? ''))
        pairs.push(['md/run-id', env.GITHUB_RUN_ID]);
    if (/^\d{1,10}$/.test(env.GITHUB_RUN_ATTEMPT ?? ''))
        pairs.push(['md/run-attempt', env.GITHUB_RUN_ATTEMPT]);
    return pairs;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = require("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = require("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"UU":"aws-oidc-credentials","rE":"1.0.0","TB":"https://github.com/aws-oidc-credentials/aws-oidc-credentials#readme","Jk":{"O":"git+https://github.com/aws-oidc-credentials/aws-oidc-credentials.git"}}');

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/async module */
/******/ 	(() => {
/******/ 		var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 		var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 		var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 		var resolveQueue = (queue) => {
/******/ 			if(queue && queue.d < 1) {
/******/ 				queue.d = 1;
/******/ 				queue.forEach((fn) => (fn.r--));
/******/ 				queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 			}
/******/ 		}
/******/ 		var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 			if(dep !== null && typeof dep === "object") {
/******/ 				if(dep[webpackQueues]) return dep;
/******/ 				if(dep.then) {
/******/ 					var queue = [];
/******/ 					queue.d = 0;
/******/ 					dep.then((r) => {
/******/ 						obj[webpackExports] = r;
/******/ 						resolveQueue(queue);
/******/ 					}, (e) => {
/******/ 						obj[webpackError] = e;
/******/ 						resolveQueue(queue);
/******/ 					});
/******/ 					var obj = {};
/******/ 					obj[webpackQueues] = (fn) => (fn(queue));
/******/ 					return obj;
/******/ 				}
/******/ 			}
/******/ 			var ret = {};
/******/ 			ret[webpackQueues] = x => {};
/******/ 			ret[webpackExports] = dep;
/******/ 			return ret;
/******/ 		}));
/******/ 		__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 			var queue;
/******/ 			hasAwait && ((queue = []).d = -1);
/******/ 			var depQueues = new Set();
/******/ 			var exports = module.exports;
/******/ 			var currentDeps;
/******/ 			var outerResolve;
/******/ 			var reject;
/******/ 			var promise = new Promise((resolve, rej) => {
/******/ 				reject = rej;
/******/ 				outerResolve = resolve;
/******/ 			});
/******/ 			promise[webpackExports] = exports;
/******/ 			promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 			module.exports = promise;
/******/ 			body((deps) => {
/******/ 				currentDeps = wrapDeps(deps);
/******/ 				var fn;
/******/ 				var getResult = () => (currentDeps.map((d) => {
/******/ 					if(d[webpackError]) throw d[webpackError];
/******/ 					return d[webpackExports];
/******/ 				}))
/******/ 				var promise = new Promise((resolve) => {
/******/ 					fn = () => (resolve(getResult));
/******/ 					fn.r = 0;
/******/ 					var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 					currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 				});
/******/ 				return fn.r ? promise : getResult();
/******/ 			}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 			queue && queue.d < 0 && (queue.d = 0);
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module used 'module' so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(9407);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;