import * as core from '@actions/core'

import { Redactor } from './redaction.js'

const redactor = new Redactor()

/**
 * Registers a secret with the runner (`::add-mask::`) and with the local redactor, which by
 * default also redacts pieces of it (see Redactor). Call it before the first line that could
 * print the secret.
 */
export function maskSecret(
  secret: string,
  options: { readonly fragments: boolean } = { fragments: true }
): void {
  if (secret === '') {
    return
  }

  core.setSecret(secret)
  redactor.add(secret, options)
}

/** Removes every registered secret from text bound for a log, an output or the job summary. */
export function redact(text: string): string {
  return redactor.redact(text)
}

export interface AnnotationOptions {
  readonly title: string
}

export function debug(message: string): void {
  core.debug(redact(message))
}

export function info(message: string): void {
  core.info(redact(message))
}

export function warning(message: string, options?: AnnotationOptions): void {
  core.warning(redact(message), options === undefined ? {} : { title: redact(options.title) })
}

export function error(message: string, options: AnnotationOptions): void {
  core.error(redact(message), { title: redact(options.title) })
}
