import { describe, expect, it } from '@jest/globals'

import type { AttemptRequest } from '../../src/aircall-client.js'
import { checkEndpoint, type CheckDependencies } from '../../src/check.js'
import type { Exchange } from '../../src/exchange.js'
import { response, transportFailure } from './exchange-fixtures.js'

const START = Date.UTC(2026, 11, 4, 12, 0, 0)

/**
 * Runs checkEndpoint over a script of exchanges with a recorded clock: each request takes
 * `requestMs`, and each sleep advances the clock instead of waiting.
 */
async function runScript(
  script: Exchange[],
  options: { maxAttempts?: number; timeoutMs?: number; requestMs?: number; random?: number } = {}
) {
  let clock = START
  const requests: AttemptRequest[] = []
  const sleeps: number[] = []
  const logs: string[] = []
  const dependencies: CheckDependencies = {
    send: async request => {
      requests.push(request)
      clock += options.requestMs ?? 50
      const next = script[requests.length - 1]
      if (next === undefined) {
        throw new Error(`the script has no answer for request ${requests.length}`)
      }
      return next
    },
    sleep: async ms => {
      sleeps.push(ms)
      clock += ms
    },
    now: () => clock,
    random: () => options.random ?? 0.5,
    log: message => logs.push(message),
    redact: text => text.split('SECRET-TOKEN-VALUE').join('***')
  }

  const outcome = await checkEndpoint(
    {
      endpoint: 'ping',
      url: new URL('https://api.aircall.io/v1/ping'),
      authorization: 'Basic aWQ6dG9rZW4=',
      maxAttempts: options.maxAttempts ?? 3,
      deadlineMs: START + (options.timeoutMs ?? 60000)
    },
    dependencies
  )
  return { outcome, requests, sleeps, logs, elapsedMs: clock - START }
}

const PONG = response(200, '{"ping":"pong"}')
const OUTAGE = response(503, '')

describe('checkEndpoint', () => {
  it('stops after one accepted ping', async () => {
    const run = await runScript([PONG])

    expect(run.outcome.verdict.result).toBe('authenticated')
    expect(run.outcome.attempts).toBe(1)
    expect(run.sleeps).toEqual([])
  })

  it.each([401, 403])('never retries a %i', async status => {
    const run = await runScript([response(status, '{"message":"Forbidden"}'), PONG])

    expect(run.outcome.verdict.result).toBe('unauthorized')
    expect(run.requests).toHaveLength(1)
  })

  it('retries an outage with growing delays', async () => {
    const run = await runScript([OUTAGE, OUTAGE, PONG], { random: 0 })

    expect(run.outcome.verdict.result).toBe('authenticated')
    expect(run.outcome.attempts).toBe(3)
    expect(run.sleeps).toEqual([500, 1000])
  })

  it('gives up after max-attempts', async () => {
    const run = await runScript([OUTAGE, OUTAGE], { maxAttempts: 2 })

    expect(run.outcome.verdict.result).toBe('unavailable')
    expect(run.outcome.stop).toBe('attempts')
    expect(run.requests).toHaveLength(2)
  })

  it('retries network errors', async () => {
    const run = await runScript([transportFailure({ code: 'ECONNRESET' }), PONG])

    expect(run.outcome.verdict.result).toBe('authenticated')
    expect(run.requests).toHaveLength(2)
  })

  it('waits for the rate-limit reset', async () => {
    const reset = String((START + 2000) / 1000)
    const run = await runScript([response(429, '{}', { 'x-aircallapi-reset': reset }), PONG])

    expect(run.outcome.verdict.result).toBe('authenticated')
    expect(run.sleeps).toHaveLength(1)
    expect(run.sleeps[0]).toBeGreaterThanOrEqual(1950)
    expect(run.sleeps[0]).toBeLessThanOrEqual(2250)
  })

  it('stops at once when the reset is after the deadline', async () => {
    const reset = String(START + 120000)
    const run = await runScript([response(429, '{}', { 'x-aircallapi-reset': reset }), PONG], {
      timeoutMs: 10000
    })

    expect(run.outcome.verdict.result).toBe('rate-limited')
    expect(run.outcome.stop).toBe('reset-after-deadline')
    expect(run.outcome.rateLimit.resetAtMs).toBe(START + 120000)
    expect(run.requests).toHaveLength(1)
    expect(run.sleeps).toEqual([])
  })

  it('shares the time left between attempts', async () => {
    const run = await runScript([OUTAGE, PONG], { timeoutMs: 5000, requestMs: 1000, random: 0 })

    // 5000 ms for 3 attempts, then 3500 ms left (1000 ms request, 500 ms backoff) for 2.
    expect(run.requests.map(request => request.timeoutMs)).toEqual([1666, 1750])
  })

  it('ends within the deadline even with many attempts allowed', async () => {
    const script = Array.from({ length: 10 }, () => OUTAGE)
    const run = await runScript(script, { maxAttempts: 10, timeoutMs: 8000, random: 1 })

    expect(run.outcome.stop).toBe('deadline')
    expect(run.elapsedMs).toBeLessThanOrEqual(8000)
  })

  it('logs attempt, limit, reason and delay of each retry', async () => {
    const run = await runScript([OUTAGE, PONG], { random: 0 })

    expect(run.logs).toHaveLength(1)
    expect(run.logs[0]).toMatch(
      /^Attempt 1 of 3 to \/v1\/ping gave no verdict: .*HTTP 503.* Retrying in 0\.5 s with backoff\.$/
    )
  })

  it('redacts an echoed secret before building the reason', async () => {
    const run = await runScript([response(500, 'you sent SECRET-TOKEN-VALUE'), PONG], {
      random: 0
    })

    expect(run.logs[0]).toContain('you sent ***')
    expect(run.logs[0]).not.toContain('SECRET-TOKEN-VALUE')
  })
})
