import type { Exchange, TransportFailure } from '../../src/exchange.js'

/** Builds an exchange as the client returns it, for tests of the pure logic after it. */
export function response(
  status: number,
  body: string,
  headers: Record<string, string> = {}
): Exchange {
  return {
    status,
    headers: { 'apigw-requestid': 'Req-1', ...headers },
    body,
    bodyTruncated: false,
    failure: undefined,
    host: 'api.aircall.io',
    path: '/v1/ping',
    proxyHost: undefined
  }
}

export function transportFailure(failure: Partial<TransportFailure> & { code: string }): Exchange {
  return {
    status: undefined,
    headers: {},
    body: '',
    bodyTruncated: false,
    failure: { message: `connect ${failure.code}`, timedOut: false, ...failure },
    host: 'api.aircall.io',
    path: '/v1/ping',
    proxyHost: undefined
  }
}
