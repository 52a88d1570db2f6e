/**
 * Checks that the shared end-to-end expectations fail when they should, on hand-written runs, so
 * a passing end-to-end test means the action behaved and not that a helper looked away.
 */

import { describe, expect, it } from '@jest/globals'

import { parseWorkflowCommands, type ActionRunResult } from '../../../scripts/run-action.mjs'
import {
  expectCredentialsMasked,
  expectMasksFirst,
  expectNoLeaks,
  summaryRows
} from './expectations.js'

const ID = '0123456789abcdef0123456789abcdef'
const TOKEN = 'fedcba9876543210fedcba9876543210'
const BASE64 = Buffer.from(`${ID}:${TOKEN}`).toString('base64')
const MASKS = [ID, TOKEN, `${ID}:${TOKEN}`, BASE64].map(form => `::add-mask::${form}`)

function fakeRun(stdoutLines: string[], changes: Partial<ActionRunResult> = {}): ActionRunResult {
  const stdout = `${stdoutLines.join('\n')}\n`
  return {
    exitCode: 0,
    signal: null,
    timedOut: false,
    durationMs: 1,
    stdout,
    stderr: '',
    outputs: { result: 'authenticated' },
    summary: '',
    commands: parseWorkflowCommands(stdout),
    ...changes
  }
}

describe('expectMasksFirst', () => {
  it('accepts masks before other lines', () => {
    expect(() => expectMasksFirst(fakeRun([...MASKS, 'Checking']))).not.toThrow()
  })

  it('rejects a mask after a log line', () => {
    const run = fakeRun(['Checking', ...MASKS])
    expect(() => expectMasksFirst(run)).toThrow()
  })

  it('rejects a run without masks', () => {
    expect(() => expectMasksFirst(fakeRun(['Checking']))).toThrow()
  })
})

describe('expectCredentialsMasked', () => {
  it('rejects a missing base64 mask', () => {
    const run = fakeRun(MASKS.slice(0, 3))
    expect(() => expectCredentialsMasked(run, ID, TOKEN)).toThrow()
  })
})

describe('expectNoLeaks', () => {
  it('ignores secrets inside mask commands', () => {
    expect(() => expectNoLeaks(fakeRun(MASKS), ID, TOKEN)).not.toThrow()
  })

  it.each([
    ['stdout', { stdout: `Token ${TOKEN}\n` }],
    ['stderr', { stderr: `Basic ${BASE64}\n` }],
    ['an output', { outputs: { result: `${ID}:${TOKEN}` } }],
    ['the summary', { summary: `<td>${ID}</td>` }]
  ])('finds a credential in %s', (_where, changes) => {
    expect(() => expectNoLeaks(fakeRun(MASKS, changes), ID, TOKEN)).toThrow()
  })

  it('finds one line of a multi-line secret', () => {
    const raw = `${TOKEN.slice(0, 16)}\n${TOKEN.slice(16)}`
    const run = fakeRun(MASKS, { stderr: `second half: ${TOKEN.slice(16)}\n` })
    expect(() => expectNoLeaks(run, ID, raw, [raw])).toThrow()
  })
})

describe('summaryRows', () => {
  it('reads cells by heading', () => {
    const summary =
      '<table>\n<tr><th align="left">Company</th><td>&lt;b&gt;</td></tr>\n' +
      '<tr><th align="left">Attempts</th><td>2</td></tr>\n</table>'
    expect(summaryRows(summary)).toEqual({ Company: '&lt;b&gt;', Attempts: '2' })
  })
})
