// For the IIS scenario tests (__tests__/scenarios/iis-*.test.ts): the real ProcessRunner pointed at the fake IIS
// tools, with the fake's environment (FAKE_IIS_STATE...) on every call, and an Appcmd over it.

import path from 'node:path'
import { Appcmd } from '../../../src/steps/iis/appcmd.js'
import { ProcessRunner } from '../../../src/runtime/process-runner.js'
import { systemClock } from '../../../src/runtime/clock.js'
import type { CommandResult, CommandRunner, RunOptions } from '../../../src/core/ports.js'
import { FAKE_BIN_DIR, type FakeIis } from '../../../test-support/fake-iis.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'

/** The environment variables the fake tools need (strings only, as RunOptions.env takes them). */
export function fakeEnv(iis: FakeIis): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(iis.env)) if (value !== undefined) env[key] = value
  return env
}

/** A CommandRunner that adds the fake's environment to every call and records the command lines. */
export class FakeIisRunner implements CommandRunner {
  readonly lines: string[] = []
  private readonly inner = new ProcessRunner()
  constructor(private readonly iis: FakeIis) {}
  run(tool: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    this.lines.push([path.basename(tool), ...args].join(' '))
    return this.inner.run(tool, args, { ...options, env: { ...fakeEnv(this.iis), ...options.env } })
  }
  /** Command lines that change something (not list/show/get). */
  writes(): string[] {
    return this.lines.filter(
      (l) => !/^\S+ (list|http show|\/online \/get-featureinfo)\b/.test(l) && !/^icacls \S+$/.test(l)
    )
  }
}

export function toolPath(iis: FakeIis, tool: string): string {
  return path.join(iis.binDir, tool)
}

export function fakeAppcmd(iis: FakeIis, reporter = new MemoryReporter()) {
  const runner = new FakeIisRunner(iis)
  const appcmd = new Appcmd({
    runner,
    path: toolPath(iis, 'appcmd'),
    reporter,
    clock: systemClock,
    retry: { baseDelayMs: 20, maxDelayMs: 100 }
  })
  return { appcmd, runner, reporter }
}

/** The fake IIS's taskkill (test-support/fakes/bin/taskkill): `taskkill /PID n /F` ends a fake worker. */
export function fakeTaskkill(iis: FakeIis): string {
  return toolPath(iis, 'taskkill')
}

/** @deprecated The fake IIS has a real taskkill now: use `fakeTaskkill(iis)`. Kept for existing callers. */
export function writeTaskkill(_dir: string): string {
  return path.join(FAKE_BIN_DIR, 'taskkill')
}
