/**
 * End-to-end tests of the main job: the committed dist/index.js, run as the GitHub runner runs it,
 * on Node 24 and on the machine's Node, against an Aircall stand-in on 127.0.0.1.
 */

import { describe, expect, it } from '@jest/globals'

import { applicationUnauthorized, serverError } from '../../scripts/aircall-stand-in.mjs'
import { newCredentials, runCase, RUNTIMES } from './support/action-run.js'
import {
  annotationsOf,
  debugMessages,
  declaredOutputNames,
  expectSafeLogs,
  summaryRows
} from './support/expectations.js'

describe.each(RUNTIMES)('main job on $name', runtime => {
  it('valid pair passes', async () => {
    const { apiId, apiToken } = newCredentials()

    const { result, requests } = await runCase(runtime, {
      keys: [{ apiId, apiToken }],
      inputs: { 'api-id': apiId, 'api-token': apiToken }
    })

    expect(result.outputs['result']).toBe('authenticated')
    expect(result.exitCode).toBe(0)
    expect(requests).toHaveLength(1)
    expectSafeLogs(result, apiId, apiToken)

    expect(result.outputs['status-code']).toBe('200')
    expect(result.outputs['request-id']).toBe(requests[0]?.answeredWith.requestId)
    expect(result.outputs['request-id']).not.toBe('')
    expect(result.outputs['attempts']).toBe('1')
    expect(result.outputs['duration-ms']).toMatch(/^\d+$/)
    expect(summaryRows(result.summary)['Verdict']).toContain('authenticated')
    expect(annotationsOf(result, 'error')).toEqual([])
  })

  it('wrong pair fails as unauthorized', async () => {
    const valid = newCredentials()
    const { apiId, apiToken } = newCredentials()

    const { result, requests } = await runCase(runtime, {
      keys: [valid],
      inputs: { 'api-id': apiId, 'api-token': apiToken }
    })

    expect(result.outputs['result']).toBe('unauthorized')
    expect(result.exitCode).toBe(1)
    expect(requests).toHaveLength(1)
    expectSafeLogs(result, apiId, apiToken)

    expect(result.outputs['status-code']).toBe('403')
    const errors = annotationsOf(result, 'error')
    expect(errors.map(error => error.properties['title'])).toEqual([
      'Aircall rejected the credentials'
    ])
    expect(errors[0]?.message).toContain('Aircall Dashboard')
  })

  it.each([
    { empty: 'api-token', filled: 'api-id' },
    { empty: 'api-id', filled: 'api-token' }
  ])('empty $empty fails before any request', async ({ empty, filled }) => {
    const credentials = newCredentials()
    const apiId = empty === 'api-id' ? '' : credentials.apiId
    const apiToken = empty === 'api-token' ? '' : credentials.apiToken

    const { result, requests } = await runCase(runtime, {
      keys: [credentials],
      inputs: { 'api-id': apiId, 'api-token': apiToken }
    })

    expect(result.outputs['result']).toBe('invalid-input')
    expect(result.exitCode).toBe(1)
    expect(requests).toHaveLength(0)
    expectSafeLogs(result, apiId, apiToken)

    const errors = annotationsOf(result, 'error')
    expect(errors.map(error => error.properties['title'])).toEqual(['Invalid input'])
    const message = errors[0]?.message ?? ''
    expect(message).toContain(`'${empty}'`)
    expect(message).not.toContain(`'${filled}'`)
    expect(message).toMatch(/fork/i)
    expect(message).toContain('Dependabot')
  })

  it('server error fails as unavailable', async () => {
    const { apiId, apiToken } = newCredentials()

    const { result, requests } = await runCase(runtime, {
      keys: [{ apiId, apiToken }],
      answers: [serverError(500)],
      inputs: { 'api-id': apiId, 'api-token': apiToken, 'max-attempts': 1 }
    })

    expect(result.outputs['result']).toBe('unavailable')
    expect(result.exitCode).toBe(1)
    expect(requests).toHaveLength(1)
    expectSafeLogs(result, apiId, apiToken)

    expect(result.outputs['status-code']).toBe('500')
    expect(result.outputs['attempts']).toBe('1')
    expect(annotationsOf(result, 'error').map(error => error.properties['title'])).toEqual([
      'Aircall API unavailable'
    ])
  })

  it('two server errors then success pass', async () => {
    const { apiId, apiToken } = newCredentials()

    const { result, requests } = await runCase(runtime, {
      keys: [{ apiId, apiToken }],
      answers: [serverError(500), serverError(500)],
      inputs: { 'api-id': apiId, 'api-token': apiToken }
    })

    expect(result.outputs['result']).toBe('authenticated')
    expect(result.exitCode).toBe(0)
    expect(requests).toHaveLength(3)
    expectSafeLogs(result, apiId, apiToken)

    expect(result.outputs['attempts']).toBe('3')
    expect(result.outputs['status-code']).toBe('200')
    expect(requests.map(request => request.answeredWith.status)).toEqual([500, 500, 200])
  })

  it.each([
    {
      verdict: 'unauthorized',
      tokenFor: () => newCredentials().apiToken,
      answers: [],
      requestCount: 1
    },
    { verdict: 'invalid-input', tokenFor: () => '', answers: [], requestCount: 0 },
    {
      verdict: 'unavailable',
      tokenFor: (validToken: string) => validToken,
      answers: [serverError(503)],
      requestCount: 1
    }
  ])('every output is set when $verdict', async ({ verdict, tokenFor, answers, requestCount }) => {
    const valid = newCredentials()
    const apiId = valid.apiId
    const apiToken = tokenFor(valid.apiToken)

    const { result, requests } = await runCase(runtime, {
      keys: [valid],
      answers,
      inputs: { 'api-id': apiId, 'api-token': apiToken, 'max-attempts': 1 }
    })

    expect(result.outputs['result']).toBe(verdict)
    expect(result.exitCode).toBe(1)
    expect(requests).toHaveLength(requestCount)
    expectSafeLogs(result, apiId, apiToken)

    const declared = await declaredOutputNames()
    expect(declared.length).toBeGreaterThan(0)
    expect(declared.filter(name => !(name in result.outputs))).toEqual([])
  })

  it('401 fails as no credentials', async () => {
    const { apiId, apiToken } = newCredentials()

    const { result, requests } = await runCase(runtime, {
      keys: [{ apiId, apiToken }],
      answers: [applicationUnauthorized()],
      inputs: { 'api-id': apiId, 'api-token': apiToken }
    })

    expect(result.outputs['result']).toBe('unauthorized')
    expect(result.exitCode).toBe(1)
    expect(requests).toHaveLength(1)
    expectSafeLogs(result, apiId, apiToken)

    expect(result.outputs['status-code']).toBe('401')
    expect(annotationsOf(result, 'error').map(error => error.properties['title'])).toEqual([
      'No credentials reached Aircall'
    ])
  })

  it('plain http to another host is invalid', async () => {
    const { apiId, apiToken } = newCredentials()

    // The DNS guard resolves *.test to 127.0.0.1, so a connection attempt would reach the
    // stand-in's port and show up in its requests.
    const { result, requests } = await runCase(runtime, {
      keys: [{ apiId, apiToken }],
      inputs: standIn => ({
        'api-id': apiId,
        'api-token': apiToken,
        'api-url': `http://api.aircall.test:${standIn.port}`
      })
    })

    expect(result.outputs['result']).toBe('invalid-input')
    expect(result.exitCode).toBe(1)
    expect(requests).toHaveLength(0)
    expectSafeLogs(result, apiId, apiToken)

    const errors = annotationsOf(result, 'error')
    expect(errors.map(error => error.properties['title'])).toEqual(['Invalid input'])
    expect(errors[0]?.message).toContain("'api-url'")
    expect(result.outputs['attempts']).toBe('0')
  })

  it('api-url path prefix is kept', async () => {
    const { apiId, apiToken } = newCredentials()

    const { result, requests } = await runCase(runtime, {
      keys: [{ apiId, apiToken }],
      inputs: standIn => ({
        'api-id': apiId,
        'api-token': apiToken,
        'api-url': `${standIn.url}/prefix`
      })
    })

    expect(result.outputs['result']).toBe('unavailable')
    expect(result.exitCode).toBe(1)
    expect(requests).toHaveLength(1)
    expectSafeLogs(result, apiId, apiToken)

    expect(requests[0]?.path).toBe('/prefix/v1/ping')
    expect(result.outputs['status-code']).toBe('404')
  })

  it('missing step summary file still passes', async () => {
    const { apiId, apiToken } = newCredentials()

    const { result, requests } = await runCase(runtime, {
      keys: [{ apiId, apiToken }],
      inputs: { 'api-id': apiId, 'api-token': apiToken },
      stepSummary: false
    })

    expect(result.outputs['result']).toBe('authenticated')
    expect(result.exitCode).toBe(0)
    expect(requests).toHaveLength(1)
    expectSafeLogs(result, apiId, apiToken)

    expect(result.summary).toBeNull()
    expect(
      debugMessages(result).filter(message => message.includes('GITHUB_STEP_SUMMARY'))
    ).toHaveLength(1)
    expect(annotationsOf(result, 'warning')).toEqual([])
  })
})
