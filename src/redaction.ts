/**
 * Replaces every registered secret in text with `***`, as the runner's masking does. The runner
 * masks only what reaches its log, so this also covers the outputs, the job summary and runs
 * outside GitHub Actions. Longer secrets are replaced first, so a secret that contains another is
 * replaced whole.
 */
export class Redactor {
  private readonly secrets: string[] = []

  add(secret: string): void {
    if (secret === '' || this.secrets.includes(secret)) {
      return
    }

    this.secrets.push(secret)
    this.secrets.sort((a, b) => b.length - a.length)
  }

  redact(text: string): string {
    let result = text
    for (const secret of this.secrets) {
      result = result.split(secret).join('***')
    }
    return result
  }
}
