import { describe, expect, it } from '@jest/globals'

import { parseInputs, type RawInputs } from '../../src/inputs.js'

const ID = '0123456789abcdef0123456789abcdef'
const TOKEN = 'fedcba9876543210fedcba9876543210'

/** Inputs as the runner passes them with action.yml's defaults applied. */
function rawInputs(overrides: Partial<RawInputs> = {}): RawInputs {
  return {
    'api-id': ID,
    'api-token': TOKEN,
    'api-url': 'https://api.aircall.io',
    'timeout-seconds': '60',
    'max-attempts': '3',
    'on-unavailable': 'fail',
    expect: 'valid',
    'expected-company': '',
    ...overrides
  }
}

describe('parseInputs', () => {
  it('builds settings from the defaults', () => {
    const parsed = parseInputs(rawInputs())
    if (!('settings' in parsed)) {
      throw new Error(parsed.problems.join('\n'))
    }

    expect(parsed.settings).toEqual({
      apiId: ID,
      apiToken: TOKEN,
      apiUrl: new URL('https://api.aircall.io'),
      timeoutMs: 60000,
      maxAttempts: 3,
      onUnavailable: 'fail',
      expect: 'valid',
      expectedCompany: undefined,
      nonAsciiInputs: []
    })
    expect(parsed.warnings).toEqual([])
  })

  it.each([
    ['timeout-seconds', { 'timeout-seconds': '2.5' }, 'timeoutMs', 2500],
    ['max-attempts', { 'max-attempts': '1' }, 'maxAttempts', 1],
    ['on-unavailable', { 'on-unavailable': 'warn' }, 'onUnavailable', 'warn'],
    ['upper-case choice', { 'on-unavailable': ' WARN ' }, 'onUnavailable', 'warn'],
    ['expect', { expect: 'revoked' }, 'expect', 'revoked'],
    ['expected-company', { 'expected-company': '  Acme Inc ' }, 'expectedCompany', 'Acme Inc'],
    ['empty timeout', { 'timeout-seconds': '' }, 'timeoutMs', 60000]
  ] as const)('reads %s', (_name, overrides, key, expected) => {
    const parsed = parseInputs(rawInputs(overrides))
    if (!('settings' in parsed)) {
      throw new Error(parsed.problems.join('\n'))
    }

    expect(parsed.settings[key]).toEqual(expected)
  })

  it.each([
    ['zero timeout', { 'timeout-seconds': '0' }, /'timeout-seconds' is '0'.*from 1 to 3600/],
    ['sub-second timeout', { 'timeout-seconds': '0.5' }, /'timeout-seconds' is '0.5'/],
    ['negative timeout', { 'timeout-seconds': '-5' }, /'timeout-seconds'/],
    ['huge timeout', { 'timeout-seconds': '3601' }, /from 1 to 3600/],
    ['timeout with unit', { 'timeout-seconds': '60s' }, /'timeout-seconds' is '60s'/],
    ['zero attempts', { 'max-attempts': '0' }, /'max-attempts' is '0'.*from 1 to 10/],
    ['fractional attempts', { 'max-attempts': '2.5' }, /'max-attempts'/],
    ['too many attempts', { 'max-attempts': '11' }, /'max-attempts'/],
    [
      'unknown on-unavailable',
      { 'on-unavailable': 'ignore' },
      /'on-unavailable' is 'ignore'.*fail, warn/
    ],
    ['unknown expect', { expect: 'invalid' }, /'expect' is 'invalid'.*valid, revoked/],
    ['plain http URL', { 'api-url': 'http://api.aircall.io' }, /'api-url'/],
    ['empty id', { 'api-id': '' }, /'api-id' is empty/],
    ['empty token', { 'api-token': '' }, /'api-token' is empty/]
  ] as const)('rejects %s', (_name, overrides, expected) => {
    const parsed = parseInputs(rawInputs(overrides))

    expect('problems' in parsed).toBe(true)
    if ('problems' in parsed) {
      expect(parsed.problems.join('\n')).toMatch(expected)
    }
  })

  it('reports every invalid input at once', () => {
    const parsed = parseInputs(
      rawInputs({ 'api-id': '', 'api-token': `"${TOKEN}"`, 'max-attempts': 'x' })
    )

    expect('problems' in parsed).toBe(true)
    expect('problems' in parsed && parsed.problems).toHaveLength(3)
  })

  it('gives the missing-secret advice once for two empty secrets', () => {
    const parsed = parseInputs(rawInputs({ 'api-id': '', 'api-token': '' }))
    const text = 'problems' in parsed ? parsed.problems.join('\n') : ''

    expect(text).toContain("Inputs 'api-id' and 'api-token' are both empty")
    expect(text.match(/triggered from a fork/g)).toHaveLength(1)
  })

  it('keeps warnings next to problems', () => {
    const parsed = parseInputs(rawInputs({ 'api-id': ` ${ID} `, 'api-token': '' }))

    expect(parsed.warnings.join('\n')).toMatch(/'api-id' has surrounding whitespace/)
    expect('problems' in parsed).toBe(true)
  })

  it('warns about an api-url that ends with a version', () => {
    const parsed = parseInputs(rawInputs({ 'api-url': 'https://api.aircall.io/v1' }))

    expect('settings' in parsed).toBe(true)
    expect(parsed.warnings.join('\n')).toMatch(/'api-url' ends with '\/v1'/)
  })

  it('records non-ASCII secret inputs', () => {
    const parsed = parseInputs(rawInputs({ 'api-token': `${TOKEN}é` }))
    if (!('settings' in parsed)) {
      throw new Error(parsed.problems.join('\n'))
    }

    expect(parsed.settings.nonAsciiInputs).toEqual(['api-token'])
  })
})
