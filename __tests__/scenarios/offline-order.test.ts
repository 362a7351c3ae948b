// Issue 15: what happens while the site is offline, in order, against the fake IIS. Every tool call is journaled
// with whether app_offline.htm was in the site folder when it started. While the app is offline only what needs it
// offline runs: the pool stop is the first call after the page appears (no look at the pool or its workers first),
// the copy follows once the pool is down, and the page goes as soon as IIS took the start, before any look at the
// pool's state. The plan and the web.config work are done before the page appears. No timing is asserted.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { CommandResult, CommandRunner, RunOptions } from '../../src/core/ports.js'
import { ToolResolver } from '../../src/core/tools.js'
import {
  CollectingReporter,
  DEFAULT_TIMING,
  PlanRecorder,
  type DeployContext
} from '../../src/pipeline/context.js'
import { DeployLedger } from '../../src/pipeline/ledger.js'
import { parseDeployOptions } from '../../src/pipeline/options.js'
import { bringOnline } from '../../src/pipeline/steps/bring-online.js'
import { planChanges } from '../../src/pipeline/steps/plan-changes.js'
import { prepareApp } from '../../src/pipeline/steps/prepare-app.js'
import { readTarget } from '../../src/pipeline/steps/read-target.js'
import { syncInPlace } from '../../src/pipeline/steps/sync-in-place.js'
import { takeOffline } from '../../src/pipeline/steps/take-offline.js'
import { systemClock } from '../../src/runtime/clock.js'
import { NodeHttpClient } from '../../src/runtime/http-client.js'
import { createFakeIis, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'
import { FakeIisRunner } from '../steps/iis/scenario-helpers.js'

let iis: FakeIis
let site: SiteHandle
let workspace: string

beforeEach(async () => {
  iis = await createFakeIis({ timings: { stopDelayMs: 100, workerLingerMs: 100, offlineReleaseMs: 100 } })
  site = iis.defaultSite as SiteHandle
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-order-'))
})
afterEach(async () => {
  await iis.dispose()
  fs.rmSync(workspace, { recursive: true, force: true })
})

interface Call {
  line: string
  offline: boolean
}

/** The fake IIS's runner, journaling each call with whether app_offline.htm was there when it started. */
class JournalingRunner implements CommandRunner {
  readonly calls: Call[] = []
  private readonly inner: FakeIisRunner
  constructor(
    fake: FakeIis,
    private readonly folder: string
  ) {
    this.inner = new FakeIisRunner(fake)
  }
  run(tool: string, args: readonly string[], options?: RunOptions): Promise<CommandResult> {
    const offline = fs.readdirSync(this.folder).some((name) => name.toLowerCase() === 'app_offline.htm')
    this.calls.push({ line: [path.basename(tool), ...args].join(' '), offline })
    return this.inner.run(tool, args, options)
  }
}

function context(runner: CommandRunner): DeployContext {
  const memory = new MemoryReporter()
  const reporter = new CollectingReporter(memory)
  const options = parseDeployOptions((n) => ({ site: site.name })[n], {
    workspace,
    runNumber: '1',
    runAttempt: '1',
    env: { RUNNER_TEMP: path.join(workspace, '.temp') },
    platform: process.platform,
    reporter: memory
  })
  const tools = new ToolResolver({ env: iis.env, platform: process.platform, runner }, {})
  return {
    options,
    ports: {
      runner,
      reporter,
      http: new NodeHttpClient(),
      toolCache: { find: () => undefined, download: async () => '', cacheFile: async () => '' },
      clock: systemClock,
      env: iis.env,
      platform: process.platform
    },
    reporter,
    signal: new AbortController().signal,
    dryRun: false,
    tools,
    plan: new PlanRecorder(reporter),
    timing: { ...DEFAULT_TIMING, poolSettleMs: 300, lockRetryDelayMs: 50 },
    tool: (name) => tools.resolve(name),
    ledger: new DeployLedger({
      file: path.join(workspace, 'ledger.json'),
      scope: 'test.lock',
      target: { site: site.name, application: '/' },
      now: Date.now,
      host: 'test'
    }),
    stateDir: path.join(workspace, 'state')
  }
}

it('an in-place redeploy of a changed dll: stop first, copy, start, page gone before any look at the pool', async () => {
  iis.publishApp({ version: '2.0.0' }, path.join(workspace, 'publish'))
  const runner = new JournalingRunner(iis, site.physicalPath)
  const ctx = context(runner)
  const target = await readTarget(ctx)
  const app = await prepareApp(ctx, true)
  const planned = await planChanges(ctx, app, target)
  expect(planned.touchesLockedFiles).toBe(true)
  // The web.config work and the plan are done, and nothing is offline yet.
  expect(runner.calls.every((c) => !c.offline)).toBe(true)

  const state = await takeOffline(ctx, target, 'both', planned.liveHostingModel)
  await syncInPlace(ctx, app, target, planned)
  await bringOnline(ctx, target, state)

  const whileOffline = runner.calls.filter((c) => c.offline).map((c) => c.line)
  expect(whileOffline[0]).toMatch(/^appcmd stop apppool /)
  expect(whileOffline.at(-1)).toMatch(/^appcmd start apppool /)
  // Between them: looks at the stopping pool and its workers, then the copy; nothing else.
  const between = whileOffline.slice(1, -1)
  expect(between.filter((l) => !/^appcmd list (apppool|wps) /.test(l))).toEqual([
    expect.stringMatching(/^robocopy /) as string
  ])
  expect(between.findIndex((l) => l.startsWith('robocopy'))).toBe(between.length - 1)
  // Each call after the start found the page gone (its removal waited for no look at the pool).
  const started = runner.calls.findIndex((c) => /^appcmd start apppool /.test(c.line))
  expect(runner.calls.slice(started + 1).length).toBeGreaterThan(0)
  expect(runner.calls.slice(started + 1).every((c) => !c.offline)).toBe(true)
  expect(iis.readState().pools.find((p) => p.name === target.appPool)?.state).toBe('Started')
  expect(fs.readFileSync(path.join(site.physicalPath, 'SampleApp.dll'), 'utf8')).toContain('2.0.0')
})
