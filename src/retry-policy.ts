import type { AttemptVerdict } from './verdict.js'

/** First backoff delay. Each further retry doubles it, up to {@link MAX_BACKOFF_MS}. */
export const BASE_BACKOFF_MS = 1000
export const MAX_BACKOFF_MS = 16000
/** A retry is planned only if at least this much time would be left for the request itself. */
export const MIN_ATTEMPT_MS = 1000
/** Added to a rate-limit reset, because epoch seconds round the reset down by up to a second. */
export const RESET_MARGIN_MS = 250

export interface RetryContext {
  readonly verdict: AttemptVerdict
  /** Attempts made so far for this endpoint, the one just classified included. */
  readonly attempt: number
  readonly maxAttempts: number
  readonly nowMs: number
  readonly deadlineMs: number
  /** Time when Aircall's rate limit resets, from its headers, or undefined when unknown. */
  readonly resetAtMs: number | undefined
  /** A random number in [0, 1), for the jitter. */
  readonly random: number
}

export type RetryPlan =
  | { readonly retry: true; readonly delayMs: number; readonly wait: 'reset' | 'backoff' }
  | {
      readonly retry: false
      readonly stop: 'final' | 'attempts' | 'deadline' | 'reset-after-deadline'
    }

/**
 * Decides whether to retry and after how long. A 429 waits for Aircall's reset when the reset is
 * known and in the future, else it backs off like a 5xx: an immediate retry would only spend
 * more of the company's shared budget. A wait that would end too close to the deadline stops the
 * check at once instead of sleeping into a timeout.
 */
export function planRetry(context: RetryContext): RetryPlan {
  const { verdict, attempt, maxAttempts, nowMs, deadlineMs } = context

  if (!verdict.retryable) {
    return { retry: false, stop: 'final' }
  }

  if (
    verdict.result === 'rate-limited' &&
    context.resetAtMs !== undefined &&
    context.resetAtMs > nowMs
  ) {
    const delayMs = context.resetAtMs - nowMs + RESET_MARGIN_MS
    if (nowMs + delayMs + MIN_ATTEMPT_MS > deadlineMs) {
      return { retry: false, stop: 'reset-after-deadline' }
    }
    if (attempt >= maxAttempts) {
      return { retry: false, stop: 'attempts' }
    }
    return { retry: true, delayMs, wait: 'reset' }
  }

  if (attempt >= maxAttempts) {
    return { retry: false, stop: 'attempts' }
  }

  const delayMs = backoffDelayMs(attempt, context.random)
  if (nowMs + delayMs + MIN_ATTEMPT_MS > deadlineMs) {
    return { retry: false, stop: 'deadline' }
  }
  return { retry: true, delayMs, wait: 'backoff' }
}

/**
 * Returns the time limit of the next attempt: an equal share of the time left for each attempt
 * left, so that one stalled connection cannot use up the whole deadline and a timeout can be
 * retried. An attempt gets at least {@link MIN_ATTEMPT_MS}, or all that is left if less.
 */
export function attemptTimeoutMs(timeLeftMs: number, attemptsLeft: number): number {
  const share = Math.floor(timeLeftMs / Math.max(1, attemptsLeft))
  return Math.max(1, Math.min(timeLeftMs, Math.max(MIN_ATTEMPT_MS, share)))
}

/**
 * Returns the delay before retry number `attempt`, with "equal jitter": half the exponential
 * step is fixed and half is random, so a retry is never immediate and many runners that failed
 * together do not retry together.
 */
export function backoffDelayMs(attempt: number, random: number): number {
  const step = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (attempt - 1))
  return Math.round(step / 2 + (step / 2) * random)
}
