/** Minimum length of a derived form (a line of a value, an upper-case copy) that is masked. */
const MIN_MASKED_LENGTH = 4

/** Builds the value of the Authorization header: Basic with base64 of UTF-8 `id:token`. */
export function basicAuthorization(apiId: string, apiToken: string): string {
  return `Basic ${basicCredential(apiId, apiToken)}`
}

function basicCredential(apiId: string, apiToken: string): string {
  return Buffer.from(`${apiId}:${apiToken}`, 'utf8').toString('base64')
}

/**
 * Lists every form of the credentials that must be masked: the ID, the token, `id:token` and its
 * base64 (which also covers the full header). The raw input values are included when they differ
 * from the trimmed ones, and so is each line of a multi-line value, because the runner masks a
 * registered secret line by line. Empty strings are left out, since masking one makes the runner
 * warn.
 */
export function credentialForms(rawId: string, rawToken: string): string[] {
  const forms = new Set<string>()
  const id = rawId.trim()
  const token = rawToken.trim()

  for (const value of [rawToken, token, rawId, id]) {
    forms.add(value)
    for (const line of value.split(/\r\n|[\r\n\u2028\u2029]/)) {
      // NOTE: fragments under 4 characters stay unmasked, because masking them would garble
      // every log line that happens to contain those characters.
      if (line.trim().length >= MIN_MASKED_LENGTH) {
        forms.add(line.trim())
      }
    }
  }

  if (id !== '' || token !== '') {
    forms.add(`${id}:${token}`)
    forms.add(basicCredential(id, token))
  }

  // Hexadecimal keys mean the same in upper case, and a server may echo them so.
  for (const value of [id, token, `${id}:${token}`]) {
    if (value.length >= MIN_MASKED_LENGTH) {
      forms.add(value.toUpperCase())
    }
  }

  forms.delete('')
  return [...forms]
}
