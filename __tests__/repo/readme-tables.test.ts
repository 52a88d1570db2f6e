import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'

import { REPO_ROOT, loadActionMetadata, readRepoFile } from './workflow-examples.js'

const metadata = loadActionMetadata()
const readme = readRepoFile('README.md')
const scratch = mkdtempSync(join(tmpdir(), 'readme-tables-'))

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Runs scripts/readme-tables.mjs on a README file, with the repository's action.yml. */
function runTablesScript(readmePath: string, check: boolean) {
  const args = ['scripts/readme-tables.mjs', '--readme', readmePath, ...(check ? ['--check'] : [])]
  return spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8', timeout: 20_000 })
}

function writeScratchReadme(name: string, text: string): string {
  const path = join(scratch, name)
  writeFileSync(path, text)
  return path
}

/** Reads the rows of the Markdown table between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
function tableRows(markdown: string, name: string): string[][] {
  const start = markdown.indexOf(`<!-- ${name}:start -->`)
  const end = markdown.indexOf(`<!-- ${name}:end -->`)
  expect(start).toBeGreaterThan(-1)
  expect(end).toBeGreaterThan(start)

  const lines = markdown
    .slice(start, end)
    .split('\n')
    .filter(line => line.startsWith('|'))
  return lines.slice(2).map(line =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map(cell => cell.trim().replace(/\\\|/g, '|'))
  )
}

/** Collapses the line breaks of a folded YAML description, as a table cell shows it. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Shows a default as the table does: blank when there is none, `(empty)` for ''. */
function defaultCell(value: string | undefined): string {
  if (value === undefined) {
    return ''
  }

  return value === '' ? '(empty)' : `\`${value}\``
}

describe('README inputs table', () => {
  const rows = tableRows(readme, 'inputs')

  test('lists every input in order', () => {
    expect(rows.map(row => row[0])).toEqual(Object.keys(metadata.inputs).map(name => `\`${name}\``))
  })

  test.each(Object.entries(metadata.inputs))('row of %s matches action.yml', (name, input) => {
    const row = rows.find(cells => cells[0] === `\`${name}\``)
    const expectedDefault = defaultCell(input.default)

    expect(row?.[1]).toBe(input.required === true ? 'yes' : 'no')
    expect(row?.[2]).toBe(expectedDefault)
    expect(row?.[3]).toBe(oneLine(input.description))
  })
})

describe('README outputs table', () => {
  const rows = tableRows(readme, 'outputs')

  test('lists every output in order', () => {
    expect(rows.map(row => row[0])).toEqual(
      Object.keys(metadata.outputs).map(name => `\`${name}\``)
    )
  })

  test.each(Object.entries(metadata.outputs))('row of %s matches action.yml', (name, output) => {
    const row = rows.find(cells => cells[0] === `\`${name}\``)

    expect(row?.[1]).toBe(oneLine(output.description))
  })
})

describe('readme-tables script', () => {
  test('check passes on the committed README', () => {
    const run = runTablesScript('README.md', true)

    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  test('check fails on a stale description', () => {
    const stale = readme.replace('Number of HTTP requests made.', 'Number of requests.')
    expect(stale.includes('Number of requests.')).toBe(true)

    const run = runTablesScript(writeScratchReadme('stale-description.md', stale), true)

    expect(run.status).toBe(1)
    expect(run.stderr).toContain('the outputs table does not match action.yml')
  })

  test('check fails on a missing row', () => {
    const stale = readme
      .split('\n')
      .filter(line => !line.startsWith('| `max-attempts`'))
      .join('\n')
    expect(stale.split('\n').length).toBe(readme.split('\n').length - 1)

    const run = runTablesScript(writeScratchReadme('missing-row.md', stale), true)

    expect(run.status).toBe(1)
    expect(run.stderr).toContain('the inputs table does not match action.yml')
  })

  test('rewrite restores the committed README', () => {
    const emptied = readme.replace(
      /<!-- inputs:start -->[\s\S]*<!-- inputs:end -->/,
      '<!-- inputs:start -->\n<!-- inputs:end -->'
    )
    const path = writeScratchReadme('emptied.md', emptied)

    const run = runTablesScript(path, false)

    expect(run.status).toBe(0)
    expect(readFileSync(path, 'utf8')).toBe(readme)
  })

  test('missing markers are an error', () => {
    const unmarked = readme.replace('<!-- outputs:end -->', '')

    const run = runTablesScript(writeScratchReadme('unmarked.md', unmarked), true)

    expect(run.status).toBe(2)
    expect(run.stderr).toContain("expected exactly one '<!-- outputs:start -->'")
  })
})
