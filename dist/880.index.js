"use strict";
exports.id = 880;
exports.ids = [880];
exports.modules = {

/***/ 9880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isTemporary),
/* harmony export */   readSourceCredentials: () => (/* binding */ readSourceCredentials),
/* harmony export */   t: () => (/* binding */ findEnvironmentCredentials)
/* harmony export */ });
/* harmony import */ var _failure_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4592);
/* harmony import */ var _credential_variables_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6516);


/** Temporary keys (from STS) start with ASIA; long-lived IAM user keys with AKIA. */
const TEMPORARY_KEY = /^ASIA[A-Z0-9]{12,124}$/;
// Loaded on the chaining path only: the plain OIDC path never pays for it.
const loadProviders = () => __webpack_require__.e(/* import() */ 771).then(__webpack_require__.bind(__webpack_require__, 2771));
/**
 * The environment's credentials: the AWS_* variables, else the profile AWS_PROFILE names. Both
 * are read locally; nothing here calls the network or starts a process: a profile whose
 * credentials need either (SSO, credential_process, role_arn…) is refused with
 * source-profile-unsupported before fromIni would run it.
 */
async function findEnvironmentCredentials(env) {
    const { fromEnv, fromIni, parseKnownFiles, refusedProfile } = await loadProviders();
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
        return { ...(await fromEnv()()), from: 'the environment' };
    const profile = env.AWS_PROFILE;
    if (!profile)
        return undefined;
    let refused;
    try {
        refused = refusedProfile(profile, (await parseKnownFiles({ ignoreCache: true }))[profile]);
        if (!refused)
            return { ...(await fromIni({ profile, ignoreCache: true })()), from: `profile ${profile}` };
    }
    catch {
        return undefined;
    }
    throw refused;
}
/** role-chaining's source: temporary credentials in the environment, masked before anything prints. */
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
/** Issued by STS: an ASIA… key id with a session token. */
function isTemporary(c) {
    return TEMPORARY_KEY.test(c.accessKeyId) && !!c.sessionToken;
}
/** Names of the credential variables, set or not: never their values. */
function variablesEvidence(env) {
    const state = (name) => `${name}: ${env[name] ? 'set' : 'not set'}`;
    return [..._credential_variables_js__WEBPACK_IMPORTED_MODULE_1__/* .CREDENTIAL_VARIABLES */ .e.map(state), `AWS_PROFILE: ${env.AWS_PROFILE ? env.AWS_PROFILE : 'not set'}`];
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


/***/ })

};
;