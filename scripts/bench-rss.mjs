// Preloaded by scripts/bench.mjs (`node --import`) into every measured process. At exit it writes
// the process's peak resident set size in KiB to the file named by BENCH_RSS_FILE.
//
// The peak is VmHWM from /proc/self/status, because Linux resets it at exec. getrusage's maxRSS
// (process.resourceUsage().maxRSS) keeps the high-water mark of the parent at fork across exec,
// so a child of a large process would report the parent's memory. maxRSS is the fallback where
// /proc is missing.

import { readFileSync, writeFileSync } from 'node:fs'

function peakRssKiB() {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (match !== null) return Number(match[1])
  } catch {
    // No procfs: fall back to getrusage below.
  }
  return process.resourceUsage().maxRSS
}

process.on('exit', () => {
  writeFileSync(process.env.BENCH_RSS_FILE, `${peakRssKiB()}\n`)
})
