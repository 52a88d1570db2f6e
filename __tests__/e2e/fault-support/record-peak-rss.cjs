'use strict'

// Preloaded with `NODE_OPTIONS=--require` into an action run: at exit, writes the peak resident
// set size of the process (kilobytes, from getrusage) to the file named by PEAK_RSS_FILE.

const { writeFileSync } = require('node:fs')

const target = process.env.PEAK_RSS_FILE
if (target) {
  process.once('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS))
  })
}
