import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import tls from 'node:tls'
import { startAircallStandIn, type AircallStandIn } from '../../scripts/aircall-stand-in.mjs'
import { dnsGuardPath, node24Path, repositoryRoot } from '../../scripts/run-action.mjs'
import {
  loopbackTarget,
  parseAuthority,
  startConnectProxy,
  type ConnectProxy
} from '../support/connect-proxy.js'

const tlsDirectory = path.join(repositoryRoot, '__tests__', 'fixtures', 'tls')
const caPath = path.join(tlsDirectory, 'ca.pem')
const httpClientEntry = path.join(
  repositoryRoot,
  'node_modules',
  '@actions',
  'http-client',
  'lib',
  'index.js'
)

/** Sends CONNECT to the proxy and resolves with its status and the socket, within 5 seconds. */
function openTunnel(
  proxy: ConnectProxy,
  target: string
): Promise<{ status: number; socket: net.Socket; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: '127.0.0.1',
      port: proxy.port,
      method: 'CONNECT',
      path: target,
      agent: false
    })
    request.setTimeout(5000, () =>
      request.destroy(new Error(`CONNECT ${target} got no response within 5 s`))
    )
    request.on('connect', (response: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
      resolve({ status: response.statusCode ?? 0, socket, body: head.toString() })
    })
    request.on('error', reject)
    request.end()
  })
}

/** Sends GET over TLS through an open tunnel and resolves with the raw HTTP/1.1 response. */
function getThroughTunnel(socket: net.Socket, requestPath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const secure = tls.connect({ socket, servername: 'api.aircall.test', ca: readFileSync(caPath) })
    let answer = ''
    secure.on('secureConnect', () => {
      secure.write(
        `GET ${requestPath} HTTP/1.1\r\nHost: api.aircall.test\r\nConnection: close\r\n\r\n`
      )
    })
    secure.on('data', (chunk: Buffer) => (answer += chunk.toString()))
    secure.on('end', () => resolve(answer))
    secure.on('error', reject)
    secure.setTimeout(5000, () =>
      secure.destroy(new Error('No response through the tunnel within 5 s'))
    )
  })
}

async function unusedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise(resolve => server.close(resolve))
  return port
}

describe('connect proxy', () => {
  let standIn: AircallStandIn
  let proxy: ConnectProxy

  beforeAll(async () => {
    standIn = await startAircallStandIn({
      tls: {
        key: readFileSync(path.join(tlsDirectory, 'server-key.pem')),
        cert: readFileSync(path.join(tlsDirectory, 'server-cert.pem'))
      }
    })
  })
  beforeEach(async () => {
    standIn.reset()
    proxy = await startConnectProxy()
  })
  afterEach(() => proxy.close())
  afterAll(() => standIn.close())

  test('tunnels to the tls stand-in', async () => {
    const tunnel = await openTunnel(proxy, `api.aircall.test:${standIn.port}`)

    expect(tunnel.status).toBe(200)
    const answer = await getThroughTunnel(tunnel.socket, '/v1/ping')

    expect(answer).toMatch(/^HTTP\/1\.1 401 Unauthorized\r\n/)
    expect(answer).toContain('{"message":"Unauthorized"}')
    expect(standIn.requests).toHaveLength(1)
    expect(proxy.connects).toEqual([
      { host: 'api.aircall.test', port: standIn.port, at: expect.any(Number), outcome: 'tunnelled' }
    ])
  })

  test('refuses tunnels when told', async () => {
    proxy.refuseTunnels()

    const refused = await openTunnel(proxy, `api.aircall.test:${standIn.port}`)
    refused.socket.destroy()

    expect(refused.status).toBe(403)
    expect(standIn.requests).toHaveLength(0)
    expect(proxy.connects[0]?.outcome).toBe('refused')

    proxy.refuseTunnels(false)
    const tunnel = await openTunnel(proxy, `api.aircall.test:${standIn.port}`)
    tunnel.socket.destroy()

    expect(tunnel.status).toBe(200)
  })

  test('refuses tunnels from the start', async () => {
    const refusing = await startConnectProxy({ refuseTunnels: true })
    try {
      const refused = await openTunnel(refusing, `api.aircall.test:${standIn.port}`)
      refused.socket.destroy()

      expect(refused.status).toBe(403)
    } finally {
      await refusing.close()
    }
  })

  test.each([
    { target: 'example.com:443', status: 502, outcome: 'rejected' },
    { target: '192.0.2.1:443', status: 502, outcome: 'rejected' },
    { target: 'api.aircall.io:443', status: 502, outcome: 'rejected' }
  ])('rejects outside target $target', async ({ target, status, outcome }) => {
    const tunnel = await openTunnel(proxy, target)
    tunnel.socket.destroy()

    expect(tunnel.status).toBe(status)
    expect(proxy.connects[0]?.outcome).toBe(outcome)
  })

  test('reports a failed upstream', async () => {
    const port = await unusedPort()

    const tunnel = await openTunnel(proxy, `api.aircall.test:${port}`)
    tunnel.socket.destroy()

    expect(tunnel.status).toBe(502)
    expect(proxy.connects[0]).toMatchObject({ host: 'api.aircall.test', port, outcome: 'failed' })
  })

  test('rejects a malformed target', async () => {
    const tunnel = await openTunnel(proxy, 'no-port-here')
    tunnel.socket.destroy()

    expect(tunnel.status).toBe(400)
    expect(proxy.connects).toEqual([])
  })

  test('answers plain requests with 405', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      http
        .get(`${proxy.url}/v1/ping`, { agent: false }, response => {
          response.resume()
          resolve(response.statusCode ?? 0)
        })
        .on('error', reject)
    })

    expect(status).toBe(405)
    expect(proxy.otherRequests).toEqual([{ method: 'GET', url: '/v1/ping' }])
  })

  test('close ends open tunnels', async () => {
    const tunnel = await openTunnel(proxy, `api.aircall.test:${standIn.port}`)
    const closed = new Promise(resolve => tunnel.socket.once('close', resolve))

    const started = Date.now()
    await proxy.close()
    await closed

    expect(Date.now() - started).toBeLessThan(1000)
  })
})

describe('connect proxy with http-client', () => {
  let standIn: AircallStandIn
  let proxy: ConnectProxy

  beforeAll(async () => {
    standIn = await startAircallStandIn({
      tls: {
        key: readFileSync(path.join(tlsDirectory, 'server-key.pem')),
        cert: readFileSync(path.join(tlsDirectory, 'server-cert.pem'))
      }
    })
    proxy = await startConnectProxy()
  })
  afterAll(async () => {
    await proxy.close()
    await standIn.close()
  })

  /** Runs @actions/http-client in a guarded Node 24 child with HTTPS_PROXY set to the proxy. */
  function getWithHttpClient(url: string): Promise<{ status?: number; message?: string }> {
    const script = `
      import { HttpClient } from ${JSON.stringify(httpClientEntry)}
      try {
        const response = await new HttpClient('proxy-test').get(${JSON.stringify(url)})
        await response.readBody()
        console.log(JSON.stringify({ status: response.message.statusCode }))
      } catch (error) {
        console.log(JSON.stringify({ message: error.message }))
      }
    `
    return new Promise((resolve, reject) => {
      const child = spawn(node24Path, ['-r', dnsGuardPath, '--input-type=module', '-e', script], {
        env: {
          PATH: process.env.PATH ?? '',
          https_proxy: proxy.url,
          NODE_EXTRA_CA_CERTS: caPath
        },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      child.on('error', reject)
      child.on('close', () => {
        clearTimeout(timer)
        try {
          resolve(JSON.parse(stdout.trim()) as { status?: number; message?: string })
        } catch {
          reject(new Error(`http-client child printed no result.\n${stdout}\n${stderr}`))
        }
      })
    })
  }

  test('request goes through the tunnel', async () => {
    proxy.refuseTunnels(false)
    standIn.reset()

    const result = await getWithHttpClient(`https://api.aircall.test:${standIn.port}/v1/ping`)

    expect(result).toEqual({ status: 401 })
    expect(proxy.connects.at(-1)).toMatchObject({
      host: 'api.aircall.test',
      port: standIn.port,
      outcome: 'tunnelled'
    })
    expect(standIn.requests).toHaveLength(1)
  })

  test('refused tunnel is a network error', async () => {
    proxy.refuseTunnels()
    standIn.reset()

    const result = await getWithHttpClient(`https://api.aircall.test:${standIn.port}/v1/ping`)

    expect(result.status).toBeUndefined()
    expect(result.message).toMatch(/tunneling socket could not be established, statusCode=403/)
    expect(proxy.connects.at(-1)?.outcome).toBe('refused')
    expect(standIn.requests).toHaveLength(0)
  })

  test('loopback target bypasses the proxy', async () => {
    proxy.refuseTunnels()
    standIn.reset()
    const before = proxy.connects.length

    const result = await getWithHttpClient(`https://127.0.0.1:${standIn.port}/v1/ping`)

    expect(result).toEqual({ status: 401 })
    expect(proxy.connects).toHaveLength(before)
  })
})

describe('connect proxy helpers', () => {
  test.each([
    { authority: 'api.aircall.test:443', expected: { host: 'api.aircall.test', port: 443 } },
    { authority: '[::1]:8443', expected: { host: '::1', port: 8443 } },
    { authority: '127.0.0.1:1', expected: { host: '127.0.0.1', port: 1 } },
    { authority: 'host-only', expected: null },
    { authority: 'host:0', expected: null },
    { authority: 'host:65536', expected: null },
    { authority: '::1:443', expected: null },
    { authority: ':443', expected: null }
  ])('parseAuthority $authority', ({ authority, expected }) => {
    expect(parseAuthority(authority)).toEqual(expected)
  })

  test.each([
    { host: 'api.aircall.test', expected: '127.0.0.1' },
    { host: 'API.AIRCALL.TEST.', expected: '127.0.0.1' },
    { host: 'localhost', expected: '127.0.0.1' },
    { host: '127.0.0.2', expected: '127.0.0.2' },
    { host: '::1', expected: '::1' },
    { host: 'api.aircall.io', expected: null },
    { host: 'test.example.com', expected: null },
    { host: '10.0.0.1', expected: null },
    { host: '::', expected: null }
  ])('loopbackTarget $host', ({ host, expected }) => {
    expect(loopbackTarget(host)).toBe(expected)
  })
})
