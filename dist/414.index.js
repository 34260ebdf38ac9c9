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

function getDefaultRoleAssumer() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.assumeRole, '@aws-sdk/nested-clients/sts');
}
function fromHttp() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.credentialSource, '@aws-sdk/credential-provider-http');
}
function fromContainerMetadata() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.credentialSource, '@smithy/credential-provider-imds');
}
function fromInstanceMetadata() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.credentialSource, '@smithy/credential-provider-imds');
}
function fromTokenFile() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.webIdentity, '@aws-sdk/credential-provider-web-identity');
}
function fromProcess() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.credentialProcess, '@aws-sdk/credential-provider-process');
}
function fromSSO() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.sso, '@aws-sdk/credential-provider-sso');
}
function fromLoginCredentials() {
    throw (0,_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .notBundled */ .C$)(_source_profile_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSED_PROFILE_KINDS */ .$J.login, '@aws-sdk/credential-provider-login');
}


/***/ })

};
;