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
}

/** Returns Aircall's id of a response: `apigw-requestid`, else CloudFront's `x-amz-cf-id`. */
export function requestIdOf(exchange: Exchange): string | undefined {
  return exchange.headers['apigw-requestid'] ?? exchange.headers['x-amz-cf-id']
}
