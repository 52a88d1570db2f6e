import {
  CHECK_SECRETS_ADVICE,
  NEW_KEY_ADVICE,
  OUTAGE_ADVICE,
  RATE_LIMIT_ADVICE,
  WARN_ADVICE
} from './advice.js'
import type { EndpointOutcome } from './check.js'
import { requestIdOf } from './exchange.js'
import { formatCount } from './format.js'
import type { Settings } from './inputs.js'
import type { RateLimitInfo } from './rate-limit.js'
import type { CheckResult } from './results.js'

/** Outcome of the step, with the text for the log, the annotation, the outputs and the summary. */
export interface Decision {
  readonly result: CheckResult
  readonly passed: boolean
  /** Annotation level: an error fails the step, a warning passes with a mark, info is a log line. */
  readonly level: 'error' | 'warning' | 'info'
  readonly title: string
  readonly message: string
  /** Next step for the user, shown in the job summary of a check that did not pass cleanly. */
  readonly nextStep: string | undefined
  readonly statusCode: number | undefined
  readonly requestId: string | undefined
  readonly attempts: number
  readonly companyName: string | undefined
  readonly rateLimit: RateLimitInfo | undefined
}

/** Turns input problems into the invalid-input decision. No request was made. */
export function decideInvalidInput(problems: readonly string[]): Decision {
  return {
    result: 'invalid-input',
    passed: false,
    level: 'error',
    title: 'Invalid input',
    message: problems.join('\n'),
    nextStep: 'Fix the inputs named in the error, then run the workflow again.',
    statusCode: undefined,
    requestId: undefined,
    attempts: 0,
    companyName: undefined,
    rateLimit: undefined
  }
}

/**
 * Turns an error the action did not expect into a failing decision. Its result is unavailable,
 * because the run proves nothing about the key.
 */
export function decideUnexpected(message: string): Decision {
  return {
    result: 'unavailable',
    passed: false,
    level: 'error',
    title: 'Aircall check failed unexpectedly',
    message,
    nextStep: 'Report the error to the maintainers of the action.',
    statusCode: undefined,
    requestId: undefined,
    attempts: 0,
    companyName: undefined,
    rateLimit: undefined
  }
}

/**
 * Decides the outcome of a check from the ping and, when one was made, the company lookup. The
 * expectation decides what passes: with `expect: revoked` only a 403 passes, because a 401 means
 * no credentials reached Aircall and so proves nothing about the key.
 */
export function decideCheck(
  settings: Settings,
  ping: EndpointOutcome,
  company: EndpointOutcome | undefined
): Decision {
  const last = company ?? ping
  const base = {
    statusCode: last.lastExchange.status,
    requestId: requestIdOf(last.lastExchange),
    attempts: ping.attempts + (company?.attempts ?? 0),
    companyName: company?.verdict.companyName,
    rateLimit: hasRateLimit(last.rateLimit) ? last.rateLimit : undefined
  }

  const verdict = last.verdict
  switch (verdict.result) {
    case 'authenticated':
      return { ...base, ...decideAccepted(settings, verdict.reason, company) }
    case 'unauthorized':
      if (company !== undefined) {
        return { ...base, ...decideCompanyRejected(verdict.reason) }
      }
      return { ...base, ...decideRejected(settings, verdict.reason, last.lastExchange.status) }
    case 'rate-limited':
      return {
        ...base,
        ...decideInconclusive(settings, 'rate-limited', rateLimitMessage(last), true)
      }
    case 'unavailable': {
      // After an accepted ping, the failed company lookup is not an outage verdict on the key.
      const subject =
        company === undefined
          ? 'The check could not reach a verdict'
          : 'Aircall accepted the ping, but the company lookup (GET /v1/company) gave no answer'
      const advice = outageAdvice(settings, verdict.retryable && company === undefined)
      const message = `${subject}: ${verdict.reason}${stopReason(last)}${advice}`
      return { ...base, ...decideInconclusive(settings, 'unavailable', message, verdict.retryable) }
    }
  }
}

type Verdict = Pick<Decision, 'result' | 'passed' | 'level' | 'title' | 'message' | 'nextStep'>

function decideAccepted(
  settings: Settings,
  reason: string,
  company: EndpointOutcome | undefined
): Verdict {
  if (settings.expect === 'revoked') {
    return {
      result: 'authenticated',
      passed: false,
      level: 'error',
      title: 'Aircall key still active',
      message:
        `Aircall accepted the credentials, but expect is 'revoked': the retired key still works. ` +
        `${reason} Delete the key in the Aircall Dashboard (Integrations & API, API keys), then ` +
        'run the check again.',
      nextStep: 'Delete the retired key in the Aircall Dashboard.'
    }
  }

  const name = company?.verdict.companyName
  if (name !== undefined && settings.expectedCompany !== undefined) {
    if (!sameCompany(name, settings.expectedCompany)) {
      return {
        result: 'wrong-company',
        passed: false,
        level: 'error',
        title: 'Aircall key belongs to another company',
        message:
          `Aircall accepted the credentials, but they belong to the company '${name}', not ` +
          `'${settings.expectedCompany}' as expected-company requires. A key of another Aircall ` +
          'account, such as staging, is in these secrets. Put the key of the expected company in ' +
          'the secrets, or correct expected-company.' +
          describeLookAlikes(name, settings.expectedCompany),
        nextStep: `Store a key of '${settings.expectedCompany}' in the secrets.`
      }
    }

    return {
      result: 'authenticated',
      passed: true,
      level: 'info',
      title: 'Aircall credentials accepted',
      message: `Aircall accepted the credentials of the company '${name}'.`,
      nextStep: undefined
    }
  }

  return {
    result: 'authenticated',
    passed: true,
    level: 'info',
    title: 'Aircall credentials accepted',
    message: `Aircall accepted the credentials: ${reason}`,
    nextStep: undefined
  }
}

function decideRejected(settings: Settings, reason: string, status: number | undefined): Verdict {
  const noCredentials = status === 401

  if (settings.expect === 'revoked' && !noCredentials) {
    return {
      result: 'unauthorized',
      passed: true,
      level: 'info',
      title: 'Aircall key revoked',
      message: `Aircall rejected the credentials, as expect: revoked requires, so the key no longer works. ${reason}`,
      nextStep: undefined
    }
  }

  const nonAscii =
    settings.nonAsciiInputs.length === 0
      ? ''
      : ` ${settings.nonAsciiInputs.map(name => `'${name}'`).join(' and ')} contains non-ASCII ` +
        'characters, which Aircall keys do not have: check that the secret was copied exactly.'

  if (noCredentials) {
    const revoked =
      settings.expect === 'revoked'
        ? ' This proves nothing about the key, so the check cannot confirm that it is revoked.'
        : ''
    return {
      result: 'unauthorized',
      passed: false,
      level: 'error',
      title: 'No credentials reached Aircall',
      message:
        `Aircall answered that the request carried no credentials. ${reason}${revoked} ` +
        `${CHECK_SECRETS_ADVICE} A proxy between the runner and Aircall may also have removed the ` +
        `Authorization header.${nonAscii}`,
      nextStep: 'Check which secrets the workflow passes, and any proxy on the way.'
    }
  }

  return {
    result: 'unauthorized',
    passed: false,
    level: 'error',
    title: 'Aircall rejected the credentials',
    message:
      `Aircall rejected the API ID and token: the pair is wrong or was revoked. ${reason} ` +
      `${CHECK_SECRETS_ADVICE} ${NEW_KEY_ADVICE}${nonAscii}`,
    nextStep: 'Check the secrets, or create a new key in the Aircall Dashboard.'
  }
}

function decideCompanyRejected(reason: string): Verdict {
  return {
    result: 'unauthorized',
    passed: false,
    level: 'error',
    title: 'Aircall rejected the company lookup',
    message:
      'Aircall accepted the ping but rejected GET /v1/company with the same credentials, so the ' +
      `company of the key could not be checked. ${reason} Check the permissions of the key in ` +
      'the Aircall Dashboard, or leave out expected-company.',
    nextStep: 'Check the key in the Aircall Dashboard, or leave out expected-company.'
  }
}

/** Advice for an unavailable result; none when a retry cannot help. */
function outageAdvice(settings: Settings, transient: boolean): string {
  if (!transient) {
    return ''
  }

  const canWarn = settings.onUnavailable === 'fail' && settings.expect === 'valid'
  return canWarn ? ` ${OUTAGE_ADVICE} ${WARN_ADVICE}` : ` ${OUTAGE_ADVICE}`
}

function decideInconclusive(
  settings: Settings,
  result: 'rate-limited' | 'unavailable',
  message: string,
  transient: boolean
): Verdict {
  // An outage proves nothing about a retired key, so it never lets a revocation check pass.
  const warn = settings.onUnavailable === 'warn' && settings.expect === 'valid'
  const tail = warn
    ? ' The step passes because on-unavailable is warn.'
    : settings.onUnavailable === 'warn'
      ? ' The step fails although on-unavailable is warn, because with expect: revoked only a ' +
        'rejection by Aircall proves that the key is revoked.'
      : ''
  return {
    result,
    passed: warn,
    level: warn ? 'warning' : 'error',
    title: result === 'rate-limited' ? 'Aircall rate limit reached' : 'Aircall API unavailable',
    message: `${message}${tail}`,
    nextStep:
      result === 'rate-limited'
        ? 'Run the check again after the rate limit resets.'
        : transient
          ? 'Run the check again later; this result says nothing about the key.'
          : 'Fix the cause named in the error (api-url, proxy or certificates), then run the check again.'
  }
}

function rateLimitMessage(outcome: EndpointOutcome): string {
  const reset = outcome.rateLimit.resetAtMs
  const when = reset === undefined ? '' : ` The limit resets at ${new Date(reset).toISOString()}.`
  return `Aircall's rate limit gave no verdict: ${outcome.verdict.reason}${when}${stopReason(outcome)} ${RATE_LIMIT_ADVICE}`
}

function stopReason(outcome: EndpointOutcome): string {
  switch (outcome.stop) {
    case 'final':
      return ''
    case 'attempts':
      return ` The check stopped after ${formatCount(outcome.attempts, 'attempt')}, the limit set by max-attempts.`
    case 'deadline':
      return (
        ` The check stopped after ${formatCount(outcome.attempts, 'attempt')}, because another wait would pass ` +
        'the deadline set by timeout-seconds.'
      )
    case 'reset-after-deadline':
      return (
        ' That is after the deadline set by timeout-seconds, so the check stopped without ' +
        'waiting.'
      )
  }
}

function hasRateLimit(info: RateLimitInfo): boolean {
  return info.limit !== undefined || info.remaining !== undefined || info.resetAtMs !== undefined
}

/**
 * Compares company names as people type them: Unicode-normalized, with whitespace collapsed and
 * trimmed, and case-insensitive by upper-casing, which also folds ß to SS. Accents still count.
 */
export function sameCompany(actual: string, expected: string): boolean {
  const normalize = (name: string): string =>
    name.normalize('NFKC').replace(/\s+/gu, ' ').trim().toUpperCase()
  return normalize(actual) === normalize(expected)
}

/**
 * Explains a mismatch between names that may look the same: non-ASCII letters such as a
 * Cyrillic А or an invisible zero-width space are listed with their code points.
 */
function describeLookAlikes(actual: string, expected: string): string {
  const unusual = new Set<string>()
  for (const character of `${actual}${expected}`) {
    const code = character.codePointAt(0) ?? 0
    if (code > 0x7e) {
      unusual.add(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`)
    }
  }

  if (unusual.size === 0) {
    return ''
  }
  const listed = [...unusual].slice(0, 10).join(', ')
  return ` The names contain characters outside ASCII (${listed}), which can look alike or be invisible.`
}
