// Measures the committed bundle (dist/index.js) against a bare HTTPS GET and an empty Node
// process, on loopback against the Aircall stand-in over HTTPS, and writes docs/benchmarks.md.
// It also builds the bundle as it was built before undici was cut out, to show the difference.
//
// Usage: npm run bench -- [--runs N] [--profile-runs N] [--output FILE]
// Needs `npm ci` and a committed dist/. Takes under a minute with the defaults on a 2-core
// machine. Builds, CPU profiles and temporary files stay in .bench-tmp/, which git ignores.

import { execFile } from 'node:child_process'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs, promisify } from 'node:util'
import * as prettier from 'prettier'

import { startAircallStandIn } from './aircall-stand-in.mjs'
import { describeMachine } from './bench-machine.mjs'
import { extraModules, CATEGORIES } from './bench-profile.mjs'
import { renderMarkdown, renderText } from './bench-report.mjs'
import {
  VALID_KEY,
  listBuiltinModules,
  measureScenarios,
  measureStartup,
  profileStartup
} from './bench-runs.mjs'
import { percentile, ratios, summarize } from './bench-stats.mjs'
import { node24Path, repositoryRoot } from './run-action.mjs'

const execFileAsync = promisify(execFile)

const USAGE = `Usage: npm run bench -- [--runs N] [--profile-runs N] [--output FILE]

  --runs N          Startup runs of each program (default 30).
  --profile-runs N  CPU-profiled runs of each program (default 5).
  --output FILE     Report to write (default docs/benchmarks.md).`

const WORK_DIR = path.join(repositoryRoot, '.bench-tmp')
const TLS_DIR = path.join(repositoryRoot, '__tests__', 'fixtures', 'tls')
const NCC_CLI = path.join(repositoryRoot, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const BUILD_TIMEOUT_MS = 300_000

// The build command before the cut, as package.json ran it, and its arguments without `-o`.
const PLAIN_BUILD_COMMAND = 'ncc build src/index.ts -o dist --no-cache --license licenses.txt'
const PLAIN_BUILD_ARGS = ['build', 'src/index.ts', '--no-cache', '--license', 'licenses.txt']

function parseCount(value, option) {
  const count = Number(value)
  if (!/^\d+$/.test(value) || count < 1) {
    throw new Error(`Invalid ${option} "${value}": expected a whole number of at least 1.`)
  }
  return count
}

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '30' },
      'profile-runs': { type: 'string', default: '5' },
      output: { type: 'string', default: path.join(repositoryRoot, 'docs', 'benchmarks.md') },
      help: { type: 'boolean', short: 'h', default: false }
    },
    strict: true
  })

  return {
    help: values.help,
    runs: parseCount(values.runs, '--runs'),
    profileRuns: parseCount(values['profile-runs'], '--profile-runs'),
    output: path.resolve(values.output)
  }
}

/** Returns the command line as typed: `npm run bench -- …` when npm started the script. */
function commandLine(argv) {
  const args = argv.length === 0 ? '' : ` ${argv.join(' ')}`
  return process.env.npm_lifecycle_event === 'bench'
    ? `npm run bench${args === '' ? '' : ` --${args}`}`
    : `node scripts/bench.mjs${args}`
}

/** Builds the bundle both ways into WORK_DIR: the plain ncc build and `npm run build`. */
async function buildBundles() {
  const plainDir = path.join(WORK_DIR, 'plain')
  const cutDir = path.join(WORK_DIR, 'cut')
  const options = { cwd: repositoryRoot, timeout: BUILD_TIMEOUT_MS }

  await execFileAsync(process.execPath, [NCC_CLI, ...PLAIN_BUILD_ARGS, '-o', plainDir], options)
  await execFileAsync(process.execPath, ['scripts/build.mjs', '--out-dir', cutDir], options)

  return { plainBundle: path.join(plainDir, 'index.js'), cutBundle: path.join(cutDir, 'index.js') }
}

/** Returns the median of every profile category over the runs of each program. */
function medianProfiles(summaries) {
  const medians = {}
  for (const [name, runs] of Object.entries(summaries)) {
    medians[name] = {
      total: percentile(
        runs.map(run => run.total),
        50
      )
    }
    for (const { key } of CATEGORIES) {
      medians[name][key] = percentile(
        runs.map(run => run[key]),
        50
      )
    }
  }
  return medians
}

async function main(argv) {
  let options
  try {
    options = parseOptions(argv)
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`)
    process.exitCode = 2
    return
  }
  if (options.help) {
    console.log(USAGE)
    return
  }

  const distBundle = path.join(repositoryRoot, 'dist', 'index.js')
  await stat(distBundle).catch(() => {
    throw new Error(`${distBundle} is missing. Run \`npm run build\` first.`)
  })

  await rm(WORK_DIR, { recursive: true, force: true })
  await mkdir(WORK_DIR, { recursive: true })

  console.error('Building the plain and the cut bundle for comparison…')
  const { plainBundle, cutBundle } = await buildBundles()
  const distBytes = await readFile(distBundle)
  const distMatchesBuild = distBytes.equals(await readFile(cutBundle))

  const relative = file => path.relative(repositoryRoot, file)
  const programs = [
    {
      name: 'after',
      label: 'action, undici stubbed',
      kind: 'action',
      script: distBundle,
      bundleBytes: distBytes.length
    },
    {
      name: 'before',
      label: 'action, plain ncc build',
      kind: 'action',
      script: plainBundle,
      bundleBytes: (await stat(plainBundle)).size
    },
    {
      name: 'floor',
      label: 'floor: node:https GET',
      kind: 'floor',
      script: path.join(repositoryRoot, 'scripts', 'bench-floor.mjs'),
      bundleBytes: null
    },
    {
      name: 'empty',
      label: 'empty Node process',
      kind: 'empty',
      script: path.join(repositoryRoot, 'scripts', 'bench-empty.mjs'),
      bundleBytes: null
    },
    {
      name: 'bare',
      label: 'empty Node process, no preloads',
      kind: 'bare',
      script: path.join(repositoryRoot, 'scripts', 'bench-empty.mjs'),
      bundleBytes: null
    }
  ]
  // The profiles and module lists need the preloads, which the bare run leaves out.
  const profiledPrograms = programs.filter(program => program.kind !== 'bare')

  const machine = await describeMachine(node24Path)
  const standIn = await startAircallStandIn({
    tls: {
      key: await readFile(path.join(TLS_DIR, 'server-key.pem')),
      cert: await readFile(path.join(TLS_DIR, 'server-cert.pem'))
    },
    keys: [VALID_KEY]
  })

  let startup, scenarios, profiles, moduleLists
  try {
    console.error(`Startup: ${options.runs} rounds of ${programs.length} programs…`)
    startup = await measureStartup(programs, {
      standIn,
      runs: options.runs,
      workDir: WORK_DIR,
      onRound: round => {
        if (round % 10 === 0) console.error(`  ${round} of ${options.runs} rounds done`)
      }
    })

    console.error('Verdict scenarios…')
    scenarios = await measureScenarios(distBundle, { standIn, workDir: WORK_DIR })

    console.error(`CPU profiles: ${options.profileRuns} of each program…`)
    profiles = await profileStartup(profiledPrograms, {
      standIn,
      runs: options.profileRuns,
      workDir: WORK_DIR
    })
    moduleLists = await listBuiltinModules(profiledPrograms, { standIn, workDir: WORK_DIR })
  } finally {
    await standIn.close()
  }

  const startupSummary = {}
  for (const program of programs) {
    startupSummary[program.name] = {
      durationMs: summarize(startup[program.name].durationMs),
      maxRssKiB: summarize(startup[program.name].maxRssKiB)
    }
  }

  const ratioSummary = {}
  for (const program of programs.filter(candidate => candidate.kind === 'action')) {
    ratioSummary[program.name] = ratios({
      actionMs: startupSummary[program.name].durationMs.median,
      floorMs: startupSummary.floor.durationMs.median,
      emptyMs: startupSummary.empty.durationMs.median,
      bareEmptyMs: startupSummary.bare.durationMs.median
    })
  }

  const results = {
    command: commandLine(argv),
    date: new Date().toISOString().slice(0, 10),
    machine,
    runs: options.runs,
    profileRuns: options.profileRuns,
    programs: programs.map(program => ({ ...program, script: relative(program.script) })),
    profiledNames: profiledPrograms.map(program => program.name),
    distMatchesBuild,
    plainBuildCommand: PLAIN_BUILD_COMMAND,
    startup: startupSummary,
    ratios: ratioSummary,
    scenarios,
    profile: medianProfiles(profiles),
    modules: {
      counts: Object.fromEntries(
        Object.entries(moduleLists).map(([name, list]) => [name, list.length])
      ),
      extra: Object.fromEntries(
        profiledPrograms.map(program => [
          program.name,
          extraModules(moduleLists[program.name], moduleLists.floor)
        ])
      )
    }
  }

  console.log(renderText(results))

  // Formatted as `npm run format` would, so that the written report passes `format:check`.
  const prettierConfig = await prettier.resolveConfig(options.output)
  const markdown = await prettier.format(renderMarkdown(results), {
    ...prettierConfig,
    filepath: options.output
  })
  await writeFile(options.output, markdown)
  console.error(`Wrote ${relative(options.output)}`)
}

try {
  await main(process.argv.slice(2))
} catch (error) {
  console.error(`Benchmark failed: ${error instanceof Error ? error.stack : String(error)}`)
  process.exitCode = 1
}
