/** Maximum length of a body excerpt in a message, in characters. */
export const MAX_EXCERPT_LENGTH = 200

/**
 * Returns the text of an Aircall error body. Its edge sends `{"message": …}` and its application
 * sends `{"error": …, "troubleshoot": …}`, so every field present is kept.
 */
export function aircallMessage(body: string): string | undefined {
  const parsed = parseJsonObject(body)
  if (parsed === undefined) {
    return undefined
  }

  const parts = ['message', 'error', 'troubleshoot']
    .map(field => parsed[field])
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .map(value => collapse(value))
  return parts.length === 0 ? undefined : truncate(parts.join(' - '))
}

/**
 * Shortens a body for a message: scripts, styles and tags are dropped, entities decoded,
 * whitespace collapsed and the text cut to {@link MAX_EXCERPT_LENGTH} characters, so a 30 KB
 * CloudFront error page becomes one readable line.
 */
export function bodyExcerpt(body: string): string {
  const text = body
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, entity => ENTITIES[entity] ?? entity)
  return truncate(collapse(text))
}

/** Describes a body for a message: Aircall's own words when it sent JSON, else an excerpt. */
export function describeBody(body: string): string | undefined {
  const message = aircallMessage(body)
  if (message !== undefined) {
    return message
  }

  const excerpt = bodyExcerpt(body)
  return excerpt === '' ? undefined : excerpt
}

/** Parses a body as a JSON object, or returns undefined for anything else. */
export function parseJsonObject(body: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body)
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>
    }
  } catch {
    // Not JSON: the caller falls back to an excerpt.
  }
  return undefined
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'"
}

function collapse(text: string): string {
  // Control characters and line breaks are dropped too, so no excerpt can start a workflow
  // command on a line of its own.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim()
}

function truncate(text: string): string {
  if (text.length <= MAX_EXCERPT_LENGTH) {
    return text
  }
  return `${text.slice(0, MAX_EXCERPT_LENGTH - 1).trimEnd()}…`
}
