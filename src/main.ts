import * as core from '@actions/core'

import { endpointUrl } from './api-url.js'
import { sendRequest } from './aircall-client.js'
import { checkEndpoint, type CheckDependencies, type EndpointOutcome } from './check.js'
import { basicAuthorization, credentialForms } from './credentials.js'
import { decideCheck, decideInvalidInput, decideUnexpected, type Decision } from './decision.js'
import { errorMessage } from './errors.js'
import { formatCount } from './format.js'
import { INPUT_NAMES, parseInputs, type RawInputs, type Settings } from './inputs.js'
import * as log from './log.js'
import { describeUnusableProxy, maskProxyCredentials } from './proxy-environment.js'
import { reportDecision } from './report.js'
import { ENDPOINT_PATHS } from './verdict.js'

/**
 * Runs the credential check: read and mask the inputs, validate them, ping Aircall with retries
 * inside the deadline, look up the company when asked, then report. It never throws: every path,
 * an unexpected error included, sets the outputs and the exit status.
 */
export async function run(): Promise<void> {
  const startedAt = Date.now()
  let apiHost = 'unknown'

  try {
    // Mask before anything else can print: a thrown error could carry a value.
    const raw = readRawInputs()
    for (const form of credentialForms(raw['api-id'], raw['api-token'])) {
      log.maskSecret(form)
    }
    maskProxyCredentials(process.env, secret => log.maskSecret(secret, { fragments: false }))
    enforceTlsVerification()

    const parsed = parseInputs(raw)
    for (const message of parsed.warnings) {
      log.warning(message, { title: 'Input warning' })
    }
    if ('problems' in parsed) {
      await reportDecision(decideInvalidInput(parsed.problems), apiHost, Date.now() - startedAt)
      return
    }

    const { settings } = parsed
    apiHost = settings.apiUrl.host
    logSettings(settings)

    const proxyProblem = describeUnusableProxy(process.env, settings.apiUrl)
    if (proxyProblem !== undefined) {
      log.warning(proxyProblem, { title: 'Proxy setting ignored' })
    }

    const decision = await check(settings, startedAt)
    await reportDecision(decision, apiHost, Date.now() - startedAt)
  } catch (error: unknown) {
    await reportUnexpected(error, apiHost, Date.now() - startedAt)
  }
}

/**
 * Removes NODE_TLS_REJECT_UNAUTHORIZED=0 from this process, with a warning. Node reads it at every
 * TLS connection, and the action must not send a credential to a server it cannot verify.
 */
function enforceTlsVerification(): void {
  if (process.env['NODE_TLS_REJECT_UNAUTHORIZED'] !== '0') {
    return
  }

  Reflect.deleteProperty(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED')
  log.warning(
    'NODE_TLS_REJECT_UNAUTHORIZED=0 is set, but the action verifies TLS certificates anyway, ' +
      'because it sends a credential. For a TLS-inspecting proxy, give the runner its CA ' +
      'certificate with NODE_EXTRA_CA_CERTS instead.',
    { title: 'TLS verification kept on' }
  )
}

function readRawInputs(): RawInputs {
  const entries = INPUT_NAMES.map(name => [name, core.getInput(name, { trimWhitespace: false })])
  return Object.fromEntries(entries) as RawInputs
}

function logSettings(settings: Settings): void {
  log.info(
    `Checking Aircall credentials against ${settings.apiUrl.href} ` +
      `(timeout ${settings.timeoutMs / 1000} s, at most ${formatCount(settings.maxAttempts, 'attempt')} per request).`
  )
  log.debug(`api-url: ${settings.apiUrl.href}`)
  log.debug(`timeout-seconds: ${settings.timeoutMs / 1000}`)
  log.debug(`max-attempts: ${settings.maxAttempts}`)
  log.debug(`on-unavailable: ${settings.onUnavailable}`)
  log.debug(`expect: ${settings.expect}`)
  log.debug(`expected-company: ${settings.expectedCompany ?? '(not set)'}`)
}

async function check(settings: Settings, startedAt: number): Promise<Decision> {
  const dependencies: CheckDependencies = {
    send: sendRequest,
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    now: Date.now,
    random: Math.random,
    log: log.info,
    redact: log.redact
  }
  const common = {
    authorization: basicAuthorization(settings.apiId, settings.apiToken),
    maxAttempts: settings.maxAttempts,
    deadlineMs: startedAt + settings.timeoutMs
  }

  const ping = await checkEndpoint(
    { ...common, endpoint: 'ping', url: endpointUrl(settings.apiUrl, ENDPOINT_PATHS.ping) },
    dependencies
  )

  let company: EndpointOutcome | undefined
  if (shouldLookUpCompany(settings, ping)) {
    company = await checkEndpoint(
      { ...common, endpoint: 'company', url: endpointUrl(settings.apiUrl, ENDPOINT_PATHS.company) },
      dependencies
    )
  }

  return decideCheck(settings, ping, company)
}

function shouldLookUpCompany(settings: Settings, ping: EndpointOutcome): boolean {
  if (settings.expectedCompany === undefined || ping.verdict.result !== 'authenticated') {
    return false
  }

  if (settings.expect === 'revoked') {
    log.warning(
      'expected-company is ignored because expect is revoked: a key that must not work cannot ' +
        'name its company.',
      { title: 'Input warning' }
    )
    return false
  }

  return true
}

async function reportUnexpected(
  error: unknown,
  apiHost: string,
  durationMs: number
): Promise<void> {
  const message =
    `The check stopped on an unexpected error: ${errorMessage(error)}. If the error names a ` +
    'runner file such as GITHUB_OUTPUT, check the runner; otherwise please report it to the ' +
    'maintainers of the action with this log.'
  try {
    await reportDecision(decideUnexpected(message), apiHost, durationMs)
  } catch (reportError: unknown) {
    core.setFailed(log.redact(`${message} Reporting it also failed: ${errorMessage(reportError)}`))
  }
}
