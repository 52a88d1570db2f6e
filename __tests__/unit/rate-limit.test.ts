import { describe, expect, it } from '@jest/globals'

import { parseRateLimit } from '../../src/rate-limit.js'

const NOW = Date.UTC(2026, 11, 4, 12, 0, 0)

describe('parseRateLimit', () => {
  it.each([
    ['epoch seconds', { 'x-aircallapi-reset': String(NOW / 1000 + 30) }, NOW + 30000],
    ['epoch milliseconds', { 'x-aircallapi-reset': String(NOW + 1500) }, NOW + 1500],
    ['Retry-After seconds', { 'retry-after': '7' }, NOW + 7000],
    ['Retry-After HTTP date', { 'retry-after': new Date(NOW + 60000).toUTCString() }, NOW + 60000],
    [
      'the later of both',
      { 'x-aircallapi-reset': String(NOW / 1000 + 5), 'retry-after': '20' },
      NOW + 20000
    ],
    ['a past reset as given', { 'x-aircallapi-reset': String(NOW / 1000 - 10) }, NOW - 10000]
  ])('reads %s', (_name, headers, expected) => {
    expect(parseRateLimit(headers, NOW).resetAtMs).toBe(expected)
  })

  it.each([
    ['no headers', {}],
    ['garbage reset', { 'x-aircallapi-reset': 'soon' }],
    ['negative reset', { 'x-aircallapi-reset': '-5' }],
    ['garbage Retry-After', { 'retry-after': 'later' }],
    ['empty Retry-After', { 'retry-after': ' ' }],
    ['a reset beyond the Date range', { 'x-aircallapi-reset': '9999999999999999' }],
    ['a Retry-After beyond the Date range', { 'retry-after': '99999999999999' }]
  ])('ignores %s', (_name, headers) => {
    expect(parseRateLimit(headers, NOW).resetAtMs).toBeUndefined()
  })

  it('reads the limit and what remains', () => {
    const info = parseRateLimit({ 'x-aircallapi-limit': '120', 'x-aircallapi-remaining': '0' }, NOW)

    expect(info.limit).toBe(120)
    expect(info.remaining).toBe(0)
  })

  it('ignores counts that are not safe whole numbers', () => {
    const info = parseRateLimit(
      { 'x-aircallapi-limit': '1e3', 'x-aircallapi-remaining': '9'.repeat(400) },
      NOW
    )

    expect(info.limit).toBeUndefined()
    expect(info.remaining).toBeUndefined()
  })
})
