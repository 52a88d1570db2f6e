import { describe, expect, it } from '@jest/globals'

import { basicAuthorization, credentialForms } from '../../src/credentials.js'

describe('basicAuthorization', () => {
  it.each([
    // The example pair and header from Aircall's Basic authentication tutorial.
    ['1234ABCD5678EFGH', '9876LMNO5432PQRS', 'Basic MTIzNEFCQ0Q1Njc4RUZHSDo5ODc2TE1OTzU0MzJQUVJT'],
    ['id', 'token', 'Basic aWQ6dG9rZW4='],
    // UTF-8, not Latin-1: é is two bytes.
    ['idé', 'tök', 'Basic aWTDqTp0w7Zr'],
    ['id', 'to:ken', 'Basic aWQ6dG86a2Vu']
  ])('encodes %s and %s', (id, token, expected) => {
    expect(basicAuthorization(id, token)).toBe(expected)
  })

  it('never wraps long credentials', () => {
    const header = basicAuthorization('a'.repeat(200), 'b'.repeat(200))

    expect(header).not.toMatch(/\s.*\s/)
  })
})

describe('credentialForms', () => {
  it('lists the token, the id, the pair and its base64', () => {
    expect(credentialForms('1234ABCD5678EFGH', '9876LMNO5432PQRS').sort()).toEqual(
      [
        '9876LMNO5432PQRS',
        '1234ABCD5678EFGH',
        '1234ABCD5678EFGH:9876LMNO5432PQRS',
        'MTIzNEFCQ0Q1Njc4RUZHSDo5ODc2TE1OTzU0MzJQUVJT'
      ].sort()
    )
  })

  it('includes raw untrimmed values and the trimmed ones', () => {
    const forms = credentialForms('idid ', ' tokentoken\n')

    expect(forms).toContain('idid ')
    expect(forms).toContain(' tokentoken\n')
    expect(forms).toContain('tokentoken')
    expect(forms).toContain('idid:tokentoken')
    expect(forms).toContain(Buffer.from('idid:tokentoken').toString('base64'))
  })

  it('masks each line of a multi-line value', () => {
    const forms = credentialForms('someid', 'firstline\nsecondline')

    expect(forms).toContain('firstline')
    expect(forms).toContain('secondline')
  })

  it('leaves out empty and very short fragments', () => {
    const forms = credentialForms('', 'abcdefgh\nxy')

    expect(forms).not.toContain('')
    expect(forms).not.toContain('xy')
  })

  it('lists nothing for two empty inputs', () => {
    expect(credentialForms('', '')).toEqual([])
  })
})
