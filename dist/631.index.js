"use strict";
exports.id = 631;
exports.ids = [631];
exports.modules = {

/***/ 8086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ defaultProvider)
/* harmony export */ });
function defaultProvider() {
    return () => Promise.reject(new Error('No credentials were given for this STS call, and the ambient credential chain is not bundled (see src/bundle/credential-provider-node.ts)'));
}


/***/ }),

/***/ 3440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AssumeRoleCommand: () => (/* reexport safe */ _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_0__.Q),
/* harmony export */   AssumeRoleWithWebIdentityCommand: () => (/* reexport safe */ _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__.W),
/* harmony export */   GetCallerIdentityCommand: () => (/* reexport safe */ _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__.z),
/* harmony export */   NodeHttpHandler: () => (/* reexport safe */ _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_4__.$),
/* harmony export */   STSClient: () => (/* reexport safe */ _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__.i)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7265);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4107);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3546);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2408);
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1668);




/***/ })

};
;