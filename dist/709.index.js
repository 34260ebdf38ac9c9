"use strict";
exports.id = 709;
exports.ids = [709];
exports.modules = {

/***/ 2709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fromEnv: () => (/* reexport */ fromEnv),
  fromIni: () => (/* reexport */ fromIni)
});

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-providers/dist-es/fromEnv.js
const fromEnv = (init) => {
    return async (args) => {
        const { fromEnv: _fromEnv } = await __webpack_require__.e(/* import() */ 894).then(__webpack_require__.bind(__webpack_require__, 7894));
        return _fromEnv(init)(args);
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-providers/dist-es/fromIni.js
const fromIni = (init = {}) => {
    return async (args) => {
        const { fromIni: _fromIni } = await __webpack_require__.e(/* import() */ 236).then(__webpack_require__.bind(__webpack_require__, 6236));
        return _fromIni({ ...init })(args);
    };
};

;// CONCATENATED MODULE: ./src/credential-sources.ts
// The credential providers role chaining reads its source with, loaded on that path only
// (loadProviders in source-credentials.ts). Named re-exports let the bundler leave out the
// providers it never uses (Cognito, container, HTTP, temporary credentials, the node chain).



/***/ })

};
;