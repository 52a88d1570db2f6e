import { validateWorkflow } from '@action-validator/core'
import { describe, expect, test } from '@jest/globals'
import { parse } from 'yaml'

import {
  extractWorkflowBlocks,
  findUsageProblems,
  loadActionMetadata,
  toWorkflow
} from './workflow-examples.js'

const metadata = loadActionMetadata()

/** Builds a one-job workflow around the given steps, written as YAML lines under `steps:`. */
function workflowWithSteps(steps: string): { workflow: Record<string, unknown>; source: string } {
  const source = `steps:\n${steps}`
  return { workflow: toWorkflow(parse(source)), source }
}

const CHECK_STEP = `  - id: aircall
    uses: your-org/aircall-credentials-check@v1
    with:
      api-id: \${{ secrets.AIRCALL_API_ID }}
      api-token: \${{ secrets.AIRCALL_API_TOKEN }}
`

describe('extractWorkflowBlocks', () => {
  const markdown = [
    '# Title',
    '```yaml',
    'steps:',
    '  - run: echo top',
    '```',
    '```yaml',
    'version: 2',
    '```',
    '```sh',
    'steps: not yaml here',
    '```',
    '1. A list item:',
    '',
    '   ```yml',
    '   jobs:',
    '     a:',
    '       runs-on: ubuntu-latest',
    '   ```',
    ''
  ].join('\n')
  const blocks = extractWorkflowBlocks(markdown, 'example.md')

  test('keeps only yaml workflow blocks', () => {
    expect(blocks.map(block => block.line)).toEqual([2, 14])
  })

  test('dedents a fence inside a list', () => {
    expect(blocks[1]?.source).toBe('jobs:\n  a:\n    runs-on: ubuntu-latest\n')
  })
})

describe('toWorkflow', () => {
  test('wraps a steps fragment into a job', () => {
    const workflow = toWorkflow({ steps: [{ run: 'true' }] })

    expect(workflow).toEqual({
      on: 'workflow_dispatch',
      jobs: { example: { 'runs-on': 'ubuntu-latest', steps: [{ run: 'true' }] } }
    })
    expect(validateWorkflow(JSON.stringify(workflow)).errors).toEqual([])
  })

  test('rejects a block without jobs or steps', () => {
    expect(() => toWorkflow({ version: 2 })).toThrow('neither a top-level jobs')
  })
})

describe('findUsageProblems', () => {
  test.each([
    ['correct use', CHECK_STEP, []],
    [
      'undeclared input',
      `${CHECK_STEP}      api-key: x\n`,
      ["step 'aircall' passes 'api-key', which action.yml does not declare as an input"]
    ],
    [
      'missing required input',
      '  - uses: ./\n    with:\n      api-id: x\n',
      ["step './' leaves out the required input 'api-token'"]
    ],
    [
      'undeclared output',
      `${CHECK_STEP}  - run: echo \${{ steps.aircall.outputs.verdict }}\n`,
      ["'steps.aircall.outputs.verdict' reads 'verdict', which action.yml does not declare"]
    ],
    [
      'output of another step',
      `${CHECK_STEP}  - run: echo \${{ steps.build.outputs.result }}\n`,
      ["'steps.build.outputs.result' names step 'build', which is no step of this action"]
    ]
  ])('%s', (_, steps, expected) => {
    const { workflow, source } = workflowWithSteps(steps)

    expect(findUsageProblems(workflow, source, metadata)).toEqual(expected)
  })

  test('ignores steps of other actions', () => {
    const { workflow, source } = workflowWithSteps(
      '  - uses: actions/checkout@v5\n    with:\n      fetch-depth: 0\n'
    )

    expect(findUsageProblems(workflow, source, metadata)).toEqual([])
  })
})

describe('workflow schema check', () => {
  test('rejects a job without runs-on', () => {
    const state = validateWorkflow('on: push\njobs:\n  a:\n    steps:\n      - run: "true"\n')

    expect(state.errors.length).toBeGreaterThan(0)
  })
})
