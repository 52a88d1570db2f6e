/** A failure below HTTP: no response, or a response whose body could not be read whole. */
export interface TransportFailure {
  /** Node.js or library error code, such as ECONNREFUSED or CERT_HAS_EXPIRED. */
  readonly code: string
  readonly message: string
  /** True when the check's own deadline ended the attempt. */
  readonly timedOut: boolean
}

/** Result of one request attempt. `sendRequest` returns failures here instead of throwing. */
export interface Exchange {
  /** Status of the response; undefined when no response arrived. */
  readonly status: number | undefined
  /** Response headers with lower-case names; repeated headers keep the first value. */
  readonly headers: Readonly<Record<string, string>>
  /** Body decoded as UTF-8, at most the byte cap. */
  readonly body: string
  readonly bodyTruncated: boolean
  readonly failure: TransportFailure | undefined
  /** Host and port the request went to, for messages. */
  readonly host: string
  /** Path of the request, such as /v1/ping. */
  readonly path: string
  /** Host and port of the proxy the request went through, if any. */
  readonly proxyHost: string | undefined
}

/** Maximum length of a request id, in characters; Aircall's are under 100. */
const MAX_REQUEST_ID_LENGTH = 200

/**
 * Returns Aircall's id of a response: `apigw-requestid`, else CloudFront's `x-amz-cf-id`. Every
 * response from Aircall's edge carries one, so its absence marks a response from somewhere else.
 */
export function requestIdOf(exchange: Exchange): string | undefined {
  const id = exchange.headers['apigw-requestid'] ?? exchange.headers['x-amz-cf-id']
  return id === undefined ? undefined : id.slice(0, MAX_REQUEST_ID_LENGTH)
}

/**
 * Returns a copy with secrets removed from the body, the header values and the failure message,
 * for building messages. A server or proxy that echoes the request could return the credential,
 * and an excerpt is cut before the log's own redaction runs.
 */
export function redactExchange(exchange: Exchange, redact: (text: string) => string): Exchange {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(exchange.headers)) {
    headers[name] = redact(value)
  }

  const failure =
    exchange.failure === undefined
      ? undefined
      : { ...exchange.failure, message: redact(exchange.failure.message) }
  return { ...exchange, headers, body: redact(exchange.body), failure }
}
