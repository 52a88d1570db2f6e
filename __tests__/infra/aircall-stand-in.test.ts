import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import path from 'node:path'
import { createInterface } from 'node:readline'
import {
  parseAuthorization,
  startAircallStandIn,
  type AircallStandIn
} from '../../scripts/aircall-stand-in.mjs'
import { repositoryRoot } from '../../scripts/run-action.mjs'

const tlsDirectory = path.join(repositoryRoot, '__tests__', 'fixtures', 'tls')
const standInScript = path.join(repositoryRoot, 'scripts', 'aircall-stand-in.mjs')

const VALID = {
  apiId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  apiToken: 'f0e1d2c3b4a5968778695a4b3c2d1e0f'
}
const COLON_TOKEN = { apiId: 'identifiant-é', apiToken: 'to:ken:with:colons' }

interface HttpAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** Sends one request without keep-alive and collects the whole response, within 5 seconds. */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; ca?: Buffer } = {}
): Promise<HttpAnswer> {
  const target = new URL(url)
  const client = target.protocol === 'https:' ? https : http

  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        agent: false,
        ...(options.ca ? { ca: options.ca } : {})
      },
      response => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8')
          })
        )
        response.on('error', reject)
      }
    )
    request.setTimeout(5000, () => request.destroy(new Error(`No response from ${url} within 5 s`)))
    request.on('error', reject)
    request.end()
  })
}

function basic(apiId: string, apiToken: string): string {
  return `Basic ${Buffer.from(`${apiId}:${apiToken}`, 'utf8').toString('base64')}`
}

describe('stand-in default answers', () => {
  let standIn: AircallStandIn

  beforeAll(async () => {
    standIn = await startAircallStandIn({
      keys: [
        { ...VALID, companyName: 'Acme Support', usersCount: 12, numbersCount: 4 },
        COLON_TOKEN
      ]
    })
  })
  beforeEach(() => standIn.reset())
  afterAll(() => standIn.close())

  const cases: Array<{
    name: string
    path: string
    method?: string
    authorization?: string
    status: number
    body: unknown
  }> = [
    {
      name: 'ping with valid pair',
      path: '/v1/ping',
      authorization: basic(VALID.apiId, VALID.apiToken),
      status: 200,
      body: { ping: 'pong' }
    },
    {
      name: 'ping with lowercase scheme',
      path: '/v1/ping',
      authorization: basic(VALID.apiId, VALID.apiToken).replace('Basic', 'basic'),
      status: 200,
      body: { ping: 'pong' }
    },
    {
      name: 'ping with colons in token',
      path: '/v1/ping',
      authorization: basic(COLON_TOKEN.apiId, COLON_TOKEN.apiToken),
      status: 200,
      body: { ping: 'pong' }
    },
    {
      name: 'ping without authorization',
      path: '/v1/ping',
      status: 401,
      body: { message: 'Unauthorized' }
    },
    {
      name: 'ping with wrong token',
      path: '/v1/ping',
      authorization: basic(VALID.apiId, 'wrong'),
      status: 403,
      body: { message: 'Forbidden' }
    },
    {
      name: 'ping with revoked pair',
      path: '/v1/ping',
      authorization: basic('0'.repeat(32), '1'.repeat(32)),
      status: 403,
      body: { message: 'Forbidden' }
    },
    {
      name: 'ping with token as bearer',
      path: '/v1/ping',
      authorization: `Bearer ${VALID.apiToken}`,
      status: 403,
      body: { message: 'Forbidden' }
    },
    {
      name: 'ping with invalid base64',
      path: '/v1/ping',
      authorization: 'Basic not*base64!',
      status: 403,
      body: { message: 'Forbidden' }
    },
    {
      name: 'ping with base64 without colon',
      path: '/v1/ping',
      authorization: `Basic ${Buffer.from(VALID.apiId + VALID.apiToken).toString('base64')}`,
      status: 403,
      body: { message: 'Forbidden' }
    },
    {
      name: 'ping with empty basic',
      path: '/v1/ping',
      authorization: 'Basic',
      status: 403,
      body: { message: 'Forbidden' }
    },
    {
      name: 'company with valid pair',
      path: '/v1/company',
      authorization: basic(VALID.apiId, VALID.apiToken),
      status: 200,
      body: { company: { name: 'Acme Support', users_count: 12, numbers_count: 4 } }
    },
    {
      name: 'company with default name',
      path: '/v1/company',
      authorization: basic(COLON_TOKEN.apiId, COLON_TOKEN.apiToken),
      status: 200,
      body: { company: { name: 'Stand-in Company', users_count: 3, numbers_count: 2 } }
    },
    {
      name: 'company without authorization',
      path: '/v1/company',
      status: 401,
      body: { message: 'Unauthorized' }
    },
    {
      name: 'company with wrong token',
      path: '/v1/company',
      authorization: basic(VALID.apiId, 'wrong'),
      status: 403,
      body: { message: 'Forbidden' }
    },
    {
      name: 'unknown path with valid pair',
      path: '/v1/users',
      authorization: basic(VALID.apiId, VALID.apiToken),
      status: 404,
      body: { message: 'Not Found' }
    },
    {
      name: 'unknown path without authorization',
      path: '/v2/ping',
      status: 404,
      body: { message: 'Not Found' }
    },
    {
      name: 'ping with query string',
      path: '/v1/ping?probe=1',
      authorization: basic(VALID.apiId, VALID.apiToken),
      status: 200,
      body: { ping: 'pong' }
    },
    {
      name: 'post to ping',
      path: '/v1/ping',
      method: 'POST',
      authorization: basic(VALID.apiId, VALID.apiToken),
      status: 404,
      body: { message: 'Not Found' }
    }
  ]

  test.each(cases)('$name', async ({ path: requestPath, method, authorization, status, body }) => {
    const answer = await send(`${standIn.url}${requestPath}`, {
      ...(method ? { method } : {}),
      headers: authorization === undefined ? {} : { authorization }
    })

    expect(answer.status).toBe(status)
    expect(JSON.parse(answer.body)).toEqual(body)
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(answer.headers['www-authenticate']).toBeUndefined()
  })

  test('edge headers on every answer', async () => {
    const first = await send(`${standIn.url}/v1/ping`)
    const second = await send(`${standIn.url}/v1/ping`)

    for (const answer of [first, second]) {
      expect(answer.headers['apigw-requestid']).toMatch(/^[A-Za-z0-9+/]{15}=$/)
      expect(answer.headers['x-amz-cf-id']).toMatch(/^[A-Za-z0-9_-]{54}==$/)
      expect(answer.headers['via']).toMatch(/^1\.1 [0-9a-f]{32}\.cloudfront\.net \(CloudFront\)$/)
      expect(answer.headers['x-cache']).toBe('Error from cloudfront')
      expect(answer.headers['x-amz-cf-pop']).toMatch(/^[A-Z]{3}\d+-P\d+$/)
    }
    expect(first.headers['apigw-requestid']).not.toBe(second.headers['apigw-requestid'])
    expect(first.headers['x-amz-cf-id']).not.toBe(second.headers['x-amz-cf-id'])
  })

  test('success without rate-limit headers', async () => {
    const answer = await send(`${standIn.url}/v1/ping`, {
      headers: { authorization: basic(VALID.apiId, VALID.apiToken) }
    })

    expect(answer.status).toBe(200)
    expect(answer.headers['x-cache']).toBe('Miss from cloudfront')
    const rateLimitHeaders = Object.keys(answer.headers).filter(name =>
      /^(x-aircallapi-|retry-after)/.test(name)
    )
    expect(rateLimitHeaders).toEqual([])
  })

  test('records requests with answer ids', async () => {
    const before = Date.now()
    const accepted = await send(`${standIn.url}/v1/ping?x=1`, {
      headers: { authorization: basic(VALID.apiId, VALID.apiToken) }
    })
    const rejected = await send(`${standIn.url}/v1/company`, {
      headers: { authorization: 'Bearer abc' }
    })
    const anonymous = await send(`${standIn.url}/v1/ping`)

    expect(standIn.requests).toHaveLength(3)
    const [first, second, third] = standIn.requests

    expect(first?.method).toBe('GET')
    expect(first?.path).toBe('/v1/ping?x=1')
    expect(first?.at).toBeGreaterThanOrEqual(before)
    expect(first?.headers['authorization']).toBe(basic(VALID.apiId, VALID.apiToken))
    expect(first?.authorization).toEqual({ scheme: 'Basic', ...VALID, accepted: true })
    expect(first?.answeredWith.source).toBe('default')
    expect(first?.answeredWith.status).toBe(200)
    expect(first?.answeredWith.requestId).toBe(accepted.headers['apigw-requestid'])
    expect(first?.answeredWith.cloudFrontId).toBe(accepted.headers['x-amz-cf-id'])

    expect(second?.authorization).toEqual({ scheme: 'Bearer', accepted: false })
    expect(second?.answeredWith.status).toBe(403)
    expect(second?.answeredWith.requestId).toBe(rejected.headers['apigw-requestid'])

    expect(third?.authorization).toBeUndefined()
    expect(third?.answeredWith.status).toBe(401)
    expect(third?.answeredWith.requestId).toBe(anonymous.headers['apigw-requestid'])
  })
})

describe('stand-in scripting', () => {
  let standIn: AircallStandIn

  beforeAll(async () => {
    standIn = await startAircallStandIn({ keys: [VALID] })
  })
  beforeEach(() => standIn.reset())
  afterAll(() => standIn.close())

  test('queue used in order then default', async () => {
    standIn.enqueue(
      { status: 418, headers: { 'x-extra': 'yes' }, body: { teapot: true } },
      function customHandler(_request, response) {
        response.writeHead(204)
        response.end()
      }
    )
    expect(standIn.pending).toBe(2)

    const first = await send(`${standIn.url}/v1/ping`)
    const second = await send(`${standIn.url}/anything`)
    const third = await send(`${standIn.url}/v1/ping`)

    expect(first.status).toBe(418)
    expect(first.headers['x-extra']).toBe('yes')
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(first.body)).toEqual({ teapot: true })
    expect(first.headers['apigw-requestid']).toBeDefined()
    expect(second.status).toBe(204)
    expect(second.headers['x-amz-cf-id']).toBeDefined()
    expect(third.status).toBe(401)
    expect(standIn.pending).toBe(0)
    expect(standIn.requests.map(request => request.answeredWith.source)).toEqual([
      'scripted',
      'handler',
      'default'
    ])
    expect(standIn.requests[1]?.answeredWith.handler).toBe('customHandler')
  })

  test('null header removes edge header', async () => {
    standIn.enqueue({ status: 500, headers: { 'apigw-requestid': null }, body: '' })

    const answer = await send(`${standIn.url}/v1/ping`)

    expect(answer.status).toBe(500)
    expect(answer.headers['apigw-requestid']).toBeUndefined()
    expect(answer.headers['x-amz-cf-id']).toBeDefined()
    expect(standIn.requests[0]?.answeredWith.requestId).toBeUndefined()
  })

  test('reset clears queue and records', async () => {
    standIn.enqueue({ status: 500 })
    await send(`${standIn.url}/v1/ping`)
    standIn.enqueue({ status: 500 })

    standIn.reset()

    expect(standIn.requests).toEqual([])
    expect(standIn.pending).toBe(0)
    expect((await send(`${standIn.url}/v1/ping`)).status).toBe(401)
  })

  test('enqueue rejects invalid status', () => {
    expect(() => standIn.enqueue({ status: 42 })).toThrow(RangeError)
    expect(standIn.pending).toBe(0)
  })

  test('removeKey revokes and addKey restores', async () => {
    const headers = { authorization: basic(VALID.apiId, VALID.apiToken) }

    expect(standIn.removeKey(VALID.apiId)).toBe(true)
    expect((await send(`${standIn.url}/v1/ping`, { headers })).status).toBe(403)
    expect(standIn.removeKey(VALID.apiId)).toBe(false)

    standIn.addKey(VALID)
    expect((await send(`${standIn.url}/v1/ping`, { headers })).status).toBe(200)
  })
})

describe('stand-in transports', () => {
  test('https with test CA', async () => {
    const standIn = await startAircallStandIn({
      tls: {
        key: readFileSync(path.join(tlsDirectory, 'server-key.pem')),
        cert: readFileSync(path.join(tlsDirectory, 'server-cert.pem'))
      },
      keys: [VALID]
    })
    try {
      expect(standIn.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)

      const answer = await send(`${standIn.url}/v1/ping`, {
        headers: { authorization: basic(VALID.apiId, VALID.apiToken) },
        ca: readFileSync(path.join(tlsDirectory, 'ca.pem'))
      })

      expect(answer.status).toBe(200)
      expect(JSON.parse(answer.body)).toEqual({ ping: 'pong' })
    } finally {
      await standIn.close()
    }
  })

  test('https rejects unknown CA', async () => {
    const standIn = await startAircallStandIn({
      tls: {
        key: readFileSync(path.join(tlsDirectory, 'server-key.pem')),
        cert: readFileSync(path.join(tlsDirectory, 'server-cert.pem'))
      }
    })
    try {
      await expect(send(`${standIn.url}/v1/ping`)).rejects.toMatchObject({
        code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'
      })
    } finally {
      await standIn.close()
    }
  })

  test('ipv6 loopback url', async () => {
    const standIn = await startAircallStandIn({ host: '::1' })
    try {
      expect(standIn.url).toMatch(/^http:\/\/\[::1\]:\d+$/)
      expect((await send(`${standIn.url}/v1/ping`)).status).toBe(401)
    } finally {
      await standIn.close()
    }
  })

  test.each(['0.0.0.0', '::', '192.0.2.10', 'example.com'])('rejects host %s', async host => {
    await expect(startAircallStandIn({ host })).rejects.toThrow(/loopback/)
  })

  test('close ends stalled request', async () => {
    const standIn = await startAircallStandIn()
    standIn.enqueue(() => {})
    const pending = send(`${standIn.url}/v1/ping`)
    pending.catch(() => {})
    while (standIn.requests.length === 0) await new Promise(resolve => setTimeout(resolve, 10))

    const started = Date.now()
    await standIn.close()

    expect(Date.now() - started).toBeLessThan(1000)
    await expect(pending).rejects.toMatchObject({ code: 'ECONNRESET' })
  })

  test('close twice returns same promise', async () => {
    const standIn = await startAircallStandIn()

    const first = standIn.close()
    const second = standIn.close()

    expect(second).toBe(first)
    await first
  })
})

describe('parseAuthorization', () => {
  const base64 = (text: string | Buffer): string => Buffer.from(text).toString('base64')

  test.each([
    { name: 'plain pair', header: `Basic ${base64('id:tok')}`, apiId: 'id', apiToken: 'tok' },
    { name: 'empty id and token', header: `Basic ${base64(':')}`, apiId: '', apiToken: '' },
    {
      name: 'split at first colon',
      header: `Basic ${base64('a:b:c')}`,
      apiId: 'a',
      apiToken: 'b:c'
    },
    { name: 'utf-8 characters', header: `Basic ${base64('ü:ß')}`, apiId: 'ü', apiToken: 'ß' },
    { name: 'extra spaces', header: `Basic   ${base64('id:tok')}`, apiId: 'id', apiToken: 'tok' }
  ])('basic $name', ({ header, apiId, apiToken }) => {
    expect(parseAuthorization(header)).toEqual({ scheme: 'Basic', apiId, apiToken })
  })

  test.each([
    { name: 'missing padding', header: 'Basic aWQ6dG9', scheme: 'Basic' },
    {
      name: 'invalid utf-8',
      header: `Basic ${base64(Buffer.from([0x69, 0x3a, 0xff]))}`,
      scheme: 'Basic'
    },
    { name: 'no credentials', header: 'Basic', scheme: 'Basic' },
    { name: 'bearer scheme', header: 'Bearer abc', scheme: 'Bearer' },
    { name: 'empty value', header: '', scheme: '' }
  ])('malformed $name', ({ header, scheme }) => {
    expect(parseAuthorization(header)).toEqual({ scheme })
  })
})

describe('stand-in command line', () => {
  test('serves until SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        standInScript,
        '--port',
        '0',
        '--api-id',
        'cli-id',
        '--api-token',
        'cli-token',
        '--company-name',
        'CLI Co'
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    try {
      const lines = createInterface({ input: child.stdout })
      const [firstLine] = (await once(lines, 'line')) as [string]
      const match = /^Aircall stand-in listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(firstLine)
      expect(match).not.toBeNull()
      const url = match?.[1] ?? ''

      const company = await send(`${url}/v1/company`, {
        headers: { authorization: basic('cli-id', 'cli-token') }
      })
      expect(company.status).toBe(200)
      expect(JSON.parse(company.body)).toEqual({
        company: { name: 'CLI Co', users_count: 3, numbers_count: 2 }
      })
      expect(
        (await send(`${url}/v1/ping`, { headers: { authorization: basic('cli-id', 'x') } })).status
      ).toBe(403)

      child.kill('SIGTERM')
      const [code] = (await once(child, 'exit')) as [number | null]
      expect(code).toBe(0)
    } finally {
      clearTimeout(killTimer)
      child.kill('SIGKILL')
    }
  })

  test.each([
    [['--host', '10.1.2.3'], 1, /binds only to loopback addresses/],
    [['--host', 'example.com'], 1, /binds only to loopback addresses/],
    [['--port', 'eighty'], 2, /Invalid --port "eighty"/],
    [['--api-id', 'only-id'], 2, /--api-id and --api-token together/],
    [['--unknown'], 2, /Unknown option '--unknown'/]
  ])('rejects %j', async (args, expectedCode, message) => {
    const child = spawn(process.execPath, [standInScript, ...args], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))

    const [code] = (await once(child, 'exit')) as [number | null]
    clearTimeout(killTimer)

    expect(code).toBe(expectedCode)
    expect(stderr).toMatch(message)
  })

  test('prints help', async () => {
    const child = spawn(process.execPath, [standInScript, '--help'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))

    const [code] = (await once(child, 'exit')) as [number | null]
    clearTimeout(killTimer)

    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: node scripts\/aircall-stand-in\.mjs/)
    expect(stdout).toMatch(/--api-token TOKEN/)
  })
})
