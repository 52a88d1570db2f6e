// Reads the V8 CPU profiles (`node --cpu-prof`) that scripts/bench.mjs records, and sorts the
// sampled time into the startup costs that the bundle can change. Pure functions, no I/O.

/** Startup cost categories, in the order the report lists them. */
export const CATEGORIES = [
  { key: 'compileModules', label: 'compile ES modules (the script or bundle)' },
  { key: 'loadBuiltins', label: 'compile and load Node built-in modules' },
  { key: 'scriptCode', label: 'run the script or bundle code' },
  { key: 'garbageCollection', label: 'garbage collection' },
  { key: 'idle', label: 'idle (waiting for the network)' },
  { key: 'other', label: 'other (Node internals, TLS, HTTP)' }
]

/** Returns the category key of one profile node's self time. */
function categoryOf(callFrame, scriptUrl) {
  const { functionName, url } = callFrame

  if (functionName === 'compileSourceTextModule') return 'compileModules'
  if (url === 'node:internal/bootstrap/realm') {
    if (functionName === 'compileForInternalLoader' || functionName === 'internalBinding') {
      return 'loadBuiltins'
    }
  }
  if (url === scriptUrl) return 'scriptCode'
  if (functionName === '(garbage collector)') return 'garbageCollection'
  if (functionName === '(idle)') return 'idle'
  return 'other'
}

/**
 * Returns the self time in milliseconds of each category in one `.cpuprofile`, and `total`,
 * the span from the first to the last sample. `scriptUrl` is the file URL of the script run.
 */
export function summarizeProfile(profile, scriptUrl) {
  const nodes = new Map(profile.nodes.map(node => [node.id, node]))
  const selfMicroseconds = Object.fromEntries(CATEGORIES.map(({ key }) => [key, 0]))

  // timeDeltas[i + 1] is the time from sample i to the next one, so it belongs to sample i.
  for (let index = 0; index < profile.samples.length; index += 1) {
    const node = nodes.get(profile.samples[index])
    const delta = profile.timeDeltas[index + 1] ?? 0
    if (node === undefined) continue

    selfMicroseconds[categoryOf(node.callFrame, scriptUrl)] += delta
  }

  const summary = { total: (profile.endTime - profile.startTime) / 1000 }
  for (const [key, microseconds] of Object.entries(selfMicroseconds)) {
    summary[key] = microseconds / 1000
  }
  return summary
}

/** Returns the names in `list` that are not in `baseline`, sorted. */
export function extraModules(list, baseline) {
  const known = new Set(baseline)
  return list.filter(name => !known.has(name)).sort()
}
