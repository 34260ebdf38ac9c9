"use strict";
exports.id = 970;
exports.ids = [970];
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

/***/ 533:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: ./src/output/escape.ts
var output_escape = __webpack_require__(8078);
// EXTERNAL MODULE: ./src/sinks/cleanup-state.ts
var cleanup_state = __webpack_require__(3452);
// EXTERNAL MODULE: ./src/sinks/profile-store.ts
var profile_store = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/sinks/refresh-cache.ts
var refresh_cache = __webpack_require__(1744);
;// CONCATENATED MODULE: ./src/sinks/post.ts




function runPost(core) {
    try {
        const cleanup = (0,cleanup_state/* decodeCleanup */.Vk)(core.getState(cleanup_state/* CLEANUP_STATE */.Fc));
        if (cleanup.variables.length === 0 && cleanup.sections.length === 0 && !cleanup.files?.length) {
            core.info('Nothing to clean up: this step exported no variable and wrote no profile.');
        }
        for (const name of cleanup.variables)
            core.exportVariable(name, '');
        if (cleanup.variables.length > 0)
            core.info(`Blanked ${cleanup.variables.join(', ')} for the rest of the job.`);
        for (const line of (0,profile_store/* removeWrittenSections */.yw)(cleanup.sections))
            core.info((0,output_escape/* logSafe */.sN)(line));
        for (const file of cleanup.files ?? [])
            core.info((0,output_escape/* logSafe */.sN)((0,refresh_cache/* removeCache */.vJ)(file)));
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
        const files = Array.isArray(c.files) ? c.files.filter((f) => typeof f === 'string' && f.startsWith('/')) : [];
        return { variables, sections, files };
    }
    catch {
        return empty;
    }
}


/***/ }),

/***/ 1788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ sectionDigest),
/* harmony export */   En: () => (/* binding */ lineEnding),
/* harmony export */   Kd: () => (/* binding */ findSections),
/* harmony export */   L1: () => (/* binding */ putSection),
/* harmony export */   Uf: () => (/* binding */ removeSection),
/* harmony export */   YN: () => (/* binding */ renderSection),
/* harmony export */   iH: () => (/* binding */ headerLine)
/* harmony export */ });
/* unused harmony exports headerNames, sameSection, findSection */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

function headerNames(line) {
    const m = /^\s*\[([^\]]*)\]/.exec(line);
    if (!m)
        return [];
    const inner = m[1];
    const names = new Set([inner]);
    const words = shellWords(inner);
    if (inner.startsWith('profile') && words.length === 2 && words[0] === 'profile')
        names.add(`profile ${words[1]}`);
    const sdk = /^([\w-]+)\s(["'])?([\w\-@+.%:/]+)\2$/.exec(inner);
    if (sdk?.[1] === 'profile')
        names.add(`profile ${sdk[3]}`);
    return [...names];
}
function shellWords(text) {
    return [...text.matchAll(/(?:"[^"]*"|'[^']*'|[^\s"'])+/g)].map((w) => w[0].replace(/"([^"]*)"|'([^']*)'/g, '$1$2'));
}
const startsSection = (line) => /^\s*\[/.test(line);
function sameSection(header, aliases = []) {
    return (names) => names.some((name) => name === header || aliases.includes(name));
}
function lines(text) {
    const out = [];
    const re = /[^\n]*\n|[^\n]+$/g;
    for (let m = re.exec(text); m !== null && m[0] !== ''; m = re.exec(text))
        out.push({ text: m[0], start: m.index });
    return out;
}
const isBlankOrComment = (line) => /^\s*(?:[#;].*)?\r?\n?$/.test(line);
function findSection(text, header, aliases = []) {
    return findSections(text, header, aliases)[0];
}
function findSections(text, header, aliases = []) {
    const all = lines(text);
    const named = sameSection(header, aliases);
    const found = [];
    all.forEach((l, at) => {
        if (!named(headerNames(l.text.replace(/\r?\n$/, ''))))
            return;
        let next = all.findIndex((n, i) => i > at && startsSection(n.text));
        if (next < 0)
            next = all.length;
        let last = next - 1;
        while (last > at && isBlankOrComment(all[last].text))
            last--;
        const end = last + 1 < all.length ? all[last + 1].start : text.length;
        found.push({ start: l.start, end });
    });
    return found;
}
function headerLine(text, section) {
    return text.slice(section.start, section.end).split(/\r?\n/)[0].trim();
}
function lineEnding(text) {
    return /^[^\n]*\r\n/.test(text) ? '\r\n' : '\n';
}
function renderSection(header, values, eol) {
    return [`[${header}]`, ...values.map(([k, v]) => `${k} = ${v}`)].map((l) => l + eol).join('');
}
function putSection(text, header, rendered, aliases = []) {
    const found = findSection(text, header, aliases);
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(section.replace(/\r?\n$/, ''))
        .digest('hex');
}
function removeSection(text, header, digest) {
    const found = findSections(text, header).find((f) => sectionDigest(text.slice(f.start, f.end)) === digest);
    if (!found)
        return undefined;
    return text.slice(0, found.start) + text.slice(found.end);
}


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   YB: () => (/* binding */ lstatOrUndefined),
/* harmony export */   fR: () => (/* binding */ replaceFile),
/* harmony export */   yw: () => (/* binding */ removeWrittenSections)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _failure_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4592);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7217);
/* harmony import */ var _profile_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1788);




function readRegularFile(path) {
    const stat = lstatOrUndefined(path);
    if (!stat)
        return '';
    if (stat.isSymbolicLink())
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('aws-profile', `${path} is a symbolic link; this action does not write credentials through one.`);
    if (!stat.isFile())
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('aws-profile', `${path} is not a regular file.`);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'latin1');
}
function lstatOrUndefined(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('aws-profile', `${path} cannot be read (${e.code ?? 'error'}).`);
    }
}
function replaceFile(file, text) {
    (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomically */ .l)(file, text, 'latin1');
}
function removeWrittenSections(sections) {
    return sections.map((s) => {
        try {
            const text = readRegularFile(s.file);
            if ((0,_profile_file_js__WEBPACK_IMPORTED_MODULE_3__/* .findSections */ .Kd)(text, s.header).length === 0)
                return `[${s.header}] is not in ${s.file}: nothing to remove`;
            const after = (0,_profile_file_js__WEBPACK_IMPORTED_MODULE_3__/* .removeSection */ .Uf)(text, s.header, s.digest);
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


/***/ })

};
;