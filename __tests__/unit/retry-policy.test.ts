import { describe, expect, it } from '@jest/globals'

import {
  attemptTimeoutMs,
  backoffDelayMs,
  MAX_BACKOFF_MS,
  MIN_ATTEMPT_MS,
  planRetry,
  RESET_MARGIN_MS,
  type RetryContext
} from '../../src/retry-policy.js'
import type { AttemptVerdict } from '../../src/verdict.js'

const NOW = 1_000_000

const verdicts = {
  rejected: { result: 'unauthorized', retryable: false, reason: '403' },
  accepted: { result: 'authenticated', retryable: false, reason: '200' },
  redirect: { result: 'unavailable', retryable: false, reason: '302' },
  outage: { result: 'unavailable', retryable: true, reason: '503' },
  limited: { result: 'rate-limited', retryable: true, reason: '429' }
} satisfies Record<string, AttemptVerdict>

function context(overrides: Partial<RetryContext>): RetryContext {
  return {
    verdict: verdicts.outage,
    attempt: 1,
    maxAttempts: 3,
    nowMs: NOW,
    deadlineMs: NOW + 60000,
    resetAtMs: undefined,
    random: 0.5,
    ...overrides
  }
}

describe('planRetry', () => {
  it.each(['rejected', 'accepted', 'redirect'] as const)('never retries a %s verdict', name => {
    expect(planRetry(context({ verdict: verdicts[name] }))).toEqual({
      retry: false,
      stop: 'final'
    })
  })

  it('backs off after an outage', () => {
    expect(planRetry(context({ random: 0 }))).toEqual({
      retry: true,
      delayMs: 500,
      wait: 'backoff'
    })
  })

  it('stops when the attempts run out', () => {
    expect(planRetry(context({ attempt: 3 }))).toEqual({ retry: false, stop: 'attempts' })
  })

  it('stops when the backoff would pass the deadline', () => {
    expect(planRetry(context({ deadlineMs: NOW + 1200 }))).toEqual({
      retry: false,
      stop: 'deadline'
    })
  })

  it('waits for a known rate-limit reset', () => {
    const plan = planRetry(context({ verdict: verdicts.limited, resetAtMs: NOW + 2000 }))

    expect(plan).toEqual({ retry: true, delayMs: 2000 + RESET_MARGIN_MS, wait: 'reset' })
  })

  it('stops at once when the reset is after the deadline', () => {
    const plan = planRetry(
      context({ verdict: verdicts.limited, resetAtMs: NOW + 30000, deadlineMs: NOW + 10000 })
    )

    expect(plan).toEqual({ retry: false, stop: 'reset-after-deadline' })
  })

  it('stops when the reset leaves no time for a request', () => {
    const plan = planRetry(
      context({
        verdict: verdicts.limited,
        resetAtMs: NOW + 5000,
        deadlineMs: NOW + 5000 + RESET_MARGIN_MS + MIN_ATTEMPT_MS - 1
      })
    )

    expect(plan).toEqual({ retry: false, stop: 'reset-after-deadline' })
  })

  it.each([
    ['a past reset', NOW - 1000],
    ['no reset', undefined]
  ])('backs off on a 429 with %s', (_name, resetAtMs) => {
    const plan = planRetry(context({ verdict: verdicts.limited, resetAtMs, random: 0 }))

    expect(plan).toEqual({ retry: true, delayMs: 500, wait: 'backoff' })
  })
})

describe('attemptTimeoutMs', () => {
  it.each([
    [60000, 3, 20000],
    [60000, 1, 60000],
    [5000, 3, 1666],
    [2500, 3, MIN_ATTEMPT_MS],
    [600, 3, 600],
    [0, 2, 1]
  ])('gives %i ms left for %i attempts %i ms', (timeLeftMs, attemptsLeft, expected) => {
    expect(attemptTimeoutMs(timeLeftMs, attemptsLeft)).toBe(expected)
  })
})

describe('backoffDelayMs', () => {
  it.each([
    [1, 0, 500],
    [1, 0.999999, 1000],
    [2, 0, 1000],
    [3, 0.5, 3000],
    [4, 1, 8000]
  ])('gives attempt %i with random %f a delay of %i ms', (attempt, random, expected) => {
    expect(backoffDelayMs(attempt, random)).toBe(expected)
  })

  it('is capped', () => {
    expect(backoffDelayMs(30, 1)).toBe(MAX_BACKOFF_MS)
  })

  it('is never immediate', () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect(backoffDelayMs(attempt, 0)).toBeGreaterThanOrEqual(500)
    }
  })
})
