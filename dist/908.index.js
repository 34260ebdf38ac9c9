"use strict";
exports.id = 908;
exports.ids = [908];
exports.modules = {

/***/ 4908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chainParams: () => (/* binding */ chainParams)
/* harmony export */ });
/* harmony import */ var _chain_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(604);
// Assume stage for role chaining: the sts:AssumeRole request for role-to-assume, built from the
// inputs, the run's session tags and the source credentials it is signed with.

function chainParams(config, source, env, core) {
    const tags = config.roleSkipSessionTagging ? [] : (0,_chain_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .sessionTags */ .cc)(env, config.customTags);
    const transitive = config.roleSkipSessionTagging
        ? []
        : (0,_chain_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .transitiveKeys */ .su)(tags, config.transitiveTagKeys, (m) => core.warning(m, { title: 'transitive-tag-keys' }));
    const transitiveNote = transitive.length > 0 ? ` (transitive: ${transitive.join(', ')})` : '';
    core.info(tags.length > 0
        ? `Session tags: ${tags.map((t) => t.key).join(', ')}${transitiveNote}`
        : 'Session tags: none (role-skip-session-tagging)');
    return {
        roleArn: config.role.arn,
        roleSessionName: config.roleSessionName,
        durationSeconds: config.durationSeconds,
        externalId: config.roleExternalId,
        tags,
        transitiveTagKeys: transitive,
        policy: config.inlineSessionPolicy,
        policyArns: config.managedSessionPolicies,
        source
    };
}


/***/ })

};
;