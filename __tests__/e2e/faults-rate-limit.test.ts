/**
 * Rate-limit faults against the committed bundle: a 429 from a local Aircall stand-in, with the
 * reset in each form that Aircall or a proxy may send. Every run is a real child process, so the
 * waits are real, and resets are kept 1-2 s away to keep the file fast.
 */

import { describe, expect, it } from '@jest/globals'

import { rateLimited, type PlainAnswer } from '../../scripts/aircall-stand-in.mjs'
import {
  annotationMessage,
  announcedDelayMs,
  expectSettledRun,
  NODE_24,
  randomCredentials,
  retryLogLines,
  RUNTIMES,
  runCheck
} from './fault-support/action-run.js'
import { closeAll, startStandIn } from './fault-support/servers.js'

// The announced delay is rounded to 0.1 s, so the real wait may be up to 50 ms shorter.
const DELAY_ROUNDING_MS = 50

/** Whole epoch seconds `seconds` from now, so that the reset is 1-2 s away for seconds = 2. */
function epochSecondsFromNow(seconds: number): number {
  return Math.floor(Date.now() / 1000) + seconds
}

interface ResetForm {
  readonly name: string
  /** Builds the 429 and returns the earliest moment, in epoch ms, that a retry may arrive. */
  readonly build: () => { answer: PlainAnswer; earliestRetry: (firstAtMs: number) => number }
}

const RESET_FORMS: readonly ResetForm[] = [
  {
    name: 'X-AircallApi-Reset in epoch seconds',
    build: () => {
      const reset = epochSecondsFromNow(2)
      return {
        answer: rateLimited({ resetEpochSeconds: reset }),
        earliestRetry: () => reset * 1000
      }
    }
  },
  {
    name: 'X-AircallApi-Reset in epoch milliseconds',
    build: () => {
      const reset = Date.now() + 1500
      return { answer: rateLimited({ resetEpochMs: reset }), earliestRetry: () => reset }
    }
  },
  {
    name: 'Retry-After in seconds',
    build: () => ({
      answer: rateLimited({ retryAfter: 1 }),
      earliestRetry: firstAtMs => firstAtMs + 1000
    })
  },
  {
    name: 'Retry-After as an HTTP date',
    build: () => {
      const reset = new Date(epochSecondsFromNow(2) * 1000)
      return { answer: rateLimited({ retryAfter: reset }), earliestRetry: () => reset.getTime() }
    }
  }
]

describe(`429 then 200 on ${NODE_24.name}`, () => {
  it.concurrent.each(RESET_FORMS)('$name: waits for the reset', async ({ build }) => {
    const credentials = randomCredentials()
    const standIn = await startStandIn(credentials)
    try {
      const { answer, earliestRetry } = build()
      standIn.enqueue(answer)

      const run = await runCheck({
        runtime: NODE_24,
        credentials,
        apiUrl: standIn.url,
        timeoutSeconds: 10,
        maxAttempts: 3
      })

      expect(run.outputs['result']).toBe('authenticated')
      expect(run.exitCode).toBe(0)
      expect(standIn.requests).toHaveLength(2)
      expect(run.outputs['attempts']).toBe('2')
      expectSettledRun(run)

      const [first, second] = standIn.requests
      const firstAt = first?.at ?? Number.NaN
      const secondAt = second?.at ?? Number.NaN
      expect(secondAt).toBeGreaterThanOrEqual(earliestRetry(firstAt))

      const retries = retryLogLines(run)
      expect(retries).toHaveLength(1)
      const line = retries[0] ?? ''
      expect(line).toMatch(/^Attempt 1 of 3 to \/v1\/ping /)
      expect(line).toContain('429')
      expect(line).toContain("until Aircall's rate limit resets")

      // The announced delay is the real one: the retry came no sooner, and it is no longer than
      // the wait to the reset plus the action's 250 ms margin.
      const delayMs = announcedDelayMs(line)
      expect(secondAt - firstAt).toBeGreaterThanOrEqual(delayMs - DELAY_ROUNDING_MS)
      expect(delayMs).toBeLessThanOrEqual(
        earliestRetry(firstAt) - firstAt + 250 + DELAY_ROUNDING_MS
      )
    } finally {
      await closeAll(standIn)
    }
  })
})

describe.each(RUNTIMES)('429 with a reset after the deadline on $name', runtime => {
  it('stops at once with the reset time', async () => {
    const credentials = randomCredentials()
    const standIn = await startStandIn(credentials)
    try {
      const reset = epochSecondsFromNow(60)
      const resetIso = new Date(reset * 1000).toISOString()
      standIn.enqueue(rateLimited({ resetEpochSeconds: reset, remaining: 0 }))

      const run = await runCheck({
        runtime,
        credentials,
        apiUrl: standIn.url,
        timeoutSeconds: 5,
        maxAttempts: 3
      })

      expect(run.outputs['result']).toBe('rate-limited')
      expect(run.exitCode).toBe(1)
      expect(standIn.requests).toHaveLength(1)
      expect(run.outputs['attempts']).toBe('1')
      expect(run.outputs['status-code']).toBe('429')
      expectSettledRun(run)

      // Waiting would only end in a timeout, so the check does not sleep at all.
      expect(Number(run.outputs['duration-ms'])).toBeLessThan(1000)
      expect(run.durationMs).toBeLessThan(2500)
      expect(retryLogLines(run)).toEqual([])

      expect(run.outputs['rate-limit-reset']).toBe(resetIso)
      expect(run.outputs['rate-limit-remaining']).toBe('0')
      const message = annotationMessage(run, 'error')
      expect(message).toContain(resetIso)
      expect(message).toContain('timeout-seconds')
    } finally {
      await closeAll(standIn)
    }
  })
})

interface UnusableReset {
  readonly name: string
  readonly build: () => PlainAnswer
}

const UNUSABLE_RESETS: readonly UnusableReset[] = [
  { name: 'no reset header', build: () => rateLimited() },
  {
    name: 'X-AircallApi-Reset in the past',
    build: () => rateLimited({ resetEpochSeconds: epochSecondsFromNow(-30) })
  },
  {
    name: 'unparseable X-AircallApi-Reset',
    build: () => {
      const answer = rateLimited()
      return { ...answer, headers: { ...answer.headers, 'X-AircallApi-Reset': 'soon' } }
    }
  },
  { name: 'unparseable Retry-After', build: () => rateLimited({ retryAfter: 'later today' }) }
]

describe(`429 without a usable reset on ${NODE_24.name}`, () => {
  it.concurrent.each(UNUSABLE_RESETS)(
    '$name: backs off, never retries at once',
    async ({ build }) => {
      const credentials = randomCredentials()
      const standIn = await startStandIn(credentials)
      try {
        standIn.enqueue(build())

        const run = await runCheck({
          runtime: NODE_24,
          credentials,
          apiUrl: standIn.url,
          timeoutSeconds: 10,
          maxAttempts: 3
        })

        expect(run.outputs['result']).toBe('authenticated')
        expect(run.exitCode).toBe(0)
        expect(standIn.requests).toHaveLength(2)
        expectSettledRun(run)

        // The first backoff step is 1 s with equal jitter, so 0.5 s at least.
        const [first, second] = standIn.requests
        expect((second?.at ?? Number.NaN) - (first?.at ?? Number.NaN)).toBeGreaterThanOrEqual(500)

        const retries = retryLogLines(run)
        expect(retries).toHaveLength(1)
        expect(retries[0]).toContain('429')
        expect(retries[0]).toContain('with backoff')
      } finally {
        await closeAll(standIn)
      }
    }
  )
})
