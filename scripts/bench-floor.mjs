// The floor of scripts/bench.mjs: one HTTPS GET with node:https and nothing else, so its time is
// Node's startup, the TLS handshake and the exchange. It reads the action's inputs from the same
// INPUT_* variables, sends the headers that the action sends and trusts the same CA, which
// NODE_EXTRA_CA_CERTS names. Exits with 0 after a 200 response, 1 otherwise.

import { request } from 'node:https'

const apiUrl = process.env['INPUT_API-URL'] ?? ''
const pair = `${process.env['INPUT_API-ID'] ?? ''}:${process.env['INPUT_API-TOKEN'] ?? ''}`
const url = `${apiUrl.replace(/\/+$/, '')}/v1/ping`
const headers = {
  authorization: `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`,
  accept: 'application/json',
  'user-agent': 'aircall-credentials-check-bench-floor'
}

const outgoing = request(url, { method: 'GET', headers }, response => {
  const chunks = []
  response.on('data', chunk => chunks.push(chunk))
  response.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8')
    console.log(`${response.statusCode} ${body}`)
    process.exitCode = response.statusCode === 200 ? 0 : 1
  })
})

outgoing.on('error', error => {
  console.error(`GET ${url} failed: ${error.message}`)
  process.exitCode = 1
})
outgoing.end()
