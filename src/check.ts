import type { AttemptRequest } from './aircall-client.js'
import type { Exchange } from './exchange.js'
import { formatSeconds } from './format.js'
import { parseRateLimit, type RateLimitInfo } from './rate-limit.js'
import { attemptTimeoutMs, planRetry, type RetryPlan } from './retry-policy.js'
import { classifyExchange, type AttemptVerdict, type Endpoint } from './verdict.js'

/** The I/O a check needs, passed in so tests can run it with a recorded clock and no sleeping. */
export interface CheckDependencies {
  readonly send: (request: AttemptRequest) => Promise<Exchange>
  readonly sleep: (ms: number) => Promise<void>
  readonly now: () => number
  readonly random: () => number
  readonly log: (message: string) => void
  /** Removes secrets from server-sent text before it is parsed into messages. */
  readonly redact: (text: string) => string
}

export interface EndpointRequest {
  readonly endpoint: Endpoint
  readonly url: URL
  readonly authorization: string
  readonly maxAttempts: number
  /** Deadline of the whole check, in the epoch milliseconds of `now()`. */
  readonly deadlineMs: number
}

/** The verdict of one endpoint after its retries, with the last exchange. */
export interface EndpointOutcome {
  readonly verdict: AttemptVerdict
  readonly attempts: number
  readonly lastExchange: Exchange
  readonly rateLimit: RateLimitInfo
  /** Reason the retries stopped: 'final' when the verdict needed no retry. */
  readonly stop: Extract<RetryPlan, { retry: false }>['stop']
}

/**
 * Calls one endpoint until it gives a verdict that a retry cannot change, the attempts run out,
 * or the deadline would pass. Every attempt gets a share of the time left before the deadline.
 */
export async function checkEndpoint(
  request: EndpointRequest,
  dependencies: CheckDependencies
): Promise<EndpointOutcome> {
  const { send, sleep, now, random, log, redact } = dependencies
  let attempt = 0

  for (;;) {
    attempt += 1
    const timeoutMs = attemptTimeoutMs(
      request.deadlineMs - now(),
      request.maxAttempts - attempt + 1
    )
    const exchange = await send({
      url: request.url,
      authorization: request.authorization,
      timeoutMs
    })

    const verdict = classifyExchange(request.endpoint, exchange, redact)
    const rateLimit = parseRateLimit(exchange.headers, now())
    const plan = planRetry({
      verdict,
      attempt,
      maxAttempts: request.maxAttempts,
      nowMs: now(),
      deadlineMs: request.deadlineMs,
      resetAtMs: rateLimit.resetAtMs,
      random: random()
    })

    if (!plan.retry) {
      return { verdict, attempts: attempt, lastExchange: exchange, rateLimit, stop: plan.stop }
    }

    const wait = plan.wait === 'reset' ? "until Aircall's rate limit resets" : 'with backoff'
    log(
      `Attempt ${attempt} of ${request.maxAttempts} to ${request.url.pathname} gave no verdict: ` +
        `${verdict.reason} Retrying in ${formatSeconds(plan.delayMs)} ${wait}.`
    )
    await sleep(plan.delayMs)
  }
}
