import { TLS_ADVICE } from './advice.js'
import type { TransportFailure } from './exchange.js'

const TLS_CODE = /^(CERT_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH)/

/** Tells whether a failure came from TLS: an untrusted, expired or mismatched certificate. */
export function isTlsFailure(failure: TransportFailure): boolean {
  return TLS_CODE.test(failure.code)
}

/**
 * Describes a failure below HTTP in one sentence that names the error code and the host, with
 * the advice that fits the kind of failure.
 */
export function describeTransportFailure(failure: TransportFailure, host: string): string {
  const { code } = failure

  if (failure.timedOut) {
    return `No complete answer from ${host} arrived before the deadline set by timeout-seconds (${code}).`
  }

  if (failure.message.includes('tunneling socket could not be established')) {
    const detail = /statusCode=(\d+)/.exec(failure.message)
    const status = detail === null ? '' : ` with status ${detail[1]}`
    return (
      `The proxy set by HTTPS_PROXY refused to open a tunnel to ${host}${status} (${code}). ` +
      'This comes from the proxy, not from Aircall: check the proxy settings, or add the host ' +
      'to NO_PROXY if the runner can reach it directly.'
    )
  }

  if (isTlsFailure(failure)) {
    return `The TLS connection to ${host} failed with ${code}: ${failure.message}. ${TLS_ADVICE}`
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
      return `The connection to ${host} closed before the answer was complete (${code}).`
    case 'ETIMEDOUT':
      return `The connection to ${host} timed out (${code}).`
    default:
      return `The request to ${host} failed with ${code}: ${failure.message}.`
  }
}
