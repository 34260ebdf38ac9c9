/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";
var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 7286:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ action_run)
});

// UNUSED EXPORTS: defaultDeps

// NAMESPACE OBJECT: ./node_modules/@actions/core/lib/platform.js
var platform_namespaceObject = {};
__nccwpck_require__.r(platform_namespaceObject);
__nccwpck_require__.d(platform_namespaceObject, {
  arch: () => (arch),
  getDetails: () => (getDetails),
  isLinux: () => (isLinux),
  isMacOS: () => (isMacOS),
  isWindows: () => (isWindows),
  platform: () => (platform)
});

// NAMESPACE OBJECT: ./node_modules/@actions/core/lib/core.js
var core_namespaceObject = {};
__nccwpck_require__.r(core_namespaceObject);
__nccwpck_require__.d(core_namespaceObject, {
  ExitCode: () => (ExitCode),
  addPath: () => (addPath),
  debug: () => (debug),
  endGroup: () => (endGroup),
  error: () => (error),
  exportVariable: () => (exportVariable),
  getBooleanInput: () => (getBooleanInput),
  getIDToken: () => (getIDToken),
  getInput: () => (getInput),
  getMultilineInput: () => (getMultilineInput),
  getState: () => (getState),
  group: () => (group),
  info: () => (info),
  isDebug: () => (isDebug),
  markdownSummary: () => (markdownSummary),
  notice: () => (notice),
  platform: () => (platform_namespaceObject),
  saveState: () => (saveState),
  setCommandEcho: () => (setCommandEcho),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  startGroup: () => (startGroup),
  summary: () => (summary),
  toPlatformPath: () => (toPlatformPath),
  toPosixPath: () => (toPosixPath),
  toWin32Path: () => (toWin32Path),
  warning: () => (warning)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = require("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./src/bundle/undici.ts
// Stands in for `undici` in the bundle only (tsconfig.json "paths"; the tests load the real one).
// @actions/http-client imports ProxyAgent from undici at its top level for getAgentDispatcher(),
// the fetch dispatcher Octokit uses behind a proxy. This action never builds one: it calls
// GitHub's token endpoint through HttpClient (its own tunnel agent honours the proxy variables)
// and STS through the SDK. Without this, ~0.9 MB of undici would be compiled and evaluated on
// every run; a caller that does need the dispatcher gets this error instead of a silent no-op.
class ProxyAgent {
    constructor() {
        throw new Error('undici is not bundled with this action: @actions/http-client getAgentDispatcher() is unavailable (see src/bundle/undici.ts)');
    }
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = _summary;
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, external_path_.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./src/bundle/exec.ts
const load = () => __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 1260));
async function exec(commandLine, args, options) {
    return (await load()).exec(commandLine, args, options);
}
async function getExecOutput(commandLine, args, options) {
    return (await load()).getExecOutput(commandLine, args, options);
}

;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = require("node:timers/promises");
;// CONCATENATED MODULE: ./src/exit.ts
// How the action's process ends. Normally on its own: once nothing is pending, Node exits after
// stdout and stderr have reached the runner's pipe. process.exit() would drop what is still
// queued (masks, the ::error annotation, the diagnosis), so it is used only when a stalled
// request has been abandoned and would otherwise keep the process alive.
/** Resolves once everything written so far to `stream` has been handed to the operating system. */
function drained(stream) {
    return new Promise((resolve) => {
        stream.write('', () => resolve());
    });
}
/** Ends the process after stdout and stderr have drained; process.exitCode is kept. */
async function exitAfterDrain() {
    await Promise.all([drained(process.stdout), drained(process.stderr)]);
    process.exit();
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/input-files.ts
// Files named by inputs (web-identity-token-file, trust-policy) are read bounded: only regular
// files, and at most a given size. /dev/zero would grow memory without bound, and a FIFO would
// block the step forever: a synchronous read cannot be cut short by action-timeout-s, so the
// read must end quickly by construction (no waiting on a writer, a small regular file only).


/**
 * A trust policy file: IAM stores at most 4,096 characters (get-role output adds a little), but
 * generated test policies run to thousands of statements; 1 MiB holds those and stays cheap.
 */
const MAX_POLICY_FILE_BYTES = 1024 * 1024;
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
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw new InputFileError('ENOTREG', `is ${kindOf(st)}, not a regular file`);
        const tooLarge = () => new InputFileError('EFBIG', `is larger than ${maxBytes} bytes, the most this input reads`);
        if (st.size > maxBytes)
            throw tooLarge();
        const buffer = Buffer.alloc(maxBytes + 1);
        let length = 0;
        while (length < buffer.length) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
            if (n === 0)
                break;
            length += n;
        }
        if (length > maxBytes)
            throw tooLarge();
        return buffer.toString('utf8', 0, length);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Why an input file could not be read, as words for an error message. */
function readFailure(e) {
    if (e instanceof InputFileError)
        return e.message;
    const code = e.code;
    return code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`;
}
/** `'given'`, plus where it resolves when that is outside the workspace (`../../etc/passwd`). */
function shownPath(given, resolved, workspace) {
    if (!workspace)
        return `'${given}'`;
    const rel = (0,external_node_path_.relative)(workspace, resolved);
    const outside = rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || (0,external_node_path_.isAbsolute)(rel);
    return outside ? `'${given}' (${resolved}, outside GITHUB_WORKSPACE)` : `'${given}'`;
}

;// CONCATENATED MODULE: ./src/errors.ts
/** A classified failure: the one kind of error the report prints. */
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

;// CONCATENATED MODULE: ./src/chain-tags.ts
// Session tags for sts:AssumeRole: who ran what, readable in CloudTrail and usable in policies
// (aws:PrincipalTag/Repository ...). Values come from the runner's environment and are made
// to fit what STS accepts; a custom tag must not impersonate one of ours.

/** The characters STS accepts in a tag key or value (letters, digits, spaces and _.:/=+-@). */
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const NOT_TAG_CHARACTER = /[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu;
const MAX_TAG_VALUE = 256;
const MAX_TAGS = 50;
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
    return [...value.replace(NOT_TAG_CHARACTER, '_')].slice(0, MAX_TAG_VALUE).join('');
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
    if (tags.length > MAX_TAGS)
        throw invalidInput('custom-tags', `makes ${tags.length} session tags with the run's own. Allowed: at most ${MAX_TAGS}.`);
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

;// CONCATENATED MODULE: ./src/chain.ts
// Assume stage for role chaining: the sts:AssumeRole request for role-to-assume, built from the
// inputs, the run's session tags and the source credentials it is signed with.

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
function logSafe(value) {
    const visible = value.replace(HIDDEN, visibleEscape);
    return visible.split(LEGACY_COMMAND).join('##\\[').replace(LEADING_COMMAND, '$1\\::');
}
/**
 * JSON text that is log-safe and still parses to the same value: what logSafe would change is
 * written as JSON escapes instead (hidden characters as \uXXXX, the `[` of `##[` as \u005b),
 * so logSafe (linesSafe when indented) leaves the result as it is. For the claims line in the
 * log and the CLI's --json output.
 */
function jsonLogSafe(value, indent) {
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
    return text.split('\n').map(logSafe).join('\n');
}
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for a markdown table cell or paragraph of the job summary: HTML and markdown neutralised in one pass. */
function markdownSafe(value) {
    return logSafe(value).replace(/[&<>"']|[|\\`*_[\]{}#+!~]/g, (c) => HTML[c] ?? `\\${c}`);
}
/**
 * Untrusted text as a markdown code span for a table cell: nothing inside a code span is markup,
 * HTML or an autolink (a bare URL, e-mail address or @mention in a claim value stays plain text).
 * The fence is longer than any run of backticks in the text; `|` is escaped as GFM tables need.
 */
function markdownCode(value) {
    const text = logSafe(value).replace(/\|/g, '\\|');
    if (text === '')
        return '';
    const longestRun = (text.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
    const fence = '`'.repeat(longestRun + 1);
    const padding = /^[`\s]|[`\s]$/.test(text) ? ' ' : '';
    return `${fence}${padding}${text}${padding}${fence}`;
}
/** Fits a string into a fixed-width column for aligned log tables. */
const pad = (s, width) => (s.length >= width ? s : s + ' '.repeat(width - s.length));

;// CONCATENATED MODULE: ./src/claims.ts
// Stage 3: decode the token (never verify — STS does that) and present its claims safely.



function decodeToken(token, from) {
    try {
        return { header: decodeProtectedHeader(token), claims: decodeJwt(token) };
    }
    catch (e) {
        const parts = token.split('.').length;
        throw new Failure('invalid-token', `The ${from === 'file' ? 'token file' : 'ID token'} is not a decodable JWT.`, {
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
/** What the log shows instead of a value named in redact-claims. */
const REDACTED = '***';
const TIMES = ['exp', 'iat', 'nbf'];
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
        const iso = isoTime(value);
        if (name !== 'exp' || iso === INVALID_TIME)
            return `${value} (${iso})`;
        const left = Math.round(value - nowMs / 1000);
        return `${value} (${iso}, ${left >= 0 ? `expires in ${left} s` : `expired ${-left} s ago`})`;
    }
    return showValue(value);
}
const INVALID_TIME = 'not a representable time';
/** A NumericDate (seconds) as ISO 8601; a signed token may carry any number, e.g. 1e20. */
function isoTime(seconds) {
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

;// CONCATENATED MODULE: ./src/cleanup-state.ts
const CLEANUP_STATE = 'cleanup';
function encodeCleanup(c) {
    return JSON.stringify(c);
}
/** The saved state, or an empty cleanup when there is none or it is not ours. */
function decodeCleanup(raw) {
    const empty = { variables: [], sections: [] };
    if (raw === '')
        return empty;
    try {
        const c = JSON.parse(raw);
        const variables = Array.isArray(c.variables) ? c.variables.filter((v) => /^[A-Z_][A-Z0-9_]*$/.test(String(v))) : [];
        const sections = Array.isArray(c.sections)
            ? c.sections.filter((s) => typeof s?.file === 'string' && typeof s.header === 'string' && typeof s.digest === 'string')
            : [];
        return { variables, sections };
    }
    catch {
        return empty;
    }
}

;// CONCATENATED MODULE: ./src/diagnosis/error-facts.ts
// The facts of a thrown error that classification reads — never `instanceof`:
// a bundle can hold two copies of an SDK exception class.
function errorFacts(e) {
    const err = (typeof e === 'object' && e !== null ? e : { message: String(e) });
    const meta = (err.$metadata ?? {});
    const response = (err.$response ?? {});
    const status = numberOr(meta.httpStatusCode) ?? numberOr(response.statusCode) ?? numberOr(err.statusCode);
    const cause = (err.cause ?? {});
    return {
        name: String(err.name ?? 'Error'),
        code: String(err.Code ?? err.code ?? cause.code ?? ''),
        message: String(err.message ?? ''),
        status,
        requestId: typeof meta.requestId === 'string' ? meta.requestId : undefined
    };
}
function numberOr(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
const NETWORK_CODES = /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ESOCKETTIMEDOUT|EPIPE|ECONNABORTED|EHOSTUNREACH|ENETUNREACH|EPROTO|UND_ERR_\w+|ERR_SOCKET\w*|CERT_\w+|UNABLE_TO_\w+|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)$/;
function isNetworkError(f) {
    return (NETWORK_CODES.test(f.code) ||
        f.name === 'TimeoutError' ||
        /socket hang up|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT/.test(f.message));
}
/** The HTTP status @actions/core's getIDToken hides inside its message text. */
function idTokenStatus(message) {
    const m = /Error Code : (\d{3})/.exec(message);
    return m ? Number(m[1]) : undefined;
}
/** The error as evidence, named after whoever answered: STS in the stages that call it. */
function errorSaid(f, stage) {
    const who = stage === undefined || STS_STAGES.includes(stage) ? 'STS' : 'error';
    return `${who}: ${f.name}${f.status ? ` (HTTP ${f.status})` : ''}: ${f.message}`;
}
const STS_STAGES = ['assume', 'verify'];
/** What STS answered, as an evidence line. */
const stsSaid = (f) => errorSaid(f, 'assume');

;// CONCATENATED MODULE: ./src/diagnosis/chaining.ts
// Role chaining's failures (sts:AssumeRole signed with the source credentials): which code an
// error gets, and the evidence of this run. AWS names the caller and the target in its denial.

/** `User: CALLER is not authorized to perform: ACTION on resource: RESOURCE` */
const NOT_AUTHORIZED = /User: (\S+) is not authorized to perform: (\S+) on resource: (\S+)/;
const SOURCE_REFUSED = /security token included in the request is (expired|invalid)/i;
/** The code of an AssumeRole failure, or undefined when the error is not one. */
function chainingCode(f, stage) {
    if (stage !== 'assume')
        return undefined;
    const denial = NOT_AUTHORIZED.exec(f.message);
    if (denial?.[2] === 'sts:AssumeRole')
        return { code: 'assume-role-denied' };
    if (denial?.[2] === 'sts:TagSession')
        return { code: 'tag-session-denied' };
    if (/session limit for roles assumed by role chaining/.test(f.message))
        return { code: 'session-duration-exceeded' };
    if (/^(ExpiredToken|InvalidClientTokenId)$/.test(f.name.replace(/Exception$/, '')) && SOURCE_REFUSED.test(f.message))
        return { code: 'source-credentials-expired' };
    return undefined;
}
function denialOf(f) {
    const m = NOT_AUTHORIZED.exec(f.message);
    return m ? { caller: m[1], action: m[2], resource: m[3] } : undefined;
}
/** arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION -> arn:aws:iam::ACCOUNT:role/ROLE (a path is not shown by STS) */
function roleArnOfSession(sessionArn) {
    const m = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(sessionArn);
    return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}
function trustStatement(principal, actions, externalId) {
    const statement = {
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: actions.length === 1 ? actions[0] : actions
    };
    if (externalId)
        statement.Condition = { StringEquals: { 'sts:ExternalId': '<the role-external-id value>' } };
    return JSON.stringify(statement, null, 2);
}
function assumeRoleDenied(f, ctx) {
    const d = denialOf(f);
    const target = d?.resource ?? ctx.config?.role.arn ?? '(unknown)';
    const sourceRole = d ? roleArnOfSession(d.caller) : undefined;
    return {
        message: `The trust policy of ${target} does not allow ${d?.caller ?? 'the source session'} to assume it.`,
        evidence: [
            `caller (the source credentials): ${d?.caller ?? '(not named)'}`,
            ...(sourceRole ? [`its role: ${sourceRole} (Principal.AWS names the role, not the session)`] : []),
            `target role: ${target}`,
            `role-external-id: ${externalIdState(ctx)}`,
            'a wrong or missing role-external-id, or a target role that does not exist, gets the same answer from AWS',
            stsSaid(f)
        ],
        fix: [
            `allow ${sourceRole ?? 'the source role'} in the trust policy of ${target} (statement below)`,
            ctx.config?.roleExternalId
                ? 'check role-external-id: it must equal the sts:ExternalId the trust policy expects'
                : 'if the trust policy has an sts:ExternalId condition, set role-external-id to its value',
            `let the source role's permissions policy allow sts:AssumeRole on ${target}`
        ],
        snippets: [
            {
                title: 'a trust policy statement for the target role',
                body: trustStatement(sourceRole ?? '<source role ARN>', ['sts:AssumeRole', 'sts:TagSession'], !!ctx.config?.roleExternalId)
            }
        ]
    };
}
/** Whether an external id was sent; not its value (it is the target owner's shared secret of sorts). */
function externalIdState(ctx) {
    const id = ctx.config?.roleExternalId;
    return id ? `given (${id.length} characters)` : 'not given';
}
function tagSessionDenied(f, ctx) {
    const d = denialOf(f);
    const sourceRole = d ? roleArnOfSession(d.caller) : undefined;
    return {
        message: `The trust policy of ${d?.resource ?? 'the target role'} allows sts:AssumeRole but not sts:TagSession, ` +
            'and this step sends session tags.',
        evidence: [
            `caller (the source credentials): ${d?.caller ?? '(not named)'}`,
            `target role: ${d?.resource ?? '(not named)'}`,
            `session tags sent: GitHub and the run's (see the "Session tags" line above)${customTagKeys(ctx)}`,
            stsSaid(f)
        ],
        fix: [
            `add sts:TagSession to the Action of the statement that allows ${sourceRole ?? 'the source role'} (below)`,
            'or set role-skip-session-tagging: true (the session then carries no GitHub tags)'
        ],
        snippets: [
            {
                title: 'the statement with sts:TagSession',
                body: trustStatement(sourceRole ?? '<source role ARN>', ['sts:AssumeRole', 'sts:TagSession'], false)
            }
        ]
    };
}
function customTagKeys(ctx) {
    const keys = Object.keys(ctx.config?.customTags ?? {});
    return keys.length > 0 ? `, custom-tags: ${keys.join(', ')}` : '';
}
function sourceCredentialsExpired(f) {
    const expired = /expired/i.test(f.message);
    return {
        message: expired
            ? 'AWS refused the source credentials as expired: the session they belong to has ended.'
            : 'AWS does not know the source credentials: they were revoked, or changed by a step in between.',
        evidence: [stsSaid(f)]
    };
}
const CHAINING_BUILDERS = {
    'assume-role-denied': assumeRoleDenied,
    'tag-session-denied': tagSessionDenied,
    'source-credentials-expired': sourceCredentialsExpired
};

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
function parseTrustPolicy(text) {
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
function providerArnFor(iss, account, partition = 'aws') {
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
const SAFER_FORMS = 'prefer a protected environment subject (repo:OWNER/REPO:environment:NAME with required reviewers), a separate read-only role for pull requests, or an added repository_id / job_workflow_ref condition';
/**
 * One sentence when `value` (under `operator`) admits unreviewed code: a pull_request subject, a
 * pattern that covers one, every repository of an owner, or everything. undefined otherwise.
 */
function subjectRisk(operator, value) {
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
    const risks = scoped.map((c) => c.values.map((v) => subjectRisk(c.operator, v)).find((r) => r !== undefined));
    if (risks.every((r) => r !== undefined))
        return `${name}: ${risks[0]}; ${SAFER_FORMS}.`;
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








;// CONCATENATED MODULE: ./src/diagnosis/redact.ts
// redact-claims holds everywhere the action writes: a redacted claim's value is replaced by
// *** in any text built from the token (diagnosis, evaluation lines, suggestions, summary).
// Shorter values (a run_attempt of "1") would blank unrelated text; the claim rows and the
// per-condition lines hide those values by name instead.
const MIN_SCRUBBED_LENGTH = 3;
/** A function that replaces every redacted claim's value (and its string parts) with ***. */
function redactor(claims, redact) {
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
function analyzeSubject(sub, claims) {
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
function explainForm(a) {
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
function narrowestSubject(sub, a) {
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

function suggestTrustPolicy(s) {
    const prefix = issuerPrefix(s.iss);
    const providerArn = providerArnFor(s.iss, s.account, s.partition);
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
function subjectLabel(sub) {
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
    const needed = providerArnFor(iss, d.role?.account ?? '<account>', d.role?.partition ?? 'aws');
    const analysis = sub ? analyzeSubject(sub, claims) : undefined;
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
            evidence.push(...explainForm(analysis).slice(-2));
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
    const chosen = narrowestSubject(sub, a);
    const input = { iss, aud, account: role.account, partition: role.partition, sub: chosen };
    const s = suggestTrustPolicy(input);
    const risk = subjectRisk(chosen.operator, chosen.value);
    const forWhom = a.form.kind === 'pull_request' ? 'for a separate read-only pull-request role' : 'for a new role';
    const title = `${forWhom}, a minimal trust policy allowing ${subjectLabel(chosen)}${risk ? ` — ⚠ ${risk}` : ''}`;
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
    const reason = a.immutable ? explainForm(a).slice(-3)[0] : explainForm(a)[0];
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
                `or ${add(sub)} — ⚠ then code from any pull request branch of ${repo}, not yet reviewed, can assume this role; ${SAFER_FORMS}`
            ];
        case 'environment':
            return [
                `${add(sub)}; protect the environment '${f.environment}' (required reviewers, deployment branches) so only reviewed code reaches this role`
            ];
        case 'tag': {
            const pattern = narrowestSubject(sub, a).value;
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
        const form = x.analysis.form.kind === 'branch' ? [] : explainForm(x.analysis).slice(0, 1);
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
    const risk = c.expected.map((v) => subjectRisk('StringLike', v)).find((r) => r !== undefined);
    return risk ? ` — ⚠ as a pattern, ${risk}; ${SAFER_FORMS}` : '';
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);

;// CONCATENATED MODULE: ./src/diagnosis/explain.ts
// The evidence of *this* run for each code: what a user needs to act without reading anything else.







const redactOf = (ctx) => ctx.config?.redactClaims ?? [];
const claim = (ctx, name) => ctx.claims ? claimText(ctx.claims, name, redactOf(ctx)) : '(token not decoded)';
const BUILDERS = {
    'trust-policy-denied': trustPolicyDenied,
    'audience-mismatch': (f, ctx) => {
        const aud = ctx.claims?.aud;
        const many = Array.isArray(aud) && aud.length > 1;
        const fromGitHub = isGitHubIssuer(String(ctx.claims?.iss ?? ''));
        const expected = ctx.config?.role.partition === 'aws-cn' ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com';
        const requested = ctx.config?.audience ?? '';
        const singleFix = [
            ...(requested === expected
                ? []
                : [
                    `request the audience the provider is made for: set the input audience: ${expected} (or remove it; ${expected} is the default)`
                ]),
            `or add ${claim(ctx, 'aud')} to the provider's client IDs — ⚠ riskier: AWS would then accept tokens minted for that audience (for other services too):  aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn ${providerArn(ctx)} --client-id ${claim(ctx, 'aud')}`
        ];
        return {
            message: many
                ? `The token carries ${aud.length} audiences; AWS needs exactly one that the IAM OIDC provider lists.`
                : `The token's audience ${claim(ctx, 'aud')} is not a client ID of the IAM OIDC provider for ${claim(ctx, 'iss')}${requested && requested !== expected ? ` (the audience input asks for ${requested}; AWS expects ${expected})` : ''}.`,
            evidence: [`token aud: ${claim(ctx, 'aud')}`, `audience input: ${requested || '(unknown)'}`, stsSaid(f)],
            causes: many
                ? [severalAudiences(fromGitHub).cause]
                : [`the audience input (${requested || '?'}) differs from the provider's client ID list`],
            fix: many
                ? [`request a token with the single audience ${expected}${severalAudiences(fromGitHub).how(expected)}`]
                : singleFix.map((x, i) => (i === 0 ? x.replace(/^or /, '') : x))
        };
    },
    'oidc-provider-not-found': (f, ctx) => {
        const iss = String(ctx.claims?.iss ?? '');
        const url = iss || '<issuer>';
        return {
            message: `The role's account ${ctx.config?.role.account ?? ''} has no IAM OIDC provider for the issuer ${url}.`,
            evidence: [
                `token iss: ${claim(ctx, 'iss')}`,
                `role account: ${ctx.config?.role.account ?? '(unknown)'}`,
                `the policy's Principal.Federated must be ${providerArn(ctx)}`,
                stsSaid(f)
            ],
            fix: ["create it in the role's account (the provider and the role must be in the same account):"],
            snippets: [
                {
                    title: 'create the provider',
                    body: `aws iam create-open-id-connect-provider --url ${url} --client-id-list ${ctx.config?.audience ?? 'sts.amazonaws.com'}`
                }
            ]
        };
    },
    'token-expired': (f, ctx) => {
        const t = tokenTimes(ctx.claims ?? {});
        const now = Math.floor(ctx.nowMs / 1000);
        // IAM accepts a token up to five minutes past exp: only beyond that is it expired for AWS
        const validForAws = t.exp !== undefined && t.exp + CLOCK_SKEW_ALLOWANCE_S > now;
        return {
            message: validForAws
                ? "STS saw the token as expired, but by the runner clock it is not: the runner clock is behind AWS's."
                : 'STS saw the token after its expiry (exp).',
            evidence: [...timeEvidence(t, ctx.nowMs), stsSaid(f)],
            // a token still valid by the runner clock rules out waiting and stale files
            causes: validForAws
                ? []
                : ['a long wait or retries between requesting and using the token', 'a token file that is not refreshed'],
            fix: validForAws
                ? [
                    `synchronise the runner clock with AWS's (chrony, systemd-timesyncd): by it the token is still within exp + ${CLOCK_SKEW_ALLOWANCE_S} s`
                ]
                : ['re-run: the token is requested afresh', 'for a token file, make sure whatever writes it refreshes it']
        };
    },
    'session-duration-exceeded': (f, ctx) => ({
        message: `role-duration-seconds ${ctx.config?.durationSeconds ?? '?'} is above the role's maximum session duration.`,
        evidence: [`requested: ${ctx.config?.durationSeconds ?? '?'} s`, stsSaid(f)],
        fix: [
            "lower role-duration-seconds to at most the role's maximum (3600 unless raised)",
            `or raise the role's maximum: aws iam update-role --role-name ${ctx.config?.role.name ?? 'ROLE'} --max-session-duration ${ctx.config?.durationSeconds ?? 'SECONDS'}`
        ]
    }),
    'clock-skew': (f, ctx) => {
        const t = tokenTimes(ctx.claims ?? {});
        const tokenClock = /used before issued/i.test(f.message);
        // the token's times ahead of the runner clock too: the issuer's (or file writer's) clock is the one off
        const issuerAhead = futureTimes(t, ctx.nowMs).length > 0;
        if (!tokenClock) {
            return {
                message: "AWS rejected the request signature as too old or too new: the runner clock differs from AWS's by more than 15 minutes.",
                evidence: [runnerClock(ctx.nowMs), stsSaid(f)],
                causes: ['a self-hosted runner without time synchronisation'],
                fix: ["synchronise the runner's clock (chrony, systemd-timesyncd)"]
            };
        }
        const writer = 'the host that issued or wrote the token';
        return {
            message: "STS refused the token as used before issued: its nbf/iat lies ahead of AWS's clock, so a clock is off.",
            evidence: [...timeEvidence(t, ctx.nowMs), stsSaid(f)],
            // the token's times against the runner clock tell which clock is off: nothing else is left open
            causes: [],
            fix: [
                issuerAhead
                    ? `synchronise the clock of ${writer} (chrony, systemd-timesyncd): its times are ahead of the runner clock too`
                    : "synchronise the runner's clock (chrony, systemd-timesyncd): the token's times are fine by it, so it is behind AWS's"
            ]
        };
    },
    'id-token-request-failed': (f) => {
        const status = idTokenStatus(f.message);
        return {
            message: `GitHub's ID-token endpoint refused the request${status ? ` with HTTP ${status}` : ''}.`,
            evidence: [`getIDToken: ${oneLine(f.message)}`],
            fix: status && status < 500
                ? ['the request token was refused: re-run the job; a very long job can outlive its request token']
                : []
        };
    },
    'network-error': (f, ctx) => {
        const target = ctx.stage === 'token' ? "GitHub's ID-token endpoint" : 'AWS STS';
        const proxy = f.name === 'Unknown' || /Deserialization|XML parse error/i.test(f.message);
        const timedOut = f.name === 'TimeoutError' && !/ECONNRESET|socket hang up/i.test(`${f.code} ${f.message}`);
        return {
            message: networkErrorMessage(f, target, proxy, timedOut),
            evidence: [
                `error: ${f.name}${f.code ? ` ${f.code}` : ''}${f.status ? ` HTTP ${f.status}` : ''}: ${oneLine(f.message)}`,
                ...(ctx.stage === 'token' ? [] : [`STS endpoint: ${ctx.network?.stsEndpoint ?? '(unknown)'}`]),
                `proxy: ${ctx.network?.proxy ?? 'none (no HTTPS_PROXY/HTTP_PROXY applies to the endpoint)'}`
            ]
        };
    },
    'invalid-token': (f, ctx) => {
        const iss = String(ctx.claims?.iss ?? '');
        const keys = /verification key/i.test(f.message);
        const thumbprint = /thumbprint/i.test(f.message);
        return {
            message: invalidTokenMessage(f, iss, keys, thumbprint),
            evidence: [
                `token iss: ${claim(ctx, 'iss')}`,
                ...(keys && iss
                    ? [`the keys STS fetches: ${iss.replace(/\/+$/, '')}/.well-known/openid-configuration -> jwks_uri`]
                    : []),
                stsSaid(f)
            ],
            // the token decoded and STS named the keys: a file's content is not in question
            causes: invalidTokenCauses(keys, thumbprint, iss),
            fix: invalidTokenFixes(keys, thumbprint, iss)
        };
    },
    'session-policy-invalid': (f, ctx) => ({
        message: `STS refused the session policies: ${oneLine(f.message)}`,
        evidence: [
            `inline-session-policy: ${ctx.config?.inlineSessionPolicy ? `${ctx.config.inlineSessionPolicy.length} characters (minified)` : '(none)'}`,
            `managed-session-policies: ${ctx.config?.managedSessionPolicies.length ?? 0} ARN(s)`,
            stsSaid(f)
        ]
    }),
    'region-disabled': (f, ctx) => ({
        message: `STS is not activated in ${ctx.config?.region ?? 'this region'} for the account ${ctx.config?.role.account ?? ''}.`,
        evidence: [
            `aws-region: ${ctx.config?.region ?? '(unknown)'}`,
            `STS endpoint: ${ctx.network?.stsEndpoint ?? '(unknown)'}`,
            stsSaid(f)
        ],
        fix: [
            `activate STS for ${ctx.config?.region ?? 'the region'} in the IAM console (Account settings > Security Token Service endpoints)`,
            'or set aws-region to a region where STS is active'
        ]
    }),
    'identity-mismatch': (f) => ({
        message: 'GetCallerIdentity did not accept the credentials STS had just issued, so they cannot be verified as the role.',
        evidence: [stsSaid(f)],
        fix: ['check that sts-endpoint / AWS_ENDPOINT_URL_STS point at AWS STS, not a proxy that rewrites answers']
    })
};
function networkErrorMessage(f, target, proxy, timedOut) {
    if (proxy) {
        const status = f.status ? ` (HTTP ${f.status})` : '';
        return `The answer was not from ${target}${status}: a proxy or a wrong endpoint answered with something other than STS XML.`;
    }
    if (timedOut)
        return `${target} did not answer in time.`;
    if (f.status !== undefined && f.status >= 500)
        return `${target} answered HTTP ${f.status} (a server-side failure).`;
    return `${target} could not be reached${f.code ? ` (${f.code})` : ''}.`;
}
function invalidTokenMessage(f, iss, keys, thumbprint) {
    if (keys)
        return `STS could not fetch or check the signing keys of the issuer ${iss || '(unknown)'}.`;
    if (thumbprint)
        return 'The IAM OIDC provider has a certificate thumbprint that no longer matches the issuer.';
    return `STS did not accept the token: ${oneLine(f.message)}`;
}
function explain(code, f, ctx) {
    const build = BUILDERS[code] ?? CHAINING_BUILDERS[code];
    const built = build ? build(f, ctx) : { message: oneLine(f.message) || f.name, evidence: [errorSaid(f, ctx.stage)] };
    return redactExplanation(built, redactor(ctx.claims ?? {}, redactOf(ctx)));
}
/** redact-claims holds in every line of a diagnosis, whatever built it. */
function redactExplanation(e, scrub) {
    const out = { ...e, message: scrub(e.message) };
    if (e.evidence)
        out.evidence = e.evidence.map(scrub);
    if (e.fix)
        out.fix = e.fix.map(scrub);
    if (e.causes)
        out.causes = e.causes.map(scrub);
    if (e.snippets)
        out.snippets = e.snippets.map((x) => ({ ...x, title: scrub(x.title), body: scrub(x.body) }));
    return out;
}
/** A token with several audiences: only a non-GitHub token gets the Kubernetes explanation. */
function severalAudiences(fromGitHub) {
    if (fromGitHub)
        return { cause: 'the token was requested with several audiences', how: () => '' };
    return {
        cause: 'a token issued with several audiences (Kubernetes issues one per API server by default)',
        how: (aud) => ` (Kubernetes: a projected serviceAccountToken volume with audience: ${aud})`
    };
}
/** Named keys or a thumbprint rule out the file-content causes; otherwise the catalogue's list stands. */
function invalidTokenCauses(keys, thumbprint, iss) {
    if (keys)
        return [keysCause(iss)];
    return thumbprint ? [] : undefined;
}
function invalidTokenFixes(keys, thumbprint, iss) {
    if (keys && isGitHubIssuer(iss))
        return ["re-run: for GitHub's issuer this is a passing failure to fetch its keys"];
    if (keys) {
        return [
            "make the issuer's /.well-known/openid-configuration and JWKS reachable from the internet, answering within a few seconds"
        ];
    }
    if (thumbprint) {
        return [
            "GitHub's certificate is validated against trusted CAs now: update or remove the provider's thumbprint list"
        ];
    }
    return [];
}
function keysCause(iss) {
    return isGitHubIssuer(iss)
        ? "a passing failure of AWS to fetch GitHub's signing keys"
        : 'the issuer (GHES, a cluster) is not reachable from AWS, or answers too slowly';
}
function providerArn(ctx) {
    const iss = String(ctx.claims?.iss ?? 'https://token.actions.githubusercontent.com');
    return providerArnFor(iss, ctx.config?.role.account ?? '<account>', ctx.config?.role.partition ?? 'aws');
}
function trustPolicyDenied(f, ctx) {
    const role = ctx.config?.role;
    return explainDenial({
        claims: ctx.claims ?? {},
        role: role && { account: role.account, partition: role.partition, name: role.name, path: role.path },
        redact: redactOf(ctx),
        evaluation: ctx.evaluation,
        stsSaid: stsSaid(f)
    });
}
/** The token's exp/iat/nbf and the runner's clock, each on its line. */
function timeEvidence(t, nowMs) {
    const now = Math.floor(nowMs / 1000);
    const rel = (v) => (v >= now ? `${v - now} s from now` : `${now - v} s ago`);
    const line = (name) => t[name] === undefined
        ? `token ${name}: (absent)`
        : `token ${name}: ${t[name]} (${isoTime(t[name])}), ${rel(t[name])} by the runner clock`;
    return [line('exp'), line('iat'), ...(t.nbf === undefined ? [] : [line('nbf')]), runnerClock(nowMs)];
}
const runnerClock = (nowMs) => `runner clock: ${new Date(nowMs).toISOString()}`;
function oneLine(s) {
    return s.replace(/\s*\n\s*/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/diagnosis/classify.ts
// errors -> classify: any thrown error becomes a Failure with a code from the catalogue.




function classify(e, ctx) {
    if (isFailure(e))
        return e.details.stage ? e : new Failure(e.code, e.message, { ...e.details, stage: ctx.stage });
    const facts = errorFacts(e);
    const { code, retryable } = codeFor(facts, ctx.stage);
    const built = explain(code, facts, ctx);
    return new Failure(code, built.message, {
        ...built,
        stage: ctx.stage,
        requestId: facts.requestId,
        retryable,
        original: { name: facts.name, message: facts.message }
    });
}
function codeFor(f, stage) {
    if (stage === 'token')
        return tokenCode(f);
    const chained = chainingCode(f, stage);
    if (chained)
        return chained;
    const name = f.name.replace(/Exception$/, '');
    const code = f.code.replace(/Exception$/, '');
    const is = (...names) => names.includes(name) || names.includes(code);
    if (is('AccessDenied'))
        return { code: stage === 'assume' ? 'trust-policy-denied' : 'unknown' };
    if (is('InvalidIdentityToken')) {
        if (/No OpenIDConnect provider found/i.test(f.message))
            return { code: 'oidc-provider-not-found' };
        // the token's nbf/iat lies ahead of AWS's clock: a clock problem, not a bad token
        if (/used before issued/i.test(f.message))
            return { code: 'clock-skew' };
        if (/audience/i.test(f.message))
            return { code: 'audience-mismatch' };
        return { code: 'invalid-token' };
    }
    if (is('IDPRejectedClaim'))
        return { code: 'invalid-token' };
    if (is('ExpiredToken'))
        return { code: stage === 'assume' ? 'token-expired' : 'clock-skew' };
    if (is('IDPCommunicationError'))
        return { code: 'idp-communication-error' };
    // Only a signature refused for its time says the clock is off; any other mismatch is not understood.
    if (/Signature expired|Signature not yet current/i.test(f.message))
        return { code: 'clock-skew' };
    // IAM is eventually consistent: brand-new keys can be unknown for a moment.
    if (is('InvalidClientTokenId'))
        return { code: 'identity-mismatch', retryable: stage === 'verify' };
    if (is('ValidationError'))
        return { code: /MaxSessionDuration/i.test(f.message) ? 'session-duration-exceeded' : 'invalid-input' };
    if (is('MalformedPolicyDocument', 'PackedPolicyTooLarge'))
        return { code: 'session-policy-invalid' };
    if (is('RegionDisabled'))
        return { code: 'region-disabled' };
    if (is('Throttling', 'TooManyRequests', 'RequestLimitExceeded', 'ThrottlingException'))
        return { code: 'throttled' };
    if (isNetworkError(f))
        return { code: 'network-error' };
    // Not an AWS answer at all (a proxy's page) or a 5xx: the request may succeed later.
    if (name === 'Unknown' ||
        /Deserialization error|XML parse error|char \d+|Unexpected (token|end)|non-whitespace/i.test(f.message))
        return { code: 'network-error' };
    if (f.status !== undefined && f.status >= 500)
        return { code: 'network-error' };
    if (is('InternalFailure', 'ServiceUnavailable', 'InternalError'))
        return { code: 'network-error' };
    return { code: 'unknown' };
}
/** getIDToken's errors are plain Errors: the message carries the HTTP status, if any. */
function tokenCode(f) {
    if (/Unable to get ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(f.message))
        return { code: 'missing-id-token-permission' };
    const status = idTokenStatus(f.message);
    if (status !== undefined)
        return { code: 'id-token-request-failed', retryable: status >= 500 || status === 429 };
    if (isNetworkError(f))
        return { code: 'network-error' };
    if (/do not have ID Token field/.test(f.message))
        return { code: 'id-token-request-failed', retryable: true };
    return { code: 'id-token-request-failed', retryable: false };
}

;// CONCATENATED MODULE: ./src/diagnosis/catalogue.ts
// The diagnosis catalogue: one entry per stable code. This is data — the
// report, the README table and docs/TROUBLESHOOTING.md are all checked against it.
const CODES = [
    'invalid-input',
    'not-a-runner',
    'missing-id-token-permission',
    'fork-pull-request',
    'id-token-request-failed',
    'invalid-token',
    'oidc-provider-not-found',
    'audience-mismatch',
    'trust-policy-denied',
    'source-credentials-missing',
    'source-credentials-long-lived',
    'source-credentials-expired',
    'assume-role-denied',
    'tag-session-denied',
    'token-expired',
    'idp-communication-error',
    'session-duration-exceeded',
    'session-policy-invalid',
    'region-disabled',
    'throttled',
    'network-error',
    'identity-mismatch',
    'account-not-allowed',
    'clock-skew',
    'unknown'
];
/** Each code's section in docs/TROUBLESHOOTING.md is headed by the code itself. */
function withAnchors(entries) {
    return Object.fromEntries(CODES.map((code) => [code, { ...entries[code], anchor: code }]));
}
const CATALOGUE = withAnchors({
    'invalid-input': {
        title: 'An input is invalid',
        meaning: 'An input of the step is missing or not of the allowed form; nothing was sent to GitHub or AWS.',
        causes: [
            "a typo or a wrong value in the step's `with:` block",
            'an expression that evaluated to an empty or unexpected value',
            'static keys given to an action that only federates through OIDC'
        ],
        fix: ['correct the input named in the message to the allowed form it states'],
        retryable: false
    },
    'not-a-runner': {
        title: 'Not running on a GitHub Actions runner',
        meaning: 'GITHUB_ACTIONS is not `true` and the ID-token request variables are missing: the step runs outside GitHub Actions, where no ID token exists.',
        causes: [
            'the action was started by hand or by a local tool, not by a workflow job',
            'a container or script started by the job dropped the runner environment'
        ],
        fix: [
            'to try it locally, run it against the emulator: npm start, npm run local-action or npm run emulator',
            'or pass a token you already have with web-identity-token-file',
            'on GitHub, run the step in a job with `permissions: id-token: write`'
        ],
        retryable: false
    },
    'missing-id-token-permission': {
        title: 'The job may not request an ID token',
        meaning: 'The runner did not provide ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN, which it only does for jobs with `permissions: id-token: write`.',
        causes: [
            'the workflow or job has no `permissions: id-token: write`',
            'a `permissions:` block lists other scopes, which drops id-token to none',
            'a reusable workflow is called from another organisation: the caller must grant the permission'
        ],
        fix: [
            'add `permissions: { id-token: write, contents: read }` to the job (or the workflow)',
            "for a reusable workflow, grant it in the calling workflow's job"
        ],
        retryable: false
    },
    'fork-pull-request': {
        title: 'Pull requests from forks cannot get an ID token',
        meaning: 'GitHub withholds ID tokens from pull requests opened from forks (and from Dependabot runs), whatever the permissions say.',
        causes: [
            'the workflow runs on `pull_request` and the head repository is a fork',
            'the run was started by Dependabot'
        ],
        fix: [
            'skip this step for fork pull requests (`if: github.event.pull_request.head.repo.full_name == github.repository`)',
            'deploy from `push` or `workflow_run` instead of from fork pull requests'
        ],
        retryable: false
    },
    'id-token-request-failed': {
        title: 'GitHub did not issue the ID token',
        meaning: "The request to GitHub's ID-token endpoint failed.",
        causes: [
            'a GitHub outage (5xx, retried)',
            'the request token expired (very long jobs)',
            'a proxy between the runner and GitHub'
        ],
        fix: [
            're-run the job; check githubstatus.com for Actions incidents',
            'on self-hosted runners, check the proxy settings for the token endpoint'
        ],
        retryable: true
    },
    'invalid-token': {
        title: 'The token is not a usable JWT',
        meaning: 'The web identity token could not be decoded, or STS rejected its signature or form.',
        causes: [
            'the token file holds something other than a JWT (an access token, a file with several lines)',
            "the issuer's signing keys could not be fetched or did not match (GHES behind a firewall)",
            'a legacy thumbprint on the IAM OIDC provider that no longer matches'
        ],
        fix: [
            'point web-identity-token-file at a file that holds only the JWT',
            "make the issuer's /.well-known/jwks reachable from AWS"
        ],
        retryable: false
    },
    'oidc-provider-not-found': {
        title: "No IAM OIDC provider for this issuer in the role's account",
        meaning: "The role's account has no IAM OIDC identity provider whose URL equals the token's `iss`.",
        causes: [
            'the provider was never created in this account',
            'the provider exists in another account than the role',
            'the issuer differs (enterprise-specific issuer, GHE.com, GHES)'
        ],
        fix: ["create the provider in the role's account for the exact issuer URL (command below)"],
        retryable: false
    },
    'audience-mismatch': {
        title: "The token's audience is not registered on the provider",
        meaning: 'STS answered "Incorrect token audience": the token\'s `aud` is not a client ID of the IAM OIDC provider, or the token carries several audiences.',
        causes: [
            "the `audience` input differs from the provider's client ID list",
            'a Kubernetes/other token with several audiences'
        ],
        fix: [
            "request `sts.amazonaws.com` (the default), or add the audience to the provider's client IDs",
            'request a token with exactly one audience'
        ],
        retryable: false
    },
    'trust-policy-denied': {
        title: "The role's trust policy does not allow this token",
        meaning: 'STS answered "Not authorized to perform sts:AssumeRoleWithWebIdentity": no Allow statement of the role\'s trust policy matches this token (or a Deny does).',
        causes: [
            "the policy's `sub` condition does not match this run's subject (pull request, environment, tag, immutable subject, custom template)",
            "the `aud` condition differs from the token's audience",
            'Principal.Federated names another provider or account',
            'the role does not exist, or the ARN names another account (AWS answers the same)',
            'case differs: IAM string matching is case-sensitive'
        ],
        fix: [
            "compare the token's `sub` below with the policy, and allow this subject (minimal policy below)",
            "check the role ARN's account and name"
        ],
        retryable: false
    },
    'source-credentials-missing': {
        title: 'role-chaining found no credentials to chain from',
        meaning: 'role-chaining: true assumes the role with the credentials already in the environment, and there were none; nothing was sent to AWS and no ID token was requested.',
        causes: [
            'no earlier step of this action in the job (or it ran with output-env-credentials: false)',
            'the earlier step wrote a profile (aws-profile) but AWS_PROFILE does not name it',
            'role-chaining set on the first step, where OIDC was meant'
        ],
        fix: [
            'run this action once without role-chaining first, then again with role-chaining: true',
            'or set AWS_PROFILE to the profile an earlier step wrote'
        ],
        retryable: false
    },
    'source-credentials-long-lived': {
        title: 'The source credentials are long-lived keys',
        meaning: 'role-chaining only chains from temporary credentials (an ASIA… key id with a session token); long-lived IAM user keys are refused and were not used.',
        causes: [
            'static keys stored as repository secrets and exported in the job',
            'a self-hosted runner whose environment holds an IAM user key'
        ],
        fix: [
            'remove the static keys; get temporary credentials with an earlier OIDC step of this action and chain from those'
        ],
        retryable: false
    },
    'source-credentials-expired': {
        title: 'The source credentials are no longer valid',
        meaning: 'AWS refused the credentials role-chaining signed with: they expired (or were revoked or garbled) before this step ran.',
        causes: [
            'the earlier step ran longer ago than its role-duration-seconds',
            'the session was revoked, or its variables were changed by another step'
        ],
        fix: [
            'get the source credentials right before this step, or with a longer role-duration-seconds',
            'or make sure no step in between overwrites AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN'
        ],
        retryable: false
    },
    'assume-role-denied': {
        title: "The target role's trust policy does not allow the source session",
        meaning: "STS answered AccessDenied for sts:AssumeRole: no Allow statement of the target role's trust policy names the source role or its account with these conditions.",
        causes: [
            "the target's trust policy does not name the source role (Principal.AWS) or its account",
            'a wrong or missing role-external-id (AWS answers the same AccessDenied)',
            "the source role's own permissions policy does not allow sts:AssumeRole on the target",
            'the target role does not exist, or the ARN names another account (AWS answers the same)'
        ],
        fix: [
            "allow the source role in the target's trust policy (snippet below), with the external id it expects",
            'check role-to-assume and role-external-id'
        ],
        retryable: false
    },
    'tag-session-denied': {
        title: "The target role's trust policy does not allow session tags",
        meaning: "STS answered AccessDenied for sts:TagSession: the step sends session tags, and the target's trust policy does not allow sts:TagSession for the source.",
        causes: ["the trust policy's statement for the source lists sts:AssumeRole but not sts:TagSession"],
        fix: [
            "add sts:TagSession to the Action of the target's trust policy statement for the source",
            'or set role-skip-session-tagging: true'
        ],
        retryable: false
    },
    'token-expired': {
        title: 'The ID token expired before STS saw it',
        meaning: 'STS rejected the token because its `exp` had passed.',
        causes: [
            'a long wait or retries between requesting and using the token',
            'a token file that is not refreshed',
            'the runner clock is far off'
        ],
        fix: [
            'request the token right before this step (a new run does)',
            'refresh the token file (projected tokens rotate)'
        ],
        retryable: false
    },
    'idp-communication-error': {
        title: 'STS could not reach the identity provider',
        meaning: "STS could not fetch the issuer's OIDC configuration or keys in time.",
        causes: ['a passing outage of the issuer', 'a GHES/self-hosted issuer not reachable from AWS'],
        fix: ["re-run; persistent failures mean the issuer's /.well-known endpoints are not reachable from the internet"],
        retryable: true
    },
    'session-duration-exceeded': {
        title: "The session duration is above the role's maximum",
        meaning: "role-duration-seconds exceeds the role's MaxSessionDuration.",
        causes: ["role-duration-seconds was raised without raising the role's maximum (default 1 hour)"],
        fix: [
            'lower role-duration-seconds',
            "or raise the role's maximum: aws iam update-role --role-name ROLE --max-session-duration SECONDS"
        ],
        retryable: false
    },
    'session-policy-invalid': {
        title: 'The session policy is invalid or too large',
        meaning: 'STS refused inline-session-policy or managed-session-policies.',
        causes: ['a policy that is not valid IAM policy JSON', 'policies that pack beyond the allowed size'],
        fix: ['validate the policy (IAM Access Analyzer)', 'shorten it or use fewer managed policies'],
        retryable: false
    },
    'region-disabled': {
        title: 'STS is not activated in this region',
        meaning: 'The account has the regional STS endpoint of this region deactivated.',
        causes: ['an opt-in region, or STS deactivated in IAM account settings'],
        fix: ['activate STS for the region (IAM > Account settings)', 'or use another aws-region'],
        retryable: false
    },
    throttled: {
        title: 'STS throttled the request',
        meaning: "STS answered Throttling (rate exceeded) on every attempt until the step's time budget ran out.",
        causes: ['many parallel jobs assuming roles in one account'],
        fix: ['raise action-timeout-s (throttling is retried until it runs out), or stagger matrix jobs'],
        retryable: true
    },
    'network-error': {
        title: 'The network call failed',
        meaning: 'A call to STS or GitHub did not get a usable answer: refused, reset, timed out, or a non-AWS answer such as a proxy page.',
        causes: [
            'a proxy or firewall between the runner and AWS',
            'a wrong sts-endpoint or AWS_ENDPOINT_URL_STS',
            'DNS failure',
            'a stalled connection (timed out)'
        ],
        fix: ['check HTTPS_PROXY/NO_PROXY and the endpoint', 're-run if it was a passing outage'],
        retryable: true
    },
    'identity-mismatch': {
        title: 'The credentials belong to another identity',
        meaning: 'GetCallerIdentity returned an account or ARN other than the role that was asked for; nothing was exported.',
        causes: [
            'an STS endpoint that is not AWS (a misconfigured sts-endpoint or proxy)',
            'ambient credentials shadowing the new ones'
        ],
        fix: ['check sts-endpoint / AWS_ENDPOINT_URL_STS and any proxy'],
        retryable: false
    },
    'account-not-allowed': {
        title: 'The account is not in allowed-account-ids',
        meaning: 'The verified account is not one of allowed-account-ids; nothing was exported.',
        causes: [
            'a role ARN that points at another account (copy-paste between environments)',
            'allowed-account-ids out of date'
        ],
        fix: ['use a role in an allowed account, or update allowed-account-ids'],
        retryable: false
    },
    'clock-skew': {
        title: 'The runner clock is off',
        meaning: "AWS refused a time: the request signature (the runner's clock differs from AWS's by more than 15 minutes), or the token's nbf/iat lying ahead of AWS's clock (\"Token used before issued\").",
        causes: [
            'a self-hosted runner without time synchronisation',
            'a token file written by a host whose clock is ahead (its nbf/iat lie in the future)'
        ],
        fix: ['synchronise the runner clock (chrony/systemd-timesyncd)'],
        retryable: false
    },
    unknown: {
        title: 'An unexpected failure',
        meaning: 'Nothing in the catalogue matched; the stage, the error and the AWS request id are shown.',
        causes: ['a failure this action does not know yet'],
        fix: ['open an issue with this block (it holds no secret)'],
        retryable: false
    }
});

;// CONCATENATED MODULE: ./src/diagnosis/report.ts


/** The troubleshooting section for `code`, in the copy of the action this step runs. */
function docsUrl(code, env) {
    const anchor = CATALOGUE[code].anchor;
    const repo = env.GITHUB_ACTION_REPOSITORY;
    const ref = env.GITHUB_ACTION_REF || 'main';
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    return repo ? `${server}/${repo}/blob/${ref}/docs/TROUBLESHOOTING.md#${anchor}` : `docs/TROUBLESHOOTING.md#${anchor}`;
}
/** The fixes of this failure, safest first: this run's own, else the catalogue's. */
function fixesOf(f) {
    return f.details.fix?.length ? f.details.fix : CATALOGUE[f.code].fix;
}
/**
 * The lines of the diagnosis block, escaped; shared by the log and the tests. This run's reason
 * and the first fix come right under the title; nothing is said twice.
 */
function reportLines(f, env) {
    const entry = CATALOGUE[f.code];
    const d = f.details;
    const [firstFix, ...moreFixes] = fixesOf(f);
    const out = [`✖ ${f.code}: ${entry.title}`, `  ${logSafe(f.message)}`];
    if (firstFix)
        out.push(`  fix:     ${logSafe(firstFix)}`);
    out.push(`  stage:   ${d.stage ?? 'unknown'}${d.requestId ? ` · AWS request id: ${logSafe(d.requestId)}` : ''}`);
    if (f.code === 'unknown' && d.original)
        out.push(`  error:   ${logSafe(d.original.name)}: ${logSafe(d.original.message)}`);
    if (d.evidence?.length)
        out.push('  evidence:', ...d.evidence.map((l) => `    - ${logSafe(l)}`));
    // this run's causes replace the generic list; an empty list means the evidence left no other
    const causes = d.causes ?? entry.causes;
    const causesTitle = d.causes ? '  other possible causes:' : '  possible causes:';
    if (causes.length)
        out.push(causesTitle, ...causes.map((c) => `    - ${logSafe(c)}`));
    if (moreFixes.length)
        out.push('  other fixes:', ...moreFixes.map((l) => `    - ${logSafe(l.replace(/^or /, ''))}`));
    for (const s of (d.snippets ?? []).filter((x) => !x.summaryOnly)) {
        out.push(`  ${logSafe(s.title)}:`, ...s.body.split('\n').map((l) => `    ${logSafe(l)}`));
    }
    if ((d.snippets ?? []).some((x) => x.summaryOnly))
        out.push('  (the job summary has the full policy and its Terraform form)');
    out.push(`  docs:    ${docsUrl(f.code, env)}`);
    return out;
}
/** The annotation: this run's reason in words, then the one-line fix. */
function annotationText(f) {
    const [fix] = fixesOf(f);
    return fix ? `${f.message} Fix: ${fix}` : f.message;
}
function report(f, core, env) {
    core.setOutput('diagnosis', f.code);
    // core.error escapes the message for the command; the title is the stable code.
    core.error(logSafe(annotationText(f)), { title: f.code });
    for (const line of reportLines(f, env))
        core.info(line);
}

;// CONCATENATED MODULE: ./src/export.ts
/** Called as soon as STS answers: nothing may print a credential before the runner masks it. */
function maskCredentials(c, core) {
    core.setSecret(c.accessKeyId);
    core.setSecret(c.secretAccessKey);
    core.setSecret(c.sessionToken);
}
/** Returns the names of the variables it exported, for the post step to blank. */
function exportCredentials(c, id, sub, config, core) {
    const exported = [];
    const exportVariable = (name, value) => {
        core.exportVariable(name, value);
        exported.push(name);
    };
    if (config.outputEnvCredentials) {
        exportVariable('AWS_ACCESS_KEY_ID', c.accessKeyId);
        exportVariable('AWS_SECRET_ACCESS_KEY', c.secretAccessKey);
        exportVariable('AWS_SESSION_TOKEN', c.sessionToken);
        exportVariable('AWS_REGION', config.region);
        exportVariable('AWS_DEFAULT_REGION', config.region);
        // as the incumbent does: with both, later steps may also name the profile
        if (config.awsProfile)
            exportVariable('AWS_PROFILE', config.awsProfile);
    }
    core.setOutput('aws-account-id', id.account);
    core.setOutput('authenticated-arn', id.arn);
    core.setOutput('subject', sub);
    core.setOutput('diagnosis', '');
    if (config.outputCredentials) {
        core.setOutput('aws-access-key-id', c.accessKeyId);
        core.setOutput('aws-secret-access-key', c.secretAccessKey);
        core.setOutput('aws-session-token', c.sessionToken);
        core.setOutput('aws-expiration', c.expiration.toISOString());
    }
    return exported;
}
/** The credential variables a later step's AWS CLI or SDK would pick up. */
const CREDENTIAL_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];
/** unset-current-credentials: blank them for later steps (and this process), whatever happens next. */
function unsetCredentials(core) {
    for (const name of CREDENTIAL_VARIABLES)
        core.exportVariable(name, '');
    core.info(`unset-current-credentials: ${CREDENTIAL_VARIABLES.join(', ')} are blank for later steps.`);
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
const INPUTS = TABLE;

;// CONCATENATED MODULE: ./src/inputs/tags.ts
// Session tags as STS accepts them, checked before any call (see the STS contract: at most 50
// tags, keys 1-128 and values 0-256 characters of letters, digits, spaces and _.:/=+-@).


const MAX_TAG_KEY = 128;
const RESERVED_PREFIX = /^aws:/i;
const KEY_RULE = `1-${MAX_TAG_KEY} characters of letters, digits, spaces and _.:/=+-@, not starting with aws:`;
function parseCustomTags(raw) {
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
function parseTagKeys(name, keys) {
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
const DECLARED = new Set(INPUTS.map((i) => inputEnvName(i.name)));
function refuseUnknownInputs(env) {
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
const INPUT_NAMES = INPUTS.map((i) => i.name);
const SPECS = new Map(INPUTS.map((i) => [i.name, i]));
const STATIC_KEY_INPUTS = INPUTS.filter((i) => i.kind === 'refused').map((i) => i.name);
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
        throw invalidInput('role-to-assume', 'is required: the full ARN of the role, e.g. arn:aws:iam::123456789012:role/deploy.');
    const m = ROLE_ARN.exec(raw);
    if (!m || raw.length < 20 || raw.length > 2048) {
        throw invalidInput('role-to-assume', `'${raw}' is not a role ARN. Allowed: arn:<partition>:iam::<12-digit account>:role/<optional path/>name, name of 1-64 characters [A-Za-z0-9_+=,.@-].`);
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

;// CONCATENATED MODULE: ./src/log-guard.ts

const log_guard_text = (m) => linesSafe(typeof m === 'string' ? m : m.toString());
function safeProperties(p) {
    if (!p)
        return p;
    return { ...p, title: p.title === undefined ? undefined : logSafe(p.title) };
}
/** The same CoreApi, with every message, group title and annotation title made log-safe (idempotently). */
function guardedCore(core) {
    return {
        ...core,
        info: (m) => core.info(log_guard_text(m)),
        debug: (m) => core.debug(log_guard_text(m)),
        startGroup: (name) => core.startGroup(log_guard_text(name)),
        notice: (m, p) => core.notice(log_guard_text(m), safeProperties(p)),
        warning: (m, p) => core.warning(log_guard_text(m), safeProperties(p)),
        error: (m, p) => core.error(log_guard_text(m), safeProperties(p))
    };
}

;// CONCATENATED MODULE: ./src/retry.ts
// Deterministic failures are never retried. Throttling is retried for as long as the time budget
// allows, with randomized waits, so a matrix spreads itself out; other transient failures a
// bounded number of times.

function isRetryable(f) {
    return f.details.retryable ?? CATALOGUE[f.code].retryable;
}
/** Equal jitter: waits between half and all of the exponential step, so a flapping service gets a pause. */
function backoffMs(attempt, b, random) {
    const step = Math.min(b.capMs, b.baseMs * 2 ** (attempt - 1));
    return Math.round(step / 2 + (random() * step) / 2);
}
/** Full jitter: anywhere up to the exponential step, which spreads jobs that were throttled together. */
function fullJitterMs(throttles, b, random) {
    return Math.round(random() * Math.min(b.capMs, b.baseMs * 2 ** (throttles - 1)));
}
/** Runs `work` until it succeeds, fails deterministically, or the policy says to stop. */
async function withRetry(work, classify, p) {
    let counted = 0;
    let throttles = 0;
    const tally = p.tally ?? { call: '', attempts: 0, throttled: 0, waitedMs: 0 };
    for (let attempt = 1;; attempt++) {
        tally.attempts = attempt;
        try {
            return await work(attempt);
        }
        catch (e) {
            const failure = classify(e);
            if (!isRetryable(failure))
                throw failure;
            const throttled = failure.code === 'throttled';
            if (throttled)
                throttles++;
            else
                counted++;
            tally.throttled = throttles;
            const delayMs = throttled
                ? fullJitterMs(throttles, p.throttleBackoff, p.random)
                : backoffMs(counted, p.backoff, p.random);
            const why = reasonToStop(p, throttled, counted, p.now() + delayMs);
            if (why) {
                failure.details.evidence = [
                    ...(failure.details.evidence ?? []),
                    `gave up after ${attempt} attempt${attempt === 1 ? '' : 's'}${throttles > 0 ? ` (${throttles} throttled)` : ''} (${why})`
                ];
                throw failure;
            }
            p.onRetry({ failure, attempt, counted, throttled, delayMs });
            tally.waitedMs += delayMs;
            await p.sleep(delayMs);
        }
    }
}
function reasonToStop(p, throttled, counted, nextStartMs) {
    if (p.maxAttempts <= 1 || (!throttled && counted >= p.maxAttempts))
        return `retry-max-attempts ${p.maxAttempts}`;
    if (p.validUntil && nextStartMs >= p.validUntil.atMs)
        return `${p.validUntil.name} would have expired`;
    const deadline = throttled ? p.throttleDeadline : p.deadline;
    if (nextStartMs + p.attemptMs > deadline.atMs)
        return `another attempt could not end within ${deadline.name}`;
    return undefined;
}
function describeAttempts(calls) {
    return calls
        .map((c) => {
        const waited = `waited ${(c.waitedMs / 1000).toFixed(1)} s`;
        const extra = c.throttled > 0 ? ` (${c.throttled} throttled, ${waited})` : ` (${waited})`;
        return `${c.call}: ${c.attempts}${c.attempts > 1 ? extra : ''}`;
    })
        .join(', ');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/profile-file.ts
// The shared AWS files (~/.aws/credentials and ~/.aws/config) edited one section at a time:
// every byte outside that section stays as it was (comments, spacing, CRLF, a missing final
// newline), so a user's other profiles are never disturbed.

/** `[name]`, `[ profile  name ]` -> the name as the AWS CLI reads it ('profile name') */
function headerName(line) {
    const m = /^\s*\[([^\]]*)\]\s*(?:[#;].*)?$/.exec(line);
    return m ? m[1].trim().split(/\s+/).join(' ') : undefined;
}
/** Lines with their line endings kept, and where each starts. */
function lines(text) {
    const out = [];
    const re = /[^\n]*\n|[^\n]+$/g;
    for (let m = re.exec(text); m !== null && m[0] !== ''; m = re.exec(text))
        out.push({ text: m[0], start: m.index });
    return out;
}
const isBlankOrComment = (line) => /^\s*(?:[#;].*)?\r?\n?$/.test(line);
/**
 * The section headed `[header]`. It ends before the next header; blank and comment lines just
 * above that header are left to it (they usually describe the next section).
 */
function findSection(text, header) {
    const all = lines(text);
    const at = all.findIndex((l) => headerName(l.text.replace(/\r?\n$/, '')) === header);
    if (at < 0)
        return undefined;
    let next = all.findIndex((l, i) => i > at && headerName(l.text.replace(/\r?\n$/, '')) !== undefined);
    if (next < 0)
        next = all.length;
    let last = next - 1;
    while (last > at && isBlankOrComment(all[last].text))
        last--;
    const end = last + 1 < all.length ? all[last + 1].start : text.length;
    return { start: all[at].start, end };
}
/** The file's own line ending: CRLF if its first line ends so. */
function lineEnding(text) {
    return /^[^\n]*\r\n/.test(text) ? '\r\n' : '\n';
}
/** `[header]` and `key = value` lines, in the file's line ending. */
function renderSection(header, values, eol) {
    return [`[${header}]`, ...values.map(([k, v]) => `${k} = ${v}`)].map((l) => l + eol).join('');
}
/** Replaces the section in place, or appends it (after a line break if the file lacks a final one). */
function putSection(text, header, rendered) {
    const found = findSection(text, header);
    if (found) {
        const before = text.slice(0, found.start);
        const after = text.slice(found.end);
        // a section that ended the file without a newline: keep it that way for what follows
        const body = found.end === text.length && !/\n$/.test(text) ? rendered.replace(/\r?\n$/, '') : rendered;
        return before + body + after;
    }
    const separator = text === '' || text.endsWith('\n') ? '' : lineEnding(text);
    return text + separator + rendered;
}
/** A fingerprint of a section's bytes (its final line break aside): state may hold it, not the keys. */
function sectionDigest(section) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(section.replace(/\r?\n$/, ''))
        .digest('hex');
}
/** Removes the section if it is still exactly what this action wrote (`digest`); else undefined. */
function profile_file_removeSection(text, header, digest) {
    const found = findSection(text, header);
    if (!found || sectionDigest(text.slice(found.start, found.end)) !== digest)
        return undefined;
    return text.slice(0, found.start) + text.slice(found.end);
}

;// CONCATENATED MODULE: ./src/profile.ts
// Sink: aws-profile writes the verified credentials to the shared credentials file and the
// region to the config file, so `aws --profile NAME` and the SDKs can use them. Only that
// profile's sections are touched, and only they are recorded for the post step to remove.






/** AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE when set, as the CLI and SDKs honour them. */
function profilePaths(env, home = (0,external_node_os_.homedir)()) {
    return {
        credentials: env.AWS_SHARED_CREDENTIALS_FILE || (0,external_node_path_.join)(home, '.aws', 'credentials'),
        config: env.AWS_CONFIG_FILE || (0,external_node_path_.join)(home, '.aws', 'config')
    };
}
/** The config file names a profile `[profile NAME]`, except `[default]`. */
function headers(name) {
    return { credentials: name, config: name === 'default' ? 'default' : `profile ${name}` };
}
/** The file's text, '' when it does not exist; symbolic links and non-files are refused. */
function readRegularFile(path) {
    const stat = lstatOrUndefined(path);
    if (!stat)
        return '';
    if (stat.isSymbolicLink())
        throw invalidInput('aws-profile', `${path} is a symbolic link; this action does not write credentials through one.`);
    if (!stat.isFile())
        throw invalidInput('aws-profile', `${path} is not a regular file.`);
    return (0,external_node_fs_.readFileSync)(path, 'utf8');
}
function lstatOrUndefined(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw invalidInput('aws-profile', `${path} cannot be read (${e.code ?? 'error'}).`);
    }
}
/** Creates the directory 0700 if missing; refuses one that is a symbolic link. */
function ensureDirectory(dir) {
    const stat = lstatOrUndefined(dir);
    if (stat?.isSymbolicLink())
        throw invalidInput('aws-profile', `${dir} is a symbolic link; this action does not write credentials through one.`);
    if (!stat)
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
}
/** Refuses, before any network call, what writeProfile would refuse later. */
function checkProfileWritable(name, overwrite, paths) {
    const h = headers(name);
    for (const [file, header] of [
        [paths.credentials, h.credentials],
        [paths.config, h.config]
    ]) {
        ensureNotLinked((0,external_node_path_.dirname)(file));
        const text = readRegularFile(file);
        if (!overwrite && findSection(text, header))
            throw invalidInput('aws-profile', `the profile '${name}' already exists in ${file}. ` +
                'Allowed: a new profile name, or overwrite-aws-profile: true to replace that profile (and only it).');
    }
}
function ensureNotLinked(dir) {
    if (lstatOrUndefined(dir)?.isSymbolicLink())
        throw invalidInput('aws-profile', `${dir} is a symbolic link; this action does not write credentials through one.`);
}
/** Writes the profile into both files and returns what it wrote, for the post step. */
function writeProfile(name, c, region, overwrite, paths) {
    checkProfileWritable(name, overwrite, paths);
    const h = headers(name);
    const credentials = [
        ['aws_access_key_id', c.accessKeyId],
        ['aws_secret_access_key', c.secretAccessKey],
        ['aws_session_token', c.sessionToken]
    ];
    return [
        putProfileSection(paths.credentials, h.credentials, credentials),
        putProfileSection(paths.config, h.config, [['region', region]])
    ];
}
function putProfileSection(file, header, values) {
    ensureDirectory((0,external_node_path_.dirname)(file));
    const before = readRegularFile(file);
    const rendered = renderSection(header, values, lineEnding(before));
    replaceFile(file, putSection(before, header, rendered));
    return { file, header, digest: sectionDigest(rendered) };
}
/** Written beside the file 0600 and renamed over it: never half a file, never through a link. */
function replaceFile(file, text) {
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), `.${(0,external_node_path_.basename)(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const fd = (0,external_node_fs_.openSync)(temp, 'wx', 0o600);
    try {
        (0,external_node_fs_.writeSync)(fd, text);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    try {
        (0,external_node_fs_.renameSync)(temp, file);
    }
    catch (e) {
        (0,external_node_fs_.unlinkSync)(temp);
        throw e;
    }
}
/**
 * The post step's undo: removes each recorded section if it is still exactly what was written.
 * Returns one line per section saying what happened; never throws.
 */
function removeWrittenSections(sections) {
    return sections.map((s) => {
        try {
            const text = readRegularFile(s.file);
            const after = removeSection(text, s.header, s.digest);
            if (after === undefined)
                return `left [${s.header}] in ${s.file}: it changed after this action wrote it`;
            replaceFile(s.file, after);
            return `removed [${s.header}] from ${s.file}`;
        }
        catch (e) {
            return `could not remove [${s.header}] from ${s.file}: ${e.message}`;
        }
    });
}

;// CONCATENATED MODULE: ./src/source-credentials.ts

/** Temporary keys (from STS) start with ASIA; long-lived IAM user keys with AKIA. */
const TEMPORARY_KEY = /^ASIA[A-Z0-9]{12,124}$/;
const source_credentials_CREDENTIAL_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];
// Loaded on the chaining path only: the plain OIDC path never pays for it.
const loadProviders = () => __nccwpck_require__.e(/* import() */ 709).then(__nccwpck_require__.bind(__nccwpck_require__, 2709));
/**
 * The environment's credentials: the AWS_* variables, else the profile AWS_PROFILE names. Both
 * are read locally; nothing here calls the network.
 */
async function findEnvironmentCredentials(env) {
    const { fromEnv, fromIni } = await loadProviders();
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
        return { ...(await fromEnv()()), from: 'the environment' };
    const profile = env.AWS_PROFILE;
    if (!profile)
        return undefined;
    try {
        return { ...(await fromIni({ profile, ignoreCache: true })()), from: `profile ${profile}` };
    }
    catch {
        return undefined;
    }
}
/** role-chaining's source: temporary credentials in the environment, masked before anything prints. */
async function readSourceCredentials(env, core, nowMs) {
    const found = await findEnvironmentCredentials(env);
    if (!found)
        throw noSource(env);
    core.setSecret(found.accessKeyId);
    core.setSecret(found.secretAccessKey);
    if (found.sessionToken)
        core.setSecret(found.sessionToken);
    if (!isTemporary(found) || !found.sessionToken)
        throw longLived(found);
    if (found.expiration && found.expiration.getTime() <= nowMs)
        throw expiredLocally(found.expiration, found.from);
    return { ...found, sessionToken: found.sessionToken };
}
/** Issued by STS: an ASIA… key id with a session token. */
function isTemporary(c) {
    return TEMPORARY_KEY.test(c.accessKeyId) && !!c.sessionToken;
}
/** Names of the credential variables, set or not: never their values. */
function variablesEvidence(env) {
    const state = (name) => `${name}: ${env[name] ? 'set' : 'not set'}`;
    return [...source_credentials_CREDENTIAL_VARIABLES.map(state), `AWS_PROFILE: ${env.AWS_PROFILE ? env.AWS_PROFILE : 'not set'}`];
}
function noSource(env) {
    return new Failure('source-credentials-missing', 'role-chaining is set, but there are no credentials in the environment to chain from. Nothing was sent to AWS.', {
        stage: 'source',
        evidence: variablesEvidence(env),
        fix: [
            'run an earlier step of this action without role-chaining (it exports AWS_ACCESS_KEY_ID, ' +
                'AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN), then this step with role-chaining: true',
            'or let the earlier step write a profile (aws-profile: NAME) and set AWS_PROFILE: NAME for this step',
            'or, if this step was meant to use OIDC, remove role-chaining (it never falls back to the ID token)'
        ],
        retryable: false
    });
}
function longLived(found) {
    const kind = TEMPORARY_KEY.test(found.accessKeyId)
        ? 'a temporary key id without a session token'
        : 'not a temporary key (ASIA…): a long-lived IAM user key';
    return new Failure('source-credentials-long-lived', `The credentials in ${found.from} are ${kind}. ` +
        'role-chaining only chains from temporary credentials; they were not used.', {
        stage: 'source',
        evidence: [
            `access key id: ${found.accessKeyId.slice(0, 4)}… ` +
                `(${found.accessKeyId.length} characters; the key itself is not shown)`,
            `session token: ${found.sessionToken ? 'present' : 'absent'}`
        ],
        fix: [
            'remove the static keys from the job (secrets such as AWS_ACCESS_KEY_ID); ' +
                'get temporary credentials with an earlier OIDC step of this action and chain from those'
        ],
        retryable: false
    });
}
function expiredLocally(expiration, from) {
    return new Failure('source-credentials-expired', `The credentials in ${from} expired at ${expiration.toISOString()}. Nothing was sent to AWS.`, {
        stage: 'source',
        evidence: [`AWS_CREDENTIAL_EXPIRATION: ${expiration.toISOString()}`],
        fix: [
            'run the step that gets the source credentials right before this one',
            'or give that step a longer role-duration-seconds'
        ],
        retryable: false
    });
}

;// CONCATENATED MODULE: ./src/source-existing.ts


/** True when the environment's credentials were verified and kept. */
async function reuseExistingCredentials(config, env, core, sts) {
    const found = await findEnvironmentCredentials(env);
    const assumeAnyway = (why) => {
        core.info(`use-existing-credentials: ${why}; assuming ${config.role.arn}.`);
        return false;
    };
    if (!found)
        return assumeAnyway('no credentials in the environment');
    core.setSecret(found.accessKeyId);
    core.setSecret(found.secretAccessKey);
    if (found.sessionToken)
        core.setSecret(found.sessionToken);
    if (!isTemporary(found))
        return assumeAnyway(`the credentials in ${found.from} are long-lived keys, never used`);
    let identity;
    try {
        identity = await sts.getCallerIdentity(found);
    }
    catch (e) {
        const name = e.name;
        return assumeAnyway(`the credentials in ${found.from} did not verify (${logSafe(name)})`);
    }
    if (config.allowedAccountIds.length > 0 && !config.allowedAccountIds.includes(identity.account))
        return assumeAnyway(`their account ${identity.account} is not in allowed-account-ids`);
    core.setOutput('aws-account-id', identity.account);
    core.setOutput('authenticated-arn', identity.arn);
    core.setOutput('diagnosis', '');
    core.info(`✔ use-existing-credentials: the credentials in ${found.from} are valid ` +
        `(${logSafe(identity.arn)}, account ${identity.account}); kept, no role assumed.`);
    return true;
}

;// CONCATENATED MODULE: external "node:diagnostics_channel"
const external_node_diagnostics_channel_namespaceObject = require("node:diagnostics_channel");
;// CONCATENATED MODULE: ./src/sts.ts



/** The proxy (without credentials) that calls to `url` go through, if any. */
function proxyFor(url, inputs) {
    const proxy = withProxyInputs(inputs, () => getProxyUrl(new URL(url)));
    return proxy ? `${proxy.protocol}//${proxy.host}` : undefined;
}
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
const NO_PROXY_VARIABLES = ['no_proxy', 'NO_PROXY'];
/**
 * Runs `decide` with the proxy inputs in place of the proxy variables, so the runner's HTTP client
 * applies its own rules (NO_PROXY, loopback) to them. Synchronous: nothing else runs meanwhile.
 */
function withProxyInputs(inputs, decide) {
    const replaced = [
        ...(inputs?.httpProxy ? PROXY_VARIABLES.map((name) => [name, inputs.httpProxy]) : []),
        ...(inputs?.noProxy ? NO_PROXY_VARIABLES.map((name) => [name, inputs.noProxy]) : [])
    ];
    const saved = replaced.map(([name]) => [name, process.env[name]]);
    try {
        for (const [name, value] of replaced)
            process.env[name] = value;
        return decide();
    }
    finally {
        for (const [name, value] of saved) {
            if (value === undefined)
                delete process.env[name];
            else
                process.env[name] = value;
        }
    }
}
const USER_AGENT = 'aws-oidc-credentials';
/**
 * A tunnelling agent for `url`. The SDK only takes an agent it can destroy (else it builds its
 * own and the proxy is silently skipped), so the tunnel gets a destroy that closes its sockets.
 */
function proxyAgent(url, inputs) {
    const agent = withProxyInputs(inputs, () => new HttpClient(USER_AGENT).getAgent(url));
    if (typeof agent.destroy !== 'function') {
        agent.destroy = () => {
            if (Array.isArray(agent.sockets))
                for (const socket of agent.sockets)
                    socket.destroy();
        };
    }
    return agent;
}
// Loaded on first use: a step refused at its inputs never pays for compiling the SDK.
const loadSdk = () => Promise.all(/* import() */[__nccwpck_require__.e(581), __nccwpck_require__.e(355), __nccwpck_require__.e(745), __nccwpck_require__.e(186), __nccwpck_require__.e(660)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1091));
const REQUEST_START = 'http.client.request.start';
/**
 * Compiles the SDK while this step's first HTTP request (the ID token's) waits for its answer,
 * which takes 50–300 ms on a runner: compiling blocks the thread, so it starts only once the
 * request has been written ('finish'), and never delays the request itself. Later calls of
 * loadSdk find it loaded. When the first request is an STS call, the SDK is already there.
 */
function loadSdkOnceRequestSent() {
    const onStart = (message) => {
        (0,external_node_diagnostics_channel_namespaceObject.unsubscribe)(REQUEST_START, onStart);
        const { request } = message;
        request.once('finish', () => setImmediate(() => void loadSdk().catch(() => undefined)));
    };
    (0,external_node_diagnostics_channel_namespaceObject.subscribe)(REQUEST_START, onStart);
}
async function clientConfig(s) {
    const { NodeHttpHandler } = await loadSdk();
    // The SDK ignores proxy variables; the runner's own HTTP client knows them (and NO_PROXY).
    const agent = proxyFor(s.resolvedEndpoint, s.proxy) ? proxyAgent(s.resolvedEndpoint, s.proxy) : undefined;
    return {
        region: s.region,
        ...(s.endpoint ? { endpoint: s.endpoint } : {}),
        // Retries are ours (logged, classified); the SDK makes one attempt.
        maxAttempts: 1,
        customUserAgent: s.userAgent ?? USER_AGENT,
        requestHandler: new NodeHttpHandler({
            connectionTimeout: s.connectionTimeoutMs,
            requestTimeout: s.requestTimeoutMs,
            throwOnRequestTimeout: true,
            ...(agent ? { httpAgent: agent, httpsAgent: agent } : {})
        })
    };
}
function createStsApi(settings) {
    loadSdkOnceRequestSent();
    return {
        async assumeRoleWithWebIdentity(p) {
            const { STSClient, AssumeRoleWithWebIdentityCommand } = await loadSdk();
            // The call is unsigned (the token is the credential): no ambient credentials are read.
            const client = new STSClient(await clientConfig(settings));
            try {
                const out = await client.send(new AssumeRoleWithWebIdentityCommand({
                    RoleArn: p.roleArn,
                    RoleSessionName: p.roleSessionName,
                    WebIdentityToken: p.webIdentityToken,
                    DurationSeconds: p.durationSeconds,
                    Policy: p.policy,
                    PolicyArns: p.policyArns.length > 0 ? p.policyArns.map((arn) => ({ arn })) : undefined
                }));
                return {
                    credentials: complete(out.Credentials),
                    assumedRoleArn: out.AssumedRoleUser?.Arn,
                    provider: out.Provider,
                    audience: out.Audience,
                    subject: out.SubjectFromWebIdentityToken,
                    requestId: out.$metadata.requestId
                };
            }
            finally {
                client.destroy();
            }
        },
        async assumeRole(p) {
            const { STSClient, AssumeRoleCommand } = await loadSdk();
            // Signed with the source credentials, passed explicitly: never the ambient chain.
            const client = new STSClient({ ...(await clientConfig(settings)), credentials: signingOnly(p.source) });
            try {
                const out = await client.send(new AssumeRoleCommand({
                    RoleArn: p.roleArn,
                    RoleSessionName: p.roleSessionName,
                    DurationSeconds: p.durationSeconds,
                    ExternalId: p.externalId,
                    Tags: p.tags.length > 0 ? p.tags.map((t) => ({ Key: t.key, Value: t.value })) : undefined,
                    TransitiveTagKeys: p.transitiveTagKeys.length > 0 ? p.transitiveTagKeys : undefined,
                    Policy: p.policy,
                    PolicyArns: p.policyArns.length > 0 ? p.policyArns.map((arn) => ({ arn })) : undefined
                }));
                return {
                    credentials: complete(out.Credentials),
                    assumedRoleArn: out.AssumedRoleUser?.Arn,
                    requestId: out.$metadata.requestId
                };
            }
            finally {
                client.destroy();
            }
        },
        async getCallerIdentity(credentials) {
            const { STSClient, GetCallerIdentityCommand } = await loadSdk();
            // Signed with the new keys, passed explicitly: never the ambient credential chain.
            const client = new STSClient({ ...(await clientConfig(settings)), credentials: signingOnly(credentials) });
            try {
                const out = await client.send(new GetCallerIdentityCommand({}));
                return {
                    account: out.Account ?? '',
                    arn: out.Arn ?? '',
                    userId: out.UserId ?? '',
                    requestId: out.$metadata.requestId
                };
            }
            finally {
                client.destroy();
            }
        }
    };
}
function complete(c) {
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
        throw Object.assign(new Error('STS answered without complete credentials'), { name: 'IncompleteCredentials' });
    }
    return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: c.Expiration
    };
}
/** Only the fields that sign: the SDK must not read an expiry or anything else into them. */
function signingOnly(c) {
    return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken };
}

;// CONCATENATED MODULE: ./src/special-characters.ts

/** 30 sessions leave about one run in 20000 without an alphanumeric secret. */
const MAX_SESSIONS = 30;
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
/** `sts` whose assume asks again (bounded) until the secret key is alphanumeric, when `enabled`. */
function alphanumericSecrets(enabled, core, sts) {
    if (!enabled)
        return sts;
    return {
        ...sts,
        assumeRoleWithWebIdentity: (params) => untilAlphanumeric(() => sts.assumeRoleWithWebIdentity(params), core),
        assumeRole: (params) => untilAlphanumeric(() => sts.assumeRole(params), core)
    };
}
async function untilAlphanumeric(assume, core) {
    for (let sessions = 1;; sessions++) {
        const result = await assume();
        // a session set aside is still a valid credential: masked like the one that is kept
        maskCredentials(result.credentials, core);
        if (ALPHANUMERIC.test(result.credentials.secretAccessKey)) {
            if (sessions > 1)
                core.info(`special-characters-workaround: alphanumeric secret key after ${sessions} sessions.`);
            return result;
        }
        if (sessions === MAX_SESSIONS) {
            core.warning(`special-characters-workaround: the secret key still has characters other than letters and digits after ${MAX_SESSIONS} sessions; using the last one.`);
            return result;
        }
    }
}

;// CONCATENATED MODULE: ./src/diagnosis/summary-details.ts



/** The complete diagnosis: every fix, evidence, cause and snippet (the log keeps the short form). */
function failureMarkdown(f) {
    const d = f.details;
    const list = (title, items) => items?.length ? [`**${title}**`, '', ...items.map((x) => `- ${markdownCode(x)}`), ''] : [];
    const pre = (text) => logSafe(text).replace(/[&<>]/g, (c) => HTML_ENTITY[c]);
    return [
        ...list('Fix (safest first)', fixesOf(f)),
        ...list('Evidence', d.evidence),
        ...list('Other possible causes', d.causes ?? CATALOGUE[f.code].causes),
        ...summarySnippets(d.snippets ?? []).flatMap((x) => [
            `<details><summary>${pre(x.title)}</summary>`,
            '',
            `<pre>${x.body.split('\n').map(pre).join('\n')}</pre>`,
            '',
            '</details>',
            ''
        ])
    ];
}
const HTML_ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** The summary's own (full) forms replace the compact ones printed in the log. */
function summarySnippets(snippets) {
    return snippets.some((x) => x.summaryOnly) ? snippets.filter((x) => x.summaryOnly) : snippets;
}

;// CONCATENATED MODULE: ./src/summary.ts




function heading(s) {
    if (s.result === 'success')
        return '✅ AWS credentials verified';
    if (s.result === 'dry-run')
        return '🧪 Dry run: no AWS call made';
    return `❌ AWS credentials not issued: \`${s.failure?.code}\``;
}
function summaryMarkdown(s) {
    const md = markdownSafe;
    const head = heading(s);
    const rows = [];
    if (s.role)
        rows.push(['role', md(s.role)]);
    if (s.session)
        rows.push(['session', md(s.session)]);
    if (s.account)
        rows.push(['account', md(s.account)]);
    if (s.expiration)
        rows.push(['expires', s.expiration.toISOString()]);
    if (s.attempts?.some((c) => c.attempts > 1))
        rows.push(['attempts', md(describeAttempts(s.attempts))]);
    if (s.failure) {
        rows.push(['diagnosis', `\`${s.failure.code}\` ${md(CATALOGUE[s.failure.code].title)}`], ['cause', md(s.failure.message)]);
        if (s.failure.details.stage)
            rows.push(['stage', s.failure.details.stage]);
    }
    const out = [`### ${head}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
    if (s.failure)
        out.push(...failureMarkdown(s.failure));
    if (s.claims?.length) {
        out.push('<details><summary>ID token claims (the token itself is never shown)</summary>', '', '| claim | value |', '|---|---|');
        // Code spans: a claim's URL, e-mail address or @mention must not become a link in the summary.
        out.push(...s.claims.map((c) => `| ${markdownCode(c.name)} | ${markdownCode(c.value)} |`), '', '</details>', '');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/timeout.ts
class TimeoutError extends Error {
    code = 'ETIMEDOUT';
    constructor(what, ms) {
        super(`${what} did not answer within ${Math.round(ms / 1000)} s`);
        this.name = 'TimeoutError';
    }
}
/** Rejects with `timedOut()` when `work` has not settled after `ms`; the work itself is not stopped. */
function withTimeout(work, ms, timedOut) {
    let timer;
    const limit = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(timedOut()), ms);
        timer.unref();
    });
    return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
/** The defaults, documented in the README: a stalled endpoint ends as network-error well within 60 s. */
const DEFAULT_TIMING = {
    connectionMs: 5000,
    requestMs: 15000,
    idTokenMs: 15000,
    networkBudgetMs: 60_000,
    backoff: { baseMs: 1000, capMs: 8000 },
    throttleBackoff: { baseMs: 3000, capMs: 16_000 }
};

;// CONCATENATED MODULE: ./src/token.ts
// Stage 2: the web identity token — from GitHub's ID-token endpoint or a file.


async function obtainToken(audience, fromFile, deps) {
    if (fromFile)
        return { token: fromFile.token, from: 'file' };
    const missing = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'].filter((v) => !deps.env[v]);
    if (missing.length > 0) {
        if (deps.env.GITHUB_ACTIONS !== 'true')
            throw notARunner(missing, deps.env.GITHUB_ACTIONS);
        throw noTokenFailure(missing, await deps.context());
    }
    const token = await withTimeout(deps.getIDToken(audience), deps.timeoutMs, () => new TimeoutError('the GitHub ID-token request', deps.timeoutMs));
    return { token, from: 'github' };
}
/** Outside a runner no workflow is to blame: say where the action runs and how to run it here. */
function notARunner(missing, githubActions) {
    return new Failure('not-a-runner', 'This is not a GitHub Actions runner, so there is no ID token to request.', {
        stage: 'token',
        evidence: [
            `GITHUB_ACTIONS is ${describeValue(githubActions)} (a runner sets it to 'true')`,
            `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set`
        ],
        // Whoever runs the action off a runner is most likely trying it locally: that fix comes first.
        fix: [
            'to run it here, use the loopback emulator: npm start (a demo), npm run local-action, ' +
                'or npm run emulator and the command it prints',
            'with a token you already have: set web-identity-token-file (INPUT_WEB-IDENTITY-TOKEN-FILE) to a file holding it',
            'on GitHub: run this step in a workflow job that has `permissions: id-token: write`'
        ]
    });
}
function describeValue(value) {
    if (value === undefined)
        return 'not set';
    return value === '' ? 'empty' : `'${value}'`;
}
const FORK_EVENTS = /^pull_request(_review|_review_comment)?$/;
/** Without the request env a fork PR and a missing permission look alike: the event tells them apart. */
function noTokenFailure(missing, ctx) {
    const pr = ctx.pullRequest;
    const fromFork = FORK_EVENTS.test(ctx.eventName) && pr !== undefined && pr.head !== '' && pr.head !== pr.base;
    const dependabot = ctx.actor === 'dependabot[bot]';
    const evidence = [
        `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set in the step's environment`,
        `event: ${ctx.eventName || '(unknown)'}, actor: ${ctx.actor || '(unknown)'}, repository: ${ctx.repository || '(unknown)'}`
    ];
    if (pr)
        evidence.push(`pull request${pr.number ? ` #${pr.number}` : ''}: head ${pr.head || '(unknown)'} -> base ${pr.base || '(unknown)'}`);
    if (fromFork || (dependabot && FORK_EVENTS.test(ctx.eventName))) {
        return new Failure('fork-pull-request', fromFork
            ? `This run is a pull request from the fork ${pr?.head}; GitHub gives forks no ID token, whatever the permissions say.`
            : 'This run was started by Dependabot; GitHub gives its pull request runs no ID token.', {
            stage: 'token',
            evidence,
            fix: [
                'skip this step for such runs:  if: github.event.pull_request.head.repo.full_name == github.repository',
                'run deployments on push or workflow_run (which runs in the base repository) instead of on fork pull requests'
            ]
        });
    }
    const workflowFile = ctx.workflowRef?.split('@')[0].replace(`${ctx.repository}/`, '');
    const job = ctx.job || '<job>';
    return new Failure('missing-id-token-permission', 'The job has no permission to request an ID token: it needs `permissions: id-token: write`.', {
        stage: 'token',
        evidence,
        fix: [
            `add the permissions to the job '${job}'${workflowFile ? ` in ${workflowFile}` : ''} (or at the top of the workflow, for every job)`
        ],
        snippets: [
            {
                title: 'permissions to add',
                body: `jobs:\n  ${job}:\n    permissions:\n      id-token: write   # lets the job request the OIDC token\n      contents: read    # listing permissions drops every unlisted one to none`
            },
            {
                title: 'reusable workflows',
                body: "A reusable workflow called from another repository or organisation gets at most what the\ncalling job grants: add the permissions block to the caller's job."
            }
        ]
    });
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
        federatedPrincipal: providerArnFor(iss, role.account, role.partition),
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
    const scrub = redactor(claims, redact);
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

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"UU":"aws-oidc-credentials","rE":"1.0.0"}');
;// CONCATENATED MODULE: ./src/user-agent.ts
// The STS calls' user agent: CloudTrail records it, so each call names this action, its version
// and the GitHub run (and attempt) that made it.

function userAgent(env) {
    const pairs = [[package_namespaceObject.UU, package_namespaceObject.rE]];
    // Only values of the runner's own form: anything else is left out rather than escaped.
    if (/^\d{1,20}$/.test(env.GITHUB_RUN_ID ?? ''))
        pairs.push(['md/run-id', env.GITHUB_RUN_ID]);
    if (/^\d{1,10}$/.test(env.GITHUB_RUN_ATTEMPT ?? ''))
        pairs.push(['md/run-attempt', env.GITHUB_RUN_ATTEMPT]);
    return pairs;
}

;// CONCATENATED MODULE: ./src/pinning.ts
// Supply-chain reviews ask for actions pinned by full commit SHA: a tag or branch can be moved to
// other code after the review. The runner tells the action how the workflow referenced it.

const FULL_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
/** One short warning when the step uses this action by a tag or branch; nothing for a SHA or a local path. */
function unpinnedRefWarning(env) {
    const ref = env.GITHUB_ACTION_REF;
    const repo = env.GITHUB_ACTION_REPOSITORY;
    if (!ref || !repo || FULL_SHA.test(ref))
        return undefined;
    const [name, at] = [logSafe(repo), logSafe(ref)];
    return (`This step uses ${name}@${at}, a tag or branch that can move. ` +
        `Pin the full commit SHA (uses: ${name}@<40-hex sha> # ${at}) so a review of this workflow stays valid.`);
}

;// CONCATENATED MODULE: ./src/verify.ts
// Stage 5: the new credentials must be the role that was asked for, in an allowed account.

function expectedAssumedRoleArn(config) {
    const r = config.role;
    return `arn:${r.partition}:sts::${r.account}:assumed-role/${r.name}/${config.roleSessionName}`;
}
function checkIdentity(id, config) {
    const expected = expectedAssumedRoleArn(config);
    const evidence = [
        `GetCallerIdentity: account ${id.account || '(none)'}, arn ${id.arn || '(none)'}`,
        `expected:          account ${config.role.account}, arn ${expected}`
    ];
    if (id.account !== config.role.account || id.arn !== expected) {
        throw new Failure('identity-mismatch', 'The new credentials are not the requested role: GetCallerIdentity names another identity. Nothing was exported.', { stage: 'verify', evidence, requestId: id.requestId });
    }
    if (config.allowedAccountIds.length > 0 && !config.allowedAccountIds.includes(id.account)) {
        throw new Failure('account-not-allowed', `The account ${id.account} is not in allowed-account-ids. Nothing was exported.`, {
            stage: 'verify',
            evidence: [`verified account: ${id.account}`, `allowed-account-ids: ${config.allowedAccountIds.join(', ')}`],
            requestId: id.requestId
        });
    }
}

;// CONCATENATED MODULE: ./src/main.ts
// The pipeline: inputs -> source (token -> claims, or the environment's credentials for role
// chaining) -> assume -> verify -> sinks (env, profile, outputs); errors -> classify -> report.























/** A token this close to its exp is requested afresh before a retry (longer than any one wait). */
const TOKEN_REFRESH_MARGIN_S = 60;
async function run(given) {
    // Whatever a stage prints goes through the log guard: no line can run a workflow command.
    const deps = { ...given, core: guardedCore(given.core) };
    const startMs = deps.now();
    const timing = deps.timing ?? DEFAULT_TIMING;
    const state = { stage: 'inputs', nowMs: startMs, startMs, timing, attempts: [], stageStartMs: startMs };
    const facts = { result: 'failure', attempts: state.attempts };
    try {
        const pinning = unpinnedRefWarning(deps.env);
        if (pinning)
            deps.core.warning(pinning, { title: 'pin this action' });
        const config = parseInputs({ ...deps.inputs, get: (n) => deps.core.getInput(n), env: deps.env });
        state.config = config;
        const capped = budgetCapsAttempts(config, timing);
        if (capped)
            deps.core.info(capped);
        const stsEndpoint = resolvedStsEndpoint(config, deps.env);
        const network = { stsEndpoint, proxy: proxyFor(stsEndpoint, config) };
        state.network = network;
        if (config.unsetCurrentCredentials)
            unsetCredentials(deps.core);
        if (config.maskAccountId)
            deps.core.setSecret(config.role.account);
        if (config.awsProfile)
            checkProfileWritable(config.awsProfile, config.overwriteAwsProfile, profilePaths(deps.env));
        facts.role = config.role.arn;
        facts.session = config.roleSessionName;
        const work = pipeline(config, network, deps, state, facts);
        // action-timeout-s: 0 lifts the step's limit; every network call keeps its own.
        if (config.actionTimeoutMs === 0)
            await work;
        else
            await withTimeout(work, config.actionTimeoutMs, () => {
                state.abandoned = true;
                return stepTimedOut(config, state.stage, timing);
            });
    }
    catch (e) {
        const failure = classify(e, { ...state, nowMs: deps.now() });
        debugStageEnd(deps, state, `failed: ${failure.code}${failure.details.requestId ? `, request id ${failure.details.requestId}` : ''}`);
        report(failure, deps.core, deps.env);
        await writeSummary(deps, { ...facts, result: 'failure', failure });
        deps.fail();
    }
    return { abandoned: state.abandoned === true };
}
async function pipeline(config, network, deps, state, facts) {
    const { core } = deps;
    const at = (stage) => {
        debugStageEnd(deps, state, 'done');
        state.stage = stage;
        state.stageStartMs = deps.now();
    };
    core.debug(`STS endpoint: ${endpointForLog(network.stsEndpoint)}${network.proxy ? ` via ${network.proxy}` : ''}`);
    const direct = deps.createSts({
        region: config.region,
        endpoint: config.stsEndpoint,
        resolvedEndpoint: network.stsEndpoint,
        connectionTimeoutMs: state.timing.connectionMs,
        requestTimeoutMs: state.timing.requestMs,
        proxy: config,
        userAgent: userAgent(deps.env)
    });
    const sts = alphanumericSecrets(config.specialCharactersWorkaround, core, direct);
    if (config.useExistingCredentials && (await reuseExistingCredentials(config, deps.env, core, direct)))
        return;
    const source = config.roleChaining
        ? await assumeChained(config, network, deps, state, facts, sts)
        : await assumeWithWebIdentity(config, network, deps, state, facts, sts);
    if (!source)
        return;
    const { assumed, sub } = source;
    at('verify');
    const identity = await withRetry(() => sts.getCallerIdentity(assumed.credentials), (e) => classify(e, state), retryPolicy(config, deps, state, 'GetCallerIdentity', stsAttemptMs(state.timing), {
        atMs: assumed.credentials.expiration.getTime(),
        name: 'the new credentials'
    }));
    core.debug(`GetCallerIdentity request id: ${identity.requestId ?? '(none)'}`);
    checkIdentity(identity, config);
    if (state.evaluation && state.evaluation.decision !== 'allow') {
        core.warning("STS allowed this token although the trust-policy input denies it: that file differs from the role's actual trust policy.", { title: 'trust policy' });
    }
    at('export');
    if (state.abandoned)
        return;
    // Sinks; what they did is saved as state for the post step, the fallible one (files) first.
    const cleanup = { variables: [], sections: [] };
    if (config.awsProfile) {
        const paths = profilePaths(deps.env);
        cleanup.sections = writeProfile(config.awsProfile, assumed.credentials, config.region, config.overwriteAwsProfile, paths);
        core.saveState(CLEANUP_STATE, encodeCleanup(cleanup));
        core.info(`Wrote the profile ${config.awsProfile} to ${paths.credentials} and ${paths.config}`);
    }
    // redact-claims covers the outputs too
    const subject = config.redactClaims.includes('sub') ? '***' : sub;
    cleanup.variables = exportCredentials(assumed.credentials, identity, subject, config, core);
    core.saveState(CLEANUP_STATE, encodeCleanup(cleanup));
    const minutes = Math.round((assumed.credentials.expiration.getTime() - deps.now()) / 60000);
    core.info(`✔ Verified ${logSafe(identity.arn)} (account ${identity.account}) as role ${config.role.arn}, session ${config.roleSessionName}; expires ${assumed.credentials.expiration.toISOString()} (in ${minutes} min).`);
    debugStageEnd(deps, state, 'done');
    await writeSummary(deps, {
        ...facts,
        result: 'success',
        account: identity.account,
        expiration: assumed.credentials.expiration
    });
}
/** Source: the environment's temporary credentials; assume: sts:AssumeRole signed with them (not in a dry run). Never OIDC. */
async function assumeChained(config, network, deps, state, facts, sts) {
    const { core } = deps;
    state.stage = 'source';
    const source = await readSourceCredentials(deps.env, core, deps.now());
    core.info(`role-chaining: chaining from the temporary credentials in ${source.from}; no ID token is requested.`);
    state.stage = 'assume';
    if (network.proxy)
        core.info(`STS calls go through the proxy ${network.proxy}`);
    const params = chainParams(config, source, deps.env, core);
    if (config.dryRun) {
        core.info(`Dry run: sts:AssumeRole for ${config.role.arn} is not called and nothing is exported.`);
        await writeSummary(deps, { ...facts, result: 'dry-run' });
        return undefined;
    }
    const assumed = await withRetry(() => sts.assumeRole(params), (e) => classify(e, state), retryPolicy(config, deps, state, 'AssumeRole', stsAttemptMs(state.timing), source.expiration && { atMs: source.expiration.getTime(), name: 'the source credentials' }));
    maskCredentials(assumed.credentials, core);
    core.debug(`AssumeRole request id: ${assumed.requestId ?? '(none)'}`);
    return { assumed, sub: '' };
}
/** Source: the GitHub ID token or the token file; assume: AssumeRoleWithWebIdentity. Undefined for a dry run. */
async function assumeWithWebIdentity(config, network, deps, state, facts, sts) {
    const { core } = deps;
    const at = (stage) => {
        debugStageEnd(deps, state, 'done');
        state.stage = stage;
        state.stageStartMs = deps.now();
    };
    at('token');
    core.debug(`ID-token endpoint: ${endpointForLog(deps.env.ACTIONS_ID_TOKEN_REQUEST_URL)}`);
    const requestToken = () => obtainToken(config.audience, config.tokenFromFile, {
        env: deps.env,
        context: deps.context,
        getIDToken: (aud) => core.getIDToken(aud),
        timeoutMs: state.timing.idTokenMs
    }).then((t) => t.token);
    let token = await withRetry(() => requestToken(), (e) => classify(e, state), retryPolicy(config, deps, state, 'ID token request', state.timing.idTokenMs));
    const from = config.tokenFromFile ? 'file' : 'github';
    // getIDToken masks what it fetches; a token read from a file is just as much a credential.
    if (from === 'file')
        core.setSecret(token);
    core.info(from === 'file'
        ? `Read the web identity token from ${logSafe(config.tokenFromFile?.path ?? '')}`
        : `Got the GitHub ID token for audience ${logSafe(config.audience)}`);
    at('claims');
    const decoded = decodeToken(token, from);
    state.decoded = decoded;
    state.claims = decoded.claims;
    const sub = typeof decoded.claims.sub === 'string' ? decoded.claims.sub : '';
    const rows = claimRows(decoded, config.redactClaims, deps.now());
    if (config.printClaims) {
        facts.claims = rows;
        core.startGroup(`ID token claims (sub: ${config.redactClaims.includes('sub') ? '***' : logSafe(sub)}) — the token itself is never printed`);
        for (const line of formatClaimTable(rows))
            core.info(line);
        core.info(claimsJsonLine(decoded.claims, config.redactClaims));
        core.endGroup();
    }
    if (config.trustPolicy)
        state.evaluation = printLocalEvaluation(config, decoded.claims, core);
    if (config.dryRun) {
        printDryRun(config, decoded.claims, core);
        await writeSummary(deps, { ...facts, result: 'dry-run' });
        return undefined;
    }
    at('assume');
    if (network.proxy)
        core.info(`STS calls go through the proxy ${network.proxy}`);
    let current = decoded;
    const assumed = await withRetry(async (attempt) => {
        if (attempt > 1 && from === 'github' && expiresWithin(current, deps.now(), TOKEN_REFRESH_MARGIN_S)) {
            core.info('The ID token is about to expire: requesting a fresh one before retrying.');
            token = await requestToken();
            current = decodeToken(token, from);
        }
        return sts.assumeRoleWithWebIdentity({
            roleArn: config.role.arn,
            roleSessionName: config.roleSessionName,
            webIdentityToken: token,
            durationSeconds: config.durationSeconds,
            policy: config.inlineSessionPolicy,
            policyArns: config.managedSessionPolicies
        });
    }, (e) => classify(e, state), retryPolicy(config, deps, state, 'AssumeRoleWithWebIdentity', stsAttemptMs(state.timing), fileTokenExpiry(decoded, from)));
    maskCredentials(assumed.credentials, core);
    core.debug(`AssumeRoleWithWebIdentity request id: ${assumed.requestId ?? '(none)'}`);
    return { assumed, sub };
}
/** Where the SDK sends STS calls: the input, then the standard variables, then the regional endpoint. */
function resolvedStsEndpoint(config, env) {
    const explicit = config.stsEndpoint ?? env.AWS_ENDPOINT_URL_STS ?? env.AWS_ENDPOINT_URL;
    if (explicit)
        return explicit;
    return `https://sts.${config.region}.amazonaws.com${config.region.startsWith('cn-') ? '.cn' : ''}`;
}
function expiresWithin(decoded, nowMs, marginS) {
    const exp = Number(decoded.claims.exp);
    return Number.isFinite(exp) && exp - nowMs / 1000 < marginS;
}
/** A token read from a file cannot be renewed: no retry is worth starting once it has expired. */
function fileTokenExpiry(decoded, from) {
    const exp = Number(decoded.claims.exp);
    if (from !== 'file' || !Number.isFinite(exp))
        return undefined;
    return { atMs: exp * 1000, name: 'the token from web-identity-token-file' };
}
/** The longest one STS call can take. */
/** Said up front when retry-max-attempts asks for more attempts than the network time budget can hold. */
function budgetCapsAttempts(config, timing) {
    const fit = Math.floor(timing.networkBudgetMs / stsAttemptMs(timing));
    if (config.retryMaxAttempts <= fit)
        return undefined;
    return `retry-max-attempts is ${config.retryMaxAttempts}, but no retry starts that could not end within the ${timing.networkBudgetMs / 1000} s network time budget: at most ${fit} attempts of a stalled STS call fit in it.`;
}
function stsAttemptMs(timing) {
    return timing.connectionMs + timing.requestMs;
}
function stepTimedOut(config, stage, timing) {
    const seconds = config.actionTimeoutMs / 1000;
    return new Failure('network-error', `The step did not finish within action-timeout-s (${seconds} s); it was in the ${stage} stage.`, {
        stage,
        evidence: [
            `action-timeout-s: ${seconds}`,
            `retry-max-attempts: ${config.retryMaxAttempts}; each call may take up to ${stsAttemptMs(timing) / 1000} s`
        ],
        fix: [
            'raise action-timeout-s if the endpoints are slow but working',
            'look at the retry lines above: a stalled endpoint needs its network path fixed, not more time'
        ],
        retryable: false
    });
}
function retryPolicy(config, deps, state, what, attemptMs, validUntil) {
    const { timing, startMs } = state;
    const network = { atMs: startMs + timing.networkBudgetMs, name: 'the network time budget' };
    // Throttling is expected under load: it may use the whole step (action-timeout-s) to get through.
    const step = config.actionTimeoutMs > 0 ? { atMs: startMs + config.actionTimeoutMs, name: 'action-timeout-s' } : network;
    const tally = { call: what, attempts: 0, throttled: 0, waitedMs: 0 };
    state.attempts.push(tally);
    return {
        maxAttempts: config.retryMaxAttempts,
        backoff: timing.backoff,
        throttleBackoff: timing.throttleBackoff,
        deadline: network,
        throttleDeadline: step,
        validUntil,
        attemptMs,
        now: deps.now,
        sleep: deps.sleep,
        random: deps.random,
        tally,
        onRetry: ({ failure: f, attempt, counted, throttled, delayMs }) => {
            const wait = `retrying in ${(delayMs / 1000).toFixed(1)} s`;
            deps.core.info(throttled
                ? `↻ ${what} throttled (attempt ${attempt}); ${wait}`
                : `↻ ${what}: attempt ${counted} of ${config.retryMaxAttempts} failed (${f.code}: ${logSafe(f.message)}); ${wait}`);
            const budget = throttled ? step : network;
            deps.core.debug(`retry decision: ${what} attempt ${attempt} failed with ${f.code}${f.details.requestId ? ` (request id ${f.details.requestId})` : ''}, which is transient; another attempt fits, ${budget.atMs - deps.now()} ms of ${budget.name} left`);
        }
    };
}
/** Step debug (ACTIONS_STEP_DEBUG): how long the current stage took, and how it ended. */
function debugStageEnd(deps, state, how) {
    deps.core.debug(`stage ${state.stage} ${logSafe(how)} after ${deps.now() - state.stageStartMs} ms`);
}
/** An endpoint without its query string (the ID-token URL carries run-specific parameters). */
function endpointForLog(url) {
    if (!url)
        return '(not set)';
    try {
        const u = new URL(url);
        return logSafe(`${u.origin}${u.pathname}`);
    }
    catch {
        return '(not a URL)';
    }
}
async function writeSummary(deps, facts) {
    if (!deps.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await deps.core.summary.addRaw(summaryMarkdown(facts), true).write();
    }
    catch (e) {
        deps.core.warning(`Could not write the job summary: ${logSafe(e.message)}`);
    }
}

;// CONCATENATED MODULE: ./src/action.ts
// The action with its real dependencies: what dist/index.js runs on a runner, and what
// @github/local-action imports and calls (`npm run local-action`).







async function runContext() {
    const { context } = await __nccwpck_require__.e(/* import() */ 867).then(__nccwpck_require__.bind(__nccwpck_require__, 6867));
    const pr = context.payload.pull_request;
    return {
        eventName: context.eventName ?? '',
        actor: context.actor ?? '',
        repository: process.env.GITHUB_REPOSITORY ?? '',
        job: context.job,
        workflowRef: process.env.GITHUB_WORKFLOW_REF,
        pullRequest: pr
            ? { head: pr.head?.repo?.full_name ?? '', base: pr.base?.repo?.full_name ?? '', number: pr.number }
            : undefined
    };
}
/** The real world: this process's environment, files, clock and network. */
function defaultDeps() {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    return {
        core: core_namespaceObject,
        env: process.env,
        context: runContext,
        inputs: {
            readFile: readBoundedFile,
            resolvePath: (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(workspace, p))
        },
        createSts: createStsApi,
        now: () => Date.now(),
        sleep: (ms) => (0,promises_namespaceObject.setTimeout)(ms),
        random: Math.random,
        fail: () => {
            // core.ExitCode.Failure; @github/local-action's stand-in for @actions/core has no ExitCode
            process.exitCode = 1;
        }
    };
}
/** How long the process may linger after the outcome before an uncancellable request counts as abandoned. */
const LINGER_MS = 1000;
/**
 * Runs the action. The outcome is in process.exitCode; the process then ends on its own, except
 * when a request that timed out is still open: when the step timed out it is abandoned at once,
 * and a call that could not be cancelled (the ID-token request) may hold the process for at most
 * LINGER_MS (an unref'd timer: it never delays a process that is done). Either way the process
 * exits only after everything printed has drained.
 */
async function action_run(deps = defaultDeps()) {
    const end = await run(deps);
    if (end.abandoned)
        await exitAfterDrain();
    else
        setTimeout(() => void exitAfterDrain(), LINGER_MS).unref();
}


/***/ }),

/***/ 9407:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var _action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7286);
// Entry point of dist/index.js (action.yml `runs.main`).

await (0,_action_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

"use strict";
module.exports = require("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 6698:
/***/ ((module) => {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

"use strict";
module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

"use strict";
module.exports = require("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

"use strict";
module.exports = require("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

"use strict";
module.exports = require("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

"use strict";
module.exports = require("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/async module */
/******/ 	(() => {
/******/ 		var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 		var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 		var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 		var resolveQueue = (queue) => {
/******/ 			if(queue && queue.d < 1) {
/******/ 				queue.d = 1;
/******/ 				queue.forEach((fn) => (fn.r--));
/******/ 				queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 			}
/******/ 		}
/******/ 		var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 			if(dep !== null && typeof dep === "object") {
/******/ 				if(dep[webpackQueues]) return dep;
/******/ 				if(dep.then) {
/******/ 					var queue = [];
/******/ 					queue.d = 0;
/******/ 					dep.then((r) => {
/******/ 						obj[webpackExports] = r;
/******/ 						resolveQueue(queue);
/******/ 					}, (e) => {
/******/ 						obj[webpackError] = e;
/******/ 						resolveQueue(queue);
/******/ 					});
/******/ 					var obj = {};
/******/ 					obj[webpackQueues] = (fn) => (fn(queue));
/******/ 					return obj;
/******/ 				}
/******/ 			}
/******/ 			var ret = {};
/******/ 			ret[webpackQueues] = x => {};
/******/ 			ret[webpackExports] = dep;
/******/ 			return ret;
/******/ 		}));
/******/ 		__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 			var queue;
/******/ 			hasAwait && ((queue = []).d = -1);
/******/ 			var depQueues = new Set();
/******/ 			var exports = module.exports;
/******/ 			var currentDeps;
/******/ 			var outerResolve;
/******/ 			var reject;
/******/ 			var promise = new Promise((resolve, rej) => {
/******/ 				reject = rej;
/******/ 				outerResolve = resolve;
/******/ 			});
/******/ 			promise[webpackExports] = exports;
/******/ 			promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 			module.exports = promise;
/******/ 			body((deps) => {
/******/ 				currentDeps = wrapDeps(deps);
/******/ 				var fn;
/******/ 				var getResult = () => (currentDeps.map((d) => {
/******/ 					if(d[webpackError]) throw d[webpackError];
/******/ 					return d[webpackExports];
/******/ 				}))
/******/ 				var promise = new Promise((resolve) => {
/******/ 					fn = () => (resolve(getResult));
/******/ 					fn.r = 0;
/******/ 					var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 					currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 				});
/******/ 				return fn.r ? promise : getResult();
/******/ 			}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 			queue && queue.d < 0 && (queue.d = 0);
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module used 'module' so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(9407);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;