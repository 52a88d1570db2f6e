import {
  aircallMessage,
  collapseWhitespace,
  describeBody,
  parseJsonObject,
  truncateText
} from './body-excerpt.js'
import { redactExchange, requestIdOf, type Exchange } from './exchange.js'
import { statusText } from './status-text.js'
import { describeTransportFailure, isPermanentFailure } from './transport-description.js'

/** The two calls a check makes. */
export type Endpoint = 'ping' | 'company'

export const ENDPOINT_PATHS: Readonly<Record<Endpoint, string>> = {
  ping: '/v1/ping',
  company: '/v1/company'
}

/** Verdict that one exchange gives about the credentials. */
export interface AttemptVerdict {
  readonly result: 'authenticated' | 'unauthorized' | 'rate-limited' | 'unavailable'
  /** Whether another attempt could change the verdict: 429, 5xx and transient transport failures. */
  readonly retryable: boolean
  /** One sentence on what happened, with the status or error code and Aircall's request id. */
  readonly reason: string
  /** Company name from `GET /v1/company`, when that call succeeded. */
  readonly companyName?: string
}

const CHECK_API_URL =
  'Check that api-url is the base URL of the Aircall API, such as https://api.aircall.io, ' +
  'without /v1.'

/** Maximum length of a company name, in characters. Real names are short. */
const MAX_NAME_LENGTH = 200

const HTTP_OK = 200
const HTTP_UNAUTHORIZED = 401
const HTTP_FORBIDDEN = 403
const HTTP_TOO_MANY_REQUESTS = 429

/**
 * Classifies one exchange. Only a 200 with the expected JSON body is accepted, because an
 * intercepting proxy or captive portal can respond with 200 too. Likewise, a 401 or 403 is a
 * rejection only with Aircall's JSON error body and its request id headers, because a firewall or
 * proxy block page is no verdict on the key. Rejections are never retried. Everything else is unavailable, and is
 * retried only when it may be transient.
 */
export function classifyExchange(
  endpoint: Endpoint,
  exchange: Exchange,
  redact: (text: string) => string = text => text
): AttemptVerdict {
  const { status, failure } = exchange
  // Decisions read the exchange as received, and messages are built from a redacted copy.
  // Redacting first could change Aircall's own body and so flip the verdict.
  const redacted = redactExchange(exchange, redact)

  if (status === undefined || failure !== undefined) {
    const transport =
      failure === undefined
        ? 'No response arrived.'
        : describeTransportFailure(redacted.failure ?? failure, exchange.host, exchange.proxyHost)
    const prefix = status === undefined ? '' : `${answered(redacted)}, but `
    return {
      result: 'unavailable',
      retryable: failure === undefined || !isPermanentFailure(failure),
      reason: prefix === '' ? transport : `${prefix}${lowerFirst(transport)}`
    }
  }

  if (status === HTTP_UNAUTHORIZED || status === HTTP_FORBIDDEN) {
    if (aircallMessage(exchange.body) === undefined || requestIdOf(exchange) === undefined) {
      return {
        result: 'unavailable',
        retryable: false,
        reason:
          `${answered(redacted)} without Aircall's JSON error body and request id headers, so a ` +
          'firewall, WAF or proxy on the way blocked the request, not Aircall: this is no ' +
          `verdict on the key.${bodyMessage(redacted)}`
      }
    }

    return {
      result: 'unauthorized',
      retryable: false,
      reason: `${answered(redacted)}.${bodyMessage(redacted)}`
    }
  }

  if (status === HTTP_TOO_MANY_REQUESTS) {
    return {
      result: 'rate-limited',
      retryable: true,
      reason: `${answered(redacted)}.${bodyMessage(redacted)}`
    }
  }

  if (status >= 500) {
    return {
      result: 'unavailable',
      retryable: true,
      reason: `${answered(redacted)}.${bodyMessage(redacted)}`
    }
  }

  if (status >= 300 && status < 400) {
    return { result: 'unavailable', retryable: false, reason: describeRedirect(redacted) }
  }

  if (status === HTTP_OK) {
    return classifySuccess(endpoint, exchange, redacted)
  }

  return {
    result: 'unavailable',
    retryable: false,
    reason: `${answered(redacted)}.${bodyMessage(redacted)} ${CHECK_API_URL}`
  }
}

function classifySuccess(
  endpoint: Endpoint,
  exchange: Exchange,
  redacted: Exchange
): AttemptVerdict {
  if (exchange.bodyTruncated) {
    return {
      result: 'unavailable',
      retryable: false,
      reason: `${answered(redacted)} with a body too long for an Aircall answer, so it did not come from the Aircall API.`
    }
  }

  const body = parseJsonObject(exchange.body)
  if (endpoint === 'ping' && body?.['ping'] === 'pong') {
    return {
      result: 'authenticated',
      retryable: false,
      reason: `${answered(redacted)} with {"ping":"pong"}.`
    }
  }

  const company = body?.['company']
  if (endpoint === 'company' && typeof company === 'object' && company !== null) {
    const name = (company as Record<string, unknown>)['name']
    if (typeof name === 'string') {
      // The name is redacted in logs and the summary, so line breaks and control characters go,
      // and an absurd length is cut.
      const companyName = truncateText(collapseWhitespace(name), MAX_NAME_LENGTH)
      return {
        result: 'authenticated',
        retryable: false,
        reason: `${answered(redacted)} with the company.`,
        companyName
      }
    }
  }

  const expected = endpoint === 'ping' ? '{"ping":"pong"}' : 'the company'
  return {
    result: 'unavailable',
    retryable: false,
    reason:
      `${answered(redacted)}, but the body is not ${expected}, so something other than the Aircall ` +
      'API answered, such as an intercepting proxy or a captive portal.' +
      bodyMessage(redacted)
  }
}

function describeRedirect(exchange: Exchange): string {
  const location = exchange.headers['location']
  let target = 'no Location header'
  if (location !== undefined) {
    try {
      // Only the host is redacted, because a query could carry a token.
      target = `a redirect to host ${new URL(location, `https://${exchange.host}`).host}`
    } catch {
      target = 'an invalid Location header'
    }
  }

  return (
    `${answered(exchange)} with ${target}. The action does not follow redirects, so the ` +
    `credentials never reach another host. ${CHECK_API_URL}`
  )
}

function answered(exchange: Exchange): string {
  const status = exchange.status === undefined ? 'no status' : statusText(exchange.status)
  const requestId = requestIdOf(exchange)
  const id = requestId === undefined ? '' : ` (request id ${requestId})`
  return `${exchange.host} answered ${status} to GET ${exchange.path}${id}`
}

function bodyMessage(exchange: Exchange): string {
  const description = describeBody(exchange.body)
  return description === undefined ? '' : ` The body says: "${description}".`
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
