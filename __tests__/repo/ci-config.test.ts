import { statSync } from 'node:fs'
import { validateWorkflow } from '@action-validator/core'
import { describe, expect, test } from '@jest/globals'
import { parse } from 'yaml'

import {
  REPO_ROOT,
  findActionSteps,
  findUsageProblems,
  loadActionMetadata,
  readRepoFile
} from './workflow-examples.js'

interface Step {
  readonly id?: string
  readonly uses?: string
  readonly run?: string
  readonly with?: Record<string, unknown>
  readonly 'continue-on-error'?: boolean
}

interface Job {
  readonly steps: readonly Step[]
  readonly strategy?: { readonly matrix?: Record<string, unknown> }
}

interface Workflow {
  readonly on: Record<string, unknown>
  readonly permissions: Record<string, string>
  readonly jobs: Record<string, Job>
}

const ciSource = readRepoFile('.github/workflows/ci.yml')
const ci = parse(ciSource) as Workflow
const allSteps = Object.values(ci.jobs).flatMap(job => job.steps)

describe('CI workflow', () => {
  test('is a valid workflow', () => {
    expect(validateWorkflow(ciSource).errors).toEqual([])
  })

  test('runs on push and pull requests', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push'])
  })

  test('grants read-only contents permission', () => {
    expect(ci.permissions).toEqual({ contents: 'read' })
  })

  test('pins the actions it uses', () => {
    const used = new Set(allSteps.map(step => step.uses).filter(uses => uses !== undefined))

    expect([...used].sort()).toEqual(['./', 'actions/checkout@v5', 'actions/setup-node@v5'])
  })

  test('sets up Node 24 with the npm cache', () => {
    const setups = allSteps.filter(step => step.uses === 'actions/setup-node@v5')

    expect(setups.length).toBe(2)
    for (const setup of setups) {
      expect(setup.with?.['cache']).toBe('npm')
    }
    expect(ci.jobs['check']?.strategy?.matrix?.['node-version']).toContain(24)
    expect(ci.jobs['test-action']?.steps.map(step => step.with?.['node-version'])).toContain(24)
  })

  test('check job runs .ci/run', () => {
    expect(ci.jobs['check']?.steps.map(step => step.run)).toContain('bash .ci/run')
  })

  test('passes only declared inputs to the action', () => {
    const workflow = parse(ciSource) as Record<string, unknown>

    expect(findActionSteps(workflow).length).toBe(3)
    expect(findUsageProblems(workflow, ciSource, loadActionMetadata())).toEqual([])
  })

  test('aims the action at loopback only', () => {
    const urls = allSteps.filter(step => step.uses === './').map(step => step.with?.['api-url'])

    expect(urls.length).toBe(3)
    for (const url of urls) {
      expect(url).toBe('http://127.0.0.1:${{ env.STAND_IN_PORT }}')
    }
    expect(ciSource).toContain('node scripts/aircall-stand-in.mjs --host 127.0.0.1')
  })

  test('expects unauthorized from the wrong pair', () => {
    const wrong = allSteps.find(step => step.id === 'wrong')

    expect(wrong?.uses).toBe('./')
    expect(wrong?.['continue-on-error']).toBe(true)
    expect(ciSource).toContain('RESULT: ${{ steps.wrong.outputs.result }}')
    expect(ciSource).toContain('test "$RESULT" = unauthorized')
  })
})

describe('Dependabot configuration', () => {
  interface Update {
    readonly 'package-ecosystem': string
    readonly schedule: { readonly interval: string }
    readonly ignore?: readonly {
      readonly 'dependency-name': string
      readonly versions?: string[]
    }[]
  }
  const config = parse(readRepoFile('.github/dependabot.yml')) as { updates: Update[] }

  test('updates npm and actions weekly', () => {
    const ecosystems = config.updates.map(update => update['package-ecosystem'])

    expect(ecosystems.sort()).toEqual(['github-actions', 'npm'])
    for (const update of config.updates) {
      expect(update.schedule.interval).toBe('weekly')
    }
  })

  test('ignores TypeScript 7 and later', () => {
    const npm = config.updates.find(update => update['package-ecosystem'] === 'npm')
    const typescript = npm?.ignore?.find(rule => rule['dependency-name'] === 'typescript')

    expect(typescript?.versions).toEqual(['>=7.0.0'])
  })
})

describe('.ci/run', () => {
  test('is an executable bash script', () => {
    const mode = statSync(`${REPO_ROOT}.ci/run`).mode

    expect(mode & 0o111).not.toBe(0)
    expect(readRepoFile('.ci/run')).toMatch(/^#!\/usr\/bin\/env bash\n/)
  })

  test('stops on the first failure', () => {
    expect(readRepoFile('.ci/run')).toContain('\nset -euo pipefail\n')
  })
})
