// Shared bits of the IIS step unit tests: a clock whose sleeps advance time at once, and an Appcmd over a FakeRunner.

import { Appcmd } from '../../../src/steps/iis/appcmd.js'
import { CancelledError } from '../../../src/core/errors.js'
import type { Clock, CommandResult } from '../../../src/core/ports.js'
import { FakeRunner } from '../../../test-support/fake-runner.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'

export interface TestClock extends Clock {
  slept: number[]
}

/** Sleeps return at once and move `now` forward, so waits and timeouts run instantly and deterministically. */
export function instantClock(start = 1_000_000): TestClock {
  let now = start
  const slept: number[] = []
  return {
    slept,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw new CancelledError()
      slept.push(ms)
      now += ms
    }
  }
}

export function appcmdOver(
  runner: FakeRunner,
  clock: Clock = instantClock(),
  reporter = new MemoryReporter()
) {
  return {
    appcmd: new Appcmd({ runner, path: 'appcmd', reporter, clock, random: () => 0.5 }),
    runner,
    reporter,
    clock
  }
}

export const notFound = (object: string, id: string): Partial<CommandResult> => ({
  exitCode: 144, // 1168 truncated to 8 bits, as on Linux
  stdout: `ERROR ( message:Cannot find ${object} object with identifier "${id}". )\n`
})

export const ok = (stdout = ''): Partial<CommandResult> => ({ stdout })

/** What `appcmd list apppool P /xml` (or `list site S /xml`) prints for an object in `state` (docs/windows-locale.md). */
export const xmlState = (state: string, type = 'APPPOOL', name = 'P'): Partial<CommandResult> => ({
  stdout: `<?xml version="1.0" encoding="UTF-8"?>\r\n<appcmd>\r\n    <${type} ${type}.NAME="${name}" state="${state}" />\r\n</appcmd>\r\n`
})
