"use strict";
exports.id = 908;
exports.ids = [908];
exports.modules = {

/***/ 3380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CODES),
/* harmony export */   r: () => (/* binding */ RETRYABLE)
/* harmony export */ });
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
    'source-credentials-invalid',
    'assume-role-denied',
    'tag-session-denied',
    'token-expired',
    'idp-communication-error',
    'session-duration-exceeded',
    'session-policy-invalid',
    'region-disabled',
    'throttled',
    'network-error',
    'sts-response-invalid',
    'identity-mismatch',
    'account-not-allowed',
    'clock-skew',
    'unknown'
];
const RETRYABLE = new Set([
    'id-token-request-failed',
    'idp-communication-error',
    'throttled',
    'network-error'
]);


/***/ }),

/***/ 4086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* unused harmony export OUTPUTS */
const OUTPUTS = [
    { name: 'aws-account-id', description: 'The account id of the verified credentials (from GetCallerIdentity).' },
    {
        name: 'authenticated-arn',
        description: 'The assumed-role ARN of the verified credentials (from GetCallerIdentity).'
    },
    { name: 'subject', description: "The ID token's sub claim." },
    { name: 'diagnosis', description: 'Empty on success; the diagnosis code on failure.' },
    { name: 'aws-access-key-id', description: 'With output-credentials: the access key id.' },
    { name: 'aws-secret-access-key', description: 'With output-credentials: the secret access key.' },
    { name: 'aws-session-token', description: 'With output-credentials: the session token.' },
    { name: 'aws-expiration', description: 'With output-credentials: when the credentials expire (ISO 8601).' }
];
function setOutputs(core, values) {
    for (const [name, value] of Object.entries(values))
        if (value !== undefined)
            core.setOutput(name, value);
}


/***/ })

};
;