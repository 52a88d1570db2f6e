/**
 * Minimum length of a piece of a secret that is redacted on its own. Shorter pieces of a 32-hex
 * key reveal little of it, and matching them would garble ordinary text.
 */
export const MIN_FRAGMENT_LENGTH = 8

/**
 * Replaces registered secrets in text with `***`, as the runner's masking does. The runner masks
 * only what reaches its log, so this also covers the outputs, the job summary and runs outside
 * GitHub Actions. For the secrets registered with fragments, it also replaces every run of
 * {@link MIN_FRAGMENT_LENGTH} or more characters that occurs in one of them in any letter case,
 * because a server that echoes the credential may wrap, cut or upper-case it, and the runner
 * would then miss the pieces.
 */
export class Redactor {
  private readonly secrets: string[] = []
  private readonly fragments = new Set<string>()

  /**
   * Registers a secret. With `fragments`, pieces of it are redacted too, in any letter case,
   * which suits random keys; a password such as `password2024` would garble ordinary words.
   */
  add(secret: string, options: { readonly fragments: boolean } = { fragments: true }): void {
    if (secret === '') {
      return
    }

    if (!this.secrets.includes(secret)) {
      this.secrets.push(secret)
      this.secrets.sort((a, b) => b.length - a.length)
    }

    if (options.fragments) {
      const lower = secret.toLowerCase()
      for (let start = 0; start + MIN_FRAGMENT_LENGTH <= lower.length; start++) {
        this.fragments.add(lower.slice(start, start + MIN_FRAGMENT_LENGTH))
      }
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

    const lower = text.toLowerCase()
    const covered = new Uint8Array(text.length)
    let found = false
    for (let start = 0; start + MIN_FRAGMENT_LENGTH <= text.length; start++) {
      if (this.fragments.has(lower.slice(start, start + MIN_FRAGMENT_LENGTH))) {
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
