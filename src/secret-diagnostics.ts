import { MISSING_SECRET_ADVICE, PASTE_AGAIN_ADVICE } from './advice.js'
import { formatCount } from './format.js'

export type SecretInputName = 'api-id' | 'api-token'

/** Findings of the checks on one secret input. Messages name the input, never its value. */
export interface SecretDiagnosis {
  /** The value the check uses: the input with surrounding whitespace removed. */
  readonly value: string
  /** Paste mistakes that make the check pointless: each one makes the result invalid-input. */
  readonly problems: readonly string[]
  /** Oddities the check survives. */
  readonly warnings: readonly string[]
  /** True when the value has characters outside ASCII, which real Aircall keys do not have. */
  readonly hasNonAscii: boolean
}

// Line breaks get their own message, so they are left out of this class.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/
const LINE_BREAK = /[\r\n\u2028\u2029]/
const QUOTE_PAIRS = ['""', "''", '``', '“”', '‘’', '«»']
const HEADER_PREFIX = /^(basic|bearer)\s/i
const STRICT_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/
const USUAL_KEY = /^[A-Za-z0-9]{16,64}$/

/**
 * Diagnoses one secret input as the runner passed it, before any request. Real keys are 32
 * hexadecimal characters, and the documented example is 16 upper-case letters and digits, but
 * Aircall publishes no format, so an unusual shape only warns.
 */
export function diagnoseSecret(name: SecretInputName, raw: string): SecretDiagnosis {
  const value = raw.trim()
  const problems: string[] = []
  const warnings: string[] = []
  const hasNonAscii = containsNonAscii(value)

  if (value === '') {
    problems.push(`Input '${name}' is empty. ${MISSING_SECRET_ADVICE}`)
    return { value, problems, warnings, hasNonAscii }
  }

  if (value.length !== raw.length) {
    warnings.push(
      `Input '${name}' has surrounding whitespace or a line ending ` +
        `(${formatCount(raw.length - value.length, 'character')}), which the check removed. Remove it from the ` +
        'secret too, because other tools that read the same secret may not trim it.'
    )
  }

  if (LINE_BREAK.test(value)) {
    problems.push(
      `Input '${name}' contains a line break inside the value, as happens when a key is copied ` +
        `across a wrapped line or two values are pasted together. ${PASTE_AGAIN_ADVICE}`
    )
  }

  const control = CONTROL_CHARACTER.exec(value)
  if (control !== null) {
    problems.push(
      `Input '${name}' contains a control character at position ${control.index + 1}, which ` +
        `copying from a terminal or a rich-text editor can add. ${PASTE_AGAIN_ADVICE}`
    )
  }

  if (isWrappedInQuotes(value)) {
    problems.push(
      `Input '${name}' is wrapped in quotes, so the quotes became part of the secret. Save the ` +
        'secret again without them.'
    )
  }

  const prefix = HEADER_PREFIX.exec(value)
  if (prefix !== null) {
    const scheme = prefix[1] === undefined ? 'Basic' : capitalize(prefix[1])
    problems.push(
      `Input '${name}' starts with '${scheme} ', so it contains an Authorization header value ` +
        `instead of the bare ${describe(name)}. Save only the ${describe(name)} from the Aircall ` +
        'Dashboard; the action builds the header itself.'
    )
  }

  if (prefix === null && isBase64OfPair(value)) {
    problems.push(
      `Input '${name}' is the base64 encoding of an 'id:token' pair, the form an Authorization ` +
        'header carries. Save the API ID and the API token as two separate secrets; the action ' +
        'encodes them itself.'
    )
  }

  if (name === 'api-id' && value.includes(':')) {
    problems.push(
      "Input 'api-id' contains ':', which a Basic authentication user name cannot carry. This " +
        "usually means 'id:token' was pasted into one secret. Save the API ID and the API token " +
        'as two separate secrets.'
    )
  }

  if (problems.length === 0 && !USUAL_KEY.test(value)) {
    const alphabet = hasNonAscii
      ? 'non-ASCII characters'
      : /[^A-Za-z0-9]/.test(value)
        ? 'characters other than letters and digits'
        : 'only letters and digits'
    warnings.push(
      `Input '${name}' is ${formatCount(value.length, 'character')} long and contains ${alphabet}, while ` +
        `Aircall ${describe(name)}s are usually 32 hexadecimal characters. The check goes on; if ` +
        'Aircall rejects the key, check that this is the right secret.'
    )
  }

  return { value, problems, warnings, hasNonAscii }
}

function containsNonAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) > 0x7f) {
      return true
    }
  }
  return false
}

function describe(name: SecretInputName): string {
  return name === 'api-id' ? 'API ID' : 'API token'
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}

function isWrappedInQuotes(value: string): boolean {
  if (value.length < 2) {
    return false
  }

  const ends = `${value.charAt(0)}${value.charAt(value.length - 1)}`
  return QUOTE_PAIRS.includes(ends)
}

/**
 * Tells whether a value is exactly the base64 of printable UTF-8 text `something:something`.
 * The decoding must round-trip and be valid UTF-8, so a hexadecimal key, which is also valid
 * base64, decodes to binary noise and does not match.
 */
export function isBase64OfPair(value: string): boolean {
  if (value.length < 4 || value.length % 4 !== 0 || !STRICT_BASE64.test(value)) {
    return false
  }

  const bytes = Buffer.from(value, 'base64')
  if (bytes.toString('base64') !== value) {
    return false
  }

  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return false
  }

  const colon = text.indexOf(':')
  const printable = !CONTROL_CHARACTER.test(text) && !LINE_BREAK.test(text)
  return printable && colon > 0 && colon < text.length - 1
}
