"use strict";
exports.id = 71;
exports.ids = [71];
exports.modules = {

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
// EXTERNAL MODULE: ./src/output/version.ts
var version = __webpack_require__(4361);
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

/***/ 6940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ jsonErrorPlace)
/* harmony export */ });
/* unused harmony export jsonErrorOffset */
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


/***/ }),

/***/ 2745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ parseTrustPolicy),
/* harmony export */   y: () => (/* binding */ PolicyParseError)
/* harmony export */ });
/* harmony import */ var _output_json_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6940);

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
        throw new PolicyParseError(`${what} is not JSON (${(0,_output_json_error_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonErrorPlace */ .A)(text)})`);
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
        throw new PolicyParseError(`${what} is URL-encoded but does not decode to JSON (${(0,_output_json_error_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonErrorPlace */ .A)(decoded)})`);
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