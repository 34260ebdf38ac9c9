"use strict";
exports.id = 500;
exports.ids = [500,880];
exports.modules = {

/***/ 9880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isTemporary),
/* harmony export */   readSourceCredentials: () => (/* binding */ readSourceCredentials),
/* harmony export */   t: () => (/* binding */ findEnvironmentCredentials)
/* harmony export */ });
/* harmony import */ var _failure_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4592);
/* harmony import */ var _credential_variables_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6516);
/* harmony import */ var _profile_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6197);



const TEMPORARY_KEY = /^ASIA[A-Z0-9]{12,124}$/;
const loadProviders = () => __webpack_require__.e(/* import() */ 430).then(__webpack_require__.bind(__webpack_require__, 3430));
async function findEnvironmentCredentials(env) {
    const variables = fromVariables(env);
    if (variables)
        return variables;
    const profile = env.AWS_PROFILE;
    if (!profile)
        return undefined;
    const { fromIni, parseKnownFiles, refusedProfile } = await loadProviders();
    const { credentials: filepath, config: configFilepath } = (0,_profile_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .profilePaths */ .I)(env);
    const files = { filepath, configFilepath, ignoreCache: true };
    let refused;
    try {
        refused = refusedProfile(profile, (await parseKnownFiles({ ...files, profile }))[profile]);
        if (!refused)
            return { ...(await fromIni({ ...files, profile })()), from: `profile ${profile}` };
    }
    catch {
        return undefined;
    }
    throw refused;
}
function fromVariables(env) {
    const [accessKeyId, secretAccessKey, sessionToken] = _credential_variables_js__WEBPACK_IMPORTED_MODULE_2__/* .CREDENTIAL_VARIABLES */ .e.map((name) => env[name]);
    if (!accessKeyId || !secretAccessKey)
        return undefined;
    const expiration = env.AWS_CREDENTIAL_EXPIRATION ? new Date(env.AWS_CREDENTIAL_EXPIRATION) : undefined;
    return { accessKeyId, secretAccessKey, sessionToken: sessionToken || undefined, expiration, from: 'the environment' };
}
async function readSourceCredentials(env, core, nowMs) {
    const found = await findEnvironmentCredentials(env);
    if (!found)
        throw noSource(env);
    core.setSecret(found.accessKeyId);
    core.setSecret(found.secretAccessKey);
    if (found.sessionToken)
        core.setSecret(found.sessionToken);
    if (!isTemporary(found) || !found.sessionToken)
        throw longLived(found);
    if (found.expiration && found.expiration.getTime() <= nowMs)
        throw expiredLocally(found.expiration, found.from);
    return { ...found, sessionToken: found.sessionToken };
}
function isTemporary(c) {
    return TEMPORARY_KEY.test(c.accessKeyId) && !!c.sessionToken;
}
function variablesEvidence(env) {
    const state = (name) => `${name}: ${env[name] ? 'set' : 'not set'}`;
    return [..._credential_variables_js__WEBPACK_IMPORTED_MODULE_2__/* .CREDENTIAL_VARIABLES */ .e.map(state), `AWS_PROFILE: ${env.AWS_PROFILE ? env.AWS_PROFILE : 'not set'}`];
}
function noSource(env) {
    return new _failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .Failure */ .HR('source-credentials-missing', 'role-chaining is set, but there are no credentials in the environment to chain from. Nothing was sent to AWS.', {
        stage: 'source',
        evidence: variablesEvidence(env),
        fix: [
            'run an earlier step of this action without role-chaining (it exports AWS_ACCESS_KEY_ID, ' +
                'AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN), then this step with role-chaining: true',
            'or let the earlier step write a profile (aws-profile: NAME) and set AWS_PROFILE: NAME for this step',
            'or, if this step was meant to use OIDC, remove role-chaining (it never falls back to the ID token)'
        ],
        retryable: false
    });
}
function longLived(found) {
    const kind = TEMPORARY_KEY.test(found.accessKeyId)
        ? 'a temporary key id without a session token'
        : 'not a temporary key (ASIA…): a long-lived IAM user key';
    return new _failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .Failure */ .HR('source-credentials-long-lived', `The credentials in ${found.from} are ${kind}. ` +
        'role-chaining only chains from temporary credentials; they were not used.', {
        stage: 'source',
        evidence: [
            `access key id: ${found.accessKeyId.slice(0, 4)}… ` +
                `(${found.accessKeyId.length} characters; the key itself is not shown)`,
            `session token: ${found.sessionToken ? 'present' : 'absent'}`
        ],
        fix: [
            'remove the static keys from the job (secrets such as AWS_ACCESS_KEY_ID); ' +
                'get temporary credentials with an earlier OIDC step of this action and chain from those'
        ],
        retryable: false
    });
}
function expiredLocally(expiration, from) {
    return new _failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .Failure */ .HR('source-credentials-expired', `The credentials in ${from} expired at ${expiration.toISOString()}. Nothing was sent to AWS.`, {
        stage: 'source',
        evidence: [`AWS_CREDENTIAL_EXPIRATION: ${expiration.toISOString()}`],
        fix: [
            'run the step that gets the source credentials right before this one',
            'or give that step a longer role-duration-seconds'
        ],
        retryable: false
    });
}


/***/ }),

/***/ 9500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   keepExistingCredentials: () => (/* binding */ keepExistingCredentials)
/* harmony export */ });
/* harmony import */ var _failure_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4592);
/* harmony import */ var _output_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8078);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9880);



async function keepExistingCredentials(ctx, sts) {
    const { config, core, env } = ctx;
    const assumeAnyway = (why) => {
        core.info(`use-existing-credentials: ${why}; assuming ${config.role.arn}.`);
        return undefined;
    };
    let found;
    try {
        found = await (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .findEnvironmentCredentials */ .t)(env);
    }
    catch (e) {
        if (isUnsupportedProfile(e))
            return assumeAnyway((0,_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logSafe */ .sN)(e.summary));
        throw e;
    }
    if (!found)
        return assumeAnyway('no credentials in the environment');
    core.setSecret(found.accessKeyId);
    core.setSecret(found.secretAccessKey);
    if (found.sessionToken)
        core.setSecret(found.sessionToken);
    if (!(0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .isTemporary */ .e)(found))
        return assumeAnyway(`the credentials in ${found.from} are long-lived keys, never used`);
    let identity;
    try {
        identity = await sts.getCallerIdentity(found);
    }
    catch (e) {
        const name = e.name;
        return assumeAnyway(`the credentials in ${found.from} did not verify (${(0,_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logSafe */ .sN)(name)})`);
    }
    if (config.maskAccountId)
        core.setSecret(identity.account);
    if (config.allowedAccountIds.length > 0 && !config.allowedAccountIds.includes(identity.account))
        return assumeAnyway(`their account ${identity.account} is not in allowed-account-ids`);
    return { kind: 'kept', identity, from: found.from };
}
function isUnsupportedProfile(e) {
    return (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .isFailure */ .N6)(e) && e.code === 'source-profile-unsupported';
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