// Runs the measured processes of scripts/bench.mjs against the Aircall stand-in: the interleaved
// startup runs, the verdict scenarios and the profiled runs.

import { spawn } from 'node:child_process'
import { mkdir, readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { hugeBody, neverRespond, rateLimited } from './aircall-stand-in.mjs'
import { summarizeProfile } from './bench-profile.mjs'
import { rotate } from './bench-stats.mjs'
import { node24Path, repositoryRoot, runAction } from './run-action.mjs'

/** The pair that the stand-in accepts, and the company it names for GET /v1/company. */
export const VALID_KEY = {
  apiId: 'bench0000000000000000000000000001',
  apiToken: 'bench000000000000000000000000token',
  companyName: 'Bench Company'
}

const RSS_PRELOAD = path.join(repositoryRoot, 'scripts', 'bench-rss.mjs')
const MODULE_LIST_PRELOAD = path.join(repositoryRoot, 'scripts', 'bench-module-list.mjs')
const CA_PATH = path.join(repositoryRoot, '__tests__', 'fixtures', 'tls', 'ca.pem')

// Enough for the slowest scenario (a 5 s deadline) with room for a slow machine.
const RUN_TIMEOUT_MS = 60_000

const HUGE_BODY_BYTES = 64 * 1024 * 1024
const RATE_LIMIT_RESET_DELAY_MS = 2000

/** Returns `value` in double quotes for NODE_OPTIONS, which splits unquoted values at spaces. */
function quoted(value) {
  return `"${value.replace(/(["\\])/g, '\\$1')}"`
}

/**
 * Runs one program (`script`) with Node 24 as the runner runs the action: the same inputs,
 * environment and DNS guard for the action, the floor and the empty script. The stand-in is
 * reset and given `answers` first. Resolves with the run of scripts/run-action.mjs, the number
 * of requests that the stand-in received, and the peak RSS in KiB when `rssFile` is given.
 */
export async function runProgram(
  script,
  { standIn, inputs = {}, answers = [], rssFile, nodeOptions = [], env = {} }
) {
  standIn.reset()
  standIn.enqueue(...answers)

  const preloads = rssFile === undefined ? [] : [`--import ${quoted(RSS_PRELOAD)}`]
  const run = await runAction({
    bundlePath: script,
    nodePath: node24Path,
    inputs: {
      'api-id': VALID_KEY.apiId,
      'api-token': VALID_KEY.apiToken,
      'api-url': standIn.url,
      ...inputs
    },
    env: {
      NODE_EXTRA_CA_CERTS: CA_PATH,
      NODE_OPTIONS: [...preloads, ...nodeOptions].join(' '),
      ...(rssFile === undefined ? {} : { BENCH_RSS_FILE: rssFile }),
      ...env
    },
    timeoutMs: RUN_TIMEOUT_MS
  })

  const requests = standIn.requests.length
  standIn.reset()

  let maxRssKiB = Number.NaN
  if (rssFile !== undefined) {
    maxRssKiB = Number(await readFile(rssFile, 'utf8'))
    await rm(rssFile)
  }

  if (run.timedOut) {
    throw new Error(`${script} did not exit within ${RUN_TIMEOUT_MS} ms: ${run.stderr}`)
  }
  return { ...run, requests, maxRssKiB }
}

/**
 * Runs `script` with Node 24 directly, without scripts/run-action.mjs, its preloads or its DNS
 * guard, and times it the same way: from spawn to the closing of the output pipes, rounded to
 * whole milliseconds. Only for scripts that make no request.
 */
export function runBare(script) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(node24Path, [script], {
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const killTimer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS)

    child.stdout.resume()
    child.stderr.resume()
    child.once('error', error => {
      clearTimeout(killTimer)
      reject(new Error(`Failed to start ${node24Path} ${script}: ${error.message}`))
    })
    child.once('close', (exitCode, signal) => {
      clearTimeout(killTimer)
      resolve({
        exitCode,
        signal,
        durationMs: Math.round(performance.now() - started),
        requests: 0,
        outputs: {},
        maxRssKiB: Number.NaN
      })
    })
  })
}

/** Throws unless a startup run did what its program is for. */
function checkStartupRun(program, run) {
  const expected = program.kind === 'empty' || program.kind === 'bare' ? 0 : 1
  if (run.exitCode !== 0 || run.requests !== expected) {
    throw new Error(
      `${program.label} failed: exit code ${run.exitCode}, ${run.requests} requests ` +
        `(expected exit code 0 and ${expected} requests).\n${run.stdout}\n${run.stderr}`
    )
  }
  if (program.kind === 'action' && run.outputs.result !== 'authenticated') {
    throw new Error(
      `${program.label} returned "${run.outputs.result}" for the valid pair, expected ` +
        `"authenticated".\n${run.stdout}\n${run.stderr}`
    )
  }
}

/**
 * Runs every program `runs` times with the valid pair, in rounds that rotate the order, so that
 * drift on a shared machine affects all programs alike. Returns the wall times in ms and the peak
 * RSS values in KiB of each program, by name.
 */
export async function measureStartup(programs, { standIn, runs, workDir, onRound }) {
  const samples = Object.fromEntries(
    programs.map(program => [program.name, { durationMs: [], maxRssKiB: [] }])
  )
  const rssFile = path.join(workDir, 'rss.txt')

  const runOnce = program =>
    program.kind === 'bare'
      ? runBare(program.script)
      : runProgram(program.script, { standIn, rssFile })

  // One unrecorded run each, so that the first recorded run does not pay for a cold file cache.
  for (const program of programs) {
    checkStartupRun(program, await runOnce(program))
  }

  for (let round = 0; round < runs; round += 1) {
    for (const program of rotate(programs, round)) {
      const run = await runOnce(program)
      checkStartupRun(program, run)
      samples[program.name].durationMs.push(run.durationMs)
      samples[program.name].maxRssKiB.push(run.maxRssKiB)
    }
    onRound?.(round + 1)
  }

  return samples
}

/** Returns a handler that responds 429 with an `X-AircallApi-Reset` `delayMs` after the response. */
function rateLimitedFor(delayMs) {
  return function rateLimitedForHandler(request, response) {
    const answer = rateLimited({ resetEpochMs: Date.now() + delayMs })
    const body = JSON.stringify(answer.body)
    response.writeHead(answer.status, {
      ...answer.headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body)
    })
    response.end(body)
  }
}

/**
 * The verdict scenarios. `answers` are queued on the stand-in before each run, and `repeat` is
 * the number of runs whose median the report shows. `expected` is the verdict and request count
 * that the action's contract fixes, and null for the faults, whose outcome the report just shows.
 */
export const SCENARIOS = [
  {
    name: 'valid pair',
    inputs: {},
    answers: () => [],
    expected: { result: 'authenticated', requests: 1 },
    repeat: 5
  },
  {
    name: 'rejected pair (403)',
    inputs: { 'api-token': 'bench-wrong-token' },
    answers: () => [],
    expected: { result: 'unauthorized', requests: 1 },
    repeat: 5
  },
  {
    name: 'valid pair, expected-company matches',
    inputs: { 'expected-company': VALID_KEY.companyName },
    answers: () => [],
    expected: { result: 'authenticated', requests: 2 },
    repeat: 5
  },
  {
    name: `429 with X-AircallApi-Reset ${RATE_LIMIT_RESET_DELAY_MS / 1000} s away, then 200`,
    inputs: {},
    answers: () => [rateLimitedFor(RATE_LIMIT_RESET_DELAY_MS)],
    expected: null,
    repeat: 1
  },
  {
    name: 'server never answers, timeout-seconds 5',
    inputs: { 'timeout-seconds': '5' },
    // One stalled response for each attempt that fits in the deadline, with room to spare.
    answers: () => Array.from({ length: 10 }, () => neverRespond()),
    expected: null,
    repeat: 1
  },
  {
    name: '200 with a 64 MiB body, on every attempt',
    inputs: {},
    answers: () => Array.from({ length: 10 }, () => hugeBody(HUGE_BODY_BYTES)),
    expected: null,
    repeat: 1
  }
]

/**
 * Runs each scenario `repeat` times on `script` and returns, per scenario, the verdict, request
 * count, wall time, `duration-ms` output and peak RSS of each run.
 */
export async function measureScenarios(script, { standIn, workDir }) {
  const rssFile = path.join(workDir, 'rss.txt')
  const results = []

  for (const scenario of SCENARIOS) {
    const runs = []
    for (let index = 0; index < scenario.repeat; index += 1) {
      const run = await runProgram(script, {
        standIn,
        inputs: scenario.inputs,
        answers: scenario.answers(),
        rssFile
      })
      runs.push({
        result: run.outputs.result ?? '',
        requests: run.requests,
        exitCode: run.exitCode,
        durationMs: run.durationMs,
        reportedDurationMs: Number(run.outputs['duration-ms']),
        maxRssKiB: run.maxRssKiB
      })
    }
    results.push({ scenario, runs })
  }

  return results
}

/**
 * Records `runs` CPU profiles of each program (sampled every 100 µs), in rotating order, and
 * returns the per-category self times of each profile, by program name.
 */
export async function profileStartup(programs, { standIn, runs, workDir }) {
  const summaries = Object.fromEntries(programs.map(program => [program.name, []]))

  for (let round = 0; round < runs; round += 1) {
    for (const program of rotate(programs, round)) {
      const directory = path.join(workDir, 'profiles', `${program.name}-${round}`)
      await mkdir(directory, { recursive: true })

      const nodeOptions = [
        '--cpu-prof',
        '--cpu-prof-interval 100',
        `--cpu-prof-dir ${quoted(directory)}`
      ]
      checkStartupRun(program, await runProgram(program.script, { standIn, nodeOptions }))

      const [file] = (await readdir(directory)).filter(name => name.endsWith('.cpuprofile'))
      if (file === undefined) throw new Error(`No CPU profile was written for ${program.label}.`)
      const profile = JSON.parse(await readFile(path.join(directory, file), 'utf8'))
      summaries[program.name].push(summarizeProfile(profile, pathToFileURL(program.script).href))
    }
  }

  return summaries
}

/** Returns the Node built-in modules that one run of each program loads, by program name. */
export async function listBuiltinModules(programs, { standIn, workDir }) {
  const lists = {}

  for (const program of programs) {
    const listFile = path.join(workDir, `modules-${program.name}.txt`)
    const run = await runProgram(program.script, {
      standIn,
      nodeOptions: [`--import ${quoted(MODULE_LIST_PRELOAD)}`],
      env: { BENCH_MODULE_LIST: listFile }
    })
    checkStartupRun(program, run)
    lists[program.name] = (await readFile(listFile, 'utf8')).split('\n').filter(Boolean)
  }

  return lists
}
