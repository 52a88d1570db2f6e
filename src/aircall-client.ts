import type { IncomingHttpHeaders, RequestOptions } from 'node:http'

import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'

import { errorCode, errorMessage } from './errors.js'
import { formatSeconds } from './format.js'
import type { Exchange, TransportFailure } from './exchange.js'
import { readCappedBody } from './read-body.js'
import { USER_AGENT } from './version.js'

/** Maximum body size kept, in bytes. Aircall's responses are a few hundred bytes. */
export const MAX_BODY_BYTES = 64 * 1024

export interface AttemptRequest {
  readonly url: URL
  readonly authorization: string
  /** Time this attempt may take, connection, headers and body included. */
  readonly timeoutMs: number
}

/**
 * Sends one `GET` and reads the response within `timeoutMs`. The Authorization header is passed per
 * request and redirects are not followed, so the credential never reaches another host
 * (http-client keeps client-level and handler credentials on a cross-host redirect).
 */
export async function sendRequest(request: AttemptRequest): Promise<Exchange> {
  const host = request.url.host
  const path = request.url.pathname
  const proxyUrl = getProxyUrl(request.url)
  const proxyHost = proxyUrl?.hostname ? proxyUrl.host : undefined
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), request.timeoutMs)

  const client = new HttpClient(USER_AGENT, [new AbortSignalHandler(controller.signal)], {
    allowRedirects: false,
    allowRetries: false,
    keepAlive: false,
    // An idle timeout, kept only as a fallback, because the abort signal enforces the deadline.
    socketTimeout: request.timeoutMs + 1000
  })

  let pending: Promise<HttpClientResponse> | undefined
  try {
    // Node settles nothing when a request is aborted before it has a socket (a proxy that never
    // responds to CONNECT) or when a server switches protocols, so the abort must win the race.
    pending = client.request('GET', request.url.href, null, {
      authorization: request.authorization,
      accept: 'application/json'
    })
    pending.catch(() => undefined)
    const response = await Promise.race([pending, rejectOnAbort(controller.signal)])

    const status = response.message.statusCode
    const headers = firstValues(response.message.headers)
    try {
      const body = await readCappedBody(response.message, MAX_BODY_BYTES, controller.signal)
      return {
        status,
        headers,
        body: body.bytes.toString('utf8'),
        bodyTruncated: body.truncated,
        failure: undefined,
        host,
        path,
        proxyHost
      }
    } catch (error: unknown) {
      return {
        status,
        headers,
        body: '',
        bodyTruncated: false,
        failure: failureOf(error, controller, request.timeoutMs),
        host,
        path,
        proxyHost
      }
    }
  } catch (error: unknown) {
    // A response that arrives after the race was lost would hold its socket open.
    void pending?.then(
      late => late.message.destroy(),
      () => undefined
    )
    return {
      status: undefined,
      headers: {},
      body: '',
      bodyTruncated: false,
      failure: failureOf(error, controller, request.timeoutMs),
      host,
      path,
      proxyHost
    }
  } finally {
    clearTimeout(timer)
    client.dispose()
  }
}

function failureOf(
  error: unknown,
  controller: AbortController,
  timeoutMs: number
): TransportFailure {
  if (controller.signal.aborted) {
    return {
      code: 'ETIMEDOUT',
      message: `no complete response within the ${formatSeconds(timeoutMs)} given to this attempt`,
      timedOut: true
    }
  }

  return { code: errorCode(error) ?? 'UNKNOWN', message: errorMessage(error), timedOut: false }
}

/**
 * Returns a promise that rejects when the signal aborts. Both sides of the race get a no-op
 * handler for the rejection that comes after the race is decided, which would otherwise be an
 * unhandled rejection.
 */
function rejectOnAbort(signal: AbortSignal): Promise<never> {
  const aborted = new Promise<never>((_resolve, reject) => {
    signal.addEventListener('abort', () => reject(new Error('aborted at the attempt time limit')), {
      once: true
    })
  })
  aborted.catch(() => undefined)
  return aborted
}

function firstValues(headers: IncomingHttpHeaders): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    const first = Array.isArray(value) ? value[0] : value
    if (first !== undefined) {
      result[name.toLowerCase()] = first
    }
  }
  return result
}

/**
 * Attaches an abort signal to the request that http-client builds, which it offers no other way
 * to cancel, and unwraps IPv6 literals. Node destroys the socket when the signal aborts.
 */
class AbortSignalHandler implements RequestHandler {
  constructor(private readonly signal: AbortSignal) {}

  prepareRequest(options: RequestOptions): void {
    options.signal = this.signal
    // The credential must never go to a server whose certificate is not verified, whatever
    // NODE_TLS_REJECT_UNAUTHORIZED is set to. main.ts also removes that variable, which covers the
    // TLS connection that a proxy tunnel opens outside these options.
    ;(options as RequestOptions & { rejectUnauthorized?: boolean }).rejectUnauthorized = true

    // http-client passes URL.hostname, which keeps the brackets of an IPv6 literal such as
    // [::1], and Node would then try to resolve "[::1]" as a name.
    if (typeof options.host === 'string' && /^\[.*\]$/.test(options.host)) {
      options.host = options.host.slice(1, -1)
    }
  }

  canHandleAuthentication(): boolean {
    return false
  }

  handleAuthentication(): never {
    throw new Error('AbortSignalHandler does not handle authentication')
  }
}
