/**
 * Minimum length of a piece of a secret that is redacted on its own. Shorter pieces of a 32-hex
 * key reveal little of it, and matching them would garble ordinary text.
 */
export const MIN_FRAGMENT_LENGTH = 8

/**
 * Replaces registered secrets in text with `***`, as the runner's masking does. The runner masks
 * only what reaches its log, so this also covers the outputs, the job summary and runs outside
 * GitHub Actions. Beyond whole secrets, it replaces every run of {@link MIN_FRAGMENT_LENGTH} or
 * more characters that also occurs in a secret, because a server that echoes the credential may
 * wrap or cut it, and the runner would then miss the pieces.
 */
export class Redactor {
  private readonly secrets: string[] = []
  private readonly fragments = new Set<string>()

  add(secret: string): void {
    if (secret === '' || this.secrets.includes(secret)) {
      return
    }

    this.secrets.push(secret)
    this.secrets.sort((a, b) => b.length - a.length)
    for (let start = 0; start + MIN_FRAGMENT_LENGTH <= secret.length; start++) {
      this.fragments.add(secret.slice(start, start + MIN_FRAGMENT_LENGTH))
    }
  }

  redact(text: string): string {
    let result = text
    for (const secret of this.secrets) {
      result = result.split(secret).join('***')
    }
    return this.redactFragments(result)
  }

  /** Marks every character covered by a window that occurs in a secret, then replaces each run. */
  private redactFragments(text: string): string {
    if (this.fragments.size === 0 || text.length < MIN_FRAGMENT_LENGTH) {
      return text
    }

    const covered = new Uint8Array(text.length)
    let found = false
    for (let start = 0; start + MIN_FRAGMENT_LENGTH <= text.length; start++) {
      if (this.fragments.has(text.slice(start, start + MIN_FRAGMENT_LENGTH))) {
        covered.fill(1, start, start + MIN_FRAGMENT_LENGTH)
        found = true
      }
    }
    if (!found) {
      return text
    }

    let result = ''
    for (let i = 0; i < text.length; i++) {
      if (covered[i] === 0) {
        result += text.charAt(i)
      } else if (i === 0 || covered[i - 1] === 0) {
        result += '***'
      }
    }
    return result
  }
}
