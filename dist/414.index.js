"use strict";
exports.id = 414;
exports.ids = [414];
exports.modules = {

/***/ 7414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fromContainerMetadata: () => (/* binding */ fromContainerMetadata),
/* harmony export */   fromHttp: () => (/* binding */ fromHttp),
/* harmony export */   fromInstanceMetadata: () => (/* binding */ fromInstanceMetadata),
/* harmony export */   fromLoginCredentials: () => (/* binding */ fromLoginCredentials),
/* harmony export */   fromProcess: () => (/* binding */ fromProcess),
/* harmony export */   fromSSO: () => (/* binding */ fromSSO),
/* harmony export */   fromTokenFile: () => (/* binding */ fromTokenFile),
/* harmony export */   getDefaultRoleAssumer: () => (/* binding */ getDefaultRoleAssumer)
/* harmony export */ });
/* harmony import */ var _source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2050);
// Stands in, in the bundle only (tsconfig.json "paths"; the tests load the real packages), for the
// providers fromIni (@aws-sdk/credential-providers, role-chaining's source reader) imports when
// a profile is not static keys: assume-role through STS, credential_source, web identity,
// credential_process, SSO and login. The source stage promises no network call and no process,
// and refuses those profiles before fromIni sees them (src/profile-kinds.ts); leaving the
// providers and their SDK clients out keeps ~0.4 MB out of dist/. Should anything still reach
// one, it fails naming the profile kind and why, instead of calling the network.

/** @aws-sdk/nested-clients/sts: a role_arn profile's sts:AssumeRole */
function getDefaultRoleAssumer() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.assumeRole, '@aws-sdk/nested-clients/sts');
}
/** @aws-sdk/credential-provider-http: credential_source = EcsContainer */
function fromHttp() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.credentialSource, '@aws-sdk/credential-provider-http');
}
/** @smithy/credential-provider-imds: credential_source = EcsContainer */
function fromContainerMetadata() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.credentialSource, '@smithy/credential-provider-imds');
}
/** @smithy/credential-provider-imds: credential_source = Ec2InstanceMetadata */
function fromInstanceMetadata() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.credentialSource, '@smithy/credential-provider-imds');
}
/** @aws-sdk/credential-provider-web-identity */
function fromTokenFile() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.webIdentity, '@aws-sdk/credential-provider-web-identity');
}
/** @aws-sdk/credential-provider-process */
function fromProcess() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.credentialProcess, '@aws-sdk/credential-provider-process');
}
/** @aws-sdk/credential-provider-sso */
function fromSSO() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.sso, '@aws-sdk/credential-provider-sso');
}
/** @aws-sdk/credential-provider-login */
function fromLoginCredentials() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.login, '@aws-sdk/credential-provider-login');
}


/***/ })

};
;