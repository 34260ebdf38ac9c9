"use strict";
exports.id = 397;
exports.ids = [397];
exports.modules = {

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


/***/ }),

/***/ 9397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkConfigProfileWritable: () => (/* binding */ checkConfigProfileWritable),
/* harmony export */   checkProfileWritable: () => (/* binding */ checkProfileWritable),
/* harmony export */   profilePaths: () => (/* binding */ profilePaths),
/* harmony export */   removeWrittenSections: () => (/* reexport safe */ _profile_store_js__WEBPACK_IMPORTED_MODULE_7__.yw),
/* harmony export */   writeConfigProfile: () => (/* binding */ writeConfigProfile),
/* harmony export */   writeProfile: () => (/* binding */ writeProfile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _failure_failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4592);
/* harmony import */ var _source_profile_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6197);
/* harmony import */ var _profile_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1788);
/* harmony import */ var _profile_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4661);









function profilePaths(env, home = env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)()) {
    const usesHome = !env.AWS_SHARED_CREDENTIALS_FILE || !env.AWS_CONFIG_FILE;
    if (usesHome && !(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(home))
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidInput */ .aY)('aws-profile', `HOME is ${home === '' ? 'empty' : `the relative path '${home}'`}, so ~/.aws would be written in the working directory. Allowed: an absolute HOME, or absolute AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE.`);
    const shared = (0,_source_profile_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .profilePaths */ .I)(env, home);
    const paths = { credentials: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(shared.credentials), config: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(shared.config) };
    refuseInsideWorkspace(paths, env.GITHUB_WORKSPACE);
    return paths;
}
function refuseInsideWorkspace(paths, workspace) {
    if (!workspace)
        return;
    for (const file of [paths.credentials, paths.config]) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workspace), file);
        if (rel !== '' && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(rel))
            throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidInput */ .aY)('aws-profile', `${file} is inside GITHUB_WORKSPACE, where later steps may publish it (docker build ., artifacts, commits); this action never writes credentials there. Allowed: files outside the workspace (HOME, AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE).`);
    }
}
function headers(name) {
    const isDefault = name === 'default';
    return {
        credentials: name,
        config: isDefault ? 'default' : `profile ${name}`,
        configAliases: isDefault ? ['profile default'] : []
    };
}
function targets(name, paths) {
    const h = headers(name);
    return [
        { file: paths.credentials, header: h.credentials, aliases: [] },
        { file: paths.config, header: h.config, aliases: h.configAliases }
    ];
}
function ensureDirectory(dir) {
    const stat = (0,_profile_store_js__WEBPACK_IMPORTED_MODULE_7__/* .lstatOrUndefined */ .YB)(dir);
    if (stat?.isSymbolicLink())
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidInput */ .aY)('aws-profile', `${dir} is a symbolic link; this action does not write credentials through one.`);
    if (!stat)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
}
function checkProfileWritable(name, overwrite, paths) {
    for (const { file, header, aliases } of targets(name, paths)) {
        ensureNotLinked((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file));
        const text = (0,_profile_store_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFile */ .XF)(file);
        const found = (0,_profile_file_js__WEBPACK_IMPORTED_MODULE_6__/* .findSections */ .Kd)(text, header, aliases);
        if (found.length > 0 && !overwrite)
            throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidInput */ .aY)('aws-profile', `the profile '${name}' already exists in ${file}. ` +
                'Allowed: a new profile name, or overwrite-aws-profile: true to replace that profile (and only it).');
        if (found.length > 1)
            throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidInput */ .aY)('aws-profile', `the profile '${name}' has ${found.length} sections in ${file} (${found.map((f) => (0,_profile_file_js__WEBPACK_IMPORTED_MODULE_6__/* .headerLine */ .iH)(text, f)).join(', ')}), which the AWS SDKs merge into one: overwriting one would leave the other's settings in force. Allowed: remove all but one of them first.`);
        proveWritable(file);
    }
}
function proveWritable(file) {
    const dir = nearestExisting((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file));
    try {
        if ((0,_profile_store_js__WEBPACK_IMPORTED_MODULE_7__/* .lstatOrUndefined */ .YB)(file))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
        const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.probe`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(probe, 'wx', 0o600));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(probe);
    }
    catch (e) {
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidInput */ .aY)('aws-profile', `${file} cannot be written (${e.code ?? 'error'}), so the profile is not written to either file. Allowed: files in a directory this step can write.`);
    }
}
function nearestExisting(dir) {
    let at = dir;
    while (!(0,_profile_store_js__WEBPACK_IMPORTED_MODULE_7__/* .lstatOrUndefined */ .YB)(at) && (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(at) !== at)
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(at);
    return at;
}
function ensureNotLinked(dir) {
    if ((0,_profile_store_js__WEBPACK_IMPORTED_MODULE_7__/* .lstatOrUndefined */ .YB)(dir)?.isSymbolicLink())
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidInput */ .aY)('aws-profile', `${dir} is a symbolic link; this action does not write credentials through one.`);
}
function writeProfile(name, c, region, overwrite, paths, options = {}) {
    checkProfileWritable(name, overwrite, paths);
    const credentials = [
        ['aws_access_key_id', c.accessKeyId],
        ['aws_secret_access_key', c.secretAccessKey],
        ['aws_session_token', c.sessionToken]
    ];
    const [inCredentials, inConfig] = targets(name, paths);
    const plan = [plannedWrite(inCredentials, credentials), plannedWrite(inConfig, [['region', region]])];
    const sections = plan.map((p) => p.section);
    options.beforeWrite?.(sections);
    const done = [];
    try {
        for (const p of plan) {
            ensureDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(p.section.file));
            (0,_profile_store_js__WEBPACK_IMPORTED_MODULE_7__/* .replaceFile */ .fR)(p.section.file, p.after);
            done.push(p);
        }
    }
    catch (e) {
        const notRestored = done.filter((p) => !restore(p)).map((p) => p.section.file);
        throw new _failure_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .Failure */ .HR('invalid-input', `Input 'aws-profile': ${plan[done.length].section.file} could not be written (${e.code ?? e.message}); ${notRestored.length === 0 ? 'nothing of the profile was left on disk' : `the profile is still in ${notRestored.join(', ')}: the post step removes it`}.`, { stage: 'export' });
    }
    return sections;
}
function plannedWrite(target, values) {
    const existed = (0,_profile_store_js__WEBPACK_IMPORTED_MODULE_7__/* .lstatOrUndefined */ .YB)(target.file) !== undefined;
    const before = (0,_profile_store_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFile */ .XF)(target.file);
    const rendered = Buffer.from((0,_profile_file_js__WEBPACK_IMPORTED_MODULE_6__/* .renderSection */ .YN)(target.header, values, (0,_profile_file_js__WEBPACK_IMPORTED_MODULE_6__/* .lineEnding */ .En)(before)), 'utf8').toString('latin1');
    return {
        section: { file: target.file, header: target.header, digest: (0,_profile_file_js__WEBPACK_IMPORTED_MODULE_6__/* .sectionDigest */ .AR)(rendered) },
        before,
        existed,
        dirExisted: (0,_profile_store_js__WEBPACK_IMPORTED_MODULE_7__/* .lstatOrUndefined */ .YB)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target.file)) !== undefined,
        after: (0,_profile_file_js__WEBPACK_IMPORTED_MODULE_6__/* .putSection */ .L1)(before, target.header, rendered, target.aliases)
    };
}
function restore(p) {
    try {
        if (p.existed)
            (0,_profile_store_js__WEBPACK_IMPORTED_MODULE_7__/* .replaceFile */ .fR)(p.section.file, p.before);
        else
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(p.section.file);
        if (!p.dirExisted)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(p.section.file));
        return true;
    }
    catch {
        return false;
    }
}
function writeConfigProfile(name, values, overwrite, paths, options = {}) {
    checkConfigProfileWritable(name, overwrite, paths);
    const [, inConfig] = targets(name, paths);
    const planned = plannedWrite(inConfig, values);
    options.beforeWrite?.([planned.section]);
    ensureDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(planned.section.file));
    (0,_profile_store_js__WEBPACK_IMPORTED_MODULE_7__/* .replaceFile */ .fR)(planned.section.file, planned.after);
    return planned.section;
}
function checkConfigProfileWritable(name, overwrite, paths) {
    checkProfileWritable(name, overwrite, paths);
    if ((0,_profile_file_js__WEBPACK_IMPORTED_MODULE_6__/* .findSections */ .Kd)((0,_profile_store_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFile */ .XF)(paths.credentials), headers(name).credentials, []).length > 0)
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidInput */ .aY)('aws-profile', `the profile '${name}' has keys in ${paths.credentials}, which would take precedence over its credential_process. Allowed: another profile name, or remove that section first.`);
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