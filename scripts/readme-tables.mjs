#!/usr/bin/env node
// Regenerates the inputs and outputs tables in README.md from action.yml. Its --check mode runs in
// the tests, so a README that disagrees with the action's metadata fails CI.
//
//   node scripts/readme-tables.mjs            rewrite the tables in README.md
//   node scripts/readme-tables.mjs --check    exit 1 when README.md differs from action.yml
//
// The tables sit between marker comments: <!-- inputs:start --> … <!-- inputs:end --> and the same
// for outputs. The result is formatted with the project's Prettier configuration, because Prettier
// realigns Markdown tables and `npm run format:check` would otherwise disagree with this script.
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import * as prettier from 'prettier'
import { parse } from 'yaml'

const SECTIONS = ['inputs', 'outputs']

const usage = `Usage: node scripts/readme-tables.mjs [--check] [--readme PATH] [--action PATH]

  --check          exit 1 instead of writing when the tables in the README are out of date
  --readme PATH    Markdown file that contains the marker comments (default: README.md)
  --action PATH    action metadata file to read (default: action.yml)`

/** Escapes text for a Markdown table cell, because a pipe would end the cell and a line break the row. */
function escapeCell(text) {
  return String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim()
}

/** Renders a default value the way a user writes it in `with:`, or `(empty)` for ''. */
function defaultCell(input) {
  if (input.default === undefined) {
    return ''
  }

  const value = String(input.default)
  return value === '' ? '(empty)' : '`' + escapeCell(value) + '`'
}

function renderInputs(inputs) {
  const rows = Object.entries(inputs).map(([name, input]) => {
    const required = input.required === true ? 'yes' : 'no'
    return `| \`${name}\` | ${required} | ${defaultCell(input)} | ${escapeCell(input.description ?? '')} |`
  })

  return ['| Name | Required | Default | Description |', '| --- | --- | --- | --- |', ...rows]
}

function renderOutputs(outputs) {
  const rows = Object.entries(outputs).map(
    ([name, output]) => `| \`${name}\` | ${escapeCell(output.description ?? '')} |`
  )

  return ['| Name | Description |', '| --- | --- |', ...rows]
}

/** Finds the text between one pair of marker comments, or throws when they are missing or repeated. */
function findSection(markdown, name, file) {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = markdown.indexOf(start)
  const to = markdown.indexOf(end)

  const missing = from === -1 || to === -1
  const repeated = markdown.indexOf(start, from + 1) !== -1 || markdown.indexOf(end, to + 1) !== -1
  if (missing || repeated || to < from) {
    throw new Error(
      `${file}: expected exactly one '${start}' followed by one '${end}'. ` +
        'Put the marker comments around the table.'
    )
  }

  return { from: from + start.length, to }
}

function replaceSection(markdown, name, lines, file) {
  const { from, to } = findSection(markdown, name, file)
  return markdown.slice(0, from) + '\n\n' + lines.join('\n') + '\n\n' + markdown.slice(to)
}

function sectionText(markdown, name, file) {
  const { from, to } = findSection(markdown, name, file)
  return markdown.slice(from, to).trim()
}

/** Reads the project's Prettier options, wherever the README being checked lives. */
async function projectPrettierConfig() {
  const projectFile = fileURLToPath(new URL('../README.md', import.meta.url))
  return (await prettier.resolveConfig(projectFile)) ?? {}
}

async function main() {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      readme: { type: 'string', default: 'README.md' },
      action: { type: 'string', default: 'action.yml' },
      help: { type: 'boolean', default: false }
    }
  })
  if (values.help) {
    console.log(usage)
    return
  }

  const readmePath = resolve(values.readme)
  const action = parse(await readFile(resolve(values.action), 'utf8'))
  const current = await readFile(readmePath, 'utf8')

  // Regenerate both tables, then format the whole file as `npm run format` would.
  const file = values.readme
  let updated = replaceSection(current, 'inputs', renderInputs(action.inputs ?? {}), file)
  updated = replaceSection(updated, 'outputs', renderOutputs(action.outputs ?? {}), file)
  updated = await prettier.format(updated, {
    ...(await projectPrettierConfig()),
    parser: 'markdown'
  })

  if (!values.check) {
    await writeFile(readmePath, updated)
    console.log(`Updated the inputs and outputs tables in ${values.readme}.`)
    return
  }

  // Compare only the generated sections, so that a formatting slip elsewhere in the README is left
  // to `npm run format:check` and reported there.
  const stale = SECTIONS.filter(
    name => sectionText(current, name, file) !== sectionText(updated, name, file)
  )
  if (stale.length > 0) {
    const tables = stale.length === 1 ? `${stale[0]} table does` : 'inputs and outputs tables do'
    console.error(
      `${values.readme}: the ${tables} not match ${values.action}. ` +
        'Run `npm run docs:tables` and commit the result.'
    )
    process.exitCode = 1
    return
  }

  console.log(`${values.readme}: the inputs and outputs tables match ${values.action}.`)
}

main().catch(error => {
  console.error(`readme-tables: ${error instanceof Error ? error.message : String(error)}`)
  console.error(usage)
  process.exitCode = 2
})
