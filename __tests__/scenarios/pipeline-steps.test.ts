// The pipeline's real step modules (src/pipeline/steps) one at a time against the fake IIS: what one step hands the
// next is plain data in its return value (it survives a JSON round trip, as it will in the deploy ledger), and an
// undo registered by a sync is data that runUndo carries out.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
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
import { runUndo } from '../../src/pipeline/steps/run-undo.js'
import { backupRootFor, syncInPlace } from '../../src/pipeline/steps/sync-in-place.js'
import { takeOffline } from '../../src/pipeline/steps/take-offline.js'
import type { OfflineState, UndoAction } from '../../src/pipeline/types.js'
import { systemClock } from '../../src/runtime/clock.js'
import { NodeHttpClient } from '../../src/runtime/http-client.js'
import { createFakeIis, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'
import { FakeIisRunner } from '../steps/iis/scenario-helpers.js'

let iis: FakeIis
let site: SiteHandle
let workspace: string

beforeEach(async () => {
  iis = await createFakeIis()
  site = iis.defaultSite as SiteHandle
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-steps-'))
})
afterEach(async () => {
  await iis.dispose()
  fs.rmSync(workspace, { recursive: true, force: true })
})

function context(inputs: Record<string, string>, signal = new AbortController().signal) {
  const memory = new MemoryReporter()
  const reporter = new CollectingReporter(memory)
  const options = parseDeployOptions((n) => ({ site: site.name, ...inputs })[n], {
    workspace,
    runNumber: '1',
    runAttempt: '1',
    env: { RUNNER_TEMP: path.join(workspace, '.temp') },
    platform: process.platform,
    reporter: memory
  })
  const runner = new FakeIisRunner(iis)
  const tools = new ToolResolver({ env: iis.env, platform: process.platform, runner }, {})
  const ctx: DeployContext = {
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
    signal,
    dryRun: options.dryRun,
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
  return { ctx, reporter, runner }
}

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

function poolState(name: string): string | undefined {
  return iis.readState().pools.find((p) => p.name === name)?.state
}

function livePath(): string | undefined {
  return iis.readState().vdirs.find((v) => v.site === site.name && v.app === '/' && v.path === '/')
    ?.physicalPath
}

describe('pipeline steps hand plain data to each other', () => {
  it('takeOffline records that the pool was already stopped; bringOnline reads it from the state and leaves it stopped', async () => {
    expect((await iis.run('appcmd', ['stop', 'apppool', `/apppool.name:${site.pool}`])).exitCode).toBe(0)
    const { ctx, reporter } = context({ 'take-offline': 'stop-pool' })
    const target = await readTarget(ctx)
    const state = await takeOffline(ctx, target, 'stop-pool')
    expect(state).toMatchObject({ poolStopped: true, poolWasRunning: false, appOffline: false })

    await bringOnline(ctx, target, roundTrip(state))
    expect(poolState(site.pool)).toBe('Stopped')
    expect(reporter.warnings).toContain(
      `App pool '${site.pool}' was already stopped before the deploy: left stopped.`
    )
  })

  it('a pool that was running is started again from the recorded state alone', async () => {
    const { ctx, reporter } = context({})
    const target = await readTarget(ctx)
    const state = await takeOffline(ctx, target, 'both')
    expect(state).toMatchObject({ poolStopped: true, poolWasRunning: true, appOffline: true })
    expect(poolState(site.pool)).toBe('Stopped')
    expect(fs.existsSync(path.join(site.physicalPath, 'app_offline.htm'))).toBe(true)

    // A fresh context: nothing of the first call is remembered anywhere but in `state`.
    const again = context({})
    await bringOnline(again.ctx, target, roundTrip(state))
    expect(poolState(site.pool)).toBe('Started')
    expect(fs.existsSync(path.join(site.physicalPath, 'app_offline.htm'))).toBe(false)
    expect(reporter.warnings).toEqual([])
  })

  it('planChanges returns the live hosting model with the plan', async () => {
    const { ctx } = context({ source: iis.publishApp({ version: '2.0.0' }, path.join(workspace, 'publish')) })
    const target = await readTarget(ctx)
    const app = await prepareApp(ctx, false)
    const planned = await planChanges(ctx, app, target)
    // The sample app's web.config (samples/publish/web.config) says hostingModel="inprocess".
    expect(planned.liveHostingModel).toBe('inprocess')
    expect(planned.filesUpdated).toBeGreaterThan(0)

    fs.rmSync(path.join(site.physicalPath, 'web.config'))
    expect((await planChanges(ctx, app, target)).liveHostingModel).toBeUndefined()
  })

  it('an in-place sync records restore-backup in the ledger as data; runUndo restores the previous version from it', async () => {
    const before = fs.readFileSync(path.join(site.physicalPath, 'SampleApp.dll'), 'utf8')
    const source = iis.publishApp({ version: '2.0.0' }, path.join(workspace, 'publish'))
    const { ctx } = context({ source })
    const target = await readTarget(ctx)
    const app = await prepareApp(ctx, false)
    const planned = await planChanges(ctx, app, target)
    const offline: OfflineState = await takeOffline(ctx, target, 'both', planned.liveHostingModel)
    const outcome = await syncInPlace(ctx, app, target, planned)
    const registered = ctx.ledger.open(['sync']).map((m) => m.undo)
    expect(fs.readFileSync(path.join(site.physicalPath, 'SampleApp.dll'), 'utf8')).toContain('2.0.0')
    expect(registered).toEqual([{ kind: 'restore-backup', backupDir: outcome.previousPath }])
    const backupDir = outcome.previousPath as string
    expect(path.dirname(backupDir)).toBe(backupRootFor(ctx, site.physicalPath))

    const message = await runUndo(context({ source }).ctx, roundTrip(registered[0] as UndoAction))
    expect(message).toBe(
      `restored ${planned.filesUpdated + planned.filesDeleted} file(s) and removed ${planned.filesAdded} new file(s) from the backup ${backupDir}`
    )
    expect(fs.readFileSync(path.join(site.physicalPath, 'SampleApp.dll'), 'utf8')).toBe(before)
    await bringOnline(ctx, target, offline)
    expect(poolState(site.pool)).toBe('Started')
  })

  it('runUndo switches the application back to the previous folder, even when the run is cancelled', async () => {
    const previous = iis.publishApp({ version: '1.0.0' }, path.join(workspace, 'releases', 'previous'))
    const aborted = new AbortController()
    aborted.abort()
    const { ctx, runner } = context({}, aborted.signal)
    const action: UndoAction = {
      kind: 'switch-physical-path',
      site: site.name,
      application: '/',
      physicalPath: previous
    }
    expect(await runUndo(ctx, action)).toBe(`switched back to ${previous}`)
    expect(livePath()).toBe(previous)
    expect(runner.writes()).toEqual([`appcmd set vdir ${site.name}/ /physicalPath:${previous}`])
  })
})
