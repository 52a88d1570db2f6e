// Bundles the action with ncc, as `ncc build src/index.ts -o dist --no-cache --license
// licenses.txt` does, except that the `undici` package is replaced by scripts/undici-stub.mjs.
//
// Why: undici is about 0.9 MB of the 1.1 MB bundle, and compiling and evaluating it took most of
// the startup time that the bundle adds to a bare Node process (docs/benchmarks.md has the
// profile). @actions/http-client imports it at top level for one method that the action never
// calls.
//
// Usage: node scripts/build.mjs [--entry src/index.ts] [--out-dir dist]

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const undiciStubPath = join(projectRoot, 'scripts', 'undici-stub.mjs')

/**
 * Returns the `data:` URL under which the bundle imports the undici stub.
 *
 * An ncc external keeps an import in the output instead of bundling the package. Mapping
 * `undici` to a `data:` URL that contains the stub's source keeps the whole action in
 * dist/index.js, because Node (20 and later) imports `data:text/javascript` URLs without a file.
 * Whole-line comments are dropped: webpack derives a variable name from the URL, and the
 * comments would make that name over 1,000 characters long.
 */
export function undiciStubUrl() {
  const source = readFileSync(undiciStubPath, 'utf8')
  const code = source
    .split('\n')
    .filter(line => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim()
  return `data:text/javascript,${encodeURIComponent(code)}`
}

/**
 * Bundles `entry` into `outDir`: index.js, package.json (`"type": "module"`) and licenses.txt.
 * Deletes the .js and .cjs files that an earlier build left in `outDir`, as the ncc CLI does.
 */
export async function build({ entry, outDir }) {
  const require = createRequire(import.meta.url)
  const ncc = require('@vercel/ncc')

  // Options match the CLI flags of the plain build, so the bundles differ only in undici.
  const { code, assets } = await ncc(resolve(entry), {
    cache: false,
    externals: { undici: undiciStubUrl() },
    filename: 'index.js',
    license: 'licenses.txt',
    quiet: true
  })

  mkdirSync(outDir, { recursive: true })
  for (const name of readdirSync(outDir)) {
    if (name.endsWith('.js') || name.endsWith('.cjs')) rmSync(join(outDir, name))
  }

  writeFileSync(join(outDir, 'index.js'), code)
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true })
    writeFileSync(join(outDir, name), asset.source)
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      entry: { type: 'string', default: join(projectRoot, 'src', 'index.ts') },
      'out-dir': { type: 'string', default: join(projectRoot, 'dist') }
    }
  })

  const outDir = resolve(values['out-dir'])
  await build({ entry: values.entry, outDir })

  const size = readFileSync(join(outDir, 'index.js')).length
  console.log(`Built ${join(outDir, 'index.js')} (${size} bytes, undici replaced by a stub)`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main()
}
