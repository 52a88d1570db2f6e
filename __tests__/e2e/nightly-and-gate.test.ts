/**
 * End-to-end tests of the nightly check that a retired key stays revoked, the deploy gate on the
 * key's company, the job summary, and `on-unavailable: warn`, run on the committed bundle on both
 * runtimes against a stand-in on 127.0.0.1.
 */

import { describe, expect, it } from '@jest/globals'

import { serverError } from '../../scripts/aircall-stand-in.mjs'
import { newCredentials, runCase, RUNTIMES } from './support/action-run.js'
import { annotationsOf, expectSafeLogs, summaryRows } from './support/expectations.js'

describe.each(RUNTIMES)('nightly and deploy gate on $name', runtime => {
  it('revoked pair passes expect revoked', async () => {
    const { apiId, apiToken } = newCredentials()

    const { result, requests } = await runCase(runtime, {
      keys: [],
      inputs: { 'api-id': apiId, 'api-token': apiToken, expect: 'revoked' }
    })

    expect(result.outputs['result']).toBe('unauthorized')
    expect(result.exitCode).toBe(0)
    expect(requests).toHaveLength(1)
    expectSafeLogs(result, apiId, apiToken)

    expect(result.outputs['status-code']).toBe('403')
    expect(annotationsOf(result, 'error')).toEqual([])
    expect(summaryRows(result.summary)['Company']).toBeUndefined()
  })

  it('valid pair fails expect revoked', async () => {
    const { apiId, apiToken } = newCredentials()

    const { result, requests } = await runCase(runtime, {
      keys: [{ apiId, apiToken }],
      inputs: { 'api-id': apiId, 'api-token': apiToken, expect: 'revoked' }
    })

    expect(result.outputs['result']).toBe('authenticated')
    expect(result.exitCode).toBe(1)
    expect(requests).toHaveLength(1)
    expectSafeLogs(result, apiId, apiToken)

    expect(annotationsOf(result, 'error').map(error => error.properties['title'])).toEqual([
      'Aircall key still active'
    ])
  })

  it('matching company passes', async () => {
    const { apiId, apiToken } = newCredentials()

    const { result, requests, standInUrl } = await runCase(runtime, {
      keys: [{ apiId, apiToken, companyName: 'Acme Inc' }],
      inputs: { 'api-id': apiId, 'api-token': apiToken, 'expected-company': '  acme inc ' }
    })

    expect(result.outputs['result']).toBe('authenticated')
    expect(result.exitCode).toBe(0)
    expect(requests).toHaveLength(2)
    expectSafeLogs(result, apiId, apiToken)

    expect(requests.map(request => request.path)).toEqual(['/v1/ping', '/v1/company'])
    expect(result.outputs['company-name']).toBe('Acme Inc')
    expect(result.outputs['attempts']).toBe('2')
    expect(annotationsOf(result, 'error')).toEqual([])

    // The job summary shows the verdict, host, status, attempts and the company fetched.
    const rows = summaryRows(result.summary)
    expect(rows['Verdict']).toContain('authenticated')
    expect(rows['API host']).toBe(new URL(standInUrl).host)
    expect(rows['HTTP status']).toBe('200')
    expect(rows['Attempts']).toBe('2')
    expect(rows['Company']).toBe('Acme Inc')
  })

  it('other company fails as wrong-company', async () => {
    const { apiId, apiToken } = newCredentials()

    const { result, requests } = await runCase(runtime, {
      keys: [{ apiId, apiToken, companyName: 'Acme Staging' }],
      inputs: { 'api-id': apiId, 'api-token': apiToken, 'expected-company': 'Acme Inc' }
    })

    expect(result.outputs['result']).toBe('wrong-company')
    expect(result.exitCode).toBe(1)
    expect(requests).toHaveLength(2)
    expectSafeLogs(result, apiId, apiToken)

    expect(requests.map(request => request.path)).toEqual(['/v1/ping', '/v1/company'])
    expect(result.outputs['company-name']).toBe('Acme Staging')
    expect(annotationsOf(result, 'error').map(error => error.properties['title'])).toEqual([
      'Aircall key belongs to another company'
    ])
    expect(summaryRows(result.summary)['Verdict']).toContain('wrong-company')
  })

  it('company HTML is escaped in summary', async () => {
    const { apiId, apiToken } = newCredentials()

    const { result, requests } = await runCase(runtime, {
      keys: [{ apiId, apiToken, companyName: '<b>x</b>' }],
      inputs: { 'api-id': apiId, 'api-token': apiToken, 'expected-company': '<b>x</b>' }
    })

    expect(result.outputs['result']).toBe('authenticated')
    expect(result.exitCode).toBe(0)
    expect(requests).toHaveLength(2)
    expectSafeLogs(result, apiId, apiToken)

    expect(summaryRows(result.summary)['Company']).toBe('&lt;b&gt;x&lt;/b&gt;')
    expect(result.summary).not.toContain('<b>')
    expect(result.outputs['company-name']).toBe('<b>x</b>')
  })

  it('outage only warns with on-unavailable warn', async () => {
    const { apiId, apiToken } = newCredentials()

    // Three 503s are queued, more than max-attempts allows, so a retry would get 503 too.
    const { result, requests } = await runCase(runtime, {
      keys: [{ apiId, apiToken }],
      answers: [serverError(503), serverError(503), serverError(503)],
      inputs: {
        'api-id': apiId,
        'api-token': apiToken,
        'on-unavailable': 'warn',
        'max-attempts': 1
      }
    })

    expect(result.outputs['result']).toBe('unavailable')
    expect(result.exitCode).toBe(0)
    expect(requests).toHaveLength(1)
    expectSafeLogs(result, apiId, apiToken)

    expect(result.outputs['status-code']).toBe('503')
    expect(annotationsOf(result, 'warning').map(warning => warning.properties['title'])).toEqual([
      'Aircall API unavailable'
    ])
    expect(annotationsOf(result, 'error')).toEqual([])
  })

  it('403 still fails with on-unavailable warn', async () => {
    const { apiId, apiToken } = newCredentials()

    const { result, requests } = await runCase(runtime, {
      keys: [],
      inputs: { 'api-id': apiId, 'api-token': apiToken, 'on-unavailable': 'warn' }
    })

    expect(result.outputs['result']).toBe('unauthorized')
    expect(result.exitCode).toBe(1)
    expect(requests).toHaveLength(1)
    expectSafeLogs(result, apiId, apiToken)

    expect(annotationsOf(result, 'error').map(error => error.properties['title'])).toEqual([
      'Aircall rejected the credentials'
    ])
  })
})
