"use strict";
exports.id = 419;
exports.ids = [419];
exports.modules = {

/***/ 8419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_REFRESH_PROFILE: () => (/* binding */ DEFAULT_REFRESH_PROFILE),
/* harmony export */   bundledCli: () => (/* binding */ bundledCli),
/* harmony export */   planRefresh: () => (/* binding */ planRefresh),
/* harmony export */   refreshParameters: () => (/* binding */ refreshParameters),
/* harmony export */   writeRefresh: () => (/* binding */ writeRefresh)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _failure_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4592);
/* harmony import */ var _source_credential_variables_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6516);
/* harmony import */ var _refresh_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1744);
/* harmony import */ var _refresh_parameters_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9748);






const profiles = () => __webpack_require__.e(/* import() */ 397).then(__webpack_require__.bind(__webpack_require__, 9397));
const DEFAULT_REFRESH_PROFILE = 'aws-oidc-credentials';
function refreshParameters(config) {
    return {
        roleArn: config.role.arn,
        roleSessionName: config.roleSessionName,
        durationSeconds: config.durationSeconds,
        audience: config.audience,
        region: config.region,
        inlineSessionPolicy: config.inlineSessionPolicy,
        managedSessionPolicies: config.managedSessionPolicies,
        stsEndpoint: config.stsEndpoint
    };
}
function bundledCli() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(process.argv[1] ?? ''), 'cli', 'index.js');
}
async function planRefresh(config, env, node = process.execPath, cli = bundledCli()) {
    if (process.platform === 'win32')
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('refresh-credentials', 'true is supported on Linux and macOS runners only: its credential_process command line is written for POSIX shells.');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(cli))
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('refresh-credentials', `true needs the action's bundled CLI, which is not at ${cli}.`);
    const profile = config.awsProfile ?? DEFAULT_REFRESH_PROFILE;
    const { checkConfigProfileWritable, profilePaths } = await profiles();
    checkConfigProfileWritable(profile, config.overwriteAwsProfile, profilePaths(env));
    const params = refreshParameters(config);
    const command = (0,_refresh_parameters_js__WEBPACK_IMPORTED_MODULE_4__/* .commandLine */ .ay)(node, cli, params);
    const problem = (0,_refresh_parameters_js__WEBPACK_IMPORTED_MODULE_4__/* .configFileProblem */ .IX)(command);
    if (problem)
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('refresh-credentials', `the profile's credential_process line cannot hold this step's values (audience, inline-session-policy or the paths of node and the action): ${problem}.`);
    const key = (0,_refresh_parameters_js__WEBPACK_IMPORTED_MODULE_4__/* .keyOf */ .TN)(params);
    const cacheFile = (0,_refresh_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .cachePath */ .Ae)(env.RUNNER_TEMP ?? '', key);
    try {
        (0,_refresh_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureCacheDirectory */ .QM)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(cacheFile));
    }
    catch (e) {
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('refresh-credentials', `its cache directory cannot be used: ${e.message}.`);
    }
    return { profile, command, cacheFile, key };
}
async function writeRefresh(plan, config, credentials, env, core, nowMs, beforeWrite) {
    const { profilePaths, writeConfigProfile } = await profiles();
    const paths = profilePaths(env);
    const section = writeConfigProfile(plan.profile, [
        ['credential_process', plan.command],
        ['region', config.region]
    ], config.overwriteAwsProfile, paths, { beforeWrite: (sections) => beforeWrite({ sections, files: [plan.cacheFile] }) });
    (0,_refresh_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .writeCache */ .aR)(plan.cacheFile, plan.key, {
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        sessionToken: credentials.sessionToken,
        expiration: credentials.expiration.getTime(),
        obtained: nowMs
    });
    const variables = [
        ['AWS_PROFILE', plan.profile],
        ['AWS_REGION', config.region],
        ['AWS_DEFAULT_REGION', config.region],
        ['AWS_SDK_LOAD_CONFIG', '1'],
        ..._source_credential_variables_js__WEBPACK_IMPORTED_MODULE_5__/* .CREDENTIAL_VARIABLES */ .e.map((name) => [name, ''])
    ];
    for (const [name, value] of variables)
        core.exportVariable(name, value);
    core.info(`Wrote the profile ${plan.profile} to ${paths.config}: later steps' AWS CLI and SDKs run its credential_process for a fresh session before this one expires (AWS_PROFILE=${plan.profile}; ${_source_credential_variables_js__WEBPACK_IMPORTED_MODULE_5__/* .CREDENTIAL_VARIABLES */ .e.join(', ')} are blank).`);
    core.info(`credential_process = ${plan.command}`);
    return { sections: [section], variables: variables.map(([name]) => name), files: [plan.cacheFile] };
}


/***/ })

};
;