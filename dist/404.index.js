"use strict";
exports.id = 404;
exports.ids = [404];
exports.modules = {

/***/ 404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  chainParams: () => (/* binding */ chainParams)
});

// EXTERNAL MODULE: ./src/inputs/tags.ts
var inputs_tags = __webpack_require__(4480);
;// CONCATENATED MODULE: ./src/source/chain-tags.ts

const NOT_TAG_CHARACTER = /[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu;
function sanitizeTagValue(value) {
    return [...value.replace(NOT_TAG_CHARACTER, '_')].slice(0, inputs_tags/* MAX_TAG_VALUE */.AZ).join('');
}
function sessionTags(env, custom) {
    const tags = [{ key: 'GitHub', value: 'Actions' }];
    for (const [key, variable] of inputs_tags/* RUN_TAGS */.kc) {
        const value = env[variable];
        if (value)
            tags.push({ key, value: sanitizeTagValue(value) });
    }
    for (const [key, value] of Object.entries(custom))
        tags.push({ key, value });
    return tags;
}
function transitiveKeys(tags, wanted, warn) {
    const sent = new Set(tags.map((t) => t.key));
    const unknown = wanted.filter((key) => !sent.has(key));
    const verb = unknown.length > 1 ? 'are' : 'is';
    if (unknown.length > 0)
        warn(`transitive-tag-keys: ${unknown.join(', ')} ${verb} not among the session tags ` +
            `(${[...sent].join(', ')}) and ${verb} not sent.`);
    return wanted.filter((key) => sent.has(key));
}

;// CONCATENATED MODULE: ./src/source/chain-request.ts

function chainParams(config, source, env, core) {
    const tags = config.roleSkipSessionTagging ? [] : sessionTags(env, config.customTags);
    const transitive = config.roleSkipSessionTagging
        ? []
        : transitiveKeys(tags, config.transitiveTagKeys, (m) => core.warning(m, { title: 'transitive-tag-keys' }));
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