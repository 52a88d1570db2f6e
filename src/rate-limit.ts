/** Aircall's rate-limit state as its headers report it. Every field is optional. */
export interface RateLimitInfo {
  readonly limit: number | undefined
  readonly remaining: number | undefined
  /** When the window resets, in epoch milliseconds. */
  readonly resetAtMs: number | undefined
}

/** A reset value above this is in milliseconds, below it in seconds: 10^12 ms is in 2001. */
const MILLISECONDS_THRESHOLD = 1e12

/**
 * Reads `X-AircallApi-Limit`, `-Remaining` and `-Reset`, and `Retry-After`. Aircall does not
 * document the unit of the reset, and public clients disagree, so both epoch seconds and epoch
 * milliseconds are accepted. `Retry-After` may be seconds or an HTTP date. When both give a reset,
 * the later one wins, so a retry never comes too early. Unparseable values, and values beyond
 * what a Date can hold, are ignored.
 */
export function parseRateLimit(
  headers: Readonly<Record<string, string>>,
  nowMs: number
): RateLimitInfo {
  const limit = parseCount(headers['x-aircallapi-limit'])
  const remaining = parseCount(headers['x-aircallapi-remaining'])

  const candidates = [
    parseEpoch(headers['x-aircallapi-reset']),
    parseRetryAfter(headers['retry-after'], nowMs)
  ].filter((value): value is number => value !== undefined)
  const resetAtMs = candidates.length === 0 ? undefined : Math.max(...candidates)

  return { limit, remaining, resetAtMs }
}

/** Latest time a Date can hold, in epoch milliseconds; later values make toISOString throw. */
const MAX_DATE_MS = 8.64e15

function parseCount(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) {
    return undefined
  }

  const count = Number(value)
  return Number.isSafeInteger(count) ? count : undefined
}

function validTime(ms: number): number | undefined {
  return Number.isFinite(ms) && ms <= MAX_DATE_MS ? ms : undefined
}

function parseEpoch(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(value)) {
    return undefined
  }

  const number = Number(value)
  return validTime(number > MILLISECONDS_THRESHOLD ? number : number * 1000)
}

function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === '') {
    return undefined
  }

  if (/^\s*\d+\s*$/.test(value)) {
    return validTime(nowMs + Number(value) * 1000)
  }

  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : validTime(date)
}
