import { describe, expect, it } from '@jest/globals'

import { decideInvalidInput, type Decision } from '../../src/decision.js'
import { buildSummary, escapeHtml } from '../../src/summary.js'

const ACCEPTED: Decision = {
  result: 'authenticated',
  passed: true,
  level: 'info',
  title: 'Aircall credentials accepted',
  message: 'ok',
  nextStep: undefined,
  statusCode: 200,
  requestId: 'Req-1',
  attempts: 1,
  companyName: 'Acme <script>alert(1)</script>',
  rateLimit: { limit: 120, remaining: 7, resetAtMs: Date.UTC(2026, 11, 4, 12, 0, 0) }
}

describe('buildSummary', () => {
  it('shows every fact of an accepted check', () => {
    const html = buildSummary({ decision: ACCEPTED, apiHost: 'api.aircall.io', durationMs: 42 })

    expect(html).toContain('✅ Aircall credentials accepted (authenticated)')
    expect(html).toContain('<td>api.aircall.io</td>')
    expect(html).toContain('<td>200</td>')
    expect(html).toContain('<td>42 ms</td>')
    expect(html).toContain('7 of 120 requests left, resets at 2026-12-04T12:00:00.000Z')
    expect(html).toContain('<td>Req-1</td>')
    expect(html).not.toContain('Next step')
  })

  it('escapes values', () => {
    const html = buildSummary({ decision: ACCEPTED, apiHost: 'api.aircall.io', durationMs: 1 })

    expect(html).toContain('Acme &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>')
  })

  it('gives the next step of a failed check', () => {
    const html = buildSummary({
      decision: decideInvalidInput(['x']),
      apiHost: 'unknown',
      durationMs: 3
    })

    expect(html).toContain('❌ Invalid input (invalid-input)')
    expect(html).toContain('<td>no response</td>')
    expect(html).toContain('Next step')
    expect(html).not.toContain('Rate limit')
    expect(html).not.toContain('Company')
  })
})

describe('escapeHtml', () => {
  it('turns line breaks into spaces', () => {
    expect(escapeHtml('Acme\n\n# Heading\r\n![x](y)')).toBe('Acme # Heading ![x](y)')
  })

  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
    )
  })
})
