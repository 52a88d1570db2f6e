import { MISSING_SECRET_ADVICE } from './advice.js'
import { parseApiUrl } from './api-url.js'
import { diagnoseSecret } from './secret-diagnostics.js'

/** Every input the action reads, as declared in action.yml. */
export const INPUT_NAMES = [
  'api-id',
  'api-token',
  'api-url',
  'timeout-seconds',
  'max-attempts',
  'on-unavailable',
  'expect',
  'expected-company'
] as const

export type InputName = (typeof INPUT_NAMES)[number]

/** Raw input values, untrimmed, as the runner passed them. A missing input is an empty string. */
export type RawInputs = Readonly<Record<InputName, string>>

export type OnUnavailable = 'fail' | 'warn'
export type Expectation = 'valid' | 'revoked'

/** Validated settings of one run. */
export interface Settings {
  readonly apiId: string
  readonly apiToken: string
  readonly apiUrl: URL
  readonly timeoutMs: number
  readonly maxAttempts: number
  readonly onUnavailable: OnUnavailable
  readonly expect: Expectation
  /** Company name the key must belong to; undefined skips the company lookup. */
  readonly expectedCompany: string | undefined
  /** Names of the secret inputs that contain non-ASCII characters. */
  readonly nonAsciiInputs: readonly string[]
}

export type InputParse =
  | { readonly settings: Settings; readonly warnings: readonly string[] }
  | { readonly problems: readonly string[]; readonly warnings: readonly string[] }

/** Below one second, even a loopback check has no time for a retry. */
export const MIN_TIMEOUT_SECONDS = 1
export const MAX_TIMEOUT_SECONDS = 3600
export const MAX_ATTEMPTS_LIMIT = 10

/**
 * Validates the raw inputs into settings. Every problem is collected, so one run reports all
 * mistakes at once. Messages name the input and the rule; secret values never appear in them.
 */
export function parseInputs(raw: RawInputs): InputParse {
  const problems: string[] = []
  const warnings: string[] = []

  const id = diagnoseSecret('api-id', raw['api-id'])
  const token = diagnoseSecret('api-token', raw['api-token'])
  if (id.value === '' && token.value === '') {
    // One message, so the advice on missing secrets is not printed twice.
    problems.push(`Inputs 'api-id' and 'api-token' are both empty. ${MISSING_SECRET_ADVICE}`)
  } else {
    for (const diagnosis of [id, token]) {
      problems.push(...diagnosis.problems)
    }
  }
  warnings.push(...id.warnings, ...token.warnings)

  const apiUrl = parseApiUrl(raw['api-url'])
  if ('problem' in apiUrl) {
    problems.push(apiUrl.problem)
  } else if (/\/v\d+$/.test(apiUrl.url.pathname)) {
    warnings.push(
      `Input 'api-url' ends with '${apiUrl.url.pathname}', but the action appends /v1/ping ` +
        'itself. If requests fail with 404, give the base URL, such as https://api.aircall.io.'
    )
  }

  const timeoutSeconds = parseNumber(raw['timeout-seconds'], {
    name: 'timeout-seconds',
    integer: false,
    min: MIN_TIMEOUT_SECONDS,
    max: MAX_TIMEOUT_SECONDS,
    rule: `a number of seconds from ${MIN_TIMEOUT_SECONDS} to ${MAX_TIMEOUT_SECONDS}`,
    fallback: 60
  })
  const maxAttempts = parseNumber(raw['max-attempts'], {
    name: 'max-attempts',
    integer: true,
    min: 1,
    max: MAX_ATTEMPTS_LIMIT,
    rule: `a whole number from 1 to ${MAX_ATTEMPTS_LIMIT}`,
    fallback: 3
  })
  const onUnavailable = parseChoice(raw['on-unavailable'], 'on-unavailable', ['fail', 'warn'])
  const expect = parseChoice(raw['expect'], 'expect', ['valid', 'revoked'])
  for (const parsed of [timeoutSeconds, maxAttempts, onUnavailable, expect]) {
    if ('problem' in parsed) {
      problems.push(parsed.problem)
    }
  }

  if (
    problems.length > 0 ||
    'problem' in apiUrl ||
    'problem' in timeoutSeconds ||
    'problem' in maxAttempts ||
    'problem' in onUnavailable ||
    'problem' in expect
  ) {
    return { problems, warnings }
  }

  const expectedCompany = raw['expected-company'].trim()
  const nonAsciiInputs = [id.hasNonAscii ? 'api-id' : '', token.hasNonAscii ? 'api-token' : '']

  const settings: Settings = {
    apiId: id.value,
    apiToken: token.value,
    apiUrl: apiUrl.url,
    timeoutMs: Math.round(timeoutSeconds.value * 1000),
    maxAttempts: maxAttempts.value,
    onUnavailable: onUnavailable.value,
    expect: expect.value,
    expectedCompany: expectedCompany === '' ? undefined : expectedCompany,
    nonAsciiInputs: nonAsciiInputs.filter(name => name !== '')
  }
  return { settings, warnings }
}

interface NumberRule {
  readonly name: InputName
  readonly integer: boolean
  readonly min: number
  readonly max: number
  readonly rule: string
  readonly fallback: number
}

function parseNumber(
  raw: string,
  rule: NumberRule
): { readonly value: number } | { readonly problem: string } {
  const text = raw.trim()
  if (text === '') {
    return { value: rule.fallback }
  }

  const pattern = rule.integer ? /^\d+$/ : /^\d+(\.\d+)?$/
  const value = Number(text)
  if (!pattern.test(text) || value < rule.min || value > rule.max) {
    return {
      problem:
        `Input '${rule.name}' is '${text}', but it must be ${rule.rule}. ` +
        `Leave it out to use the default, ${rule.fallback}.`
    }
  }

  return { value }
}

function parseChoice<Choice extends string>(
  raw: string,
  name: InputName,
  choices: readonly [Choice, ...Choice[]]
): { readonly value: Choice } | { readonly problem: string } {
  const text = raw.trim().toLowerCase()
  if (text === '') {
    return { value: choices[0] }
  }

  const choice = choices.find(candidate => candidate === text)
  if (choice === undefined) {
    return {
      problem:
        `Input '${name}' is '${raw.trim()}', but it must be one of: ${choices.join(', ')}. ` +
        `Leave it out to use the default, ${choices[0]}.`
    }
  }

  return { value: choice }
}
