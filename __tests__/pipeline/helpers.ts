// Test helpers for the pipeline: a clock whose waits pass at once, scripted HTTP, stub steps that record calls.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CancelledError, InputError } from '../../src/core/errors.js'
import type { Clock, HttpClient, HttpRequestOptions, HttpResponse, Ports } from '../../src/core/ports.js'
import type { DeployContext, DeploySteps, HeldLock } from '../../src/pipeline/context.js'
import type { DeployLedger } from '../../src/pipeline/ledger.js'
import type { ServerRepairs } from '../../src/pipeline/recovery.js'
import { parseDeployOptions, type DeployOptions } from '../../src/pipeline/options.js'
import type {
  OfflineState,
  PlannedChanges,
  PreparedApp,
  ResolvedTarget,
  SyncOutcome,
  UndoAction
} from '../../src/pipeline/types.js'
import type { HealthCheckResult } from '../../src/steps/health-check/health-check.js'
import { HealthCheckError } from '../../src/steps/health-check/health-check.js'
import type { SyncPlan } from '../../src/steps/sync/types.js'
import { FakeRunner } from '../../test-support/fake-runner.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'

/** Waits pass at once and move time forward; a macrotask per wait so background loops let others run. */
export class FakeClock implements Clock {
  time = 1_000_000
  now(): number {
    return this.time
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw new CancelledError()
    this.time += ms
    await new Promise((resolve) => setImmediate(resolve))
  }
}

export class StaticHttp implements HttpClient {
  status = 200
  body = 'Healthy'
  async get(_url: string, _options?: HttpRequestOptions): Promise<HttpResponse> {
    await new Promise((resolve) => setImmediate(resolve))
    return { status: this.status, headers: {}, body: this.body }
  }
}

/** Options as the adapters parse them; the state folder is a fresh temp folder (never the machine's). */
export function testOptions(inputs: Record<string, string>, reporter = new MemoryReporter()): DeployOptions {
  const options = parseDeployOptions((name) => inputs[name], {
    workspace: path.resolve('/ws'),
    runNumber: '7',
    runAttempt: '1',
    env: { RUNNER_TEMP: '/tmp/runner' },
    platform: 'linux',
    reporter
  })
  options.stateDir = inputs['state-dir'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'iis-deploy-state-'))
  return options
}

export function testPorts(overrides: Partial<Ports> & { signal?: AbortSignal } = {}) {
  const reporter = overrides.reporter ?? new MemoryReporter()
  return {
    runner: new FakeRunner(),
    reporter,
    http: new StaticHttp(),
    toolCache: {
      find: () => undefined,
      download: async () => '',
      cacheFile: async () => ''
    },
    clock: new FakeClock(),
    env: {},
    platform: 'linux' as NodeJS.Platform,
    ...overrides
  }
}

type Fault = Error | ((call: number) => Error | undefined)

/** Steps that record what the pipeline asks, in order; `fail(step, error)` makes one throw. */
export class StubSteps implements DeploySteps {
  readonly log: string[] = []
  readonly faults = new Map<string, Fault>()
  private readonly calls = new Map<string, number>()
  plan: PlannedChanges = {
    changes: [{ path: 'App.dll', kind: 'update', bytes: 10 }],
    filesAdded: 0,
    filesUpdated: 1,
    filesDeleted: 0,
    bytesToCopy: 10,
    touchesLockedFiles: true,
    unchanged: 0,
    bytesToDelete: 0,
    lockedChanges: ['App.dll'],
    extraDirectories: [],
    newDirectories: [],
    retimed: [],
    forceCopy: [],
    compared: 'size-and-time',
    exclude: [],
    preserve: []
  }
  healthy: Array<boolean> = [true]
  /** Called inside sync (after the backup), e.g. to abort the run mid-sync. */
  duringSync?: () => Promise<void> | void
  backup = true
  target: ResolvedTarget = {
    kind: 'local-iis',
    site: 'Shop',
    application: '/',
    appPool: 'ShopPool',
    physicalPath: 'C:\\sites\\shop',
    exists: { pool: true, site: true, application: true }
  }

  fail(step: string, fault: Fault): this {
    this.faults.set(step, fault)
    return this
  }

  private enter(step: string, detail = ''): void {
    const n = (this.calls.get(step) ?? 0) + 1
    this.calls.set(step, n)
    this.log.push(detail ? `${step} ${detail}` : step)
    const fault = this.faults.get(step)
    const error = typeof fault === 'function' ? fault(n) : fault
    if (error) throw error
  }

  async readTarget(ctx: DeployContext): Promise<ResolvedTarget> {
    this.enter('readTarget')
    if (ctx.options.target === 'iis-express') return { ...this.target, kind: 'iis-express' }
    return ctx.options.msdeployUrl ? { ...this.target, kind: 'remote' } : this.target
  }
  async acquireLock(_ctx: DeployContext, scope: 'site' | 'server'): Promise<HeldLock> {
    this.enter(scope === 'site' ? 'lock' : 'lock server')
    return {
      assertHeld: () => undefined,
      release: async () => {
        this.log.push(scope === 'site' ? 'unlock' : 'unlock server')
      }
    }
  }
  /** Repairs that log what the cleanup, rollback and recovery ask (and fail when told to). */
  createRepairs(ctx: DeployContext): ServerRepairs {
    return {
      startPool: async () => this.enter('startPool'),
      removeAppOffline: async () => this.enter('removeAppOffline'),
      runUndo: (action) => this.runUndo(ctx, action),
      takeOfflineForRestore: async (ledger: DeployLedger) => {
        await this.takeOffline({ ...ctx, ledger }, this.target, 'both')
      }
    }
  }
  async ensureIisFeatures(): Promise<string> {
    this.enter('iisFeatures')
    return 'WebSockets enabled'
  }
  async installHostingBundle() {
    this.enter('hostingBundle')
    return { version: '8.0.11', rebootRequired: false, changed: true, detail: 'installed 8.0.11' }
  }
  async provision(_ctx: DeployContext, target: ResolvedTarget) {
    this.enter('provision')
    return { target, detail: 'nothing to change' }
  }
  async prepareApp(_ctx: DeployContext, configure: boolean): Promise<PreparedApp> {
    this.enter('prepareApp', configure ? 'configure' : 'as-is')
    return { dir: '/tmp/app', staged: true, diagnostics: [], changes: [] }
  }
  async planChanges(): Promise<PlannedChanges> {
    this.enter('planChanges')
    return this.plan
  }
  async takeOffline(ctx: DeployContext, target: ResolvedTarget, mode: string): Promise<OfflineState> {
    this.enter('takeOffline', mode)
    if (mode !== 'stop-pool')
      ctx.ledger.done(
        ctx.ledger.begin('write-app-offline', 'offline', `write ${target.physicalPath}\\app_offline.htm`, {
          undo: { kind: 'remove-app-offline', file: `${target.physicalPath}\\app_offline.htm` }
        })
      )
    if (mode !== 'app-offline')
      ctx.ledger.done(
        ctx.ledger.begin('stop-pool', 'offline', `stop app pool '${target.appPool}'`, {
          undo: { kind: 'start-pool', pool: target.appPool as string }
        })
      )
    return {
      appOffline: mode !== 'stop-pool',
      poolStopped: mode !== 'app-offline',
      poolWasRunning: true,
      since: 0
    }
  }
  async bringOnline(ctx: DeployContext, _target?: ResolvedTarget, state?: OfflineState): Promise<void> {
    this.enter('bringOnline')
    this.revertOffline(ctx, state)
  }
  /** What a real bringOnline does to the ledger: the offline changes are put back. */
  protected revertOffline(ctx: DeployContext, _state?: OfflineState): void {
    for (const m of ctx.ledger.open(['stop-pool', 'write-app-offline'])) ctx.ledger.revert(m, 'online')
  }
  async sync(
    ctx: DeployContext,
    _app: PreparedApp,
    _target: ResolvedTarget,
    plan: SyncPlan
  ): Promise<SyncOutcome> {
    this.log.push('sync')
    const ledger = ctx.ledger
    if (this.backup)
      ledger.done(
        ledger.begin('backup', 'sync', 'back up', {
          undo: { kind: 'remove-folder', folder: 'C:\\backup\\7-1' }
        })
      )
    const sync = ledger.begin('sync', 'sync', 'robocopy into C:\\sites\\shop', {
      undo: this.backup ? { kind: 'restore-backup', backupDir: 'C:\\backup\\7-1' } : undefined
    })
    try {
      await this.duringSync?.()
      if (ctx.signal.aborted) throw new CancelledError('robocopy was cancelled.')
      this.enter('sync:copy')
    } catch (error) {
      if (error instanceof InputError) ledger.revert(sync, 'refused')
      else ledger.fail(sync, String(error))
      throw error
    }
    ledger.done(sync)
    return {
      result: {
        method: 'robocopy',
        filesAdded: plan.filesAdded,
        filesUpdated: plan.filesUpdated,
        filesDeleted: plan.filesDeleted,
        bytesCopied: plan.bytesToCopy,
        exitCode: 1,
        summary: '1 file updated',
        dryRun: ctx.dryRun
      },
      releasePath: 'C:\\sites\\shop',
      previousPath: 'C:\\backup\\7-1'
    }
  }
  /** The undo actions the pipeline ran, in order. */
  readonly undone: UndoAction[] = []
  async runUndo(_ctx: DeployContext, action: UndoAction): Promise<string> {
    this.enter('undo')
    this.undone.push(action)
    return 'restored 1 file from the backup'
  }
  async checkHealth(ctx: DeployContext): Promise<HealthCheckResult> {
    this.enter('checkHealth')
    const n = this.calls.get('checkHealth') ?? 1
    const healthy = this.healthy[Math.min(n - 1, this.healthy.length - 1)]
    const result: HealthCheckResult = {
      healthy: healthy === true,
      url: ctx.options.healthCheckUrl ?? '',
      status: healthy ? 200 : 500,
      bodyExcerpt: healthy ? 'Healthy' : 'HTTP Error 500.30',
      reason: healthy ? 'ok' : 'expected 200',
      attempts: 3,
      elapsedMs: 1000
    }
    if (!healthy) throw new HealthCheckError(result)
    return result
  }
  async smokeTestIisExpress() {
    this.enter('iisExpress')
    return { detail: 'IIS Express answered 200', health: undefined }
  }
  async cleanup(): Promise<void> {
    this.log.push('cleanup')
  }
}
