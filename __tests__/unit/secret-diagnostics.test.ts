import { randomBytes } from 'node:crypto'

import { describe, expect, it } from '@jest/globals'

import { diagnoseSecret, isBase64OfPair } from '../../src/secret-diagnostics.js'

const HEX_KEY = '0123456789abcdef0123456789abcdef'

describe('diagnoseSecret', () => {
  const problemCases: {
    name: string
    input: 'api-id' | 'api-token'
    raw: string
    expected: RegExp
  }[] = [
    {
      name: 'empty token',
      input: 'api-token',
      raw: '',
      expected: /'api-token' is empty.*fork.*Dependabot/
    },
    { name: 'blank id', input: 'api-id', raw: '  \n', expected: /'api-id' is empty/ },
    {
      name: 'inner line break',
      input: 'api-token',
      raw: `${HEX_KEY}\n${HEX_KEY}`,
      expected: /line break/
    },
    {
      name: 'inner carriage return',
      input: 'api-token',
      raw: `abcd\rabcd${HEX_KEY}`,
      expected: /line break/
    },
    {
      name: 'double quotes',
      input: 'api-token',
      raw: `"${HEX_KEY}"`,
      expected: /wrapped in quotes/
    },
    { name: 'single quotes', input: 'api-id', raw: `'${HEX_KEY}'`, expected: /wrapped in quotes/ },
    {
      name: 'typographic quotes',
      input: 'api-token',
      raw: `“${HEX_KEY}”`,
      expected: /wrapped in quotes/
    },
    {
      name: 'Basic prefix',
      input: 'api-token',
      raw: `Basic ${HEX_KEY}`,
      expected: /starts with 'Basic '/
    },
    {
      name: 'lower-case bearer',
      input: 'api-token',
      raw: `bearer ${HEX_KEY}`,
      expected: /starts with 'Bearer '/
    },
    {
      name: 'base64 of a pair',
      input: 'api-token',
      raw: Buffer.from(`${HEX_KEY}:${HEX_KEY}`).toString('base64'),
      expected: /base64 encoding of an 'id:token' pair/
    },
    {
      name: 'colon in id',
      input: 'api-id',
      raw: `${HEX_KEY}:${HEX_KEY}`,
      expected: /'api-id' contains ':'/
    },
    {
      name: 'NUL character',
      input: 'api-token',
      raw: `${HEX_KEY}\u0000`,
      expected: /control character at position 33/
    },
    {
      name: 'escape character',
      input: 'api-id',
      raw: `\u001b[0m${HEX_KEY}`,
      expected: /control character at position 1/
    },
    {
      name: 'C1 control',
      input: 'api-token',
      raw: `${HEX_KEY}\u0085x`,
      expected: /control character/
    }
  ]

  it.each(problemCases)('rejects $name', ({ input, raw, expected }) => {
    const diagnosis = diagnoseSecret(input, raw)

    expect(diagnosis.problems.join('\n')).toMatch(expected)
    expect(diagnosis.problems.join('\n')).toContain(`'${input}'`)
  })

  it.each(problemCases)('never prints the value for $name', ({ input, raw }) => {
    const text = [
      ...diagnoseSecret(input, raw).problems,
      ...diagnoseSecret(input, raw).warnings
    ].join('\n')

    if (raw.trim().length >= 4) {
      expect(text).not.toContain(raw.trim())
    }
    expect(text).not.toContain(HEX_KEY)
  })

  it('accepts a 32-character hexadecimal key silently', () => {
    const diagnosis = diagnoseSecret('api-token', HEX_KEY)

    expect(diagnosis.value).toBe(HEX_KEY)
    expect(diagnosis.problems).toEqual([])
    expect(diagnosis.warnings).toEqual([])
    expect(diagnosis.hasNonAscii).toBe(false)
  })

  it('accepts the documented example shape silently', () => {
    const diagnosis = diagnoseSecret('api-id', '1234ABCD5678EFGH')

    expect(diagnosis.problems).toEqual([])
    expect(diagnosis.warnings).toEqual([])
  })

  it.each([
    ['trailing newline', `${HEX_KEY}\n`],
    ['leading spaces', `  ${HEX_KEY}`],
    ['CRLF ending', `${HEX_KEY}\r\n`]
  ])('trims %s with a warning', (_name, raw) => {
    const diagnosis = diagnoseSecret('api-token', raw)

    expect(diagnosis.value).toBe(HEX_KEY)
    expect(diagnosis.problems).toEqual([])
    expect(diagnosis.warnings).toHaveLength(1)
    expect(diagnosis.warnings[0]).toMatch(/'api-token' has surrounding whitespace/)
    expect(diagnosis.warnings[0]).toMatch(/other tools/)
  })

  it.each([
    ['short key', 'abc123', /6 characters long/],
    ['long key', 'a'.repeat(100), /100 characters long/],
    ['dashes', 'abcd-efgh-ijkl-mnop-qrst', /characters other than letters and digits/],
    ['non-ASCII', 'clé0123456789abcdef', /non-ASCII characters/]
  ])('warns but accepts %s', (_name, raw, expected) => {
    const diagnosis = diagnoseSecret('api-token', raw)

    expect(diagnosis.problems).toEqual([])
    expect(diagnosis.warnings.join('\n')).toMatch(expected)
  })

  it('flags non-ASCII values', () => {
    expect(diagnoseSecret('api-id', 'ñandú-0123456789').hasNonAscii).toBe(true)
    expect(diagnoseSecret('api-id', HEX_KEY).hasNonAscii).toBe(false)
  })

  it('reports every problem of one value', () => {
    const diagnosis = diagnoseSecret('api-id', '"a:b\u0007"')

    expect(diagnosis.problems).toHaveLength(3)
  })
})

describe('isBase64OfPair', () => {
  it.each([
    ['id:token', true],
    ['1234ABCD5678EFGH:9876LMNO5432PQRS', true],
    ['ümlaut:ñ', true],
    [':token', false],
    ['id:', false],
    ['no colon here', false],
    ['line\nbreak:x', false]
  ])('decodes base64 of %j as %s', (text, expected) => {
    expect(isBase64OfPair(Buffer.from(text).toString('base64'))).toBe(expected)
  })

  it.each([
    ['too short', 'YTpi'.slice(0, 3)],
    ['not base64', 'not base64 at all'],
    ['base64url alphabet', 'aWQ6dG9r_-__'],
    ['non-canonical padding', 'aWQ6dG9rZQ=x']
  ])('rejects %s', (_name, value) => {
    expect(isBase64OfPair(value)).toBe(false)
  })

  it('never matches random hexadecimal keys', () => {
    const flagged: string[] = []
    for (let i = 0; i < 20000; i++) {
      const key = randomBytes(16).toString('hex')
      if (isBase64OfPair(key)) {
        flagged.push(key)
      }
    }

    expect(flagged).toEqual([])
  })
})
