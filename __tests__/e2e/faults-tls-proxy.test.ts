/**
 * TLS and proxy faults against the committed bundle: an HTTPS stand-in whose certificate only the
 * test CA vouches for, reached directly or through a local CONNECT proxy. The proxy cases call
 * `https://api.aircall.test:PORT`, because @actions/http-client 4 never proxies loopback hosts, and
 * the DNS guard resolves that name to 127.0.0.1.
 */

import { describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'

import { startConnectProxy } from '../support/connect-proxy.js'
import {
  annotationMessage,
  expectSettledRun,
  randomCredentials,
  RUNTIMES,
  runCheck
} from './fault-support/action-run.js'
import { closeAll, startTlsStandIn, TEST_CA_PATH } from './fault-support/servers.js'

/** A name under the reserved .test domain: not loopback-looking, and never resolved off the machine. */
const PROXIED_HOST = 'api.aircall.test'

// TLS errors that Node reports for a certificate signed by an unknown CA.
const UNTRUSTED_CERTIFICATE_CODE =
  /\b(UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|SELF_SIGNED_CERT_IN_CHAIN)\b/

describe.each(RUNTIMES)('TLS stand-in on $name', runtime => {
  it.concurrent.each(['localhost', '127.0.0.1'])(
    'test CA in NODE_EXTRA_CA_CERTS: %s passes',
    async host => {
      const credentials = randomCredentials()
      const standIn = await startTlsStandIn(credentials)
      try {
        const run = await runCheck({
          runtime,
          credentials,
          apiUrl: `https://${host}:${standIn.port}`,
          timeoutSeconds: 10,
          env: { NODE_EXTRA_CA_CERTS: TEST_CA_PATH }
        })

        expect(run.outputs['result']).toBe('authenticated')
        expect(run.exitCode).toBe(0)
        expect(standIn.requests).toHaveLength(1)
        expectSettledRun(run)
      } finally {
        await closeAll(standIn)
      }
    }
  )

  it.concurrent('no test CA: unavailable with the TLS code', async () => {
    const credentials = randomCredentials()
    const standIn = await startTlsStandIn(credentials)
    try {
      const run = await runCheck({
        runtime,
        credentials,
        apiUrl: `https://127.0.0.1:${standIn.port}`,
        timeoutSeconds: 10,
        maxAttempts: 1
      })

      expect(run.outputs['result']).toBe('unavailable')
      expect(run.exitCode).toBe(1)
      expect(standIn.requests).toHaveLength(0)
      expect(run.outputs['status-code']).toBe('')
      expectSettledRun(run)

      const message = annotationMessage(run, 'error')
      expect(message).toMatch(UNTRUSTED_CERTIFICATE_CODE)
      expect(message).toContain('NODE_EXTRA_CA_CERTS')
    } finally {
      await closeAll(standIn)
    }
  })
})

describe.each(RUNTIMES)('CONNECT proxy on $name', runtime => {
  it.concurrent.each(['HTTPS_PROXY', 'https_proxy'])('%s: one tunnel, passes', async variable => {
    const credentials = randomCredentials()
    const standIn = await startTlsStandIn(credentials)
    const proxy = await startConnectProxy()
    try {
      const run = await runCheck({
        runtime,
        credentials,
        apiUrl: `https://${PROXIED_HOST}:${standIn.port}`,
        timeoutSeconds: 10,
        env: { [variable]: proxy.url, NODE_EXTRA_CA_CERTS: TEST_CA_PATH }
      })

      expect(run.outputs['result']).toBe('authenticated')
      expect(run.exitCode).toBe(0)
      expect(standIn.requests).toHaveLength(1)
      expect(proxy.connects).toMatchObject([
        { host: PROXIED_HOST, port: standIn.port, outcome: 'tunnelled' }
      ])
      expect(proxy.otherRequests).toEqual([])
      expectSettledRun(run)
    } finally {
      await closeAll(standIn, proxy)
    }
  })

  // Each form that http-client's NO_PROXY matching accepts for this host.
  it.concurrent.each([
    { form: 'exact host', noProxy: () => PROXIED_HOST },
    { form: 'leading dot', noProxy: () => '.aircall.test' },
    { form: 'domain suffix', noProxy: () => 'aircall.test' },
    { form: 'host and port', noProxy: (port: number) => `${PROXIED_HOST}:${port}` },
    { form: 'wildcard', noProxy: () => '*' }
  ])('NO_PROXY $form: bypasses the proxy', async ({ noProxy }) => {
    const credentials = randomCredentials()
    const standIn = await startTlsStandIn(credentials)
    const proxy = await startConnectProxy()
    try {
      const run = await runCheck({
        runtime,
        credentials,
        apiUrl: `https://${PROXIED_HOST}:${standIn.port}`,
        timeoutSeconds: 10,
        env: {
          HTTPS_PROXY: proxy.url,
          NO_PROXY: `example.test,${noProxy(standIn.port)}`,
          NODE_EXTRA_CA_CERTS: TEST_CA_PATH
        }
      })

      expect(run.outputs['result']).toBe('authenticated')
      expect(run.exitCode).toBe(0)
      expect(standIn.requests).toHaveLength(1)
      expect(proxy.connects).toEqual([])
      expectSettledRun(run)
    } finally {
      await closeAll(standIn, proxy)
    }
  })

  it.concurrent('tunnel refused: unavailable, blames the proxy', async () => {
    const credentials = randomCredentials()
    const standIn = await startTlsStandIn(credentials)
    const proxy = await startConnectProxy({ refuseTunnels: true })
    try {
      const run = await runCheck({
        runtime,
        credentials,
        apiUrl: `https://${PROXIED_HOST}:${standIn.port}`,
        timeoutSeconds: 10,
        maxAttempts: 1,
        env: { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: TEST_CA_PATH }
      })

      // The proxy's 403 is not Aircall's 403, so it proves nothing about the key.
      expect(run.outputs['result']).toBe('unavailable')
      expect(run.exitCode).toBe(1)
      expect(run.outputs['status-code']).toBe('')
      expect(standIn.requests).toHaveLength(0)
      expect(proxy.connects).toMatchObject([{ host: PROXIED_HOST, outcome: 'refused' }])
      expectSettledRun(run)

      const message = annotationMessage(run, 'error')
      expect(message).toContain('proxy')
      expect(message).toContain('HTTPS_PROXY')
      expect(message).toContain('403')
    } finally {
      await closeAll(standIn, proxy)
    }
  })

  it.concurrent.each([
    { outcome: 'passes', refuseTunnels: false, result: 'authenticated', exitCode: 0, requests: 1 },
    { outcome: 'refused', refuseTunnels: true, result: 'unavailable', exitCode: 1, requests: 0 }
  ])(
    'proxy password, tunnel $outcome: never logged',
    async ({ refuseTunnels, result, exitCode, requests }) => {
      const credentials = randomCredentials()
      const standIn = await startTlsStandIn(credentials)
      const proxy = await startConnectProxy({ refuseTunnels })
      const user = `proxy-user-${randomBytes(4).toString('hex')}`
      // A character that URLs percent-encode, so both the raw and the encoded form are checked.
      const password = `pw/${randomBytes(12).toString('hex')}`
      const encodedPassword = encodeURIComponent(password)
      try {
        const run = await runCheck({
          runtime,
          credentials,
          apiUrl: `https://${PROXIED_HOST}:${standIn.port}`,
          timeoutSeconds: 10,
          maxAttempts: 1,
          env: {
            HTTPS_PROXY: `http://${user}:${encodedPassword}@127.0.0.1:${proxy.port}`,
            NODE_EXTRA_CA_CERTS: TEST_CA_PATH
          }
        })

        expect(run.outputs['result']).toBe(result)
        expect(run.exitCode).toBe(exitCode)
        expect(standIn.requests).toHaveLength(requests)
        expect(proxy.connects).toHaveLength(1)
        expectSettledRun(run, [password, encodedPassword])

        // No message in these runs echoes the proxy URL, so only the add-mask commands show that a
        // message that did would be hidden: both forms must be registered.
        const masks = run.commands
          .filter(command => command.command === 'add-mask')
          .map(command => command.message)
        expect(masks).toContain(password)
        expect(masks).toContain(encodedPassword)
      } finally {
        await closeAll(standIn, proxy)
      }
    }
  )
})
