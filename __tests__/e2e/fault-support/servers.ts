/** Local servers and addresses for the fault-injection tests: all on loopback. */

import { readFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import {
  startAircallStandIn,
  type AircallStandIn,
  type StandInOptions
} from '../../../scripts/aircall-stand-in.mjs'
import type { Credentials } from './action-run.js'

const TLS_FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'tls')

/** The test CA that signed the stand-in's certificate, for NODE_EXTRA_CA_CERTS. */
export const TEST_CA_PATH = path.join(TLS_FIXTURES, 'ca.pem')

/** Key and certificate for localhost, api.aircall.test, 127.0.0.1 and ::1, signed by the test CA. */
export const TEST_SERVER_TLS = {
  key: readFileSync(path.join(TLS_FIXTURES, 'server-key.pem')),
  cert: readFileSync(path.join(TLS_FIXTURES, 'server-cert.pem'))
}

/** Starts a stand-in on 127.0.0.1 that accepts `credentials`. */
export function startStandIn(
  credentials: Credentials,
  options: Omit<StandInOptions, 'keys'> = {}
): Promise<AircallStandIn> {
  return startAircallStandIn({ ...options, keys: [{ ...credentials }] })
}

/** Starts an HTTPS stand-in whose certificate only the test CA vouches for. */
export function startTlsStandIn(credentials: Credentials): Promise<AircallStandIn> {
  return startStandIn(credentials, { tls: TEST_SERVER_TLS })
}

/**
 * Returns a port on 127.0.0.1 where nothing listens: one the system just handed out and that was
 * closed again, so a connection to it is refused.
 */
export async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

/** Closes every server given, even when one of them fails to close. */
export async function closeAll(
  ...servers: ReadonlyArray<{ close(): Promise<void> }>
): Promise<void> {
  const results = await Promise.allSettled(servers.map(server => server.close()))
  const failure = results.find(result => result.status === 'rejected')
  if (failure !== undefined) {
    throw failure.reason
  }
}
