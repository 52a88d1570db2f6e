// Checks that `npm run build` (scripts/build.mjs) keeps undici out of the bundle, that it
// replaces undici with scripts/undici-stub.mjs, and that HttpClient requests still work through
// an HTTPS proxy without undici. Every build goes to a temporary directory, never to dist/.

import { execFile } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { createServer as createHttpServer, type IncomingHttpHeaders } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { undiciStubUrl } from '../../scripts/build.mjs'

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const TLS_DIR = join(REPO_ROOT, '__tests__', 'fixtures', 'tls')
const BUILD_TIMEOUT_MS = 120_000

const execFileAsync = promisify(execFile)

/** Runs scripts/build.mjs as `npm run build` does, with another entry or output directory. */
async function runBuild(outDir: string, entry?: string): Promise<void> {
  const entryArgs = entry === undefined ? [] : ['--entry', entry]
  await execFileAsync(process.execPath, ['scripts/build.mjs', '--out-dir', outDir, ...entryArgs], {
    cwd: REPO_ROOT,
    timeout: BUILD_TIMEOUT_MS
  })
}

/** Returns every `import … from "data:…"` specifier of a bundle. */
function dataUrlImports(bundle: string): string[] {
  return [...bundle.matchAll(/\bfrom\s*"(data:[^"]*)"/g)].map(match => match[1] ?? '')
}

/** Returns the names that a module exports with `export class|function|const NAME`. */
function exportedNames(source: string): string[] {
  return [...source.matchAll(/^export\s+(?:class|function|const|let)\s+(\w+)/gm)].map(
    match => match[1] ?? ''
  )
}

/** Returns the .js files of the installed @actions packages, the code that ncc bundles. */
async function actionsPackageFiles(): Promise<string[]> {
  const scope = join(REPO_ROOT, 'node_modules', '@actions')
  const entries = await readdir(scope, { recursive: true })
  return entries.filter(name => name.endsWith('.js')).map(name => join(scope, name))
}

const serverTls = {
  key: await readFile(join(TLS_DIR, 'server-key.pem')),
  cert: await readFile(join(TLS_DIR, 'server-cert.pem'))
}

const scratch = await mkdtemp(join(tmpdir(), 'build-cut-'))
const firstBuild = join(scratch, 'first')
const secondBuild = join(scratch, 'second')

beforeAll(async () => {
  await runBuild(firstBuild)
  await runBuild(secondBuild)
}, 2 * BUILD_TIMEOUT_MS)

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('build output', () => {
  test('writes index.js, package.json and licenses.txt', async () => {
    const files = (await readdir(firstBuild)).sort()
    expect(files).toEqual(['index.js', 'licenses.txt', 'package.json'])

    const packageJson = JSON.parse(await readFile(join(firstBuild, 'package.json'), 'utf8'))
    expect(packageJson).toEqual({ type: 'module' })
  })

  test('is byte-identical across builds', async () => {
    for (const name of ['index.js', 'licenses.txt', 'package.json']) {
      const first = await readFile(join(firstBuild, name))
      const second = await readFile(join(secondBuild, name))
      expect({ name, same: first.equals(second) }).toEqual({ name, same: true })
    }
  })
})

describe('undici cut', () => {
  test('bundle contains no undici code', async () => {
    const bundle = await readFile(join(firstBuild, 'index.js'), 'utf8')

    // undici names its diagnostics channels `undici:request:create`, `undici:client:connected`
    // and so on, in the modules that every undici entry point loads.
    expect(bundle).not.toMatch(/undici:(request|client):/)
    expect(bundle).not.toMatch(/\bfrom\s*"undici"/)
  })

  test('licenses.txt does not list undici', async () => {
    const licenses = await readFile(join(firstBuild, 'licenses.txt'), 'utf8')
    expect(licenses).not.toMatch(/^undici$/m)
    expect(licenses).toMatch(/^@actions\/http-client$/m)
  })

  test('bundle imports the stub in place of undici', async () => {
    const bundle = await readFile(join(firstBuild, 'index.js'), 'utf8')
    expect(dataUrlImports(bundle)).toEqual([undiciStubUrl()])

    const stubSource = decodeURIComponent(undiciStubUrl().replace(/^data:text\/javascript,/, ''))
    expect(exportedNames(stubSource)).toContain('ProxyAgent')
  })

  test('stub exports every name imported from undici', async () => {
    const stubSource = await readFile(join(REPO_ROOT, 'scripts', 'undici-stub.mjs'), 'utf8')
    const stubExports = exportedNames(stubSource)

    const importedNames: string[] = []
    for (const file of await actionsPackageFiles()) {
      const source = await readFile(file, 'utf8')
      const mentions = source.match(/['"]undici['"]/g) ?? []
      const namedImports = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]undici['"]/g)]

      // A namespace import, default import or require() of undici needs a new look at the stub.
      expect({ file, otherImports: mentions.length - namedImports.length }).toEqual({
        file,
        otherImports: 0
      })

      for (const match of namedImports) {
        const specifiers = (match[1] ?? '').split(',').map(specifier => specifier.trim())
        const names = specifiers.flatMap(specifier => specifier.split(/\s+as\s+/).slice(0, 1))
        importedNames.push(...names.filter(name => name !== ''))
      }
    }

    expect(importedNames.length).toBeGreaterThan(0)
    for (const name of importedNames) expect(stubExports).toContain(name)
  })
})

describe('proxy probe bundle', () => {
  // A small entry that uses HttpClient like the action does, built with the same cut.
  const probeSource = `
import { HttpClient } from '@actions/http-client'

const [mode, url] = process.argv.slice(2)
const client = new HttpClient('build-cut-probe', [], { allowRedirects: false })

if (mode === 'dispatcher') {
  try {
    client.getAgentDispatcher(url)
    console.log('no error')
  } catch (error) {
    console.log(error.message)
  }
} else {
  const response = await client.get(url, { Authorization: 'Basic cHJvYmU6c2VjcmV0' })
  const body = await response.readBody()
  console.log(JSON.stringify({ status: response.message.statusCode, body }))
}
`

  const probeBuild = join(scratch, 'probe-build')
  const serverRequests: IncomingHttpHeaders[] = []
  const connectTargets: string[] = []

  const server = createHttpsServer(serverTls, (request, response) => {
    serverRequests.push(request.headers)
    response.setHeader('content-type', 'application/json')
    response.end('{"ping":"pong"}')
  })
  const proxy = createHttpServer((_request, response) => {
    response.writeHead(405).end()
  })

  beforeAll(async () => {
    // ncc resolves @actions/http-client from the entry's directory.
    await writeFile(join(scratch, 'package.json'), '{ "type": "module" }\n')
    await symlink(join(REPO_ROOT, 'node_modules'), join(scratch, 'node_modules'))
    await writeFile(join(scratch, 'probe.mjs'), probeSource)
    await runBuild(probeBuild, join(scratch, 'probe.mjs'))

    server.listen(0, '127.0.0.1')
    await once(server, 'listening')

    // Every CONNECT goes to the loopback server, whatever host it names.
    proxy.on('connect', (request, client, head) => {
      connectTargets.push(request.url ?? '')
      const upstream = connect((server.address() as AddressInfo).port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    proxy.listen(0, '127.0.0.1')
    await once(proxy, 'listening')
  }, BUILD_TIMEOUT_MS)

  afterAll(async () => {
    server.closeAllConnections()
    proxy.closeAllConnections()
    server.close()
    proxy.close()
  })

  /** Runs the probe bundle behind the proxy, with DNS limited to loopback names. */
  async function runProbe(mode: string, url: string): Promise<string> {
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    const guard = join(REPO_ROOT, 'scripts', 'loopback-dns-guard.cjs')
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--require', guard, join(probeBuild, 'index.js'), mode, url],
      {
        env: {
          PATH: process.env['PATH'] ?? '',
          https_proxy: proxyUrl,
          NODE_EXTRA_CA_CERTS: join(TLS_DIR, 'ca.pem')
        },
        timeout: 20_000
      }
    )
    return stdout.trim()
  }

  test('request goes through the CONNECT tunnel', async () => {
    serverRequests.length = 0
    connectTargets.length = 0

    // http-client never sends loopback names through a proxy, so the URL names a .test host.
    const output = await runProbe('get', 'https://api.aircall.test/v1/ping')

    expect(JSON.parse(output)).toEqual({ status: 200, body: '{"ping":"pong"}' })
    expect(connectTargets).toEqual(['api.aircall.test:443'])
    expect(serverRequests).toHaveLength(1)
    expect(serverRequests[0]?.authorization).toBe('Basic cHJvYmU6c2VjcmV0')
  })

  test('getAgentDispatcher reports the stub', async () => {
    const output = await runProbe('dispatcher', 'https://api.aircall.test/v1/ping')
    expect(output).toMatch(/^undici is not bundled into this action/)
  })
})
