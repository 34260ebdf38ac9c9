#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = require("node:util");
;// CONCATENATED MODULE: ./src/cli/errors.ts
// The one error the CLI reports as "usage or input error" (exit 2): a sentence for the user,
// never a stack trace.
class CliError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CliError';
    }
}
const EXIT = { allowed: 0, denied: 1, usage: 2 };

;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line options through node:util parseArgs (strict: unknown options fail closed),
// with its errors turned into one sentence that names the command.


/** Options every command takes. */
const COMMON_OPTIONS = {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
function parseOptions(command, args, options) {
    try {
        const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
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
        // parseArgs' messages carry advice about '--' that does not apply here: keep the first sentence
        const first = e.message.split(/\.\s/)[0].replace(/\.$/, '');
        throw new CliError(`${command}: ${first} (see: aws-oidc-credentials ${command} --help)`);
    }
}
/** A string option; '' and absent both count as absent. */
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
/** At most one of the named options; returns which one was given. */
function oneOf(command, values, names) {
    const given = names.filter((n) => args_text(values, n) !== undefined);
    if (given.length > 1)
        throw new CliError(`${command}: give only one of ${names.map((n) => `--${n}`).join(', ')}`);
    return given[0];
}

;// CONCATENATED MODULE: ./src/escape.ts
// Untrusted text (claim values, error messages, inputs) is escaped before it is printed, so it
// can neither run a workflow command, nor hide or reorder what a reader sees, nor break a table.
/**
 * Characters that are invisible or change how the text around them displays: C0/C1 controls
 * (newlines, ESC of ANSI sequences, CSI), soft hyphen, bidi marks, embeddings, overrides and
 * isolates (U+202A–202E, U+2066–2069), zero-width characters (U+200B–200F, U+2060–2064, U+FEFF),
 * line/paragraph separators, interlinear annotations and the invisible tag characters.
 */
const HIDDEN = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]/gu;
const SHORT = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function visibleEscape(c) {
    const code = c.codePointAt(0) ?? 0;
    if (SHORT[c])
        return SHORT[c];
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** The runner finds the legacy `##[cmd]` form anywhere in a line (actions/runner ActionCommand.TryParse). */
const LEGACY_COMMAND = '##[';
/** ... and the `::cmd::` form at the start of a line, after whitespace (which .NET's TrimStart skips). */
const LEADING_COMMAND = /^([\s\u0085]*)::/;
/**
 * One log line's worth of text. Hidden characters (newlines included) become visible escapes
 * (`\n`, `\u202e`), so a value can never begin a new line nor spoof what is displayed; `##[`
 * anywhere becomes `##\[` and a leading `::` becomes `\::`, so neither command form can parse.
 * Idempotent: escaping escaped text changes nothing (backslashes are left as they are), which
 * lets the log guard (src/log-guard.ts) apply it again to every line the action prints.
 */
function escape_logSafe(value) {
    const visible = value.replace(HIDDEN, visibleEscape);
    return visible.split(LEGACY_COMMAND).join('##\\[').replace(LEADING_COMMAND, '$1\\::');
}
/**
 * JSON text that is log-safe and still parses to the same value: what logSafe would change is
 * written as JSON escapes instead (hidden characters as \uXXXX, the `[` of `##[` as \u005b),
 * so logSafe (linesSafe when indented) leaves the result as it is. For the claims line in the
 * log and the CLI's --json output.
 */
function escape_jsonLogSafe(value, indent) {
    // JSON.stringify escapes every control character inside strings: a raw newline is indentation
    const json = JSON.stringify(value, null, indent).replace(HIDDEN, (c) => (c === '\n' ? c : jsonEscape(c)));
    return json.split(LEGACY_COMMAND).join('##\\u005b');
}
/** `\uXXXX` per UTF-16 unit (a character outside the BMP becomes its surrogate pair). */
function jsonEscape(c) {
    return Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
}
/** Each line of a multi-line message made log-safe, the line breaks kept. */
function linesSafe(text) {
    return text.split('\n').map(escape_logSafe).join('\n');
}
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for a markdown table cell or paragraph of the job summary: HTML and markdown neutralised in one pass. */
function markdownSafe(value) {
    return escape_logSafe(value).replace(/[&<>"']|[|\\`*_[\]{}#+!~]/g, (c) => HTML[c] ?? `\\${c}`);
}
/**
 * Untrusted text as a markdown code span for a table cell: nothing inside a code span is markup,
 * HTML or an autolink (a bare URL, e-mail address or @mention in a claim value stays plain text).
 * The fence is longer than any run of backticks in the text; `|` is escaped as GFM tables need.
 */
function markdownCode(value) {
    const text = escape_logSafe(value).replace(/\|/g, '\\|');
    if (text === '')
        return '';
    const longestRun = (text.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
    const fence = '`'.repeat(longestRun + 1);
    const padding = /^[`\s]|[`\s]$/.test(text) ? ' ' : '';
    return `${fence}${padding}${text}${padding}${fence}`;
}
/** Fits a string into a fixed-width column for aligned log tables. */
const escape_pad = (s, width) => (s.length >= width ? s : s + ' '.repeat(width - s.length));

;// CONCATENATED MODULE: ./src/diagnosis/redact.ts
// redact-claims holds everywhere the action writes: a redacted claim's value is replaced by
// *** in any text built from the token (diagnosis, evaluation lines, suggestions, summary).
// Shorter values (a run_attempt of "1") would blank unrelated text; the claim rows and the
// per-condition lines hide those values by name instead.
const MIN_SCRUBBED_LENGTH = 3;
/** A function that replaces every redacted claim's value (and its string parts) with ***. */
function redact_redactor(claims, redact) {
    const values = redact
        .flatMap((name) => [claims[name]].flat())
        .filter((v) => typeof v === 'string' || typeof v === 'number')
        .map(String)
        .filter((v) => v.length >= MIN_SCRUBBED_LENGTH)
        // longest first, so a value that contains another is replaced whole
        .sort((a, b) => b.length - a.length);
    if (values.length === 0)
        return (text) => text;
    return (text) => values.reduce((t, v) => t.split(v).join('***'), text);
}
/** Whether a condition key (`<issuer>:<claim>`) names a redacted claim. */
function keyIsRedacted(key, redact) {
    const claim = key.slice(key.lastIndexOf(':') + 1).toLowerCase();
    return redact.some((r) => r.toLowerCase() === claim);
}

;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/buffer_utils.js
const buffer_utils_encoder = new TextEncoder(), decoder = new TextDecoder(), strictDecoder = new TextDecoder("utf-8", { fatal: !0 }), UINT32_RANGE = (/* unused pure expression or super */ null && (2 ** 32));
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
function writeUInt32BE(buf, value, offset) {
  if (value < 0 || value >= UINT32_RANGE)
    throw new RangeError(`value must be >= 0 and <= ${UINT32_RANGE - 1}. Received ${value}`);
  buf.set([value >>> 24, value >>> 16, value >>> 8, value & 255], offset);
}
function uint64be(value) {
  const high = Math.floor(value / UINT32_RANGE), low = value % UINT32_RANGE, buf = new Uint8Array(8);
  return writeUInt32BE(buf, high, 0), writeUInt32BE(buf, low, 4), buf;
}
function uint32be(value) {
  const buf = new Uint8Array(4);
  return writeUInt32BE(buf, value), buf;
}
const NON_ASCII = /[^\x00-\x7f]/;
function buffer_utils_encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return buffer_utils_encoder.encode(string);
  }
  const bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function buffer_utils_encodeBase64(input, url = !1) {
  if (Uint8Array.prototype.toBase64)
    return input.toBase64({ alphabet: url ? "base64url" : "base64", omitPadding: url });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i = 0; i < input.length; i += CHUNK_SIZE)
    arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
  const encoded = btoa(arr.join(""));
  return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = !1) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}
async function digest(algorithm, data) {
  const subtleDigest = `SHA-${algorithm.slice(-3)}`;
  return new Uint8Array(await crypto.subtle.digest(subtleDigest, data));
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/base64url.js

const invalid = "The input to be decoded is not correctly encoded.";
function base64url_decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), !0);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
function base64url_encode(input) {
  return encodeBase64(typeof input == "string" ? encoder.encode(input) : input, !0);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/validate.js



function assertUint8Array(input, label) {
  if (!(input instanceof Uint8Array))
    throw new TypeError(`${label} must be an instance of Uint8Array`);
}
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return !1;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isJwkSet(input) {
  return isObject(input) && Array.isArray(input.keys) && Array.from(input.keys).every(isObject);
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header of headers)
    if (header)
      for (const parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return !1;
        parameters.add(parameter);
      }
  return !0;
}
function assertNotSet(value, name) {
  if (value !== void 0)
    throw new TypeError(`${name} can only be called once`);
}
function decodeBase64url(value, label, ErrorClass) {
  try {
    return decode(value);
  } catch (cause) {
    throw new ErrorClass(`Failed to base64url decode the ${label}`, { cause });
  }
}
function encodeAsciiMember(value, label, ErrorClass) {
  try {
    return encode(value);
  } catch (cause) {
    throw new ErrorClass(`The ${label} is not a valid base64url string`, { cause });
  }
}
function parseJoseHeader(encodedProtectedHeader, ErrorClass, message) {
  let parsed;
  try {
    parsed = JSON.parse(strictDecoder.decode(base64url_decode(encodedProtectedHeader)));
  } catch (cause) {
    throw new ErrorClass(message, { cause });
  }
  if (!isObject(parsed))
    throw new ErrorClass(message);
  return parsed;
}
const JWS_RECOGNIZED = { __proto__: null, b64: !0 }, JWE_RECOGNIZED = { __proto__: null };
function validateAlgorithms(option, algorithms) {
  if (algorithms !== void 0 && (!Array.isArray(algorithms) || algorithms.some((s) => typeof s != "string")))
    throw new TypeError(`"${option}" option must be an array of strings`);
  return algorithms === void 0 ? void 0 : new Set(algorithms);
}
function validateCritDuplicates(Err, protectedHeader) {
  const { crit } = protectedHeader ?? {};
  if (Array.isArray(crit) && new Set(crit).size !== crit.length)
    throw new Err('"crit" (Critical) Header Parameter MUST NOT contain duplicate values');
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  const recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (const parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    const b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new JWSInvalid('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return !0;
}
function serializeJoseHeader(Err, header) {
  let serialized, parsed;
  try {
    serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
  } catch (cause) {
    throw new Err("JOSE Header is not valid JSON", { cause });
  }
  if (!isObject(parsed))
    throw new Err("JOSE Header is not a JSON object");
  return [parsed, serialized];
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/decode_protected_header.js

function decodeProtectedHeader(token) {
  let encodedProtectedHeader;
  if (typeof token == "string") {
    const parts = token.split(".");
    (parts.length === 3 || parts.length === 5) && ([encodedProtectedHeader] = parts);
  } else if (typeof token == "object" && token)
    if ("protected" in token)
      encodedProtectedHeader = token.protected;
    else
      throw new TypeError("Token does not contain a Protected Header");
  const invalid = "Invalid Token or Protected Header formatting";
  if (typeof encodedProtectedHeader != "string" || !encodedProtectedHeader)
    throw new TypeError(invalid);
  return parseJoseHeader(encodedProtectedHeader, TypeError, invalid);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/errors.js
class JOSEError extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message, options) {
    super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
}
class JWTClaimValidationFailed extends JOSEError {
  static code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JWTExpired extends JOSEError {
  static code = "ERR_JWT_EXPIRED";
  code = "ERR_JWT_EXPIRED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JOSEAlgNotAllowed extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JOSE_ALG_NOT_ALLOWED"));
  code = "ERR_JOSE_ALG_NOT_ALLOWED";
}
class errors_JOSENotSupported extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JOSE_NOT_SUPPORTED"));
  code = "ERR_JOSE_NOT_SUPPORTED";
}
class JWEDecryptionFailed extends JOSEError {
  static code = "ERR_JWE_DECRYPTION_FAILED";
  code = "ERR_JWE_DECRYPTION_FAILED";
  constructor(message = "decryption operation failed", options) {
    super(message, options);
  }
}
class JWEInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWE_INVALID"));
  code = "ERR_JWE_INVALID";
}
class errors_JWSInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWS_INVALID"));
  code = "ERR_JWS_INVALID";
}
class JWTInvalid extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
}
class JWKInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWK_INVALID"));
  code = "ERR_JWK_INVALID";
}
class JWKSInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWKS_INVALID"));
  code = "ERR_JWKS_INVALID";
}
class JWKSNoMatchingKey extends JOSEError {
  static code = "ERR_JWKS_NO_MATCHING_KEY";
  code = "ERR_JWKS_NO_MATCHING_KEY";
  constructor(message = "no applicable key found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSMultipleMatchingKeys extends JOSEError {
  [Symbol.asyncIterator] = async function* () {
  };
  static code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  constructor(message = "multiple matching keys found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSTimeout extends JOSEError {
  static code = "ERR_JWKS_TIMEOUT";
  code = "ERR_JWKS_TIMEOUT";
  constructor(message = "request timed out", options) {
    super(message, options);
  }
}
class JWSSignatureVerificationFailed extends JOSEError {
  static code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  constructor(message = "signature verification failed", options) {
    super(message, options);
  }
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/decode_jwt.js




function decodeJwt(jwt) {
  if (typeof jwt != "string")
    throw new JWTInvalid("JWTs must use Compact JWS serialization, JWT must be a string");
  const { 1: encodedPayload, length } = jwt.split(".");
  if (length === 5)
    throw new JWTInvalid("Only JWTs using Compact JWS serialization can be decoded");
  if (length !== 3)
    throw new JWTInvalid("Invalid JWT");
  if (!encodedPayload)
    throw new JWTInvalid("JWTs must contain a payload");
  let claimsSetBytes;
  try {
    claimsSetBytes = base64url_decode(encodedPayload);
  } catch (cause) {
    throw new JWTInvalid("Failed to base64url decode the payload", { cause });
  }
  let claimsSet;
  try {
    claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("Failed to parse the decoded payload as JSON", { cause });
  }
  if (!isObject(claimsSet))
    throw new JWTInvalid("Invalid JWT Claims Set");
  return claimsSet;
}


;// CONCATENATED MODULE: ./src/errors.ts
/** A classified failure: the one kind of error the report prints. */
class errors_Failure extends Error {
    code;
    details;
    constructor(code, message, details = {}) {
        super(message);
        this.name = 'Failure';
        this.code = code;
        this.details = details;
    }
}
function isFailure(e) {
    return e instanceof Error && e.name === 'Failure' && typeof e.code === 'string';
}
const errors_invalidInput = (input, message) => new errors_Failure('invalid-input', `Input '${input}': ${message}`, { stage: 'inputs' });

;// CONCATENATED MODULE: ./src/claims.ts
// Stage 3: decode the token (never verify — STS does that) and present its claims safely.



function decodeToken(token, from) {
    try {
        return { header: decodeProtectedHeader(token), claims: decodeJwt(token) };
    }
    catch (e) {
        const parts = token.split('.').length;
        throw new errors_Failure('invalid-token', `The ${from === 'file' ? 'token file' : 'ID token'} is not a decodable JWT.`, {
            stage: 'claims',
            evidence: [
                `the token has ${parts} dot-separated part${parts === 1 ? '' : 's'} (a JWT has 3)`,
                `decoder: ${e.message}`
            ],
            fix: from === 'file'
                ? ['make web-identity-token-file hold only the JWT (header.payload.signature), no quotes or extra lines']
                : []
        });
    }
}
const FIRST = (/* unused pure expression or super */ null && (['sub', 'aud', 'iss']));
/** What the log shows instead of a value named in redact-claims. */
const REDACTED = '***';
const TIMES = (/* unused pure expression or super */ null && (['exp', 'iat', 'nbf']));
/** Claims as printed: sub, aud, iss first, the rest sorted, header fields last; redacted names as ***. */
function claimRows(decoded, redact, nowMs) {
    const names = Object.keys(decoded.claims);
    const ordered = [...FIRST.filter((n) => names.includes(n)), ...names.filter((n) => !FIRST.includes(n)).sort()];
    const rows = ordered.map((name) => ({
        name,
        value: redact.includes(name) ? REDACTED : showClaim(name, decoded.claims[name], nowMs)
    }));
    for (const h of ['alg', 'kid']) {
        if (decoded.header[h] !== undefined)
            rows.push({ name: `header.${h}`, value: showValue(decoded.header[h]) });
    }
    return rows;
}
/** One claim for a diagnosis: respects redact-claims, so evidence never shows what the table hides. */
function claimText(claims, name, redact) {
    if (claims[name] === undefined)
        return '(absent)';
    return redact.includes(name) ? REDACTED : showValue(claims[name]);
}
function showClaim(name, value, nowMs) {
    if (TIMES.includes(name) && typeof value === 'number') {
        const iso = claims_isoTime(value);
        if (name !== 'exp' || iso === INVALID_TIME)
            return `${value} (${iso})`;
        const left = Math.round(value - nowMs / 1000);
        return `${value} (${iso}, ${left >= 0 ? `expires in ${left} s` : `expired ${-left} s ago`})`;
    }
    return showValue(value);
}
const INVALID_TIME = 'not a representable time';
/** A NumericDate (seconds) as ISO 8601; a signed token may carry any number, e.g. 1e20. */
function claims_isoTime(seconds) {
    const date = new Date(seconds * 1000);
    return Number.isNaN(date.getTime()) ? INVALID_TIME : date.toISOString();
}
function showValue(value) {
    if (value === '')
        return '"" (empty)';
    return typeof value === 'string' ? value : compactJson(value, 0);
}
/** Deeper JSON is shown as `{…}`: a token may nest thousands of levels, which would exhaust the stack. */
const MAX_JSON_DEPTH = 8;
/** JSON.stringify's compact form, cut at MAX_JSON_DEPTH (recursion is bounded by it). */
function compactJson(value, depth) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? String(value);
    if (depth >= MAX_JSON_DEPTH)
        return Array.isArray(value) ? '[…]' : '{…}';
    if (Array.isArray(value))
        return `[${value.map((v) => compactJson(v, depth + 1)).join(',')}]`;
    const members = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${compactJson(v, depth + 1)}`);
    return `{${members.join(',')}}`;
}
/** The table for the log: every cell escaped, so no claim can start a workflow command. */
function formatClaimTable(rows) {
    const width = Math.min(24, Math.max(...rows.map((r) => r.name.length), 5));
    return rows.map((r) => `  ${pad(logSafe(r.name), width)}  ${logSafe(r.value)}`);
}
const CLAIMS_JSON_LABEL = 'claims JSON (for npx aws-oidc-credentials explain --claims):';
/** The claims as one escaped line of JSON, redactions kept, to paste into the CLI. */
function claimsJsonLine(claims, redact) {
    const shown = Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, redact.includes(k) ? REDACTED : shallow(v)]));
    return `  ${CLAIMS_JSON_LABEL} ${jsonLogSafe(shown)}`;
}
/** A value nested beyond MAX_JSON_DEPTH becomes its cut text (no condition key is nested anyway). */
function shallow(value) {
    return nestedBeyond(value, MAX_JSON_DEPTH) ? showValue(value) : value;
}
function nestedBeyond(value, depth) {
    if (value === null || typeof value !== 'object')
        return false;
    return depth === 0 || Object.values(value).some((v) => nestedBeyond(v, depth - 1));
}

;// CONCATENATED MODULE: ./src/json-error.ts
// Where JSON text is invalid, without quoting it: JSON.parse's message quotes the text
// (`Unexpected token 'r', "root:x:0:0"...`), and the text may be any file an input points at.
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
/** Offset just past the string starting at `start` (a `"`), or the offset of what makes it invalid. */
function scanString(text, start) {
    let i = start + 1;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 0x22)
            return { end: i + 1, ok: true };
        if (c < 0x20)
            return { end: i, ok: false };
        if (c === 0x5c) {
            const next = text[i + 1];
            if (next === 'u') {
                if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                    return { end: i, ok: false };
                i += 6;
                continue;
            }
            if (next === undefined || !'"\\/bfnrt'.includes(next))
                return { end: i, ok: false };
            i += 2;
            continue;
        }
        i += 1;
    }
    return { end: text.length, ok: false };
}
/** Offset just past a scalar value at `i`, or -1 when none starts there. */
function scanScalar(text, i) {
    const literal = LITERALS.find((l) => text.startsWith(l, i));
    if (literal)
        return i + literal.length;
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    return m && m[0] !== '' && m[0] !== '-' ? i + m[0].length : -1;
}
/**
 * The offset of the first character that makes `text` invalid JSON (text.length when it ends
 * too early), or undefined when it is valid. Iterative: any nesting depth is fine.
 */
function jsonErrorOffset(text) {
    const open = [];
    let expect = 'value';
    let i = 0;
    for (;;) {
        WHITESPACE.lastIndex = i;
        WHITESPACE.exec(text);
        i = WHITESPACE.lastIndex;
        if (i >= text.length)
            return expect === 'after-value' && open.length === 0 ? undefined : text.length;
        const c = text[i];
        const top = open[open.length - 1];
        if (expect === 'after-value') {
            if (c === ',' && top)
                expect = top === '{' ? 'key' : 'value';
            else if ((c === '}' && top === '{') || (c === ']' && top === '['))
                open.pop();
            else
                return i;
            i += 1;
        }
        else if (expect === 'colon') {
            if (c !== ':')
                return i;
            expect = 'value';
            i += 1;
        }
        else if ((expect === 'key-or-close' && c === '}') || (expect === 'value-or-close' && c === ']')) {
            open.pop();
            expect = 'after-value';
            i += 1;
        }
        else if (expect === 'key' || expect === 'key-or-close') {
            if (c !== '"')
                return i;
            const s = scanString(text, i);
            if (!s.ok)
                return s.end;
            expect = 'colon';
            i = s.end;
        }
        else if (c === '{' || c === '[') {
            open.push(c);
            expect = c === '{' ? 'key-or-close' : 'value-or-close';
            i += 1;
        }
        else if (c === '"') {
            const s = scanString(text, i);
            if (!s.ok)
                return s.end;
            expect = 'after-value';
            i = s.end;
        }
        else {
            const end = scanScalar(text, i);
            if (end < 0)
                return i;
            expect = 'after-value';
            i = end;
        }
    }
}
/** "at line L, column C" (1-based) of the first invalid character, or of the end for truncated text. */
function jsonErrorPlace(text) {
    const offset = jsonErrorOffset(text);
    if (offset === undefined)
        return 'somewhere JSON.parse refused';
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return offset >= text.length ? `it ends early (line ${line}, column ${column})` : `at line ${line}, column ${column}`;
}

;// CONCATENATED MODULE: ./src/policy/parse.ts
// Reads a role trust policy from what a user is likely to paste: the policy
// itself, `aws iam get-role` output, or the URL-encoded form the IAM API returns.

class PolicyParseError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PolicyParseError';
    }
}
function parse_parseTrustPolicy(text) {
    const root = parseJson(text, 'the input');
    if (!parse_isObject(root))
        throw new PolicyParseError(`the input is JSON but not an object (got ${kind(root)})`);
    return normalisePolicy(unwrapRole(root));
}
/** JSON, or URL-encoded JSON (`%7B%22Version...`). */
function parseJson(text, what) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new PolicyParseError(`${what} is empty`);
    try {
        return JSON.parse(trimmed);
    }
    catch {
        // URL-encoded JSON never starts with a bracket; broken JSON that merely contains %2F should say "not JSON"
        if (!/^[{[]/.test(trimmed) && /%[0-9a-f]{2}/i.test(trimmed))
            return JSON.parse(decodeOrThrow(trimmed, what));
        // where, never what: JSON.parse's message quotes the text, which may be any file
        throw new PolicyParseError(`${what} is not JSON (${jsonErrorPlace(text)})`);
    }
}
function decodeOrThrow(text, what) {
    let decoded;
    try {
        decoded = decodeURIComponent(text);
    }
    catch {
        throw new PolicyParseError(`${what} looks URL-encoded but is not valid percent-encoding`);
    }
    try {
        JSON.parse(decoded);
    }
    catch {
        throw new PolicyParseError(`${what} is URL-encoded but does not decode to JSON (${jsonErrorPlace(decoded)})`);
    }
    return decoded;
}
/** `{"Role": {"AssumeRolePolicyDocument": ...}}` (or the Role object alone) to the document. */
function unwrapRole(root) {
    let holder = root;
    if ('Role' in root) {
        if (!parse_isObject(root.Role))
            throw new PolicyParseError('"Role" is not an object');
        holder = root.Role;
        if (!('AssumeRolePolicyDocument' in holder))
            throw new PolicyParseError('get-role output has no Role.AssumeRolePolicyDocument');
    }
    if (!('AssumeRolePolicyDocument' in holder))
        return root;
    let doc = holder.AssumeRolePolicyDocument;
    if (typeof doc === 'string')
        doc = parseJson(doc, 'AssumeRolePolicyDocument');
    if (!parse_isObject(doc))
        throw new PolicyParseError(`AssumeRolePolicyDocument is not a policy object (got ${kind(doc)})`);
    return doc;
}
function normalisePolicy(doc) {
    if (!('Statement' in doc))
        throw new PolicyParseError('the policy has no Statement');
    const raw = doc.Statement;
    const list = Array.isArray(raw) ? raw : [raw];
    const policy = { statements: list.map((s, i) => normaliseStatement(s, i)) };
    if (typeof doc.Version === 'string')
        policy.version = doc.Version;
    return policy;
}
function normaliseStatement(raw, index) {
    const where = `Statement ${index}`;
    if (!parse_isObject(raw))
        throw new PolicyParseError(`${where} is not an object (got ${kind(raw)})`);
    const effect = raw.Effect;
    if (effect !== 'Allow' && effect !== 'Deny') {
        throw new PolicyParseError(`${where}: Effect must be "Allow" or "Deny", got ${JSON.stringify(effect) ?? 'nothing'}`);
    }
    const st = { index, effect: effect, conditions: [] };
    if ('Sid' in raw) {
        if (typeof raw.Sid !== 'string')
            throw new PolicyParseError(`${where}: Sid must be a string`);
        st.sid = raw.Sid;
    }
    const hasP = 'Principal' in raw;
    const hasNotP = 'NotPrincipal' in raw;
    if (hasP === hasNotP)
        throw new PolicyParseError(`${where} must have exactly one of Principal or NotPrincipal`);
    if (hasP)
        st.principal = normalisePrincipal(raw.Principal, `${where}: Principal`);
    else
        st.notPrincipal = normalisePrincipal(raw.NotPrincipal, `${where}: NotPrincipal`);
    const hasA = 'Action' in raw;
    const hasNotA = 'NotAction' in raw;
    if (hasA === hasNotA)
        throw new PolicyParseError(`${where} must have exactly one of Action or NotAction`);
    if (hasA)
        st.actions = stringList(raw.Action, `${where}: Action`);
    else
        st.notActions = stringList(raw.NotAction, `${where}: NotAction`);
    if ('Condition' in raw)
        st.conditions = normaliseConditions(raw.Condition, `${where}: Condition`);
    return st;
}
function normalisePrincipal(raw, where) {
    if (raw === '*')
        return { wildcard: true, values: {} };
    if (!parse_isObject(raw))
        throw new PolicyParseError(`${where} must be "*" or an object like {"Federated": "arn:..."}`);
    const values = {};
    for (const [type, v] of Object.entries(raw))
        values[type] = stringList(v, `${where}.${type}`);
    // {"AWS": "*"} means everyone, exactly like "*"
    const wildcard = Object.values(values).some((list) => list.includes('*'));
    return { wildcard, values };
}
function normaliseConditions(raw, where) {
    if (!parse_isObject(raw))
        throw new PolicyParseError(`${where} must be an object of operators`);
    const out = [];
    for (const [operator, block] of Object.entries(raw)) {
        if (!parse_isObject(block))
            throw new PolicyParseError(`${where}.${operator} must be an object of condition keys`);
        for (const [key, v] of Object.entries(block)) {
            out.push({ operator, key, values: scalarList(v, `${where}.${operator}.${key}`) });
        }
    }
    return out;
}
function stringList(v, where) {
    const list = Array.isArray(v) ? v : [v];
    if (!list.every((x) => typeof x === 'string'))
        throw new PolicyParseError(`${where} must be a string or a list of strings`);
    return list;
}
/** Condition values: strings, numbers and booleans, compared as text. */
function scalarList(v, where) {
    const list = Array.isArray(v) ? v : [v];
    return list.map((x) => {
        if (typeof x === 'string')
            return x;
        if (typeof x === 'number' || typeof x === 'boolean')
            return String(x);
        throw new PolicyParseError(`${where} must be a string, number, boolean or a list of them (got ${kind(x)})`);
    });
}
function parse_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function kind(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

;// CONCATENATED MODULE: ./src/policy/claims.ts
const STANDARD_KEY_CLAIMS = ['aud', 'sub', 'amr', 'azp'];
const GITHUB_KEY_CLAIMS = [
    'actor',
    'actor_id',
    'job_workflow_ref',
    'repository',
    'repository_id',
    'workflow',
    'ref',
    'environment',
    'enterprise_id'
];
/** `https://token.actions.githubusercontent.com/acme/` -> `token.actions.githubusercontent.com/acme` */
function issuerPrefix(iss) {
    return iss
        .trim()
        .replace(/^https:\/\//i, '')
        .replace(/\/+$/, '');
}
/** github.com (with or without an enterprise slug) and GHE.com data-residency issuers. */
function isGitHubIssuer(iss) {
    const p = issuerPrefix(iss).toLowerCase();
    return (/^token\.actions\.githubusercontent\.com(\/[^/]+)?$/.test(p) || /^token\.actions\.[a-z0-9-]+\.ghe\.com$/.test(p));
}
/** The claims AWS puts in the request context as `<issuer>:<claim>` for tokens of this issuer. */
function claimsWithKeys(iss) {
    return isGitHubIssuer(iss) ? [...STANDARD_KEY_CLAIMS, ...GITHUB_KEY_CLAIMS] : STANDARD_KEY_CLAIMS;
}
/** `arn:<partition>:iam::<account>:oidc-provider/<issuer host[/path]>` */
function claims_providerArnFor(iss, account, partition = 'aws') {
    return `arn:${partition}:iam::${account}:oidc-provider/${issuerPrefix(iss)}`;
}
/**
 * Maps each claim AWS makes a key of (see above) to `<issuer>:<claim>`. aud and amr keep
 * their list form (they are multi-valued keys); other lists and objects have no key.
 */
function conditionKeysFromClaims(claims) {
    const iss = claims.iss;
    if (typeof iss !== 'string' || issuerPrefix(iss) === '') {
        throw new Error('the claims have no iss, so the condition key prefix is unknown');
    }
    const prefix = issuerPrefix(iss);
    const keys = {};
    for (const name of claimsWithKeys(iss)) {
        const v = keyValue(name, claims[name]);
        if (v !== undefined)
            keys[`${prefix}:${name}`] = v;
    }
    return keys;
}
/**
 * For a condition key of this issuer's prefix: the claim it names and whether AWS provides
 * such a key at all. undefined for keys of other prefixes (aws:, sts:, another issuer).
 */
function keyOfIssuer(key, iss) {
    const prefix = `${issuerPrefix(iss).toLowerCase()}:`;
    if (!key.toLowerCase().startsWith(prefix))
        return undefined;
    const claim = key.slice(prefix.length);
    // IAM keys are case-insensitive: `Token.Actions...:SUB` is the sub key
    return { claim, provided: claimsWithKeys(iss).includes(claim.toLowerCase()) };
}
// What a policy can check instead of a claim AWS gives no key for.
const INSTEAD = {
    repository_owner: 'StringLike on :repository (`OWNER/*`) or on :sub (`repo:OWNER/*`)',
    repository_owner_id: ':repository_id, or :sub with the immutable subject (`repo:OWNER@ID/…`)',
    event_name: ':sub (a pull request run ends in `:pull_request`) or :ref',
    ref_type: ':ref (StringLike `refs/tags/*` or `refs/heads/*`)',
    ref_protected: ':environment (a protected environment) or :ref',
    workflow_ref: ':job_workflow_ref (the same for a workflow that is not reusable)',
    head_ref: ':sub or :ref',
    base_ref: ':sub or :ref',
    runner_environment: 'a custom sub template (include_claim_keys) that includes runner_environment, matched in :sub',
    repository_visibility: ':repository_id or :repository'
};
/** One phrase: the supported key(s) or custom `sub` template to use in place of an unsupported claim. */
function insteadOf(claim, iss) {
    const own = isGitHubIssuer(iss) ? INSTEAD[claim.toLowerCase()] : undefined;
    const template = isGitHubIssuer(iss)
        ? `a custom sub template (include_claim_keys) with ${claim}, matched in :sub`
        : 'a condition on :sub or :aud';
    return own ?? template;
}
function keyValue(name, value) {
    if (isScalar(value))
        return String(value);
    if ((name === 'aud' || name === 'amr') && Array.isArray(value))
        return value.filter(isScalar).map(String);
    return undefined;
}
function isScalar(v) {
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

;// CONCATENATED MODULE: ./src/policy/match.ts
// String helpers for policy matching. No regular expressions are built from
// policy text, so `.`, `+`, `(`, `[` and friends are always literal.
/**
 * IAM wildcard match: `*` is any run of characters (including none), `?` is
 * exactly one character, everything else is literal. The whole text must match.
 * Works on code points so `?` matches one emoji, not half of one.
 */
function wildcardMatch(pattern, text) {
    if (!pattern.includes('?'))
        return starMatch(pattern, text);
    const p = Array.from(pattern);
    const t = Array.from(text);
    let pi = 0;
    let ti = 0;
    // position of the last `*` seen, and where in the text it started matching
    let star = -1;
    let mark = 0;
    while (ti < t.length) {
        if (pi < p.length && p[pi] === '*') {
            star = pi++;
            mark = ti;
        }
        else if (pi < p.length && (p[pi] === '?' || p[pi] === t[ti])) {
            pi++;
            ti++;
        }
        else if (star >= 0) {
            // let the last `*` swallow one more character and retry
            pi = star + 1;
            ti = ++mark;
        }
        else {
            return false;
        }
    }
    while (pi < p.length && p[pi] === '*')
        pi++;
    return pi === p.length;
}
/**
 * `*`-only patterns: the literal parts must appear in order (the first as a prefix, the last as a
 * suffix); taking each middle part at its leftmost place is always right, and indexOf keeps long
 * policy values fast where the general loop above is quadratic.
 */
function starMatch(pattern, text) {
    const parts = pattern.split('*');
    if (parts.length === 1)
        return pattern === text;
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (first.length + last.length > text.length || !text.startsWith(first) || !text.endsWith(last))
        return false;
    const end = text.length - last.length;
    let pos = first.length;
    for (const mid of parts.slice(1, -1)) {
        if (mid === '')
            continue;
        const at = text.indexOf(mid, pos);
        if (at < 0 || at + mid.length > end)
            return false;
        pos = at + mid.length;
    }
    return true;
}
/**
 * ARN match as IAM documents ArnEquals/ArnLike: the six colon-separated parts
 * are compared one by one (wildcards allowed), so `*` never spans a colon of
 * the first five parts. A value that is not an ARN matches nothing.
 */
function arnMatch(pattern, value) {
    const p = splitArn(pattern);
    const v = splitArn(value);
    if (!p || !v)
        return false;
    return p.every((part, i) => wildcardMatch(part, v[i]));
}
function splitArn(s) {
    const parts = s.split(':');
    if (parts.length < 6)
        return undefined;
    // the resource part may itself contain colons
    return [...parts.slice(0, 5), parts.slice(5).join(':')];
}
/** Levenshtein edit distance (insert, delete, substitute all cost 1). */
function levenshtein(a, b) {
    const x = Array.from(a);
    const y = Array.from(b);
    let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
        const row = [i];
        for (let j = 1; j <= y.length; j++) {
            const cost = x[i - 1] === y[j - 1] ? 0 : 1;
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        }
        prev = row;
    }
    return prev[y.length];
}
// The near-miss hint is quadratic: compare at most this many code points of each value, and
// this many candidate/target pairs, so any policy the input allows is judged in milliseconds.
const HINT_CHARS = 256;
const HINT_PAIRS = 256;
/** The candidate with the smallest edit distance to any of the targets (first wins ties); a bounded hint. */
function closest(candidates, targets) {
    let best;
    let bestDistance = Infinity;
    let pairs = 0;
    const cut = (s) => Array.from(s).slice(0, HINT_CHARS).join('');
    const cutTargets = targets.map(cut);
    for (const c of candidates) {
        const cc = cut(c);
        for (const t of cutTargets) {
            if (pairs++ >= HINT_PAIRS)
                return best ?? candidates[0];
            const d = levenshtein(cc, t);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/policy/conditions.ts
// One Condition operator/key pair against the request, following the IAM
// condition-operator reference (set prefixes, IfExists, Null, negation).

const equals = (p, r) => p === r;
const equalsIgnoreCase = (p, r) => p.toLowerCase() === r.toLowerCase();
// keyed by lower-cased base name (without set prefix and IfExists)
const OPERATORS = {
    stringequals: { match: equals, negated: false },
    stringnotequals: { match: equals, negated: true },
    stringequalsignorecase: { match: equalsIgnoreCase, negated: false },
    stringnotequalsignorecase: { match: equalsIgnoreCase, negated: true },
    stringlike: { match: wildcardMatch, negated: false },
    stringnotlike: { match: wildcardMatch, negated: true },
    // IAM documents ArnEquals and ArnLike as the same per-part wildcard match
    arnequals: { match: arnMatch, negated: false },
    arnlike: { match: arnMatch, negated: false },
    arnnotequals: { match: arnMatch, negated: true },
    arnnotlike: { match: arnMatch, negated: true },
    // request values are text here, so "true"/"TRUE" compare equal
    bool: { match: equalsIgnoreCase, negated: false }
};
const SET_OPERATORS = ['ForAnyValue', 'ForAllValues'];
/** Splits `ForAllValues:StringLikeIfExists` into its parts (case-insensitively). */
function parseOperator(operator) {
    const m = /^(?:(ForAnyValue|ForAllValues):)?(.+?)(IfExists)?$/i.exec(operator.trim());
    if (!m)
        return { base: operator.toLowerCase(), ifExists: false };
    return {
        set: SET_OPERATORS.find((s) => s.toLowerCase() === m[1]?.toLowerCase()),
        base: m[2].toLowerCase(),
        ifExists: m[3] !== undefined
    };
}
/** True when the evaluator implements the operator. */
function isSupportedOperator(operator) {
    const op = parseOperator(operator);
    if (op.base === 'null')
        return op.set === undefined && !op.ifExists;
    return op.base in OPERATORS;
}
/** `keys` must be keyed by lower-cased condition key (IAM keys are case-insensitive). */
function evaluateCondition(spec, keys) {
    const actual = keys.get(spec.key.toLowerCase());
    const result = {
        operator: spec.operator,
        key: spec.key,
        expected: spec.values,
        actual,
        passed: false
    };
    const requestValues = actual === undefined ? [] : [actual].flat();
    if (!isSupportedOperator(spec.operator)) {
        result.unsupported = true;
    }
    else {
        result.passed = decide(parseOperator(spec.operator), spec.values, requestValues);
    }
    if (!result.passed)
        result.nearest = nearest(spec, requestValues);
    return result;
}
function decide(op, policyValues, requestValues) {
    // an empty list counts as absent ("resolves to an empty data set")
    const present = requestValues.length > 0;
    if (op.base === 'null') {
        // OR across the listed values: "true" wants the key absent, "false" wants it present
        return policyValues.some((v) => (v.toLowerCase() === 'true' ? !present : v.toLowerCase() === 'false' && present));
    }
    const def = OPERATORS[op.base];
    if (!present) {
        if (op.ifExists)
            return true;
        if (op.set === 'ForAllValues')
            return true; // vacuous truth: the documented foot-gun
        if (op.set === 'ForAnyValue')
            return false;
        return def.negated; // "not equal to X" holds for a key that is not there
    }
    const matchesSome = (r) => policyValues.some((p) => def.match(p, r));
    // for negated operators a request value "matches" when it hits none of the policy values
    const ok = def.negated ? (r) => !matchesSome(r) : matchesSome;
    if (op.set === 'ForAllValues')
        return requestValues.every(ok);
    if (op.set === 'ForAnyValue')
        return requestValues.some(ok);
    // no set prefix: positive operators need any request value to match;
    // negated ones need every request value to miss every policy value (NOR)
    return def.negated ? requestValues.every(ok) : requestValues.some(ok);
}
/** The policy value a report should show next to the actual one. */
function nearest(spec, requestValues) {
    if (spec.values.length === 0)
        return undefined;
    if (requestValues.length === 0)
        return spec.values[0];
    const def = OPERATORS[parseOperator(spec.operator).base];
    // a failed negated operator: the culprit is the value that did match
    if (def?.negated) {
        const hit = spec.values.find((p) => requestValues.some((r) => def.match(p, r)));
        if (hit !== undefined)
            return hit;
    }
    return closest(spec.values, requestValues);
}

;// CONCATENATED MODULE: ./src/policy/statement.ts
// Does a statement's Principal / Action cover the request?

/** Principal "*" (or {"AWS": "*"}) covers everyone; Federated must equal the provider ARN exactly. */
function principalCovers(spec, federatedPrincipal, awsPrincipal) {
    if (spec.wildcard)
        return true;
    if (awsPrincipal !== undefined && awsPrincipalCovers(spec.values.AWS ?? [], awsPrincipal))
        return true;
    return (spec.values.Federated ?? []).includes(federatedPrincipal);
}
/**
 * Principal.AWS for a signed caller (sts:AssumeRole): its own ARN (a role session counts as its
 * role's ARN), its account id, or the account's root ARN (which means the whole account).
 */
function awsPrincipalCovers(values, callerArn) {
    const m = /^arn:([\w-]+):iam::(\d{12}):/.exec(callerArn);
    if (!m)
        return false;
    const [, partition, account] = m;
    return values.some((v) => v === callerArn || v === account || v === `arn:${partition}:iam::${account}:root`);
}
function statementPrincipalMatches(st, federatedPrincipal, awsPrincipal) {
    if (st.principal)
        return principalCovers(st.principal, federatedPrincipal, awsPrincipal);
    // NotPrincipal is not valid with Allow in a trust policy: never let it grant.
    // With Deny it denies everyone not listed.
    if (st.notPrincipal && st.effect === 'Deny')
        return !principalCovers(st.notPrincipal, federatedPrincipal, awsPrincipal);
    return false;
}
/** Action names are case-insensitive and may use `*` and `?`. */
function actionListCovers(patterns, action) {
    const a = action.toLowerCase();
    return patterns.some((p) => wildcardMatch(p.toLowerCase(), a));
}
function statementActionMatches(st, action) {
    if (st.actions)
        return actionListCovers(st.actions, action);
    if (st.notActions)
        return !actionListCovers(st.notActions, action);
    return false;
}
/** `Statement 0 (Sid "GitHub")`, to start a sentence with */
function statementName(st) {
    return st.sid ? `Statement ${st.index} (Sid "${st.sid}")` : `Statement ${st.index}`;
}

;// CONCATENATED MODULE: ./src/policy/subject-risk.ts
// Does a sub value or pattern let code nobody reviewed assume the role? Used by the policy
// warnings and next to every suggested policy, so a suggestion never widens access silently.

/** The safer ways to let CI in, named in every warning. */
const subject_risk_SAFER_FORMS = 'prefer a protected environment subject (repo:OWNER/REPO:environment:NAME with required reviewers), a separate read-only role for pull requests, or an added repository_id / job_workflow_ref condition';
/**
 * One sentence when `value` (under `operator`) admits unreviewed code: a pull_request subject, a
 * pattern that covers one, every repository of an owner, or everything. undefined otherwise.
 */
function subject_risk_subjectRisk(operator, value) {
    const like = /like/i.test(operator);
    const literal = like ? value.replace(/[*?].*$/, '') : value;
    const m = /^repo:([^/:]+)(?:\/([^:]*))?/.exec(literal);
    if (like && (!m || m[1] === '')) {
        if (/[*?]/.test(value))
            return `"${value}" matches the subjects of every repository, so any repository could assume this role`;
    }
    if (!m)
        return undefined;
    const [owner, repo] = [m[1], m[2]];
    if (like && (repo === undefined || repo === '') && /[*?]/.test(value)) {
        return `"${value}" matches every repository of ${owner}, pull requests included, so code from any of their branches could assume this role`;
    }
    const pr = `repo:${owner}/${repo}:pull_request`;
    const coversPr = like ? wildcardMatch(value, pr) : value === pr;
    if (coversPr) {
        return `"${value}" ${like ? 'covers' : 'is'} the pull_request subject: code from any pull request branch of ${owner}/${repo}, not yet reviewed, could assume this role`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/policy/warnings.ts
// Foot-guns in a trust policy that hold whatever the request looks like.
// Each warning is one sentence naming the statement.




const GITHUB_ISSUER = 'token.actions.githubusercontent.com';
// operators that actually narrow sub down (negated ones only carve out exceptions)
const SCOPING = new Set(['stringequals', 'stringequalsignorecase', 'stringlike']);
function policyWarnings(policy) {
    const warnings = [];
    for (const st of policy.statements) {
        const name = statementName(st);
        for (const c of st.conditions) {
            if (!isSupportedOperator(c.operator)) {
                warnings.push(`${name} uses ${c.operator}, which this check does not evaluate and counts as not matching, so AWS may decide differently.`);
            }
        }
        warnings.push(...missingKeyWarnings(st, name));
        if (st.effect !== 'Allow')
            continue;
        if (st.notPrincipal) {
            warnings.push(`${name} combines NotPrincipal with Allow, which a trust policy cannot use; it is treated as granting nothing.`);
        }
        for (const c of st.conditions) {
            if (parseOperator(c.operator).set === 'ForAllValues') {
                warnings.push(`${name} uses ${c.operator} on ${c.key}, which is vacuously true when the request has no such key; use ForAnyValue: or a plain operator.`);
            }
        }
        if (!isWebIdentityAllow(st))
            continue;
        const issuers = federatedIssuers(st);
        const issuer = issuers[0] ?? GITHUB_ISSUER;
        if (isGitHub(st, issuers)) {
            const w = subWarning(st, issuers, name, issuer);
            if (w)
                warnings.push(w);
        }
        if (!st.conditions.some((c) => c.key.toLowerCase().endsWith(':aud'))) {
            warnings.push(`${name} has no condition on ${issuer}:aud, so only the OIDC provider's client-ID list checks the token audience; add StringEquals ${issuer}:aud = sts.amazonaws.com.`);
        }
    }
    return warnings;
}
/**
 * A condition on a claim AWS never puts in the request behaves as on a missing key, whatever
 * the token says: an Allow that never applies, or a Deny (or restriction) that never holds.
 */
function missingKeyWarnings(st, name) {
    const issuers = federatedIssuers(st);
    const iss = `https://${issuers[0] ?? GITHUB_ISSUER}`;
    const out = [];
    for (const c of st.conditions) {
        const k = keyOfIssuer(c.key, iss);
        if (!k || k.provided || !isSupportedOperator(c.operator))
            continue;
        const holds = evaluateCondition(c, new Map()).passed;
        const effect = holds
            ? 'always holds, so it restricts nothing'
            : `never holds, so ${st.effect === 'Deny' ? 'this Deny never applies' : 'this statement never allows anything'}`;
        out.push(`${name} has a condition on ${c.key}, but AWS has no such condition key (it never puts the ${k.claim} claim in the request): the condition ${effect}; use ${insteadOf(k.claim, iss)} instead.`);
    }
    return out;
}
/** An Allow that can grant AssumeRoleWithWebIdentity to a federated (or any) principal. */
function isWebIdentityAllow(st) {
    if (!st.principal || !statementActionMatches(st, 'sts:AssumeRoleWithWebIdentity'))
        return false;
    return st.principal.wildcard || 'Federated' in st.principal.values;
}
/** Issuer host[/path] of each `arn:...:oidc-provider/<issuer>` in Principal.Federated. */
function federatedIssuers(st) {
    const arns = st.principal?.values.Federated ?? [];
    return arns.flatMap((arn) => {
        const i = arn.indexOf(':oidc-provider/');
        return i < 0 ? [] : [arn.slice(i + ':oidc-provider/'.length)];
    });
}
function isGitHub(st, issuers) {
    return (issuers.some((i) => i.toLowerCase().startsWith(GITHUB_ISSUER)) ||
        st.conditions.some((c) => c.key.toLowerCase().includes(GITHUB_ISSUER) || c.key.toLowerCase().endsWith(':sub')));
}
function subWarning(st, issuers, name, issuer) {
    const scoped = st.conditions.filter((c) => isSubKey(c.key, issuers) && scopes(c.operator));
    if (scoped.length === 0) {
        return `${name} has no StringEquals or StringLike condition on ${issuer}:sub: sub is left unscoped, so any repository could assume this role.`;
    }
    // AND across conditions: one restrictive condition is enough
    if (scoped.every(isOpenLike)) {
        const patterns = scoped.flatMap((c) => c.values.filter(isOpenPattern));
        return `${name} scopes ${issuer}:sub only with ${patterns.map((p) => `"${p}"`).join(' and ')}, which matches every repository, so any repository could assume this role.`;
    }
    // AND across conditions: warn only when every scoping condition admits unreviewed code
    const risks = scoped.map((c) => c.values.map((v) => subject_risk_subjectRisk(c.operator, v)).find((r) => r !== undefined));
    if (risks.every((r) => r !== undefined))
        return `${name}: ${risks[0]}; ${subject_risk_SAFER_FORMS}.`;
    return undefined;
}
function isSubKey(key, issuers) {
    const k = key.toLowerCase();
    if (issuers.length === 0)
        return k.endsWith(':sub');
    return issuers.some((i) => k === `${i.toLowerCase()}:sub`);
}
function scopes(operator) {
    const op = parseOperator(operator);
    return op.set !== 'ForAllValues' && SCOPING.has(op.base);
}
/** StringLike with at least one value that lets any subject through (OR across values). */
function isOpenLike(c) {
    return parseOperator(c.operator).base === 'stringlike' && c.values.some(isOpenPattern);
}
// "*", "repo:*", "repo:*/*", "repo:*:*": wildcards with no owner or repository name
function isOpenPattern(pattern) {
    const literal = pattern.replace(/[*?]/g, '');
    return /^(repo:)?[/:]*$/i.test(literal) && pattern.includes('*');
}

;// CONCATENATED MODULE: ./src/policy/describe.ts
// One plain-text line per condition for logs and job summaries, and the hints that name
// why a failed condition failed. The caller escapes the text; nothing here is markup.


/**
 * `✓ StringEquals <key> expected a or b, got c` (or `✗ ...`). With `hidden` (the key's claim is
 * in redact-claims) no value is shown, only that the comparison was made.
 */
function describeCondition(c, hidden = false) {
    const mark = c.passed ? '✓' : '✗';
    if (c.noSuchKey) {
        const verdict = c.passed ? 'always matches' : 'never matches';
        return `${mark} ${c.operator} ${c.key}: AWS has no such condition key (it never puts the ${c.noSuchKey.claim} claim in the request), so this condition ${verdict}; use ${c.noSuchKey.instead} instead`;
    }
    if (hidden) {
        const n = c.expected.length;
        const outcome = c.passed ? 'matches' : 'does not match';
        return `${mark} ${c.operator} ${c.key}: the token's value (***, redacted) ${outcome} the ${n} value${n === 1 ? '' : 's'} of the policy (compared; values not shown)`;
    }
    const expected = c.expected.length === 0 ? '(no values)' : c.expected.join(' or ');
    let line = `${mark} ${c.operator} ${c.key} expected ${expected}, got ${formatActual(c.actual)}`;
    // with several expected values, point at the one the actual value nearly was
    if (!c.passed && c.nearest !== undefined && c.expected.length > 1)
        line += ` (closest: ${c.nearest})`;
    if (c.unsupported)
        line += ' (operator not evaluated locally; counted as not matching)';
    return line;
}
/** Why a failed condition failed, when the values show it: a wildcard that is literal, a case difference. */
function conditionHints(c, hidden = false) {
    if (c.passed || c.noSuchKey || c.unsupported)
        return [];
    const actual = c.actual === undefined ? [] : [c.actual].flat();
    const hints = [];
    const op = parseOperator(c.operator);
    const literalStar = op.base === 'stringequals' || op.base === 'stringequalsignorecase';
    const patterns = c.expected.filter((v) => /[*?]/.test(v));
    if (literalStar && patterns.length > 0) {
        const wouldMatch = patterns.some((p) => actual.some((a) => wildcardMatch(p, a)));
        hints.push(`under ${c.operator}, * and ? are literal characters, not wildcards${wouldMatch ? ': with StringLike this condition would match this token' : ''} — use StringLike for ${hidden ? 'the pattern' : patterns.map((p) => `"${p}"`).join(', ')}`);
    }
    const caseOnly = c.expected.some((e) => actual.some((a) => a !== e && a.toLowerCase() === e.toLowerCase()));
    if (caseOnly && op.base !== 'stringequalsignorecase') {
        hints.push(`${hidden ? 'a value' : `"${c.nearest ?? ''}"`} differs from the token only by letter case: IAM string matching is case-sensitive`);
    }
    return hints;
}
function formatActual(actual) {
    if (actual === undefined)
        return '(absent)';
    if (Array.isArray(actual))
        return `[${actual.map((v) => JSON.stringify(v)).join(', ')}]`;
    return actual;
}

;// CONCATENATED MODULE: ./src/policy/evaluate.ts
// IAM's decision for one AssumeRoleWithWebIdentity request against a role
// trust policy: an applicable Deny wins, then an applicable Allow, else
// implicit deny.






function evaluateTrustPolicy(policy, ctx) {
    const keys = new Map();
    for (const [k, v] of Object.entries(ctx.keys))
        keys.set(k.toLowerCase(), v);
    const statements = policy.statements.map((st) => evaluateStatement(st, ctx, keys));
    const applies = (effect) => statements.some((s) => s.applies && s.effect === effect);
    return { decision: evaluate_decide(applies), statements, warnings: policyWarnings(policy) };
}
/** An applicable Deny wins, then an applicable Allow; otherwise nothing grants (implicit deny). */
function evaluate_decide(applies) {
    if (applies('Deny'))
        return 'explicit-deny';
    return applies('Allow') ? 'allow' : 'implicit-deny';
}
function evaluateStatement(st, ctx, keys) {
    const principalMatches = statementPrincipalMatches(st, ctx.federatedPrincipal, ctx.awsPrincipal);
    const actionMatches = statementActionMatches(st, ctx.action);
    // every condition is evaluated (not just up to the first failure) so a report can list them all
    const conditions = st.conditions.map((c) => withKeyNote(evaluateCondition(c, keys), ctx.issuer));
    const result = {
        index: st.index,
        effect: st.effect,
        principalMatches,
        actionMatches,
        conditions,
        applies: principalMatches && actionMatches && conditions.every((c) => c.passed)
    };
    if (st.sid !== undefined)
        result.sid = st.sid;
    if (!principalMatches && st.principal)
        result.federated = st.principal.values.Federated ?? [];
    return result;
}
/** Marks a condition on a claim AWS gives no key for: it behaves as on a missing key, and a report must say so. */
function withKeyNote(c, issuer) {
    if (!issuer || c.actual !== undefined)
        return c;
    const k = keyOfIssuer(c.key, issuer);
    if (!k || k.provided)
        return c;
    return { ...c, noSuchKey: { claim: k.claim, instead: insteadOf(k.claim, issuer) } };
}

;// CONCATENATED MODULE: ./src/policy/principal-diff.ts
// Says what a statement's Principal.Federated names and how it differs from the provider
// this token needs: another account, partition or issuer.
function providerParts(arn) {
    const m = /^arn:([^:]+):iam::([^:]*):oidc-provider\/(.+)$/.exec(arn);
    return m ? { partition: m[1], account: m[2], issuer: m[3] } : undefined;
}
/** e.g. `names arn:aws:iam::111122223333:oidc-provider/…; this token needs arn:aws:iam::123456789012:…: the account differs (111122223333, not 123456789012)` */
function principalDifference(named, needed) {
    const want = providerParts(needed);
    const differences = named.map((arn) => {
        const got = providerParts(arn);
        if (!got || !want)
            return `${arn} is not an IAM OIDC provider ARN`;
        const parts = [];
        if (got.partition !== want.partition)
            parts.push(`the partition (${got.partition}, not ${want.partition})`);
        if (got.account !== want.account)
            parts.push(`the account (${got.account}, not ${want.account})`);
        if (got.issuer !== want.issuer)
            parts.push(`the issuer (${got.issuer}, not ${want.issuer})`);
        return parts.length > 0 ? `${arn} differs in ${parts.join(' and ')}` : `${arn}`;
    });
    const list = named.length === 0 ? 'no Federated principal' : differences.join('; ');
    return `Principal.Federated names ${list}; this token needs ${needed}`;
}

;// CONCATENATED MODULE: ./src/policy/clock.ts
// IAM's clock rules for an OIDC token, shared by the diagnosis and the emulator's STS.
// IAM user guide, "OIDC federation": IAM accepts a JWT up to five minutes past its exp to
// allow for clock skew. A token whose nbf/iat lies ahead of AWS's clock is refused with
// "Token used before issued"; the same allowance is applied to it here.

const CLOCK_SKEW_ALLOWANCE_S = 300;
const TOKEN_USED_BEFORE_ISSUED = 'Token used before issued';
function tokenTimes(claims) {
    const t = {};
    for (const name of ['exp', 'iat', 'nbf']) {
        const v = claims[name];
        if (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e11)
            t[name] = v;
    }
    return t;
}
/** What STS decides about the token's times at `nowS` (its clock): undefined when it accepts them. */
function stsTimeVerdict(t, nowS) {
    if (t.exp !== undefined && nowS >= t.exp + CLOCK_SKEW_ALLOWANCE_S)
        return 'expired';
    const start = Math.max(t.nbf ?? -Infinity, t.iat ?? -Infinity);
    if (start > nowS + CLOCK_SKEW_ALLOWANCE_S)
        return 'used-before-issued';
    return undefined;
}
/** The token's times that lie in the future by `nowMs` (the runner's clock), as sentences. */
function futureTimes(t, nowMs) {
    const now = Math.floor(nowMs / 1000);
    const out = [];
    for (const name of ['nbf', 'iat']) {
        const v = t[name];
        if (v !== undefined && v > now)
            out.push(`token ${name} ${v} (${isoTime(v)}) is ${v - now} s in the future by the runner clock`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy/index.ts








;// CONCATENATED MODULE: ./src/diagnosis/subject.ts
// Values never hold a raw ":" (GitHub writes %3A), so any extra ":" means a custom template.
const DEFAULT = /^repo:([^/:]+)\/([^:]+):(environment:([^:]+)|pull_request|ref:refs\/(heads|tags)\/([^:]+))$/;
const KNOWN_KEYS = [
    'repo',
    'context',
    'environment',
    'ref',
    'ref_type',
    'job_workflow_ref',
    'workflow',
    'workflow_ref',
    'repository',
    'repository_id',
    'repository_owner',
    'repository_owner_id',
    'repository_visibility',
    'actor',
    'actor_id',
    'event_name',
    'head_ref',
    'base_ref',
    'enterprise',
    'enterprise_id',
    'runner_environment',
    'pull_request'
];
/** Which of GitHub's default forms the matched parts of a sub are (first match wins, as GitHub builds it). */
function subjectForm(context, environment, refKind, refName = '') {
    if (environment !== undefined)
        return { kind: 'environment', environment };
    if (context === 'pull_request')
        return { kind: 'pull_request' };
    if (refKind === 'tags')
        return { kind: 'tag', tag: refName };
    if (refName.startsWith('gh-readonly-queue/'))
        return { kind: 'merge-queue', base: refName.split('/')[1] ?? '' };
    return { kind: 'branch', branch: refName };
}
function subject_analyzeSubject(sub, claims) {
    const m = DEFAULT.exec(sub);
    if (!m)
        return { form: { kind: 'custom', keys: keysIn(sub) }, immutable: false };
    const [, owner, repo, context, environment, refKind, refName] = m;
    const form = subjectForm(context, environment, refKind, refName);
    const ids = { owner: String(claims.repository_owner_id ?? ''), repo: String(claims.repository_id ?? '') };
    const atForm = /^(.+)@(\d+)$/;
    const ownerAt = atForm.exec(owner);
    const repoAt = atForm.exec(repo);
    // The early announced "owner-ID/repo-ID" form is only recognised when the IDs are the token's own.
    const dashed = ids.owner !== '' && ids.repo !== '' && owner.endsWith(`-${ids.owner}`) && repo.endsWith(`-${ids.repo}`);
    const suffix = sub.slice(`repo:${owner}/${repo}`.length);
    if (ownerAt && repoAt) {
        return {
            form,
            repoPart: `${owner}/${repo}`,
            immutable: true,
            withIds: sub,
            nameOnly: `repo:${ownerAt[1]}/${repoAt[1]}${suffix}`
        };
    }
    if (dashed) {
        const bare = `repo:${owner.slice(0, -ids.owner.length - 1)}/${repo.slice(0, -ids.repo.length - 1)}${suffix}`;
        return { form, repoPart: `${owner}/${repo}`, immutable: true, withIds: sub, nameOnly: bare };
    }
    const withIds = ids.owner && ids.repo ? `repo:${owner}@${ids.owner}/${repo}@${ids.repo}${suffix}` : undefined;
    return { form, repoPart: `${owner}/${repo}`, immutable: false, nameOnly: sub, withIds };
}
function keysIn(sub) {
    const keys = [];
    for (const part of sub.split(':'))
        if (KNOWN_KEYS.includes(part) && !keys.includes(part))
            keys.push(part);
    return keys;
}
/** One or two sentences on what this form means for a trust policy. */
function subject_explainForm(a) {
    const f = a.form;
    const lines = [];
    switch (f.kind) {
        case 'pull_request':
            lines.push('This run is a pull request event: its sub ends in :pull_request, which never matches a policy pattern on ref:refs/heads/*.');
            break;
        case 'environment':
            lines.push(`The job uses the environment '${f.environment}': its sub carries :environment:${f.environment} in place of the ref, so patterns on ref:refs/heads/* do not match.`);
            break;
        case 'tag':
            lines.push(`This run is for the tag '${f.tag}': its sub ends in :ref:refs/tags/${f.tag}, which branch patterns (refs/heads/*) do not match.`);
            break;
        case 'merge-queue':
            lines.push(`This run is in a merge queue: its ref is the temporary branch gh-readonly-queue/${f.base}/pr-<n>-<sha>, which a pattern on refs/heads/${f.base} does not match.`);
            break;
        case 'branch':
            lines.push(`This run is on the branch '${f.branch}'.`);
            break;
        case 'custom':
            lines.push(`The sub is not GitHub's default shape: the repository or organisation uses a custom sub template (include_claim_keys) whose keys, as seen in sub, are: ${f.keys.join(', ') || '(none recognised)'}. The policy must match that shape.`);
            break;
    }
    if (a.immutable) {
        lines.push('This repository uses the immutable subject (owner@ID/repo@ID, from 2026): trust policies written for the name-only form no longer match.');
        if (a.nameOnly)
            lines.push(`name-only form (no longer sent): ${a.nameOnly}`);
        if (a.withIds)
            lines.push(`immutable form (this token):     ${a.withIds}`);
    }
    return lines;
}
/** The narrowest sub a policy can sensibly allow for runs like this one, and its operator. */
function subject_narrowestSubject(sub, a) {
    const f = a.form;
    const prefix = `repo:${a.repoPart}`;
    if (f.kind === 'merge-queue')
        return { operator: 'StringLike', value: `${prefix}:ref:refs/heads/gh-readonly-queue/${f.base}/*` };
    if (f.kind === 'tag')
        return { operator: 'StringLike', value: `${prefix}:ref:refs/tags/${/^v\d/.test(f.tag) ? 'v*' : '*'}` };
    return { operator: 'StringEquals', value: sub };
}

;// CONCATENATED MODULE: ./src/diagnosis/suggest-policy.ts
// The minimal trust policy that would allow exactly this run: printed on a denial and in dry-run.

function suggest_policy_suggestTrustPolicy(s) {
    const prefix = issuerPrefix(s.iss);
    const providerArn = claims_providerArnFor(s.iss, s.account, s.partition);
    const conditions = { StringEquals: { [`${prefix}:aud`]: s.aud } };
    conditions[s.sub.operator] = { ...conditions[s.sub.operator], [`${prefix}:sub`]: s.sub.value };
    const json = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
            {
                Effect: 'Allow',
                Principal: { Federated: providerArn },
                Action: 'sts:AssumeRoleWithWebIdentity',
                Condition: conditions
            }
        ]
    }, null, 2);
    const hcl = (v) => JSON.stringify(v).replace(/\$\{/g, '$${');
    const terraform = [
        'data "aws_iam_policy_document" "github_oidc_trust" {',
        '  statement {',
        '    actions = ["sts:AssumeRoleWithWebIdentity"]',
        '    principals {',
        '      type        = "Federated"',
        `      identifiers = [${hcl(providerArn)}]`,
        '    }',
        '    condition {',
        '      test     = "StringEquals"',
        `      variable = ${hcl(`${prefix}:aud`)}`,
        `      values   = [${hcl(s.aud)}]`,
        '    }',
        '    condition {',
        `      test     = "${s.sub.operator}"`,
        `      variable = ${hcl(`${prefix}:sub`)}`,
        `      values   = [${hcl(s.sub.value)}]`,
        '    }',
        '  }',
        '}'
    ].join('\n');
    const q = (v) => JSON.stringify(v);
    const conditionLines = Object.entries(conditions).map(([op, block], i, all) => `    ${q(op)}: {${Object.entries(block)
        .map(([k, v]) => `${q(k)}: ${q(v)}`)
        .join(', ')}}${i < all.length - 1 ? ',' : ''}`);
    const compactJson = [
        '{"Version": "2012-10-17", "Statement": [{',
        '  "Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity",',
        `  "Principal": {"Federated": ${q(providerArn)}},`,
        '  "Condition": {',
        ...conditionLines,
        '  }}]}'
    ].join('\n');
    return { providerArn, json, compactJson, terraform };
}
/** Exact subject or pattern, said plainly next to a suggested policy. */
function suggest_policy_subjectLabel(sub) {
    return sub.operator === 'StringLike'
        ? `the pattern ${sub.value} (StringLike): it allows every subject it matches, not only this run's`
        : `exactly the subject ${sub.value}`;
}

;// CONCATENATED MODULE: ./src/diagnosis/trust-denial.ts
// trust-policy-denied: this run's reason first, the safest fix first, each suggestion a change
// to the user's policy, and the security cost of a change said next to it. No @actions/core:
// the CLI builds the same explanation from a claims file and a policy file.






const GITHUB_ISS = 'https://token.actions.githubusercontent.com';
/** The command that shows the role's policy, and the two ways to give it back: one fix. */
function seePolicyFix(roleName) {
    return [
        `see the role's trust policy — aws iam get-role --role-name ${roleName ?? 'ROLE'} --query Role.AssumeRolePolicyDocument > trust-policy.json — and give it back to name the failing condition: the input \`trust-policy: trust-policy.json\`, or \`npx aws-oidc-credentials explain --claims <file> --trust-policy trust-policy.json\``
    ];
}
function explainDenial(d) {
    const { claims, redact } = d;
    const iss = typeof claims.iss === 'string' ? claims.iss : GITHUB_ISS;
    const sub = typeof claims.sub === 'string' ? claims.sub : '';
    const needed = claims_providerArnFor(iss, d.role?.account ?? '<account>', d.role?.partition ?? 'aws');
    const analysis = sub ? subject_analyzeSubject(sub, claims) : undefined;
    const subKey = `${issuerPrefix(iss)}:sub`;
    const evidence = [
        `token sub: ${claimText(claims, 'sub', redact)}`,
        `token aud: ${claimText(claims, 'aud', redact)}`,
        `token iss: ${claimText(claims, 'iss', redact)}`
    ];
    const roleMissing = roleCause(d.role);
    let findings;
    let causes;
    const ev = d.evaluation;
    if (ev) {
        const found = fromEvaluation(ev, { sub, subKey, analysis, needed, redact, roleName: d.role?.name, evidence });
        findings = found.findings;
        causes = [...found.causes, roleMissing];
    }
    else {
        findings = fromSubject(analysis, sub, subKey, d.role?.name);
        if (analysis?.immutable)
            evidence.push(...subject_explainForm(analysis).slice(-2));
        const unexplained = analysis?.form.kind === 'branch' && !analysis.immutable;
        // nothing in the claims explains it: a missing role is as likely as a policy detail
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
/** A minimal whole policy for someone starting from scratch: compact in the log, full and Terraform in the summary. */
function policySnippets(x) {
    const { iss, aud, role, sub, a } = x;
    const chosen = subject_narrowestSubject(sub, a);
    const input = { iss, aud, account: role.account, partition: role.partition, sub: chosen };
    const s = suggest_policy_suggestTrustPolicy(input);
    const risk = subject_risk_subjectRisk(chosen.operator, chosen.value);
    const forWhom = a.form.kind === 'pull_request' ? 'for a separate read-only pull-request role' : 'for a new role';
    const title = `${forWhom}, a minimal trust policy allowing ${suggest_policy_subjectLabel(chosen)}${risk ? ` — ⚠ ${risk}` : ''}`;
    return [
        { title: `${title} (JSON)`, body: s.compactJson },
        { title: `${title} (JSON)`, body: s.json, summaryOnly: true },
        { title: `${title} (Terraform)`, body: s.terraform, summaryOnly: true }
    ];
}
/** Without the policy: the subject's form is the best lead. */
function fromSubject(a, sub, subKey, roleName) {
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
    const reason = a.immutable ? subject_explainForm(a).slice(-3)[0] : subject_explainForm(a)[0];
    return [{ reason, fix: subjectFixes(a, sub, subKey, where, 'StringEquals'), aboutSubject: true }];
}
/** What to add to the policy for this run's subject, safest first, each with what it opens up. */
function subjectFixes(a, sub, subKey, where, operator) {
    const add = (v) => `add ${v} to the ${subKey} values of ${where}`;
    const f = a.form;
    const repo = a.repoPart ?? 'the repository';
    const prefix = `repo:${repo}`;
    switch (f.kind) {
        case 'pull_request':
            return [
                `keep pull requests off this role: give them a separate read-only role that trusts ${sub} (policy below), used by the pull-request jobs`,
                `or ${add(sub)} — ⚠ then code from any pull request branch of ${repo}, not yet reviewed, can assume this role; ${subject_risk_SAFER_FORMS}`
            ];
        case 'environment':
            return [
                `${add(sub)}; protect the environment '${f.environment}' (required reviewers, deployment branches) so only reviewed code reaches this role`
            ];
        case 'tag': {
            const pattern = subject_narrowestSubject(sub, a).value;
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
/** With the policy: the statement that came closest, and what kept it from allowing. */
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
    if (!best.principalMatches) {
        findings.push({
            reason: `${cap(name(best))}: ${principalDifference(best.federated ?? [], x.needed)}.`,
            fix: [`set Principal.Federated of ${name(best)} to ${x.needed} (the provider must be in the role's account)`]
        });
    }
    for (const c of best.conditions.filter((c) => !c.passed)) {
        const hidden = keyIsRedacted(c.key, x.redact);
        const finding = conditionFinding(c, name(best), x, hidden);
        // the values behind a finding, unless its sentence already says everything
        if (!c.noSuchKey && !finding.reason.includes('wildcard'))
            x.evidence.push(`${name(best)}: ${describeCondition(c, hidden)}`);
        findings.push(finding);
    }
    // every finding but the first is a further cause; all must be fixed for the statement to apply
    const causes = findings.slice(1).map((f) => `also: ${lowerFirst(f.reason)}`);
    return { findings, causes };
}
function conditionFinding(c, where, x, hidden) {
    const cond = `the ${c.operator} condition on ${c.key} of ${where}`;
    if (c.noSuchKey) {
        return {
            reason: `${cap(cond)} can never match: AWS has no such condition key (it does not put the ${c.noSuchKey.claim} claim in the request).`,
            fix: [`replace it with ${c.noSuchKey.instead}`]
        };
    }
    const hints = conditionHints(c, hidden);
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
        const form = x.analysis.form.kind === 'branch' ? [] : subject_explainForm(x.analysis).slice(0, 1);
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
/** What turning a condition's values into StringLike patterns would open up, said next to that fix. */
function likeRisk(c) {
    if (!c.key.toLowerCase().endsWith(':sub'))
        return '';
    const risk = c.expected.map((v) => subject_risk_subjectRisk('StringLike', v)).find((r) => r !== undefined);
    return risk ? ` — ⚠ as a pattern, ${risk}; ${subject_risk_SAFER_FORMS}` : '';
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: ./src/input-files.ts
// Files named by inputs (web-identity-token-file, trust-policy) are read bounded: only regular
// files, and at most a given size. /dev/zero would grow memory without bound, and a FIFO would
// block the step forever: a synchronous read cannot be cut short by action-timeout-s, so the
// read must end quickly by construction (no waiting on a writer, a small regular file only).


/**
 * A trust policy file: IAM stores at most 4,096 characters (get-role output adds a little), but
 * generated test policies run to thousands of statements; 1 MiB holds those and stays cheap.
 */
const input_files_MAX_POLICY_FILE_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** A refusal that says why in words (the message), with a stable code for callers. */
class InputFileError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
        this.name = 'InputFileError';
    }
}
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a named pipe (FIFO)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/**
 * The file's text (UTF-8), read only if it is a regular file of at most `maxBytes` bytes.
 * Opened non-blocking, so a FIFO is refused at once instead of waiting for a writer; a file
 * that grows while it is read is still cut at `maxBytes + 1` bytes and refused.
 * Throws fs errors (ENOENT, EACCES, ...) or an InputFileError.
 */
function readBoundedFile(path, maxBytes) {
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
        const st = fstatSync(fd);
        if (!st.isFile())
            throw new InputFileError('ENOTREG', `is ${kindOf(st)}, not a regular file`);
        const tooLarge = () => new InputFileError('EFBIG', `is larger than ${maxBytes} bytes, the most this input reads`);
        if (st.size > maxBytes)
            throw tooLarge();
        const buffer = Buffer.alloc(maxBytes + 1);
        let length = 0;
        while (length < buffer.length) {
            const n = readSync(fd, buffer, length, buffer.length - length, null);
            if (n === 0)
                break;
            length += n;
        }
        if (length > maxBytes)
            throw tooLarge();
        return buffer.toString('utf8', 0, length);
    }
    finally {
        closeSync(fd);
    }
}
/** Why an input file could not be read, as words for an error message. */
function input_files_readFailure(e) {
    if (e instanceof InputFileError)
        return e.message;
    const code = e.code;
    return code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`;
}
/** `'given'`, plus where it resolves when that is outside the workspace (`../../etc/passwd`). */
function input_files_shownPath(given, resolved, workspace) {
    if (!workspace)
        return `'${given}'`;
    const rel = relative(workspace, resolved);
    const outside = rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || isAbsolute(rel);
    return outside ? `'${given}' (${resolved}, outside GITHUB_WORKSPACE)` : `'${given}'`;
}

;// CONCATENATED MODULE: ./src/inputs/table.ts
// Every input of the action, as data: the one place that says what exists. Parsing
// (src/inputs.ts), action.yml and the README's Inputs and Migration tables follow it;
// __tests__/docs/action-yml.test.ts and docs.test.ts fail when they drift.
const BOOLEAN = 'true or false (any case).';
const STATIC_KEY = {
    kind: 'refused',
    required: false,
    allowed: 'no value: any value fails the step with invalid-input (and is never echoed).',
    description: 'Not supported: this action only federates through OIDC; static keys are refused.',
    deprecationMessage: 'aws-oidc-credentials does not accept static keys; use role-to-assume with OIDC.'
};
const NO_STATIC_KEYS = {
    verdict: 'refused',
    why: 'no long-lived key takes part anywhere: OIDC (or role-chaining from an OIDC session) only.'
};
const TABLE = [
    {
        name: 'role-to-assume',
        kind: 'text',
        required: true,
        allowed: 'a role ARN arn:<partition>:iam::<12-digit account>:role/<optional path/>name, name of 1-64 characters of [A-Za-z0-9_+=,.@-], 20-2048 characters in all.',
        description: 'The role to assume.',
        incumbent: { verdict: 'different', why: 'required: without a role there is nothing to federate to.' }
    },
    {
        name: 'aws-region',
        kind: 'text',
        required: false,
        allowed: 'a region name such as eu-west-1. Empty: AWS_REGION, then AWS_DEFAULT_REGION; one of the three is needed.',
        description: 'Region of the STS calls and of the exported AWS_REGION / AWS_DEFAULT_REGION.',
        incumbent: { verdict: 'different', why: 'may come from AWS_REGION / AWS_DEFAULT_REGION instead of the input.' }
    },
    {
        name: 'audience',
        kind: 'text',
        required: false,
        default: 'sts.amazonaws.com',
        allowed: 'not empty; a client ID of the IAM OIDC provider.',
        description: 'The aud requested for the GitHub ID token.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'role-session-name',
        kind: 'text',
        required: false,
        allowed: '2-64 characters of [A-Za-z0-9_+=,.@-]. Empty: <owner>.<repo>-<run id>-<run attempt>, cut to 64.',
        description: 'The role session name, as CloudTrail shows it.',
        incumbent: {
            verdict: 'different',
            why: "the default names the repository and run instead of 'GitHubActions', so CloudTrail shows which run it was."
        }
    },
    {
        name: 'role-duration-seconds',
        kind: 'integer',
        required: false,
        default: '3600',
        min: 900,
        max: 43200,
        allowed: "a whole number from 900 to 43200, at most the role's maximum session duration; at most 3600 with role-chaining.",
        description: 'How long the session lasts, in seconds.',
        incumbent: {
            verdict: 'different',
            why: 'out-of-range values and more than 3600 with role-chaining are refused before any call, not by STS.'
        }
    },
    {
        name: 'inline-session-policy',
        kind: 'json',
        required: false,
        allowed: 'a JSON policy object of at most 2048 characters once minified (it is sent minified).',
        description: 'A session policy that further restricts the session.',
        incumbent: { verdict: 'different', why: 'checked (a JSON object, at most 2048 characters) before any call.' }
    },
    {
        name: 'managed-session-policies',
        kind: 'list',
        required: false,
        allowed: 'at most 10 policy ARNs arn:<partition>:iam::<account or aws>:policy/<name>, by newlines or commas.',
        description: 'Managed policies that further restrict the session.',
        incumbent: { verdict: 'different', why: 'commas separate too, and ARNs are checked before any call.' }
    },
    {
        name: 'web-identity-token-file',
        kind: 'text',
        required: false,
        allowed: 'a readable file holding one JWT (at most 20000 characters); relative paths resolve against GITHUB_WORKSPACE.',
        description: 'Read the web identity token from this file instead of requesting a GitHub ID token.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'role-chaining',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'Assume role-to-assume with sts:AssumeRole, signed with the temporary credentials already in the environment (typically exported by an earlier step of this action); never falls back to OIDC.',
        incumbent: {
            verdict: 'different',
            why: "the source must be temporary credentials (ASIA… with a session token) from the AWS_* variables or the profile AWS_PROFILE names; long-lived IAM user keys are refused. Session tags: GitHub, Repository, Workflow, Action, Actor, Commit, Branch (not the incumbent's optional EventName, BaseRef, HeadRef, RunId, Job, TriggeringActor)."
        }
    },
    {
        name: 'role-external-id',
        kind: 'text',
        required: false,
        allowed: '2-1224 characters of [A-Za-z0-9_+=,.@:/-]; only with role-chaining.',
        description: 'The external id sent with sts:AssumeRole.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'role-skip-session-tagging',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'With role-chaining: send no session tags (then the trust policy needs no sts:TagSession). OIDC sessions get no tags from this action.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'transitive-tag-keys',
        kind: 'list',
        required: false,
        allowed: 'at most 50 tag keys (1-128 characters of letters, digits, spaces and _.:/=+-@), by newlines or commas.',
        description: 'With role-chaining: session tag keys that carry over to further chained sessions.',
        incumbent: { verdict: 'different', why: 'commas separate too, and keys are checked before any call.' }
    },
    {
        name: 'custom-tags',
        kind: 'json',
        required: false,
        allowed: 'a JSON object of at most 50 string values: keys 1-128, values 0-256 characters of letters, digits, spaces and _.:/=+-@.',
        description: 'With role-chaining: extra session tags.',
        incumbent: { verdict: 'different', why: 'checked against the STS tag limits before any call.' }
    },
    {
        name: 'aws-profile',
        kind: 'text',
        required: false,
        allowed: 'a profile name without whitespace, control characters, square brackets or slashes.',
        description: 'Also write the credentials to ~/.aws/credentials and the region to ~/.aws/config under this profile; then env credentials are exported only with output-env-credentials: true.',
        incumbent: {
            verdict: 'different',
            why: 'files are written 0600 (a new ~/.aws 0700), never through a symbolic link, other profiles kept byte for byte; the post step removes the profile again.'
        }
    },
    {
        name: 'overwrite-aws-profile',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'Replace the aws-profile section if it exists (other profiles stay byte for byte); otherwise an existing profile fails the step.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'output-credentials',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'Also set the credentials as step outputs.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'output-env-credentials',
        kind: 'boolean',
        required: false,
        allowed: `${BOOLEAN} Empty: true, or false when aws-profile is set.`,
        description: 'Export the credentials and the region as environment variables for later steps.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'unset-current-credentials',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: `${BOOLEAN} Not with role-chaining (it would remove the source credentials).`,
        description: 'Blank AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN for later steps first, so a failed step leaves no stale keys.',
        incumbent: {
            verdict: 'different',
            why: 'the region variables are kept; refused with role-chaining, whose source credentials it would remove.'
        }
    },
    {
        name: 'use-existing-credentials',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'If valid credentials are already in the environment (checked with GetCallerIdentity and allowed-account-ids), keep them and assume nothing.',
        incumbent: {
            verdict: 'different',
            why: "'false' means false (the incumbent treats any non-empty value as true), allowed-account-ids applies, and long-lived keys are never kept."
        }
    },
    {
        name: 'force-skip-oidc',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: `${BOOLEAN} true only with role-chaining.`,
        description: 'Never request a GitHub ID token. Only meaningful with role-chaining, which never does anyway.',
        incumbent: {
            verdict: 'different',
            why: 'without role-chaining it would leave only static keys or ambient credentials, which this action refuses.'
        }
    },
    {
        name: 'special-characters-workaround',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'Assume again (at most 30 sessions in all) until the secret access key has only letters and digits, for tools that mishandle other characters.',
        incumbent: {
            verdict: 'different',
            why: 'bounded: at most 30 sessions, and it does not override disable-retry or retry-max-attempts.'
        }
    },
    {
        name: 'mask-aws-account-id',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: "Mask the role's account id in the log and outputs.",
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'allowed-account-ids',
        kind: 'list',
        required: false,
        allowed: '12-digit account ids separated by commas.',
        description: 'The verified account must be one of these, or nothing is exported.',
        incumbent: { verdict: 'different', why: 'ids are checked for their form before any call.' }
    },
    {
        name: 'sts-endpoint',
        kind: 'text',
        required: false,
        allowed: 'an https:// (or http://) URL. Empty: the regional endpoint, or AWS_ENDPOINT_URL_STS if set.',
        description: 'Send the STS calls to this endpoint.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'http-proxy',
        kind: 'text',
        required: false,
        allowed: 'an http:// or https:// proxy URL, optionally with user:password. Empty: HTTPS_PROXY / HTTP_PROXY.',
        description: 'Send the STS calls through this proxy (the ID-token request keeps the runner settings).',
        incumbent: {
            verdict: 'different',
            why: 'the proxy credentials are never logged; HTTPS_PROXY / HTTP_PROXY keep working without the input.'
        }
    },
    {
        name: 'no-proxy',
        kind: 'list',
        required: false,
        allowed: 'host names, domain suffixes or host:port, by commas. Empty: NO_PROXY.',
        description: 'STS endpoints that bypass the proxy.',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'print-claims',
        kind: 'boolean',
        required: false,
        default: 'true',
        allowed: BOOLEAN,
        description: "Show the ID token's claims in the log and the job summary. The token itself is never printed."
    },
    {
        name: 'redact-claims',
        kind: 'list',
        required: false,
        default: 'jti',
        allowed: 'claim names separated by commas. An empty value redacts nothing.',
        description: 'Claims shown as *** in the claims table, the diagnosis and the job summary.'
    },
    {
        name: 'trust-policy',
        kind: 'text',
        required: false,
        allowed: 'a path relative to GITHUB_WORKSPACE, inline JSON, or the output of aws iam get-role.',
        description: "The role's trust policy, evaluated locally against the token's claims before STS is called."
    },
    {
        name: 'dry-run',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'Print the claims and a suggested trust policy; call no AWS API and export nothing.'
    },
    {
        name: 'retry-max-attempts',
        kind: 'integer',
        required: false,
        default: '3',
        min: 1,
        max: 100,
        allowed: 'a whole number from 1 to 100; the 60 s network time budget may stop retries sooner.',
        description: 'Attempts in all for a transient failure other than throttling, per call; throttling is retried until action-timeout-s (1 turns every retry off).',
        incumbent: {
            verdict: 'different',
            why: 'default 3, not 12: throttling is not counted (it is retried until action-timeout-s); other retries also stop at the 60 s network budget, and deterministic errors are never retried.'
        }
    },
    {
        name: 'disable-retry',
        kind: 'boolean',
        required: false,
        default: 'false',
        allowed: BOOLEAN,
        description: 'One attempt only (overrides retry-max-attempts).',
        incumbent: { verdict: 'same', why: '' }
    },
    {
        name: 'action-timeout-s',
        kind: 'integer',
        required: false,
        default: '120',
        min: 1,
        max: 21600,
        zeroMeans: 'no step-level limit (every network call stays bounded)',
        allowed: 'a whole number from 1 to 21600, or 0 for no step-level limit.',
        description: 'Upper bound in seconds for the whole step.',
        incumbent: {
            verdict: 'different',
            why: 'default 120 s, not unlimited; 0 still means no step-level limit, and every call has its own timeout.'
        }
    },
    { name: 'aws-access-key-id', ...STATIC_KEY, incumbent: NO_STATIC_KEYS },
    { name: 'aws-secret-access-key', ...STATIC_KEY, incumbent: NO_STATIC_KEYS },
    { name: 'aws-session-token', ...STATIC_KEY, incumbent: NO_STATIC_KEYS }
];
const table_INPUTS = TABLE;

;// CONCATENATED MODULE: ./src/chain-tags.ts
// Session tags for sts:AssumeRole: who ran what, readable in CloudTrail and usable in policies
// (aws:PrincipalTag/Repository ...). Values come from the runner's environment and are made
// to fit what STS accepts; a custom tag must not impersonate one of ours.

/** The characters STS accepts in a tag key or value (letters, digits, spaces and _.:/=+-@). */
const chain_tags_TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const NOT_TAG_CHARACTER = /[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu;
const chain_tags_MAX_TAG_VALUE = 256;
const chain_tags_MAX_TAGS = 50;
/** Tag key -> the runner variable it is read from; 'GitHub' is always 'Actions'. */
const RUN_TAGS = [
    ['Repository', 'GITHUB_REPOSITORY'],
    ['Workflow', 'GITHUB_WORKFLOW'],
    ['Action', 'GITHUB_ACTION'],
    ['Actor', 'GITHUB_ACTOR'],
    ['Commit', 'GITHUB_SHA'],
    ['Branch', 'GITHUB_REF']
];
const RESERVED_TAG_KEYS = ['GitHub', ...RUN_TAGS.map(([key]) => key)];
/** Characters STS would refuse become '_'; the value is cut at STS's length limit. */
function sanitizeTagValue(value) {
    return [...value.replace(NOT_TAG_CHARACTER, '_')].slice(0, chain_tags_MAX_TAG_VALUE).join('');
}
/** The tags of a chained session: the run's, then custom-tags (which may not reuse a run tag's key). */
function sessionTags(env, custom) {
    const tags = [{ key: 'GitHub', value: 'Actions' }];
    for (const [key, variable] of RUN_TAGS) {
        const value = env[variable];
        if (value)
            tags.push({ key, value: sanitizeTagValue(value) });
    }
    // STS compares tag keys case-insensitively
    const reserved = new Set(RESERVED_TAG_KEYS.map((key) => key.toLowerCase()));
    const clash = Object.keys(custom).find((key) => reserved.has(key.toLowerCase()));
    if (clash !== undefined)
        throw invalidInput('custom-tags', `the key '${clash}' is set by this action from the run (${RESERVED_TAG_KEYS.join(', ')}); choose another key.`);
    for (const [key, value] of Object.entries(custom))
        tags.push({ key, value });
    if (tags.length > chain_tags_MAX_TAGS)
        throw invalidInput('custom-tags', `makes ${tags.length} session tags with the run's own. Allowed: at most ${chain_tags_MAX_TAGS}.`);
    return tags;
}
/** transitive-tag-keys must name tags that are sent: the others are reported and dropped. */
function transitiveKeys(tags, wanted, warn) {
    const sent = new Set(tags.map((t) => t.key));
    const unknown = wanted.filter((key) => !sent.has(key));
    const verb = unknown.length > 1 ? 'are' : 'is';
    if (unknown.length > 0)
        warn(`transitive-tag-keys: ${unknown.join(', ')} ${verb} not among the session tags ` +
            `(${[...sent].join(', ')}) and ${verb} not sent.`);
    return wanted.filter((key) => sent.has(key));
}

;// CONCATENATED MODULE: ./src/inputs/tags.ts
// Session tags as STS accepts them, checked before any call (see the STS contract: at most 50
// tags, keys 1-128 and values 0-256 characters of letters, digits, spaces and _.:/=+-@).


const MAX_TAG_KEY = 128;
const RESERVED_PREFIX = /^aws:/i;
const KEY_RULE = (/* unused pure expression or super */ null && (`1-${MAX_TAG_KEY} characters of letters, digits, spaces and _.:/=+-@, not starting with aws:`));
function tags_parseCustomTags(raw) {
    if (raw === '')
        return {};
    let doc;
    try {
        doc = JSON.parse(raw);
    }
    catch {
        throw invalidInput('custom-tags', 'is not valid JSON. Allowed: a JSON object such as {"Team": "payments"}.');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw invalidInput('custom-tags', 'must be a JSON object of tag keys to string values, such as {"Team": "payments"}.');
    const entries = Object.entries(doc);
    if (entries.length > MAX_TAGS)
        throw invalidInput('custom-tags', `has ${entries.length} tags. Allowed: at most ${MAX_TAGS} (an STS limit).`);
    checkKeys('custom-tags', entries.map(([k]) => k));
    const tags = {};
    for (const [key, value] of entries) {
        if (typeof value !== 'string')
            throw invalidInput('custom-tags', `the value of '${key}' is not a string. Allowed: string values only.`);
        if (!TAG_CHARACTERS.test(value) || [...value].length > MAX_TAG_VALUE)
            throw invalidInput('custom-tags', `the value of '${key}' is not allowed. Allowed: 0-${MAX_TAG_VALUE} characters of letters, digits, spaces and _.:/=+-@.`);
        tags[key] = value;
    }
    return tags;
}
function tags_parseTagKeys(name, keys) {
    if (keys.length > MAX_TAGS)
        throw invalidInput(name, `lists ${keys.length} keys. Allowed: at most ${MAX_TAGS} (an STS limit).`);
    checkKeys(name, keys);
    return keys;
}
/** STS treats tag keys case-insensitively: two keys differing only in case are refused too. */
function checkKeys(name, keys) {
    const seen = new Set();
    for (const key of keys) {
        const length = [...key].length;
        if (!TAG_CHARACTERS.test(key) || length < 1 || length > MAX_TAG_KEY || RESERVED_PREFIX.test(key))
            throw invalidInput(name, `the tag key '${key}' is not allowed. Allowed: ${KEY_RULE}.`);
        if (seen.has(key.toLowerCase()))
            throw invalidInput(name, `the tag key '${key}' is given twice (tag keys are case-insensitive).`);
        seen.add(key.toLowerCase());
    }
}

;// CONCATENATED MODULE: ./src/inputs/unknown.ts
// Fail closed on inputs this action does not declare: the runner only warns about an unexpected
// `with:` key and passes it on as INPUT_*, so a typo would otherwise silently change nothing.


/** The variable the runner sets for an input: `INPUT_` + the name uppercased, spaces as `_`. */
const inputEnvName = (name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
const DECLARED = new Set(table_INPUTS.map((i) => inputEnvName(i.name)));
function unknown_refuseUnknownInputs(env) {
    const unknown = Object.keys(env)
        .filter((key) => key.startsWith('INPUT_') && !DECLARED.has(key))
        .sort();
    if (unknown.length === 0)
        return;
    const named = unknown.map(describeUnknown);
    throw new Failure('invalid-input', `Unknown input${unknown.length === 1 ? '' : 's'} ${named.join('; ')} This action does not declare ` +
        `${unknown.length === 1 ? 'it' : 'them'}, and an input silently dropped would change what the step does.`, {
        stage: 'inputs',
        evidence: unknown.map((key) => `${key} is set, but action.yml declares no such input`),
        fix: [
            ...unknown.flatMap((key) => renameFix(key)),
            'correct the name in the step’s with: block (or remove it): the declared inputs are listed in the README',
            'an INPUT_* variable set with env: counts too: rename it'
        ]
    });
}
function describeUnknown(key) {
    const given = key.slice('INPUT_'.length).toLowerCase();
    const guess = closestInput(given);
    return guess ? `'${given}' — did you mean ${guess}?` : `'${given}' (no declared input is close to it).`;
}
function renameFix(key) {
    const given = key.slice('INPUT_'.length).toLowerCase();
    const guess = closestInput(given);
    return guess ? [`rename ${given} to ${guess} in the step’s with: block`] : [];
}
/** The declared input nearest to `given` (underscores read as hyphens), if it is plausibly a typo of it. */
function closestInput(given) {
    const wanted = given.replace(/_/g, '-');
    let best;
    for (const { name } of INPUTS) {
        const distance = editDistance(wanted, name);
        if (!best || distance < best.distance)
            best = { name, distance };
    }
    if (!best)
        return undefined;
    return best.distance <= Math.max(2, Math.floor(best.name.length / 4)) ? best.name : undefined;
}
/** Levenshtein distance: insertions, deletions and substitutions of one character. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/inputs.ts
// Stage 1: every input parsed and validated up front, before any network call.







/** Every declared input, in action.yml order. */
const INPUT_NAMES = table_INPUTS.map((i) => i.name);
const SPECS = new Map(table_INPUTS.map((i) => [i.name, i]));
const STATIC_KEY_INPUTS = table_INPUTS.filter((i) => i.kind === 'refused').map((i) => i.name);
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-[a-z]|aws-eusc):iam::(\d{12}):role(\/(?:[\u0021-\u007e]+\/)?)([\w+=,.@-]{1,64})$/;
const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
/** what ~/.aws files can hold as a section name without ambiguity */
const PROFILE_NAME = /^[^\s[\]/\\\p{Cc}]+$/u;
const NO_PROXY_ENTRY = /^[\w.*:[\]-]+$/;
const POLICY_ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-[a-z]|aws-eusc):iam::(\d{12}|aws):policy\/[\u0021-\u007e]+$/;
const ACCOUNT_ID = /^\d{12}$/;
const MAX_TOKEN_CHARS = 20000;
/** The token file is read no further than the token limit and room for whitespace around it. */
const MAX_TOKEN_FILE_BYTES = MAX_TOKEN_CHARS + 1024;
const MAX_POLICY_CHARS = 2048;
/** the longest session sts:AssumeRole grants a chained role (the STS contract) */
const CHAINED_MAX_SECONDS = 3600;
function parseInputs(src) {
    refuseUnknownInputs(src.env);
    refuseStaticKeys(src);
    const role = parseRole(src.get('role-to-assume'));
    const retryDisabled = parseBoolean(src, 'disable-retry');
    const awsProfile = parseProfile(src.get('aws-profile'));
    const config = {
        role,
        region: parseRegion(src),
        audience: parseAudience(src.get('audience')),
        roleSessionName: parseSessionName(src),
        durationSeconds: parseInteger(src, 'role-duration-seconds'),
        inlineSessionPolicy: parseInlinePolicy(src.get('inline-session-policy')),
        managedSessionPolicies: parseManagedPolicies(src.get('managed-session-policies')),
        tokenFromFile: readTokenFile(src),
        outputCredentials: parseBoolean(src, 'output-credentials'),
        // The incumbent's rule: a profile replaces env credentials unless they are asked for.
        outputEnvCredentials: parseBoolean(src, 'output-env-credentials', awsProfile === undefined),
        maskAccountId: parseBoolean(src, 'mask-aws-account-id'),
        allowedAccountIds: parseAccountIds(src.get('allowed-account-ids')),
        stsEndpoint: parseEndpoint(src.get('sts-endpoint')),
        printClaims: parseBoolean(src, 'print-claims'),
        // The runner applies the default (jti); an explicit '' redacts nothing.
        redactClaims: splitList(src.get('redact-claims')),
        trustPolicy: readTrustPolicy(src),
        dryRun: parseBoolean(src, 'dry-run'),
        retryMaxAttempts: retryDisabled ? 1 : parseInteger(src, 'retry-max-attempts'),
        actionTimeoutMs: parseInteger(src, 'action-timeout-s') * 1000,
        roleChaining: parseBoolean(src, 'role-chaining'),
        roleExternalId: parseExternalId(src.get('role-external-id')),
        awsProfile,
        overwriteAwsProfile: parseBoolean(src, 'overwrite-aws-profile'),
        roleSkipSessionTagging: parseBoolean(src, 'role-skip-session-tagging'),
        transitiveTagKeys: parseTagKeys('transitive-tag-keys', splitList(src.get('transitive-tag-keys'))),
        customTags: parseCustomTags(src.get('custom-tags')),
        useExistingCredentials: parseBoolean(src, 'use-existing-credentials'),
        forceSkipOidc: parseBoolean(src, 'force-skip-oidc'),
        unsetCurrentCredentials: parseBoolean(src, 'unset-current-credentials'),
        specialCharactersWorkaround: parseBoolean(src, 'special-characters-workaround'),
        httpProxy: parseProxy(src.get('http-proxy')),
        noProxy: parseNoProxy(src.get('no-proxy'))
    };
    checkCombinations(config, src);
    return config;
}
/** Rules between inputs: each refusal names the input that does not fit and why. */
function checkCombinations(c, src) {
    if (c.roleChaining && c.durationSeconds > CHAINED_MAX_SECONDS)
        throw invalidInput('role-duration-seconds', `${c.durationSeconds} is more than a chained session may last. Allowed with role-chaining: at most ${CHAINED_MAX_SECONDS} (STS limits a session assumed with role chaining to one hour).`);
    if (c.forceSkipOidc && !c.roleChaining)
        throw invalidInput('force-skip-oidc', 'true is allowed only with role-chaining: true. Without it, skipping OIDC would leave static keys or ambient credentials, which this action never uses.');
    if (c.unsetCurrentCredentials && c.roleChaining)
        throw invalidInput('unset-current-credentials', 'true cannot be combined with role-chaining: true: it would remove the credentials the chained role is assumed with.');
    if (c.roleChaining && c.trustPolicy)
        throw invalidInput('trust-policy', "is evaluated against the ID token's claims, and a chained step has no token (role-chaining: true). Remove it from this step.");
    if (c.roleChaining && c.tokenFromFile)
        throw invalidInput('web-identity-token-file', 'cannot be combined with role-chaining: true: a chained role is assumed with the credentials in the environment, so the token would be ignored. Remove one of them.');
    if (!c.roleChaining) {
        const chainingOnly = ['role-external-id', 'custom-tags', 'transitive-tag-keys'].find((n) => src.get(n) !== '');
        if (chainingOnly)
            throw invalidInput(chainingOnly, 'is sent only with sts:AssumeRole (role-chaining: true). AssumeRoleWithWebIdentity takes no external id or session tags (its tags come from the token), so the value would be ignored.');
    }
}
function refuseStaticKeys(src) {
    const given = STATIC_KEY_INPUTS.filter((name) => src.get(name) !== '');
    if (given.length > 0) {
        // The value is never echoed: it may be a real key.
        throw invalidInput(given[0], 'static AWS keys are not accepted. This action only federates through OIDC, so no long-lived secret has to live in the repository; remove ' +
            given.join(', ') +
            ' and give role-to-assume.');
    }
}
function parseRole(raw) {
    if (raw === '')
        throw errors_invalidInput('role-to-assume', 'is required: the full ARN of the role, e.g. arn:aws:iam::123456789012:role/deploy.');
    const m = ROLE_ARN.exec(raw);
    if (!m || raw.length < 20 || raw.length > 2048) {
        throw errors_invalidInput('role-to-assume', `'${raw}' is not a role ARN. Allowed: arn:<partition>:iam::<12-digit account>:role/<optional path/>name, name of 1-64 characters [A-Za-z0-9_+=,.@-].`);
    }
    return { arn: raw, partition: m[1], account: m[2], path: m[3], name: m[4] };
}
function parseRegion(src) {
    const given = src.get('aws-region');
    const region = given || src.env.AWS_REGION || src.env.AWS_DEFAULT_REGION || '';
    if (region === '')
        throw invalidInput('aws-region', 'is required (or set AWS_REGION / AWS_DEFAULT_REGION), e.g. eu-west-1.');
    if (!REGION.test(region)) {
        const from = given ? '' : ' (from the environment)';
        throw invalidInput('aws-region', `'${region}'${from} is not a region name. Allowed: names like eu-west-1, us-gov-west-1, cn-north-1.`);
    }
    return region;
}
function parseAudience(raw) {
    if (raw === '')
        throw invalidInput('audience', 'must not be empty; AWS expects sts.amazonaws.com unless the provider lists another client ID.');
    return raw;
}
function parseSessionName(src) {
    const given = src.get('role-session-name');
    if (given === '')
        return deriveSessionName(src.env);
    if (!SESSION_NAME.test(given)) {
        throw invalidInput('role-session-name', `'${given}' is not allowed. Allowed: 2-64 characters of A-Z a-z 0-9 _ + = , . @ -`);
    }
    return given;
}
/** repository, run id and attempt: unique per run, readable in CloudTrail. */
function deriveSessionName(env) {
    const suffix = `-${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`.replace(/[^\w+=,.@-]/g, '');
    const repo = (env.GITHUB_REPOSITORY ?? 'aws-oidc-credentials').replace('/', '.').replace(/[^\w+=,.@-]/g, '');
    return `${repo.slice(0, Math.max(2, 64 - suffix.length))}${suffix}`.slice(0, 64);
}
function spec(name) {
    const found = SPECS.get(name);
    if (!found)
        throw new Error(`input ${name} is not in the input table`);
    return found;
}
/** Empty means the table's default (the runner passes it anyway), else `fallback` when there is none. */
function parseBoolean(src, name, fallback) {
    const raw = src.get(name) || spec(name).default || '';
    if (raw === '')
        return fallback ?? false;
    if (/^true$/i.test(raw))
        return true;
    if (/^false$/i.test(raw))
        return false;
    throw invalidInput(name, `'${raw}' is not a boolean. Allowed: ${spec(name).allowed}`);
}
function parseInteger(src, name) {
    const s = spec(name);
    const raw = src.get(name) || s.default || '';
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    const inRange = (n >= (s.min ?? 0) && n <= (s.max ?? Infinity)) || (n === 0 && s.zeroMeans !== undefined);
    if (!inRange)
        throw invalidInput(name, `'${raw}' is not allowed. Allowed: ${s.allowed}`);
    return n;
}
function parseInlinePolicy(raw) {
    if (raw === '')
        return undefined;
    let doc;
    try {
        doc = JSON.parse(raw);
    }
    catch {
        throw invalidInput('inline-session-policy', 'is not valid JSON. Allowed: a JSON policy object, at most 2048 characters once minified.');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        throw invalidInput('inline-session-policy', 'must be a JSON object (a policy document with Version and Statement).');
    }
    // Sent minified, as STS counts characters of what it receives.
    const minified = JSON.stringify(doc);
    if (minified.length > MAX_POLICY_CHARS) {
        throw invalidInput('inline-session-policy', `is ${minified.length} characters once minified. Allowed: at most ${MAX_POLICY_CHARS}.`);
    }
    return minified;
}
function parseManagedPolicies(raw) {
    const arns = splitList(raw);
    if (arns.length > 10)
        throw invalidInput('managed-session-policies', `lists ${arns.length} policies. Allowed: at most 10.`);
    const bad = arns.find((a) => !POLICY_ARN.test(a));
    if (bad !== undefined)
        throw invalidInput('managed-session-policies', `'${bad}' is not a policy ARN. Allowed: arn:<partition>:iam::<account or aws>:policy/<name>, separated by newlines or commas.`);
    return arns;
}
function readTokenFile(src) {
    const given = src.get('web-identity-token-file');
    if (given === '')
        return undefined;
    const path = src.resolvePath(given);
    let token;
    try {
        token = src.readFile(path, MAX_TOKEN_FILE_BYTES).trim();
    }
    catch (e) {
        throw invalidInput('web-identity-token-file', `${shownPath(given, path, src.env.GITHUB_WORKSPACE)} ${readFailure(e)}. Allowed: a readable file (relative to GITHUB_WORKSPACE) holding one JWT of at most ${MAX_TOKEN_CHARS} characters.`);
    }
    if (token === '')
        throw invalidInput('web-identity-token-file', `'${given}' is empty. Allowed: a file holding one JWT.`);
    if (token.length > MAX_TOKEN_CHARS)
        throw invalidInput('web-identity-token-file', `'${given}' holds ${token.length} characters. Allowed: at most ${MAX_TOKEN_CHARS}.`);
    return { path, token };
}
function parseAccountIds(raw) {
    const ids = splitList(raw);
    const bad = ids.find((id) => !ACCOUNT_ID.test(id));
    if (bad !== undefined)
        throw invalidInput('allowed-account-ids', `'${bad}' is not an account id. Allowed: 12-digit account ids separated by commas.`);
    return ids;
}
/** An http(s) URL, or undefined for anything else. */
function httpUrl(raw) {
    try {
        const url = new URL(raw);
        return /^https?:$/.test(url.protocol) ? url : undefined;
    }
    catch {
        return undefined;
    }
}
function parseEndpoint(raw) {
    if (raw === '')
        return undefined;
    const url = httpUrl(raw);
    if (!url)
        throw invalidInput('sts-endpoint', `'${raw}' is not an endpoint URL. Allowed: an https:// (or http://) URL such as https://sts.eu-west-1.amazonaws.com.`);
    return raw;
}
function readTrustPolicy(src) {
    const given = src.get('trust-policy');
    if (given === '')
        return undefined;
    // Inline JSON (or URL-encoded JSON) starts with '{' / '%7B'; anything else is a path.
    const inline = /^(\{|%7B)/i.test(given);
    let text = given;
    const path = inline ? '' : src.resolvePath(given);
    const shown = inline ? 'the inline policy' : shownPath(given, path, src.env.GITHUB_WORKSPACE);
    if (!inline) {
        try {
            text = src.readFile(path, MAX_POLICY_FILE_BYTES);
        }
        catch (e) {
            throw invalidInput('trust-policy', `${shown} ${readFailure(e)}. Allowed: inline policy JSON, or a path relative to GITHUB_WORKSPACE.`);
        }
    }
    try {
        return { policy: parseTrustPolicy(text), source: inline ? 'the trust-policy input' : given };
    }
    catch (e) {
        throw invalidInput('trust-policy', `${shown} is not a trust policy: ${e.message} Allowed: the role's trust policy JSON, or the output of aws iam get-role.`);
    }
}
function splitList(raw) {
    return raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
function parseExternalId(raw) {
    if (raw === '')
        return undefined;
    if (!EXTERNAL_ID.test(raw))
        throw invalidInput('role-external-id', `is not allowed. Allowed: ${spec('role-external-id').allowed}`);
    return raw;
}
function parseProfile(raw) {
    if (raw === '')
        return undefined;
    if (!PROFILE_NAME.test(raw))
        throw invalidInput('aws-profile', `'${raw}' is not allowed. Allowed: ${spec('aws-profile').allowed}`);
    return raw;
}
/** The URL is checked without ever echoing it: it may carry a password. */
function parseProxy(raw) {
    if (raw === '')
        return undefined;
    const url = httpUrl(raw);
    if (!url || url.hostname === '')
        throw invalidInput('http-proxy', `is not a proxy URL (not shown: it may hold a password). Allowed: ${spec('http-proxy').allowed}`);
    return raw;
}
function parseNoProxy(raw) {
    const hosts = splitList(raw);
    if (hosts.length === 0)
        return undefined;
    const bad = hosts.find((h) => !NO_PROXY_ENTRY.test(h));
    if (bad !== undefined)
        throw invalidInput('no-proxy', `'${bad}' is not a host. Allowed: ${spec('no-proxy').allowed}`);
    return hosts.join(',');
}

;// CONCATENATED MODULE: ./src/trust-check.ts






function evaluateLocally(config, claims) {
    if (!config.trustPolicy)
        return undefined;
    return evaluateClaims(config.trustPolicy.policy, claims, config.role);
}
/** IAM's decision on these claims for a role in that account and partition (the CLI's `explain` too). */
function evaluateClaims(policy, claims, role) {
    const iss = String(claims.iss ?? '');
    return evaluateTrustPolicy(policy, {
        action: 'sts:AssumeRoleWithWebIdentity',
        federatedPrincipal: claims_providerArnFor(iss, role.account, role.partition),
        keys: conditionKeysFromClaims(claims),
        issuer: iss
    });
}
const VERDICTS = {
    allow: 'ALLOWS',
    'explicit-deny': 'DENIES (explicit Deny)',
    'implicit-deny': 'DENIES (no statement allows)'
};
/** The evaluation as log lines (unescaped, redacted): one per statement and condition, with the reasons. */
function evaluationLines(ev, claims, redact, neededProvider) {
    const scrub = redact_redactor(claims, redact);
    const lines = [];
    for (const st of ev.statements) {
        lines.push(`statement ${st.index}${st.sid ? ` (${st.sid})` : ''}: ${st.effect}, principal ${st.principalMatches ? '✓' : '✗'}, action ${st.actionMatches ? '✓' : '✗'} -> ${st.applies ? 'applies' : 'does not apply'}`);
        if (st.federated)
            lines.push(`  ${principalDifference(st.federated, neededProvider)}`);
        for (const c of st.conditions) {
            const hidden = keyIsRedacted(c.key, redact);
            lines.push(`  ${describeCondition(c, hidden)}`, ...conditionHints(c, hidden).map((h) => `    ${h}`));
        }
    }
    return lines.map(scrub);
}
function printLocalEvaluation(config, claims, core) {
    const ev = evaluateLocally(config, claims);
    if (!ev)
        return undefined;
    const needed = providerArnFor(String(claims.iss ?? ''), config.role.account, config.role.partition);
    core.startGroup(`Trust policy from ${logSafe(config.trustPolicy?.source ?? '')} ${VERDICTS[ev.decision]} this token`);
    for (const line of evaluationLines(ev, claims, config.redactClaims, needed))
        core.info(logSafe(line));
    core.endGroup();
    const scrub = redactor(claims, config.redactClaims);
    for (const w of ev.warnings)
        core.warning(logSafe(scrub(w)), { title: 'trust policy' });
    return ev;
}
function printDryRun(config, claims, core) {
    const sub = typeof claims.sub === 'string' ? claims.sub : '';
    const aud = typeof claims.aud === 'string' ? claims.aud : config.audience;
    const iss = String(claims.iss ?? 'https://token.actions.githubusercontent.com');
    const scrub = redactor(claims, config.redactClaims);
    const analysis = analyzeSubject(sub, claims);
    core.info('Dry run: no AWS API is called and nothing is exported.');
    for (const line of explainForm(analysis))
        core.info(logSafe(scrub(line)));
    if (config.redactClaims.includes('sub')) {
        core.info('sub is in redact-claims: no trust policy is suggested, since it would show the subject.');
        return;
    }
    const chosen = narrowestSubject(sub, analysis);
    const s = suggestTrustPolicy({
        iss,
        aud,
        account: config.role.account,
        partition: config.role.partition,
        sub: chosen
    });
    const risk = subjectRisk(chosen.operator, chosen.value);
    core.startGroup(`A minimal trust policy allowing ${logSafe(scrub(subjectLabel(chosen)))} (JSON, then Terraform)`);
    if (risk)
        core.info(logSafe(scrub(`⚠ ${risk}; ${SAFER_FORMS}.`)));
    for (const line of s.json.split('\n'))
        core.info(logSafe(scrub(line)));
    for (const line of s.terraform.split('\n'))
        core.info(logSafe(scrub(line)));
    core.endGroup();
}

;// CONCATENATED MODULE: ./src/cli/claims-input.ts
// What --claims accepts: a JSON object of claims, a JWT (decoded, never verified, never
// printed), or the claims block copied from this action's log (its one-line JSON, or the
// table when only that was copied). Redacted values ('***') are dropped and named.


const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
// GitHub's raw log prefixes every line with a timestamp
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z ?/;
// a table row: the claim name (indented in the log; a copy from the web view may start with the
// line number), at least two spaces, the value
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
        return decodeToken(token, 'file').claims;
    }
    catch {
        // never echo the token or the decoder's view of it
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
/** The action's labelled one-line JSON first, else any line that is a JSON object of claims. */
function logJson(lines) {
    const labelled = lines.filter((l) => l.includes(CLAIMS_JSON_LABEL));
    for (const line of [...labelled, ...lines]) {
        const from = line.includes(CLAIMS_JSON_LABEL) ? line.indexOf(CLAIMS_JSON_LABEL) : 0;
        const at = line.indexOf('{', from);
        if (at < 0)
            continue;
        try {
            const value = JSON.parse(line.slice(at));
            if (isClaims(value))
                return value;
        }
        catch {
            // not this line
        }
    }
    return undefined;
}
/** The printed table: values as shown (times keep their number, JSON lists are parsed). */
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
        if (value === REDACTED)
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

;// CONCATENATED MODULE: ./src/cli/read-input.ts
// Reads what an option names: a file, or standard input for '-'. Bounded, so a wrong path
// (a device, a huge log) ends in one clear line instead of a hang or an out-of-memory crash.


const MAX_INPUT_BYTES = 1024 * 1024;
const realInputs = {
    readFile(path) {
        const st = (0,external_node_fs_namespaceObject.statSync)(path);
        if (!st.isFile())
            throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
        if (st.size > MAX_INPUT_BYTES)
            throw Object.assign(new Error('too large'), { code: 'ETOOBIG' });
        return (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
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
/** `option` names the flag for messages, e.g. '--claims'. */
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
input error.

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
        return report(evaluateClaims(policy, claims, role), claims, input.redacted, role);
    }
};
function policyFrom(raw) {
    try {
        return parse_parseTrustPolicy(raw);
    }
    catch (e) {
        if (e instanceof PolicyParseError)
            throw new CliError(`--trust-policy: ${e.message}`);
        throw e;
    }
}
const FEDERATED = /^arn:([\w-]+):iam::(\d{12}):oidc-provider\/(.+)$/;
/** The role's account: --role-arn, else the account of the provider the policy names for this issuer. */
function roleFor(roleArn, policy, iss) {
    if (roleArn) {
        try {
            const r = parseRole(roleArn);
            return { ...r, from: '--role-arn' };
        }
        catch (e) {
            throw new CliError(`--role-arn: ${e.message.replace(/^Input 'role-to-assume': /, '')}`);
        }
    }
    const named = policy.statements.flatMap((st) => st.principal?.values.Federated ?? []);
    const parsed = named.map((arn) => FEDERATED.exec(arn)).filter((m) => m !== null);
    const forIssuer = parsed.find((m) => m[3] === issuerPrefix(iss)) ?? parsed[0];
    const unnamed = { name: 'ROLE', path: '/' };
    if (!forIssuer)
        return { account: '<account>', partition: 'aws', ...unnamed, from: 'unknown: give --role-arn' };
    return { account: forIssuer[2], partition: forIssuer[1], ...unnamed, from: 'the policy’s Principal.Federated' };
}
function report(ev, claims, redacted, role) {
    const iss = String(claims.iss);
    const provider = claims_providerArnFor(iss, role.account, role.partition);
    const sub = typeof claims.sub === 'string' ? claims.sub : undefined;
    const lines = [`Trust policy ${VERDICTS[ev.decision]} this token`];
    // a redacted claim is judged as absent: say so before the conditions it decides
    const unknown = redacted.filter((name) => conditionsOn(ev).some((key) => keyIsRedacted(key, [name])));
    if (unknown.length > 0)
        lines.push(`note: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} redacted in the pasted log (redact-claims): the conditions on ${unknown.length === 1 ? 'it were' : 'them were'} judged as if absent; give the claims from a dry run or the JWT for a true verdict`);
    lines.push(`token's provider: ${provider} (account from ${role.from})`);
    const conditionLines = evaluationLines(ev, claims, [], provider);
    lines.push(...conditionLines);
    const analysis = sub ? subject_analyzeSubject(sub, claims) : undefined;
    const form = analysis ? subject_explainForm(analysis) : ['the claims have no sub'];
    const denial = ev.decision === 'allow' ? undefined : explainDenial({ claims, role, redact: redacted, evaluation: ev, stsSaid: '' });
    // the denial's reason is often the form's first sentence: say it once
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
    if (denial)
        json.denial = { ...denial, evidence: denial.evidence.filter((e) => e !== '') };
    if (ev.warnings.length > 0)
        lines.push('', ...ev.warnings.map((w) => `warning: ${w}`));
    return { exitCode: ev.decision === 'allow' ? EXIT.allowed : EXIT.denied, lines, json };
}
function conditionsOn(ev) {
    return ev.statements.flatMap((st) => st.conditions.map((c) => c.key));
}
/** The action's diagnosis of a denial, as the log shows it: the reason, the fixes safest first, the causes. */
function denialLines(d) {
    const lines = [`Why: ${d.message}`, 'Fix (safest first):', ...d.fix.map((f) => `  - ${f}`)];
    if (d.causes.length > 0)
        lines.push('Also check:', ...d.causes.map((c) => `  - ${c}`));
    for (const snippet of d.snippets.filter((x) => !x.summaryOnly))
        lines.push('', `${snippet.title}:`, ...snippet.body.split('\n'));
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/output.ts
// What a command hands back, and how it reaches the terminal: every text line escaped like the
// action's log (a pasted claim could carry terminal escapes or a workflow command, and the CLI
// may itself run in a workflow), JSON escaped the same way while staying valid JSON.

function write(result, asJson, out) {
    if (asJson) {
        out.stdout(`${escape_jsonLogSafe(result.json, 2)}\n`);
        return;
    }
    if (result.lines.length > 0)
        out.stdout(`${result.lines.map(escape_logSafe).join('\n')}\n`);
    if (result.notes && result.notes.length > 0)
        out.stderr(`${result.notes.map(escape_logSafe).join('\n')}\n`);
}

;// CONCATENATED MODULE: ./src/github/subject-builder.ts
// Builds the `sub` claim the way GitHub does (README "Debug locally"; GitHub's OIDC docs):
// environment > pull request > ref; ':' inside a value becomes %3A; the 2026 immutable form
// carries numeric IDs; a custom include_claim_keys template joins key:value pairs in order.
// One builder for the emulator's tokens and the CLI's `sub` and `policy` commands.
/** Events whose token says `pull_request` instead of the ref. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** A value inside `sub` cannot carry the separator. */
function escapeSubjectValue(value) {
    return value.replace(/:/g, '%3A');
}
/** `repo:OWNER/REPO`, or `repo:OWNER@ID/REPO@ID` for an immutable subject. */
function repoSegment(run) {
    if (!run.immutableSubject)
        return `repo:${run.owner}/${run.repo}`;
    if (!run.ownerId || !run.repoId)
        throw new Error('an immutable subject needs the owner ID and the repository ID');
    return `repo:${run.owner}@${run.ownerId}/${run.repo}@${run.repoId}`;
}
/** The default suffix ("context"): environment:NAME | pull_request | ref:REF. */
function contextSegment(run) {
    if (run.environment)
        return `environment:${escapeSubjectValue(run.environment)}`;
    if (PULL_REQUEST_EVENTS.includes(run.eventName))
        return 'pull_request';
    return `ref:${escapeSubjectValue(run.ref)}`;
}
/**
 * The `sub` claim. `claims` supplies the values of template keys other than repo/context
 * (a key the token lacks renders as `key:`, as GitHub does).
 */
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

;// CONCATENATED MODULE: ./src/cli/repo.ts


// GitHub owner and repository names (letters, digits, '-', and for repositories '.' and '_')
const REPO = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/;
const NUMERIC_ID = /^\d+$/;
function parseRepo(command, raw) {
    const m = REPO.exec(raw);
    if (!m)
        throw new CliError(`${command}: --repo must be OWNER/REPO (e.g. octo-org/octo-repo), got '${raw}'`);
    return { owner: m[1], repo: m[2] };
}
/** --owner-id and --repo-id together select the immutable subject (repo:OWNER@ID/REPO@ID). */
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
// `policy`: a least-privilege trust policy for one kind of run (a branch, a tag pattern or an
// environment), built with the shared sub builder and the action's own suggestion.








const policy_GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
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
  --issuer URL          the token issuer (default ${policy_GITHUB_ISSUER}; GHES: https://HOST/_services/token)
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
        const s = suggest_policy_suggestTrustPolicy({ iss, aud, account, partition, sub });
        // the checks the action runs on a given policy, and its label for a suggestion
        const warnings = policyWarnings(parse_parseTrustPolicy(s.json));
        return {
            exitCode: EXIT.allowed,
            lines: (format === 'json' ? s.json : s.terraform).split('\n'),
            notes: [`This policy allows ${suggest_policy_subjectLabel(sub)}.`, ...warnings.map((w) => `⚠ ${w}`)],
            json: {
                command: 'policy',
                providerArn: s.providerArn,
                sub,
                allows: suggest_policy_subjectLabel(sub),
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
/** Validated as the role ARN's account and partition would be (one rule for both). */
function accountOf(values) {
    const account = required('policy', values, 'account', '123456789012');
    const partition = args_text(values, 'partition') ?? 'aws';
    try {
        parseRole(`arn:${partition}:iam::${account}:role/any`);
    }
    catch {
        throw new CliError(`policy: --account must be a 12-digit AWS account ID and --partition an AWS partition (aws, aws-cn, aws-us-gov, ...); got ${account} and ${partition}`);
    }
    return { account, partition };
}
function issuerOf(values) {
    const iss = args_text(values, 'issuer') ?? policy_GITHUB_ISSUER;
    let url;
    try {
        url = new URL(iss);
    }
    catch {
        url = undefined;
    }
    if (!url || url.protocol !== 'https:' || url.search || url.hash)
        throw new CliError(`policy: --issuer must be the token's iss, an https:// URL such as ${policy_GITHUB_ISSUER}; got '${iss}'`);
    return iss;
}

;// CONCATENATED MODULE: ./src/cli/sub.ts
// `sub`: the subject GitHub would put in the ID token of a run, with the shared builder.





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
        const analysis = subject_analyzeSubject(sub, claims);
        const explanation = subject_explainForm(analysis);
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
/** The default context ends in the ref unless an environment or a pull request decides; a template may name ref. */
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
/** The claims the options determine, as GitHub would send them (strings). */
function runClaims(run) {
    const claims = {
        repository: `${run.owner}/${run.repo}`,
        repository_owner: run.owner,
        event_name: run.eventName,
        // GitHub sends no environment claim without one; a template naming it renders "environment:"
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

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI's dispatcher: picks the command, prints its answer, and turns every failure into
// one line and an exit status (0 allowed/done, 1 denied, 2 usage or input error).







const COMMANDS = [explainCommand, subCommand, policyCommand];
const NAME = 'aws-oidc-credentials';
function usage() {
    const list = COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`).join('\n');
    return `Usage: ${NAME} <command> [options]   (${NAME} <command> --help for its options)

Debug a GitHub OIDC trust policy offline: no AWS account, no token, nothing sent anywhere.

Commands:
${list}

Examples:
  npx ${NAME} explain --claims claims.json --trust-policy role.json
  npx ${NAME} sub --repo octo-org/octo-repo --event pull_request
  npx ${NAME} policy --repo octo-org/octo-repo --environment production --account 123456789012

Every command takes --json. Exit status: 0 allowed (or done), 1 denied, 2 usage or input error.
`;
}
async function runCli(argv, io, out) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        out.stdout(usage());
        return name === undefined ? EXIT.usage : EXIT.allowed;
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
        // a usage or input error is one sentence; anything else is a bug, still without a stack trace
        const message = e instanceof CliError ? e.message : `unexpected error: ${e.message}`;
        out.stderr(`${NAME}: ${escape_logSafe(message.split('\n')[0])}\n`);
        return EXIT.usage;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// The `aws-oidc-credentials` command (package.json bin): wires the real process into runCli.
// No top-level await, so the bundle works as CommonJS or as an ES module.


void runCli(process.argv.slice(2), realInputs, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text)
}).then((code) => {
    process.exitCode = code;
});

module.exports = __webpack_exports__;
/******/ })()
;