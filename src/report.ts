import * as core from '@actions/core'

import type { Decision } from './decision.js'
import { errorMessage } from './errors.js'
import * as log from './log.js'
import { buildSummary } from './summary.js'

/** Every output the action sets, as declared in action.yml. */
export const OUTPUT_NAMES = [
  'result',
  'status-code',
  'duration-ms',
  'request-id',
  'attempts',
  'rate-limit-remaining',
  'rate-limit-reset',
  'company-name'
] as const

export type OutputName = (typeof OUTPUT_NAMES)[number]

/** Computes every output of a decision; values absent from the response are empty strings. */
export function outputsOf(decision: Decision, durationMs: number): Record<OutputName, string> {
  const reset = decision.rateLimit?.resetAtMs
  return {
    result: decision.result,
    'status-code': decision.statusCode === undefined ? '' : String(decision.statusCode),
    'duration-ms': String(durationMs),
    'request-id': decision.requestId ?? '',
    attempts: String(decision.attempts),
    'rate-limit-remaining': decision.rateLimit?.remaining?.toString() ?? '',
    'rate-limit-reset': reset === undefined ? '' : new Date(reset).toISOString(),
    'company-name': decision.companyName ?? ''
  }
}

/**
 * Reports a decision: outputs first, so later steps see them even when the step fails, then the
 * annotation, the job summary, and last the exit status.
 */
export async function reportDecision(
  decision: Decision,
  apiHost: string,
  durationMs: number
): Promise<void> {
  // Only the values that the server sent could carry a secret, such as a request id that echoes
  // the header. Redacting the rest would let a one-character key garble `result` itself.
  const reported: Decision = {
    ...decision,
    requestId: redactOptional(decision.requestId),
    companyName: redactOptional(decision.companyName)
  }

  for (const [name, value] of Object.entries(outputsOf(reported, durationMs))) {
    core.setOutput(name, value)
  }

  switch (decision.level) {
    case 'info':
      log.info(decision.message)
      break
    case 'warning':
      log.warning(decision.message, { title: decision.title })
      break
    case 'error':
      log.error(decision.message, { title: decision.title })
      break
  }

  await writeSummary(buildSummary({ decision: reported, apiHost, durationMs }))

  if (!decision.passed) {
    // The annotation above already carries the message; this only sets the exit code.
    process.exitCode = 1
  }
}

function redactOptional(value: string | undefined): string | undefined {
  return value === undefined ? undefined : log.redact(value)
}

async function writeSummary(html: string): Promise<void> {
  // GitHub Enterprise Server and local runners may not provide a summary file, and
  // core.summary.write() throws without one.
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    log.debug('GITHUB_STEP_SUMMARY is not set, so no job summary is written.')
    return
  }

  try {
    await core.summary.addRaw(html).write()
  } catch (error: unknown) {
    log.warning(`The job summary could not be written: ${errorMessage(error)}`)
  }
}
