// Preloaded by scripts/bench.mjs (`node --import`) into every measured process. At exit it writes
// the process's peak resident set size, process.resourceUsage().maxRSS in KiB, to the file named
// by BENCH_RSS_FILE.

import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  writeFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`)
})
