import { TLS_ADVICE } from './advice.js'
import { collapseWhitespace } from './body-excerpt.js'
import type { TransportFailure } from './exchange.js'

// http-client's tunnel agent reports a rejected CONNECT with this text and the proxy's status.
const TUNNEL_REJECTED = /tunneling socket could not be established(?:, statusCode=(\d+))?/
// EPROTO is what OpenSSL reports for a server that does not speak TLS, such as plain HTTP.
const TLS_CODE =
  /^(CERT_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH|EPROTO$)/

/** Tells whether a failure came from TLS: an untrusted, expired or mismatched certificate. */
export function isTlsFailure(failure: TransportFailure): boolean {
  return TLS_CODE.test(failure.code)
}

/**
 * Tells whether a retry cannot change a failure: a certificate that is not trusted now will not
 * be trusted a second later, and a proxy that rejects the tunnel with a 4xx will reject it again.
 * Timeouts, resets and failed lookups may pass, so they are retried.
 */
export function isPermanentFailure(failure: TransportFailure): boolean {
  const tunnel = TUNNEL_REJECTED.exec(failure.message)
  if (tunnel !== null) {
    return tunnel[1] !== undefined && tunnel[1].startsWith('4')
  }

  return !failure.timedOut && isTlsFailure(failure)
}

/**
 * Describes a failure below HTTP in one sentence that names the error code, the host and the
 * proxy when one was used, with the advice that fits the kind of failure.
 */
export function describeTransportFailure(
  failure: TransportFailure,
  host: string,
  proxyHost: string | undefined
): string {
  const { code } = failure
  // OpenSSL messages span several lines; a message must stay on one.
  const detail = collapseWhitespace(failure.message)
  const via = proxyHost === undefined ? '' : ` through the proxy ${proxyHost}`

  if (failure.timedOut) {
    return (
      `${host}${via} sent ${detail} (${code}). The attempts share the deadline set by ` +
      'timeout-seconds.'
    )
  }

  const tunnel = TUNNEL_REJECTED.exec(failure.message)
  if (tunnel !== null) {
    const proxy = proxyHost === undefined ? 'set by HTTPS_PROXY' : `${proxyHost} set by HTTPS_PROXY`
    return describeTunnelFailure(tunnel[1], detail, code, host, proxy)
  }

  if (isTlsFailure(failure)) {
    return `The TLS connection to ${host}${via} failed with ${code}: ${detail}. ${tlsAdvice(failure, host)}`
  }

  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return (
        `The host name in ${host} could not be resolved (${code}). Check api-url and the ` +
        "runner's DNS."
      )
    case 'ECONNREFUSED':
      return `${host} refused the connection (${code}). Check api-url and any firewall.`
    case 'ECONNRESET':
    case 'ERR_BODY_INCOMPLETE':
      return `The connection to ${host}${via} closed before the response was complete (${code}).`
    case 'ETIMEDOUT':
      return `The connection to ${host}${via} timed out (${code}).`
    default:
      return `The request to ${host}${via} failed with ${code}: ${detail}.`
  }
}

function describeTunnelFailure(
  status: string | undefined,
  detail: string,
  code: string,
  host: string,
  proxy: string
): string {
  if (status === undefined) {
    return (
      `The connection to the proxy ${proxy} failed before it opened a tunnel to ${host}: ` +
      `${detail} (${code}). Check HTTPS_PROXY, or add the host to NO_PROXY if the runner can ` +
      'reach it directly.'
    )
  }

  const credentials =
    status === '407'
      ? ' The proxy requires authentication: check the user name and password in HTTPS_PROXY.'
      : ''
  return (
    `The proxy ${proxy} refused to open a tunnel to ${host} with status ${status} (${code}). ` +
    'This comes from the proxy, not from Aircall: check the proxy settings, or add the host ' +
    `to NO_PROXY if the runner can reach it directly.${credentials}`
  )
}

function tlsAdvice(failure: TransportFailure, host: string): string {
  if (failure.code === 'EPROTO' || failure.code === 'ERR_SSL_WRONG_VERSION_NUMBER') {
    return `The server at ${host} does not speak TLS on that port: check the scheme and port of api-url.`
  }

  if (failure.code === 'ERR_TLS_CERT_ALTNAME_INVALID' || failure.code === 'HOSTNAME_MISMATCH') {
    return `The certificate is not valid for ${host}: check the host name in api-url. ${TLS_ADVICE}`
  }

  return TLS_ADVICE
}
