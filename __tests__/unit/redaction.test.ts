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

  it('replaces a cut piece of a secret', () => {
    const redactor = new Redactor()
    redactor.add('0123456789abcdef0123456789abcdef')

    expect(redactor.redact('echo: 0123456789abcdef01234…')).toBe('echo: ***…')
  })

  it('replaces each line of a wrapped secret', () => {
    const encoded = Buffer.from(`${'a'.repeat(32)}:${'b'.repeat(32)}`).toString('base64')
    const redactor = new Redactor()
    redactor.add(encoded)

    const wrapped = `Authorization: Basic ${encoded.slice(0, 40)}\n${encoded.slice(40)}`

    expect(redactor.redact(wrapped)).toBe('Authorization: Basic ***\n***')
  })

  it('keeps pieces shorter than the minimum', () => {
    const redactor = new Redactor()
    redactor.add('0123456789abcdef')

    expect(redactor.redact('id 0123456 and 9abcdef')).toBe('id 0123456 and 9abcdef')
  })

  it('leaves text without secrets unchanged', () => {
    const redactor = new Redactor()
    redactor.add('0123456789abcdef')

    expect(redactor.redact('HTTP 403 Forbidden')).toBe('HTTP 403 Forbidden')
  })
})
