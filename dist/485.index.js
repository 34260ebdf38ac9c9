"use strict";
exports.id = 485;
exports.ids = [485,966];
exports.modules = {

/***/ 2485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/cli/errors.ts
var errors = __webpack_require__(6675);
;// CONCATENATED MODULE: ./src/cli/args.ts


const COMMON_OPTIONS = {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
function parseOptions(command, args, options, positionals) {
    try {
        const parsed = (0,external_node_util_.parseArgs)({
            args,
            options: { ...COMMON_OPTIONS, ...options },
            strict: true,
            allowPositionals: true
        });
        if (positionals)
            return { ...parsed.values, [positionals]: parsed.positionals };
        if (parsed.positionals.length > 0)
            throw new errors/* CliError */.z(`${command}: unexpected argument '${parsed.positionals[0]}'`);
        return parsed.values;
    }
    catch (e) {
        if (e instanceof errors/* CliError */.z)
            throw e;
        const first = e.message.split(/\.\s/)[0].replace(/\.$/, '');
        throw new errors/* CliError */.z(`${command}: ${first} (see: aws-oidc-credentials ${command} --help)`);
    }
}
function args_text(values, name) {
    const v = values[name];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function required(command, values, name, example) {
    const v = args_text(values, name);
    if (v === undefined)
        throw new errors/* CliError */.z(`${command}: --${name} is required, e.g. --${name} ${example}`);
    return v;
}
function oneOf(command, values, names) {
    const given = names.filter((n) => args_text(values, n) !== undefined);
    if (given.length > 1)
        throw new errors/* CliError */.z(`${command}: give only one of ${names.map((n) => `--${n}`).join(', ')}`);
    return given[0];
}

// EXTERNAL MODULE: ./src/output/escape.ts
var output_escape = __webpack_require__(8078);
// EXTERNAL MODULE: ./src/policy/index.ts + 4 modules
var src_policy = __webpack_require__(2611);
// EXTERNAL MODULE: ./src/diagnosis/suggest-policy.ts
var suggest_policy = __webpack_require__(9494);
// EXTERNAL MODULE: ./src/policy/statement.ts
var policy_statement = __webpack_require__(8299);
;// CONCATENATED MODULE: ./src/github/subject-builder.ts
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
function escapeSubjectValue(value) {
    return value.replace(/:/g, '%3A');
}
function repoSegment(run) {
    if (!run.immutableSubject)
        return `repo:${run.owner}/${run.repo}`;
    if (!run.ownerId || !run.repoId)
        throw new Error('an immutable subject needs the owner ID and the repository ID');
    return `repo:${run.owner}@${run.ownerId}/${run.repo}@${run.repoId}`;
}
function contextSegment(run) {
    if (run.environment)
        return `environment:${escapeSubjectValue(run.environment)}`;
    if (PULL_REQUEST_EVENTS.includes(run.eventName))
        return 'pull_request';
    return `ref:${escapeSubjectValue(run.ref)}`;
}
function buildSubject(run, claims = {}) {
    const keys = run.includeClaimKeys;
    if (!keys || keys.length === 0)
        return `${repoSegment(run)}:${contextSegment(run)}`;
    return keys.map((key) => templatePart(key, run, claims)).join(':');
}
function templatePart(key, run, claims) {
    if (key === 'repo')
        return repoSegment(run);
    if (key === 'context')
        return contextSegment(run);
    const value = claims[key];
    return `${key}:${escapeSubjectValue(value === undefined || value === null ? '' : String(value))}`;
}

// EXTERNAL MODULE: ./src/policy/subject-risk.ts
var subject_risk = __webpack_require__(6560);
;// CONCATENATED MODULE: ./src/audit/run-claims.ts


function stsAudience(partition) {
    return partition === 'aws-cn' ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com';
}
function ownWorkflow(owner, repo, file, ref) {
    return `${owner}/${repo}/.github/workflows/${file}@${ref}`;
}
function runClaims(run, iss) {
    const claims = {
        iss,
        aud: run.aud,
        repository: `${run.owner}/${run.repo}`,
        repository_owner: run.owner,
        repository_id: run.repoId,
        repository_owner_id: run.ownerId,
        ref: run.ref,
        ref_type: run.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
        event_name: run.eventName,
        actor: 'zz-probe-actor',
        actor_id: '990099',
        workflow: run.workflow,
        job_workflow_ref: run.jobWorkflowRef,
        workflow_ref: run.jobWorkflowRef,
        runner_environment: 'github-hosted'
    };
    if (PULL_REQUEST_EVENTS.includes(run.eventName))
        claims.head_ref = 'zz-probe-head';
    if (run.environment !== undefined)
        claims.environment = run.environment;
    const subjectRun = {
        owner: run.owner,
        repo: run.repo,
        eventName: run.eventName,
        ref: run.ref,
        environment: run.environment,
        ownerId: run.ownerId,
        repoId: run.repoId,
        immutableSubject: run.immutable,
        includeClaimKeys: run.template
    };
    claims.sub = buildSubject(subjectRun, claims);
    return claims;
}
function runKeys(run, iss) {
    return (0,src_policy/* conditionKeysFromClaims */.pZ)(runClaims(run, iss));
}
function describeRun(run) {
    const what = PULL_REQUEST_EVENTS.includes(run.eventName)
        ? 'a pull request'
        : `${run.eventName} to ${run.ref}${run.environment === undefined ? '' : ` in environment ${run.environment}`}`;
    const template = run.template ? `, sub template ${run.template.join(',')}` : '';
    const called = run.jobWorkflowRef.startsWith(`${run.owner}/${run.repo}/`)
        ? ''
        : ' (a reusable workflow of another repository: callable when that repository is public or shares its workflows)';
    return `${run.owner}/${run.repo}, ${what}, workflow ${run.jobWorkflowRef}${called}${template}`;
}

// EXTERNAL MODULE: ./src/diagnosis/subject.ts
var subject = __webpack_require__(313);
;// CONCATENATED MODULE: ./src/audit/template.ts

function templatePairs(sub) {
    const parts = sub.split(':');
    const pairs = [];
    let i = 0;
    while (i < parts.length) {
        const part = parts[i];
        if (part === 'pull_request') {
            pairs.push({ key: 'context', word: part, value: '' });
            i += 1;
            continue;
        }
        if (!subject/* KNOWN_KEYS */.B.includes(part))
            break;
        const value = parts[i + 1] ?? '';
        pairs.push({ key: contextOrKey(part, pairs), word: part, value });
        i += 2;
    }
    if (i < parts.length && !/[*?]/.test(parts[i]))
        return undefined;
    const keys = pairs.map((p) => p.key);
    const isDefault = keys.length <= 2 && keys[0] === 'repo' && (keys[1] ?? 'context') === 'context';
    return pairs.length === 0 || isDefault ? undefined : pairs;
}
function contextOrKey(part, before) {
    const isContextWord = part === 'environment' || part === 'ref';
    return isContextWord && !before.some((p) => p.key === 'context') ? 'context' : part;
}

;// CONCATENATED MODULE: ./src/audit/named.ts



const SOME_OWNER = 'OWNER';
const SOME_REPO = 'REPO';
const DEFAULT_REF = 'refs/heads/main';
const DEFAULT_WORKFLOW_FILE = 'deploy.yml';
const POSITIVE = ['stringequals', 'stringequalsignorecase', 'stringlike'];
const FILL = 'zz9';
function concrete(pattern) {
    return pattern.replace(/\*/g, FILL).replace(/\?/g, 'z');
}
function literalPrefix(value) {
    return value.replace(/[*?].*$/s, '');
}
function namedBy(st, issuer, partition) {
    const prefix = `${(0,src_policy/* issuerPrefix */.A_)(issuer).toLowerCase()}:`;
    const valuesOf = (claim) => st.conditions.filter((c) => c.key.toLowerCase() === prefix + claim).flatMap((c) => c.values);
    const positiveValuesOf = (claim) => st.conditions
        .filter((c) => c.key.toLowerCase() === prefix + claim && POSITIVE.includes((0,src_policy/* parseOperator */.A$)(c.operator).base))
        .flatMap((c) => c.values);
    const subs = valuesOf('sub');
    const named = {
        owner: SOME_OWNER,
        repo: SOME_REPO,
        ownerPatterns: [],
        immutable: false,
        refs: [],
        environments: [],
        workflowFiles: [],
        jobWorkflowRefs: [],
        jobWorkflowPatterns: valuesOf('job_workflow_ref'),
        checksJobWorkflowRef: valuesOf('job_workflow_ref').length > 0 || subs.some((s) => s.includes('job_workflow_ref:')),
        workflows: valuesOf('workflow').map(concrete),
        audience: concrete(positiveValuesOf('aud')[0] ?? stsAudience(partition)),
        stsAudience: stsAudience(partition)
    };
    for (const sub of subs)
        readSubject(sub, named);
    for (const repository of valuesOf('repository'))
        readRepository(repository, named);
    const repoId = valuesOf('repository_id').find((v) => /^\d+$/.test(v));
    if (repoId)
        named.repoId = repoId;
    named.refs.push(...valuesOf('ref').map(concrete));
    named.environments.push(...valuesOf('environment').map(concrete));
    for (const ref of valuesOf('job_workflow_ref'))
        readJobWorkflowRef(concrete(ref), named);
    if (named.refs.length === 0)
        named.refs.push(DEFAULT_REF);
    if (named.workflowFiles.length === 0)
        named.workflowFiles.push(DEFAULT_WORKFLOW_FILE);
    for (const key of ['refs', 'environments', 'workflowFiles', 'jobWorkflowRefs', 'workflows', 'ownerPatterns'])
        named[key] = [...new Set(named[key])];
    return named;
}
const SUBJECT = /^repo:([^/:@]*)(?:@(\d+))?(?:\/([^:@]*)(?:@(\d+))?)?(?::(.*))?$/s;
function readSubject(sub, named) {
    const pairs = templatePairs(sub);
    if (pairs) {
        named.template ??= pairs.map((p) => p.key);
        for (const pair of pairs)
            readPair(pair, named);
        return;
    }
    const m = SUBJECT.exec(sub);
    if (!m)
        return;
    const [, owner, ownerId, repo, repoId, context] = m;
    readOwnerRepo(owner, repo ?? '', named);
    if (ownerId && repoId && !/[*?]/.test(owner + (repo ?? ''))) {
        Object.assign(named, { ownerId, repoId, immutable: true });
    }
    if (context === undefined)
        return;
    const unescape = (v) => concrete(v).replace(/%3A/gi, ':');
    if (context.startsWith('ref:'))
        named.refs.push(unescape(context.slice('ref:'.length)));
    if (context.startsWith('environment:'))
        named.environments.push(unescape(context.slice('environment:'.length)));
}
function readPair({ word, value }, named) {
    const unescaped = concrete(value).replace(/%3A/gi, ':');
    if (word === 'repo')
        readSubject(`repo:${value}`, named);
    else if (word === 'ref')
        named.refs.push(unescaped);
    else if (word === 'environment')
        named.environments.push(unescaped);
    else if (word === 'workflow')
        named.workflows.push(unescaped);
    else if (word === 'repository')
        readRepository(value, named);
    else if (word === 'repository_owner')
        readOwnerRepo(value, '', named);
    else if (word === 'repository_owner_id' && /^\d+$/.test(value))
        named.ownerId = value;
    else if (word === 'repository_id' && /^\d+$/.test(value))
        named.repoId = value;
    else if (word === 'job_workflow_ref')
        readJobWorkflowRef(unescaped, named);
}
function readRepository(value, named) {
    const slash = value.indexOf('/');
    if (slash < 0)
        readOwnerRepo(value, '', named);
    else
        readOwnerRepo(value.slice(0, slash), value.slice(slash + 1), named);
}
function readOwnerRepo(ownerPattern, repoPattern, named) {
    const owner = literalPrefix(ownerPattern);
    if (/[*?]/.test(ownerPattern))
        named.ownerPatterns.push(ownerPattern);
    if (named.owner === SOME_OWNER && owner)
        named.owner = owner;
    const repo = literalPrefix(repoPattern) === '' ? '' : concrete(repoPattern);
    const sameOwner = owner === '' || owner === named.owner;
    if (named.repo === SOME_REPO && repo && sameOwner)
        named.repo = repo;
}
const JOB_WORKFLOW_REF = /^([^/]+)\/([^/]+)\/\.github\/workflows\/([^@]+)@(.+)$/s;
function readJobWorkflowRef(ref, named) {
    const m = JOB_WORKFLOW_REF.exec(ref);
    if (!m)
        return;
    named.jobWorkflowRefs.push(ref);
    named.workflowFiles.push(m[3]);
}

;// CONCATENATED MODULE: ./src/audit/probes.ts


const PROBE_OWNER = 'zz-probe-owner';
const PROBE_REPO = 'zz-probe-repo';
const PROBE_BRANCH = 'refs/heads/zz-probe-branch';
const PROBE_TAG = 'refs/tags/zz-probe-tag';
const PROBE_ENVIRONMENT = 'zz-probe-environment';
const PROBE_AUDIENCE = 'zz-probe-audience';
const PULL_REQUEST_REF = 'refs/pull/1/merge';
const DEFAULT_WORKFLOW = 'Deploy';
const IDS = {
    owner: '1000001',
    repo: '2000002',
    foreignOwner: '7000007',
    foreignRepo: '8000008',
    otherRepo: '8200008'
};
function intendedContexts(named) {
    const pushes = named.refs.map((ref) => ({ eventName: 'push', ref }));
    const jobs = named.environments.map((environment) => ({ eventName: 'push', ref: named.refs[0], environment }));
    return [...pushes, ...jobs];
}
function outsiderContexts(named) {
    const contexts = [{ eventName: 'pull_request', ref: PULL_REQUEST_REF }];
    for (const ref of named.refs) {
        contexts.push({ eventName: 'push', ref });
        for (const environment of named.environments)
            contexts.push({ eventName: 'push', ref, environment });
    }
    return contexts;
}
function home(named) {
    return {
        owner: named.owner,
        repo: named.repo,
        ownerId: named.ownerId ?? IDS.owner,
        repoId: named.repoId ?? IDS.repo,
        immutable: named.immutable,
        template: named.template
    };
}
function runsOf(who, contexts, workflows, named) {
    const workflow = named.workflows[0] ?? DEFAULT_WORKFLOW;
    return contexts.flatMap((c) => workflows(c).map((jobWorkflowRef) => ({ ...who, ...c, jobWorkflowRef, workflow, aud: named.audience })));
}
function intendedWorkflows(named, who) {
    return (c) => named.jobWorkflowRefs.length > 0
        ? named.jobWorkflowRefs
        : named.workflowFiles.map((f) => ownWorkflow(who.owner, who.repo, f, c.ref));
}
function outsiderWorkflows(named, who) {
    return (c) => [
        ...named.workflowFiles.map((f) => ownWorkflow(who.owner, who.repo, f, c.ref)),
        ...named.jobWorkflowRefs
    ];
}
function intendedRuns(named) {
    const who = home(named);
    return runsOf(who, intendedContexts(named), intendedWorkflows(named, who), named);
}
function outsider(owner, repo, ownerId, repoId, named) {
    const templates = named.template ? [undefined, named.template] : [undefined];
    return templates.flatMap((template) => [false, true].map((immutable) => ({ owner, repo, ownerId, repoId, immutable, template })));
}
function outsiderRuns(who, named) {
    return who.flatMap((w) => runsOf(w, outsiderContexts(named), outsiderWorkflows(named, w), named));
}
function homeRuns(named, contexts) {
    const who = home(named);
    return runsOf(who, contexts, intendedWorkflows(named, who), named);
}
function foreignOwners(named) {
    const owners = [PROBE_OWNER, `${named.owner}-x`, ...named.ownerPatterns.map(concrete)];
    return [...new Set(owners)].filter((o) => o !== named.owner);
}
const PROBES = [
    {
        name: 'foreign-repository',
        severity: 'critical',
        who: 'a workflow in a repository of another owner (anyone on GitHub)',
        runs: (named) => outsiderRuns(foreignOwners(named).flatMap((owner) => outsider(owner, named.repo, IDS.foreignOwner, IDS.foreignRepo, named)), named)
    },
    {
        name: 'sibling-repository',
        severity: 'high',
        who: `another repository of the same owner`,
        runs: (named) => outsiderRuns(outsider(named.owner, PROBE_REPO, home(named).ownerId, IDS.otherRepo, named), named)
    },
    {
        name: 'pull-request',
        severity: 'high',
        who: 'a pull_request run (unreviewed code, from forks too)',
        runs: (named) => homeRuns(named, [{ eventName: 'pull_request', ref: PULL_REQUEST_REF }])
    },
    {
        name: 'any-branch',
        severity: 'medium',
        who: 'a push to an arbitrary (unprotected) branch',
        runs: (named) => homeRuns(named, [{ eventName: 'push', ref: PROBE_BRANCH }])
    },
    {
        name: 'any-tag',
        severity: 'medium',
        who: 'a push of an arbitrary tag',
        runs: (named) => homeRuns(named, [{ eventName: 'push', ref: PROBE_TAG }])
    },
    {
        name: 'any-environment',
        severity: 'medium',
        who: 'a job in an environment the policy does not name',
        runs: (named) => homeRuns(named, named.refs.map((ref) => ({ eventName: 'push', ref, environment: PROBE_ENVIRONMENT })))
    },
    {
        name: 'other-audience',
        severity: 'medium',
        who: 'a token requested for another audience (one the OIDC provider lists as a client ID: STS checks that list)',
        needsIntendedRun: true,
        runs: (named) => intendedRuns(named).map((run) => ({ ...run, aud: PROBE_AUDIENCE }))
    },
    {
        name: 'reusable-workflow-elsewhere',
        severity: 'medium',
        who: 'a job of the named repository that calls a workflow from another repository',
        needsIntendedRun: true,
        runs: (named) => {
            if (!named.checksJobWorkflowRef)
                return [];
            const elsewhere = [`${PROBE_OWNER}/${PROBE_REPO}`, `${named.owner}/${PROBE_REPO}`];
            return intendedRuns(named).flatMap((run) => elsewhere.flatMap((repo) => named.workflowFiles.map((f) => ({ ...run, jobWorkflowRef: `${repo}/.github/workflows/${f}@${run.ref}` }))));
        }
    },
    {
        name: 'recreated-repository',
        severity: 'low',
        who: 'a repository of the same names with other IDs (re-created after a rename or deletion)',
        needsIntendedRun: true,
        runs: (named) => intendedRuns(named).map((run) => ({
            ...run,
            ownerId: IDS.foreignOwner,
            repoId: IDS.foreignRepo,
            immutable: false
        }))
    }
];

;// CONCATENATED MODULE: ./src/audit/fixes.ts





const EXAMPLE_ENVIRONMENT = 'production';
function intendedSubject(named, issuer) {
    const runs = intendedRuns(named);
    const run = runs.find((r) => r.environment !== undefined) ?? runs[0];
    return runClaims(run, issuer).sub;
}
function fixFor(probe, named, issuer) {
    const key = (claim) => `${(0,src_policy/* issuerPrefix */.A_)(issuer)}:${claim}`;
    const pinSub = (value) => `StringEquals "${key('sub')}": "${value}"`;
    const subject = intendedSubject(named, issuer);
    const base = { owner: named.owner, repo: named.repo, eventName: 'push', ref: named.refs[0] };
    switch (probe) {
        case 'foreign-repository':
        case 'sibling-repository':
            return `pin the repository in sub: ${pinSub(subject)} (a StringLike pattern must spell out "repo:${named.owner}/${named.repo}:" before any wildcard)`;
        case 'pull-request':
            return `let in only the refs or environments that deploy, e.g. ${pinSub(subject)}; ${subject_risk/* SAFER_FORMS */.W}`;
        case 'any-branch':
            return `pin the branch or use a protected environment: ${pinSub(buildSubject(base))}`;
        case 'any-tag':
            return `pin the tags: StringLike "${key('sub')}": "${buildSubject({ ...base, ref: 'refs/tags/v*' })}", or a protected environment`;
        case 'any-environment':
            return `name the environment: ${pinSub(buildSubject({ ...base, environment: named.environments[0] ?? EXAMPLE_ENVIRONMENT }))}`;
        case 'other-audience':
            return `add StringEquals "${key('aud')}": "${named.stsAudience}"`;
        case 'reusable-workflow-elsewhere':
            return `pin the one reusable workflow with StringEquals "${key('job_workflow_ref')}": "OWNER/REPO/.github/workflows/${named.workflowFiles[0]}@${named.refs[0]}" (no wildcard before the @; the policy has ${named.jobWorkflowPatterns.map((p) => `"${p}"`).join(', ') || 'none'})`;
        case 'recreated-repository':
            return `add StringEquals "${key('repository_id')}": "<the repository's numeric ID>", or use the immutable subject repo:${named.owner}@OWNER_ID/${named.repo}@REPO_ID`;
        default:
            return '';
    }
}

;// CONCATENATED MODULE: ./src/audit/never-match.ts


const WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity';
const NEVER_LITERAL = {
    ref: /[*?]/,
    repository: /[*?]/,
    sub: /^repo:[^:]*[*?]|^repo:[^:]*:[*?]|^repo:[^:]*:ref:.*[*?]/
};
const LITERAL_OPERATORS = ['stringequals', 'stringequalsignorecase'];
function neverMatchFindings(st, issuer) {
    const statement = (0,policy_statement/* statementName */.Vy)(st);
    const findings = [];
    const info = (probe, reason, conditions, fix) => {
        findings.push({ probe, severity: 'info', statement, reason, conditions, fix });
    };
    if (st.effect === 'Allow' && st.principal && !(0,policy_statement/* statementActionMatches */.jB)(st, WEB_IDENTITY))
        info('never-allows', `the statement trusts the OIDC provider but its Action does not cover ${WEB_IDENTITY}`, [], `Action "${WEB_IDENTITY}"`);
    const deny = st.effect === 'Deny';
    const outcome = (holds) => {
        if (holds)
            return deny ? 'always holds, so it does not narrow this Deny' : 'always holds, so it restricts nothing';
        return deny ? 'never holds, so this Deny never applies' : 'never holds, so this statement never allows';
    };
    for (const c of st.conditions) {
        const k = (0,src_policy/* keyOfIssuer */.E6)(c.key, issuer);
        if (!k)
            continue;
        if (!k.provided) {
            const result = (0,src_policy/* evaluateCondition */.F9)(c, new Map());
            if (result.unsupported)
                continue;
            const noSuchKey = { claim: k.claim, instead: (0,src_policy/* insteadOf */.c$)(k.claim, issuer) };
            info(result.passed ? 'restricts-nothing' : 'never-matches', `AWS has no condition key ${c.key}: the condition ${outcome(result.passed)}`, [(0,src_policy/* describeCondition */.pu)({ ...result, noSuchKey })], `use ${noSuchKey.instead}`);
        }
        else if (isLiteralWildcard(c, k.claim)) {
            info('never-matches', `under ${c.operator}, * and ? are literal characters, which GitHub's ${k.claim} values cannot contain there: the condition ${outcome(false)}`, [`${c.operator} ${c.key} expected ${c.values.join(' or ')}`], `use StringLike for ${c.values.map((v) => `"${v}"`).join(', ')}`);
        }
    }
    return findings;
}
function isLiteralWildcard(c, claim) {
    const op = (0,src_policy/* parseOperator */.A$)(c.operator);
    const never = NEVER_LITERAL[claim.toLowerCase()];
    return (never !== undefined &&
        LITERAL_OPERATORS.includes(op.base) &&
        !op.ifExists &&
        op.set === undefined &&
        c.values.length > 0 &&
        c.values.every((v) => never.test(v)));
}

;// CONCATENATED MODULE: ./src/audit/types.ts
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
class AuditInputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AuditInputError';
    }
}

;// CONCATENATED MODULE: ./src/audit/verdict.ts

const DECISIONS = ['allow', 'explicit-deny', 'implicit-deny', 'cannot-decide'];
function judge(policy, ctx) {
    return verdictOf((0,src_policy/* evaluateTrustPolicy */.y1)(policy, ctx, { lean: true }), ctx.issuer);
}
function verdictOf(e, issuer) {
    const decision = e.decision;
    if (!DECISIONS.includes(decision))
        return { outcome: 'undecided', why: `the evaluator answers ${decision}` };
    const prefix = `${(0,src_policy/* issuerPrefix */.A_)(issuer).toLowerCase()}:`;
    const unknown = (c) => unknownReason(c, prefix);
    const status = (s) => {
        if (!s.principalMatches || !s.actionMatches)
            return 'fails';
        if (s.conditions.some((c) => !c.passed && unknown(c) === undefined))
            return 'fails';
        return s.conditions.some((c) => unknown(c) !== undefined) ? 'unknown' : 'applies';
    };
    const find = (effect, st) => e.statements.find((s) => s.effect === effect && status(s) === st);
    if (find('Deny', 'applies'))
        return { outcome: 'denied' };
    const allow = find('Allow', 'applies');
    const unsure = find('Deny', 'unknown') ?? (allow ? undefined : find('Allow', 'unknown'));
    if (unsure) {
        const reasons = [...new Set(unsure.conditions.map(unknown).filter((r) => r !== undefined))];
        return { outcome: 'undecided', why: `Statement ${unsure.index} depends on ${reasons.join('; ')}` };
    }
    return allow ? { outcome: 'allowed', by: allow } : { outcome: 'denied' };
}
function unknownReason(c, prefix) {
    const what = `${c.operator} ${c.key}`;
    if (c.undecided)
        return `${what} (${c.undecided.reason})`;
    if (!c.key.toLowerCase().startsWith(prefix))
        return `${what} (a key a probe token does not decide)`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/audit/audit-role.ts










const PROVIDER_ARN = /^arn:([\w-]+):iam::(\d{12}):oidc-provider\/(.+)$/;
function auditRole(role) {
    const report = { arn: role.arn, name: role.name, source: role.source, findings: [], undecided: [] };
    if (!role.policy) {
        report.unreadable = role.unreadable ?? 'no trust policy';
        return report;
    }
    for (const st of role.policy.statements) {
        for (const provider of githubProviders(st)) {
            report.findings.push(...neverMatchFindings(st, provider.issuer));
            if (st.effect === 'Allow' && (0,policy_statement/* statementActionMatches */.jB)(st, WEB_IDENTITY))
                probeStatement(role.policy, st, provider, report);
        }
    }
    report.findings = dedupe(report.findings).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
    return report;
}
function githubProviders(st) {
    return (st.principal?.values.Federated ?? []).flatMap((arn) => {
        const m = PROVIDER_ARN.exec(arn);
        if (!m)
            return [];
        const issuer = `https://${m[3]}`;
        const github = (0,src_policy/* isGitHubIssuer */.xU)(issuer) || /\/_services\/token$/i.test(m[3]);
        return github ? [{ arn, partition: m[1], account: m[2], issuer }] : [];
    });
}
function probeStatement(policy, st, provider, report) {
    const named = namedBy(st, provider.issuer, provider.partition);
    const ask = (run) => judge(policy, {
        action: WEB_IDENTITY,
        federatedPrincipal: provider.arn,
        keys: runKeys(run, provider.issuer),
        issuer: provider.issuer
    });
    const intendedAllowed = intendedRuns(named).some((run) => ask(run).outcome === 'allowed');
    for (const probe of PROBES) {
        if (probe.needsIntendedRun && !intendedAllowed)
            continue;
        const result = firstOpen(probe.runs(named), ask);
        if (result.open) {
            const by = policy.statements[result.open.by.index];
            report.findings.push(finding(probe, result.open, by, named, provider));
            if (probe.severity !== 'low' && !report.suggestedPolicy)
                report.suggestedPolicy = suggestion(named, provider);
        }
        else if (result.undecided) {
            report.undecided.push({ probe: probe.name, statement: (0,policy_statement/* statementName */.Vy)(st), reason: result.undecided });
        }
    }
}
function firstOpen(runs, ask) {
    let undecided;
    for (const run of runs) {
        const v = ask(run);
        if (v.outcome === 'allowed')
            return { open: { run, by: v.by } };
        if (v.outcome === 'undecided')
            undecided ??= v.why;
    }
    return { undecided };
}
function finding(probe, open, statement, named, provider) {
    return {
        probe: probe.name,
        severity: probe.severity,
        statement: (0,policy_statement/* statementName */.Vy)(statement),
        reason: `${probe.who} can assume this role, e.g. ${describeRun(open.run)}`,
        conditions: [...describeConditions(open.by), ...missingSub(statement, provider.issuer)],
        fix: fixFor(probe.name, named, provider.issuer)
    };
}
function describeConditions(by) {
    if (by.conditions.length === 0)
        return ['(the statement has no conditions)'];
    return by.conditions.map((c) => (0,src_policy/* describeCondition */.pu)(c));
}
function missingSub(st, issuer) {
    const sub = `${(0,src_policy/* issuerPrefix */.A_)(issuer)}:sub`.toLowerCase();
    if (st.conditions.some((c) => c.key.toLowerCase() === sub))
        return [];
    return [`(no condition on ${(0,src_policy/* issuerPrefix */.A_)(issuer)}:sub)`];
}
function suggestion(named, provider) {
    const s = (0,suggest_policy/* suggestTrustPolicy */.D)({
        iss: provider.issuer,
        aud: named.stsAudience,
        account: provider.account,
        partition: provider.partition,
        sub: { operator: 'StringEquals', value: intendedSubject(named, provider.issuer) }
    });
    return JSON.parse(s.json);
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const id = `${f.probe}\u0000${f.statement}\u0000${f.conditions.join('\u0000')}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/output/json-error.ts
var json_error = __webpack_require__(6940);
;// CONCATENATED MODULE: ./src/audit/lines.ts
class LineLocator {
    text;
    offset = 0;
    line = 1;
    constructor(text) {
        this.text = text;
    }
    lineOf(needle) {
        let at = this.text.indexOf(needle, this.offset);
        if (at < 0) {
            at = this.text.indexOf(needle);
            if (at < 0)
                return undefined;
            this.offset = 0;
            this.line = 1;
        }
        for (let i = this.text.indexOf('\n', this.offset); i >= 0 && i < at; i = this.text.indexOf('\n', i + 1))
            this.line++;
        this.offset = at;
        return this.line;
    }
}

;// CONCATENATED MODULE: ./src/audit/terraform.ts
const ROLE_TYPE = 'aws_iam_role';
const UNKNOWN_POLICY = 'unknown until apply';
function isTerraformJson(root) {
    return 'format_version' in root && ('planned_values' in root || 'resource_changes' in root || 'values' in root);
}
function terraformRoles(root, uri, lines) {
    const roles = [];
    const seen = new Set();
    const add = (address, values, unknown) => {
        if (seen.has(address))
            return;
        seen.add(address);
        const document = unknown ? UNKNOWN_POLICY : values.assume_role_policy;
        const arn = typeof values.arn === 'string' ? values.arn : null;
        roles.push({ arn, name: address, document, source: { uri, line: lines.lineOf(JSON.stringify(address)) } });
    };
    for (const change of list(root.resource_changes)) {
        if (change.type !== ROLE_TYPE || change.mode !== 'managed' || typeof change.address !== 'string')
            continue;
        const c = isObject(change.change) ? change.change : {};
        if (!isObject(c.after))
            continue;
        const unknown = isObject(c.after_unknown) && c.after_unknown.assume_role_policy === true;
        add(change.address, c.after, unknown);
    }
    for (const module of [root.planned_values, root.values].filter(isObject)) {
        for (const r of moduleResources(module.root_module)) {
            if (r.type === ROLE_TYPE && r.mode === 'managed' && typeof r.address === 'string' && isObject(r.values))
                add(r.address, r.values, false);
        }
    }
    return roles;
}
function moduleResources(module) {
    if (!isObject(module))
        return [];
    return [...list(module.resources), ...list(module.child_modules).flatMap(moduleResources)];
}
function list(v) {
    return Array.isArray(v) ? v.filter(isObject) : [];
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/audit/roles.ts





const SHAPES = 'get-account-authorization-details, list-roles or get-role output, a trust policy, or terraform show -json';
function rolesOf(file) {
    const root = parseFile(file);
    const lines = new LineLocator(file.text);
    if (Array.isArray(root))
        return roleObjects(root, file, lines, 'the list');
    if (!isObject(root))
        throw notAShape(file, 'JSON but not an object or a list');
    if (Array.isArray(root.RoleDetailList))
        return roleObjects(root.RoleDetailList, file, lines, 'RoleDetailList');
    if (Array.isArray(root.Roles))
        return roleObjects(root.Roles, file, lines, 'Roles');
    if (isObject(root.Role))
        return roleObjects([root.Role], file, lines, 'Role');
    if ('AssumeRolePolicyDocument' in root)
        return roleObjects([root], file, lines, 'the role');
    if (isTerraformJson(root))
        return terraformRoles(root, file.uri, lines);
    if ('Statement' in root) {
        return [{ arn: null, name: (0,external_node_path_.basename)(file.uri), document: root, source: { uri: file.uri, line: 1 } }];
    }
    throw notAShape(file, 'an object audit does not recognise');
}
function roleObjects(list, file, lines, where) {
    return list.map((entry, i) => {
        if (!isObject(entry))
            throw notAShape(file, `${where}[${i}] is not a role object`);
        const arn = typeof entry.Arn === 'string' ? entry.Arn : null;
        const name = typeof entry.RoleName === 'string' ? entry.RoleName : `${where}[${i}]`;
        const line = arn === null ? undefined : lines.lineOf(JSON.stringify(arn));
        return { arn, name, document: entry.AssumeRolePolicyDocument, source: { uri: file.uri, line } };
    });
}
function parseFile(file) {
    const text = file.text.trim();
    if (text === '')
        throw new AuditInputError(`audit: ${file.uri} is empty`);
    try {
        return JSON.parse(text);
    }
    catch {
        if (!/^[{[]/.test(text) && /%[0-9a-f]{2}/i.test(text)) {
            try {
                return JSON.parse(decodeURIComponent(text));
            }
            catch {
                throw new AuditInputError(`audit: ${file.uri} looks URL-encoded but does not decode to JSON`);
            }
        }
        throw new AuditInputError(`audit: ${file.uri} is not JSON (${(0,json_error/* jsonErrorPlace */.A)(file.text)})`);
    }
}
function notAShape(file, what) {
    return new AuditInputError(`audit: ${file.uri} is ${what}; audit reads ${SHAPES}`);
}

;// CONCATENATED MODULE: ./src/audit/audit.ts





function auditFiles(files) {
    const roles = files.flatMap(rolesOf).map(readRole).map(auditRole);
    roles.sort((a, b) => worst(a) - worst(b) || a.name.localeCompare(b.name));
    return { roles, summary: summarize(roles) };
}
function readRole(input) {
    const { document, ...role } = input;
    if (document === UNKNOWN_POLICY)
        return { ...role, unreadable: 'the plan does not know the trust policy until apply' };
    if (document === undefined || document === null)
        return { ...role, unreadable: 'the role has no trust policy' };
    try {
        return { ...role, policy: (0,src_policy/* parseTrustPolicy */.GS)(typeof document === 'string' ? document : JSON.stringify(document)) };
    }
    catch (e) {
        if (e instanceof src_policy/* PolicyParseError */.y2)
            return { ...role, unreadable: e.message };
        throw e;
    }
}
function worst(role) {
    const ranks = role.findings.map((f) => SEVERITIES.indexOf(f.severity));
    return Math.min(SEVERITIES.length, ...ranks);
}
function summarize(roles) {
    const findings = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    for (const f of roles.flatMap((r) => r.findings))
        findings[f.severity]++;
    return {
        roles: roles.length,
        openRoles: roles.filter((r) => r.findings.some((f) => f.severity !== 'info')).length,
        findings,
        undecided: roles.reduce((n, r) => n + r.undecided.length, 0),
        unreadable: roles.filter((r) => r.unreadable !== undefined).length
    };
}
function failsAt(result, failOn) {
    const limit = SEVERITIES.indexOf(failOn);
    return SEVERITIES.some((s, i) => i <= limit && result.summary.findings[s] > 0);
}

// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
;// CONCATENATED MODULE: ./src/audit/rules.ts

const INFO_RULES = [
    {
        id: 'never-allows',
        severity: 'info',
        description: 'a statement that trusts the provider but whose Action never covers sts:AssumeRoleWithWebIdentity'
    },
    {
        id: 'never-matches',
        severity: 'info',
        description: 'a condition that never matches (a key AWS does not provide, a wildcard under StringEquals)'
    },
    {
        id: 'restricts-nothing',
        severity: 'info',
        description: 'a condition that always holds because AWS never provides its key'
    }
];
const RULES = [
    ...PROBES.map((p) => ({ id: p.name, severity: p.severity, description: `${p.who} can assume the role` })),
    ...INFO_RULES
];

;// CONCATENATED MODULE: ./src/audit/format-sarif.ts


const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = `${package_0/* homepage */.TB.replace(/#.*$/, '')}#audit-your-roles`;
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note'
};
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '0.0'
};
function auditSarif(result) {
    return {
        $schema: SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: package_0/* name */.UU,
                        informationUri: INFORMATION_URI,
                        semanticVersion: package_0/* version */.rE,
                        rules: RULES.map((r) => ({
                            id: r.id,
                            shortDescription: { text: r.description },
                            helpUri: INFORMATION_URI,
                            defaultConfiguration: { level: LEVEL[r.severity] },
                            properties: { 'security-severity': SECURITY_SEVERITY[r.severity], tags: ['security', 'iam', 'oidc'] }
                        }))
                    }
                },
                results: result.roles.flatMap((role) => role.findings.map((f) => sarifResult(role, f)))
            }
        ]
    };
}
function sarifResult(role, f) {
    const ruleIndex = RULES.findIndex((r) => r.id === f.probe);
    const physicalLocation = { artifactLocation: { uri: encodeURI(role.source.uri) } };
    if (role.source.line !== undefined)
        physicalLocation.region = { startLine: role.source.line };
    const message = [`${role.arn ?? role.name}, ${f.statement}: ${f.reason}.`, ...f.conditions, `Fix: ${f.fix}.`];
    return {
        ruleId: f.probe,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: message.join('\n') },
        locations: [
            {
                physicalLocation,
                logicalLocations: [{ name: role.name, fullyQualifiedName: role.arn ?? role.name, kind: 'resource' }]
            }
        ],
        properties: { severity: f.severity, statement: f.statement }
    };
}

;// CONCATENATED MODULE: ./src/audit/format-table.ts


function auditTable(result) {
    const rows = result.roles.flatMap((role) => role.findings.map((f) => ({
        role,
        f,
        where: `${role.source.uri}${role.source.line ? `:${role.source.line}` : ''}`
    })));
    rows.sort((a, b) => SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity));
    const lines = [];
    if (rows.length > 0) {
        const width = Math.max('SEVERITY'.length, ...rows.map((r) => r.f.severity.length));
        const probeWidth = Math.max('PROBE'.length, ...rows.map((r) => r.f.probe.length));
        lines.push(`${(0,output_escape/* pad */.eV)('SEVERITY', width)}  ${(0,output_escape/* pad */.eV)('PROBE', probeWidth)}  ROLE / STATEMENT`);
        for (const { role, f, where } of rows) {
            lines.push(`${(0,output_escape/* pad */.eV)(f.severity, width)}  ${(0,output_escape/* pad */.eV)(f.probe, probeWidth)}  ${role.arn ?? role.name} / ${f.statement} (${where})`);
            lines.push(`    ${f.reason}`);
            for (const c of f.conditions)
                lines.push(`      ${c}`);
            lines.push(`    fix: ${f.fix}`);
        }
        lines.push('');
    }
    for (const role of result.roles) {
        if (role.unreadable)
            lines.push(`not judged: ${role.arn ?? role.name} (${role.source.uri}): ${role.unreadable}`);
        for (const u of role.undecided)
            lines.push(`cannot decide: ${role.arn ?? role.name} / ${u.statement}, probe ${u.probe}: ${u.reason}`);
    }
    lines.push(summaryLine(result));
    return lines;
}
function summaryLine({ summary: s }) {
    const f = s.findings;
    return (`${s.roles} role${s.roles === 1 ? '' : 's'} audited, ${s.openRoles} open: ` +
        `${f.critical} critical, ${f.high} high, ${f.medium} medium, ${f.low} low, ${f.info} info; ` +
        `${s.undecided} probe${s.undecided === 1 ? '' : 's'} undecided, ${s.unreadable} role${s.unreadable === 1 ? '' : 's'} not judged`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/cli/read-input.ts
var read_input = __webpack_require__(513);
;// CONCATENATED MODULE: ./src/cli/audit-files.ts




const MAX_AUDIT_FILE_BYTES = 64 * 1024 * 1024;
const LIMIT = { bytes: MAX_AUDIT_FILE_BYTES, advice: 'split the roles over several files' };
async function readAuditFiles(specs, io, cwd = process.cwd()) {
    if (specs.length === 0)
        throw new errors/* CliError */.z('audit: name at least one file or directory to read, or - for standard input');
    if (specs.filter((s) => s === '-').length > 1)
        throw new errors/* CliError */.z('audit: standard input (-) can be read only once');
    const files = [];
    for (const spec of specs) {
        if (spec === '-') {
            files.push({ uri: 'stdin', text: await (0,read_input/* readInput */.R5)('audit', spec, io, LIMIT) });
            continue;
        }
        for (const path of expand(spec)) {
            files.push({ uri: uriOf(path, cwd), text: await (0,read_input/* readInput */.R5)('audit', path, io, LIMIT) });
        }
    }
    return files;
}
function expand(spec) {
    let isDirectory = false;
    try {
        isDirectory = (0,external_node_fs_.statSync)(spec).isDirectory();
    }
    catch {
        return [spec];
    }
    if (!isDirectory)
        return [spec];
    const entries = (0,external_node_fs_.readdirSync)(spec, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.toLowerCase().endsWith('.json'))
        .sort()
        .map((name) => (0,external_node_path_.join)(spec, name))
        .filter((path) => (0,external_node_fs_.statSync)(path).isFile());
    if (entries.length === 0)
        throw new errors/* CliError */.z(`audit: the directory '${spec}' has no .json files`);
    return entries;
}
function uriOf(path, cwd) {
    return (0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(cwd, path)).split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./src/cli/audit.ts







const FORMATS = ['table', 'json', 'sarif'];
const FAIL_ON = SEVERITIES.filter((s) => s !== 'info');
const DEFAULT_FAIL_ON = 'high';
const HELP = `Usage: aws-oidc-credentials audit FILE|DIR|- ... [--format table|json|sarif]
                               [--fail-on critical|high|medium|low] [--json]

Tells who on GitHub can assume each role: for every statement that trusts a GitHub OIDC
provider, the trust-policy evaluator is asked whether probe tokens may assume the role (another
owner's repository, a sibling repository, a pull request, any branch, any tag, any environment,
another audience, a reusable workflow from elsewhere, a re-created repository). Each finding
names the statement, the conditions that let the probe in, and the smallest fix. Nothing is
sent anywhere.

Reads the JSON of aws iam get-account-authorization-details, list-roles or get-role, a trust
policy (also URL-encoded), a directory of such files, or terraform show -json (aws_iam_role).

  --format table|json|sarif   table (default), the JSON report, or SARIF 2.1.0 for code scanning
  --fail-on SEVERITY          exit 1 when a finding is this severe or worse (default ${DEFAULT_FAIL_ON})
  --json                      the same as --format json

Exit status: 0 no finding at --fail-on or worse, 1 such findings, 2 usage or input error.

Examples:
  aws iam get-account-authorization-details --filter Role > roles.json
  aws-oidc-credentials audit roles.json
  terraform show -json plan.out | aws-oidc-credentials audit - --format sarif > audit.sarif`;
const auditCommand = {
    name: 'audit',
    summary: 'who on GitHub can assume each of your roles',
    help: HELP,
    options: { format: { type: 'string' }, 'fail-on': { type: 'string' } },
    positionals: 'files',
    async run(values, io) {
        const format = values.json === true ? 'json' : (args_text(values, 'format') ?? 'table');
        if (!FORMATS.includes(format))
            throw new errors/* CliError */.z(`audit: --format must be one of ${FORMATS.join(', ')}, got '${format}'`);
        const failOn = args_text(values, 'fail-on') ?? DEFAULT_FAIL_ON;
        if (!FAIL_ON.includes(failOn))
            throw new errors/* CliError */.z(`audit: --fail-on must be one of ${FAIL_ON.join(', ')}, got '${failOn}'`);
        const files = await readAuditFiles(values.files ?? [], io);
        const result = judged(files);
        const exitCode = failsAt(result, failOn) ? errors/* EXIT */.d.findings : errors/* EXIT */.d.allowed;
        const json = { roles: result.roles, summary: { ...result.summary, failOn, failed: exitCode !== errors/* EXIT */.d.allowed } };
        if (format === 'table')
            return { exitCode, lines: auditTable(result), json };
        const document = format === 'sarif' ? auditSarif(result) : json;
        return { exitCode, lines: [], document, notes: [summaryLine(result)], json };
    }
};
function judged(files) {
    try {
        return auditFiles(files);
    }
    catch (e) {
        if (e instanceof AuditInputError)
            throw new errors/* CliError */.z(e.message);
        throw e;
    }
}

// EXTERNAL MODULE: ./src/diagnosis/redact.ts
var redact = __webpack_require__(8652);
// EXTERNAL MODULE: ./src/diagnosis/trust-denial.ts
var trust_denial = __webpack_require__(4195);
// EXTERNAL MODULE: ./src/inputs/index.ts + 3 modules
var inputs = __webpack_require__(1842);
// EXTERNAL MODULE: ./src/diagnosis/trust-check.ts
var trust_check = __webpack_require__(7966);
// EXTERNAL MODULE: ./src/github/token-claims.ts + 6 modules
var token_claims = __webpack_require__(3551);
;// CONCATENATED MODULE: ./src/cli/claims-input.ts


const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z ?/;
const TABLE_ROW = /^\s*(?:\d+\s+)?([A-Za-z_][\w-]*) {2,}(.*)$/;
const TIME_CELL = /^(\d+) \(\d{4}-/;
const WHAT = 'a JSON object of claims, a JWT, or the claims block from the action log';
function parseClaimsInput(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new errors/* CliError */.z(`--claims is empty; give ${WHAT}`);
    if (JWT.test(trimmed))
        return withRedactions(jwtClaims(trimmed), 'jwt');
    if (trimmed.startsWith('{'))
        return withRedactions(jsonClaims(trimmed), 'json');
    const lines = text.split(/\r?\n/).map((l) => l.replace(TIMESTAMP, ''));
    const fromLog = logJson(lines) ?? logTable(lines);
    if (!fromLog)
        throw new errors/* CliError */.z(`--claims is not ${WHAT}`);
    return withRedactions(fromLog, 'log');
}
function jwtClaims(token) {
    try {
        return (0,token_claims/* decodeToken */.oL)(token, 'file').claims;
    }
    catch {
        throw new errors/* CliError */.z('--claims looks like a JWT, but its payload is not a JSON object of claims');
    }
}
function jsonClaims(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new errors/* CliError */.z(`--claims starts with '{' but is not valid JSON; give ${WHAT}`);
    }
    if (!isClaims(value))
        throw new errors/* CliError */.z('--claims is JSON but not an object with iss or sub claims');
    return value;
}
function logJson(lines) {
    const labelled = lines.filter((l) => token_claims/* ANY_CLAIMS_JSON_LABEL */.T2.test(l));
    for (const line of [...labelled, ...lines]) {
        const from = Math.max(0, line.search(token_claims/* ANY_CLAIMS_JSON_LABEL */.T2));
        const at = line.indexOf('{', from);
        if (at < 0)
            continue;
        try {
            const value = JSON.parse(line.slice(at));
            if (isClaims(value))
                return value;
        }
        catch {
        }
    }
    return undefined;
}
function logTable(lines) {
    const claims = {};
    for (const line of lines) {
        const m = TABLE_ROW.exec(line);
        if (m && !(m[1] in claims))
            claims[m[1]] = tableValue(m[2].trimEnd());
    }
    return isClaims(claims) ? claims : undefined;
}
function tableValue(cell) {
    if (cell === '"" (empty)')
        return '';
    const time = TIME_CELL.exec(cell);
    if (time)
        return Number(time[1]);
    if (/^[[{]/.test(cell)) {
        try {
            return JSON.parse(cell);
        }
        catch {
            return cell;
        }
    }
    return cell;
}
function isClaims(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const c = v;
    return typeof c.iss === 'string' || typeof c.sub === 'string';
}
function withRedactions(all, source) {
    const claims = {};
    const redacted = [];
    for (const [name, value] of Object.entries(all)) {
        if (value === token_claims/* REDACTED */.XF)
            redacted.push(name);
        else
            claims[name] = value;
    }
    if (typeof claims.iss !== 'string') {
        const why = redacted.includes('iss') ? 'iss is redacted' : 'there is no iss claim';
        throw new errors/* CliError */.z(`--claims: ${why}, and the condition keys AWS checks are named after the issuer`);
    }
    return { claims, source, redacted };
}

;// CONCATENATED MODULE: ./src/cli/explain.ts










const explain_HELP = `Usage: aws-oidc-credentials explain --claims <file|-> --trust-policy <file|-> [--role-arn ARN] [--json]

Judges a role's trust policy against an ID token's claims the way AWS STS does, one line per
condition, and prints the verdict, the form of the token's sub and, when the policy denies,
the narrowest change that allows this kind of run, with the action's security warnings.
Nothing is sent anywhere; no AWS account or token is needed.

  --claims FILE|-        a JSON object of claims, a JWT (decoded, never printed; the signature
                         is not checked), or the claims block copied from the action's log
  --trust-policy FILE|-  the policy JSON, or the output of aws iam get-role (URL-encoded or not)
  --role-arn ARN         the role's ARN: its account and partition name the OIDC provider the
                         policy must trust (default: the provider the policy names for the issuer)
  --json                 machine-readable output

'-' reads standard input (for one of the two). Exit status: 0 allowed, 1 denied, 2 usage or
input error, 3 cannot decide (AWS documents no outcome for a condition, or a claim it needs is
redacted: the output names which).

Examples:
  aws iam get-role --role-name deploy > role.json
  aws-oidc-credentials explain --claims claims.json --trust-policy role.json
  pbpaste | aws-oidc-credentials explain --claims - --trust-policy trust.json --role-arn arn:aws:iam::123456789012:role/deploy
  aws-oidc-credentials explain --claims token.jwt --trust-policy trust.json --json`;
const explainCommand = {
    name: 'explain',
    summary: 'judge a trust policy against a token’s claims, as AWS would',
    help: explain_HELP,
    options: {
        claims: { type: 'string' },
        'trust-policy': { type: 'string' },
        'role-arn': { type: 'string' }
    },
    async run(values, io) {
        const claimsSpec = required('explain', values, 'claims', 'claims.json');
        const policySpec = required('explain', values, 'trust-policy', 'role.json');
        if (claimsSpec === '-' && policySpec === '-')
            throw new errors/* CliError */.z('explain: only one of --claims and --trust-policy can read standard input (-)');
        const input = parseClaimsInput(await (0,read_input/* readInput */.R5)('--claims', claimsSpec, io));
        const policy = policyFrom(await (0,read_input/* readInput */.R5)('--trust-policy', policySpec, io));
        const claims = input.claims;
        const role = roleFor(args_text(values, 'role-arn'), policy, String(claims.iss));
        return report((0,trust_check.evaluateClaims)(policy, claims, role, input.redacted), claims, input.redacted, role);
    }
};
function policyFrom(raw) {
    try {
        return (0,src_policy/* parseTrustPolicy */.GS)(raw);
    }
    catch (e) {
        if (e instanceof src_policy/* PolicyParseError */.y2)
            throw new errors/* CliError */.z(`--trust-policy: ${e.message}`);
        throw e;
    }
}
const FEDERATED = /^arn:([\w-]+):iam::(\d{12}):oidc-provider\/(.+)$/;
function roleFor(roleArn, policy, iss) {
    if (roleArn)
        return parsedRole(roleArn, '--role-arn');
    if (policy.role?.arn)
        return parsedRole(policy.role.arn, 'the get-role output’s Arn');
    const fromPolicy = roleFromPrincipal(policy, iss);
    return policy.role?.name ? { ...fromPolicy, name: policy.role.name } : fromPolicy;
}
function parsedRole(arn, from) {
    try {
        return { ...(0,inputs/* parseRole */.gP)(arn), from };
    }
    catch (e) {
        throw new errors/* CliError */.z(`${from}: ${e.message.replace(/^Input 'role-to-assume': /, '')}`);
    }
}
function roleFromPrincipal(policy, iss) {
    const named = policy.statements.flatMap((st) => st.principal?.values.Federated ?? []);
    const parsed = named.map((arn) => FEDERATED.exec(arn)).filter((m) => m !== null);
    const forIssuer = parsed.find((m) => m[3] === (0,src_policy/* issuerPrefix */.A_)(iss)) ?? parsed[0];
    const unnamed = { name: 'ROLE', path: '/' };
    if (!forIssuer)
        return { account: '<account>', partition: 'aws', ...unnamed, from: 'unknown: give --role-arn' };
    return { account: forIssuer[2], partition: forIssuer[1], ...unnamed, from: 'the policy’s Principal.Federated' };
}
function report(ev, claims, redacted, role) {
    const iss = String(claims.iss);
    const provider = (0,src_policy/* providerArnFor */.IO)(iss, role.account, role.partition);
    const sub = typeof claims.sub === 'string' ? claims.sub : undefined;
    const lines = [`Trust policy ${trust_check.VERDICTS[ev.decision]} this token`];
    const unknown = redacted.filter((name) => conditionsOn(ev).some((key) => (0,redact/* keyIsRedacted */._)(key, [name])));
    if (ev.decision === 'cannot-decide')
        lines.push(...undecidedLines(ev, unknown));
    lines.push(`token's provider: ${provider} (account from ${role.from})`);
    const conditionLines = (0,trust_check.evaluationLines)(ev, claims, [], provider);
    lines.push(...conditionLines);
    const github = (0,src_policy/* isGitHubActionsIssuer */.YA)(iss);
    const analysis = sub && github ? (0,subject/* analyzeSubject */.$D)(sub, claims) : undefined;
    const form = analysis ? (0,subject/* explainForm */._$)(analysis) : formOfOther(sub, iss);
    const denied = ev.decision === 'explicit-deny' || ev.decision === 'implicit-deny';
    const denial = denied ? (0,trust_denial/* explainDenial */.L)({ claims, role, redact: redacted, evaluation: ev, stsSaid: '' }) : undefined;
    const formShown = form.filter((l) => l !== denial?.message);
    lines.push('', `sub: ${sub ?? '(absent)'}`, ...formShown.map((l) => `  ${l}`));
    if (denial)
        lines.push('', ...denialLines(denial));
    const json = {
        command: 'explain',
        decision: ev.decision,
        allowed: ev.decision === 'allow',
        federatedPrincipal: provider,
        accountFrom: role.from,
        statements: ev.statements,
        lines: conditionLines,
        subject: analysis ? { sub, ...analysis, explanation: form } : null,
        warnings: ev.warnings,
        redacted
    };
    if (ev.undecided)
        json.undecided = ev.undecided;
    if (denial)
        json.denial = { ...denial, evidence: denial.evidence.filter((e) => e !== '') };
    if (ev.warnings.length > 0)
        lines.push('', ...ev.warnings.map((w) => `warning: ${w}`));
    return { exitCode: exitCodeOf(ev.decision), lines, json };
}
function exitCodeOf(decision) {
    if (decision === 'allow')
        return errors/* EXIT */.d.allowed;
    return decision === 'cannot-decide' ? errors/* EXIT */.d.undecided : errors/* EXIT */.d.denied;
}
function undecidedLines(ev, redactedClaims) {
    const lines = ['Why it cannot be decided:', ...(ev.undecided ?? []).map((r) => `  - ${r}`)];
    if (redactedClaims.length > 0) {
        lines.push(`redacted claims: ${redactedClaims.join(', ')} (shown as *** in the pasted log, redact-claims): give the claims from a dry run or the JWT for a verdict`);
    }
    return lines;
}
function formOfOther(sub, iss) {
    if (sub === undefined)
        return ['the claims have no sub'];
    return [`not a GitHub token: the issuer ${iss} writes its own sub (this one is not one of GitHub's forms)`];
}
function conditionsOn(ev) {
    return ev.statements.flatMap((st) => st.conditions.map((c) => c.key));
}
function denialLines(d) {
    const lines = [`Why: ${d.message}`, 'Fix (safest first):', ...d.fix.map((f) => `  - ${f}`)];
    if (d.causes.length > 0)
        lines.push('Also check:', ...d.causes.map((c) => `  - ${c}`));
    for (const snippet of d.snippets.filter((x) => !x.summaryOnly))
        lines.push('', `${snippet.title}:`, ...snippet.body.split('\n'));
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/output.ts

function write(result, asJson, out) {
    if (asJson) {
        out.stdout(`${(0,output_escape/* jsonLogSafe */.yJ)(result.json, 2)}\n`);
        return;
    }
    if (result.document !== undefined)
        out.stdout(`${(0,output_escape/* jsonLogSafe */.yJ)(result.document, 2)}\n`);
    else if (result.lines.length > 0)
        out.stdout(`${result.lines.map(output_escape/* logSafe */.sN).join('\n')}\n`);
    if (result.notes && result.notes.length > 0)
        out.stderr(`${result.notes.map(output_escape/* logSafe */.sN).join('\n')}\n`);
}

// EXTERNAL MODULE: ./src/policy/warnings.ts
var policy_warnings = __webpack_require__(4113);
;// CONCATENATED MODULE: ./src/cli/repo.ts


const REPO = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/;
const NUMERIC_ID = /^\d+$/;
function parseRepo(command, raw) {
    const m = REPO.exec(raw);
    if (!m)
        throw new errors/* CliError */.z(`${command}: --repo must be OWNER/REPO (e.g. octo-org/octo-repo), got '${raw}'`);
    return { owner: m[1], repo: m[2] };
}
function parseIds(command, values) {
    const ownerId = args_text(values, 'owner-id');
    const repoId = args_text(values, 'repo-id');
    if (ownerId === undefined && repoId === undefined)
        return {};
    if (ownerId === undefined || repoId === undefined)
        throw new errors/* CliError */.z(`${command}: the immutable subject needs both --owner-id and --repo-id`);
    for (const [name, v] of [
        ['owner-id', ownerId],
        ['repo-id', repoId]
    ]) {
        if (!NUMERIC_ID.test(v))
            throw new errors/* CliError */.z(`${command}: --${name} must be a number (GitHub's numeric ID), got '${v}'`);
    }
    return { ownerId, repoId, immutableSubject: true };
}
const ID_OPTIONS = {
    'owner-id': { type: 'string' },
    'repo-id': { type: 'string' }
};

;// CONCATENATED MODULE: ./src/cli/policy.ts








const policy_FORMATS = ['json', 'terraform'];
const policy_HELP = `Usage: aws-oidc-credentials policy --repo OWNER/REPO (--branch B | --tag PATTERN | --environment NAME)
                                --account ID [--partition P] [--issuer URL] [--audience AUD]
                                [--owner-id N --repo-id N] [--format json|terraform] [--json]

Prints a least-privilege trust policy that lets exactly that kind of run assume the role:
Principal.Federated is the OIDC provider for the issuer in the account, aud and sub are pinned
(StringLike only when the branch or tag has a * or ? wildcard). What it allows and the action's
security warnings go to standard error, so the policy can be redirected to a file.

  --repo OWNER/REPO     with the capitalisation GitHub shows (IAM matching is case-sensitive)
  --branch B            runs on this branch (refs/heads/B); * and ? are wildcards
  --tag PATTERN         runs for tags matching PATTERN (refs/tags/PATTERN), e.g. v*
  --environment NAME    jobs that use this environment (best with protection rules)
  --account ID          the role's 12-digit AWS account
  --partition P         aws (default), aws-cn, aws-us-gov, ...
  --issuer URL          the token issuer (default ${src_policy/* GITHUB_ISSUER */.oX}; GHES: https://HOST/_services/token)
  --audience AUD        default sts.amazonaws.com (aws-cn: sts.amazonaws.com.cn)
  --owner-id N --repo-id N
                        for a repository with the immutable subject repo:OWNER@ID/REPO@ID
  --format json|terraform
                        the policy document (default) or an aws_iam_policy_document
  --json                machine-readable output (policy, Terraform, warnings)

Examples:
  aws-oidc-credentials policy --repo octo-org/octo-repo --branch main --account 123456789012 > trust.json
  aws-oidc-credentials policy --repo octo-org/octo-repo --environment production --account 123456789012 --format terraform
  aws-oidc-credentials policy --repo octo-org/octo-repo --tag 'v*' --account 123456789012 --partition aws-cn`;
const policyCommand = {
    name: 'policy',
    summary: 'a least-privilege trust policy for a kind of run',
    help: policy_HELP,
    options: {
        repo: { type: 'string' },
        branch: { type: 'string' },
        tag: { type: 'string' },
        environment: { type: 'string' },
        account: { type: 'string' },
        partition: { type: 'string' },
        issuer: { type: 'string' },
        audience: { type: 'string' },
        ...ID_OPTIONS,
        format: { type: 'string' }
    },
    async run(values) {
        const format = args_text(values, 'format') ?? 'json';
        if (!policy_FORMATS.includes(format))
            throw new errors/* CliError */.z(`policy: --format must be json or terraform, got '${format}'`);
        const run = policyRun(values);
        const { account, partition } = accountOf(values);
        const iss = issuerOf(values);
        const value = buildSubject(run);
        const sub = { operator: /[*?]/.test(value) ? 'StringLike' : 'StringEquals', value };
        const aud = args_text(values, 'audience') ?? (partition === 'aws-cn' ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com');
        const s = (0,suggest_policy/* suggestTrustPolicy */.D)({ iss, aud, account, partition, sub });
        const warnings = (0,policy_warnings/* policyWarnings */.a)((0,src_policy/* parseTrustPolicy */.GS)(s.json));
        return {
            exitCode: errors/* EXIT */.d.allowed,
            lines: (format === 'json' ? s.json : s.terraform).split('\n'),
            notes: [`This policy allows ${(0,suggest_policy/* subjectLabel */.p)(sub)}.`, ...warnings.map((w) => `⚠ ${w}`)],
            json: {
                command: 'policy',
                providerArn: s.providerArn,
                sub,
                allows: (0,suggest_policy/* subjectLabel */.p)(sub),
                policy: JSON.parse(s.json),
                terraform: s.terraform,
                warnings
            }
        };
    }
};
function policyRun(values) {
    const { owner, repo } = parseRepo('policy', required('policy', values, 'repo', 'octo-org/octo-repo'));
    const kind = oneOf('policy', values, ['branch', 'tag', 'environment']);
    if (kind === undefined)
        throw new errors/* CliError */.z('policy: say which runs may assume the role: --branch B, --tag PATTERN or --environment NAME');
    const name = args_text(values, kind) ?? '';
    const ids = parseIds('policy', values);
    if (kind === 'environment')
        return { owner, repo, eventName: 'push', ref: '', environment: name, ...ids };
    const ref = `refs/${kind === 'branch' ? 'heads' : 'tags'}/${name.replace(/^refs\/(heads|tags)\//, '')}`;
    return { owner, repo, eventName: 'push', ref, ...ids };
}
function accountOf(values) {
    const account = required('policy', values, 'account', '123456789012');
    const partition = args_text(values, 'partition') ?? 'aws';
    try {
        (0,inputs/* parseRole */.gP)(`arn:${partition}:iam::${account}:role/any`);
    }
    catch {
        throw new errors/* CliError */.z(`policy: --account must be a 12-digit AWS account ID and --partition an AWS partition (aws, aws-cn, aws-us-gov, ...); got ${account} and ${partition}`);
    }
    return { account, partition };
}
function issuerOf(values) {
    const iss = args_text(values, 'issuer') ?? src_policy/* GITHUB_ISSUER */.oX;
    let url;
    try {
        url = new URL(iss);
    }
    catch {
        url = undefined;
    }
    if (!url || url.protocol !== 'https:' || url.search || url.hash)
        throw new errors/* CliError */.z(`policy: --issuer must be the token's iss, an https:// URL such as ${src_policy/* GITHUB_ISSUER */.oX}; got '${iss}'`);
    return iss;
}

;// CONCATENATED MODULE: ./src/cli/sub.ts





const sub_HELP = `Usage: aws-oidc-credentials sub --repo OWNER/REPO --event EVENT [--ref REF] [--environment NAME]
                             [--owner-id N --repo-id N] [--claim-keys k1,k2,...] [--claim KEY=VALUE]... [--json]

Prints the sub claim GitHub puts in the ID token of such a run, and what its form means for a
trust policy. GitHub's rules: an environment wins, then a pull request event, then the ref;
':' inside a value is written %3A.

  --repo OWNER/REPO     with the capitalisation GitHub shows (IAM matching is case-sensitive)
  --event EVENT         push, pull_request, pull_request_target, merge_group, workflow_dispatch, ...
  --ref REF             the full ref: refs/heads/BRANCH or refs/tags/TAG (needed unless an
                        environment or a pull request decides the sub)
  --environment NAME    the job's environment
  --owner-id N --repo-id N
                        the numeric IDs: the immutable subject repo:OWNER@ID/REPO@ID (2026)
  --claim-keys k1,k2    a custom template (the repository's include_claim_keys), e.g. repo,context,job_workflow_ref
  --claim KEY=VALUE     the value of a template key the other options do not give (repeatable)
  --json                machine-readable output

Examples:
  aws-oidc-credentials sub --repo octo-org/octo-repo --event push --ref refs/heads/main
  aws-oidc-credentials sub --repo octo-org/octo-repo --event pull_request
  aws-oidc-credentials sub --repo octo-org/octo-repo --event push --ref refs/heads/main --environment production
  aws-oidc-credentials sub --repo octo-org/octo-repo --event push --ref refs/tags/v1.2.0 --owner-id 123456 --repo-id 789012
  aws-oidc-credentials sub --repo octo-org/octo-repo --event push --ref refs/heads/main \\
    --claim-keys repo,context,job_workflow_ref --claim job_workflow_ref=octo-org/ci/.github/workflows/deploy.yml@refs/heads/main`;
const EVENT = /^[a-z][a-z_]*$/;
const CLAIM_KEY = /^[a-z][a-z0-9_]*$/;
const subCommand = {
    name: 'sub',
    summary: 'the sub GitHub would issue for a kind of run',
    help: sub_HELP,
    options: {
        repo: { type: 'string' },
        event: { type: 'string' },
        ref: { type: 'string' },
        environment: { type: 'string' },
        ...ID_OPTIONS,
        'claim-keys': { type: 'string' },
        claim: { type: 'string', multiple: true }
    },
    async run(values) {
        const run = subjectRun(values);
        const claims = { ...sub_runClaims(run), ...explicitClaims(values) };
        for (const key of run.includeClaimKeys ?? []) {
            if (key !== 'repo' && key !== 'context' && !(key in claims))
                throw new errors/* CliError */.z(`sub: the other options do not give the value of ${key}; add --claim ${key}=VALUE (as the token would carry it)`);
        }
        const sub = buildSubject(run, claims);
        const analysis = (0,subject/* analyzeSubject */.$D)(sub, claims);
        const explanation = (0,subject/* explainForm */._$)(analysis);
        return {
            exitCode: errors/* EXIT */.d.allowed,
            lines: [sub, ...explanation.map((l) => `  ${l}`)],
            json: { command: 'sub', sub, ...analysis, explanation }
        };
    }
};
function subjectRun(values) {
    const { owner, repo } = parseRepo('sub', required('sub', values, 'repo', 'octo-org/octo-repo'));
    const eventName = required('sub', values, 'event', 'push');
    if (!EVENT.test(eventName))
        throw new errors/* CliError */.z(`sub: --event must be an event name such as push or pull_request, got '${eventName}'`);
    const includeClaimKeys = claimKeys(values);
    const environment = args_text(values, 'environment');
    const ref = args_text(values, 'ref') ?? '';
    if (ref !== '' && !ref.startsWith('refs/'))
        throw new errors/* CliError */.z(`sub: --ref must be a full ref such as refs/heads/${ref} or refs/tags/${ref}, got '${ref}'`);
    const run = { owner, repo, eventName, ref, environment, ...parseIds('sub', values), includeClaimKeys };
    if (ref === '' && needsRef(run))
        throw new errors/* CliError */.z(`sub: --ref is needed: a ${eventName} run's sub ends in ref:<ref> (e.g. --ref refs/heads/main)`);
    return run;
}
function needsRef(run) {
    const keys = run.includeClaimKeys ?? [];
    const contextUsesRef = !run.environment && !PULL_REQUEST_EVENTS.includes(run.eventName);
    return ((keys.length === 0 || keys.includes('context')) && contextUsesRef) || keys.includes('ref');
}
function claimKeys(values) {
    const raw = args_text(values, 'claim-keys');
    if (raw === undefined)
        return undefined;
    const keys = raw.split(',').map((k) => k.trim());
    const bad = keys.find((k) => !CLAIM_KEY.test(k));
    if (bad !== undefined)
        throw new errors/* CliError */.z(`sub: --claim-keys must be claim names separated by commas (e.g. repo,context), got '${bad}'`);
    return keys;
}
function sub_runClaims(run) {
    const claims = {
        repository: `${run.owner}/${run.repo}`,
        repository_owner: run.owner,
        event_name: run.eventName,
        environment: run.environment ?? ''
    };
    if (run.ref)
        claims.ref = run.ref;
    if (run.ref.startsWith('refs/heads/'))
        claims.ref_type = 'branch';
    if (run.ref.startsWith('refs/tags/'))
        claims.ref_type = 'tag';
    if (run.ownerId)
        claims.repository_owner_id = run.ownerId;
    if (run.repoId)
        claims.repository_id = run.repoId;
    return claims;
}
function explicitClaims(values) {
    const claims = {};
    for (const pair of values.claim ?? []) {
        const at = pair.indexOf('=');
        const key = pair.slice(0, at);
        if (at < 1 || !CLAIM_KEY.test(key))
            throw new errors/* CliError */.z(`sub: --claim must be KEY=VALUE, got '${pair}'`);
        claims[key] = pair.slice(at + 1);
    }
    return claims;
}

// EXTERNAL MODULE: ./src/output/version.ts
var version = __webpack_require__(4361);
;// CONCATENATED MODULE: ./src/cli/main.ts









const COMMANDS = [explainCommand, subCommand, policyCommand, auditCommand];
const NAME = version/* PACKAGE_NAME */.rM;
const VERSION_FLAGS = ['--version', '-V'];
function usage() {
    const list = COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`).join('\n');
    return `Usage: ${NAME} <command> [options]   (${NAME} <command> --help for its options)

Debug a GitHub OIDC trust policy offline: no AWS account, no token, nothing sent anywhere.

Commands:
${list}
  (credential-process is what a refresh-credentials profile runs; the action writes its options)

Examples:
  ${(0,version/* npxCommand */.WN)('explain --claims claims.json --trust-policy role.json')}
  ${(0,version/* npxCommand */.WN)('sub --repo octo-org/octo-repo --event pull_request')}
  ${(0,version/* npxCommand */.WN)('policy --repo octo-org/octo-repo --environment production --account 123456789012')}
  ${(0,version/* npxCommand */.WN)('audit roles.json --format sarif > audit.sarif')}

Every command takes --json. Exit status: 0 allowed (or done), 1 denied (audit: findings at
--fail-on or worse), 2 usage or input error.
${NAME} --version (or -V) prints the version, ${version/* VERSION */.xv}.
`;
}
async function runCli(argv, io, out) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        out.stdout(usage());
        return name === undefined ? errors/* EXIT */.d.usage : errors/* EXIT */.d.allowed;
    }
    if (VERSION_FLAGS.includes(name) && rest.length === 0) {
        out.stdout(`${version/* VERSION */.xv}\n`);
        return errors/* EXIT */.d.allowed;
    }
    const command = COMMANDS.find((c) => c.name === name);
    try {
        if (!command)
            throw new errors/* CliError */.z(`unknown command '${name}'; the commands are ${COMMANDS.map((c) => c.name).join(', ')}`);
        const values = parseOptions(command.name, rest, command.options, command.positionals);
        if (values.help) {
            out.stdout(`${command.help}\n`);
            return errors/* EXIT */.d.allowed;
        }
        const result = await command.run(values, io);
        write(result, values.json === true, out);
        return result.exitCode;
    }
    catch (e) {
        const message = e instanceof errors/* CliError */.z ? e.message : `unexpected error: ${e.message}`;
        out.stderr(`${NAME}: ${(0,output_escape/* logSafe */.sN)(message.split('\n')[0])}\n`);
        return errors/* EXIT */.d.usage;
    }
}


/***/ }),

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


/***/ }),

/***/ 4195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ explainDenial)
/* harmony export */ });
/* unused harmony export seePolicyFix */
/* harmony import */ var _github_token_claims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3551);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2611);
/* harmony import */ var _policy_subject_risk_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6560);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8652);
/* harmony import */ var _subject_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(313);
/* harmony import */ var _suggest_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9494);
/* harmony import */ var _output_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4361);







function seePolicyFix(roleName) {
    return [
        `see the role's trust policy — aws iam get-role --role-name ${roleName ?? 'ROLE'} --query Role.AssumeRolePolicyDocument > trust-policy.json — and give it back to name the failing condition: the input \`trust-policy: trust-policy.json\`, or \`${(0,_output_version_js__WEBPACK_IMPORTED_MODULE_3__/* .npxCommand */ .WN)('explain --claims <file> --trust-policy trust-policy.json')}\``
    ];
}
function explainDenial(d) {
    const { claims, redact } = d;
    const iss = typeof claims.iss === 'string' ? claims.iss : _policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ISSUER */ .oX;
    const sub = typeof claims.sub === 'string' ? claims.sub : '';
    const needed = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .providerArnFor */ .IO)(iss, d.role?.account ?? '<account>', d.role?.partition ?? 'aws');
    const analysis = sub && (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitHubActionsIssuer */ .YA)(iss) ? (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .analyzeSubject */ .$D)(sub, claims) : undefined;
    const subKey = `${(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .issuerPrefix */ .A_)(iss)}:sub`;
    const evidence = [
        `token sub: ${(0,_github_token_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .claimText */ .Q1)(claims, 'sub', redact)}`,
        `token aud: ${(0,_github_token_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .claimText */ .Q1)(claims, 'aud', redact)}`,
        `token iss: ${(0,_github_token_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .claimText */ .Q1)(claims, 'iss', redact)}`
    ];
    const roleMissing = roleCause(d.role);
    let findings;
    let causes;
    const ev = d.evaluation;
    if (ev) {
        const found = fromEvaluation(ev, { sub, subKey, analysis, needed, redact, roleName: d.role?.name, evidence, iss });
        findings = found.findings;
        causes = [...found.causes, roleMissing];
    }
    else {
        findings = fromSubject(analysis, sub, subKey, d.role?.name, iss);
        if ((0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isNonDefaultGitHubIssuer */ .HP)(iss))
            findings.unshift(issuerFinding(iss, needed));
        if (analysis?.immutable)
            evidence.push(...(0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .explainForm */ ._$)(analysis).slice(-2));
        const unexplained = analysis?.form.kind === 'branch' && !analysis.immutable;
        causes = unexplained
            ? [roleMissing, `the policy's sub condition differs from ${sub} (a typo, letter case, another branch)`]
            : [];
        causes.push(`Principal.Federated names another provider, account or partition (it must be ${needed})`);
        if (!unexplained)
            causes.push(roleMissing);
        if (!unexplained)
            findings.push({ reason: '', fix: seePolicyFix(d.role?.name) });
    }
    evidence.push(d.stsSaid);
    const snippets = [];
    const first = findings[0];
    const aud = typeof claims.aud === 'string' ? claims.aud : undefined;
    if (analysis && d.role && aud && findings.some((f) => f.aboutSubject)) {
        if (redact.includes('sub'))
            evidence.push('sub is in redact-claims: no policy is suggested, since it would show the subject');
        else
            snippets.push(...policySnippets({ iss, aud, role: d.role, sub, a: analysis }));
    }
    return {
        message: first?.reason || "The role's trust policy does not allow this token.",
        evidence,
        fix: findings.flatMap((f) => f.fix),
        causes,
        snippets
    };
}
function roleCause(role) {
    const cause = 'the role does not exist, or the ARN names another account (AWS answers the same)';
    if (!role)
        return cause;
    const path = role.path === '/' ? '' : role.path;
    return `${cause}: this ARN names account ${role.account}, role ${path}${role.name}`;
}
function policySnippets(x) {
    const { iss, aud, role, sub, a } = x;
    const chosen = (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .narrowestSubject */ .Es)(sub, a);
    const input = { iss, aud, account: role.account, partition: role.partition, sub: chosen };
    const s = (0,_suggest_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .suggestTrustPolicy */ .D)(input);
    const risk = (0,_policy_subject_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectRisk */ .G)(chosen.operator, chosen.value);
    const forWhom = a.form.kind === 'pull_request' ? 'for a separate read-only pull-request role' : 'for a new role';
    const title = `${forWhom}, a minimal trust policy allowing ${(0,_suggest_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectLabel */ .p)(chosen)}${risk ? ` — ⚠ ${risk}` : ''}`;
    return [
        { title: `${title} (JSON)`, body: s.compactJson },
        { title: `${title} (JSON)`, body: s.json, summaryOnly: true },
        { title: `${title} (Terraform)`, body: s.terraform, summaryOnly: true }
    ];
}
function issuerFinding(iss, needed) {
    const prefix = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .issuerPrefix */ .A_)(iss);
    return {
        reason: `This token's issuer is ${iss}, not github.com's default: AWS maps it to the provider ${needed} and names its condition keys ${prefix}:… (${prefix}:sub, ${prefix}:aud); keys of another prefix, such as ${DEFAULT_PREFIX}:sub, are absent from this request and never match.`,
        fix: [
            `trust ${needed} in Principal.Federated and write every condition key with the prefix ${prefix}: (e.g. ${prefix}:sub); create that provider in the role's account if it is missing`
        ]
    };
}
const DEFAULT_PREFIX = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .issuerPrefix */ .A_)(_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ISSUER */ .oX);
function fromSubject(a, sub, subKey, roleName, iss) {
    if (!a && sub) {
        return [
            {
                reason: `Nothing in this token explains the denial: its issuer ${iss} is not GitHub's, so its sub (${sub}) is that issuer's own; the role's trust policy itself must be compared with it.`,
                fix: seePolicyFix(roleName)
            }
        ];
    }
    if (!a)
        return [{ reason: 'The token has no sub, so no trust policy condition on sub can match it.', fix: [] }];
    const where = "the sub condition of the role's trust policy";
    if (a.form.kind === 'branch' && !a.immutable) {
        return [
            {
                reason: `Nothing in this token explains the denial: a run on the branch '${a.form.branch}' has GitHub's default subject, so the role's trust policy itself must be compared with it.`,
                fix: seePolicyFix(roleName)
            }
        ];
    }
    const reason = a.immutable ? (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .explainForm */ ._$)(a).slice(-3)[0] : (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .explainForm */ ._$)(a)[0];
    return [{ reason, fix: subjectFixes(a, sub, subKey, where, 'StringEquals'), aboutSubject: true }];
}
function subjectFixes(a, sub, subKey, where, operator) {
    const add = (v) => `add ${v} to the ${subKey} values of ${where}`;
    const f = a.form;
    const repo = a.repoPart ?? 'the repository';
    const prefix = `repo:${repo}`;
    switch (f.kind) {
        case 'pull_request':
            return [
                `keep pull requests off this role: give them a separate read-only role that trusts ${sub} (policy below), used by the pull-request jobs`,
                `or ${add(sub)} — ⚠ then code from any pull request branch of ${repo}, not yet reviewed, can assume this role; ${_policy_subject_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .SAFER_FORMS */ .W}`
            ];
        case 'environment':
            return [
                `${add(sub)}; protect the environment '${f.environment}' (required reviewers, deployment branches) so only reviewed code reaches this role`
            ];
        case 'tag': {
            const pattern = (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .narrowestSubject */ .Es)(sub, a).value;
            return [
                `${add(sub)} (exactly this tag)`,
                `or, for every release tag, add the pattern ${pattern} to a StringLike condition on ${subKey} — a pattern allows every tag it matches: restrict who may push such tags with a tag ruleset`
            ];
        }
        case 'merge-queue':
            return [
                `add the pattern ${prefix}:ref:refs/heads/gh-readonly-queue/${f.base}/* to a StringLike condition on ${subKey} — a pattern: every merge-queue run for ${f.base} (changes that passed the queue's required checks, not yet merged)`
            ];
        case 'custom':
            return [
                `${add(sub)}: the policy must follow the custom sub template's shape (keys: ${f.keys.join(', ') || 'unknown'})`
            ];
        default:
            if (a.immutable)
                return [`${add(a.withIds ?? sub)} (the immutable form GitHub now sends)`];
            return [`${add(sub)}${operator === 'StringLike' ? ' (or a pattern that matches it)' : ''}`];
    }
}
function fromEvaluation(ev, x) {
    const name = (st) => `statement ${st.index}${st.sid ? ` (${st.sid})` : ''}`;
    if (ev.decision === 'allow') {
        return {
            findings: [
                {
                    reason: "The trust-policy input allows this token, but AWS denied it: the role's actual trust policy differs from that file, or the role does not exist.",
                    fix: seePolicyFix(x.roleName)
                }
            ],
            causes: ["the role's trust policy was changed since the file was taken, or the file belongs to another role"]
        };
    }
    const deny = ev.statements.find((s) => s.effect === 'Deny' && s.applies);
    if (deny) {
        return {
            findings: [
                {
                    reason: `${cap(name(deny))} of the trust policy is a Deny that matches this token, and a Deny wins over every Allow.`,
                    fix: [
                        `narrow the conditions of ${name(deny)} so they do not match this run, or run the job in a context it excludes`
                    ]
                }
            ],
            causes: []
        };
    }
    const allows = ev.statements.filter((s) => s.effect === 'Allow' && s.actionMatches);
    if (allows.length === 0) {
        return {
            findings: [
                {
                    reason: 'No Allow statement of the trust policy covers the action sts:AssumeRoleWithWebIdentity.',
                    fix: ['add "Action": "sts:AssumeRoleWithWebIdentity" to the statement that trusts the OIDC provider']
                }
            ],
            causes: []
        };
    }
    const misses = (s) => (s.principalMatches ? 0 : 1) + s.conditions.filter((c) => !c.passed).length;
    const best = allows.reduce((a, b) => (misses(b) < misses(a) ? b : a));
    const findings = [];
    const elsewhere = best.conditions.filter((c) => !c.passed && c.otherPrefix);
    if (elsewhere.length > 0)
        findings.push(otherPrefixFinding(elsewhere, name(best), x));
    if (!best.principalMatches) {
        findings.push({
            reason: `${cap(name(best))}: ${(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .principalDifference */ .C9)(best.federated ?? [], x.needed)}.`,
            fix: [`set Principal.Federated of ${name(best)} to ${x.needed} (the provider must be in the role's account)`]
        });
    }
    for (const c of best.conditions.filter((c) => !c.passed && !c.otherPrefix)) {
        const hidden = (0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .keyIsRedacted */ ._)(c.key, x.redact);
        const finding = conditionFinding(c, name(best), x, hidden);
        if (!c.noSuchKey && !finding.reason.includes('wildcard'))
            x.evidence.push(`${name(best)}: ${(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCondition */ .pu)(c, hidden)}`);
        findings.push(finding);
    }
    const causes = findings.slice(1).map((f) => `also: ${lowerFirst(f.reason)}`);
    return { findings, causes };
}
function otherPrefixFinding(conditions, where, x) {
    const prefix = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .issuerPrefix */ .A_)(x.iss);
    const theirs = [...new Set(conditions.map((c) => c.key))].join(', ');
    const own = [...new Set(conditions.map((c) => c.otherPrefix?.key ?? ''))].join(', ');
    const bare = (k) => k.slice(0, k.lastIndexOf(':')).replace(/\/+$/, '').toLowerCase();
    const slashOnly = conditions.every((c) => bare(c.key) === prefix.toLowerCase());
    const how = slashOnly ? ' (they differ from its keys only by a trailing slash before the colon)' : '';
    return {
        reason: `${cap(where)} checks ${theirs}: keys of another issuer's prefix${how}, absent from this request. This token (iss ${x.iss}) has them as ${own}, and maps to the provider ${x.needed}.`,
        fix: [
            `write the condition keys of ${where} with the prefix ${prefix}: (${own}) and trust ${x.needed} in its Principal.Federated`
        ]
    };
}
function conditionFinding(c, where, x, hidden) {
    const cond = `the ${c.operator} condition on ${c.key} of ${where}`;
    if (c.undecided) {
        return {
            reason: `AWS's outcome for ${cond} cannot be decided here: ${c.undecided.reason}.`,
            fix: [
                `write ${cond} so that AWS documents its outcome (${c.undecided.source ?? 'a set operator for a multivalued key'})`
            ]
        };
    }
    if (c.noSuchKey) {
        return {
            reason: `${cap(cond)} can never match: AWS has no such condition key (it does not put the ${c.noSuchKey.claim} claim in the request).`,
            fix: [`replace it with ${c.noSuchKey.instead}`]
        };
    }
    const hints = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .conditionHints */ .sj)(c, hidden);
    const wildcard = hints.find((h) => h.includes('literal characters'));
    if (wildcard) {
        return {
            reason: `${cap(cond)} holds a wildcard, but ${wildcard}.`,
            fix: [`change the operator of ${cond} from ${c.operator} to StringLike (keep its values)${likeRisk(c)}`]
        };
    }
    const caseOnly = hints.find((h) => h.includes('letter case'));
    if (caseOnly) {
        return {
            reason: `In ${cond}, ${caseOnly}.`,
            fix: [`write the value exactly as the token has it (${hidden ? '***' : String(c.actual)}) in ${cond}`]
        };
    }
    const claim = c.key.slice(c.key.lastIndexOf(':') + 1).toLowerCase();
    if (claim === 'sub' && x.analysis && c.key.toLowerCase() === x.subKey.toLowerCase()) {
        const form = x.analysis.form.kind === 'branch' ? [] : (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .explainForm */ ._$)(x.analysis).slice(0, 1);
        const reason = form[0] ?? `This run's sub is not among the values of ${cond}.`;
        return { reason, fix: subjectFixes(x.analysis, x.sub, x.subKey, cond, c.operator), aboutSubject: true };
    }
    if (claim === 'aud') {
        const expected = c.expected[0] ?? 'sts.amazonaws.com';
        return {
            reason: `${cap(cond)} expects the audience ${c.expected.join(' or ')}; this token's is ${String(c.actual ?? '(absent)')}.`,
            fix: [`request the audience the policy expects (audience: ${expected})`]
        };
    }
    return {
        reason: `${cap(cond)} does not hold for this run (${claim} ${hidden ? '***' : String(c.actual ?? 'absent')}).`,
        fix: [`allow this run's ${claim} in ${cond}, or run the job where it holds`]
    };
}
function likeRisk(c) {
    if (!c.key.toLowerCase().endsWith(':sub'))
        return '';
    const risk = c.expected.map((v) => (0,_policy_subject_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectRisk */ .G)('StringLike', v)).find((r) => r !== undefined);
    return risk ? ` — ⚠ as a pattern, ${risk}; ${_policy_subject_risk_js__WEBPACK_IMPORTED_MODULE_5__/* .SAFER_FORMS */ .W}` : '';
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);


/***/ })

};
;