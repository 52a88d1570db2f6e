/**
 * HTTP proxy on 127.0.0.1 for tests: it tunnels `CONNECT host:port` to loopback only, with
 * `localhost` and `*.test` names mapped to 127.0.0.1, and records every CONNECT. When tunnels are
 * refused, it responds to CONNECT with `403 Forbidden`. The action must treat that 403 of the
 * proxy as a network error, not as Aircall rejecting the key.
 *
 * NOTE: @actions/http-client 4 bypasses any proxy for loopback hosts (localhost, 127.*, [::1]),
 * so proxy tests target a name such as `https://api.aircall.test:PORT` and run the client with
 * the loopback-only DNS guard.
 */

import http from 'node:http'
import net from 'node:net'
import type { Duplex } from 'node:stream'

const CLOSE_TIMEOUT_MS = 5000

export type TunnelOutcome = 'tunnelled' | 'refused' | 'rejected' | 'failed'

export interface ConnectRecord {
  /** Host of the CONNECT target as requested, without IPv6 brackets. */
  host: string
  port: number
  /** Arrival time in epoch milliseconds. */
  at: number
  /**
   * `tunnelled`: connected. `refused`: 403 because tunnels are refused. `rejected`: 502 because
   * the target is not loopback or `*.test`. `failed`: 502 because the connection failed.
   */
  outcome: TunnelOutcome
}

export interface ConnectProxy {
  /** Proxy URL for HTTPS_PROXY, such as 'http://127.0.0.1:41234'. */
  readonly url: string
  readonly port: number
  /** Every CONNECT received, in arrival order. */
  readonly connects: ConnectRecord[]
  /** Requests other than CONNECT, which get 405. */
  readonly otherRequests: Array<{ method: string; url: string }>
  /** Makes later CONNECTs get `403 Forbidden` (or tunnels again with false). */
  refuseTunnels(refuse?: boolean): void
  /** Stops listening and destroys every client and upstream socket; rejects after 5 seconds. */
  close(): Promise<void>
}

/** Splits `host:port` or `[v6]:port`; returns null when the authority is malformed. */
export function parseAuthority(authority: string): { host: string; port: number } | null {
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(authority)
  if (match === null) return null

  const host = match[1] ?? match[2] ?? ''
  const port = Number(match[3])
  if (host === '' || port < 1 || port > 65535) return null
  return { host, port }
}

const loopbackRanges = new net.BlockList()
loopbackRanges.addSubnet('127.0.0.0', 8, 'ipv4')
loopbackRanges.addAddress('::1', 'ipv6')

/** Maps a CONNECT host to the loopback address to dial, or returns null for any other host. */
export function loopbackTarget(host: string): string | null {
  const name = host.toLowerCase().replace(/\.$/, '')
  if (name === 'localhost' || name.endsWith('.test')) return '127.0.0.1'

  const family = net.isIP(name)
  if (family !== 0 && loopbackRanges.check(name, family === 4 ? 'ipv4' : 'ipv6')) return name
  return null
}

function writeStatus(socket: Duplex, status: number, reason: string, text: string): void {
  const body = `${text}\n`
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\n` +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body
  )
}

/** Starts the proxy on 127.0.0.1 with a free port. */
export async function startConnectProxy(
  options: { refuseTunnels?: boolean } = {}
): Promise<ConnectProxy> {
  const connects: ConnectRecord[] = []
  const otherRequests: Array<{ method: string; url: string }> = []
  const sockets = new Set<Duplex>()
  let refuse = options.refuseTunnels ?? false

  const track = (socket: Duplex): void => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  }

  const server = http.createServer((request, response) => {
    otherRequests.push({ method: request.method ?? '', url: request.url ?? '' })
    response.writeHead(405, { 'content-type': 'text/plain; charset=utf-8', allow: 'CONNECT' })
    response.end('This test proxy only handles CONNECT.\n')
  })
  server.on('connection', track)

  server.on('connect', (request: http.IncomingMessage, client: Duplex, head: Buffer) => {
    client.on('error', () => client.destroy())

    const authority = parseAuthority(request.url ?? '')
    if (authority === null) {
      writeStatus(client, 400, 'Bad Request', `Invalid CONNECT target "${request.url}".`)
      return
    }

    const record: ConnectRecord = { ...authority, at: Date.now(), outcome: 'tunnelled' }
    connects.push(record)

    if (refuse) {
      record.outcome = 'refused'
      writeStatus(client, 403, 'Forbidden', 'Tunnel refused by the test proxy.')
      return
    }

    const address = loopbackTarget(authority.host)
    if (address === null) {
      record.outcome = 'rejected'
      writeStatus(client, 502, 'Bad Gateway', `The test proxy only tunnels to loopback and *.test.`)
      return
    }

    const upstream = net.connect({ host: address, port: authority.port })
    track(upstream)
    let established = false

    upstream.once('connect', () => {
      established = true
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', error => {
      if (established) {
        client.destroy()
        return
      }
      record.outcome = 'failed'
      writeStatus(client, 502, 'Bad Gateway', `Tunnel to ${request.url} failed: ${error.message}`)
    })
    client.once('close', () => upstream.destroy())
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })

  const port = (server.address() as net.AddressInfo).port
  let closing: Promise<void> | undefined

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    connects,
    otherRequests,

    refuseTunnels(value = true) {
      refuse = value
    },

    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`The test proxy did not close within ${CLOSE_TIMEOUT_MS} ms.`)),
          CLOSE_TIMEOUT_MS
        )
        timer.unref()
        server.close(() => {
          clearTimeout(timer)
          resolve()
        })
        for (const socket of sockets) socket.destroy()
      })
      return closing
    }
  }
}
