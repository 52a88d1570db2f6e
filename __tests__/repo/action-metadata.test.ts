import { validateAction } from '@action-validator/core'
import { describe, expect, test } from '@jest/globals'
import { parseDocument } from 'yaml'

import { loadActionMetadata, readRepoFile } from './workflow-examples.js'

/**
 * Returns the action metadata with `runs.using` replaced. NOTE: @action-validator/core 0.6.0, the
 * latest release, bundles a schema that lists node12, node16 and node20 but not node24, although
 * GitHub's runner runs node24 actions. The schema test therefore validates a copy that declares
 * node20, and a separate test pins the runtime to node24.
 */
function withRuntime(source: string, runtime: string): string {
  const document = parseDocument(source)
  document.setIn(['runs', 'using'], runtime)
  return document.toString()
}

describe('action.yml', () => {
  const source = readRepoFile('action.yml')
  const metadata = loadActionMetadata()

  test('matches the action metadata schema', () => {
    const state = validateAction(withRuntime(source, 'node20'))

    expect(state.actionType).toBe('action')
    expect(state.errors).toEqual([])
  })

  test('runs the committed bundle on node24', () => {
    expect(metadata.runs.using).toBe('node24')
    expect(metadata.runs.main).toBe('dist/index.js')
  })

  test('schema check rejects broken metadata', () => {
    const document = parseDocument(withRuntime(source, 'node20'))
    document.deleteIn(['description'])
    document.setIn(['inputs', 'api-id', 'required'], 'maybe')

    const paths = validateAction(document.toString()).errors.map(error =>
      'path' in error ? error.path : error.title
    )

    expect(paths).toContain('/description')
    expect(paths).toContain('/inputs/api-id/required')
  })

  test('declares the documented outputs', () => {
    expect(Object.keys(metadata.outputs)).toEqual([
      'result',
      'status-code',
      'duration-ms',
      'request-id',
      'attempts',
      'rate-limit-remaining',
      'rate-limit-reset',
      'company-name'
    ])
  })
})
