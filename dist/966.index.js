"use strict";
exports.id = 966;
exports.ids = [966];
exports.modules = {

/***/ 7966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERDICTS: () => (/* binding */ VERDICTS),
/* harmony export */   evaluateClaims: () => (/* binding */ evaluateClaims),
/* harmony export */   evaluateLocally: () => (/* binding */ evaluateLocally),
/* harmony export */   evaluationLines: () => (/* binding */ evaluationLines),
/* harmony export */   printDryRun: () => (/* binding */ printDryRun),
/* harmony export */   printLocalEvaluation: () => (/* binding */ printLocalEvaluation)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8652);
/* harmony import */ var _subject_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(313);
/* harmony import */ var _suggest_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9494);
/* harmony import */ var _output_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8078);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2611);
/* harmony import */ var _policy_subject_risk_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6560);






function evaluateLocally(config, claims) {
    if (!config.trustPolicy)
        return undefined;
    return evaluateClaims(config.trustPolicy.policy, claims, config.role);
}
function evaluateClaims(policy, claims, role, unknownClaims = []) {
    const iss = String(claims.iss ?? '');
    const withKeys = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .claimsWithKeys */ .WS)(iss).map((c) => c.toLowerCase());
    return (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateTrustPolicy */ .y1)(policy, {
        action: 'sts:AssumeRoleWithWebIdentity',
        federatedPrincipal: (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .providerArnFor */ .IO)(iss, role.account, role.partition),
        keys: (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .conditionKeysFromClaims */ .pZ)(claims),
        issuer: iss,
        unknownKeys: unknownClaims.filter((c) => withKeys.includes(c.toLowerCase())).map((c) => `${(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .issuerPrefix */ .A_)(iss)}:${c}`)
    });
}
const VERDICTS = {
    allow: 'ALLOWS',
    'explicit-deny': 'DENIES (explicit Deny)',
    'implicit-deny': 'DENIES (no statement allows)',
    'cannot-decide': 'CANNOT DECIDE whether it allows'
};
function evaluationLines(ev, claims, redact, neededProvider) {
    const scrub = (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactor */ .$)(claims, redact);
    const lines = [];
    for (const st of ev.statements) {
        lines.push(`statement ${st.index}${st.sid ? ` (${st.sid})` : ''}: ${st.effect}, principal ${st.principalMatches ? '✓' : '✗'}, action ${st.actionMatches ? '✓' : '✗'} -> ${st.applies ? 'applies' : 'does not apply'}`);
        if (st.federated)
            lines.push(`  ${(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .principalDifference */ .C9)(st.federated, neededProvider)}`);
        for (const c of st.conditions) {
            const hidden = (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .keyIsRedacted */ ._)(c.key, redact);
            lines.push(`  ${(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCondition */ .pu)(c, hidden)}`, ...(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .conditionHints */ .sj)(c, hidden).map((h) => `    ${h}`));
        }
    }
    return lines.map(scrub);
}
function printLocalEvaluation(config, claims, core) {
    const ev = evaluateLocally(config, claims);
    if (!ev)
        return undefined;
    const needed = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .providerArnFor */ .IO)(String(claims.iss ?? ''), config.role.account, config.role.partition);
    core.startGroup(`Trust policy from ${(0,_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logSafe */ .sN)(config.trustPolicy?.source ?? '')} ${VERDICTS[ev.decision]} this token`);
    for (const line of evaluationLines(ev, claims, config.redactClaims, needed))
        core.info((0,_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logSafe */ .sN)(line));
    core.endGroup();
    const scrub = (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactor */ .$)(claims, config.redactClaims);
    for (const w of ev.warnings)
        core.warning((0,_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logSafe */ .sN)(scrub(w)), { title: 'trust policy' });
    return ev;
}
function printDryRun(config, claims, core) {
    const sub = typeof claims.sub === 'string' ? claims.sub : '';
    const aud = typeof claims.aud === 'string' ? claims.aud : config.audience;
    const iss = String(claims.iss ?? _policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_ISSUER */ .oX);
    const scrub = (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactor */ .$)(claims, config.redactClaims);
    const analysis = (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .analyzeSubject */ .$D)(sub, claims);
    core.info('Dry run: no AWS API is called and nothing is exported.');
    for (const line of (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .explainForm */ ._$)(analysis))
        core.info((0,_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logSafe */ .sN)(scrub(line)));
    if (config.redactClaims.includes('sub')) {
        core.info('sub is in redact-claims: no trust policy is suggested, since it would show the subject.');
        return;
    }
    const chosen = (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .narrowestSubject */ .Es)(sub, analysis);
    const s = (0,_suggest_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .suggestTrustPolicy */ .D)({
        iss,
        aud,
        account: config.role.account,
        partition: config.role.partition,
        sub: chosen
    });
    const risk = (0,_policy_subject_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectRisk */ .G)(chosen.operator, chosen.value);
    core.startGroup(`A minimal trust policy allowing ${(0,_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logSafe */ .sN)(scrub((0,_suggest_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .subjectLabel */ .p)(chosen)))} (JSON, then Terraform)`);
    if (risk)
        core.info((0,_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logSafe */ .sN)(scrub(`⚠ ${risk}; ${_policy_subject_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .SAFER_FORMS */ .W}.`)));
    for (const line of s.json.split('\n'))
        core.info((0,_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logSafe */ .sN)(scrub(line)));
    for (const line of s.terraform.split('\n'))
        core.info((0,_output_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logSafe */ .sN)(scrub(line)));
    core.endGroup();
}


/***/ })

};
;