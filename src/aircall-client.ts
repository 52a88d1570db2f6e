import type { IncomingHttpHeaders, RequestOptions } from 'node:http'

import { HttpClient } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'

import { errorCode, errorMessage } from './errors.js'
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
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), request.timeoutMs)

  const client = new HttpClient(USER_AGENT, [new AbortSignalHandler(controller.signal)], {
    allowRedirects: false,
    allowRetries: false,
    keepAlive: false,
    // An idle timeout, kept only as a fallback, because the abort signal enforces the deadline.
    socketTimeout: request.timeoutMs + 1000
  })

  try {
    const response = await client.request('GET', request.url.href, null, {
      authorization: request.authorization,
      accept: 'application/json'
    })

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
        host
      }
    } catch (error: unknown) {
      return {
        status,
        headers,
        body: '',
        bodyTruncated: false,
        failure: failureOf(error, controller),
        host
      }
    }
  } catch (error: unknown) {
    return {
      status: undefined,
      headers: {},
      body: '',
      bodyTruncated: false,
      failure: failureOf(error, controller),
      host
    }
  } finally {
    clearTimeout(timer)
    client.dispose()
  }
}

function failureOf(error: unknown, controller: AbortController): TransportFailure {
  if (controller.signal.aborted) {
    return {
      code: 'ETIMEDOUT',
      message: 'no complete response before the deadline',
      timedOut: true
    }
  }

  return { code: errorCode(error) ?? 'UNKNOWN', message: errorMessage(error), timedOut: false }
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
 * to cancel. Node destroys the socket when the signal aborts, in any phase of the request.
 */
class AbortSignalHandler implements RequestHandler {
  constructor(private readonly signal: AbortSignal) {}

  prepareRequest(options: RequestOptions): void {
    options.signal = this.signal
  }

  canHandleAuthentication(): boolean {
    return false
  }

  handleAuthentication(): never {
    throw new Error('AbortSignalHandler does not handle authentication')
  }
}
