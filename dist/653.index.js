"use strict";
exports.id = 653;
exports.ids = [653];
exports.modules = {

/***/ 4592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ Failure),
/* harmony export */   N6: () => (/* binding */ isFailure),
/* harmony export */   aY: () => (/* binding */ invalidInput)
/* harmony export */ });
class Failure extends Error {
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
const invalidInput = (input, message) => new Failure('invalid-input', `Input '${input}': ${message}`, { stage: 'inputs' });


/***/ }),

/***/ 3551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T2: () => (/* binding */ ANY_CLAIMS_JSON_LABEL),
  XF: () => (/* binding */ REDACTED),
  YA: () => (/* binding */ claimRows),
  Q1: () => (/* binding */ claimText),
  uG: () => (/* binding */ claimsJsonLine),
  oL: () => (/* binding */ decodeToken),
  eZ: () => (/* binding */ formatClaimTable),
  Ly: () => (/* binding */ isoTime)
});

// UNUSED EXPORTS: CLAIMS_JSON_LABEL, showValue

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


// EXTERNAL MODULE: ./src/failure/failure.ts
var failure = __webpack_require__(4592);
// EXTERNAL MODULE: ./src/output/escape.ts
var output_escape = __webpack_require__(8078);
// EXTERNAL MODULE: ./src/output/version.ts + 1 modules
var version = __webpack_require__(1968);
;// CONCATENATED MODULE: ./src/github/token-claims.ts




function decodeToken(token, from) {
    try {
        return { header: decodeProtectedHeader(token), claims: decodeJwt(token) };
    }
    catch (e) {
        const parts = token.split('.').length;
        throw new failure/* Failure */.HR('invalid-token', `The ${from === 'file' ? 'token file' : 'ID token'} is not a decodable JWT.`, {
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
const FIRST = ['sub', 'aud', 'iss'];
const REDACTED = '***';
const TIMES = ['exp', 'iat', 'nbf'];
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
function claimText(claims, name, redact) {
    if (claims[name] === undefined)
        return '(absent)';
    return redact.includes(name) ? REDACTED : showValue(claims[name]);
}
function showClaim(name, value, nowMs) {
    if (TIMES.includes(name) && typeof value === 'number') {
        const iso = isoTime(value);
        if (name !== 'exp' || iso === INVALID_TIME)
            return `${value} (${iso})`;
        const left = Math.round(value - nowMs / 1000);
        return `${value} (${iso}, ${left >= 0 ? `expires in ${left} s` : `expired ${-left} s ago`})`;
    }
    return showValue(value);
}
const INVALID_TIME = 'not a representable time';
function isoTime(seconds) {
    const date = new Date(seconds * 1000);
    return Number.isNaN(date.getTime()) ? INVALID_TIME : date.toISOString();
}
function showValue(value) {
    if (value === '')
        return '"" (empty)';
    return typeof value === 'string' ? value : compactJson(value, 0);
}
const MAX_JSON_DEPTH = 8;
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
function formatClaimTable(rows) {
    const width = Math.min(24, Math.max(...rows.map((r) => r.name.length), 5));
    return rows.map((r) => `  ${(0,output_escape/* pad */.eV)((0,output_escape/* logSafe */.sN)(r.name), width)}  ${(0,output_escape/* logSafe */.sN)(r.value)}`);
}
const CLAIMS_JSON_LABEL = `claims JSON (for ${(0,version/* npxCommand */.WN)('explain --claims')}):`;
const ANY_CLAIMS_JSON_LABEL = /claims JSON \(for npx aws-oidc-credentials(?:@[\w.+-]+)? explain --claims\):/;
function claimsJsonLine(claims, redact) {
    const shown = Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, redact.includes(k) ? REDACTED : shallow(v)]));
    return `  ${CLAIMS_JSON_LABEL} ${(0,output_escape/* jsonLogSafe */.yJ)(shown)}`;
}
function shallow(value) {
    return nestedBeyond(value, MAX_JSON_DEPTH) ? showValue(value) : value;
}
function nestedBeyond(value, depth) {
    if (value === null || typeof value !== 'object')
        return false;
    return depth === 0 || Object.values(value).some((v) => nestedBeyond(v, depth - 1));
}


/***/ }),

/***/ 3622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ readBoundedFile),
/* harmony export */   f1: () => (/* binding */ readFailure),
/* harmony export */   pS: () => (/* binding */ shownPath),
/* harmony export */   ph: () => (/* binding */ MAX_POLICY_FILE_BYTES)
/* harmony export */ });
/* unused harmony export InputFileError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const MAX_POLICY_FILE_BYTES = 1024 * 1024;
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
function readBoundedFile(path, maxBytes) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile())
            throw new InputFileError('ENOTREG', `is ${kindOf(st)}, not a regular file`);
        const tooLarge = () => new InputFileError('EFBIG', `is larger than ${maxBytes} bytes, the most this input reads`);
        if (st.size > maxBytes)
            throw tooLarge();
        const buffer = Buffer.alloc(maxBytes + 1);
        let length = 0;
        while (length < buffer.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
            if (n === 0)
                break;
            length += n;
        }
        if (length > maxBytes)
            throw tooLarge();
        return buffer.toString('utf8', 0, length);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function readFailure(e) {
    if (e instanceof InputFileError)
        return e.message;
    const code = e.code;
    return code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`;
}
function shownPath(given, resolved, workspace) {
    if (!workspace)
        return `'${given}'`;
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, resolved);
    const outside = rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel);
    return outside ? `'${given}' (${resolved}, outside GITHUB_WORKSPACE)` : `'${given}'`;
}


/***/ }),

/***/ 8399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TL: () => (/* binding */ parseInputs),
  gP: () => (/* binding */ parseRole)
});

// UNUSED EXPORTS: INPUTS, INPUT_NAMES, deriveSessionName

// EXTERNAL MODULE: ./src/failure/failure.ts
var failure = __webpack_require__(4592);
// EXTERNAL MODULE: ./src/inputs/files.ts
var files = __webpack_require__(3622);
;// CONCATENATED MODULE: ./src/inputs/table.ts
const BOOLEAN = 'true or false (any case).';
const LIMITS = {
    roleArnChars: { min: 20, max: 2048 },
    sessionPolicyChars: 2048,
    managedPolicies: 10
};
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
        allowed: `a role ARN arn:<partition>:iam::<12-digit account>:role/<optional path/>name, name of 1-64 characters of [A-Za-z0-9_+=,.@-], ${LIMITS.roleArnChars.min}-${LIMITS.roleArnChars.max} characters in all.`,
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
        allowed: `a JSON policy object of at most ${LIMITS.sessionPolicyChars} characters once minified (it is sent minified).`,
        description: 'A session policy that further restricts the session.',
        incumbent: { verdict: 'different', why: 'checked (a JSON object, at most 2048 characters) before any call.' }
    },
    {
        name: 'managed-session-policies',
        kind: 'list',
        required: false,
        allowed: `at most ${LIMITS.managedPolicies} policy ARNs arn:<partition>:iam::<account or aws>:policy/<name>, by newlines or commas.`,
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
            why: "the source must be temporary credentials (ASIA… with a session token) from the AWS_* variables or the static keys of the profile AWS_PROFILE names; long-lived IAM user keys are refused. A profile that gets its credentials by a network call or a process (role_arn/source_profile, credential_source, web_identity_token_file, credential_process, sso_*, login) is deliberately refused, not run (source-profile-unsupported): the source is read locally only. Session tags: GitHub, Repository, Workflow, Action, Actor, Commit, Branch (not the incumbent's optional EventName, BaseRef, HeadRef, RunId, Job, TriggeringActor)."
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
const INPUTS = TABLE;

// EXTERNAL MODULE: ./src/inputs/tags.ts
var tags = __webpack_require__(4480);
;// CONCATENATED MODULE: ./src/inputs/unknown.ts


const inputEnvName = (name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
const DECLARED = new Set(INPUTS.map((i) => inputEnvName(i.name)));
function refuseUnknownInputs(env) {
    const unknown = Object.keys(env)
        .filter((key) => key.startsWith('INPUT_') && !DECLARED.has(key))
        .sort();
    if (unknown.length === 0)
        return;
    const named = unknown.map(describeUnknown);
    throw new failure/* Failure */.HR('invalid-input', `Unknown input${unknown.length === 1 ? '' : 's'} ${named.join('; ')} This action does not declare ` +
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

// EXTERNAL MODULE: ./src/policy/parse.ts + 1 modules
var parse = __webpack_require__(7860);
;// CONCATENATED MODULE: ./src/inputs/index.ts







const INPUT_NAMES = INPUTS.map((i) => i.name);
const SPECS = new Map(INPUTS.map((i) => [i.name, i]));
const STATIC_KEY_INPUTS = INPUTS.filter((i) => i.kind === 'refused').map((i) => i.name);
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-[a-z]|aws-eusc):iam::(\d{12}):role(\/(?:[\u0021-\u007e]+\/)?)([\w+=,.@-]{1,64})$/;
const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const PROFILE_NAME = /^[^\s[\]/\\\p{Cc}]+$/u;
const NO_PROXY_ENTRY = /^[\w.*:[\]-]+$/;
const POLICY_ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-[a-z]|aws-eusc):iam::(\d{12}|aws):policy\/[\u0021-\u007e]+$/;
const ACCOUNT_ID = /^\d{12}$/;
const MAX_TOKEN_CHARS = 20000;
const MAX_TOKEN_FILE_BYTES = MAX_TOKEN_CHARS + 1024;
const CHAINED_MAX_SECONDS = 3600;
function parseInputs(src) {
    refuseUnknownInputs(src.env);
    refuseStaticKeys(src);
    const role = parseRole(src.get('role-to-assume'));
    const retryDisabled = parseBoolean(src, 'disable-retry');
    const skipTagging = parseBoolean(src, 'role-skip-session-tagging');
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
        outputEnvCredentials: parseBoolean(src, 'output-env-credentials', awsProfile === undefined),
        maskAccountId: parseBoolean(src, 'mask-aws-account-id'),
        allowedAccountIds: parseAccountIds(src.get('allowed-account-ids')),
        stsEndpoint: parseEndpoint(src.get('sts-endpoint')),
        printClaims: parseBoolean(src, 'print-claims'),
        redactClaims: splitList(src.get('redact-claims')),
        trustPolicy: readTrustPolicy(src),
        dryRun: parseBoolean(src, 'dry-run'),
        retryMaxAttempts: retryDisabled ? 1 : parseInteger(src, 'retry-max-attempts'),
        actionTimeoutMs: parseInteger(src, 'action-timeout-s') * 1000,
        roleChaining: parseBoolean(src, 'role-chaining'),
        roleExternalId: parseExternalId(src.get('role-external-id')),
        awsProfile,
        overwriteAwsProfile: parseBoolean(src, 'overwrite-aws-profile'),
        roleSkipSessionTagging: skipTagging,
        transitiveTagKeys: (0,tags/* parseTagKeys */.Wy)('transitive-tag-keys', splitList(src.get('transitive-tag-keys'))),
        customTags: (0,tags/* parseCustomTags */.ib)(src.get('custom-tags'), skipTagging ? 0 : (0,tags/* runTagCount */.fj)(src.env)),
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
function checkCombinations(c, src) {
    if (c.roleChaining && c.durationSeconds > CHAINED_MAX_SECONDS)
        throw (0,failure/* invalidInput */.aY)('role-duration-seconds', `${c.durationSeconds} is more than a chained session may last. Allowed with role-chaining: at most ${CHAINED_MAX_SECONDS} (STS limits a session assumed with role chaining to one hour).`);
    if (c.forceSkipOidc && !c.roleChaining)
        throw (0,failure/* invalidInput */.aY)('force-skip-oidc', 'true is allowed only with role-chaining: true. Without it, skipping OIDC would leave static keys or ambient credentials, which this action never uses.');
    if (c.unsetCurrentCredentials && c.roleChaining)
        throw (0,failure/* invalidInput */.aY)('unset-current-credentials', 'true cannot be combined with role-chaining: true: it would remove the credentials the chained role is assumed with.');
    if (c.roleChaining && c.trustPolicy)
        throw (0,failure/* invalidInput */.aY)('trust-policy', "is evaluated against the ID token's claims, and a chained step has no token (role-chaining: true). Remove it from this step.");
    if (c.roleChaining && c.tokenFromFile)
        throw (0,failure/* invalidInput */.aY)('web-identity-token-file', 'cannot be combined with role-chaining: true: a chained role is assumed with the credentials in the environment, so the token would be ignored. Remove one of them.');
    if (!c.roleChaining) {
        const chainingOnly = ['role-external-id', 'custom-tags', 'transitive-tag-keys'].find((n) => src.get(n) !== '');
        if (chainingOnly)
            throw (0,failure/* invalidInput */.aY)(chainingOnly, 'is sent only with sts:AssumeRole (role-chaining: true). AssumeRoleWithWebIdentity takes no external id or session tags (its tags come from the token), so the value would be ignored.');
    }
}
function refuseStaticKeys(src) {
    const given = STATIC_KEY_INPUTS.filter((name) => src.get(name) !== '');
    if (given.length > 0) {
        throw (0,failure/* invalidInput */.aY)(given[0], 'static AWS keys are not accepted. This action only federates through OIDC, so no long-lived secret has to live in the repository; remove ' +
            given.join(', ') +
            ' and give role-to-assume.');
    }
}
function parseRole(raw) {
    if (raw === '')
        throw (0,failure/* invalidInput */.aY)('role-to-assume', 'is required: the full ARN of the role, e.g. arn:aws:iam::123456789012:role/deploy.');
    const m = ROLE_ARN.exec(raw);
    const { min, max } = LIMITS.roleArnChars;
    if (!m || raw.length < min || raw.length > max)
        throw refuse('role-to-assume', `'${raw}' is not a role ARN.`);
    return { arn: raw, partition: m[1], account: m[2], path: m[3], name: m[4] };
}
function parseRegion(src) {
    const given = src.get('aws-region');
    const region = given || src.env.AWS_REGION || src.env.AWS_DEFAULT_REGION || '';
    if (region === '')
        throw (0,failure/* invalidInput */.aY)('aws-region', 'is required (or set AWS_REGION / AWS_DEFAULT_REGION), e.g. eu-west-1.');
    if (!REGION.test(region)) {
        const from = given ? '' : ' (from the environment)';
        throw refuse('aws-region', `'${region}'${from} is not a region name.`);
    }
    return region;
}
function parseAudience(raw) {
    if (raw === '')
        throw (0,failure/* invalidInput */.aY)('audience', 'must not be empty; AWS expects sts.amazonaws.com unless the provider lists another client ID.');
    return raw;
}
function parseSessionName(src) {
    const given = src.get('role-session-name');
    if (given === '')
        return deriveSessionName(src.env);
    if (!SESSION_NAME.test(given)) {
        throw refuse('role-session-name', `'${given}' is not allowed.`);
    }
    return given;
}
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
function refuse(name, reason) {
    return (0,failure/* invalidInput */.aY)(name, `${reason} Allowed: ${spec(name).allowed}`);
}
function parseBoolean(src, name, fallback) {
    const raw = src.get(name) || spec(name).default || '';
    if (raw === '')
        return fallback ?? false;
    if (/^true$/i.test(raw))
        return true;
    if (/^false$/i.test(raw))
        return false;
    throw (0,failure/* invalidInput */.aY)(name, `'${raw}' is not a boolean. Allowed: ${spec(name).allowed}`);
}
function parseInteger(src, name) {
    const s = spec(name);
    const raw = src.get(name) || s.default || '';
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    const inRange = (n >= (s.min ?? 0) && n <= (s.max ?? Infinity)) || (n === 0 && s.zeroMeans !== undefined);
    if (!inRange)
        throw (0,failure/* invalidInput */.aY)(name, `'${raw}' is not allowed. Allowed: ${s.allowed}`);
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
        throw refuse('inline-session-policy', 'is not valid JSON.');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        throw (0,failure/* invalidInput */.aY)('inline-session-policy', 'must be a JSON object (a policy document with Version and Statement).');
    }
    const minified = JSON.stringify(doc);
    if (minified.length > LIMITS.sessionPolicyChars)
        throw refuse('inline-session-policy', `is ${minified.length} characters once minified.`);
    return minified;
}
function parseManagedPolicies(raw) {
    const arns = splitList(raw);
    if (arns.length > LIMITS.managedPolicies)
        throw refuse('managed-session-policies', `lists ${arns.length} policies.`);
    const bad = arns.find((a) => !POLICY_ARN.test(a));
    if (bad !== undefined)
        throw refuse('managed-session-policies', `'${bad}' is not a policy ARN.`);
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
        throw (0,failure/* invalidInput */.aY)('web-identity-token-file', `${(0,files/* shownPath */.pS)(given, path, src.env.GITHUB_WORKSPACE)} ${(0,files/* readFailure */.f1)(e)}. Allowed: a readable file (relative to GITHUB_WORKSPACE) holding one JWT of at most ${MAX_TOKEN_CHARS} characters.`);
    }
    if (token === '')
        throw (0,failure/* invalidInput */.aY)('web-identity-token-file', `'${given}' is empty. Allowed: a file holding one JWT.`);
    if (token.length > MAX_TOKEN_CHARS)
        throw (0,failure/* invalidInput */.aY)('web-identity-token-file', `'${given}' holds ${token.length} characters. Allowed: at most ${MAX_TOKEN_CHARS}.`);
    return { path, token };
}
function parseAccountIds(raw) {
    const ids = splitList(raw);
    const bad = ids.find((id) => !ACCOUNT_ID.test(id));
    if (bad !== undefined)
        throw refuse('allowed-account-ids', `'${bad}' is not an account id.`);
    return ids;
}
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
        throw refuse('sts-endpoint', `'${raw}' is not an endpoint URL.`);
    return raw;
}
function readTrustPolicy(src) {
    const given = src.get('trust-policy');
    if (given === '')
        return undefined;
    const inline = /^(\{|%7B)/i.test(given);
    let text = given;
    const path = inline ? '' : src.resolvePath(given);
    const shown = inline ? 'the inline policy' : (0,files/* shownPath */.pS)(given, path, src.env.GITHUB_WORKSPACE);
    if (!inline) {
        try {
            text = src.readFile(path, files/* MAX_POLICY_FILE_BYTES */.ph);
        }
        catch (e) {
            throw (0,failure/* invalidInput */.aY)('trust-policy', `${shown} ${(0,files/* readFailure */.f1)(e)}. Allowed: inline policy JSON, or a path relative to GITHUB_WORKSPACE.`);
        }
    }
    try {
        return { policy: (0,parse/* parseTrustPolicy */.G)(text), source: inline ? 'the trust-policy input' : given };
    }
    catch (e) {
        throw (0,failure/* invalidInput */.aY)('trust-policy', `${shown} is not a trust policy: ${e.message} Allowed: the role's trust policy JSON, or the output of aws iam get-role.`);
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
        throw (0,failure/* invalidInput */.aY)('role-external-id', `is not allowed. Allowed: ${spec('role-external-id').allowed}`);
    return raw;
}
function parseProfile(raw) {
    if (raw === '')
        return undefined;
    if (!PROFILE_NAME.test(raw))
        throw (0,failure/* invalidInput */.aY)('aws-profile', `'${raw}' is not allowed. Allowed: ${spec('aws-profile').allowed}`);
    return raw;
}
function parseProxy(raw) {
    if (raw === '')
        return undefined;
    const url = httpUrl(raw);
    if (!url || url.hostname === '')
        throw (0,failure/* invalidInput */.aY)('http-proxy', `is not a proxy URL (not shown: it may hold a password). Allowed: ${spec('http-proxy').allowed}`);
    return raw;
}
function parseNoProxy(raw) {
    const hosts = splitList(raw);
    if (hosts.length === 0)
        return undefined;
    const bad = hosts.find((h) => !NO_PROXY_ENTRY.test(h));
    if (bad !== undefined)
        throw (0,failure/* invalidInput */.aY)('no-proxy', `'${bad}' is not a host. Allowed: ${spec('no-proxy').allowed}`);
    return hosts.join(',');
}


/***/ }),

/***/ 4480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ MAX_TAG_VALUE),
/* harmony export */   Wy: () => (/* binding */ parseTagKeys),
/* harmony export */   fj: () => (/* binding */ runTagCount),
/* harmony export */   ib: () => (/* binding */ parseCustomTags),
/* harmony export */   kc: () => (/* binding */ RUN_TAGS)
/* harmony export */ });
/* unused harmony exports TAG_CHARACTERS, MAX_TAGS, RESERVED_TAG_KEYS */
/* harmony import */ var _failure_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4592);

const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const MAX_TAG_VALUE = 256;
const MAX_TAGS = 50;
const RUN_TAGS = [
    ['Repository', 'GITHUB_REPOSITORY'],
    ['Workflow', 'GITHUB_WORKFLOW'],
    ['Action', 'GITHUB_ACTION'],
    ['Actor', 'GITHUB_ACTOR'],
    ['Commit', 'GITHUB_SHA'],
    ['Branch', 'GITHUB_REF']
];
const RESERVED_TAG_KEYS = ['GitHub', ...RUN_TAGS.map(([key]) => key)];
function runTagCount(env) {
    return 1 + RUN_TAGS.filter(([, variable]) => env[variable]).length;
}
const MAX_TAG_KEY = 128;
const RESERVED_PREFIX = /^aws:/i;
const KEY_RULE = `1-${MAX_TAG_KEY} characters of letters, digits, spaces and _.:/=+-@, not starting with aws:`;
function parseCustomTags(raw, runTags) {
    if (raw === '')
        return {};
    let doc;
    try {
        doc = JSON.parse(raw);
    }
    catch {
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('custom-tags', 'is not valid JSON. Allowed: a JSON object such as {"Team": "payments"}.');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('custom-tags', 'must be a JSON object of tag keys to string values, such as {"Team": "payments"}.');
    const entries = Object.entries(doc);
    if (entries.length > MAX_TAGS)
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('custom-tags', `has ${entries.length} tags. Allowed: at most ${MAX_TAGS} (an STS limit).`);
    checkKeys('custom-tags', entries.map(([k]) => k));
    const reserved = new Set(RESERVED_TAG_KEYS.map((key) => key.toLowerCase()));
    const clash = entries.find(([key]) => reserved.has(key.toLowerCase()))?.[0];
    if (clash !== undefined)
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('custom-tags', `the key '${clash}' is set by this action from the run (${RESERVED_TAG_KEYS.join(', ')}); choose another key.`);
    if (entries.length + runTags > MAX_TAGS)
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('custom-tags', `makes ${entries.length + runTags} session tags with the run's own. Allowed: at most ${MAX_TAGS}.`);
    const tags = {};
    for (const [key, value] of entries) {
        if (typeof value !== 'string')
            throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('custom-tags', `the value of '${key}' is not a string. Allowed: string values only.`);
        if (!TAG_CHARACTERS.test(value) || [...value].length > MAX_TAG_VALUE)
            throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('custom-tags', `the value of '${key}' is not allowed. Allowed: 0-${MAX_TAG_VALUE} characters of letters, digits, spaces and _.:/=+-@.`);
        tags[key] = value;
    }
    return tags;
}
function parseTagKeys(name, keys) {
    if (keys.length > MAX_TAGS)
        throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(name, `lists ${keys.length} keys. Allowed: at most ${MAX_TAGS} (an STS limit).`);
    checkKeys(name, keys);
    return keys;
}
function checkKeys(name, keys) {
    const seen = new Set();
    for (const key of keys) {
        const length = [...key].length;
        if (!TAG_CHARACTERS.test(key) || length < 1 || length > MAX_TAG_KEY || RESERVED_PREFIX.test(key))
            throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(name, `the tag key '${key}' is not allowed. Allowed: ${KEY_RULE}.`);
        if (seen.has(key.toLowerCase()))
            throw (0,_failure_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(name, `the tag key '${key}' is given twice (tag keys are case-insensitive).`);
        seen.add(key.toLowerCase());
    }
}


/***/ }),

/***/ 8078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   Lb: () => (/* binding */ linesSafe),
/* harmony export */   Vk: () => (/* binding */ markdownSafe),
/* harmony export */   eV: () => (/* binding */ pad),
/* harmony export */   sN: () => (/* binding */ logSafe),
/* harmony export */   yJ: () => (/* binding */ jsonLogSafe)
/* harmony export */ });
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]/gu;
const SHORT = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function visibleEscape(c) {
    const code = c.codePointAt(0) ?? 0;
    if (SHORT[c])
        return SHORT[c];
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
const LEGACY_COMMAND = '##[';
const LEADING_COMMAND = /^([\s\u0085]*)::/;
function logSafe(value) {
    const visible = value.replace(HIDDEN, visibleEscape);
    return visible.split(LEGACY_COMMAND).join('##\\[').replace(LEADING_COMMAND, '$1\\::');
}
function jsonLogSafe(value, indent) {
    const json = JSON.stringify(value, null, indent).replace(HIDDEN, (c) => (c === '\n' ? c : jsonEscape(c)));
    return json.split(LEGACY_COMMAND).join('##\\u005b');
}
function jsonEscape(c) {
    return Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
}
function linesSafe(text) {
    return text.split('\n').map(logSafe).join('\n');
}
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function markdownSafe(value) {
    return logSafe(value).replace(/[&<>"']|[|\\`*_[\]{}#+!~]/g, (c) => HTML[c] ?? `\\${c}`);
}
function markdownCode(value) {
    const text = logSafe(value).replace(/\|/g, '\\|');
    if (text === '')
        return '';
    const longestRun = (text.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
    const fence = '`'.repeat(longestRun + 1);
    const padding = /^[`\s]|[`\s]$/.test(text) ? ' ' : '';
    return `${fence}${padding}${text}${padding}${fence}`;
}
const pad = (s, width) => (s.length >= width ? s : s + ' '.repeat(width - s.length));


/***/ }),

/***/ 1968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rM: () => (/* binding */ PACKAGE_NAME),
  Bw: () => (/* binding */ REPOSITORY),
  xv: () => (/* binding */ VERSION),
  WN: () => (/* binding */ npxCommand)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"UU":"aws-oidc-credentials","rE":"1.0.0","Jk":{"O":"git+https://github.com/aws-oidc-credentials/aws-oidc-credentials.git"}}');
;// CONCATENATED MODULE: ./src/output/version.ts

const PACKAGE_NAME = package_namespaceObject.UU;
const VERSION = package_namespaceObject.rE;
const REPOSITORY = /github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(package_namespaceObject.Jk.O)?.[1] ?? '';
function npxCommand(args) {
    return `npx ${PACKAGE_NAME}@${VERSION} ${args}`;
}


/***/ }),

/***/ 7860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ PolicyParseError),
  G: () => (/* binding */ parseTrustPolicy)
});

;// CONCATENATED MODULE: ./src/output/json-error.ts
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
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
function scanScalar(text, i) {
    const literal = LITERALS.find((l) => text.startsWith(l, i));
    if (literal)
        return i + literal.length;
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    return m && m[0] !== '' && m[0] !== '-' ? i + m[0].length : -1;
}
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

class PolicyParseError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PolicyParseError';
    }
}
function parseTrustPolicy(text) {
    const root = parseJson(text, 'the input');
    if (!isObject(root))
        throw new PolicyParseError(`the input is JSON but not an object (got ${kind(root)})`);
    const policy = normalisePolicy(unwrapRole(root));
    const role = roleOf(root);
    if (role)
        policy.role = role;
    return policy;
}
function roleOf(root) {
    const holder = isObject(root.Role) ? root.Role : root;
    if (!('AssumeRolePolicyDocument' in holder))
        return undefined;
    const role = {};
    if (typeof holder.Arn === 'string')
        role.arn = holder.Arn;
    if (typeof holder.RoleName === 'string')
        role.name = holder.RoleName;
    return role.arn || role.name ? role : undefined;
}
function parseJson(text, what) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new PolicyParseError(`${what} is empty`);
    try {
        return JSON.parse(trimmed);
    }
    catch {
        if (!/^[{[]/.test(trimmed) && /%[0-9a-f]{2}/i.test(trimmed))
            return JSON.parse(decodeOrThrow(trimmed, what));
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
function unwrapRole(root) {
    let holder = root;
    if ('Role' in root) {
        if (!isObject(root.Role))
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
    if (!isObject(doc))
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
    if (!isObject(raw))
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
    if (!isObject(raw))
        throw new PolicyParseError(`${where} must be "*" or an object like {"Federated": "arn:..."}`);
    const values = {};
    for (const [type, v] of Object.entries(raw))
        values[type] = stringList(v, `${where}.${type}`);
    const wildcard = Object.values(values).some((list) => list.includes('*'));
    return { wildcard, values };
}
function normaliseConditions(raw, where) {
    if (!isObject(raw))
        throw new PolicyParseError(`${where} must be an object of operators`);
    const out = [];
    for (const [operator, block] of Object.entries(raw)) {
        if (!isObject(block))
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
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function kind(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}


/***/ })

};
;