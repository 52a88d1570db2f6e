// Preloaded by scripts/bench.mjs (`node --import`) to list the Node built-in modules that a
// process loaded. At exit it writes their names, one per line, to the file in BENCH_MODULE_LIST.

import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  const builtins = process.moduleLoadList
    .filter(entry => entry.startsWith('NativeModule '))
    .map(entry => entry.slice('NativeModule '.length))
  writeFileSync(process.env.BENCH_MODULE_LIST, `${builtins.sort().join('\n')}\n`)
})
