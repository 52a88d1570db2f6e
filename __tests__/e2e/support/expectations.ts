/**
 * Checks that apply to every end-to-end run: credentials are masked before anything else prints
 * and never appear in the logs, outputs or job summary. Also reads annotations, summary rows and
 * the outputs that action.yml declares.
 */

import { readFile } from 'node:fs/promises'

import { expect } from '@jest/globals'
import { parse as parseYaml } from 'yaml'

import {
  credentialForms,
  defaultActionYmlPath,
  findSecretLeaks,
  type ActionRunResult,
  type WorkflowCommand
} from '../../../scripts/run-action.mjs'

// The action leaves fragments shorter than this unmasked, and such short text would also match
// unrelated log lines by chance.
const MIN_NEEDLE_LENGTH = 4

/**
 * Expects every line of stdout before the last `::add-mask::` command to be a mask command too,
 * so the runner has every secret registered before any line that could contain one.
 */
export function expectMasksFirst(result: ActionRunResult): void {
  const maskLines = result.commands
    .filter(command => command.command === 'add-mask')
    .map(command => command.line)
  expect(maskLines.length).toBeGreaterThan(0)

  const lines = result.stdout.split(/\r?\n/)
  const firstOther = lines.findIndex((_line, index) => !maskLines.includes(index + 1)) + 1
  const masksAfterOther =
    firstOther === 0 ? [] : maskLines.filter(maskLine => maskLine > firstOther)
  expect(masksAfterOther).toEqual([])
}

/**
 * Expects an `::add-mask::` command for the API ID, the token, `id:token` and its base64. The
 * base64 mask also covers the `Basic …` header value, because the runner masks substrings.
 */
export function expectCredentialsMasked(
  result: ActionRunResult,
  apiId: string,
  apiToken: string
): void {
  const pair = `${apiId}:${apiToken}`
  const expected = [apiId, apiToken, pair, Buffer.from(pair, 'utf8').toString('base64')].filter(
    form => form !== ''
  )
  const masked = new Set(maskedValues(result))

  expect(expected.filter(form => !masked.has(form))).toEqual([])
}

/**
 * Expects no credential form, no API ID and none of `extraSecrets` (such as a raw input value
 * that differs from the trimmed one) in stdout, stderr, the outputs or the job summary, except in
 * `::add-mask::` commands. A multi-line secret is searched line by line, as the logs are.
 */
export function expectNoLeaks(
  result: ActionRunResult,
  apiId: string,
  apiToken: string,
  extraSecrets: readonly string[] = []
): void {
  const needles = new Set<string>(credentialForms(apiId, apiToken))
  for (const secret of [apiId, ...extraSecrets]) {
    needles.add(secret)
    for (const line of secret.split(/\r\n|[\r\n\u2028\u2029]/)) {
      if (line.trim().length >= MIN_NEEDLE_LENGTH) needles.add(line.trim())
    }
  }
  const searchable = [...needles].filter(
    needle => needle.length >= MIN_NEEDLE_LENGTH && !/[\r\n\u2028\u2029]/.test(needle)
  )

  expect(findSecretLeaks(result, searchable)).toEqual([])
}

/** Runs {@link expectMasksFirst}, {@link expectCredentialsMasked} and {@link expectNoLeaks}. */
export function expectSafeLogs(
  result: ActionRunResult,
  apiId: string,
  apiToken: string,
  extraSecrets: readonly string[] = []
): void {
  expectMasksFirst(result)
  expectCredentialsMasked(result, apiId, apiToken)
  expectNoLeaks(result, apiId, apiToken, extraSecrets)
}

/** Returns the values registered with `::add-mask::`, in order. */
export function maskedValues(result: ActionRunResult): string[] {
  return result.commands
    .filter(command => command.command === 'add-mask')
    .map(command => command.message)
}

/** Returns the annotations of one level (`error`, `warning` or `notice`), in order. */
export function annotationsOf(
  result: ActionRunResult,
  level: 'error' | 'warning' | 'notice'
): WorkflowCommand[] {
  return result.commands.filter(command => command.command === level)
}

/** Returns the `::debug::` messages, in order. */
export function debugMessages(result: ActionRunResult): string[] {
  return result.commands
    .filter(command => command.command === 'debug')
    .map(command => command.message)
}

/**
 * Reads the job summary table into cells by row heading. Cell text stays HTML-escaped as written,
 * so a test can check the escaping.
 */
export function summaryRows(summary: string | null): Record<string, string> {
  const rows: Record<string, string> = {}
  for (const match of (summary ?? '').matchAll(/<tr><th[^>]*>(.*?)<\/th><td>(.*?)<\/td><\/tr>/g)) {
    rows[match[1] ?? ''] = match[2] ?? ''
  }
  return rows
}

/** Returns the names of the outputs that action.yml declares. */
export async function declaredOutputNames(): Promise<string[]> {
  const metadata = parseYaml(await readFile(defaultActionYmlPath, 'utf8')) as {
    outputs?: Record<string, unknown>
  }
  return Object.keys(metadata.outputs ?? {})
}
