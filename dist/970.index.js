"use strict";
exports.id = 970;
exports.ids = [970,400];
exports.modules = {

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
const loadHttpClient = () => __webpack_require__.e(/* import() */ 527).then(__webpack_require__.bind(__webpack_require__, 5527));


/***/ }),

/***/ 4592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 8078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 533:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: ./src/output/escape.ts
var output_escape = __webpack_require__(8078);
// EXTERNAL MODULE: ./src/sinks/cleanup-state.ts
var cleanup_state = __webpack_require__(3452);
// EXTERNAL MODULE: ./src/sinks/profile.ts + 1 modules
var profile = __webpack_require__(2400);
;// CONCATENATED MODULE: ./src/sinks/post.ts



function runPost(core) {
    try {
        const cleanup = (0,cleanup_state/* decodeCleanup */.Vk)(core.getState(cleanup_state/* CLEANUP_STATE */.Fc));
        if (cleanup.variables.length === 0 && cleanup.sections.length === 0) {
            core.info('Nothing to clean up: this step exported no variable and wrote no profile.');
        }
        for (const name of cleanup.variables)
            core.exportVariable(name, '');
        if (cleanup.variables.length > 0)
            core.info(`Blanked ${cleanup.variables.join(', ')} for the rest of the job.`);
        for (const line of (0,profile.removeWrittenSections)(cleanup.sections))
            core.info((0,output_escape/* logSafe */.sN)(line));
    }
    catch (e) {
        core.warning(`Cleanup did not complete: ${(0,output_escape/* logSafe */.sN)(e.message)}`);
    }
}

;// CONCATENATED MODULE: ./src/post.ts


runPost(core);


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
        return { variables, sections };
    }
    catch {
        return empty;
    }
}


/***/ }),

/***/ 2400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkProfileWritable: () => (/* binding */ checkProfileWritable),
  profilePaths: () => (/* reexport */ profile_paths/* profilePaths */.I),
  removeWrittenSections: () => (/* binding */ removeWrittenSections),
  writeProfile: () => (/* binding */ writeProfile)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/failure/failure.ts
var failure = __webpack_require__(4592);
;// CONCATENATED MODULE: ./src/sinks/profile-file.ts

function headerName(line) {
    const m = /^\s*\[([^\]]*)\]\s*(?:[#;].*)?$/.exec(line);
    return m ? m[1].trim().split(/\s+/).join(' ') : undefined;
}
function lines(text) {
    const out = [];
    const re = /[^\n]*\n|[^\n]+$/g;
    for (let m = re.exec(text); m !== null && m[0] !== ''; m = re.exec(text))
        out.push({ text: m[0], start: m.index });
    return out;
}
const isBlankOrComment = (line) => /^\s*(?:[#;].*)?\r?\n?$/.test(line);
function findSection(text, header) {
    const all = lines(text);
    const at = all.findIndex((l) => headerName(l.text.replace(/\r?\n$/, '')) === header);
    if (at < 0)
        return undefined;
    let next = all.findIndex((l, i) => i > at && headerName(l.text.replace(/\r?\n$/, '')) !== undefined);
    if (next < 0)
        next = all.length;
    let last = next - 1;
    while (last > at && isBlankOrComment(all[last].text))
        last--;
    const end = last + 1 < all.length ? all[last + 1].start : text.length;
    return { start: all[at].start, end };
}
function lineEnding(text) {
    return /^[^\n]*\r\n/.test(text) ? '\r\n' : '\n';
}
function renderSection(header, values, eol) {
    return [`[${header}]`, ...values.map(([k, v]) => `${k} = ${v}`)].map((l) => l + eol).join('');
}
function putSection(text, header, rendered) {
    const found = findSection(text, header);
    if (found) {
        const before = text.slice(0, found.start);
        const after = text.slice(found.end);
        const body = found.end === text.length && !/\n$/.test(text) ? rendered.replace(/\r?\n$/, '') : rendered;
        return before + body + after;
    }
    const separator = text === '' || text.endsWith('\n') ? '' : lineEnding(text);
    return text + separator + rendered;
}
function sectionDigest(section) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(section.replace(/\r?\n$/, ''))
        .digest('hex');
}
function removeSection(text, header, digest) {
    const found = findSection(text, header);
    if (!found || sectionDigest(text.slice(found.start, found.end)) !== digest)
        return undefined;
    return text.slice(0, found.start) + text.slice(found.end);
}

// EXTERNAL MODULE: ./src/source/profile-paths.ts
var profile_paths = __webpack_require__(6197);
;// CONCATENATED MODULE: ./src/sinks/profile.ts







function headers(name) {
    return { credentials: name, config: name === 'default' ? 'default' : `profile ${name}` };
}
function readRegularFile(path) {
    const stat = lstatOrUndefined(path);
    if (!stat)
        return '';
    if (stat.isSymbolicLink())
        throw (0,failure/* invalidInput */.aY)('aws-profile', `${path} is a symbolic link; this action does not write credentials through one.`);
    if (!stat.isFile())
        throw (0,failure/* invalidInput */.aY)('aws-profile', `${path} is not a regular file.`);
    return (0,external_node_fs_.readFileSync)(path, 'utf8');
}
function lstatOrUndefined(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw (0,failure/* invalidInput */.aY)('aws-profile', `${path} cannot be read (${e.code ?? 'error'}).`);
    }
}
function ensureDirectory(dir) {
    const stat = lstatOrUndefined(dir);
    if (stat?.isSymbolicLink())
        throw (0,failure/* invalidInput */.aY)('aws-profile', `${dir} is a symbolic link; this action does not write credentials through one.`);
    if (!stat)
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
}
function checkProfileWritable(name, overwrite, paths) {
    const h = headers(name);
    for (const [file, header] of [
        [paths.credentials, h.credentials],
        [paths.config, h.config]
    ]) {
        ensureNotLinked((0,external_node_path_.dirname)(file));
        const text = readRegularFile(file);
        if (!overwrite && findSection(text, header))
            throw (0,failure/* invalidInput */.aY)('aws-profile', `the profile '${name}' already exists in ${file}. ` +
                'Allowed: a new profile name, or overwrite-aws-profile: true to replace that profile (and only it).');
    }
}
function ensureNotLinked(dir) {
    if (lstatOrUndefined(dir)?.isSymbolicLink())
        throw (0,failure/* invalidInput */.aY)('aws-profile', `${dir} is a symbolic link; this action does not write credentials through one.`);
}
function writeProfile(name, c, region, overwrite, paths) {
    checkProfileWritable(name, overwrite, paths);
    const h = headers(name);
    const credentials = [
        ['aws_access_key_id', c.accessKeyId],
        ['aws_secret_access_key', c.secretAccessKey],
        ['aws_session_token', c.sessionToken]
    ];
    return [
        putProfileSection(paths.credentials, h.credentials, credentials),
        putProfileSection(paths.config, h.config, [['region', region]])
    ];
}
function putProfileSection(file, header, values) {
    ensureDirectory((0,external_node_path_.dirname)(file));
    const before = readRegularFile(file);
    const rendered = renderSection(header, values, lineEnding(before));
    replaceFile(file, putSection(before, header, rendered));
    return { file, header, digest: sectionDigest(rendered) };
}
function replaceFile(file, text) {
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), `.${(0,external_node_path_.basename)(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const fd = (0,external_node_fs_.openSync)(temp, 'wx', 0o600);
    try {
        (0,external_node_fs_.writeSync)(fd, text);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    try {
        (0,external_node_fs_.renameSync)(temp, file);
    }
    catch (e) {
        (0,external_node_fs_.unlinkSync)(temp);
        throw e;
    }
}
function removeWrittenSections(sections) {
    return sections.map((s) => {
        try {
            const text = readRegularFile(s.file);
            const after = removeSection(text, s.header, s.digest);
            if (after === undefined)
                return `left [${s.header}] in ${s.file}: it changed after this action wrote it`;
            replaceFile(s.file, after);
            return `removed [${s.header}] from ${s.file}`;
        }
        catch (e) {
            return `could not remove [${s.header}] from ${s.file}: ${e.message}`;
        }
    });
}


/***/ }),

/***/ 6197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ profilePaths)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


function profilePaths(env, home = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)()) {
    return {
        credentials: env.AWS_SHARED_CREDENTIALS_FILE || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.aws', 'credentials'),
        config: env.AWS_CONFIG_FILE || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.aws', 'config')
    };
}


/***/ })

};
;