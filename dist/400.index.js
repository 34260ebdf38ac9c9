"use strict";
exports.id = 400;
exports.ids = [400];
exports.modules = {

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