import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'

import { INPUT_NAMES } from '../../src/inputs.js'
import { OUTPUT_NAMES } from '../../src/report.js'
import { ACTION_VERSION } from '../../src/version.js'

const ROOT = join(import.meta.dirname, '..', '..')

interface ActionMetadata {
  inputs: Record<string, { required?: boolean; default?: string }>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}

const metadata = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionMetadata
const sources = readdirSync(join(ROOT, 'src'))
  .filter(name => name.endsWith('.ts'))
  .map(name => readFileSync(join(ROOT, 'src', name), 'utf8'))
  .join('\n')

describe('action.yml', () => {
  it('declares exactly the inputs the code reads', () => {
    expect(Object.keys(metadata.inputs).sort()).toEqual([...INPUT_NAMES].sort())
  })

  it('declares exactly the outputs the code sets', () => {
    expect(Object.keys(metadata.outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
  })

  it('has no input or output name literal outside the lists', () => {
    const literalInputs = [...sources.matchAll(/getInput\(\s*'([^']+)'/g)].map(
      match => match[1] ?? ''
    )
    const literalOutputs = [...sources.matchAll(/setOutput\(\s*'([^']+)'/g)].map(
      match => match[1] ?? ''
    )

    expect(literalInputs.filter(name => !(name in metadata.inputs))).toEqual([])
    expect(literalOutputs.filter(name => !(name in metadata.outputs))).toEqual([])
  })

  it('requires only the two secrets', () => {
    const required = Object.entries(metadata.inputs)
      .filter(([, input]) => input.required === true)
      .map(([name]) => name)

    expect(required.sort()).toEqual(['api-id', 'api-token'])
  })

  it('runs the committed bundle on node24', () => {
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('uses kebab-case names', () => {
    for (const name of [...Object.keys(metadata.inputs), ...Object.keys(metadata.outputs)]) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
    }
  })
})

describe('ACTION_VERSION', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }

    expect(ACTION_VERSION).toBe(pkg.version)
  })
})
