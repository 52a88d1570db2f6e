import type { Decision } from './decision.js'

/** Facts of a finished run for the job summary. */
export interface SummaryFacts {
  readonly decision: Decision
  readonly apiHost: string
  readonly durationMs: number
}

const SYMBOLS: Readonly<Record<Decision['level'], string>> = {
  info: '✅',
  warning: '⚠️',
  error: '❌'
}

/**
 * Builds the job summary: a heading and a two-column table. Every value is HTML-escaped here,
 * because `core.summary` writes raw HTML and an answer's text is not trusted.
 */
export function buildSummary(facts: SummaryFacts): string {
  const { decision } = facts
  const rows: [string, string][] = [
    ['Verdict', `${SYMBOLS[decision.level]} ${decision.title} (${decision.result})`],
    ['API host', facts.apiHost],
    [
      'HTTP status',
      decision.statusCode === undefined ? 'no response' : String(decision.statusCode)
    ],
    ['Attempts', String(decision.attempts)],
    ['Duration', `${facts.durationMs} ms`]
  ]

  if (decision.companyName !== undefined) {
    rows.push(['Company', decision.companyName])
  }

  const headroom = describeHeadroom(decision)
  if (headroom !== undefined) {
    rows.push(['Rate limit', headroom])
  }

  rows.push(['Request id', decision.requestId ?? 'none'])

  if (decision.nextStep !== undefined) {
    rows.push(['Next step', decision.nextStep])
  }

  const body = rows
    .map(
      ([name, value]) =>
        `<tr><th align="left">${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`
    )
    .join('\n')
  return `<h3>Aircall credentials check</h3>\n<table>\n${body}\n</table>\n`
}

function describeHeadroom(decision: Decision): string | undefined {
  const info = decision.rateLimit
  if (info === undefined) {
    return undefined
  }

  const parts: string[] = []
  if (info.remaining !== undefined) {
    const limit = info.limit === undefined ? '' : ` of ${info.limit}`
    parts.push(`${info.remaining}${limit} requests left`)
  }
  if (info.resetAtMs !== undefined) {
    parts.push(`resets at ${new Date(info.resetAtMs).toISOString()}`)
  }
  return parts.length === 0 ? undefined : parts.join(', ')
}

/**
 * Escapes text for HTML element content and quoted attribute values. Line breaks become spaces,
 * because a blank line would end the HTML block and let the rest render as Markdown.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
