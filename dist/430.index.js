"use strict";
exports.id = 430;
exports.ids = [430];
exports.modules = {

/***/ 6814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ CONFIG_PREFIX_SEPARATOR)
/* harmony export */ });
const CONFIG_PREFIX_SEPARATOR = ".";


/***/ }),

/***/ 8529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ loadSharedConfigFiles)
});

// UNUSED EXPORTS: CONFIG_PREFIX_SEPARATOR

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./node_modules/@smithy/types/dist-es/profile.js
var IniSectionType;
(function (IniSectionType) {
    IniSectionType["PROFILE"] = "profile";
    IniSectionType["SSO_SESSION"] = "sso-session";
    IniSectionType["SERVICES"] = "services";
})(IniSectionType || (IniSectionType = {}));

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/constants.js
var constants = __webpack_require__(6814);
;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/getConfigData.js


const getConfigData = (data) => Object.entries(data)
    .filter(([key]) => {
    const indexOfSeparator = key.indexOf(constants/* CONFIG_PREFIX_SEPARATOR */.Q);
    if (indexOfSeparator === -1) {
        return false;
    }
    return Object.values(IniSectionType).includes(key.substring(0, indexOfSeparator));
})
    .reduce((acc, [key, value]) => {
    const indexOfSeparator = key.indexOf(constants/* CONFIG_PREFIX_SEPARATOR */.Q);
    const updatedKey = key.substring(0, indexOfSeparator) === IniSectionType.PROFILE ? key.substring(indexOfSeparator + 1) : key;
    acc[updatedKey] = value;
    return acc;
}, {
    ...(data.default && { default: data.default }),
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/getHomeDir.js


const homeDirCache = {};
const getHomeDirCacheKey = () => {
    if (process && process.geteuid) {
        return `${process.geteuid()}`;
    }
    return "DEFAULT";
};
const getHomeDir = () => {
    const { HOME, USERPROFILE, HOMEPATH, HOMEDRIVE = `C:${external_node_path_.sep}` } = process.env;
    if (HOME) {
        return HOME;
    }
    if (USERPROFILE) {
        return USERPROFILE;
    }
    if (HOMEPATH) {
        return `${HOMEDRIVE}${HOMEPATH}`;
    }
    const homeDirCacheKey = getHomeDirCacheKey();
    if (!homeDirCache[homeDirCacheKey]) {
        homeDirCache[homeDirCacheKey] = (0,external_node_os_.homedir)();
    }
    return homeDirCache[homeDirCacheKey];
};

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/getConfigFilepath.js


const ENV_CONFIG_PATH = "AWS_CONFIG_FILE";
const getConfigFilepath = () => process.env[ENV_CONFIG_PATH] || (0,external_node_path_.join)(getHomeDir(), ".aws", "config");

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/getCredentialsFilepath.js


const ENV_CREDENTIALS_PATH = "AWS_SHARED_CREDENTIALS_FILE";
const getCredentialsFilepath = () => process.env[ENV_CREDENTIALS_PATH] || (0,external_node_path_.join)(getHomeDir(), ".aws", "credentials");

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/parseIni.js


const prefixKeyRegex = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/;
const profileNameBlockList = ["__proto__", "profile __proto__"];
const parseIni = (iniData) => {
    const map = {};
    let currentSection;
    let currentSubSection;
    for (const iniLine of iniData.split(/\r?\n/)) {
        const trimmedLine = iniLine.split(/(^|\s)[;#]/)[0].trim();
        const isSection = trimmedLine[0] === "[" && trimmedLine[trimmedLine.length - 1] === "]";
        if (isSection) {
            currentSection = undefined;
            currentSubSection = undefined;
            const sectionName = trimmedLine.substring(1, trimmedLine.length - 1);
            const matches = prefixKeyRegex.exec(sectionName);
            if (matches) {
                const [, prefix, , name] = matches;
                if (Object.values(IniSectionType).includes(prefix)) {
                    currentSection = [prefix, name].join(constants/* CONFIG_PREFIX_SEPARATOR */.Q);
                }
            }
            else {
                currentSection = sectionName;
            }
            if (profileNameBlockList.includes(sectionName)) {
                throw new Error(`Found invalid profile name "${sectionName}"`);
            }
        }
        else if (currentSection) {
            const indexOfEqualsSign = trimmedLine.indexOf("=");
            if (![0, -1].includes(indexOfEqualsSign)) {
                const [name, value] = [
                    trimmedLine.substring(0, indexOfEqualsSign).trim(),
                    trimmedLine.substring(indexOfEqualsSign + 1).trim(),
                ];
                if (value === "") {
                    currentSubSection = name;
                }
                else {
                    if (currentSubSection && iniLine.trimStart() === iniLine) {
                        currentSubSection = undefined;
                    }
                    map[currentSection] = map[currentSection] || {};
                    const key = currentSubSection ? [currentSubSection, name].join(constants/* CONFIG_PREFIX_SEPARATOR */.Q) : name;
                    map[currentSection][key] = value;
                }
            }
        }
    }
    return map;
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/readFile.js

const filePromises = {};
const fileIntercept = {};
const readFile = (path, options) => {
    if (fileIntercept[path] !== undefined) {
        return fileIntercept[path];
    }
    if (!filePromises[path] || options?.ignoreCache) {
        filePromises[path] = (0,promises_.readFile)(path, "utf8");
    }
    return filePromises[path];
};

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/loadSharedConfigFiles.js







const swallowError = () => ({});

const loadSharedConfigFiles = async (init = {}) => {
    const { filepath = getCredentialsFilepath(), configFilepath = getConfigFilepath() } = init;
    const homeDir = getHomeDir();
    const relativeHomeDirPrefix = "~/";
    let resolvedFilepath = filepath;
    if (filepath.startsWith(relativeHomeDirPrefix)) {
        resolvedFilepath = (0,external_node_path_.join)(homeDir, filepath.slice(2));
    }
    let resolvedConfigFilepath = configFilepath;
    if (configFilepath.startsWith(relativeHomeDirPrefix)) {
        resolvedConfigFilepath = (0,external_node_path_.join)(homeDir, configFilepath.slice(2));
    }
    const parsedFiles = await Promise.all([
        readFile(resolvedConfigFilepath, {
            ignoreCache: init.ignoreCache,
        })
            .then(parseIni)
            .then(getConfigData)
            .catch(swallowError),
        readFile(resolvedFilepath, {
            ignoreCache: init.ignoreCache,
        })
            .then(parseIni)
            .catch(swallowError),
    ]);
    return {
        configFile: parsedFiles[0],
        credentialsFile: parsedFiles[1],
    };
};


/***/ }),

/***/ 816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ parseKnownFiles)
});

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/loadSharedConfigFiles.js + 7 modules
var loadSharedConfigFiles = __webpack_require__(8529);
;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/mergeConfigFiles.js
const mergeConfigFiles = (...files) => {
    const merged = {};
    for (const file of files) {
        for (const [key, values] of Object.entries(file)) {
            if (merged[key] !== undefined) {
                Object.assign(merged[key], values);
            }
            else {
                merged[key] = values;
            }
        }
    }
    return merged;
};

;// CONCATENATED MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/parseKnownFiles.js


const parseKnownFiles = async (init) => {
    const parsedFiles = await (0,loadSharedConfigFiles/* loadSharedConfigFiles */.p)(init);
    return mergeConfigFiles(parsedFiles.configFile, parsedFiles.credentialsFile);
};


/***/ }),

/***/ 2050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ REFUSED_PROFILE_KINDS),
/* harmony export */   C$: () => (/* binding */ notBundled),
/* harmony export */   Uz: () => (/* binding */ refusedProfile)
/* harmony export */ });
/* unused harmony exports refusedKindOf, refusalReason, UnsupportedProfile */
/* harmony import */ var _failure_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4592);

const REFUSED_PROFILE_KINDS = {
    credentialSource: {
        kind: 'credential_source',
        keys: ['credential_source'],
        by: 'a request to the container or EC2 instance metadata endpoint (network), then sts:AssumeRole'
    },
    assumeRole: {
        kind: 'role_arn/source_profile',
        keys: ['source_profile'],
        by: "an sts:AssumeRole call (network) signed with another profile's credentials"
    },
    webIdentity: {
        kind: 'web_identity_token_file',
        keys: ['web_identity_token_file'],
        by: 'an sts:AssumeRoleWithWebIdentity call (network)'
    },
    credentialProcess: { kind: 'credential_process', keys: ['credential_process'], by: 'starting a process' },
    sso: {
        kind: 'sso_*',
        keys: ['sso_session', 'sso_start_url', 'sso_account_id', 'sso_region', 'sso_role_name'],
        by: 'IAM Identity Center calls (network) with a cached SSO token'
    },
    login: { kind: 'login', keys: ['login_session'], by: 'AWS sign-in calls (network) with a cached login session' }
};
function refusedKindOf(profile) {
    if (!profile)
        return undefined;
    const holds = (k) => k.keys.some((key) => key in profile);
    const { credentialSource, assumeRole } = REFUSED_PROFILE_KINDS;
    const staticKeys = 'aws_access_key_id' in profile && 'aws_secret_access_key' in profile;
    if (staticKeys && !holds(credentialSource) && !holds(assumeRole))
        return undefined;
    return Object.values(REFUSED_PROFILE_KINDS).find(holds);
}
function refusalReason(k) {
    return (`${k.kind} profiles get their credentials by ${k.by}, and role-chaining reads its source ` +
        'credentials locally only (static temporary keys, as aws-profile writes them)');
}
function refusedProfile(profile, data) {
    const kind = refusedKindOf(data);
    return (kind &&
        new UnsupportedProfile(profile, kind, Object.keys(data ?? {}).filter((key) => kind.keys.includes(key))));
}
class UnsupportedProfile extends _failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .Failure */ .HR {
    summary;
    constructor(profile, kind, holds) {
        super('source-profile-unsupported', `The profile ${profile} (AWS_PROFILE) was not used: ${refusalReason(kind)}. Nothing was sent to AWS.`, {
            stage: 'source',
            evidence: [`AWS_PROFILE: ${profile}`, `profile kind: ${kind.kind} (it holds ${holds.join(', ')})`],
            fix: [
                'get the source credentials with an earlier OIDC step of this action that writes a profile ' +
                    '(aws-profile: NAME), and set AWS_PROFILE: NAME for this step',
                'or let the earlier step export them as AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and ' +
                    'AWS_SESSION_TOKEN and leave AWS_PROFILE unset'
            ],
            retryable: false
        });
        this.summary = `the profile ${profile} is a ${kind.kind} profile, not read (it gets its credentials by ${kind.by})`;
    }
}
function notBundled(k, pkg) {
    return new Error(`role-chaining does not run ${k.kind} profiles (${pkg} is not bundled): ${refusalReason(k)}`);
}


/***/ }),

/***/ 3430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fromIni: () => (/* reexport */ fromIni),
  parseKnownFiles: () => (/* reexport */ parseKnownFiles/* parseKnownFiles */.Y),
  refusedProfile: () => (/* reexport */ profile_kinds/* refusedProfile */.Uz)
});

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-providers/dist-es/fromIni.js
const fromIni = (init = {}) => {
    return async (args) => {
        const { fromIni: _fromIni } = await __webpack_require__.e(/* import() */ 236).then(__webpack_require__.bind(__webpack_require__, 6236));
        return _fromIni({ ...init })(args);
    };
};

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/parseKnownFiles.js + 1 modules
var parseKnownFiles = __webpack_require__(816);
// EXTERNAL MODULE: ./src/source/profile-kinds.ts
var profile_kinds = __webpack_require__(2050);
;// CONCATENATED MODULE: ./src/source/providers.ts





/***/ })

};
;