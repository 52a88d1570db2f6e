/**
 * Demo of the action without any Aircall account. It starts the Aircall stand-in on 127.0.0.1
 * with one valid pair. Then it runs the committed bundle (dist/index.js) twice, under the Node
 * that runs this script: once with the valid pair and once with a revoked pair. It prints each
 * run's log, outputs and job summary.
 *
 * Exits 0 when the first run passes with result `authenticated` and the second fails with result
 * `unauthorized`; otherwise exits 1 and says which expectation failed.
 *
 * Usage: npm run demo   (or: node scripts/demo.mjs)
 */

import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { startAircallStandIn } from './aircall-stand-in.mjs'
import {
  credentialForms,
  defaultBundlePath,
  findSecretLeaks,
  repositoryRoot,
  runAction
} from './run-action.mjs'

const RUN_TIMEOUT_MS = 30_000

/** Returns an obviously fake credential: 32 random hex characters, new on every run. */
function fakeCredential() {
  return randomBytes(16).toString('hex')
}

function printSection(title, text) {
  console.log(`--- ${title} ---`)
  console.log(text.trimEnd() === '' ? '(empty)' : text.trimEnd())
}

function printRun(title, result, secrets) {
  console.log(`\n=== ${title} ===`)
  const ending = result.timedOut
    ? `killed after ${RUN_TIMEOUT_MS} ms`
    : result.signal !== null
      ? `ended by ${result.signal}`
      : `exit code ${result.exitCode}`
  console.log(`${ending}, ${result.durationMs} ms`)

  printSection('log (stdout)', result.stdout)
  printSection('log (stderr)', result.stderr)
  printSection(
    'outputs',
    Object.entries(result.outputs)
      .map(([name, value]) => `${name}=${value}`)
      .join('\n')
  )
  printSection('job summary', result.summary ?? '')

  const leaks = findSecretLeaks(result, secrets)
  if (leaks.length === 0) {
    console.log('--- credential forms in log, outputs and summary: none ---')
  } else {
    const places = leaks.map(leak =>
      leak.where === 'output' ? `output ${leak.name}` : `${leak.where} line ${leak.line}`
    )
    console.log(`--- credential forms found in: ${places.join(', ')} ---`)
  }
}

async function main() {
  const bundlePath = defaultBundlePath
  if (!existsSync(bundlePath)) {
    console.error(
      `${path.relative(repositoryRoot, bundlePath)} not found: build the action with ` +
        '`npm run build` first.'
    )
    return 1
  }

  const valid = { apiId: fakeCredential(), apiToken: fakeCredential() }
  const revoked = { apiId: fakeCredential(), apiToken: fakeCredential() }
  const standIn = await startAircallStandIn({
    keys: [{ ...valid, companyName: 'Demo Company' }]
  })
  console.log(`Aircall stand-in listening on ${standIn.url} (valid pair: fake, random per run)`)
  console.log(`Running ${path.relative(repositoryRoot, bundlePath)} with Node ${process.version}`)

  try {
    const runWith = pair =>
      runAction({
        bundlePath,
        nodePath: process.execPath,
        timeoutMs: RUN_TIMEOUT_MS,
        inputs: { 'api-id': pair.apiId, 'api-token': pair.apiToken, 'api-url': standIn.url }
      })

    const accepted = await runWith(valid)
    printRun('Run 1: valid pair (expected to pass)', accepted, [
      ...credentialForms(valid.apiId, valid.apiToken)
    ])

    const rejected = await runWith(revoked)
    printRun('Run 2: revoked pair (expected to fail with unauthorized)', rejected, [
      ...credentialForms(revoked.apiId, revoked.apiToken)
    ])

    const problems = []
    if (accepted.exitCode !== 0 || accepted.outputs['result'] !== 'authenticated') {
      problems.push(
        `run 1 should pass with result authenticated, but exited with ${accepted.exitCode} ` +
          `and result "${accepted.outputs['result'] ?? ''}"`
      )
    }
    if (rejected.exitCode === 0 || rejected.outputs['result'] !== 'unauthorized') {
      problems.push(
        `run 2 should fail with result unauthorized, but exited with ${rejected.exitCode} ` +
          `and result "${rejected.outputs['result'] ?? ''}"`
      )
    }

    console.log('')
    if (problems.length > 0) {
      console.error(`Demo failed: ${problems.join('; ')}.`)
      return 1
    }
    console.log(
      'Demo passed: the valid pair was authenticated and the revoked pair was rejected as unauthorized.'
    )
    return 0
  } finally {
    await standIn.close()
  }
}

process.exitCode = await main()
