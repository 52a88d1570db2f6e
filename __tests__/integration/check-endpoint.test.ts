import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'

import {
  rateLimited,
  serverError,
  startAircallStandIn,
  type AircallStandIn
} from '../../scripts/aircall-stand-in.mjs'
import { sendRequest } from '../../src/aircall-client.js'
import { checkEndpoint, type CheckDependencies } from '../../src/check.js'
import { basicAuthorization } from '../../src/credentials.js'

const ID = '0123456789abcdef0123456789abcdef'
const TOKEN = 'fedcba9876543210fedcba9876543210'

let standIn: AircallStandIn

beforeAll(async () => {
  standIn = await startAircallStandIn({ keys: [{ apiId: ID, apiToken: TOKEN }] })
})

afterEach(() => standIn.reset())

afterAll(async () => standIn.close())

/**
 * Runs the retry loop against the real stand-in over real HTTP, but with sleeps recorded instead
 * of waited: the clock jumps forward by each delay.
 */
async function check(token: string, options: { maxAttempts?: number; timeoutMs?: number } = {}) {
  let skippedMs = 0
  const sleeps: number[] = []
  const dependencies: CheckDependencies = {
    send: sendRequest,
    sleep: async ms => {
      sleeps.push(ms)
      skippedMs += ms
    },
    now: () => Date.now() + skippedMs,
    random: () => 0,
    log: () => undefined,
    redact: text => text
  }
  const outcome = await checkEndpoint(
    {
      endpoint: 'ping',
      url: new URL('/v1/ping', standIn.url),
      authorization: basicAuthorization(ID, token),
      maxAttempts: options.maxAttempts ?? 3,
      deadlineMs: Date.now() + (options.timeoutMs ?? 60000)
    },
    dependencies
  )
  return { outcome, sleeps }
}

describe('checkEndpoint over HTTP', () => {
  it('retries 503 twice and then accepts', async () => {
    standIn.enqueue(serverError(503), serverError(503))

    const { outcome, sleeps } = await check(TOKEN)

    expect(outcome.verdict.result).toBe('authenticated')
    expect(standIn.requests).toHaveLength(3)
    expect(sleeps).toEqual([500, 1000])
  })

  it('makes one request for a wrong token', async () => {
    const { outcome } = await check('0'.repeat(32))

    expect(outcome.verdict.result).toBe('unauthorized')
    expect(outcome.lastExchange.status).toBe(403)
    expect(standIn.requests).toHaveLength(1)
  })

  it('waits for a reset sent in epoch milliseconds', async () => {
    standIn.enqueue(rateLimited({ resetEpochMs: Date.now() + 3000 }))

    const { outcome, sleeps } = await check(TOKEN)

    expect(outcome.verdict.result).toBe('authenticated')
    expect(standIn.requests).toHaveLength(2)
    expect(sleeps[0]).toBeGreaterThan(2500)
    expect(sleeps[0]).toBeLessThanOrEqual(3250)
  })

  it('stops when the reset is after the deadline', async () => {
    standIn.enqueue(rateLimited({ resetEpochSeconds: Math.ceil(Date.now() / 1000) + 600 }))

    const { outcome, sleeps } = await check(TOKEN, { timeoutMs: 10000 })

    expect(outcome.verdict.result).toBe('rate-limited')
    expect(outcome.stop).toBe('reset-after-deadline')
    expect(standIn.requests).toHaveLength(1)
    expect(sleeps).toEqual([])
  })
})
