import { describe, expect, it } from '@jest/globals'

import {
  aircallMessage,
  bodyExcerpt,
  describeBody,
  MAX_EXCERPT_LENGTH
} from '../../src/body-excerpt.js'

describe('aircallMessage', () => {
  it.each([
    ['edge shape', '{"message":"Forbidden"}', 'Forbidden'],
    [
      'application shape',
      '{"error":"Unauthorized","troubleshoot":"Check your API key"}',
      'Unauthorized - Check your API key'
    ],
    ['all three fields', '{"message":"a","error":"b","troubleshoot":"c"}', 'a - b - c'],
    ['line breaks', '{"message":"first\\nsecond"}', 'first second']
  ])('reads the %s', (_name, body, expected) => {
    expect(aircallMessage(body)).toBe(expected)
  })

  it.each([
    ['HTML', '<html></html>'],
    ['an array', '["message"]'],
    ['no known field', '{"detail":"x"}'],
    ['non-string fields', '{"message":5}']
  ])('returns nothing for %s', (_name, body) => {
    expect(aircallMessage(body)).toBeUndefined()
  })
})

describe('bodyExcerpt', () => {
  it('drops tags, scripts, styles and comments', () => {
    const html =
      '<html><head><style>p{color:red}</style><script>alert(1)</script></head>' +
      '<body><!-- hidden --><h1>Bad&nbsp;gateway</h1><p>Try &amp; retry &lt;soon&gt;</p></body></html>'

    expect(bodyExcerpt(html)).toBe('Bad gateway Try & retry <soon>')
  })

  it('cuts long text to the maximum length', () => {
    const excerpt = bodyExcerpt('word '.repeat(1000))

    expect(excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH)
    expect(excerpt.endsWith('…')).toBe(true)
  })

  it('strips text between stray brackets', () => {
    expect(bodyExcerpt('a < b and c > d <p>e')).toBe('a d e')
  })

  it('drops an unclosed script to the end', () => {
    expect(bodyExcerpt('before<script>never closed')).toBe('before')
  })

  it.each([
    ['stray brackets', '<'.repeat(65536), `${'<'.repeat(199)}…`],
    ['unclosed scripts', `text${'<script'.repeat(8192)}`, 'text'],
    ['unclosed comments', `text${'<!--'.repeat(16384)}`, 'text']
  ])('reduces a body of %s', (_name, body, expected) => {
    // These bodies made the earlier backtracking patterns take over a second each.
    expect(bodyExcerpt(body)).toBe(expected)
  })

  it('summarizes a binary body', () => {
    const binary = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 256)).toString(
      'utf8'
    )

    expect(bodyExcerpt(binary)).toMatch(/^\[binary body of \d+ bytes\]$/)
  })

  it('removes line breaks and control characters', () => {
    expect(bodyExcerpt('line one\r\n::add-mask::x\u0007\u001b[31m')).toBe(
      'line one ::add-mask::x [31m'
    )
  })
})

describe('describeBody', () => {
  it('prefers Aircall words over an excerpt', () => {
    expect(describeBody('{"message":"Not Found"}')).toBe('Not Found')
  })

  it('returns nothing for an empty body', () => {
    expect(describeBody('  \n ')).toBeUndefined()
  })
})
