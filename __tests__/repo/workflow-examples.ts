// Pure helpers for the repository checks: read action.yml, find the example workflows in Markdown,
// and list every way a workflow misuses this action. They do no assertions, so the tests can run
// them on broken fixtures too.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface ActionInput {
  readonly description: string
  readonly required?: boolean
  readonly default?: string
}

export interface ActionMetadata {
  readonly inputs: Readonly<Record<string, ActionInput>>
  readonly outputs: Readonly<Record<string, { readonly description: string }>>
  readonly runs: { readonly using: string; readonly main: string }
}

/** Example code block from a Markdown file, dedented, with the line its fence opens on. */
export interface CodeBlock {
  readonly file: string
  readonly line: number
  readonly source: string
}

type Mapping = Record<string, unknown>

/** `uses:` values that run this action: the local checkout, or the published repository. */
const THIS_ACTION = /^(\.\/?|your-org\/aircall-credentials-check@.+)$/

const OUTPUT_REFERENCE = /steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g

export function readRepoFile(path: string): string {
  return readFileSync(new URL(path, `file://${REPO_ROOT}`), 'utf8')
}

export function loadActionMetadata(): ActionMetadata {
  return parse(readRepoFile('action.yml')) as ActionMetadata
}

/**
 * Finds the fenced ```yaml and ```yml blocks of a Markdown text that contain `jobs:` or `steps:`.
 * Fences indented inside a list item count too, and their indentation is removed.
 */
export function extractWorkflowBlocks(markdown: string, file: string): CodeBlock[] {
  const fence = /^( *)```ya?ml[^\n]*\n([\s\S]*?)^\1```/gm
  const blocks: CodeBlock[] = []

  for (const match of markdown.matchAll(fence)) {
    const indent = match[1] ?? ''
    const body = match[2] ?? ''
    const source = body
      .split('\n')
      .map(line => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n')
    if (!/^\s*(jobs|steps):/m.test(source)) {
      continue
    }

    const line = markdown.slice(0, match.index).split('\n').length
    blocks.push({ file, line, source })
  }

  return blocks
}

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Turns a parsed example into a whole workflow. A fragment with `steps:` but no `jobs:` becomes
 * the steps of one job, so that the schema can check it like any other workflow.
 */
export function toWorkflow(document: unknown): Mapping {
  if (isMapping(document) && 'jobs' in document) {
    return document
  }

  if (isMapping(document) && 'steps' in document) {
    const job = { 'runs-on': 'ubuntu-latest', ...document }
    return { on: 'workflow_dispatch', jobs: { example: job } }
  }

  throw new Error('the block has neither a top-level jobs: nor a top-level steps: key')
}

/** Finds every step of the workflow whose `uses:` names this action. */
export function findActionSteps(workflow: Mapping): Mapping[] {
  const jobs = isMapping(workflow['jobs']) ? Object.values(workflow['jobs']) : []
  const steps = jobs.flatMap(job =>
    isMapping(job) && Array.isArray(job['steps']) ? job['steps'] : []
  )

  return steps.filter(
    (step): step is Mapping => isMapping(step) && THIS_ACTION.test(String(step['uses'] ?? ''))
  )
}

/**
 * Lists how a workflow misuses this action: a `with:` key that action.yml does not declare, a
 * required input left out, or a `steps.X.outputs.NAME` reference to an undeclared output or to a
 * step that is not this action. An empty list means no misuse was found.
 */
export function findUsageProblems(
  workflow: Mapping,
  source: string,
  metadata: ActionMetadata
): string[] {
  const problems: string[] = []
  const declaredInputs = Object.keys(metadata.inputs)
  const requiredInputs = declaredInputs.filter(name => metadata.inputs[name]?.required === true)
  const actionSteps = findActionSteps(workflow)

  for (const step of actionSteps) {
    const label = `step '${String(step['name'] ?? step['id'] ?? step['uses'])}'`
    const givenInputs = isMapping(step['with']) ? Object.keys(step['with']) : []

    for (const name of givenInputs.filter(name => !declaredInputs.includes(name))) {
      problems.push(`${label} passes '${name}', which action.yml does not declare as an input`)
    }
    for (const name of requiredInputs.filter(name => !givenInputs.includes(name))) {
      problems.push(`${label} leaves out the required input '${name}'`)
    }
  }

  const actionStepIds = actionSteps.map(step => step['id'])
  for (const [reference, stepId = '', output = ''] of source.matchAll(OUTPUT_REFERENCE)) {
    if (!actionStepIds.includes(stepId)) {
      problems.push(`'${reference}' names step '${stepId}', which is no step of this action`)
    }
    if (!(output in metadata.outputs)) {
      problems.push(`'${reference}' reads '${output}', which action.yml does not declare`)
    }
  }

  return problems
}
