import { describe, expect, it } from '@jest/globals'

import type { EndpointOutcome } from '../../src/check.js'
import { decideCheck, decideInvalidInput, sameCompany } from '../../src/decision.js'
import type { Exchange } from '../../src/exchange.js'
import type { Settings } from '../../src/inputs.js'
import { parseRateLimit } from '../../src/rate-limit.js'
import { classifyExchange, type Endpoint } from '../../src/verdict.js'
import { response, transportFailure } from './exchange-fixtures.js'

const SETTINGS: Settings = {
  apiId: 'id',
  apiToken: 'token',
  apiUrl: new URL('https://api.aircall.io'),
  timeoutMs: 60000,
  maxAttempts: 3,
  onUnavailable: 'fail',
  expect: 'valid',
  expectedCompany: undefined,
  nonAsciiInputs: []
}

function outcome(
  endpoint: Endpoint,
  exchange: Exchange,
  extra: Partial<EndpointOutcome> = {}
): EndpointOutcome {
  return {
    verdict: classifyExchange(endpoint, exchange),
    attempts: 1,
    lastExchange: exchange,
    rateLimit: parseRateLimit(exchange.headers, 0),
    stop: 'final',
    ...extra
  }
}

const PONG = outcome('ping', response(200, '{"ping":"pong"}'))
const FORBIDDEN = outcome('ping', response(403, '{"message":"Forbidden"}'))
const NO_CREDENTIALS = outcome('ping', response(401, '{"message":"Unauthorized"}'))
const OUTAGE = outcome('ping', response(503, ''), { attempts: 3, stop: 'attempts' })
const LIMITED = outcome(
  'ping',
  response(429, '{}', {
    'x-aircallapi-reset': '1800000000',
    'x-aircallapi-remaining': '0',
    'x-aircallapi-limit': '120'
  }),
  { stop: 'reset-after-deadline' }
)

function company(name: string): EndpointOutcome {
  return outcome('company', response(200, JSON.stringify({ company: { name } })))
}

describe('decideCheck', () => {
  const cases = [
    {
      name: 'valid key',
      settings: {},
      ping: PONG,
      company: undefined,
      result: 'authenticated',
      passed: true,
      level: 'info'
    },
    {
      name: 'rejected key',
      settings: {},
      ping: FORBIDDEN,
      company: undefined,
      result: 'unauthorized',
      passed: false,
      level: 'error'
    },
    {
      name: 'missing credentials',
      settings: {},
      ping: NO_CREDENTIALS,
      company: undefined,
      result: 'unauthorized',
      passed: false,
      level: 'error'
    },
    {
      name: 'outage',
      settings: {},
      ping: OUTAGE,
      company: undefined,
      result: 'unavailable',
      passed: false,
      level: 'error'
    },
    {
      name: 'outage with warn',
      settings: { onUnavailable: 'warn' },
      ping: OUTAGE,
      company: undefined,
      result: 'unavailable',
      passed: true,
      level: 'warning'
    },
    {
      name: 'rate limit',
      settings: {},
      ping: LIMITED,
      company: undefined,
      result: 'rate-limited',
      passed: false,
      level: 'error'
    },
    {
      name: 'rate limit with warn',
      settings: { onUnavailable: 'warn' },
      ping: LIMITED,
      company: undefined,
      result: 'rate-limited',
      passed: true,
      level: 'warning'
    },
    {
      name: 'revoked as expected',
      settings: { expect: 'revoked' },
      ping: FORBIDDEN,
      company: undefined,
      result: 'unauthorized',
      passed: true,
      level: 'info'
    },
    {
      name: 'still active',
      settings: { expect: 'revoked' },
      ping: PONG,
      company: undefined,
      result: 'authenticated',
      passed: false,
      level: 'error'
    },
    {
      name: '401 when revoked expected',
      settings: { expect: 'revoked' },
      ping: NO_CREDENTIALS,
      company: undefined,
      result: 'unauthorized',
      passed: false,
      level: 'error'
    },
    {
      name: 'outage when revoked expected with warn',
      settings: { expect: 'revoked', onUnavailable: 'warn' },
      ping: OUTAGE,
      company: undefined,
      result: 'unavailable',
      passed: false,
      level: 'error'
    },
    {
      name: 'rejected key with warn',
      settings: { onUnavailable: 'warn' },
      ping: FORBIDDEN,
      company: undefined,
      result: 'unauthorized',
      passed: false,
      level: 'error'
    },
    {
      name: 'matching company',
      settings: { expectedCompany: ' acme INC ' },
      ping: PONG,
      company: company('Acme Inc'),
      result: 'authenticated',
      passed: true,
      level: 'info'
    },
    {
      name: 'other company',
      settings: { expectedCompany: 'Acme Inc' },
      ping: PONG,
      company: company('Acme Staging'),
      result: 'wrong-company',
      passed: false,
      level: 'error'
    },
    {
      name: 'company lookup outage',
      settings: { expectedCompany: 'Acme' },
      ping: PONG,
      company: outcome('company', transportFailure({ code: 'ECONNRESET' })),
      result: 'unavailable',
      passed: false,
      level: 'error'
    }
  ] as const

  it.each(cases)('decides $name', ({ settings, ping, company, result, passed, level }) => {
    const decision = decideCheck({ ...SETTINGS, ...settings }, ping, company)

    expect(decision.result).toBe(result)
    expect(decision.passed).toBe(passed)
    expect(decision.level).toBe(level)
  })

  it.each(cases)('gives a title and message for $name', ({ settings, ping, company }) => {
    const decision = decideCheck({ ...SETTINGS, ...settings }, ping, company)

    expect(decision.title.length).toBeGreaterThan(5)
    expect(decision.message.length).toBeGreaterThan(20)
  })

  it('blames the company lookup, not the pair, for a later 403', () => {
    const rejected = outcome('company', response(403, '{"message":"Forbidden"}'))
    const decision = decideCheck({ ...SETTINGS, expectedCompany: 'Acme' }, PONG, rejected)

    expect(decision.result).toBe('unauthorized')
    expect(decision.title).toBe('Aircall rejected the company lookup')
    expect(decision.message).not.toMatch(/wrong or was revoked/)
  })

  it('tells a rejected pair from missing credentials', () => {
    const rejected = decideCheck(SETTINGS, FORBIDDEN, undefined)
    const missing = decideCheck(SETTINGS, NO_CREDENTIALS, undefined)

    expect(rejected.title).toBe('Aircall rejected the credentials')
    expect(rejected.message).toMatch(/Aircall Dashboard/)
    expect(missing.title).toBe('No credentials reached Aircall')
    expect(missing.message).toMatch(/which secrets the workflow passes/)
  })

  it('says when the limit resets and why it did not wait', () => {
    const decision = decideCheck(SETTINGS, LIMITED, undefined)

    expect(decision.message).toContain('2027-01-15T08:00:00.000Z')
    expect(decision.message).toContain('after the deadline')
    expect(decision.rateLimit?.remaining).toBe(0)
  })

  it('counts the requests of both endpoints', () => {
    const decision = decideCheck({ ...SETTINGS, expectedCompany: 'Acme' }, PONG, company('Other'))

    expect(decision.attempts).toBe(2)
    expect(decision.companyName).toBe('Other')
    expect(decision.message).toContain("'Other'")
    expect(decision.message).toContain("'Acme'")
  })

  it('lists look-alike characters of a mismatch', () => {
    const decision = decideCheck(
      { ...SETTINGS, expectedCompany: 'Acme' },
      PONG,
      company('\u0410cme')
    )

    expect(decision.result).toBe('wrong-company')
    expect(decision.message).toContain('U+0410')
  })

  it('does not suggest warn when it is set', () => {
    const decision = decideCheck({ ...SETTINGS, onUnavailable: 'warn' }, OUTAGE, undefined)

    expect(decision.message).not.toContain('Set on-unavailable: warn')
  })

  it('suggests warn when it could help', () => {
    expect(decideCheck(SETTINGS, OUTAGE, undefined).message).toContain('Set on-unavailable: warn')
  })

  it('gives a fix, not a rerun, for a lasting failure', () => {
    const redirect = outcome('ping', response(302, '', { location: 'https://x.example/' }))

    expect(decideCheck(SETTINGS, redirect, undefined).nextStep).toMatch(/^Fix the cause/)
  })

  it('blames the company lookup for its own outage', () => {
    const lookup = outcome('company', transportFailure({ code: 'ECONNRESET' }))
    const decision = decideCheck({ ...SETTINGS, expectedCompany: 'Acme' }, PONG, lookup)

    expect(decision.message).toMatch(/^Aircall accepted the ping, but the company lookup/)
    expect(decision.message).not.toContain('says nothing about the key')
  })

  it('mentions non-ASCII input when Aircall rejects the pair', () => {
    const decision = decideCheck(
      { ...SETTINGS, nonAsciiInputs: ['api-token'] },
      FORBIDDEN,
      undefined
    )

    expect(decision.message).toMatch(/'api-token' contains non-ASCII characters/)
  })

  it('takes the status and request id of the last answer', () => {
    const decision = decideCheck(SETTINGS, OUTAGE, undefined)

    expect(decision.statusCode).toBe(503)
    expect(decision.requestId).toBe('Req-1')
    expect(decision.attempts).toBe(3)
  })
})

describe('decideInvalidInput', () => {
  it('fails with every problem and no request', () => {
    const decision = decideInvalidInput(['first problem', 'second problem'])

    expect(decision.result).toBe('invalid-input')
    expect(decision.passed).toBe(false)
    expect(decision.attempts).toBe(0)
    expect(decision.message).toBe('first problem\nsecond problem')
  })
})

describe('sameCompany', () => {
  it.each([
    ['Acme', 'acme', true],
    ['  Acme Inc ', 'ACME INC', true],
    ['Café', 'CAFÉ', true],
    ['Straße', 'STRASSE', true],
    ['Acme  Inc', 'acme inc', true],
    ['Café', 'Cafe', false],
    ['Аcme', 'Acme', false],
    ['Acme', 'Acme Staging', false],
    ['Acme', '', false]
  ])('compares %j with %j', (actual, expected, same) => {
    expect(sameCompany(actual, expected)).toBe(same)
  })
})
