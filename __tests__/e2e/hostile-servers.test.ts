/**
 * Servers and proxies that misbehave on purpose: they stall a CONNECT, switch protocols, echo the
 * credential in pieces, block with a page of their own or send absurd rate-limit headers. Each
 * must end in a verdict that blames the right party, with every output set and no piece of the
 * credential in any log line.
 */

import { createServer, type Server, type Socket } from 'node:net'

import { describe, expect, it } from '@jest/globals'

import { startAircallStandIn, type RawHandler } from '../../scripts/aircall-stand-in.mjs'
import { credentialForms, type ActionRunResult } from '../../scripts/run-action.mjs'
import {
  annotationMessage,
  expectSettledRun,
  NODE_24,
  randomCredentials,
  runCheck
} from './fault-support/action-run.js'
import { closeAll, startStandIn, startTlsStandIn } from './fault-support/servers.js'

const FRAGMENT_LENGTH = 8

/** Returns every 8-character piece of a credential form found outside `::add-mask::` lines. */
function credentialPieces(run: ActionRunResult, apiId: string, apiToken: string): string[] {
  const visible = [
    ...run.stdout.split('\n').filter(line => !line.startsWith('::add-mask::')),
    run.stderr,
    ...Object.values(run.outputs),
    run.summary ?? ''
  ].join('\n')

  const found = new Set<string>()
  for (const form of credentialForms(apiId, apiToken)) {
    for (let start = 0; start + FRAGMENT_LENGTH <= form.length; start++) {
      const piece = form.slice(start, start + FRAGMENT_LENGTH)
      if (visible.includes(piece)) {
        found.add(piece)
      }
    }
  }
  return [...found]
}

/** Starts a TCP server on 127.0.0.1 that reads and never responds, like a stalled proxy. */
async function startSilentServer(): Promise<{ server: Server; url: string; sockets: Socket[] }> {
  const sockets: Socket[] = []
  const server = createServer(socket => {
    sockets.push(socket)
    socket.on('error', () => undefined)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') {
    throw new Error('the silent server has no port')
  }
  return { server, url: `http://127.0.0.1:${address.port}`, sockets }
}

async function closeSilentServer(silent: { server: Server; sockets: Socket[] }): Promise<void> {
  for (const socket of silent.sockets) {
    socket.destroy()
  }
  await new Promise<void>(resolve => silent.server.close(() => resolve()))
}

describe(`hostile servers on ${NODE_24.name}`, () => {
  it.concurrent('stalled CONNECT: ends at the deadline', async () => {
    const silent = await startSilentServer()
    try {
      const run = await runCheck({
        runtime: NODE_24,
        apiUrl: 'https://api.aircall.test:443',
        timeoutSeconds: 2,
        maxAttempts: 1,
        env: { HTTPS_PROXY: silent.url }
      })

      expect(run.outputs['result']).toBe('unavailable')
      expect(run.exitCode).toBe(1)
      expect(silent.sockets).toHaveLength(1)
      expectSettledRun(run)
      expect(annotationMessage(run, 'error')).toContain('ETIMEDOUT')
    } finally {
      await closeSilentServer(silent)
    }
  })

  it.concurrent('101 switching protocols: unavailable', async () => {
    const switchProtocols: RawHandler = (_request, _response, socket) => {
      socket.write(
        'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n'
      )
    }
    const credentials = randomCredentials()
    const standIn = await startStandIn(credentials)
    try {
      standIn.enqueue(switchProtocols)

      const run = await runCheck({
        runtime: NODE_24,
        credentials,
        apiUrl: standIn.url,
        timeoutSeconds: 2,
        maxAttempts: 1
      })

      expect(run.outputs['result']).toBe('unavailable')
      expect(run.exitCode).toBe(1)
      expect(standIn.requests).toHaveLength(1)
      expectSettledRun(run)
    } finally {
      await closeAll(standIn)
    }
  })

  it.concurrent.each([
    ['cut at the excerpt length', (pair: string) => `${'x'.repeat(170)} you sent ${pair}`],
    [
      'wrapped at 76 characters',
      (pair: string) => {
        const encoded = Buffer.from(pair).toString('base64')
        return `<pre>Authorization: Basic ${encoded.slice(0, 50)}\n${encoded.slice(50)}</pre>`
      }
    ]
  ])('echoed credential %s: no piece visiblePieces', async (_name, bodyOf) => {
    const credentials = randomCredentials()
    const standIn = await startStandIn(credentials)
    try {
      standIn.enqueue({ status: 500, body: bodyOf(`${credentials.apiId}:${credentials.apiToken}`) })

      const run = await runCheck({
        runtime: NODE_24,
        credentials,
        apiUrl: standIn.url,
        timeoutSeconds: 5,
        maxAttempts: 1
      })

      expect(run.outputs['result']).toBe('unavailable')
      expectSettledRun(run)
      expect(credentialPieces(run, credentials.apiId, credentials.apiToken)).toEqual([])
    } finally {
      await closeAll(standIn)
    }
  })

  it.concurrent('403 block page: revocation not proven', async () => {
    const credentials = randomCredentials()
    const standIn = await startStandIn(credentials)
    try {
      standIn.enqueue({
        status: 403,
        headers: { 'content-type': 'text/html' },
        body: '<html><body><h1>Request blocked</h1></body></html>'
      })

      const run = await runCheck({
        runtime: NODE_24,
        apiUrl: standIn.url,
        timeoutSeconds: 5,
        inputs: { expect: 'revoked' }
      })

      expect(run.outputs['result']).toBe('unavailable')
      expect(run.exitCode).toBe(1)
      expect(standIn.requests).toHaveLength(1)
      expectSettledRun(run)
      expect(annotationMessage(run, 'error')).toContain('firewall, WAF or proxy')
    } finally {
      await closeAll(standIn)
    }
  })

  it.concurrent('absurd rate-limit headers: no crash', async () => {
    const credentials = randomCredentials()
    const standIn = await startStandIn(credentials)
    try {
      standIn.enqueue({
        status: 429,
        headers: {
          'x-aircallapi-reset': '9999999999999999',
          'x-aircallapi-remaining': '9'.repeat(400),
          'retry-after': '99999999999999'
        },
        body: { error: 'Too Many Requests' }
      })

      const run = await runCheck({
        runtime: NODE_24,
        credentials,
        apiUrl: standIn.url,
        timeoutSeconds: 5,
        maxAttempts: 1
      })

      expect(run.outputs['result']).toBe('rate-limited')
      expect(run.outputs['status-code']).toBe('429')
      expect(run.outputs['attempts']).toBe('1')
      expect(run.outputs['rate-limit-remaining']).toBe('')
      expectSettledRun(run)
    } finally {
      await closeAll(standIn)
    }
  })

  it.concurrent('IPv6 loopback URL: passes', async () => {
    const credentials = randomCredentials()
    const standIn = await startAircallStandIn({ host: '::1', keys: [credentials] })
    try {
      const run = await runCheck({
        runtime: NODE_24,
        credentials,
        apiUrl: standIn.url,
        timeoutSeconds: 5
      })

      expect(standIn.url).toMatch(/^http:\/\/\[::1\]:\d+$/)
      expect(run.outputs['result']).toBe('authenticated')
      expect(run.exitCode).toBe(0)
      expect(standIn.requests).toHaveLength(1)
      expectSettledRun(run)
    } finally {
      await standIn.close()
    }
  })

  it.concurrent('one-character key: outputs intact', async () => {
    // Both letters occur in {"ping":"pong"}, which must still be read as received.
    const credentials = { apiId: 'p', apiToken: 'g' }
    const standIn = await startStandIn(credentials)
    try {
      const run = await runCheck({
        runtime: NODE_24,
        credentials,
        apiUrl: standIn.url,
        timeoutSeconds: 5
      })

      expect(run.outputs['result']).toBe('authenticated')
      expect(run.outputs['status-code']).toBe('200')
      expect(run.outputs['attempts']).toBe('1')
      expect(run.exitCode).toBe(0)
    } finally {
      await closeAll(standIn)
    }
  })

  it.concurrent('short proxy credentials: verdict intact', async () => {
    const credentials = randomCredentials()
    const standIn = await startAircallStandIn({
      keys: [{ ...credentials, companyName: 'Acme Financial' }]
    })
    try {
      // The loopback api-url bypasses the proxy; its credentials must still not change the verdict.
      const run = await runCheck({
        runtime: NODE_24,
        credentials,
        apiUrl: standIn.url,
        timeoutSeconds: 5,
        env: { HTTP_PROXY: 'http://ci:p@127.0.0.1:9', HTTPS_PROXY: 'http://ci:p@127.0.0.1:9' },
        inputs: { 'expected-company': 'Acme Financial' }
      })

      expect(run.outputs['result']).toBe('authenticated')
      expect(run.outputs['company-name']).toBe('Acme Financial')
      expect(run.exitCode).toBe(0)
      expectSettledRun(run)
    } finally {
      await closeAll(standIn)
    }
  })

  it.concurrent('NODE_TLS_REJECT_UNAUTHORIZED=0: still verified', async () => {
    const credentials = randomCredentials()
    const standIn = await startTlsStandIn(credentials)
    try {
      const run = await runCheck({
        runtime: NODE_24,
        credentials,
        apiUrl: standIn.url,
        timeoutSeconds: 5,
        maxAttempts: 1,
        env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' }
      })

      expect(run.outputs['result']).toBe('unavailable')
      expect(run.exitCode).toBe(1)
      expect(standIn.requests).toHaveLength(0)
      expectSettledRun(run)
      expect(annotationMessage(run, 'warning')).toContain('NODE_TLS_REJECT_UNAUTHORIZED=0')
    } finally {
      await closeAll(standIn)
    }
  })

  it.concurrent('JSON 403 without Aircall ids: revocation not proven', async () => {
    const credentials = randomCredentials()
    const standIn = await startStandIn(credentials)
    try {
      standIn.enqueue({
        status: 403,
        headers: { 'apigw-requestid': null, 'x-amz-cf-id': null, via: '1.1 squid' },
        body: { message: 'Request blocked by egress policy' }
      })

      const run = await runCheck({
        runtime: NODE_24,
        apiUrl: standIn.url,
        timeoutSeconds: 5,
        inputs: { expect: 'revoked' }
      })

      expect(run.outputs['result']).toBe('unavailable')
      expect(run.exitCode).toBe(1)
      expectSettledRun(run)
    } finally {
      await closeAll(standIn)
    }
  })

  it.concurrent('upper-case echo: no piece visiblePieces', async () => {
    const credentials = randomCredentials()
    const standIn = await startStandIn(credentials)
    try {
      const pair = `${credentials.apiId}:${credentials.apiToken}`.toUpperCase()
      standIn.enqueue({ status: 500, body: `upstream saw ${pair}` })

      const run = await runCheck({
        runtime: NODE_24,
        credentials,
        apiUrl: standIn.url,
        timeoutSeconds: 5,
        maxAttempts: 1
      })

      const visiblePieces = credentialPieces(
        run,
        credentials.apiId.toUpperCase(),
        credentials.apiToken.toUpperCase()
      )
      expect(run.outputs['result']).toBe('unavailable')
      expectSettledRun(run)
      expect(visiblePieces).toEqual([])
    } finally {
      await closeAll(standIn)
    }
  })
})
