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
// @actions/http-client, loaded when a request needs it: its top level loads http, https, tls,
// tunnel and assert (~3 ms of a run that calls plain-http endpoints or fails at its inputs).
// The relative path is the package's own entry: in the bundle the package name means the
// stand-in (src/bundle/http-client.ts), which loads the real client through this.
const loadHttpClient = () => __webpack_require__.e(/* import() */ 527).then(__webpack_require__.bind(__webpack_require__, 5527));


/***/ }),

/***/ 4592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ Failure),
/* harmony export */   N6: () => (/* binding */ isFailure),
/* harmony export */   aY: () => (/* binding */ invalidInput)
/* harmony export */ });
/** A classified failure: the one kind of error the report prints. */
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
// Untrusted text (claim values, error messages, inputs) is escaped before it is printed, so it
// can neither run a workflow command, nor hide or reorder what a reader sees, nor break a table.
/**
 * Characters that are invisible or change how the text around them displays: C0/C1 controls
 * (newlines, ESC of ANSI sequences, CSI), soft hyphen, bidi marks, embeddings, overrides and
 * isolates (U+202A–202E, U+2066–2069), zero-width characters (U+200B–200F, U+2060–2064, U+FEFF),
 * line/paragraph separators, interlinear annotations and the invisible tag characters.
 */
const HIDDEN = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]/gu;
const SHORT = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function visibleEscape(c) {
    const code = c.codePointAt(0) ?? 0;
    if (SHORT[c])
        return SHORT[c];
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** The runner finds the legacy `##[cmd]` form anywhere in a line (actions/runner ActionCommand.TryParse). */
const LEGACY_COMMAND = '##[';
/** ... and the `::cmd::` form at the start of a line, after whitespace (which .NET's TrimStart skips). */
const LEADING_COMMAND = /^([\s\u0085]*)::/;
/**
 * One log line's worth of text. Hidden characters (newlines included) become visible escapes
 * (`\n`, `\u202e`), so a value can never begin a new line nor spoof what is displayed; `##[`
 * anywhere becomes `##\[` and a leading `::` becomes `\::`, so neither command form can parse.
 * Idempotent: escaping escaped text changes nothing (backslashes are left as they are), which
 * lets the log guard (src/log-guard.ts) apply it again to every line the action prints.
 */
function logSafe(value) {
    const visible = value.replace(HIDDEN, visibleEscape);
    return visible.split(LEGACY_COMMAND).join('##\\[').replace(LEADING_COMMAND, '$1\\::');
}
/**
 * JSON text that is log-safe and still parses to the same value: what logSafe would change is
 * written as JSON escapes instead (hidden characters as \uXXXX, the `[` of `##[` as \u005b),
 * so logSafe (linesSafe when indented) leaves the result as it is. For the claims line in the
 * log and the CLI's --json output.
 */
function jsonLogSafe(value, indent) {
    // JSON.stringify escapes every control character inside strings: a raw newline is indentation
    const json = JSON.stringify(value, null, indent).replace(HIDDEN, (c) => (c === '\n' ? c : jsonEscape(c)));
    return json.split(LEGACY_COMMAND).join('##\\u005b');
}
/** `\uXXXX` per UTF-16 unit (a character outside the BMP becomes its surrogate pair). */
function jsonEscape(c) {
    return Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
}
/** Each line of a multi-line message made log-safe, the line breaks kept. */
function linesSafe(text) {
    return text.split('\n').map(logSafe).join('\n');
}
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for a markdown table cell or paragraph of the job summary: HTML and markdown neutralised in one pass. */
function markdownSafe(value) {
    return logSafe(value).replace(/[&<>"']|[|\\`*_[\]{}#+!~]/g, (c) => HTML[c] ?? `\\${c}`);
}
/**
 * Untrusted text as a markdown code span for a table cell: nothing inside a code span is markup,
 * HTML or an autolink (a bare URL, e-mail address or @mention in a claim value stays plain text).
 * The fence is longer than any run of backticks in the text; `|` is escaped as GFM tables need.
 */
function markdownCode(value) {
    const text = logSafe(value).replace(/\|/g, '\\|');
    if (text === '')
        return '';
    const longestRun = (text.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
    const fence = '`'.repeat(longestRun + 1);
    const padding = /^[`\s]|[`\s]$/.test(text) ? ' ' : '';
    return `${fence}${padding}${text}${padding}${fence}`;
}
/** Fits a string into a fixed-width column for aligned log tables. */
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
        // The runner cannot unset a variable; an empty value is what the AWS CLI and SDKs treat as unset.
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
// The post step's composition root (runs.post): the real @actions/core, handed to runPost.


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
// The shared AWS files (~/.aws/credentials and ~/.aws/config) edited one section at a time:
// every byte outside that section stays as it was (comments, spacing, CRLF, a missing final
// newline), so a user's other profiles are never disturbed.

/** `[name]`, `[ profile  name ]` -> the name as the AWS CLI reads it ('profile name') */
function headerName(line) {
    const m = /^\s*\[([^\]]*)\]\s*(?:[#;].*)?$/.exec(line);
    return m ? m[1].trim().split(/\s+/).join(' ') : undefined;
}
/** Lines with their line endings kept, and where each starts. */
function lines(text) {
    const out = [];
    const re = /[^\n]*\n|[^\n]+$/g;
    for (let m = re.exec(text); m !== null && m[0] !== ''; m = re.exec(text))
        out.push({ text: m[0], start: m.index });
    return out;
}
const isBlankOrComment = (line) => /^\s*(?:[#;].*)?\r?\n?$/.test(line);
/**
 * The section headed `[header]`. It ends before the next header; blank and comment lines just
 * above that header are left to it (they usually describe the next section).
 */
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
/** The file's own line ending: CRLF if its first line ends so. */
function lineEnding(text) {
    return /^[^\n]*\r\n/.test(text) ? '\r\n' : '\n';
}
/** `[header]` and `key = value` lines, in the file's line ending. */
function renderSection(header, values, eol) {
    return [`[${header}]`, ...values.map(([k, v]) => `${k} = ${v}`)].map((l) => l + eol).join('');
}
/** Replaces the section in place, or appends it (after a line break if the file lacks a final one). */
function putSection(text, header, rendered) {
    const found = findSection(text, header);
    if (found) {
        const before = text.slice(0, found.start);
        const after = text.slice(found.end);
        // a section that ended the file without a newline: keep it that way for what follows
        const body = found.end === text.length && !/\n$/.test(text) ? rendered.replace(/\r?\n$/, '') : rendered;
        return before + body + after;
    }
    const separator = text === '' || text.endsWith('\n') ? '' : lineEnding(text);
    return text + separator + rendered;
}
/** A fingerprint of a section's bytes (its final line break aside): state may hold it, not the keys. */
function sectionDigest(section) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(section.replace(/\r?\n$/, ''))
        .digest('hex');
}
/** Removes the section if it is still exactly what this action wrote (`digest`); else undefined. */
function removeSection(text, header, digest) {
    const found = findSection(text, header);
    if (!found || sectionDigest(text.slice(found.start, found.end)) !== digest)
        return undefined;
    return text.slice(0, found.start) + text.slice(found.end);
}

// EXTERNAL MODULE: ./src/source/profile-paths.ts
var profile_paths = __webpack_require__(6197);
;// CONCATENATED MODULE: ./src/sinks/profile.ts
// Sink: aws-profile writes the verified credentials to the shared credentials file and the
// region to the config file, so `aws --profile NAME` and the SDKs can use them. Only that
// profile's sections are touched, and only they are recorded for the post step to remove.







/** The config file names a profile `[profile NAME]`, except `[default]`. */
function headers(name) {
    return { credentials: name, config: name === 'default' ? 'default' : `profile ${name}` };
}
/** The file's text, '' when it does not exist; symbolic links and non-files are refused. */
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
/** Creates the directory 0700 if missing; refuses one that is a symbolic link. */
function ensureDirectory(dir) {
    const stat = lstatOrUndefined(dir);
    if (stat?.isSymbolicLink())
        throw (0,failure/* invalidInput */.aY)('aws-profile', `${dir} is a symbolic link; this action does not write credentials through one.`);
    if (!stat)
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
}
/** Refuses, before any network call, what writeProfile would refuse later. */
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
/** Writes the profile into both files and returns what it wrote, for the post step. */
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
/** Written beside the file 0600 and renamed over it: never half a file, never through a link. */
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
/**
 * The post step's undo: removes each recorded section if it is still exactly what was written.
 * Returns one line per section saying what happened; never throws.
 */
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
// Where the shared credentials and config files are: role chaining reads its source profile
// there, and the aws-profile sink writes there.


/** AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE when set, as the CLI and SDKs honour them. */
function profilePaths(env, home = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)()) {
    return {
        credentials: env.AWS_SHARED_CREDENTIALS_FILE || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.aws', 'credentials'),
        config: env.AWS_CONFIG_FILE || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.aws', 'config')
    };
}


/***/ })

};
;