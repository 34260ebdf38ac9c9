"use strict";
exports.id = 943;
exports.ids = [943,966];
exports.modules = {

/***/ 4943:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/errors.ts
class CliError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CliError';
    }
}
const EXIT = { allowed: 0, denied: 1, usage: 2, undecided: 3 };

;// CONCATENATED MODULE: ./src/cli/args.ts


const COMMON_OPTIONS = {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
function parseOptions(command, args, options) {
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            options: { ...COMMON_OPTIONS, ...options },
            strict: true,
            allowPositionals: true
        });
        if (positionals.length > 0)
            throw new CliError(`${command}: unexpected argument '${positionals[0]}'`);
        return values;
    }
    catch (e) {
        if (e instanceof CliError)
            throw e;
        const first = e.message.split(/\.\s/)[0].replace(/\.$/, '');
        throw new CliError(`${command}: ${first} (see: aws-oidc-credentials ${command} --help)`);
    }
}
function args_text(values, name) {
    const v = values[name];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function required(command, values, name, example) {
    const v = args_text(values, name);
    if (v === undefined)
        throw new CliError(`${command}: --${name} is required, e.g. --${name} ${example}`);
    return v;
}
function oneOf(command, values, names) {
    const given = names.filter((n) => args_text(values, n) !== undefined);
    if (given.length > 1)
        throw new CliError(`${command}: give only one of ${names.map((n) => `--${n}`).join(', ')}`);
    return given[0];
}

// EXTERNAL MODULE: ./src/output/escape.ts
var output_escape = __webpack_require__(8078);
// EXTERNAL MODULE: ./src/diagnosis/redact.ts
var redact = __webpack_require__(8652);
// EXTERNAL MODULE: ./src/diagnosis/trust-denial.ts
var trust_denial = __webpack_require__(4195);
// EXTERNAL MODULE: ./src/diagnosis/subject.ts
var subject = __webpack_require__(313);
// EXTERNAL MODULE: ./src/inputs/index.ts + 2 modules
var inputs = __webpack_require__(8399);
// EXTERNAL MODULE: ./src/policy/index.ts + 4 modules
var src_policy = __webpack_require__(2611);
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
        throw new CliError(`--claims is empty; give ${WHAT}`);
    if (JWT.test(trimmed))
        return withRedactions(jwtClaims(trimmed), 'jwt');
    if (trimmed.startsWith('{'))
        return withRedactions(jsonClaims(trimmed), 'json');
    const lines = text.split(/\r?\n/).map((l) => l.replace(TIMESTAMP, ''));
    const fromLog = logJson(lines) ?? logTable(lines);
    if (!fromLog)
        throw new CliError(`--claims is not ${WHAT}`);
    return withRedactions(fromLog, 'log');
}
function jwtClaims(token) {
    try {
        return (0,token_claims/* decodeToken */.oL)(token, 'file').claims;
    }
    catch {
        throw new CliError('--claims looks like a JWT, but its payload is not a JSON object of claims');
    }
}
function jsonClaims(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new CliError(`--claims starts with '{' but is not valid JSON; give ${WHAT}`);
    }
    if (!isClaims(value))
        throw new CliError('--claims is JSON but not an object with iss or sub claims');
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
        throw new CliError(`--claims: ${why}, and the condition keys AWS checks are named after the issuer`);
    }
    return { claims, source, redacted };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/cli/read-input.ts


const MAX_INPUT_BYTES = 1024 * 1024;
const realInputs = {
    readFile(path) {
        const st = (0,external_node_fs_.statSync)(path);
        if (!st.isFile())
            throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
        if (st.size > MAX_INPUT_BYTES)
            throw Object.assign(new Error('too large'), { code: 'ETOOBIG' });
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    },
    async readStdin() {
        const chunks = [];
        let size = 0;
        for await (const chunk of process.stdin) {
            size += chunk.length;
            if (size > MAX_INPUT_BYTES)
                throw Object.assign(new Error('too large'), { code: 'ETOOBIG' });
            chunks.push(chunk);
        }
        return Buffer.concat(chunks).toString('utf8');
    }
};
async function readInput(option, spec, io) {
    try {
        return spec === '-' ? await io.readStdin() : io.readFile(spec);
    }
    catch (e) {
        throw new CliError(`${option}: ${readProblem(spec, e.code)}`);
    }
}
function readProblem(spec, code) {
    const where = spec === '-' ? 'standard input' : `'${spec}'`;
    switch (code) {
        case 'ENOENT':
            return `no such file ${where}`;
        case 'EACCES':
            return `cannot read ${where} (permission denied)`;
        case 'EISDIR':
        case 'ENOTFILE':
            return `${where} is not a regular file`;
        case 'ETOOBIG':
            return `${where} is larger than ${MAX_INPUT_BYTES / 1024} KiB; give the claims or the policy alone`;
        default:
            return `cannot read ${where}${code ? ` (${code})` : ''}`;
    }
}

;// CONCATENATED MODULE: ./src/cli/explain.ts










const HELP = `Usage: aws-oidc-credentials explain --claims <file|-> --trust-policy <file|-> [--role-arn ARN] [--json]

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
    help: HELP,
    options: {
        claims: { type: 'string' },
        'trust-policy': { type: 'string' },
        'role-arn': { type: 'string' }
    },
    async run(values, io) {
        const claimsSpec = required('explain', values, 'claims', 'claims.json');
        const policySpec = required('explain', values, 'trust-policy', 'role.json');
        if (claimsSpec === '-' && policySpec === '-')
            throw new CliError('explain: only one of --claims and --trust-policy can read standard input (-)');
        const input = parseClaimsInput(await readInput('--claims', claimsSpec, io));
        const policy = policyFrom(await readInput('--trust-policy', policySpec, io));
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
            throw new CliError(`--trust-policy: ${e.message}`);
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
        throw new CliError(`${from}: ${e.message.replace(/^Input 'role-to-assume': /, '')}`);
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
        return EXIT.allowed;
    return decision === 'cannot-decide' ? EXIT.undecided : EXIT.denied;
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
    if (result.lines.length > 0)
        out.stdout(`${result.lines.map(output_escape/* logSafe */.sN).join('\n')}\n`);
    if (result.notes && result.notes.length > 0)
        out.stderr(`${result.notes.map(output_escape/* logSafe */.sN).join('\n')}\n`);
}

// EXTERNAL MODULE: ./src/diagnosis/suggest-policy.ts
var suggest_policy = __webpack_require__(9494);
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

// EXTERNAL MODULE: ./src/policy/warnings.ts
var policy_warnings = __webpack_require__(4113);
;// CONCATENATED MODULE: ./src/cli/repo.ts


const REPO = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/;
const NUMERIC_ID = /^\d+$/;
function parseRepo(command, raw) {
    const m = REPO.exec(raw);
    if (!m)
        throw new CliError(`${command}: --repo must be OWNER/REPO (e.g. octo-org/octo-repo), got '${raw}'`);
    return { owner: m[1], repo: m[2] };
}
function parseIds(command, values) {
    const ownerId = args_text(values, 'owner-id');
    const repoId = args_text(values, 'repo-id');
    if (ownerId === undefined && repoId === undefined)
        return {};
    if (ownerId === undefined || repoId === undefined)
        throw new CliError(`${command}: the immutable subject needs both --owner-id and --repo-id`);
    for (const [name, v] of [
        ['owner-id', ownerId],
        ['repo-id', repoId]
    ]) {
        if (!NUMERIC_ID.test(v))
            throw new CliError(`${command}: --${name} must be a number (GitHub's numeric ID), got '${v}'`);
    }
    return { ownerId, repoId, immutableSubject: true };
}
const ID_OPTIONS = {
    'owner-id': { type: 'string' },
    'repo-id': { type: 'string' }
};

;// CONCATENATED MODULE: ./src/cli/policy.ts








const FORMATS = ['json', 'terraform'];
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
        if (!FORMATS.includes(format))
            throw new CliError(`policy: --format must be json or terraform, got '${format}'`);
        const run = policyRun(values);
        const { account, partition } = accountOf(values);
        const iss = issuerOf(values);
        const value = buildSubject(run);
        const sub = { operator: /[*?]/.test(value) ? 'StringLike' : 'StringEquals', value };
        const aud = args_text(values, 'audience') ?? (partition === 'aws-cn' ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com');
        const s = (0,suggest_policy/* suggestTrustPolicy */.D)({ iss, aud, account, partition, sub });
        const warnings = (0,policy_warnings/* policyWarnings */.a)((0,src_policy/* parseTrustPolicy */.GS)(s.json));
        return {
            exitCode: EXIT.allowed,
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
        throw new CliError('policy: say which runs may assume the role: --branch B, --tag PATTERN or --environment NAME');
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
        throw new CliError(`policy: --account must be a 12-digit AWS account ID and --partition an AWS partition (aws, aws-cn, aws-us-gov, ...); got ${account} and ${partition}`);
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
        throw new CliError(`policy: --issuer must be the token's iss, an https:// URL such as ${src_policy/* GITHUB_ISSUER */.oX}; got '${iss}'`);
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
        const claims = { ...runClaims(run), ...explicitClaims(values) };
        for (const key of run.includeClaimKeys ?? []) {
            if (key !== 'repo' && key !== 'context' && !(key in claims))
                throw new CliError(`sub: the other options do not give the value of ${key}; add --claim ${key}=VALUE (as the token would carry it)`);
        }
        const sub = buildSubject(run, claims);
        const analysis = (0,subject/* analyzeSubject */.$D)(sub, claims);
        const explanation = (0,subject/* explainForm */._$)(analysis);
        return {
            exitCode: EXIT.allowed,
            lines: [sub, ...explanation.map((l) => `  ${l}`)],
            json: { command: 'sub', sub, ...analysis, explanation }
        };
    }
};
function subjectRun(values) {
    const { owner, repo } = parseRepo('sub', required('sub', values, 'repo', 'octo-org/octo-repo'));
    const eventName = required('sub', values, 'event', 'push');
    if (!EVENT.test(eventName))
        throw new CliError(`sub: --event must be an event name such as push or pull_request, got '${eventName}'`);
    const includeClaimKeys = claimKeys(values);
    const environment = args_text(values, 'environment');
    const ref = args_text(values, 'ref') ?? '';
    if (ref !== '' && !ref.startsWith('refs/'))
        throw new CliError(`sub: --ref must be a full ref such as refs/heads/${ref} or refs/tags/${ref}, got '${ref}'`);
    const run = { owner, repo, eventName, ref, environment, ...parseIds('sub', values), includeClaimKeys };
    if (ref === '' && needsRef(run))
        throw new CliError(`sub: --ref is needed: a ${eventName} run's sub ends in ref:<ref> (e.g. --ref refs/heads/main)`);
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
        throw new CliError(`sub: --claim-keys must be claim names separated by commas (e.g. repo,context), got '${bad}'`);
    return keys;
}
function runClaims(run) {
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
            throw new CliError(`sub: --claim must be KEY=VALUE, got '${pair}'`);
        claims[key] = pair.slice(at + 1);
    }
    return claims;
}

// EXTERNAL MODULE: ./src/output/version.ts + 1 modules
var version = __webpack_require__(1968);
;// CONCATENATED MODULE: ./src/cli/main.ts








const COMMANDS = [explainCommand, subCommand, policyCommand];
const NAME = version/* PACKAGE_NAME */.rM;
const VERSION_FLAGS = ['--version', '-V'];
function usage() {
    const list = COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`).join('\n');
    return `Usage: ${NAME} <command> [options]   (${NAME} <command> --help for its options)

Debug a GitHub OIDC trust policy offline: no AWS account, no token, nothing sent anywhere.

Commands:
${list}

Examples:
  ${(0,version/* npxCommand */.WN)('explain --claims claims.json --trust-policy role.json')}
  ${(0,version/* npxCommand */.WN)('sub --repo octo-org/octo-repo --event pull_request')}
  ${(0,version/* npxCommand */.WN)('policy --repo octo-org/octo-repo --environment production --account 123456789012')}

Every command takes --json. Exit status: 0 allowed (or done), 1 denied, 2 usage or input error.
${NAME} --version (or -V) prints the version, ${version/* VERSION */.xv}.
`;
}
async function runCli(argv, io, out) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        out.stdout(usage());
        return name === undefined ? EXIT.usage : EXIT.allowed;
    }
    if (VERSION_FLAGS.includes(name) && rest.length === 0) {
        out.stdout(`${version/* VERSION */.xv}\n`);
        return EXIT.allowed;
    }
    const command = COMMANDS.find((c) => c.name === name);
    try {
        if (!command)
            throw new CliError(`unknown command '${name}'; the commands are ${COMMANDS.map((c) => c.name).join(', ')}`);
        const values = parseOptions(command.name, rest, command.options);
        if (values.help) {
            out.stdout(`${command.help}\n`);
            return EXIT.allowed;
        }
        const result = await command.run(values, io);
        write(result, values.json === true, out);
        return result.exitCode;
    }
    catch (e) {
        const message = e instanceof CliError ? e.message : `unexpected error: ${e.message}`;
        out.stderr(`${NAME}: ${(0,output_escape/* logSafe */.sN)(message.split('\n')[0])}\n`);
        return EXIT.usage;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts


void runCli(process.argv.slice(2), realInputs, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text)
}).then((code) => {
    process.exitCode = code;
});


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
/* harmony import */ var _output_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1968);







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