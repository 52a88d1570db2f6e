import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

/** A valid API ID and token pair, and the company that GET /v1/company returns for it. */
export interface StandInKey {
  apiId: string
  apiToken: string
  /** Company name for GET /v1/company; default "Stand-in Company". */
  companyName?: string
  /** `users_count` for GET /v1/company; default 3. */
  usersCount?: number
  /** `numbers_count` for GET /v1/company; default 2. */
  numbersCount?: number
}

export interface StandInOptions {
  /** Loopback address to bind: 127.0.0.0/8, ::1 or localhost (binds 127.0.0.1). Default 127.0.0.1. */
  host?: string
  /** TCP port; 0 (the default) picks a free port. */
  port?: number
  /** PEM key and certificate; when given, the stand-in serves HTTPS. */
  tls?: { key: string | Buffer; cert: string | Buffer }
  /** The valid pairs. Default none, so every credential gets 403. */
  keys?: StandInKey[]
  /** Receives one line per answered request and per handler error. Default: discard. */
  log?: (line: string) => void
}

/**
 * A scripted answer. A plain answer sends `status`, `headers` and `body`: an object body is sent
 * as JSON with `content-type: application/json; charset=utf-8`, and a header whose value is null
 * removes that header (for example `'apigw-requestid': null`).
 */
export interface PlainAnswer {
  status: number
  headers?: Record<string, string | number | string[] | null>
  body?: string | Buffer | object | null
}

/**
 * A raw handler for faults. The edge headers (`apigw-requestid`, `x-amz-cf-id`, `via`,
 * `x-amz-cf-pop`) are already set on `response` when it runs.
 */
export type RawHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  socket: Socket
) => void

export type ScriptedAnswer = PlainAnswer | RawHandler

/** The parsed Authorization header; apiId and apiToken are set only for well-formed Basic. */
export interface RecordedAuthorization {
  scheme: string
  apiId?: string
  apiToken?: string
  /** Whether the header carried one of the valid pairs. */
  accepted: boolean
}

/** What the stand-in sent. The getters read the live response, so they stay current. */
export interface RecordedAnswer {
  /** 'default' for the built-in behaviour, 'scripted' for a plain answer, 'handler' for a raw one. */
  readonly source: 'default' | 'scripted' | 'handler'
  /** Function name of the raw handler, for example 'neverRespondHandler'. */
  readonly handler?: string
  /** Status sent, or undefined while no headers were sent. */
  readonly status: number | undefined
  /** `apigw-requestid` of this answer; undefined when the answer removed it. */
  readonly requestId: string | undefined
  /** `x-amz-cf-id` of this answer. */
  readonly cloudFrontId: string | undefined
}

export interface RecordedRequest {
  method: string | undefined
  /** Request target as sent, query string included. */
  path: string | undefined
  headers: Record<string, string | string[] | undefined>
  /** Absent when the request had no Authorization header. */
  authorization?: RecordedAuthorization
  /** Arrival time in epoch milliseconds. */
  at: number
  answeredWith: RecordedAnswer
}

export interface AircallStandIn {
  /** Origin such as 'http://127.0.0.1:41234', 'https://127.0.0.1:41234' or 'http://[::1]:41234'. */
  readonly url: string
  /** Bound address (a literal). */
  readonly host: string
  readonly port: number
  /** Every request received, in arrival order. */
  readonly requests: RecordedRequest[]
  /** Number of scripted answers not yet used. */
  readonly pending: number
  /**
   * Queues scripted answers, used one per request in order, whatever the path. Once the queue
   * is empty, the default behaviour applies again.
   */
  enqueue(...answers: ScriptedAnswer[]): void
  /** Adds a valid pair. */
  addKey(key: StandInKey): void
  /** Removes every pair with this API ID, so it gets 403 from then on. Returns whether one existed. */
  removeKey(apiId: string): boolean
  /** Clears the recorded requests and the scripted answers. */
  reset(): void
  /**
   * Stops listening and destroys every open socket, stalled answers included. Rejects when the
   * server has not closed within 5 seconds. Calling it again returns the same promise.
   */
  close(): Promise<void>
}

/** Starts the stand-in; resolves once it listens. Rejects for a host that is not loopback. */
export function startAircallStandIn(options?: StandInOptions): Promise<AircallStandIn>

/** Returns whether `host` is `localhost` or a loopback IP literal (127.0.0.0/8 or ::1). */
export function isLoopbackHost(host: string): boolean

/**
 * Parses an Authorization header value: `{ scheme, apiId, apiToken }` for well-formed Basic
 * (base64 of UTF-8 `id:token`, split at the first colon), `{ scheme }` for anything else.
 */
export function parseAuthorization(value: string): {
  scheme: string
  apiId?: string
  apiToken?: string
}

export interface RateLimitedOptions {
  /** `X-AircallApi-Reset` in epoch seconds. */
  resetEpochSeconds?: number
  /** `X-AircallApi-Reset` in epoch milliseconds (some clients read it so). */
  resetEpochMs?: number
  /** `Retry-After`: seconds, an HTTP date string, or a Date (sent as an HTTP date). */
  retryAfter?: number | string | Date
  /** `X-AircallApi-Remaining`; default 0, null to omit. */
  remaining?: number | null
  /** `X-AircallApi-Limit`; default 120, null to omit. */
  limit?: number | null
}

/** 429 with `{"error":"Too Many Requests"}` and the rate limit headers asked for. */
export function rateLimited(options?: RateLimitedOptions): PlainAnswer

/** A 5xx (default 500) with `{"message":"<reason phrase>"}`, or an empty body with `empty`. */
export function serverError(status?: number, options?: { empty?: boolean }): PlainAnswer

/** CloudFront's `text/html` error page of about 30 KB (default 503), without `apigw-requestid`. */
export function cloudFrontErrorPage(status?: number): RawHandler

/** Accepts the request and never sends anything; close() ends it. */
export function neverRespond(): RawHandler

/** Sends 200 headers with content-length 15 and 7 body bytes, then stalls. */
export function stallBody(): RawHandler

/** Declares content-length 1000, sends 8 bytes, then destroys the socket. */
export function cutShort(): RawHandler

/**
 * Streams a 200 JSON body of exactly `bytes` bytes (at least 28) in 64 KiB chunks, ending with
 * `"ping":"pong"}`, and stops when the client goes away.
 */
export function hugeBody(bytes: number): RawHandler

/** A redirect (default 302) to `location`, with an empty body. */
export function redirect(location: string, status?: number): PlainAnswer

/** 401 `{"error":"Unauthorized","troubleshoot":"Check your API key"}`, the application's shape. */
export function applicationUnauthorized(): PlainAnswer
