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
    .map(value => collapseWhitespace(value))
  return parts.length === 0 ? undefined : truncate(parts.join(' - '))
}

/**
 * Shortens a body for a message: scripts, styles, comments and tags are dropped, entities decoded,
 * whitespace collapsed and the text cut to {@link MAX_EXCERPT_LENGTH} characters, so a 30 KB
 * CloudFront error page becomes one readable line. Every step is linear in the body length,
 * because the body comes from the server and may be built to stall a backtracking pattern.
 */
export function bodyExcerpt(body: string): string {
  if (looksBinary(body)) {
    return `[binary body of ${Buffer.byteLength(body)} bytes]`
  }

  let text = dropBlock(body, '<!--', '-->')
  for (const element of ['script', 'style']) {
    text = dropBlock(text, `<${element}`, `</${element}`)
  }
  text = text
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, entity => ENTITIES[entity] ?? entity)
  return truncate(collapseWhitespace(text))
}

/**
 * Removes every block from `open` to the end of `close` and the `>` after it, case-insensitive,
 * with indexOf scans only. An unclosed block runs to the end of the text.
 */
function dropBlock(text: string, open: string, close: string): string {
  const lower = text.toLowerCase()
  let result = ''
  let position = 0

  for (;;) {
    const start = lower.indexOf(open, position)
    if (start === -1) {
      return result + text.slice(position)
    }

    result += `${text.slice(position, start)} `
    const end = lower.indexOf(close, start + open.length)
    if (end === -1) {
      return result
    }

    const closeEnd = lower.indexOf('>', end)
    position = closeEnd === -1 ? text.length : closeEnd + 1
  }
}

/** Tells whether a decoded body is mostly binary: many replacement or control characters. */
function looksBinary(body: string): boolean {
  let odd = 0
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i)
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d)) {
      odd += 1
    }
  }
  return body.length > 0 && odd / body.length > 0.1
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

/** Replaces runs of whitespace, line breaks and control characters with one space. */
export function collapseWhitespace(text: string): string {
  // Control characters and line breaks are dropped too, so no excerpt can start a workflow
  // command on a line of its own.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim()
}

function truncate(text: string): string {
  return truncateText(text, MAX_EXCERPT_LENGTH)
}

/** Cuts text to `maxLength` characters, ending with an ellipsis when it was longer. */
export function truncateText(text: string, maxLength: number): string {
  if (text.length <= maxLength) {
    return text
  }
  return `${text.slice(0, maxLength - 1).trimEnd()}…`
}
