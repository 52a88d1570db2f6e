/**
 * Stand-in for the Aircall Public API on a loopback address, for tests, the demo, benchmarks and
 * CI. It responds to `GET /v1/ping` and `GET /v1/company` with the statuses, bodies and headers
 * measured on the real API, and sends scripted answers and faults when a test queues them.
 *
 * Used as a module (see aircall-stand-in.d.mts for the types):
 *
 *   const standIn = await startAircallStandIn({ keys: [{ apiId, apiToken }] })
 *   standIn.enqueue(rateLimited({ retryAfter: 2 }))
 *   ...
 *   await standIn.close()
 *
 * Used as a program: `node scripts/aircall-stand-in.mjs --help`.
 */

import { randomBytes } from 'node:crypto'
import { readFileSync, realpathSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'
const CLOSE_TIMEOUT_MS = 5000
const DEFAULT_COMPANY_NAME = 'Stand-in Company'
const DEFAULT_USERS_COUNT = 3
const DEFAULT_NUMBERS_COUNT = 2

// Responses of the API's edge, as measured on api.aircall.io.
const UNAUTHORIZED = { status: 401, body: { message: 'Unauthorized' } }
const FORBIDDEN = { status: 403, body: { message: 'Forbidden' } }
const NOT_FOUND = { status: 404, body: { message: 'Not Found' } }

// Loopback hosts

const loopbackRanges = new net.BlockList()
loopbackRanges.addSubnet('127.0.0.0', 8, 'ipv4')
loopbackRanges.addAddress('::1', 'ipv6')

/** Returns whether `host` is `localhost` or a loopback IP literal (127.0.0.0/8 or ::1). */
export function isLoopbackHost(host) {
  if (host === 'localhost') return true

  const family = net.isIP(host)
  if (family === 0) return false
  return loopbackRanges.check(host, family === 4 ? 'ipv4' : 'ipv6')
}

function loopbackBindAddress(host) {
  if (!isLoopbackHost(host)) {
    throw new Error(
      `Invalid stand-in host "${host}": the stand-in binds only to loopback addresses ` +
        '(127.0.0.1 or another 127.x.y.z address, ::1, or localhost).'
    )
  }

  // Bind to the literal, so that listening never needs a name lookup.
  return host === 'localhost' ? '127.0.0.1' : host
}

function originOf(protocol, address, port) {
  const hostPart = net.isIPv6(address) ? `[${address}]` : address
  return `${protocol}://${hostPart}:${port}`
}

// CloudFront and API Gateway headers

function newRequestId() {
  return randomBytes(11).toString('base64')
}

function newCloudFrontId() {
  return `${randomBytes(40).toString('base64url')}==`
}

function setEdgeHeaders(response) {
  response.setHeader('apigw-requestid', newRequestId())
  response.setHeader('x-amz-cf-id', newCloudFrontId())
  response.setHeader('x-amz-cf-pop', 'CDG55-P4')
  response.setHeader('via', `1.1 ${randomBytes(16).toString('hex')}.cloudfront.net (CloudFront)`)
}

// Basic authentication

/**
 * Parses an Authorization header value. Returns `{ scheme, apiId, apiToken }` for a well-formed
 * Basic credential (base64 of UTF-8 `id:token`, split at the first colon), and `{ scheme }` for
 * any other value, a malformed Basic credential included.
 */
export function parseAuthorization(value) {
  const match = /^(\S+)(?:\s+(.*))?$/.exec(value.trim())
  const scheme = match?.[1] ?? ''
  const credentials = match?.[2] ?? ''
  if (scheme.toLowerCase() !== 'basic') return { scheme }

  // Strict base64 with padding, as Buffer#toString('base64') writes it.
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(credentials) || credentials.length % 4 !== 0) {
    return { scheme }
  }

  let decoded
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(credentials, 'base64'))
  } catch {
    return { scheme }
  }

  const colon = decoded.indexOf(':')
  if (colon < 0) return { scheme }
  return { scheme, apiId: decoded.slice(0, colon), apiToken: decoded.slice(colon + 1) }
}

function normalizeKey(key) {
  if (typeof key?.apiId !== 'string' || typeof key?.apiToken !== 'string') {
    throw new TypeError('Each stand-in key needs a string apiId and apiToken.')
  }

  return {
    apiId: key.apiId,
    apiToken: key.apiToken,
    companyName: key.companyName ?? DEFAULT_COMPANY_NAME,
    usersCount: key.usersCount ?? DEFAULT_USERS_COUNT,
    numbersCount: key.numbersCount ?? DEFAULT_NUMBERS_COUNT
  }
}

// Default behaviour

const ROUTES = {
  '/v1/ping': () => ({ status: 200, body: { ping: 'pong' } }),
  '/v1/company': key => ({
    status: 200,
    body: {
      company: {
        name: key.companyName,
        users_count: key.usersCount,
        numbers_count: key.numbersCount
      }
    }
  })
}

function defaultAnswer(request, keys) {
  const path = new URL(request.url ?? '/', 'http://stand-in.invalid').pathname
  const route = Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined
  const readOnly = request.method === 'GET' || request.method === 'HEAD'
  if (route === undefined || !readOnly) return NOT_FOUND

  const header = request.headers.authorization
  if (header === undefined) return UNAUTHORIZED

  const { apiId, apiToken } = parseAuthorization(header)
  const key = keys.find(candidate => candidate.apiId === apiId && candidate.apiToken === apiToken)
  if (key === undefined) return FORBIDDEN

  return route(key)
}

// Answer writing

function validateStatus(status) {
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    throw new RangeError(`Invalid scripted status ${status}: expected an integer from 100 to 599.`)
  }
}

function hasHeader(headers, name) {
  return Object.keys(headers).some(key => key.toLowerCase() === name)
}

/**
 * Sends a plain answer `{ status, headers?, body? }`. An object body is sent as JSON; a header
 * whose value is null is removed, so a scripted answer can drop an edge header.
 */
function sendPlainAnswer(response, answer) {
  const { status, headers = {}, body } = answer
  validateStatus(status)

  let payload = ''
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    payload = body
  } else if (body !== undefined && body !== null) {
    payload = JSON.stringify(body)
    if (!hasHeader(headers, 'content-type')) response.setHeader('content-type', JSON_CONTENT_TYPE)
  }

  response.setHeader('x-cache', status >= 400 ? 'Error from cloudfront' : 'Miss from cloudfront')
  response.setHeader('content-length', Buffer.byteLength(payload))
  for (const [name, value] of Object.entries(headers)) {
    if (value === null) response.removeHeader(name)
    else response.setHeader(name, value)
  }

  response.writeHead(status)
  response.end(payload)
}

/** Describes a recorded answer. Its getters read the response, so they stay current. */
function describeAnswer(response, source, handlerName) {
  const description = {
    source,
    get status() {
      return response.headersSent ? response.statusCode : undefined
    },
    get requestId() {
      return response.getHeader('apigw-requestid')
    },
    get cloudFrontId() {
      return response.getHeader('x-amz-cf-id')
    }
  }
  if (handlerName !== undefined) description.handler = handlerName
  return description
}

function withTimeout(promise, timeoutMs, message) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), timeoutMs)
    timer.unref()
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

// Server

/**
 * Starts the stand-in and resolves once it listens. See aircall-stand-in.d.mts for the options
 * and the returned handle.
 */
export async function startAircallStandIn(options = {}) {
  const address = loopbackBindAddress(options.host ?? '127.0.0.1')
  const keys = (options.keys ?? []).map(normalizeKey)
  const log = options.log ?? (() => {})
  const requests = []
  const queue = []
  const sockets = new Set()

  function handleRequest(request, response) {
    // Drain any request body, so that the connection stays usable.
    request.resume()
    setEdgeHeaders(response)

    const scripted = queue.shift()
    let source = 'scripted'
    if (scripted === undefined) source = 'default'
    if (typeof scripted === 'function') source = 'handler'
    const answeredWith = describeAnswer(
      response,
      source,
      typeof scripted === 'function' ? scripted.name : undefined
    )
    const header = request.headers.authorization
    const record = {
      method: request.method,
      path: request.url,
      headers: { ...request.headers },
      at: Date.now(),
      answeredWith
    }
    if (header !== undefined) {
      const parsed = parseAuthorization(header)
      const accepted = keys.some(
        key => key.apiId === parsed.apiId && key.apiToken === parsed.apiToken
      )
      record.authorization = { ...parsed, accepted }
    }
    requests.push(record)

    response.once('finish', () => {
      const requestId = response.getHeader('apigw-requestid') ?? 'none'
      log(
        `${request.method} ${request.url} ${response.statusCode} (${source}, apigw-requestid ${requestId})`
      )
    })

    try {
      if (typeof scripted === 'function') scripted(request, response, request.socket)
      else sendPlainAnswer(response, scripted ?? defaultAnswer(request, keys))
    } catch (error) {
      log(`${request.method} ${request.url} failed in the stand-in: ${error.stack ?? error}`)
      request.socket.destroy()
    }
  }

  const server = options.tls
    ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, handleRequest)
    : http.createServer(handleRequest)

  // Track raw sockets, so that close() can end stalled and streaming answers too.
  server.on('connection', socket => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, address, () => {
      server.off('error', reject)
      resolve()
    })
  })

  const protocol = options.tls ? 'https' : 'http'
  const port = server.address().port
  let closing

  return {
    url: originOf(protocol, address, port),
    host: address,
    port,
    requests,

    enqueue(...answers) {
      for (const answer of answers) {
        if (typeof answer !== 'function') validateStatus(answer?.status)
        queue.push(answer)
      }
    },

    get pending() {
      return queue.length
    },

    addKey(key) {
      keys.push(normalizeKey(key))
    },

    removeKey(apiId) {
      const before = keys.length
      for (let index = keys.length - 1; index >= 0; index -= 1) {
        if (keys[index].apiId === apiId) keys.splice(index, 1)
      }
      return keys.length < before
    },

    reset() {
      requests.length = 0
      queue.length = 0
    },

    close() {
      closing ??= withTimeout(
        new Promise(resolve => {
          server.close(() => resolve())
          for (const socket of sockets) socket.destroy()
        }),
        CLOSE_TIMEOUT_MS,
        `The Aircall stand-in at ${originOf(protocol, address, port)} did not close within ` +
          `${CLOSE_TIMEOUT_MS} ms.`
      )
      return closing
    }
  }
}

// Fault builders

/**
 * Returns a 429 answer like Aircall's rate limit. `limit` (default 120) and `remaining`
 * (default 0) are sent unless null. `X-AircallApi-Reset` is sent when a reset time is given, and
 * `Retry-After` when `retryAfter` is (seconds, an HTTP date string, or a Date).
 */
export function rateLimited(options = {}) {
  const { resetEpochSeconds, resetEpochMs, retryAfter, remaining = 0, limit = 120 } = options
  if (resetEpochSeconds !== undefined && resetEpochMs !== undefined) {
    throw new TypeError('rateLimited() takes resetEpochSeconds or resetEpochMs, not both.')
  }

  const headers = {}
  if (limit !== null) headers['X-AircallApi-Limit'] = String(limit)
  if (remaining !== null) headers['X-AircallApi-Remaining'] = String(remaining)

  const reset = resetEpochSeconds ?? resetEpochMs
  if (reset !== undefined) headers['X-AircallApi-Reset'] = String(reset)

  if (retryAfter !== undefined) {
    headers['Retry-After'] =
      retryAfter instanceof Date ? retryAfter.toUTCString() : String(retryAfter)
  }

  return { status: 429, headers, body: { error: 'Too Many Requests' } }
}

/** Returns a server error answer with a small JSON body, or an empty one when `empty` is set. */
export function serverError(status = 500, options = {}) {
  validateStatus(status)
  if (options.empty) return { status, body: '' }
  return { status, body: { message: http.STATUS_CODES[status] ?? 'Server Error' } }
}

const CLOUDFRONT_REASONS = {
  502: 'CloudFront was unable to connect to the origin server.',
  503: 'The origin server is unavailable or has too much traffic at the moment.',
  504: 'The origin server did not respond before CloudFront timed out the request.'
}

/** Builds a CloudFront-style HTML error page of about 30 KB that names the request id. */
function cloudFrontErrorHtml(status, cloudFrontId) {
  // NOTE: the size of about 30 KB and the style block follow the project's description of
  // CloudFront's error pages. The markup is written for these tests, not copied from a real page.
  const rules = []
  for (let index = 0; rules.join('\n').length < 28_000; index += 1) {
    rules.push(
      `.cf-error-${index} { margin: 0 0 ${index % 7}px; padding: 0 ${index % 5}px; ` +
        `font: 13px/1.4 Verdana, Arial, sans-serif; color: #${(index * 2731) % 0xffffff}; }`
    )
  }
  const reason = CLOUDFRONT_REASONS[status] ?? 'The request could not be satisfied.'

  return [
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">',
    '<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">',
    '<TITLE>ERROR: The request could not be satisfied</TITLE>',
    `<STYLE type="text/css">\n${rules.join('\n')}\n</STYLE>`,
    '</HEAD><BODY>',
    `<H1>${status} ERROR</H1>`,
    '<H2>The request could not be satisfied.</H2>',
    '<HR noshade size="1px">',
    reason,
    '<BR clear="all">',
    '<HR noshade size="1px">',
    '<PRE>',
    'Generated by cloudfront (CloudFront)',
    `Request ID: ${cloudFrontId}`,
    '</PRE>',
    '<ADDRESS>',
    '</ADDRESS>',
    '</BODY></HTML>'
  ].join('\n')
}

/**
 * Returns a handler that sends CloudFront's HTML error page (502, 503 or 504 in practice). The
 * response has no `apigw-requestid`, because CloudFront generates the page itself without
 * reaching API Gateway.
 */
export function cloudFrontErrorPage(status = 503) {
  validateStatus(status)

  return function cloudFrontErrorPageHandler(request, response) {
    const html = cloudFrontErrorHtml(status, response.getHeader('x-amz-cf-id'))
    response.removeHeader('apigw-requestid')
    response.setHeader('x-cache', 'Error from cloudfront')
    response.setHeader('content-type', 'text/html')
    response.setHeader('content-length', Buffer.byteLength(html))
    response.writeHead(status)
    response.end(html)
  }
}

/** Returns a handler that accepts the request and never sends anything. */
export function neverRespond() {
  return function neverRespondHandler() {}
}

/** Returns a handler that sends 200 headers and the first 7 of 15 body bytes, then stalls. */
export function stallBody() {
  return function stallBodyHandler(request, response) {
    const body = JSON.stringify({ ping: 'pong' })
    response.writeHead(200, {
      'content-type': JSON_CONTENT_TYPE,
      'content-length': Buffer.byteLength(body)
    })
    response.write(body.slice(0, 7))
  }
}

/** Returns a handler that declares 1000 body bytes, sends 8, then destroys the socket. */
export function cutShort() {
  return function cutShortHandler(request, response, socket) {
    response.writeHead(200, { 'content-type': JSON_CONTENT_TYPE, 'content-length': 1000 })
    response.write('{"ping":', () => socket.destroy())
  }
}

const HUGE_BODY_PREFIX = '{"padding":"'
const HUGE_BODY_SUFFIX = '","ping":"pong"}'
const HUGE_BODY_CHUNK = Buffer.alloc(64 * 1024, 'x')

function waitForDrain(response) {
  return new Promise(resolve => {
    const settle = drained => {
      response.off('drain', onDrain)
      response.off('close', onClose)
      resolve(drained)
    }
    const onDrain = () => settle(true)
    const onClose = () => settle(false)
    response.on('drain', onDrain)
    response.on('close', onClose)
  })
}

/**
 * Returns a handler that streams a 200 JSON body of exactly `bytes` bytes, in 64 KiB chunks with
 * backpressure, and stops when the client goes away. `"ping":"pong"` comes last, so a reader
 * that stops early cannot see it.
 */
export function hugeBody(bytes) {
  const minimum = HUGE_BODY_PREFIX.length + HUGE_BODY_SUFFIX.length
  if (!Number.isSafeInteger(bytes) || bytes < minimum) {
    throw new RangeError(
      `Invalid hugeBody size ${bytes}: expected an integer of at least ${minimum}.`
    )
  }

  return function hugeBodyHandler(request, response) {
    response.writeHead(200, { 'content-type': JSON_CONTENT_TYPE, 'content-length': bytes })
    response.write(HUGE_BODY_PREFIX)

    const pump = async () => {
      let remaining = bytes - minimum
      while (remaining > 0) {
        if (response.destroyed) return

        const size = Math.min(HUGE_BODY_CHUNK.length, remaining)
        remaining -= size
        if (!response.write(HUGE_BODY_CHUNK.subarray(0, size)) && !(await waitForDrain(response))) {
          return
        }
      }
      response.end(HUGE_BODY_SUFFIX)
    }
    pump().catch(() => response.destroy())
  }
}

/** Returns a redirect answer with an empty body. */
export function redirect(location, status = 302) {
  return { status, headers: { location }, body: '' }
}

/** Returns the application-level 401 that Aircall's Basic authentication tutorial shows. */
export function applicationUnauthorized() {
  return { status: 401, body: { error: 'Unauthorized', troubleshoot: 'Check your API key' } }
}

// Command line

const USAGE = `Usage: node scripts/aircall-stand-in.mjs [options]

Serves a stand-in for the Aircall Public API (GET /v1/ping, GET /v1/company) on a loopback
address until SIGTERM or SIGINT. The valid pair gets 200, a request without an Authorization
header gets 401, and every other credential gets 403.

Options:
  --host HOST           Loopback address to bind: 127.0.0.1 (default), another 127.x.y.z
                        address, ::1, or localhost (binds 127.0.0.1).
  --port PORT           TCP port to listen on; 0 (the default) picks a free port.
  --api-id ID           API ID of the valid pair. Give it together with --api-token; without
                        both, no pair is valid.
  --api-token TOKEN     API token of the valid pair.
  --company-name NAME   Company name that GET /v1/company returns for the valid pair
                        (default: ${DEFAULT_COMPANY_NAME}).
  --tls-key FILE        PEM private key; with --tls-cert, serve HTTPS instead of HTTP.
  --tls-cert FILE       PEM certificate for --tls-key.
  -h, --help            Print this help and exit.

Prints "Aircall stand-in listening on URL" on stdout once it listens, and one line per
answered request on stderr.`

function parseCommandLine(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '0' },
      'api-id': { type: 'string' },
      'api-token': { type: 'string' },
      'company-name': { type: 'string' },
      'tls-key': { type: 'string' },
      'tls-cert': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false }
    },
    strict: true
  })
  if (values.help) return { help: true }

  const port = Number(values.port)
  if (!/^\d+$/.test(values.port) || port > 65535) {
    throw new Error(`Invalid --port "${values.port}": expected an integer from 0 to 65535.`)
  }
  if ((values['api-id'] === undefined) !== (values['api-token'] === undefined)) {
    throw new Error('Give --api-id and --api-token together, or neither.')
  }
  if ((values['tls-key'] === undefined) !== (values['tls-cert'] === undefined)) {
    throw new Error('Give --tls-key and --tls-cert together, or neither.')
  }

  const keys =
    values['api-id'] === undefined
      ? []
      : [
          {
            apiId: values['api-id'],
            apiToken: values['api-token'],
            ...(values['company-name'] === undefined ? {} : { companyName: values['company-name'] })
          }
        ]
  const tls =
    values['tls-key'] === undefined
      ? undefined
      : { key: readFileSync(values['tls-key']), cert: readFileSync(values['tls-cert']) }

  return { help: false, options: { host: values.host, port, keys, ...(tls ? { tls } : {}) } }
}

async function main(argv) {
  let parsed
  try {
    parsed = parseCommandLine(argv)
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`)
    return 2
  }
  if (parsed.help) {
    console.log(USAGE)
    return 0
  }

  let standIn
  try {
    standIn = await startAircallStandIn({ ...parsed.options, log: line => console.error(line) })
  } catch (error) {
    console.error(`Aircall stand-in failed to start: ${error.message}`)
    return 1
  }
  console.log(`Aircall stand-in listening on ${standIn.url}`)

  const signal = await new Promise(resolve => {
    process.once('SIGTERM', () => resolve('SIGTERM'))
    process.once('SIGINT', () => resolve('SIGINT'))
  })
  await standIn.close()
  console.error(`Aircall stand-in stopped on ${signal}`)
  return 0
}

function isMainModule() {
  if (process.argv[1] === undefined) return false
  try {
    return realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)
  } catch {
    return false
  }
}

if (isMainModule()) {
  process.exitCode = await main(process.argv.slice(2))
}
