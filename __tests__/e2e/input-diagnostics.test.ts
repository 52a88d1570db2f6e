/**
 * End-to-end tests of the paste mistakes the action diagnoses in api-id and api-token, run on the
 * committed bundle on both runtimes. A rejected value must stop the check before any request and
 * never appear in the logs, the outputs or the job summary.
 */

import { describe, expect, it } from '@jest/globals'

import { newCredentials, randomHex, runCase, RUNTIMES } from './support/action-run.js'
import { annotationsOf, expectSafeLogs } from './support/expectations.js'

interface PasteMistake {
  readonly name: string
  readonly input: 'api-id' | 'api-token'
  /** Builds the pasted value from a valid pair. */
  readonly paste: (apiId: string, apiToken: string) => string
  /** Parts of the pasted value that are secrets of their own, such as the token inside quotes. */
  readonly innerSecrets: (apiId: string, apiToken: string) => string[]
}

const PASTE_MISTAKES: PasteMistake[] = [
  {
    name: 'line break inside token',
    input: 'api-token',
    paste: (_apiId, apiToken) => `${apiToken.slice(0, 16)}\n${apiToken.slice(16)}`,
    innerSecrets: (_apiId, apiToken) => [apiToken.slice(0, 16), apiToken.slice(16)]
  },
  {
    name: 'token in double quotes',
    input: 'api-token',
    paste: (_apiId, apiToken) => `"${apiToken}"`,
    innerSecrets: (_apiId, apiToken) => [apiToken]
  },
  {
    name: 'token in single quotes',
    input: 'api-token',
    paste: (_apiId, apiToken) => `'${apiToken}'`,
    innerSecrets: (_apiId, apiToken) => [apiToken]
  },
  {
    name: 'token with Basic prefix',
    input: 'api-token',
    paste: (_apiId, apiToken) => `Basic ${apiToken}`,
    innerSecrets: (_apiId, apiToken) => [apiToken]
  },
  {
    name: 'token with Bearer prefix',
    input: 'api-token',
    paste: (_apiId, apiToken) => `Bearer ${apiToken}`,
    innerSecrets: (_apiId, apiToken) => [apiToken]
  },
  {
    name: 'token as base64 of pair',
    input: 'api-token',
    paste: (apiId, apiToken) => Buffer.from(`${apiId}:${apiToken}`, 'utf8').toString('base64'),
    innerSecrets: (apiId, apiToken) => [apiId, apiToken, `${apiId}:${apiToken}`]
  },
  {
    name: 'api-id with colon',
    input: 'api-id',
    paste: (apiId, apiToken) => `${apiId}:${apiToken}`,
    innerSecrets: (apiId, apiToken) => [apiId, apiToken]
  },
  {
    name: 'control character in token',
    input: 'api-token',
    paste: (_apiId, apiToken) => `${apiToken.slice(0, 16)}\u0007${apiToken.slice(16)}`,
    innerSecrets: (_apiId, apiToken) => [apiToken.slice(0, 16), apiToken.slice(16)]
  }
]

// NOTE: a value with a NUL character is not tested, because the runner passes inputs through
// environment variables, which cannot carry NUL.

describe.each(RUNTIMES)('input diagnostics on $name', runtime => {
  it.each(PASTE_MISTAKES)('$name is invalid input', async mistake => {
    const valid = newCredentials()
    const pasted = mistake.paste(valid.apiId, valid.apiToken)
    const apiId = mistake.input === 'api-id' ? pasted : valid.apiId
    const apiToken = mistake.input === 'api-token' ? pasted : valid.apiToken

    const { result, requests } = await runCase(runtime, {
      keys: [valid],
      inputs: { 'api-id': apiId, 'api-token': apiToken }
    })

    expect(result.outputs['result']).toBe('invalid-input')
    expect(result.exitCode).toBe(1)
    expect(requests).toHaveLength(0)
    expectSafeLogs(result, apiId.trim(), apiToken.trim(), [
      pasted,
      ...mistake.innerSecrets(valid.apiId, valid.apiToken)
    ])

    const errors = annotationsOf(result, 'error')
    expect(errors.map(error => error.properties['title'])).toEqual(['Invalid input'])
    expect(errors[0]?.message).toContain(`'${mistake.input}'`)
  })

  it.each([
    { name: 'surrounding spaces', pad: (value: string) => `  ${value}  ` },
    { name: 'trailing newline', pad: (value: string) => `${value}\n` }
  ])('token with $name is trimmed', async ({ pad }) => {
    const { apiId, apiToken } = newCredentials()
    const pasted = pad(apiToken)

    const { result, requests } = await runCase(runtime, {
      keys: [{ apiId, apiToken }],
      inputs: { 'api-id': apiId, 'api-token': pasted }
    })

    expect(result.outputs['result']).toBe('authenticated')
    expect(result.exitCode).toBe(0)
    expect(requests).toHaveLength(1)
    expectSafeLogs(result, apiId, apiToken, [pasted])

    expect(requests[0]?.authorization?.apiToken).toBe(apiToken)
    const warnings = annotationsOf(result, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.message).toContain("'api-token'")
  })

  it('non-ASCII token gets 403 with a hint', async () => {
    const { apiId, apiToken: validToken } = newCredentials()
    const apiToken = `${validToken.slice(0, 16)}é${validToken.slice(16)}`

    const { result, requests } = await runCase(runtime, {
      keys: [{ apiId, apiToken: validToken }],
      inputs: { 'api-id': apiId, 'api-token': apiToken }
    })

    expect(result.outputs['result']).toBe('unauthorized')
    expect(result.exitCode).toBe(1)
    expect(requests).toHaveLength(1)
    expectSafeLogs(result, apiId, apiToken, [validToken])

    expect(result.outputs['status-code']).toBe('403')
    expect(requests[0]?.authorization?.apiToken).toBe(apiToken)
    const errors = annotationsOf(result, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toContain('non-ASCII')
  })

  it('short token only warns', async () => {
    const apiId = newCredentials().apiId
    // Nine characters with letters, so it cannot match a number such as duration-ms by chance.
    const apiToken = `short${randomHex(2)}`

    const { result, requests } = await runCase(runtime, {
      keys: [{ apiId, apiToken }],
      inputs: { 'api-id': apiId, 'api-token': apiToken }
    })

    expect(result.outputs['result']).toBe('authenticated')
    expect(result.exitCode).toBe(0)
    expect(requests).toHaveLength(1)
    expectSafeLogs(result, apiId, apiToken)

    const warnings = annotationsOf(result, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.message).toContain("'api-token'")
    expect(annotationsOf(result, 'error')).toEqual([])
  })
})
