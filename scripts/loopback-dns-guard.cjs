'use strict'

/**
 * Loopback-only guard for DNS and TCP, preloaded into every process a test starts:
 *
 *   NODE_OPTIONS="--require /path/to/scripts/loopback-dns-guard.cjs" node dist/index.js
 *
 * Name resolution:
 * - `localhost`, `*.localhost` and names under the reserved `.test` TLD (such as
 *   `api.aircall.test`) resolve to 127.0.0.1, or to ::1 when IPv6 (family 6, AAAA) is requested.
 *   The guard answers them itself, so a missing /etc/hosts entry cannot send them to a DNS server.
 * - IP literals pass to Node's own lookup, which returns them without any query.
 * - Every other name fails with an Error whose code is ENOTFOUND, as an unknown name does.
 *
 * It replaces `dns.lookup`, `dns.lookupService`, every `resolve*` function and `reverse`, in
 * `node:dns` and `node:dns/promises`, and the same methods of both `Resolver` classes. It also
 * wraps `net.Socket.prototype.connect`, which `net.connect`, `tls.connect`, `http`, `https` and
 * Node's built-in fetch all use: a connection to a non-loopback IP literal fails with
 * ECONNREFUSED, and a connection by name only goes to the loopback addresses that the lookup returns.
 *
 * It loads before the program, so CommonJS callers, ESM named imports of `node:dns` and ncc
 * bundles (which leave Node's built-in modules external) all get the guarded functions.
 *
 * NOTE: code that reaches libuv without `net.Socket`, such as UDP sockets from `node:dgram`, a
 * child process or a native addon, is not covered.
 */

const dns = require('node:dns')
const net = require('node:net')
const { promisify, getSystemErrorMap } = require('node:util')
const { syncBuiltinESMExports } = require('node:module')

const GUARD_MARK = Symbol.for('aircall-credentials-check.loopback-dns-guard')

// Syscall name that c-ares errors report, and the record type, of each Resolver method.
const RESOLVE_METHODS = {
  resolve: { syscall: null, rrtype: null },
  resolve4: { syscall: 'queryA', rrtype: 'A' },
  resolve6: { syscall: 'queryAaaa', rrtype: 'AAAA' },
  resolveAny: { syscall: 'queryAny', rrtype: 'ANY' },
  resolveCaa: { syscall: 'queryCaa', rrtype: 'CAA' },
  resolveCname: { syscall: 'queryCname', rrtype: 'CNAME' },
  resolveMx: { syscall: 'queryMx', rrtype: 'MX' },
  resolveNaptr: { syscall: 'queryNaptr', rrtype: 'NAPTR' },
  resolveNs: { syscall: 'queryNs', rrtype: 'NS' },
  resolvePtr: { syscall: 'queryPtr', rrtype: 'PTR' },
  resolveSoa: { syscall: 'querySoa', rrtype: 'SOA' },
  resolveSrv: { syscall: 'querySrv', rrtype: 'SRV' },
  resolveTlsa: { syscall: 'queryTlsa', rrtype: 'TLSA' },
  resolveTxt: { syscall: 'queryTxt', rrtype: 'TXT' },
  reverse: { syscall: 'getHostByAddr', rrtype: null }
}

const loopbackRanges = new net.BlockList()
loopbackRanges.addSubnet('127.0.0.0', 8, 'ipv4')
loopbackRanges.addAddress('::1', 'ipv6')
loopbackRanges.addSubnet('::ffff:127.0.0.0', 104, 'ipv6')

/** Returns whether `address` is an IP literal in 127.0.0.0/8, ::1 or ::ffff:127.0.0.0/104. */
function isLoopbackAddress(address) {
  if (typeof address !== 'string') return false

  const bare = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '')
  const family = net.isIP(bare)
  if (family === 0) return false

  return loopbackRanges.check(bare, family === 4 ? 'ipv4' : 'ipv6')
}

/** Returns whether the guard resolves `hostname` itself to a loopback address. */
function isLoopbackName(hostname) {
  const name = hostname.toLowerCase().replace(/\.$/, '')
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    (name.endsWith('.test') && name.length > '.test'.length)
  )
}

function systemErrno(name) {
  for (const [errno, [errorName]] of getSystemErrorMap()) {
    if (errorName === name) return errno
  }
  return undefined
}

function notFoundError(syscall, hostname) {
  const error = new Error(
    `${syscall} ENOTFOUND ${hostname}: rejected by the loopback-only DNS guard, which resolves ` +
      'only localhost, *.localhost, *.test and IP literals'
  )
  if (syscall === 'getaddrinfo' || syscall === 'getnameinfo') {
    error.errno = systemErrno('EAI_NONAME')
  }
  error.code = 'ENOTFOUND'
  error.syscall = syscall
  error.hostname = hostname
  return error
}

function noDataError(syscall, hostname) {
  const error = new Error(
    `${syscall} ENODATA ${hostname}: the loopback-only DNS guard has no record`
  )
  error.code = 'ENODATA'
  error.syscall = syscall
  error.hostname = hostname
  return error
}

function refusedConnectionError(host, port) {
  const error = new Error(
    `connect ECONNREFUSED ${host}:${port}: rejected by the loopback-only guard, which allows ` +
      'connections to loopback addresses only'
  )
  error.errno = systemErrno('ECONNREFUSED')
  error.code = 'ECONNREFUSED'
  error.syscall = 'connect'
  error.address = host
  error.port = port
  return error
}

function invalidCallbackError() {
  const error = new TypeError('The "callback" argument must be of type function')
  error.code = 'ERR_INVALID_ARG_TYPE'
  return error
}

/** Reads the requested address family (0, 4 or 6) from lookup's number or object options. */
function requestedFamily(options) {
  const family = typeof options === 'object' && options !== null ? options.family : options
  if (family === 6 || family === 'IPv6') return 6
  if (family === 4 || family === 'IPv4') return 4
  return 0
}

function loopbackFor(family) {
  return family === 6 ? { address: '::1', family: 6 } : { address: '127.0.0.1', family: 4 }
}

// Lookup

/**
 * Settles a lookup for a name the guard handles itself: the loopback address, or ENOTFOUND.
 * Returns the `{ address, family }` or the list, as `dns.promises.lookup` does.
 */
function guardedLookupResult(hostname, options) {
  if (!isLoopbackName(hostname)) throw notFoundError('getaddrinfo', hostname)

  const answer = loopbackFor(requestedFamily(options))
  const wantsAll = typeof options === 'object' && options !== null && options.all === true
  return wantsAll ? [answer] : answer
}

/** Returns whether Node's own lookup handles the call: IP literals and invalid arguments. */
function passesToNodeLookup(hostname) {
  return typeof hostname !== 'string' || hostname === '' || net.isIP(hostname) !== 0
}

function wrapCallbackLookup(originalLookup) {
  function lookup(hostname, options, callback) {
    if (passesToNodeLookup(hostname)) return originalLookup.apply(this, arguments)

    const done = typeof options === 'function' ? options : callback
    const lookupOptions = typeof options === 'function' ? undefined : options
    if (typeof done !== 'function') throw invalidCallbackError()

    let result
    try {
      result = guardedLookupResult(hostname, lookupOptions)
    } catch (error) {
      process.nextTick(done, error)
      return {}
    }

    if (Array.isArray(result)) process.nextTick(done, null, result)
    else process.nextTick(done, null, result.address, result.family)
    return {}
  }

  // util.promisify(dns.lookup) must settle with { address, family }, as Node's own lookup does.
  Object.defineProperty(lookup, promisify.custom, {
    value: (hostname, options) => promisesLookup(hostname, options),
    configurable: true
  })
  return lookup
}

let promisesLookup

function wrapPromisesLookup(originalLookup) {
  return async function lookup(hostname, options) {
    if (passesToNodeLookup(hostname)) return originalLookup.call(this, hostname, options)
    return guardedLookupResult(hostname, options)
  }
}

// lookupService

function guardedServiceResult(address, port) {
  if (!isLoopbackAddress(address)) throw notFoundError('getnameinfo', String(address))
  return { hostname: 'localhost', service: String(port) }
}

function wrapCallbackLookupService(originalLookupService) {
  return function lookupService(address, port, callback) {
    if (typeof address !== 'string' || net.isIP(address) === 0) {
      return originalLookupService.apply(this, arguments)
    }
    if (typeof callback !== 'function') throw invalidCallbackError()

    try {
      const { hostname, service } = guardedServiceResult(address, port)
      process.nextTick(callback, null, hostname, service)
    } catch (error) {
      process.nextTick(callback, error)
    }
  }
}

function wrapPromisesLookupService(originalLookupService) {
  return async function lookupService(address, port) {
    if (typeof address !== 'string' || net.isIP(address) === 0) {
      return originalLookupService.call(this, address, port)
    }
    return guardedServiceResult(address, port)
  }
}

// resolve*, reverse

/**
 * Resolves one Resolver query without the network: A and AAAA of loopback names, PTR of
 * loopback addresses for `reverse`, ENODATA for other record types of loopback names, and
 * ENOTFOUND for every other name.
 */
function guardedResolveResult(methodName, name, rrtypeArgument, options) {
  const method = RESOLVE_METHODS[methodName]

  if (methodName === 'reverse') {
    if (isLoopbackAddress(name)) return ['localhost']
    throw notFoundError(method.syscall, name)
  }

  const rrtype = method.rrtype ?? (typeof rrtypeArgument === 'string' ? rrtypeArgument : 'A')
  const syscall = method.syscall ?? `query${rrtype.charAt(0)}${rrtype.slice(1).toLowerCase()}`
  const loopback = isLoopbackName(name) || isLoopbackAddress(name)
  if (!loopback) throw notFoundError(syscall, name)

  const withTtl = typeof options === 'object' && options !== null && options.ttl === true
  if (rrtype === 'A' || rrtype === 'AAAA') {
    const address = rrtype === 'A' ? '127.0.0.1' : '::1'
    return withTtl ? [{ address, ttl: 0 }] : [address]
  }
  throw noDataError(syscall, name)
}

function wrapCallbackResolve(methodName, original) {
  return function guardedResolve(name, ...rest) {
    if (typeof name !== 'string') return original.call(this, name, ...rest)

    const callback = rest.pop()
    if (typeof callback !== 'function') throw invalidCallbackError()

    const rrtypeArgument = methodName === 'resolve' ? rest[0] : undefined
    const options = methodName === 'resolve' ? undefined : rest[0]
    try {
      process.nextTick(
        callback,
        null,
        guardedResolveResult(methodName, name, rrtypeArgument, options)
      )
    } catch (error) {
      process.nextTick(callback, error)
    }
    return {}
  }
}

function wrapPromisesResolve(methodName, original) {
  return async function guardedResolve(name, optionsOrRrtype) {
    if (typeof name !== 'string') return original.call(this, name, optionsOrRrtype)

    const rrtypeArgument = methodName === 'resolve' ? optionsOrRrtype : undefined
    const options = methodName === 'resolve' ? undefined : optionsOrRrtype
    return guardedResolveResult(methodName, name, rrtypeArgument, options)
  }
}

function replaceResolveMethods(target, wrap) {
  for (const methodName of Object.keys(RESOLVE_METHODS)) {
    if (typeof target[methodName] === 'function') {
      target[methodName] = wrap(methodName, target[methodName])
    }
  }
}

// net.Socket.prototype.connect

/** Reads host, port and path from any of the argument forms of `socket.connect`. */
function connectTarget(args) {
  // net.connect passes an already normalized [options, callback] array.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0]
  if (typeof first === 'object' && first !== null) {
    return { options: first, host: first.host, port: first.port, path: first.path }
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return { path: first }
  return { port: first, host: typeof args[1] === 'string' ? args[1] : undefined }
}

/** Wraps a lookup function so that a connection by name can only reach loopback addresses. */
function loopbackOnlyLookup(innerLookup) {
  return function lookup(hostname, options, callback) {
    const done = typeof options === 'function' ? options : callback
    const lookupOptions = typeof options === 'function' ? {} : options

    innerLookup(hostname, lookupOptions, (error, address, family) => {
      if (error) return done(error)

      const addresses = Array.isArray(address) ? address.map(entry => entry.address) : [address]
      const outside = addresses.find(candidate => !isLoopbackAddress(candidate))
      if (outside !== undefined) return done(notFoundError('getaddrinfo', hostname))

      return done(null, address, family)
    })
  }
}

function wrapConnect(originalConnect) {
  return function connect(...args) {
    const target = connectTarget(args)
    if (target.path !== undefined && target.path !== null) return originalConnect.apply(this, args)

    const host = target.host || 'localhost'

    if (net.isIP(host) !== 0) {
      if (isLoopbackAddress(host)) return originalConnect.apply(this, args)

      // Fail the way a refused connection fails: asynchronously, through the 'error' event.
      process.nextTick(() => this.destroy(refusedConnectionError(host, target.port)))
      return this
    }

    // A connection by name: resolve it through the guard, and reject non-loopback results even
    // when the caller brings its own lookup function.
    const normalized = Array.isArray(args[0]) ? args[0] : args
    const callback = normalized.find(argument => typeof argument === 'function')
    const customLookup = target.options?.lookup
    const lookup = loopbackOnlyLookup(
      typeof customLookup === 'function' ? customLookup : dns.lookup
    )
    const options = { ...(target.options ?? {}), host, port: target.port, lookup }

    return callback === undefined
      ? originalConnect.call(this, options)
      : originalConnect.call(this, options, callback)
  }
}

// Installation

function install() {
  if (globalThis[GUARD_MARK]) return
  globalThis[GUARD_MARK] = true

  const promises = dns.promises
  promisesLookup = wrapPromisesLookup(promises.lookup)

  dns.lookup = wrapCallbackLookup(dns.lookup)
  promises.lookup = promisesLookup
  dns.lookupService = wrapCallbackLookupService(dns.lookupService)
  promises.lookupService = wrapPromisesLookupService(promises.lookupService)

  replaceResolveMethods(dns, wrapCallbackResolve)
  replaceResolveMethods(dns.Resolver.prototype, wrapCallbackResolve)
  replaceResolveMethods(promises, wrapPromisesResolve)
  replaceResolveMethods(promises.Resolver.prototype, wrapPromisesResolve)

  net.Socket.prototype.connect = wrapConnect(net.Socket.prototype.connect)

  // ESM named imports of built-in modules are copies that only this call refreshes.
  syncBuiltinESMExports()
}

install()

module.exports = { GUARD_MARK, isLoopbackAddress, isLoopbackName }
