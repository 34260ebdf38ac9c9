"use strict";
exports.id = 977;
exports.ids = [977];
exports.modules = {

/***/ 9977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refreshLocked: () => (/* binding */ refreshLocked)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sinks_refresh_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1744);



const STALE_LOCK_MS = 45_000;
const POLL_MS = 100;
async function refreshLocked(cacheFile, key, now, refresh) {
    const lock = (0,_sinks_refresh_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .lockPath */ .HZ)(cacheFile);
    for (;;) {
        const fd = tryLock(lock);
        if (fd !== undefined) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            try {
                const cached = (0,_sinks_refresh_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .readCache */ .xe)(cacheFile, key);
                return cached && (0,_sinks_refresh_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .stillFresh */ .bK)(cached, now()) ? cached : await refresh();
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(lock);
            }
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(POLL_MS);
        const cached = (0,_sinks_refresh_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .readCache */ .xe)(cacheFile, key);
        if (cached && (0,_sinks_refresh_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .stillFresh */ .bK)(cached, now()))
            return cached;
        if (lockAgeMs(lock, now()) > STALE_LOCK_MS)
            removeQuietly(lock);
    }
}
function tryLock(lock) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(lock, 'wx', 0o600);
    }
    catch (e) {
        if (e.code === 'EEXIST')
            return undefined;
        throw e;
    }
}
function lockAgeMs(lock, nowMs) {
    try {
        return nowMs - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(lock).mtimeMs;
    }
    catch {
        return 0;
    }
}
function removeQuietly(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
    }
    catch {
    }
}


/***/ })

};
;