/**
 * Runs the committed bundle the way the GitHub runner does, for the fault-injection tests. Also
 * contains the checks that every fault case shares: all outputs set, no crash, no leaked secret,
 * and an end within the deadline.
 */

import { expect } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync, realpathSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'

import {
  credentialForms,
  defaultActionYmlPath,
  findSecretLeaks,
  node24Path,
  runAction,
  type ActionRunResult
} from '../../../scripts/run-action.mjs'
import { findMachineNode, type Runtime } from '../support/action-run.js'

/** Time a run may take beyond timeout-seconds, for starting Node and loading the bundle. */
export const STARTUP_MARGIN_MS = 1500

/** Node 24, the runtime that action.yml declares. */
export const NODE_24: Runtime = { name: 'Node 24', nodePath: node24Path }

function machineRuntime(): Runtime | undefined {
  const nodePath = findMachineNode()
  if (realpathSync(nodePath) === realpathSync(node24Path)) {
    return undefined
  }

  const version = spawnSync(nodePath, ['--version'], { encoding: 'utf8', timeout: 10_000 })
  return { name: `machine Node ${version.stdout.trim()}`, nodePath }
}

const MACHINE_RUNTIME = machineRuntime()

/**
 * The runtimes for the cheap cases: Node 24, and the machine's Node, which a self-hosted runner
 * or a local run may use, unless it is the same binary.
 */
export const RUNTIMES: readonly Runtime[] =
  MACHINE_RUNTIME === undefined ? [NODE_24] : [NODE_24, MACHINE_RUNTIME]

/** Output names declared in action.yml, read from the file so a new output is checked too. */
export const DECLARED_OUTPUTS: readonly string[] = Object.keys(
  (parseYaml(readFileSync(defaultActionYmlPath, 'utf8')) as { outputs: Record<string, unknown> })
    .outputs
).sort()

export interface Credentials {
  readonly apiId: string
  readonly apiToken: string
}

/** Returns a fake pair shaped like real Aircall keys: 32 lowercase hex characters each. */
export function randomCredentials(): Credentials {
  return { apiId: randomBytes(16).toString('hex'), apiToken: randomBytes(16).toString('hex') }
}

export interface CheckRunOptions {
  readonly runtime: Runtime
  readonly apiUrl: string
  readonly timeoutSeconds: number
  readonly maxAttempts?: number
  readonly onUnavailable?: 'fail' | 'warn'
  readonly credentials?: Credentials
  /** Extra environment variables for the action, such as HTTPS_PROXY. */
  readonly env?: Record<string, string | undefined>
  /** Further inputs, such as `expect`. */
  readonly inputs?: Record<string, string>
}

export interface CheckRun extends ActionRunResult {
  readonly credentials: Credentials
  readonly timeoutSeconds: number
}

/**
 * Runs `dist/index.js` with a fresh random pair. The child is killed 5 s after its deadline, so a
 * hung action fails the test instead of hanging the suite.
 */
export async function runCheck(options: CheckRunOptions): Promise<CheckRun> {
  const credentials = options.credentials ?? randomCredentials()
  const run = await runAction({
    nodePath: options.runtime.nodePath,
    inputs: {
      'api-id': credentials.apiId,
      'api-token': credentials.apiToken,
      'api-url': options.apiUrl,
      'timeout-seconds': options.timeoutSeconds,
      'max-attempts': options.maxAttempts,
      'on-unavailable': options.onUnavailable,
      ...options.inputs
    },
    env: options.env ?? {},
    timeoutMs: options.timeoutSeconds * 1000 + 5000
  })
  return { ...run, credentials, timeoutSeconds: options.timeoutSeconds }
}

/**
 * Checks what every run must do whatever the fault: finish on its own within timeout-seconds
 * plus start-up, set every declared output, crash with no unhandled error, and print no form of
 * the credentials. `extraSecrets` adds values such as a proxy password.
 */
export function expectSettledRun(run: CheckRun, extraSecrets: readonly string[] = []): void {
  expect(run.timedOut).toBe(false)
  expect(run.durationMs).toBeLessThanOrEqual(run.timeoutSeconds * 1000 + STARTUP_MARGIN_MS)
  expect(Object.keys(run.outputs).sort()).toEqual(DECLARED_OUTPUTS)
  expect(run.stderr).not.toMatch(/unhandled/i)
  expect(run.stderr).not.toMatch(/^\s+at\s/m)

  const secrets = [
    ...credentialForms(run.credentials.apiId, run.credentials.apiToken),
    ...extraSecrets
  ]
  expect(findSecretLeaks(run, secrets)).toEqual([])
}

/** Returns the message of the only annotation of this level (`error`, `warning`), or fails. */
export function annotationMessage(run: ActionRunResult, level: 'error' | 'warning'): string {
  const annotations = run.commands.filter(command => command.command === level)
  expect(annotations).toHaveLength(1)
  return annotations[0]?.message ?? ''
}

/** Returns the stdout lines that announce a retry, such as `Attempt 1 of 3 to /v1/ping …`. */
export function retryLogLines(run: ActionRunResult): string[] {
  return run.stdout.split('\n').filter(line => /^Attempt \d+ of \d+ /.test(line))
}

/** Returns the delay that a retry line announces (`Retrying in 1.3 s`), in milliseconds. */
export function announcedDelayMs(line: string): number {
  const match = /Retrying in (\d+(?:\.\d+)?) s\b/.exec(line)
  expect(match).not.toBeNull()
  return Number(match?.[1]) * 1000
}
