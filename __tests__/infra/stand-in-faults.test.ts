import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import http from 'node:http'
import {
  applicationUnauthorized,
  cloudFrontErrorPage,
  cutShort,
  hugeBody,
  neverRespond,
  rateLimited,
  redirect,
  serverError,
  stallBody,
  startAircallStandIn,
  type AircallStandIn
} from '../../scripts/aircall-stand-in.mjs'

interface Observation {
  status: number | undefined
  headers: http.IncomingHttpHeaders
  body: Buffer
  /** How the exchange ended: the whole body, an error, or no data for `idleMs`. */
  ending: 'complete' | 'aborted' | 'error' | 'idle'
  errorCode: string | undefined
  durationMs: number
}

/**
 * Sends GET /v1/ping and watches the response until it completes, breaks, or sends nothing for
 * `idleMs`; then destroys the request. `keepBody: false` counts bytes without keeping them.
 */
function observe(
  baseUrl: string,
  { idleMs = 300, keepBody = true }: { idleMs?: number; keepBody?: boolean } = {}
): Promise<Observation & { bytes: number }> {
  const started = Date.now()

  return new Promise(resolve => {
    const chunks: Buffer[] = []
    let bytes = 0
    let status: number | undefined
    let headers: http.IncomingHttpHeaders = {}
    let idleTimer: NodeJS.Timeout | undefined
    let settled = false

    const settle = (ending: Observation['ending'], errorCode?: string): void => {
      if (settled) return
      settled = true
      clearTimeout(idleTimer)
      request.destroy()
      resolve({
        status,
        headers,
        body: Buffer.concat(chunks),
        bytes,
        ending,
        errorCode,
        durationMs: Date.now() - started
      })
    }
    const armIdleTimer = (): void => {
      clearTimeout(idleTimer)
      idleTimer = setTimeout(() => settle('idle'), idleMs)
    }

    const request = http.get(`${baseUrl}/v1/ping`, { agent: false }, response => {
      status = response.statusCode
      headers = response.headers
      armIdleTimer()
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length
        if (keepBody) chunks.push(chunk)
        armIdleTimer()
      })
      response.on('end', () => settle('complete'))
      response.on('error', (error: NodeJS.ErrnoException) => settle('error', error.code))
      response.on('close', () => settle(response.complete ? 'complete' : 'aborted'))
    })
    request.on('error', (error: NodeJS.ErrnoException) => settle('error', error.code))
    armIdleTimer()
  })
}

describe('stand-in faults', () => {
  let standIn: AircallStandIn

  beforeAll(async () => {
    standIn = await startAircallStandIn()
  })
  beforeEach(() => standIn.reset())
  afterAll(() => standIn.close())

  test.each([
    {
      name: 'defaults',
      options: {},
      headers: { 'x-aircallapi-limit': '120', 'x-aircallapi-remaining': '0' }
    },
    {
      name: 'reset in seconds',
      options: { resetEpochSeconds: 1_767_225_600 },
      headers: {
        'x-aircallapi-limit': '120',
        'x-aircallapi-remaining': '0',
        'x-aircallapi-reset': '1767225600'
      }
    },
    {
      name: 'reset in milliseconds',
      options: { resetEpochMs: 1_767_225_600_000, limit: 60, remaining: 1 },
      headers: {
        'x-aircallapi-limit': '60',
        'x-aircallapi-remaining': '1',
        'x-aircallapi-reset': '1767225600000'
      }
    },
    {
      name: 'retry-after seconds only',
      options: { retryAfter: 7, limit: null, remaining: null },
      headers: { 'retry-after': '7' }
    },
    {
      name: 'retry-after http date',
      options: { retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT', limit: null, remaining: null },
      headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }
    },
    {
      name: 'retry-after date object',
      options: {
        retryAfter: new Date(Date.UTC(2030, 0, 2, 3, 4, 5)),
        limit: null,
        remaining: null
      },
      headers: { 'retry-after': 'Wed, 02 Jan 2030 03:04:05 GMT' }
    },
    {
      name: 'no rate-limit headers',
      options: { limit: null, remaining: null },
      headers: {}
    }
  ])('rateLimited $name', async ({ options, headers }) => {
    standIn.enqueue(rateLimited(options))

    const answer = await observe(standIn.url)

    expect(answer.status).toBe(429)
    expect(answer.ending).toBe('complete')
    expect(JSON.parse(answer.body.toString())).toEqual({ error: 'Too Many Requests' })
    const sent = Object.fromEntries(
      Object.entries(answer.headers).filter(([name]) => /^(x-aircallapi-|retry-after$)/.test(name))
    )
    expect(sent).toEqual(headers)
    expect(answer.headers['apigw-requestid']).toBeDefined()
  })

  test('rateLimited rejects two reset units', () => {
    expect(() => rateLimited({ resetEpochSeconds: 1, resetEpochMs: 1000 })).toThrow(TypeError)
  })

  test.each([500, 502, 503, 504])('serverError %i with json body', async status => {
    standIn.enqueue(serverError(status))

    const answer = await observe(standIn.url)

    expect(answer.status).toBe(status)
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(answer.body.toString())).toEqual({ message: http.STATUS_CODES[status] })
    expect(answer.headers['x-cache']).toBe('Error from cloudfront')
  })

  test('serverError with empty body', async () => {
    standIn.enqueue(serverError(500, { empty: true }))

    const answer = await observe(standIn.url)

    expect(answer.status).toBe(500)
    expect(answer.body.length).toBe(0)
    expect(answer.headers['content-length']).toBe('0')
    expect(answer.headers['content-type']).toBeUndefined()
  })

  test.each([502, 503, 504])('cloudFrontErrorPage %i', async status => {
    standIn.enqueue(cloudFrontErrorPage(status))

    const answer = await observe(standIn.url)
    const html = answer.body.toString()

    expect(answer.status).toBe(status)
    expect(answer.ending).toBe('complete')
    expect(answer.headers['content-type']).toBe('text/html')
    expect(answer.headers['x-cache']).toBe('Error from cloudfront')
    expect(answer.headers['apigw-requestid']).toBeUndefined()
    expect(html).toContain('<TITLE>ERROR: The request could not be satisfied</TITLE>')
    expect(html).toContain(`<H1>${status} ERROR</H1>`)
    expect(html).toMatch(/<STYLE type="text\/css">[\s\S]+<\/STYLE>/)
    expect(html).toContain(`Request ID: ${answer.headers['x-amz-cf-id']}`)
    expect(answer.body.length).toBeGreaterThan(25_000)
    expect(answer.body.length).toBeLessThan(35_000)
    expect(standIn.requests[0]?.answeredWith.requestId).toBeUndefined()
    expect(standIn.requests[0]?.answeredWith.handler).toBe('cloudFrontErrorPageHandler')
  })

  test('neverRespond sends nothing', async () => {
    standIn.enqueue(neverRespond())

    const answer = await observe(standIn.url, { idleMs: 300 })

    expect(answer.ending).toBe('idle')
    expect(answer.status).toBeUndefined()
    expect(standIn.requests[0]?.answeredWith.status).toBeUndefined()
  })

  test('stallBody sends part then stalls', async () => {
    standIn.enqueue(stallBody())

    const answer = await observe(standIn.url, { idleMs: 300 })

    expect(answer.ending).toBe('idle')
    expect(answer.status).toBe(200)
    expect(answer.headers['content-length']).toBe('15')
    expect(answer.body.toString()).toBe('{"ping"')
    expect(standIn.requests[0]?.answeredWith.status).toBe(200)
  })

  test('cutShort breaks the body', async () => {
    standIn.enqueue(cutShort())

    const answer = await observe(standIn.url, { idleMs: 2000 })

    expect(['aborted', 'error']).toContain(answer.ending)
    expect(answer.status).toBe(200)
    expect(answer.headers['content-length']).toBe('1000')
    expect(answer.body.toString()).toBe('{"ping":')
    expect(answer.durationMs).toBeLessThan(2000)
  })

  test('hugeBody small size is valid json', async () => {
    standIn.enqueue(hugeBody(200_000))

    const answer = await observe(standIn.url)
    const body = JSON.parse(answer.body.toString()) as { ping: string; padding: string }

    expect(answer.ending).toBe('complete')
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(answer.headers['content-length']).toBe('200000')
    expect(answer.body.length).toBe(200_000)
    expect(body.ping).toBe('pong')
    expect(body.padding).toMatch(/^x+$/)
  })

  test('hugeBody streams 64 MiB', async () => {
    const size = 64 * 1024 * 1024
    standIn.enqueue(hugeBody(size))

    const answer = await observe(standIn.url, { idleMs: 5000, keepBody: false })

    expect(answer.ending).toBe('complete')
    expect(answer.bytes).toBe(size)
  })

  test('hugeBody survives client leaving', async () => {
    standIn.enqueue(hugeBody(64 * 1024 * 1024))
    const served = new Promise<void>(resolve => {
      standIn.enqueue(function afterHugeBody(_request, response) {
        response.writeHead(204)
        response.end()
        resolve()
      })
    })

    // Leave after the first chunk. The stand-in must still serve the next request.
    await new Promise<void>((resolve, reject) => {
      const request = http.get(`${standIn.url}/v1/ping`, { agent: false }, response => {
        response.once('data', () => {
          request.destroy()
          resolve()
        })
      })
      request.on('error', () => {})
      request.setTimeout(5000, () => reject(new Error('hugeBody sent no data in 5 s')))
    })
    const next = await observe(standIn.url)
    await served

    expect(next.status).toBe(204)
  })

  test('hugeBody rejects sizes below 28', () => {
    expect(() => hugeBody(27)).toThrow(RangeError)
    expect(() => hugeBody(1.5)).toThrow(RangeError)
    expect(() => hugeBody(28)).not.toThrow()
  })

  test.each([
    { status: undefined, expected: 302 },
    { status: 301, expected: 301 },
    { status: 307, expected: 307 }
  ])('redirect with status $expected', async ({ status, expected }) => {
    const location = 'https://elsewhere.test/v1/ping'
    standIn.enqueue(status === undefined ? redirect(location) : redirect(location, status))

    const answer = await observe(standIn.url)

    expect(answer.status).toBe(expected)
    expect(answer.headers['location']).toBe(location)
    expect(answer.body.length).toBe(0)
  })

  test('applicationUnauthorized body', async () => {
    standIn.enqueue(applicationUnauthorized())

    const answer = await observe(standIn.url)

    expect(answer.status).toBe(401)
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(answer.body.toString())).toEqual({
      error: 'Unauthorized',
      troubleshoot: 'Check your API key'
    })
  })

  test('serverError rejects invalid status', () => {
    expect(() => serverError(42)).toThrow(RangeError)
    expect(() => cloudFrontErrorPage(600)).toThrow(RangeError)
  })
})

describe('stand-in close during faults', () => {
  test.each([
    { name: 'neverRespond', fault: neverRespond },
    { name: 'stallBody', fault: stallBody },
    { name: 'hugeBody', fault: () => hugeBody(512 * 1024 * 1024) }
  ])('close ends $name', async ({ fault }) => {
    const standIn = await startAircallStandIn()
    standIn.enqueue(fault())
    const watching = observe(standIn.url, { idleMs: 5000, keepBody: false })
    while (standIn.requests.length === 0) await new Promise(resolve => setTimeout(resolve, 10))

    const started = Date.now()
    await standIn.close()
    const answer = await watching

    expect(Date.now() - started).toBeLessThan(1000)
    expect(answer.ending).not.toBe('complete')
    expect(answer.ending).not.toBe('idle')
  })
})
