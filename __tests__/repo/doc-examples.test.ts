import { readdirSync } from 'node:fs'
import { validateWorkflow } from '@action-validator/core'
import { describe, expect, test } from '@jest/globals'
import { parse } from 'yaml'

import {
  REPO_ROOT,
  extractWorkflowBlocks,
  findUsageProblems,
  loadActionMetadata,
  readRepoFile,
  toWorkflow
} from './workflow-examples.js'

const metadata = loadActionMetadata()

const docs = readdirSync(`${REPO_ROOT}docs`)
  .filter(name => name.endsWith('.md'))
  .map(name => `docs/${name}`)
const blocks = ['README.md', ...docs].flatMap(file =>
  extractWorkflowBlocks(readRepoFile(file), file)
)

describe('example workflows', () => {
  test('README shows every documented example', () => {
    const readmeBlocks = blocks.filter(block => block.file === 'README.md')

    // Quick start, deploy gate, nightly check, rotation, matrix and outage examples.
    expect(readmeBlocks.length).toBeGreaterThanOrEqual(6)
  })

  test.each(blocks.map(block => [`${block.file}:${block.line}`, block] as const))(
    '%s is a valid workflow that uses the action as declared',
    (_, block) => {
      const workflow = toWorkflow(parse(block.source))

      const state = validateWorkflow(JSON.stringify(workflow))

      expect(state.errors).toEqual([])
      expect(findUsageProblems(workflow, block.source, metadata)).toEqual([])
    }
  )
})
