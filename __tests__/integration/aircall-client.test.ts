import { createServer } from 'node:net'

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'

import {
  cutShort,
  hugeBody,
  neverRespond,
  redirect,
  stallBody,
  startAircallStandIn,
  type AircallStandIn
} from '../../scripts/aircall-stand-in.mjs'
import { MAX_BODY_BYTES, sendRequest } from '../../src/aircall-client.js'
import { basicAuthorization } from '../../src/credentials.js'
import { USER_AGENT } from '../../src/version.js'

const ID = '0123456789abcdef0123456789abcdef'
const TOKEN = 'fedcba9876543210fedcba9876543210'
const AUTHORIZATION = basicAuthorization(ID, TOKEN)

let standIn: AircallStandIn
let other: AircallStandIn

beforeAll(async () => {
  standIn = await startAircallStandIn({ keys: [{ apiId: ID, apiToken: TOKEN }] })
  other = await startAircallStandIn({ keys: [{ apiId: ID, apiToken: TOKEN }] })
})

afterEach(() => {
  standIn.reset()
  other.reset()
})

afterAll(async () => {
  await standIn.close()
  await other.close()
})

function ping(timeoutMs = 5000, base = standIn.url) {
  return sendRequest({ url: new URL('/v1/ping', base), authorization: AUTHORIZATION, timeoutMs })
}

describe('sendRequest', () => {
  it('sends one GET with the credential, Accept and User-Agent', async () => {
    const exchange = await ping()

    expect(exchange.status).toBe(200)
    expect(JSON.parse(exchange.body)).toEqual({ ping: 'pong' })
    expect(standIn.requests).toHaveLength(1)
    const request = standIn.requests[0]
    expect(request?.method).toBe('GET')
    expect(request?.path).toBe('/v1/ping')
    expect(request?.headers['authorization']).toBe(AUTHORIZATION)
    expect(request?.headers['accept']).toBe('application/json')
    expect(request?.headers['user-agent']).toBe(USER_AGENT)
  })

  it('returns the request id headers', async () => {
    const exchange = await ping()

    expect(exchange.headers['apigw-requestid']).toBe(standIn.requests[0]?.answeredWith.requestId)
    expect(exchange.headers['x-amz-cf-id']).toBeDefined()
  })

  it('does not follow a redirect to another host', async () => {
    standIn.enqueue(redirect(`${other.url}/v1/ping`))

    const exchange = await ping()

    expect(exchange.status).toBe(302)
    expect(standIn.requests).toHaveLength(1)
    expect(other.requests).toHaveLength(0)
  })

  it('cuts a 64 MiB body at the cap', async () => {
    standIn.enqueue(hugeBody(64 * 1024 * 1024))

    const exchange = await ping()

    expect(exchange.status).toBe(200)
    expect(exchange.bodyTruncated).toBe(true)
    expect(Buffer.byteLength(exchange.body)).toBeLessThanOrEqual(MAX_BODY_BYTES)
    expect(exchange.failure).toBeUndefined()
  })

  it('ends a request that never gets headers at its timeout', async () => {
    standIn.enqueue(neverRespond())
    const started = Date.now()

    const exchange = await ping(400)

    expect(exchange.status).toBeUndefined()
    expect(exchange.failure?.timedOut).toBe(true)
    expect(Date.now() - started).toBeLessThan(400 + 1000)
  })

  it('ends a stalled body at the timeout and keeps the status', async () => {
    standIn.enqueue(stallBody())
    const started = Date.now()

    const exchange = await ping(400)

    expect(exchange.status).toBe(200)
    expect(exchange.failure?.timedOut).toBe(true)
    expect(Date.now() - started).toBeLessThan(400 + 1000)
  })

  it('reports a body cut short as a failure', async () => {
    standIn.enqueue(cutShort())

    const exchange = await ping()

    expect(exchange.status).toBe(200)
    expect(exchange.failure?.timedOut).toBe(false)
    expect(exchange.failure?.code).toMatch(/^(ECONNRESET|ERR_BODY_INCOMPLETE)$/)
  })

  it('reports a closed port as ECONNREFUSED', async () => {
    const port = await closedPort()

    const exchange = await ping(2000, `http://127.0.0.1:${port}`)

    expect(exchange.status).toBeUndefined()
    expect(exchange.failure?.code).toBe('ECONNREFUSED')
    expect(exchange.host).toBe(`127.0.0.1:${port}`)
  })
})

/** Returns a port that was free a moment ago, so a connection to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>(resolve => server.close(() => resolve()))
  if (address === null || typeof address === 'string') {
    throw new Error('no port')
  }
  return address.port
}
