// Summary statistics for scripts/bench.mjs. Pure functions, no I/O.

/**
 * Returns the nearest-rank percentile `p` (0 to 100) of `samples`. The median of an even count
 * is the lower middle value, so every figure is one that was measured.
 */
export function percentile(samples, p) {
  if (samples.length === 0) throw new RangeError('percentile() needs at least one sample')

  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]
}

/** Returns the median, p10, p90, min and max of `samples`, and their count. */
export function summarize(samples) {
  return {
    count: samples.length,
    median: percentile(samples, 50),
    p10: percentile(samples, 10),
    p90: percentile(samples, 90),
    min: Math.min(...samples),
    max: Math.max(...samples)
  }
}

/**
 * Returns how an action's median compares with the floor. `total` is action / floor.
 * `beyondStartup` is (action - empty) / (floor - empty), the ratio of the work each does after
 * Node itself has started, and NaN when the floor is not slower than `empty`.
 * `withoutPreloads` estimates action / floor without the cost that the preloads of the measured
 * runs add to every process, which is empty - bareEmpty.
 */
export function ratios({ actionMs, floorMs, emptyMs, bareEmptyMs }) {
  const floorWork = floorMs - emptyMs
  const preloadCost = emptyMs - bareEmptyMs
  return {
    total: actionMs / floorMs,
    beyondStartup: floorWork > 0 ? (actionMs - emptyMs) / floorWork : Number.NaN,
    withoutPreloads: (actionMs - preloadCost) / (floorMs - preloadCost)
  }
}

/** Returns `items` rotated left by `offset`, so that each round of runs starts elsewhere. */
export function rotate(items, offset) {
  const shift = ((offset % items.length) + items.length) % items.length
  return [...items.slice(shift), ...items.slice(0, shift)]
}

/** Formats a ratio with two decimals, such as `1.17`. */
export function formatRatio(ratio) {
  return Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'
}

/** Formats a size in KiB as MiB with one decimal. */
export function formatMiB(kibibytes) {
  return Number.isFinite(kibibytes) ? (kibibytes / 1024).toFixed(1) : 'n/a'
}
