import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE_data_text_javascript_const_20reason_20_3D_0A_20_20_undici_20is_20not_20bundled_20into_20this_20action_2C_20because_20the_20action_20never_20calls_20_20_2B_0A_20_20_HttpClient_getAgentDispatcher_20Remove_20the_20undici_20stub_20from_20scripts_2Fbuild_mjs_20before_20_20_2B_0A_20_20_using_20that_20method_0A_0Aexport_20function_20ProxyAgent_20_7B_0A_20_20throw_20new_20Error_reason_0A_7D_2bc65070__ from "data:text/javascript,const%20reason%20%3D%0A%20%20'undici%20is%20not%20bundled%20into%20this%20action%2C%20because%20the%20action%20never%20calls%20'%20%2B%0A%20%20'HttpClient.getAgentDispatcher().%20Remove%20the%20undici%20stub%20from%20scripts%2Fbuild.mjs%20before%20'%20%2B%0A%20%20'using%20that%20method.'%0A%0Aexport%20function%20ProxyAgent()%20%7B%0A%20%20throw%20new%20Error(reason)%0A%7D";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


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

/***/ 407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(296);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();
// A socket that a proxy tunnel or a stalled server left open must not hold the runner after the
// verdict is reported. The timer is unref'd, so it fires only when such a handle is still alive.
setTimeout(() => process.exit(), 1000).unref();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
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
function utils_toCommandProperties(annotationProperties) {
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
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
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
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
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
;// CONCATENATED MODULE: external "data:text/javascript,const%20reason%20%3D%0A%20%20'undici%20is%20not%20bundled%20into%20this%20action%2C%20because%20the%20action%20never%20calls%20'%20%2B%0A%20%20'HttpClient.getAgentDispatcher().%20Remove%20the%20undici%20stub%20from%20scripts%2Fbuild.mjs%20before%20'%20%2B%0A%20%20'using%20that%20method.'%0A%0Aexport%20function%20ProxyAgent()%20%7B%0A%20%20throw%20new%20Error(reason)%0A%7D"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const javascript_const_20reason_20_3D_0A_20_20_undici_20is_20not_20bundled_20into_20this_20action_2C_20because_20the_20action_20never_20calls_20_20_2B_0A_20_20_HttpClient_getAgentDispatcher_20Remove_20the_20undici_20stub_20from_20scripts_2Fbuild_mjs_20before_20_20_2B_0A_20_20_using_20that_20method_0A_0Aexport_20function_20ProxyAgent_20_7B_0A_20_20throw_20new_20Error_reason_0A_7D_namespaceObject = x({ ["ProxyAgent"]: () => (__WEBPACK_EXTERNAL_MODULE_data_text_javascript_const_20reason_20_3D_0A_20_20_undici_20is_20not_20bundled_20into_20this_20action_2C_20because_20the_20action_20never_20calls_20_20_2B_0A_20_20_HttpClient_getAgentDispatcher_20Remove_20the_20undici_20stub_20from_20scripts_2Fbuild_mjs_20before_20_20_2B_0A_20_20_using_20that_20method_0A_0Aexport_20function_20ProxyAgent_20_7B_0A_20_20throw_20new_20Error_reason_0A_7D_2bc65070__.ProxyAgent) });
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
class lib_HttpClient {
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
        proxyAgent = new javascript_const_20reason_20_3D_0A_20_20_undici_20is_20not_20bundled_20into_20this_20action_2C_20because_20the_20action_20never_20calls_20_20_2B_0A_20_20_HttpClient_getAgentDispatcher_20Remove_20the_20undici_20stub_20from_20scripts_2Fbuild_mjs_20before_20_20_2B_0A_20_20_using_20that_20method_0A_0Aexport_20function_20ProxyAgent_20_7B_0A_20_20throw_20new_20Error_reason_0A_7D_namespaceObject.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
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
class auth_BearerCredentialHandler {
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



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
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
            const httpclient = oidc_utils_OidcClient.createHttpClient();
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
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
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


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
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
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
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
        return this.addRaw(external_os_namespaceObject.EOL);
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
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
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
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
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
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
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
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
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
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
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
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
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
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
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
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
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
    process.stdout.write(message + external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: ./src/api-url.ts
const HTTPS_EXAMPLE = 'Use an https:// URL such as https://api.aircall.io.';
/**
 * Parses `api-url` into a base URL without a trailing slash. Plain http is accepted only for
 * loopback hosts, where tests and local stand-ins run, because anything else would send the
 * credential unencrypted. Credentials in the URL are rejected because URLs end up in messages.
 */
function parseApiUrl(raw) {
    const text = raw.trim();
    // The runner applies the default; an explicit empty string means the same.
    if (text === '') {
        return { url: new URL('https://api.aircall.io') };
    }
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
        const quoted = text.includes('@') ? '' : ` '${text}'`;
        return {
            problem: `Input 'api-url'${quoted} has no scheme such as https://. ${HTTPS_EXAMPLE}`
        };
    }
    let url;
    try {
        url = new URL(text);
    }
    catch {
        const quoted = text.includes('@') ? '' : ` '${text}'`;
        return { problem: `Input 'api-url'${quoted} is not a valid absolute URL. ${HTTPS_EXAMPLE}` };
    }
    if (url.username !== '' || url.password !== '') {
        return {
            problem: "Input 'api-url' contains a user name or password before '@'. Remove it: the action sends " +
                "the credentials in the Authorization header, built from 'api-id' and 'api-token'."
        };
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        return {
            problem: `Input 'api-url' uses http:// with host '${url.hostname}', which would send the ` +
                'credentials unencrypted. Plain http is accepted only for loopback hosts (localhost, ' +
                `127.0.0.0/8, ::1). ${HTTPS_EXAMPLE}`
        };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        return {
            problem: `Input 'api-url' uses the scheme '${url.protocol}', which is not HTTP. ${HTTPS_EXAMPLE}`
        };
    }
    if (url.search !== '' || url.hash !== '') {
        return {
            problem: "Input 'api-url' contains a query or fragment. Give only the base URL, such as " +
                'https://api.aircall.io; the action appends /v1/ping itself.'
        };
    }
    url.pathname = url.pathname.replace(/\/+$/, '');
    return { url };
}
/** Builds the URL of an API path such as `/v1/ping` under the base URL, keeping any base path. */
function endpointUrl(base, path) {
    const url = new URL(base.href);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
    return url;
}
/** Tells whether a URL host name (as `URL.hostname` returns it) is a loopback address. */
function isLoopbackHost(hostname) {
    if (hostname === 'localhost' || hostname === '[::1]') {
        return true;
    }
    // URL normalizes IPv4 forms such as 127.1 or 0x7f.1 to dotted decimal, so one pattern suffices.
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

;// CONCATENATED MODULE: ./src/errors.ts
/** Returns a readable message for any thrown value, because `catch` receives `unknown`. */
function errorMessage(error) {
    if (error instanceof Error) {
        return error.message;
    }
    if (typeof error === 'string') {
        return error;
    }
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/** Returns the `code` property of a Node.js system or library error, if it has one. */
function errorCode(error) {
    if (typeof error !== 'object' || error === null || !('code' in error)) {
        return undefined;
    }
    const code = error.code;
    return typeof code === 'string' && code !== '' ? code : undefined;
}

;// CONCATENATED MODULE: ./src/format.ts
/** Formats milliseconds as seconds with one decimal, such as `1.5 s`. */
function formatSeconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/** Formats a count with its noun, such as `1 attempt` or `3 attempts`. */
function formatCount(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/read-body.ts
/** Failure while reading a body: the connection closed early, or the signal aborted the read. */
class BodyReadError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'BodyReadError';
    }
}
/**
 * Reads a response body, keeping at most `maxBytes`. Once the cap is passed, the response is
 * destroyed so that a huge body neither fills memory nor keeps the socket busy. The read fails
 * when the connection closes before the body ends or when `signal` aborts, so a stalled server
 * cannot hold the check past its deadline. http-client's `readBody` has neither guard.
 */
function readCappedBody(message, maxBytes, signal) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let length = 0;
        let settled = false;
        const finish = (outcome) => {
            if (settled) {
                return;
            }
            settled = true;
            signal.removeEventListener('abort', onAbort);
            outcome();
        };
        const onAbort = () => {
            finish(() => reject(new BodyReadError('reading the response body was aborted', 'ABORT_ERR')));
            message.destroy();
        };
        if (signal.aborted) {
            onAbort();
            return;
        }
        signal.addEventListener('abort', onAbort, { once: true });
        message.on('data', (chunk) => {
            const room = maxBytes - length;
            if (chunk.length <= room) {
                chunks.push(chunk);
                length += chunk.length;
                return;
            }
            chunks.push(chunk.subarray(0, room));
            length = maxBytes;
            finish(() => resolve({ bytes: Buffer.concat(chunks), truncated: true }));
            message.destroy();
        });
        message.on('end', () => {
            finish(() => resolve({ bytes: Buffer.concat(chunks), truncated: false }));
        });
        message.on('error', (cause) => {
            const code = cause.code;
            finish(() => reject(new BodyReadError('the connection closed before the response body was complete', typeof code === 'string' ? code : 'ECONNRESET')));
        });
        message.on('close', () => {
            finish(() => reject(new BodyReadError('the connection closed before the response body was complete', 'ERR_BODY_INCOMPLETE')));
        });
    });
}

;// CONCATENATED MODULE: ./src/version.ts
/** Name and version sent in the User-Agent header; a test keeps the version equal to package.json. */
const ACTION_NAME = 'aircall-credentials-check';
const ACTION_VERSION = '1.0.0';
const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION}`;

;// CONCATENATED MODULE: ./src/aircall-client.ts






/** Maximum body size kept, in bytes. Aircall's responses are a few hundred bytes. */
const MAX_BODY_BYTES = 64 * 1024;
/**
 * Sends one `GET` and reads the response within `timeoutMs`. The Authorization header is passed per
 * request and redirects are not followed, so the credential never reaches another host
 * (http-client keeps client-level and handler credentials on a cross-host redirect).
 */
async function sendRequest(request) {
    const host = request.url.host;
    const path = request.url.pathname;
    const proxyUrl = getProxyUrl(request.url);
    const proxyHost = proxyUrl?.hostname ? proxyUrl.host : undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), request.timeoutMs);
    const client = new lib_HttpClient(USER_AGENT, [new AbortSignalHandler(controller.signal)], {
        allowRedirects: false,
        allowRetries: false,
        keepAlive: false,
        // An idle timeout, kept only as a fallback, because the abort signal enforces the deadline.
        socketTimeout: request.timeoutMs + 1000
    });
    let pending;
    try {
        // Node settles nothing when a request is aborted before it has a socket (a proxy that never
        // responds to CONNECT) or when a server switches protocols, so the abort must win the race.
        pending = client.request('GET', request.url.href, null, {
            authorization: request.authorization,
            accept: 'application/json'
        });
        pending.catch(() => undefined);
        const response = await Promise.race([pending, rejectOnAbort(controller.signal)]);
        const status = response.message.statusCode;
        const headers = firstValues(response.message.headers);
        try {
            const body = await readCappedBody(response.message, MAX_BODY_BYTES, controller.signal);
            return {
                status,
                headers,
                body: body.bytes.toString('utf8'),
                bodyTruncated: body.truncated,
                failure: undefined,
                host,
                path,
                proxyHost
            };
        }
        catch (error) {
            return {
                status,
                headers,
                body: '',
                bodyTruncated: false,
                failure: failureOf(error, controller, request.timeoutMs),
                host,
                path,
                proxyHost
            };
        }
    }
    catch (error) {
        // A response that arrives after the race was lost would hold its socket open.
        void pending?.then(late => late.message.destroy(), () => undefined);
        return {
            status: undefined,
            headers: {},
            body: '',
            bodyTruncated: false,
            failure: failureOf(error, controller, request.timeoutMs),
            host,
            path,
            proxyHost
        };
    }
    finally {
        clearTimeout(timer);
        client.dispose();
    }
}
function failureOf(error, controller, timeoutMs) {
    if (controller.signal.aborted) {
        return {
            code: 'ETIMEDOUT',
            message: `no complete response within the ${formatSeconds(timeoutMs)} given to this attempt`,
            timedOut: true
        };
    }
    return { code: errorCode(error) ?? 'UNKNOWN', message: errorMessage(error), timedOut: false };
}
/**
 * Returns a promise that rejects when the signal aborts. Both sides of the race get a no-op
 * handler for the rejection that comes after the race is decided, which would otherwise be an
 * unhandled rejection.
 */
function rejectOnAbort(signal) {
    const aborted = new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(new Error('aborted at the attempt time limit')), {
            once: true
        });
    });
    aborted.catch(() => undefined);
    return aborted;
}
function firstValues(headers) {
    const result = {};
    for (const [name, value] of Object.entries(headers)) {
        const first = Array.isArray(value) ? value[0] : value;
        if (first !== undefined) {
            result[name.toLowerCase()] = first;
        }
    }
    return result;
}
/**
 * Attaches an abort signal to the request that http-client builds, which it offers no other way
 * to cancel, and unwraps IPv6 literals. Node destroys the socket when the signal aborts.
 */
class AbortSignalHandler {
    signal;
    constructor(signal) {
        this.signal = signal;
    }
    prepareRequest(options) {
        options.signal = this.signal;
        options.rejectUnauthorized = true;
        // http-client passes URL.hostname, which keeps the brackets of an IPv6 literal such as
        // [::1], and Node would then try to resolve "[::1]" as a name.
        if (typeof options.host === 'string' && /^\[.*\]$/.test(options.host)) {
            options.host = options.host.slice(1, -1);
        }
    }
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        throw new Error('AbortSignalHandler does not handle authentication');
    }
}

;// CONCATENATED MODULE: ./src/rate-limit.ts
/** A reset value above this is in milliseconds, below it in seconds: 10^12 ms is in 2001. */
const MILLISECONDS_THRESHOLD = 1e12;
/**
 * Reads `X-AircallApi-Limit`, `-Remaining` and `-Reset`, and `Retry-After`. Aircall does not
 * document the unit of the reset, and public clients disagree, so both epoch seconds and epoch
 * milliseconds are accepted. `Retry-After` may be seconds or an HTTP date. When both give a reset,
 * the later one wins, so a retry never comes too early. Unparseable values, and values beyond
 * what a Date can hold, are ignored.
 */
function parseRateLimit(headers, nowMs) {
    const limit = parseCount(headers['x-aircallapi-limit']);
    const remaining = parseCount(headers['x-aircallapi-remaining']);
    const candidates = [
        parseEpoch(headers['x-aircallapi-reset']),
        parseRetryAfter(headers['retry-after'], nowMs)
    ].filter((value) => value !== undefined);
    const resetAtMs = candidates.length === 0 ? undefined : Math.max(...candidates);
    return { limit, remaining, resetAtMs };
}
/** Latest time a Date can hold, in epoch milliseconds; later values make toISOString throw. */
const MAX_DATE_MS = 8.64e15;
function parseCount(value) {
    if (value === undefined || !/^\s*\d+\s*$/.test(value)) {
        return undefined;
    }
    const count = Number(value);
    return Number.isSafeInteger(count) ? count : undefined;
}
function validTime(ms) {
    return Number.isFinite(ms) && ms <= MAX_DATE_MS ? ms : undefined;
}
function parseEpoch(value) {
    if (value === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(value)) {
        return undefined;
    }
    const number = Number(value);
    return validTime(number > MILLISECONDS_THRESHOLD ? number : number * 1000);
}
function parseRetryAfter(value, nowMs) {
    if (value === undefined || value.trim() === '') {
        return undefined;
    }
    if (/^\s*\d+\s*$/.test(value)) {
        return validTime(nowMs + Number(value) * 1000);
    }
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : validTime(date);
}

;// CONCATENATED MODULE: ./src/retry-policy.ts
/** First backoff delay. Each further retry doubles it, up to {@link MAX_BACKOFF_MS}. */
const BASE_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 16000;
/** A retry is planned only if at least this much time would be left for the request itself. */
const MIN_ATTEMPT_MS = 1000;
/** Added to a rate-limit reset, because epoch seconds round the reset down by up to a second. */
const RESET_MARGIN_MS = 250;
/**
 * Decides whether to retry and after how long. A 429 waits for Aircall's reset when the reset is
 * known and in the future, else it backs off like a 5xx: an immediate retry would only spend
 * more of the company's shared budget. A wait that would end too close to the deadline stops the
 * check at once instead of sleeping into a timeout.
 */
function planRetry(context) {
    const { verdict, attempt, maxAttempts, nowMs, deadlineMs } = context;
    if (!verdict.retryable) {
        return { retry: false, stop: 'final' };
    }
    if (verdict.result === 'rate-limited' &&
        context.resetAtMs !== undefined &&
        context.resetAtMs > nowMs) {
        const delayMs = context.resetAtMs - nowMs + RESET_MARGIN_MS;
        if (nowMs + delayMs + MIN_ATTEMPT_MS > deadlineMs) {
            return { retry: false, stop: 'reset-after-deadline' };
        }
        if (attempt >= maxAttempts) {
            return { retry: false, stop: 'attempts' };
        }
        return { retry: true, delayMs, wait: 'reset' };
    }
    if (attempt >= maxAttempts) {
        return { retry: false, stop: 'attempts' };
    }
    const delayMs = backoffDelayMs(attempt, context.random);
    if (nowMs + delayMs + MIN_ATTEMPT_MS > deadlineMs) {
        return { retry: false, stop: 'deadline' };
    }
    return { retry: true, delayMs, wait: 'backoff' };
}
/**
 * Returns the time limit of the next attempt: an equal share of the time left for each attempt
 * left, so that one stalled connection cannot use up the whole deadline and a timeout can be
 * retried. An attempt gets at least {@link MIN_ATTEMPT_MS}, or all that is left if less.
 */
function attemptTimeoutMs(timeLeftMs, attemptsLeft) {
    const share = Math.floor(timeLeftMs / Math.max(1, attemptsLeft));
    return Math.max(1, Math.min(timeLeftMs, Math.max(MIN_ATTEMPT_MS, share)));
}
/**
 * Returns the delay before retry number `attempt`, with "equal jitter": half the exponential
 * step is fixed and half is random, so a retry is never immediate and many runners that failed
 * together do not retry together.
 */
function backoffDelayMs(attempt, random) {
    const step = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (attempt - 1));
    return Math.round(step / 2 + (step / 2) * random);
}

;// CONCATENATED MODULE: ./src/body-excerpt.ts
/** Maximum length of a body excerpt in a message, in characters. */
const MAX_EXCERPT_LENGTH = 200;
/**
 * Returns the text of an Aircall error body. Its edge sends `{"message": …}` and its application
 * sends `{"error": …, "troubleshoot": …}`, so every field present is kept.
 */
function aircallMessage(body) {
    const parsed = parseJsonObject(body);
    if (parsed === undefined) {
        return undefined;
    }
    const parts = ['message', 'error', 'troubleshoot']
        .map(field => parsed[field])
        .filter((value) => typeof value === 'string' && value.trim() !== '')
        .map(value => collapseWhitespace(value));
    return parts.length === 0 ? undefined : truncate(parts.join(' - '));
}
/**
 * Shortens a body for a message: scripts, styles, comments and tags are dropped, entities decoded,
 * whitespace collapsed and the text cut to {@link MAX_EXCERPT_LENGTH} characters, so a 30 KB
 * CloudFront error page becomes one readable line. Every step is linear in the body length,
 * because the body comes from the server and may be built to stall a backtracking pattern.
 */
function bodyExcerpt(body) {
    if (looksBinary(body)) {
        return `[binary body of ${Buffer.byteLength(body)} bytes]`;
    }
    let text = dropBlock(body, '<!--', '-->');
    for (const element of ['script', 'style']) {
        text = dropBlock(text, `<${element}`, `</${element}`);
    }
    text = text
        .replace(/<[^<>]*>/g, ' ')
        .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, entity => ENTITIES[entity] ?? entity);
    return truncate(collapseWhitespace(text));
}
/**
 * Removes every block from `open` to the end of `close` and the `>` after it, case-insensitive,
 * with indexOf scans only. An unclosed block runs to the end of the text.
 */
function dropBlock(text, open, close) {
    const lower = text.toLowerCase();
    let result = '';
    let position = 0;
    for (;;) {
        const start = lower.indexOf(open, position);
        if (start === -1) {
            return result + text.slice(position);
        }
        result += `${text.slice(position, start)} `;
        const end = lower.indexOf(close, start + open.length);
        if (end === -1) {
            return result;
        }
        const closeEnd = lower.indexOf('>', end);
        position = closeEnd === -1 ? text.length : closeEnd + 1;
    }
}
/** Tells whether a decoded body is mostly binary: many replacement or control characters. */
function looksBinary(body) {
    let odd = 0;
    for (let i = 0; i < body.length; i++) {
        const code = body.charCodeAt(i);
        if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d)) {
            odd += 1;
        }
    }
    return body.length > 0 && odd / body.length > 0.1;
}
/** Describes a body for a message: Aircall's own words when it sent JSON, else an excerpt. */
function describeBody(body) {
    const message = aircallMessage(body);
    if (message !== undefined) {
        return message;
    }
    const excerpt = bodyExcerpt(body);
    return excerpt === '' ? undefined : excerpt;
}
/** Parses a body as a JSON object, or returns undefined for anything else. */
function parseJsonObject(body) {
    try {
        const parsed = JSON.parse(body);
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
            return parsed;
        }
    }
    catch {
        // Not JSON: the caller falls back to an excerpt.
    }
    return undefined;
}
const ENTITIES = {
    '&nbsp;': ' ',
    '&amp;': '&',
    '&lt;': '<',
    '&gt;': '>',
    '&quot;': '"',
    '&#39;': "'",
    '&apos;': "'"
};
/** Replaces runs of whitespace, line breaks and control characters with one space. */
function collapseWhitespace(text) {
    // Control characters and line breaks are dropped too, so no excerpt can start a workflow
    // command on a line of its own.
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}
function truncate(text) {
    return truncateText(text, MAX_EXCERPT_LENGTH);
}
/** Cuts text to `maxLength` characters, ending with an ellipsis when it was longer. */
function truncateText(text, maxLength) {
    if (text.length <= maxLength) {
        return text;
    }
    return `${text.slice(0, maxLength - 1).trimEnd()}…`;
}

;// CONCATENATED MODULE: ./src/exchange.ts
/** Maximum length of a request id, in characters; Aircall's are under 100. */
const MAX_REQUEST_ID_LENGTH = 200;
/**
 * Returns Aircall's id of a response: `apigw-requestid`, else CloudFront's `x-amz-cf-id`. Every
 * response from Aircall's edge carries one, so its absence marks a response from somewhere else.
 */
function requestIdOf(exchange) {
    const id = exchange.headers['apigw-requestid'] ?? exchange.headers['x-amz-cf-id'];
    return id === undefined ? undefined : id.slice(0, MAX_REQUEST_ID_LENGTH);
}
/**
 * Returns a copy with secrets removed from the body, the header values and the failure message,
 * for building messages. A server or proxy that echoes the request could return the credential,
 * and an excerpt is cut before the log's own redaction runs.
 */
function redactExchange(exchange, redact) {
    const headers = {};
    for (const [name, value] of Object.entries(exchange.headers)) {
        headers[name] = redact(value);
    }
    const failure = exchange.failure === undefined
        ? undefined
        : { ...exchange.failure, message: redact(exchange.failure.message) };
    return { ...exchange, headers, body: redact(exchange.body), failure };
}

;// CONCATENATED MODULE: ./src/status-text.ts
const REASON_PHRASES = {
    200: 'OK',
    301: 'Moved Permanently',
    302: 'Found',
    303: 'See Other',
    307: 'Temporary Redirect',
    308: 'Permanent Redirect',
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    407: 'Proxy Authentication Required',
    408: 'Request Timeout',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout'
};
/** Formats a status as `HTTP 403 Forbidden`, or `HTTP 599` when the code has no common name. */
function statusText(status) {
    const phrase = REASON_PHRASES[status];
    return phrase === undefined ? `HTTP ${status}` : `HTTP ${status} ${phrase}`;
}

;// CONCATENATED MODULE: ./src/advice.ts
// Advice for the common causes of a failed check. Each text is written once and appended wherever
// that cause applies, so the same situation always reads the same way.
const MISSING_SECRET_ADVICE = 'Workflows triggered from a fork receive no secrets, and Dependabot runs read Dependabot secrets, ' +
    'not Actions secrets. Check that the secret exists for this repository or environment and that ' +
    'the workflow passes it to the step.';
const CHECK_SECRETS_ADVICE = "Check which secrets the workflow passes: 'api-id' takes the API ID and 'api-token' the API " +
    'token, not swapped, and both from the same key.';
const NEW_KEY_ADVICE = 'If the key was deleted or rotated, create a new one in the Aircall Dashboard ' +
    '(Integrations & API, API keys) and update both secrets.';
const PASTE_AGAIN_ADVICE = 'Copy the value again from where the key was first saved and update the secret.';
const TLS_ADVICE = 'If the runner reaches the internet through a TLS-inspecting proxy, add that proxy’s CA ' +
    'certificate with the NODE_EXTRA_CA_CERTS environment variable. The action never disables ' +
    'certificate verification.';
const RATE_LIMIT_ADVICE = 'Aircall allows 120 requests per minute per company, shared by every key and integration of ' +
    'the company, so other traffic can use it up. Raise timeout-seconds or max-attempts so that ' +
    'the check can wait longer, or schedule it at a quieter minute.';
const OUTAGE_ADVICE = 'This says nothing about the key. Run the check again later.';
const WARN_ADVICE = 'Set on-unavailable: warn to let a deploy go on through an Aircall outage.';

;// CONCATENATED MODULE: ./src/transport-description.ts


// http-client's tunnel agent reports a rejected CONNECT with this text and the proxy's status.
const TUNNEL_REJECTED = /tunneling socket could not be established(?:, statusCode=(\d+))?/;
// EPROTO is what OpenSSL reports for a server that does not speak TLS, such as plain HTTP.
const TLS_CODE = /^(CERT_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH|EPROTO$)/;
/** Tells whether a failure came from TLS: an untrusted, expired or mismatched certificate. */
function isTlsFailure(failure) {
    return TLS_CODE.test(failure.code);
}
/**
 * Tells whether a retry cannot change a failure: a certificate that is not trusted now will not
 * be trusted a second later, and a proxy that rejects the tunnel with a 4xx will reject it again.
 * Timeouts, resets and failed lookups may pass, so they are retried.
 */
function isPermanentFailure(failure) {
    const tunnel = TUNNEL_REJECTED.exec(failure.message);
    if (tunnel !== null) {
        return tunnel[1] !== undefined && tunnel[1].startsWith('4');
    }
    return !failure.timedOut && isTlsFailure(failure);
}
/**
 * Describes a failure below HTTP in one sentence that names the error code, the host and the
 * proxy when one was used, with the advice that fits the kind of failure.
 */
function describeTransportFailure(failure, host, proxyHost) {
    const { code } = failure;
    // OpenSSL messages span several lines; a message must stay on one.
    const detail = collapseWhitespace(failure.message);
    const via = proxyHost === undefined ? '' : ` through the proxy ${proxyHost}`;
    if (failure.timedOut) {
        return (`${host}${via} sent ${detail} (${code}). The attempts share the deadline set by ` +
            'timeout-seconds.');
    }
    const tunnel = TUNNEL_REJECTED.exec(failure.message);
    if (tunnel !== null) {
        const proxy = proxyHost === undefined ? 'set by HTTPS_PROXY' : `${proxyHost} set by HTTPS_PROXY`;
        return describeTunnelFailure(tunnel[1], detail, code, host, proxy);
    }
    if (isTlsFailure(failure)) {
        return `The TLS connection to ${host}${via} failed with ${code}: ${detail}. ${tlsAdvice(failure, host)}`;
    }
    switch (code) {
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return (`The host name in ${host} could not be resolved (${code}). Check api-url and the ` +
                "runner's DNS.");
        case 'ECONNREFUSED':
            return `${host} refused the connection (${code}). Check api-url and any firewall.`;
        case 'ECONNRESET':
        case 'ERR_BODY_INCOMPLETE':
            return `The connection to ${host}${via} closed before the response was complete (${code}).`;
        case 'ETIMEDOUT':
            return `The connection to ${host}${via} timed out (${code}).`;
        default:
            return `The request to ${host}${via} failed with ${code}: ${detail}.`;
    }
}
function describeTunnelFailure(status, detail, code, host, proxy) {
    if (status === undefined) {
        return (`The connection to the proxy ${proxy} failed before it opened a tunnel to ${host}: ` +
            `${detail} (${code}). Check HTTPS_PROXY, or add the host to NO_PROXY if the runner can ` +
            'reach it directly.');
    }
    const credentials = status === '407'
        ? ' The proxy requires authentication: check the user name and password in HTTPS_PROXY.'
        : '';
    return (`The proxy ${proxy} refused to open a tunnel to ${host} with status ${status} (${code}). ` +
        'This comes from the proxy, not from Aircall: check the proxy settings, or add the host ' +
        `to NO_PROXY if the runner can reach it directly.${credentials}`);
}
function tlsAdvice(failure, host) {
    if (failure.code === 'EPROTO' || failure.code === 'ERR_SSL_WRONG_VERSION_NUMBER') {
        return `The server at ${host} does not speak TLS on that port: check the scheme and port of api-url.`;
    }
    if (failure.code === 'ERR_TLS_CERT_ALTNAME_INVALID' || failure.code === 'HOSTNAME_MISMATCH') {
        return `The certificate is not valid for ${host}: check the host name in api-url. ${TLS_ADVICE}`;
    }
    return TLS_ADVICE;
}

;// CONCATENATED MODULE: ./src/verdict.ts




const ENDPOINT_PATHS = {
    ping: '/v1/ping',
    company: '/v1/company'
};
const CHECK_API_URL = 'Check that api-url is the base URL of the Aircall API, such as https://api.aircall.io, ' +
    'without /v1.';
/** Maximum length of a company name, in characters. Real names are short. */
const MAX_NAME_LENGTH = 200;
const HTTP_OK = 200;
const HTTP_UNAUTHORIZED = 401;
const HTTP_FORBIDDEN = 403;
const HTTP_TOO_MANY_REQUESTS = 429;
/**
 * Classifies one exchange. Only a 200 with the expected JSON body is accepted, because an
 * intercepting proxy or captive portal can respond with 200 too. Likewise, a 401 or 403 is a
 * rejection only with Aircall's JSON error body and its request id headers, because a firewall or
 * proxy block page is no verdict on the key. Rejections are never retried. Everything else is unavailable, and is
 * retried only when it may be transient.
 */
function classifyExchange(endpoint, exchange, redact = text => text) {
    const { status, failure } = exchange;
    // Decisions read the exchange as received, and messages are built from a redacted copy.
    // Redacting first could change Aircall's own body and so flip the verdict.
    const redacted = redactExchange(exchange, redact);
    if (status === undefined || failure !== undefined) {
        const transport = failure === undefined
            ? 'No response arrived.'
            : describeTransportFailure(redacted.failure ?? failure, exchange.host, exchange.proxyHost);
        const prefix = status === undefined ? '' : `${answered(redacted)}, but `;
        return {
            result: 'unavailable',
            retryable: failure === undefined || !isPermanentFailure(failure),
            reason: prefix === '' ? transport : `${prefix}${lowerFirst(transport)}`
        };
    }
    if (status === HTTP_UNAUTHORIZED || status === HTTP_FORBIDDEN) {
        if (aircallMessage(exchange.body) === undefined || requestIdOf(exchange) === undefined) {
            return {
                result: 'unavailable',
                retryable: false,
                reason: `${answered(redacted)} without Aircall's JSON error body and request id headers, so a ` +
                    'firewall, WAF or proxy on the way blocked the request, not Aircall: this is no ' +
                    `verdict on the key.${bodyMessage(redacted)}`
            };
        }
        return {
            result: 'unauthorized',
            retryable: false,
            reason: `${answered(redacted)}.${bodyMessage(redacted)}`
        };
    }
    if (status === HTTP_TOO_MANY_REQUESTS) {
        return {
            result: 'rate-limited',
            retryable: true,
            reason: `${answered(redacted)}.${bodyMessage(redacted)}`
        };
    }
    if (status >= 500) {
        return {
            result: 'unavailable',
            retryable: true,
            reason: `${answered(redacted)}.${bodyMessage(redacted)}`
        };
    }
    if (status >= 300 && status < 400) {
        return { result: 'unavailable', retryable: false, reason: describeRedirect(redacted) };
    }
    if (status === HTTP_OK) {
        return classifySuccess(endpoint, exchange, redacted);
    }
    return {
        result: 'unavailable',
        retryable: false,
        reason: `${answered(redacted)}.${bodyMessage(redacted)} ${CHECK_API_URL}`
    };
}
function classifySuccess(endpoint, exchange, redacted) {
    if (exchange.bodyTruncated) {
        return {
            result: 'unavailable',
            retryable: false,
            reason: `${answered(redacted)} with a body too long for an Aircall answer, so it did not come from the Aircall API.`
        };
    }
    const body = parseJsonObject(exchange.body);
    if (endpoint === 'ping' && body?.['ping'] === 'pong') {
        return {
            result: 'authenticated',
            retryable: false,
            reason: `${answered(redacted)} with {"ping":"pong"}.`
        };
    }
    const company = body?.['company'];
    if (endpoint === 'company' && typeof company === 'object' && company !== null) {
        const name = company['name'];
        if (typeof name === 'string') {
            // The name is redacted in logs and the summary, so line breaks and control characters go,
            // and an absurd length is cut.
            const companyName = truncateText(collapseWhitespace(name), MAX_NAME_LENGTH);
            return {
                result: 'authenticated',
                retryable: false,
                reason: `${answered(redacted)} with the company.`,
                companyName
            };
        }
    }
    const expected = endpoint === 'ping' ? '{"ping":"pong"}' : 'the company';
    return {
        result: 'unavailable',
        retryable: false,
        reason: `${answered(redacted)}, but the body is not ${expected}, so something other than the Aircall ` +
            'API answered, such as an intercepting proxy or a captive portal.' +
            bodyMessage(redacted)
    };
}
function describeRedirect(exchange) {
    const location = exchange.headers['location'];
    let target = 'no Location header';
    if (location !== undefined) {
        try {
            // Only the host is redacted, because a query could carry a token.
            target = `a redirect to host ${new URL(location, `https://${exchange.host}`).host}`;
        }
        catch {
            target = 'an invalid Location header';
        }
    }
    return (`${answered(exchange)} with ${target}. The action does not follow redirects, so the ` +
        `credentials never reach another host. ${CHECK_API_URL}`);
}
function answered(exchange) {
    const status = exchange.status === undefined ? 'no status' : statusText(exchange.status);
    const requestId = requestIdOf(exchange);
    const id = requestId === undefined ? '' : ` (request id ${requestId})`;
    return `${exchange.host} answered ${status} to GET ${exchange.path}${id}`;
}
function bodyMessage(exchange) {
    const description = describeBody(exchange.body);
    return description === undefined ? '' : ` The body says: "${description}".`;
}
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/check.ts




/**
 * Calls one endpoint until it gives a verdict that a retry cannot change, the attempts run out,
 * or the deadline would pass. Every attempt gets a share of the time left before the deadline.
 */
async function checkEndpoint(request, dependencies) {
    const { send, sleep, now, random, log, redact } = dependencies;
    let attempt = 0;
    for (;;) {
        attempt += 1;
        const timeoutMs = attemptTimeoutMs(request.deadlineMs - now(), request.maxAttempts - attempt + 1);
        const exchange = await send({
            url: request.url,
            authorization: request.authorization,
            timeoutMs
        });
        const verdict = classifyExchange(request.endpoint, exchange, redact);
        const rateLimit = parseRateLimit(exchange.headers, now());
        const plan = planRetry({
            verdict,
            attempt,
            maxAttempts: request.maxAttempts,
            nowMs: now(),
            deadlineMs: request.deadlineMs,
            resetAtMs: rateLimit.resetAtMs,
            random: random()
        });
        if (!plan.retry) {
            return { verdict, attempts: attempt, lastExchange: exchange, rateLimit, stop: plan.stop };
        }
        const wait = plan.wait === 'reset' ? "until Aircall's rate limit resets" : 'with backoff';
        log(`Attempt ${attempt} of ${request.maxAttempts} to ${request.url.pathname} gave no verdict: ` +
            `${verdict.reason} Retrying in ${formatSeconds(plan.delayMs)} ${wait}.`);
        await sleep(plan.delayMs);
    }
}

;// CONCATENATED MODULE: ./src/credentials.ts
/** Minimum length of a derived form (a line of a value, an upper-case copy) that is masked. */
const MIN_MASKED_LENGTH = 4;
/** Builds the value of the Authorization header: Basic with base64 of UTF-8 `id:token`. */
function basicAuthorization(apiId, apiToken) {
    return `Basic ${basicCredential(apiId, apiToken)}`;
}
function basicCredential(apiId, apiToken) {
    return Buffer.from(`${apiId}:${apiToken}`, 'utf8').toString('base64');
}
/**
 * Lists every form of the credentials that must be masked: the ID, the token, `id:token` and its
 * base64 (which also covers the full header). The raw input values are included when they differ
 * from the trimmed ones, and so is each line of a multi-line value, because the runner masks a
 * registered secret line by line. Empty strings are left out, since masking one makes the runner
 * warn.
 */
function credentialForms(rawId, rawToken) {
    const forms = new Set();
    const id = rawId.trim();
    const token = rawToken.trim();
    for (const value of [rawToken, token, rawId, id]) {
        forms.add(value);
        for (const line of value.split(/\r\n|[\r\n\u2028\u2029]/)) {
            // NOTE: fragments under 4 characters stay unmasked, because masking them would garble
            // every log line that happens to contain those characters.
            if (line.trim().length >= MIN_MASKED_LENGTH) {
                forms.add(line.trim());
            }
        }
    }
    if (id !== '' || token !== '') {
        forms.add(`${id}:${token}`);
        forms.add(basicCredential(id, token));
    }
    // Hexadecimal keys mean the same in upper case, and a server may echo them so.
    for (const value of [id, token, `${id}:${token}`]) {
        if (value.length >= MIN_MASKED_LENGTH) {
            forms.add(value.toUpperCase());
        }
    }
    forms.delete('');
    return [...forms];
}

;// CONCATENATED MODULE: ./src/decision.ts



/** Turns input problems into the invalid-input decision. No request was made. */
function decideInvalidInput(problems) {
    return {
        result: 'invalid-input',
        passed: false,
        level: 'error',
        title: 'Invalid input',
        message: problems.join('\n'),
        nextStep: 'Fix the inputs named in the error, then run the workflow again.',
        statusCode: undefined,
        requestId: undefined,
        attempts: 0,
        companyName: undefined,
        rateLimit: undefined
    };
}
/**
 * Turns an error the action did not expect into a failing decision. Its result is unavailable,
 * because the run proves nothing about the key.
 */
function decideUnexpected(message) {
    return {
        result: 'unavailable',
        passed: false,
        level: 'error',
        title: 'Aircall check failed unexpectedly',
        message,
        nextStep: 'Report the error to the maintainers of the action.',
        statusCode: undefined,
        requestId: undefined,
        attempts: 0,
        companyName: undefined,
        rateLimit: undefined
    };
}
/**
 * Decides the outcome of a check from the ping and, when one was made, the company lookup. The
 * expectation decides what passes: with `expect: revoked` only a 403 passes, because a 401 means
 * no credentials reached Aircall and so proves nothing about the key.
 */
function decideCheck(settings, ping, company) {
    const last = company ?? ping;
    const base = {
        statusCode: last.lastExchange.status,
        requestId: requestIdOf(last.lastExchange),
        attempts: ping.attempts + (company?.attempts ?? 0),
        companyName: company?.verdict.companyName,
        rateLimit: hasRateLimit(last.rateLimit) ? last.rateLimit : undefined
    };
    const verdict = last.verdict;
    switch (verdict.result) {
        case 'authenticated':
            return { ...base, ...decideAccepted(settings, verdict.reason, company) };
        case 'unauthorized':
            if (company !== undefined) {
                return { ...base, ...decideCompanyRejected(verdict.reason) };
            }
            return { ...base, ...decideRejected(settings, verdict.reason, last.lastExchange.status) };
        case 'rate-limited':
            return {
                ...base,
                ...decideInconclusive(settings, 'rate-limited', rateLimitMessage(last), true)
            };
        case 'unavailable': {
            // After an accepted ping, the failed company lookup is not an outage verdict on the key.
            const subject = company === undefined
                ? 'The check could not reach a verdict'
                : 'Aircall accepted the ping, but the company lookup (GET /v1/company) gave no answer';
            const advice = outageAdvice(settings, verdict.retryable && company === undefined);
            const message = `${subject}: ${verdict.reason}${stopReason(last)}${advice}`;
            return { ...base, ...decideInconclusive(settings, 'unavailable', message, verdict.retryable) };
        }
    }
}
function decideAccepted(settings, reason, company) {
    if (settings.expect === 'revoked') {
        return {
            result: 'authenticated',
            passed: false,
            level: 'error',
            title: 'Aircall key still active',
            message: `Aircall accepted the credentials, but expect is 'revoked': the retired key still works. ` +
                `${reason} Delete the key in the Aircall Dashboard (Integrations & API, API keys), then ` +
                'run the check again.',
            nextStep: 'Delete the retired key in the Aircall Dashboard.'
        };
    }
    const name = company?.verdict.companyName;
    if (name !== undefined && settings.expectedCompany !== undefined) {
        if (!sameCompany(name, settings.expectedCompany)) {
            return {
                result: 'wrong-company',
                passed: false,
                level: 'error',
                title: 'Aircall key belongs to another company',
                message: `Aircall accepted the credentials, but they belong to the company '${name}', not ` +
                    `'${settings.expectedCompany}' as expected-company requires. A key of another Aircall ` +
                    'account, such as staging, is in these secrets. Put the key of the expected company in ' +
                    'the secrets, or correct expected-company.' +
                    describeLookAlikes(name, settings.expectedCompany),
                nextStep: `Store a key of '${settings.expectedCompany}' in the secrets.`
            };
        }
        return {
            result: 'authenticated',
            passed: true,
            level: 'info',
            title: 'Aircall credentials accepted',
            message: `Aircall accepted the credentials of the company '${name}'.`,
            nextStep: undefined
        };
    }
    return {
        result: 'authenticated',
        passed: true,
        level: 'info',
        title: 'Aircall credentials accepted',
        message: `Aircall accepted the credentials: ${reason}`,
        nextStep: undefined
    };
}
function decideRejected(settings, reason, status) {
    const noCredentials = status === 401;
    if (settings.expect === 'revoked' && !noCredentials) {
        return {
            result: 'unauthorized',
            passed: true,
            level: 'info',
            title: 'Aircall key revoked',
            message: `Aircall rejected the credentials, as expect: revoked requires, so the key no longer works. ${reason}`,
            nextStep: undefined
        };
    }
    const nonAscii = settings.nonAsciiInputs.length === 0
        ? ''
        : ` ${settings.nonAsciiInputs.map(name => `'${name}'`).join(' and ')} contains non-ASCII ` +
            'characters, which Aircall keys do not have: check that the secret was copied exactly.';
    if (noCredentials) {
        const revoked = settings.expect === 'revoked'
            ? ' This proves nothing about the key, so the check cannot confirm that it is revoked.'
            : '';
        return {
            result: 'unauthorized',
            passed: false,
            level: 'error',
            title: 'No credentials reached Aircall',
            message: `Aircall answered that the request carried no credentials. ${reason}${revoked} ` +
                `${CHECK_SECRETS_ADVICE} A proxy between the runner and Aircall may also have removed the ` +
                `Authorization header.${nonAscii}`,
            nextStep: 'Check which secrets the workflow passes, and any proxy on the way.'
        };
    }
    return {
        result: 'unauthorized',
        passed: false,
        level: 'error',
        title: 'Aircall rejected the credentials',
        message: `Aircall rejected the API ID and token: the pair is wrong or was revoked. ${reason} ` +
            `${CHECK_SECRETS_ADVICE} ${NEW_KEY_ADVICE}${nonAscii}`,
        nextStep: 'Check the secrets, or create a new key in the Aircall Dashboard.'
    };
}
function decideCompanyRejected(reason) {
    return {
        result: 'unauthorized',
        passed: false,
        level: 'error',
        title: 'Aircall rejected the company lookup',
        message: 'Aircall accepted the ping but rejected GET /v1/company with the same credentials, so the ' +
            `company of the key could not be checked. ${reason} Check the permissions of the key in ` +
            'the Aircall Dashboard, or leave out expected-company.',
        nextStep: 'Check the key in the Aircall Dashboard, or leave out expected-company.'
    };
}
/** Advice for an unavailable result; none when a retry cannot help. */
function outageAdvice(settings, transient) {
    if (!transient) {
        return '';
    }
    const canWarn = settings.onUnavailable === 'fail' && settings.expect === 'valid';
    return canWarn ? ` ${OUTAGE_ADVICE} ${WARN_ADVICE}` : ` ${OUTAGE_ADVICE}`;
}
function decideInconclusive(settings, result, message, transient) {
    // An outage proves nothing about a retired key, so it never lets a revocation check pass.
    const warn = settings.onUnavailable === 'warn' && settings.expect === 'valid';
    const tail = warn
        ? ' The step passes because on-unavailable is warn.'
        : settings.onUnavailable === 'warn'
            ? ' The step fails although on-unavailable is warn, because with expect: revoked only a ' +
                'rejection by Aircall proves that the key is revoked.'
            : '';
    return {
        result,
        passed: warn,
        level: warn ? 'warning' : 'error',
        title: result === 'rate-limited' ? 'Aircall rate limit reached' : 'Aircall API unavailable',
        message: `${message}${tail}`,
        nextStep: result === 'rate-limited'
            ? 'Run the check again after the rate limit resets.'
            : transient
                ? 'Run the check again later; this result says nothing about the key.'
                : 'Fix the cause named in the error (api-url, proxy or certificates), then run the check again.'
    };
}
function rateLimitMessage(outcome) {
    const reset = outcome.rateLimit.resetAtMs;
    const when = reset === undefined ? '' : ` The limit resets at ${new Date(reset).toISOString()}.`;
    return `Aircall's rate limit gave no verdict: ${outcome.verdict.reason}${when}${stopReason(outcome)} ${RATE_LIMIT_ADVICE}`;
}
function stopReason(outcome) {
    switch (outcome.stop) {
        case 'final':
            return '';
        case 'attempts':
            return ` The check stopped after ${formatCount(outcome.attempts, 'attempt')}, the limit set by max-attempts.`;
        case 'deadline':
            return (` The check stopped after ${formatCount(outcome.attempts, 'attempt')}, because another wait would pass ` +
                'the deadline set by timeout-seconds.');
        case 'reset-after-deadline':
            return (' That is after the deadline set by timeout-seconds, so the check stopped without ' +
                'waiting.');
    }
}
function hasRateLimit(info) {
    return info.limit !== undefined || info.remaining !== undefined || info.resetAtMs !== undefined;
}
/**
 * Compares company names as people type them: Unicode-normalized, with whitespace collapsed and
 * trimmed, and case-insensitive by upper-casing, which also folds ß to SS. Accents still count.
 */
function sameCompany(actual, expected) {
    const normalize = (name) => name.normalize('NFKC').replace(/\s+/gu, ' ').trim().toUpperCase();
    return normalize(actual) === normalize(expected);
}
/**
 * Explains a mismatch between names that may look the same: non-ASCII letters such as a
 * Cyrillic А or an invisible zero-width space are listed with their code points.
 */
function describeLookAlikes(actual, expected) {
    const unusual = new Set();
    for (const character of `${actual}${expected}`) {
        const code = character.codePointAt(0) ?? 0;
        if (code > 0x7e) {
            unusual.add(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
        }
    }
    if (unusual.size === 0) {
        return '';
    }
    const listed = [...unusual].slice(0, 10).join(', ');
    return ` The names contain characters outside ASCII (${listed}), which can look alike or be invisible.`;
}

;// CONCATENATED MODULE: ./src/secret-diagnostics.ts


// Line breaks get their own message, so they are left out of this class.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;
const QUOTE_PAIRS = ['""', "''", '``', '“”', '‘’', '«»'];
const HEADER_PREFIX = /^(basic|bearer)\s/i;
const STRICT_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const USUAL_KEY = /^[A-Za-z0-9]{16,64}$/;
/**
 * Diagnoses one secret input as the runner passed it, before any request. Real keys are 32
 * hexadecimal characters, and the documented example is 16 upper-case letters and digits, but
 * Aircall publishes no format, so an unusual shape only warns.
 */
function diagnoseSecret(name, raw) {
    const value = raw.trim();
    const problems = [];
    const warnings = [];
    const hasNonAscii = containsNonAscii(value);
    if (value === '') {
        problems.push(`Input '${name}' is empty. ${MISSING_SECRET_ADVICE}`);
        return { value, problems, warnings, hasNonAscii };
    }
    if (value.length !== raw.length) {
        warnings.push(`Input '${name}' has surrounding whitespace or a line ending ` +
            `(${formatCount(raw.length - value.length, 'character')}), which the check removed. Remove it from the ` +
            'secret too, because other tools that read the same secret may not trim it.');
    }
    if (LINE_BREAK.test(value)) {
        problems.push(`Input '${name}' contains a line break inside the value, as happens when a key is copied ` +
            `across a wrapped line or two values are pasted together. ${PASTE_AGAIN_ADVICE}`);
    }
    const control = CONTROL_CHARACTER.exec(value);
    if (control !== null) {
        problems.push(`Input '${name}' contains a control character at position ${control.index + 1}, which ` +
            `copying from a terminal or a rich-text editor can add. ${PASTE_AGAIN_ADVICE}`);
    }
    if (isWrappedInQuotes(value)) {
        problems.push(`Input '${name}' is wrapped in quotes, so the quotes became part of the secret. Save the ` +
            'secret again without them.');
    }
    const prefix = HEADER_PREFIX.exec(value);
    if (prefix !== null) {
        const scheme = prefix[1] === undefined ? 'Basic' : capitalize(prefix[1]);
        problems.push(`Input '${name}' starts with '${scheme} ', so it contains an Authorization header value ` +
            `instead of the bare ${describe(name)}. Save only the ${describe(name)} from the Aircall ` +
            'Dashboard; the action builds the header itself.');
    }
    if (prefix === null && isBase64OfPair(value)) {
        problems.push(`Input '${name}' is the base64 encoding of an 'id:token' pair, the form an Authorization ` +
            'header carries. Save the API ID and the API token as two separate secrets; the action ' +
            'encodes them itself.');
    }
    if (name === 'api-id' && value.includes(':')) {
        problems.push("Input 'api-id' contains ':', which a Basic authentication user name cannot carry. This " +
            "usually means 'id:token' was pasted into one secret. Save the API ID and the API token " +
            'as two separate secrets.');
    }
    if (problems.length === 0 && !USUAL_KEY.test(value)) {
        const alphabet = hasNonAscii
            ? 'non-ASCII characters'
            : /[^A-Za-z0-9]/.test(value)
                ? 'characters other than letters and digits'
                : 'only letters and digits';
        warnings.push(`Input '${name}' is ${formatCount(value.length, 'character')} long and contains ${alphabet}, while ` +
            `Aircall ${describe(name)}s are usually 32 hexadecimal characters. The check goes on; if ` +
            'Aircall rejects the key, check that this is the right secret.');
    }
    return { value, problems, warnings, hasNonAscii };
}
function containsNonAscii(value) {
    for (let i = 0; i < value.length; i++) {
        if (value.charCodeAt(i) > 0x7f) {
            return true;
        }
    }
    return false;
}
function describe(name) {
    return name === 'api-id' ? 'API ID' : 'API token';
}
function capitalize(word) {
    return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
function isWrappedInQuotes(value) {
    if (value.length < 2) {
        return false;
    }
    const ends = `${value.charAt(0)}${value.charAt(value.length - 1)}`;
    return QUOTE_PAIRS.includes(ends);
}
/**
 * Tells whether a value is exactly the base64 of printable UTF-8 text `something:something`.
 * The decoding must round-trip and be valid UTF-8, so a hexadecimal key, which is also valid
 * base64, decodes to binary noise and does not match.
 */
function isBase64OfPair(value) {
    if (value.length < 4 || value.length % 4 !== 0 || !STRICT_BASE64.test(value)) {
        return false;
    }
    const bytes = Buffer.from(value, 'base64');
    if (bytes.toString('base64') !== value) {
        return false;
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return false;
    }
    const colon = text.indexOf(':');
    const printable = !CONTROL_CHARACTER.test(text) && !LINE_BREAK.test(text);
    return printable && colon > 0 && colon < text.length - 1;
}

;// CONCATENATED MODULE: ./src/inputs.ts



/** Every input the action reads, as declared in action.yml. */
const INPUT_NAMES = [
    'api-id',
    'api-token',
    'api-url',
    'timeout-seconds',
    'max-attempts',
    'on-unavailable',
    'expect',
    'expected-company'
];
/** Below one second, even a loopback check has no time for a retry. */
const MIN_TIMEOUT_SECONDS = 1;
const MAX_TIMEOUT_SECONDS = 3600;
const MAX_ATTEMPTS_LIMIT = 10;
/**
 * Validates the raw inputs into settings. Every problem is collected, so one run reports all
 * mistakes at once. Messages name the input and the rule; secret values never appear in them.
 */
function parseInputs(raw) {
    const problems = [];
    const warnings = [];
    const id = diagnoseSecret('api-id', raw['api-id']);
    const token = diagnoseSecret('api-token', raw['api-token']);
    if (id.value === '' && token.value === '') {
        // One message, so the advice on missing secrets is not printed twice.
        problems.push(`Inputs 'api-id' and 'api-token' are both empty. ${MISSING_SECRET_ADVICE}`);
    }
    else {
        for (const diagnosis of [id, token]) {
            problems.push(...diagnosis.problems);
        }
    }
    warnings.push(...id.warnings, ...token.warnings);
    const apiUrl = parseApiUrl(raw['api-url']);
    if ('problem' in apiUrl) {
        problems.push(apiUrl.problem);
    }
    else if (/\/v\d+$/.test(apiUrl.url.pathname)) {
        warnings.push(`Input 'api-url' ends with '${apiUrl.url.pathname}', but the action appends /v1/ping ` +
            'itself. If requests fail with 404, give the base URL, such as https://api.aircall.io.');
    }
    const timeoutSeconds = parseNumber(raw['timeout-seconds'], {
        name: 'timeout-seconds',
        integer: false,
        min: MIN_TIMEOUT_SECONDS,
        max: MAX_TIMEOUT_SECONDS,
        rule: `a number of seconds from ${MIN_TIMEOUT_SECONDS} to ${MAX_TIMEOUT_SECONDS}`,
        fallback: 60
    });
    const maxAttempts = parseNumber(raw['max-attempts'], {
        name: 'max-attempts',
        integer: true,
        min: 1,
        max: MAX_ATTEMPTS_LIMIT,
        rule: `a whole number from 1 to ${MAX_ATTEMPTS_LIMIT}`,
        fallback: 3
    });
    const onUnavailable = parseChoice(raw['on-unavailable'], 'on-unavailable', ['fail', 'warn']);
    const expect = parseChoice(raw['expect'], 'expect', ['valid', 'revoked']);
    for (const parsed of [timeoutSeconds, maxAttempts, onUnavailable, expect]) {
        if ('problem' in parsed) {
            problems.push(parsed.problem);
        }
    }
    if (problems.length > 0 ||
        'problem' in apiUrl ||
        'problem' in timeoutSeconds ||
        'problem' in maxAttempts ||
        'problem' in onUnavailable ||
        'problem' in expect) {
        return { problems, warnings };
    }
    const expectedCompany = raw['expected-company'].trim();
    const nonAsciiInputs = [id.hasNonAscii ? 'api-id' : '', token.hasNonAscii ? 'api-token' : ''];
    const settings = {
        apiId: id.value,
        apiToken: token.value,
        apiUrl: apiUrl.url,
        timeoutMs: Math.round(timeoutSeconds.value * 1000),
        maxAttempts: maxAttempts.value,
        onUnavailable: onUnavailable.value,
        expect: expect.value,
        expectedCompany: expectedCompany === '' ? undefined : expectedCompany,
        nonAsciiInputs: nonAsciiInputs.filter(name => name !== '')
    };
    return { settings, warnings };
}
function parseNumber(raw, rule) {
    const text = raw.trim();
    if (text === '') {
        return { value: rule.fallback };
    }
    const pattern = rule.integer ? /^\d+$/ : /^\d+(\.\d+)?$/;
    const value = Number(text);
    if (!pattern.test(text) || value < rule.min || value > rule.max) {
        return {
            problem: `Input '${rule.name}' is '${text}', but it must be ${rule.rule}. ` +
                `Leave it out to use the default, ${rule.fallback}.`
        };
    }
    return { value };
}
function parseChoice(raw, name, choices) {
    const text = raw.trim().toLowerCase();
    if (text === '') {
        return { value: choices[0] };
    }
    const choice = choices.find(candidate => candidate === text);
    if (choice === undefined) {
        return {
            problem: `Input '${name}' is '${raw.trim()}', but it must be one of: ${choices.join(', ')}. ` +
                `Leave it out to use the default, ${choices[0]}.`
        };
    }
    return { value: choice };
}

;// CONCATENATED MODULE: ./src/redaction.ts
/**
 * Minimum length of a piece of a secret that is redacted on its own. Shorter pieces of a 32-hex
 * key reveal little of it, and matching them would garble ordinary text.
 */
const MIN_FRAGMENT_LENGTH = 8;
/**
 * Replaces registered secrets in text with `***`, as the runner's masking does. The runner masks
 * only what reaches its log, so this also covers the outputs, the job summary and runs outside
 * GitHub Actions. For the secrets registered with fragments, it also replaces every run of
 * {@link MIN_FRAGMENT_LENGTH} or more characters that occurs in one of them in any letter case,
 * because a server that echoes the credential may wrap, cut or upper-case it, and the runner
 * would then miss the pieces.
 */
class Redactor {
    secrets = [];
    fragments = new Set();
    /**
     * Registers a secret. With `fragments`, pieces of it are redacted too, in any letter case,
     * which suits random keys; a password such as `password2024` would garble ordinary words.
     */
    add(secret, options = { fragments: true }) {
        if (secret === '') {
            return;
        }
        if (!this.secrets.includes(secret)) {
            this.secrets.push(secret);
            this.secrets.sort((a, b) => b.length - a.length);
        }
        if (options.fragments) {
            const lower = secret.toLowerCase();
            for (let start = 0; start + MIN_FRAGMENT_LENGTH <= lower.length; start++) {
                this.fragments.add(lower.slice(start, start + MIN_FRAGMENT_LENGTH));
            }
        }
    }
    redact(text) {
        let result = text;
        for (const secret of this.secrets) {
            result = result.split(secret).join('***');
        }
        return this.redactFragments(result);
    }
    /** Marks every character covered by a window that occurs in a secret, then replaces each run. */
    redactFragments(text) {
        if (this.fragments.size === 0 || text.length < MIN_FRAGMENT_LENGTH) {
            return text;
        }
        const lower = text.toLowerCase();
        const covered = new Uint8Array(text.length);
        let found = false;
        for (let start = 0; start + MIN_FRAGMENT_LENGTH <= text.length; start++) {
            if (this.fragments.has(lower.slice(start, start + MIN_FRAGMENT_LENGTH))) {
                covered.fill(1, start, start + MIN_FRAGMENT_LENGTH);
                found = true;
            }
        }
        if (!found) {
            return text;
        }
        let result = '';
        for (let i = 0; i < text.length; i++) {
            if (covered[i] === 0) {
                result += text.charAt(i);
            }
            else if (i === 0 || covered[i - 1] === 0) {
                result += '***';
            }
        }
        return result;
    }
}

;// CONCATENATED MODULE: ./src/log.ts


const redactor = new Redactor();
/**
 * Registers a secret with the runner (`::add-mask::`) and with the local redactor, which by
 * default also redacts pieces of it (see Redactor). Call it before the first line that could
 * print the secret.
 */
function maskSecret(secret, options = { fragments: true }) {
    if (secret === '') {
        return;
    }
    core_setSecret(secret);
    redactor.add(secret, options);
}
/** Removes every registered secret from text bound for a log, an output or the job summary. */
function redact(text) {
    return redactor.redact(text);
}
function log_debug(message) {
    core_debug(redact(message));
}
function log_info(message) {
    info(redact(message));
}
function log_warning(message, options) {
    warning(redact(message), options === undefined ? {} : { title: redact(options.title) });
}
function log_error(message, options) {
    error(redact(message), { title: redact(options.title) });
}

;// CONCATENATED MODULE: ./src/proxy-environment.ts

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/** Proxy credentials shorter than this are not masked, because masking them garbles the log. */
const MIN_PROXY_SECRET_LENGTH = 4;
/**
 * Masks the password of proxy URLs from the environment, or the user name when there is no
 * password and the user name is then the credential. http-client sends them to the proxy, and a
 * failed tunnel can echo the proxy URL into an error message.
 */
function maskProxyCredentials(env, mask) {
    for (const name of PROXY_VARIABLES) {
        const value = env[name];
        if (value === undefined || value === '') {
            continue;
        }
        let url;
        try {
            url = new URL(value);
        }
        catch {
            continue;
        }
        const credential = url.password === '' ? url.username : url.password;
        if (credential.length >= MIN_PROXY_SECRET_LENGTH) {
            mask(credential);
            const decoded = decodeOrKeep(credential);
            if (decoded !== credential) {
                mask(decoded);
            }
        }
    }
}
function decodeOrKeep(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/**
 * Returns a warning when a proxy variable applies to the API URL but http-client cannot use its
 * value, and so sends the request directly. @actions/http-client 4.0.1 does this silently for a
 * value without a scheme (`proxy:8080` parses as scheme `proxy:` with no host) and for a user
 * name or password whose `%` is not a valid percent-encoding.
 */
function describeUnusableProxy(env, apiUrl) {
    const https = apiUrl.protocol === 'https:';
    const name = https
        ? env['https_proxy']
            ? 'https_proxy'
            : 'HTTPS_PROXY'
        : env['http_proxy']
            ? 'http_proxy'
            : 'HTTP_PROXY';
    if (!env[name] || checkBypass(apiUrl)) {
        return undefined;
    }
    if (getProxyUrl(apiUrl)?.hostname) {
        return undefined;
    }
    return (`${name} is set, but @actions/http-client cannot use its value, so the request goes to ` +
        `${apiUrl.host} without the proxy. Write it as http://host:port, with the scheme, and ` +
        'percent-encode special characters such as % and @ in the user name and password.');
}

;// CONCATENATED MODULE: ./src/summary.ts
const SYMBOLS = {
    info: '✅',
    warning: '⚠️',
    error: '❌'
};
/**
 * Builds the job summary: a heading and a two-column table. Every value is HTML-escaped here,
 * because `core.summary` writes raw HTML and an answer's text is not trusted.
 */
function buildSummary(facts) {
    const { decision } = facts;
    const rows = [
        ['Verdict', `${SYMBOLS[decision.level]} ${decision.title} (${decision.result})`],
        ['API host', facts.apiHost],
        [
            'HTTP status',
            decision.statusCode === undefined ? 'no response' : String(decision.statusCode)
        ],
        ['Attempts', String(decision.attempts)],
        ['Duration', `${facts.durationMs} ms`]
    ];
    if (decision.companyName !== undefined) {
        rows.push(['Company', decision.companyName]);
    }
    const headroom = describeHeadroom(decision);
    if (headroom !== undefined) {
        rows.push(['Rate limit', headroom]);
    }
    rows.push(['Request id', decision.requestId ?? 'none']);
    if (decision.nextStep !== undefined) {
        rows.push(['Next step', decision.nextStep]);
    }
    const body = rows
        .map(([name, value]) => `<tr><th align="left">${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`)
        .join('\n');
    return `<h3>Aircall credentials check</h3>\n<table>\n${body}\n</table>\n`;
}
function describeHeadroom(decision) {
    const info = decision.rateLimit;
    if (info === undefined) {
        return undefined;
    }
    const parts = [];
    if (info.remaining !== undefined) {
        const limit = info.limit === undefined ? '' : ` of ${info.limit}`;
        parts.push(`${info.remaining}${limit} requests left`);
    }
    if (info.resetAtMs !== undefined) {
        parts.push(`resets at ${new Date(info.resetAtMs).toISOString()}`);
    }
    return parts.length === 0 ? undefined : parts.join(', ');
}
/**
 * Escapes text for HTML element content and quoted attribute values. Line breaks become spaces,
 * because a blank line would end the HTML block and let the rest render as Markdown.
 */
function escapeHtml(text) {
    return text
        .replace(/[\r\n\u2028\u2029]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

;// CONCATENATED MODULE: ./src/report.ts




/** Every output the action sets, as declared in action.yml. */
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'result',
    'status-code',
    'duration-ms',
    'request-id',
    'attempts',
    'rate-limit-remaining',
    'rate-limit-reset',
    'company-name'
]));
/** Computes every output of a decision; values absent from the response are empty strings. */
function outputsOf(decision, durationMs) {
    const reset = decision.rateLimit?.resetAtMs;
    return {
        result: decision.result,
        'status-code': decision.statusCode === undefined ? '' : String(decision.statusCode),
        'duration-ms': String(durationMs),
        'request-id': decision.requestId ?? '',
        attempts: String(decision.attempts),
        'rate-limit-remaining': decision.rateLimit?.remaining?.toString() ?? '',
        'rate-limit-reset': reset === undefined ? '' : new Date(reset).toISOString(),
        'company-name': decision.companyName ?? ''
    };
}
/**
 * Reports a decision: outputs first, so later steps see them even when the step fails, then the
 * annotation, the job summary, and last the exit status.
 */
async function reportDecision(decision, apiHost, durationMs) {
    // Only the values that the server sent could carry a secret, such as a request id that echoes
    // the header. Redacting the rest would let a one-character key garble `result` itself.
    const reported = {
        ...decision,
        requestId: redactOptional(decision.requestId),
        companyName: redactOptional(decision.companyName)
    };
    for (const [name, value] of Object.entries(outputsOf(reported, durationMs))) {
        setOutput(name, value);
    }
    switch (decision.level) {
        case 'info':
            log_info(decision.message);
            break;
        case 'warning':
            log_warning(decision.message, { title: decision.title });
            break;
        case 'error':
            log_error(decision.message, { title: decision.title });
            break;
    }
    await writeSummary(buildSummary({ decision: reported, apiHost, durationMs }));
    if (!decision.passed) {
        // The annotation above already carries the message; this only sets the exit code.
        process.exitCode = 1;
    }
}
function redactOptional(value) {
    return value === undefined ? undefined : redact(value);
}
async function writeSummary(html) {
    // GitHub Enterprise Server and local runners may not provide a summary file, and
    // core.summary.write() throws without one.
    if (!process.env['GITHUB_STEP_SUMMARY']) {
        log_debug('GITHUB_STEP_SUMMARY is not set, so no job summary is written.');
        return;
    }
    try {
        await summary.addRaw(html).write();
    }
    catch (error) {
        log_warning(`The job summary could not be written: ${errorMessage(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/main.ts













/**
 * Runs the credential check: read and mask the inputs, validate them, ping Aircall with retries
 * inside the deadline, look up the company when asked, then report. It never throws: every path,
 * an unexpected error included, sets the outputs and the exit status.
 */
async function run() {
    const startedAt = Date.now();
    let apiHost = 'unknown';
    try {
        // Mask before anything else can print: a thrown error could carry a value.
        const raw = readRawInputs();
        for (const form of credentialForms(raw['api-id'], raw['api-token'])) {
            maskSecret(form);
        }
        maskProxyCredentials(process.env, secret => maskSecret(secret, { fragments: false }));
        enforceTlsVerification();
        const parsed = parseInputs(raw);
        for (const message of parsed.warnings) {
            log_warning(message, { title: 'Input warning' });
        }
        if ('problems' in parsed) {
            await reportDecision(decideInvalidInput(parsed.problems), apiHost, Date.now() - startedAt);
            return;
        }
        const { settings } = parsed;
        apiHost = settings.apiUrl.host;
        logSettings(settings);
        const proxyProblem = describeUnusableProxy(process.env, settings.apiUrl);
        if (proxyProblem !== undefined) {
            log_warning(proxyProblem, { title: 'Proxy setting ignored' });
        }
        const decision = await check(settings, startedAt);
        await reportDecision(decision, apiHost, Date.now() - startedAt);
    }
    catch (error) {
        await reportUnexpected(error, apiHost, Date.now() - startedAt);
    }
}
/**
 * Removes NODE_TLS_REJECT_UNAUTHORIZED=0 from this process, with a warning. Node reads it at every
 * TLS connection, and the action must not send a credential to a server it cannot verify.
 */
function enforceTlsVerification() {
    if (process.env['NODE_TLS_REJECT_UNAUTHORIZED'] !== '0') {
        return;
    }
    Reflect.deleteProperty(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED');
    log_warning('NODE_TLS_REJECT_UNAUTHORIZED=0 is set, but the action verifies TLS certificates anyway, ' +
        'because it sends a credential. For a TLS-inspecting proxy, give the runner its CA ' +
        'certificate with NODE_EXTRA_CA_CERTS instead.', { title: 'TLS verification kept on' });
}
function readRawInputs() {
    const entries = INPUT_NAMES.map(name => [name, getInput(name, { trimWhitespace: false })]);
    return Object.fromEntries(entries);
}
function logSettings(settings) {
    log_info(`Checking Aircall credentials against ${settings.apiUrl.href} ` +
        `(timeout ${settings.timeoutMs / 1000} s, at most ${formatCount(settings.maxAttempts, 'attempt')} per request).`);
    log_debug(`api-url: ${settings.apiUrl.href}`);
    log_debug(`timeout-seconds: ${settings.timeoutMs / 1000}`);
    log_debug(`max-attempts: ${settings.maxAttempts}`);
    log_debug(`on-unavailable: ${settings.onUnavailable}`);
    log_debug(`expect: ${settings.expect}`);
    log_debug(`expected-company: ${settings.expectedCompany ?? '(not set)'}`);
}
async function check(settings, startedAt) {
    const dependencies = {
        send: sendRequest,
        sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
        now: Date.now,
        random: Math.random,
        log: log_info,
        redact: redact
    };
    const common = {
        authorization: basicAuthorization(settings.apiId, settings.apiToken),
        maxAttempts: settings.maxAttempts,
        deadlineMs: startedAt + settings.timeoutMs
    };
    const ping = await checkEndpoint({ ...common, endpoint: 'ping', url: endpointUrl(settings.apiUrl, ENDPOINT_PATHS.ping) }, dependencies);
    let company;
    if (shouldLookUpCompany(settings, ping)) {
        company = await checkEndpoint({ ...common, endpoint: 'company', url: endpointUrl(settings.apiUrl, ENDPOINT_PATHS.company) }, dependencies);
    }
    return decideCheck(settings, ping, company);
}
function shouldLookUpCompany(settings, ping) {
    if (settings.expectedCompany === undefined || ping.verdict.result !== 'authenticated') {
        return false;
    }
    if (settings.expect === 'revoked') {
        log_warning('expected-company is ignored because expect is revoked: a key that must not work cannot ' +
            'name its company.', { title: 'Input warning' });
        return false;
    }
    return true;
}
async function reportUnexpected(error, apiHost, durationMs) {
    const message = `The check stopped on an unexpected error: ${errorMessage(error)}. If the error names a ` +
        'runner file such as GITHUB_OUTPUT, check the runner; otherwise please report it to the ' +
        'maintainers of the action with this log.';
    try {
        await reportDecision(decideUnexpected(message), apiHost, durationMs);
    }
    catch (reportError) {
        setFailed(redact(`${message} Reporting it also failed: ${errorMessage(reportError)}`));
    }
}


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
