import { describe, expect, it } from '@jest/globals'

import { Redactor } from '../../src/redaction.js'

describe('Redactor', () => {
  it('replaces every occurrence of a secret', () => {
    const redactor = new Redactor()
    redactor.add('s3cr3t-value')

    expect(redactor.redact('a s3cr3t-value b s3cr3t-value')).toBe('a *** b ***')
  })

  it('replaces a longer secret whole before a shorter one inside it', () => {
    const redactor = new Redactor()
    redactor.add('token')
    redactor.add('id:token')

    expect(redactor.redact('pair id:token')).toBe('pair ***')
  })

  it('ignores empty secrets', () => {
    const redactor = new Redactor()
    redactor.add('')

    expect(redactor.redact('text')).toBe('text')
  })
})
