// Describes the machine that scripts/bench.mjs runs on, for the benchmark report.

import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

/** Returns the PRETTY_NAME of /etc/os-release, or the kernel name when the file is missing. */
async function operatingSystem() {
  const kernel = `${os.type()} ${os.release()} ${os.arch()}`
  try {
    const release = await readFile('/etc/os-release', 'utf8')
    const name = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(release)?.[1]
    return name === undefined ? kernel : `${name}, ${kernel}`
  } catch {
    return kernel
  }
}

/**
 * Returns the CPU model, core count, memory, OS, and the versions of the Node that runs the
 * benchmark and of `node24Path`, which runs the measured processes.
 */
export async function describeMachine(node24Path) {
  const cpus = os.cpus()
  const { stdout } = await execFileAsync(node24Path, ['--version'], { timeout: 10_000 })

  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: os.totalmem() / 1024 ** 3,
    operatingSystem: await operatingSystem(),
    benchNodeVersion: process.version,
    measuredNodeVersion: stdout.trim()
  }
}
