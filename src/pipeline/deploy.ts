// The deploy pipeline: the steps in contract order, each in a log group with its duration, over one persisted
// ledger (ledger.ts). Every change to the server is recorded before it is made; the guarantees that hold in every
// outcome (app_offline.htm removed, the pool started again, a half sync undone, the lock released) are the ledger
// settled (recovery.ts), and a run that died is repaired from its ledger by the next one before it deploys.

import crypto from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { CancelledError, errorMessage, InputError } from '../core/errors.js'
import type { Ports } from '../core/ports.js'
import { ensureStateDir, resolveStateDir, STATE_LAYOUT, stateDirInside } from '../core/state-dir.js'
import { ToolResolver } from '../core/tools.js'
import type { AvailabilityProbe } from '../steps/health-check/health-check.js'
import { HealthCheckError, startAvailabilityProbe } from '../steps/health-check/health-check.js'
import { lockNameFor } from '../steps/iis/deploy-lock.js'
import type { SyncPlan } from '../steps/sync/types.js'
import { CollectingReporter, DEFAULT_TIMING, PlanRecorder } from './context.js'
import type { DeployContext, DeploySteps, DeployTiming, HeldLock } from './context.js'
import { CONTENT_KINDS, DeployLedger, ledgerPathFor, readLedger } from './ledger.js'
import type { DeployOptions } from './options.js'
import { archiveLedger, recoverInterruptedRun, settleLedger, type RecoveryReport } from './recovery.js'
import { buildDeployResult, DeployError, StepTable, type RunFacts } from './run-report.js'
import { describeRunner } from './steps/acquire-lock.js'
import { prepareStep, resolveOfflineMode, skipReasons } from './run-steps.js'
import type { DeployResult, OfflineState, PlannedChanges, PreparedApp, ResolvedTarget } from './types.js'

export { DeployError } from './run-report.js'
export { diagnosticsOf, resolveOfflineMode } from './run-steps.js'

export interface DeployPorts extends Ports {
  /** Fires on SIGTERM/SIGINT: the running step stops, the cleanup still runs. */
  signal?: AbortSignal
}

export interface DeployRunOptions {
  /** The steps (default: the real ones); tests replace some to inject faults. */
  steps: DeploySteps
  timing?: Partial<DeployTiming>
  /** Tool discovery (default: contract §3 with the `*-path` overrides). */
  tools?: ToolResolver
}

class DeployRun {
  private readonly ctx: DeployContext
  /** The same context with a signal that never fires: cleanup and rollback must finish. */
  private readonly cleanupCtx: DeployContext
  private readonly table: StepTable
  private readonly facts: RunFacts
  private siteLock: HeldLock | undefined
  private serverLock: HeldLock | undefined
  private probe: AvailabilityProbe | undefined
  private offline: OfflineState | undefined

  constructor(
    private readonly options: DeployOptions,
    private readonly ports: DeployPorts,
    private readonly steps: DeploySteps,
    timing: DeployTiming,
    tools: ToolResolver
  ) {
    const reporter = new CollectingReporter(ports.reporter)
    const plan = new PlanRecorder(reporter)
    const signal = ports.signal ?? new AbortController().signal
    // Every tool a step finds goes into the plan (`tools`), whichever step asks.
    const recording: Pick<ToolResolver, 'resolve'> = {
      async resolve(name) {
        const found = await tools.resolve(name)
        plan.tool(name, found)
        return found
      }
    }
    const stateDir = resolveStateDir(options.stateDir, {
      env: ports.env,
      platform: ports.platform,
      uid: ports.platform === 'win32' ? undefined : process.getuid?.()
    })
    // In memory until the lock is held: nothing changes on the server before that.
    const ledger = this.newLedger(undefined)
    const base = {
      options,
      ports: { ...ports, reporter },
      reporter,
      dryRun: options.dryRun,
      tools: recording,
      plan,
      timing,
      tool: (name: Parameters<ToolResolver['resolve']>[0]) => recording.resolve(name),
      ledger,
      stateDir
    }
    this.ctx = { ...base, signal }
    this.cleanupCtx = { ...base, signal: new AbortController().signal }
    this.table = new StepTable(reporter, ports.clock, options)
    this.facts = {
      started: ports.clock.now(),
      offlineMs: 0,
      offlineMeasured: 'none',
      stateNotes: [],
      diagnostics: []
    }
  }

  private newLedger(file: string | undefined, runId?: string): DeployLedger {
    const o = this.options
    return new DeployLedger({
      file,
      runId,
      dryRun: o.dryRun,
      scope: lockNameFor({ site: o.site, application: o.application }),
      target: { site: o.site, application: o.application, appPool: o.appPool, physicalPath: o.physicalPath },
      now: () => this.ports.clock.now(),
      host: os.hostname(),
      description: describeRunner(this.ports.env),
      pauseAt: file ? this.ports.env.IIS_DEPLOY_TEST_PAUSE_AT : undefined,
      assertHeld: () => {
        this.siteLock?.assertHeld()
        this.serverLock?.assertHeld()
      }
    })
  }

  private get ledger(): DeployLedger {
    return this.ctx.ledger
  }

  private selected(step: DeployOptions['steps'][number]): boolean {
    return this.options.steps.includes(step)
  }

  async run(): Promise<DeployResult> {
    let failure: unknown
    try {
      this.facts.app = await prepareStep(this.table, this.steps, this.ctx, this.facts)
      await this.open()
      if (this.options.target === 'iis-express') await this.runIisExpress(this.facts.app)
      else await this.runIis(this.facts.app)
    } catch (error) {
      failure = error
    }
    const problems = await this.guarantee(failure !== undefined)
    const result = buildDeployResult(this.ctx, this.table, this.facts, failure, problems)
    if (!this.ledger.dryRun) {
      this.ledger.finish(
        result.ok ? 'succeeded' : result.error instanceof CancelledError ? 'cancelled' : 'failed',
        result.serverState
      )
    }
    return result
  }

  /**
   * Takes the lock of this site (or of the server, for a run without a site), repairs what a run that died left,
   * and starts this run's ledger on disk. Nothing to do in a dry run, or for a remote or IIS Express target.
   */
  private async open(): Promise<void> {
    const o = this.options
    const ctx = this.ctx
    if (o.dryRun || o.target === 'iis-express' || o.msdeployUrl) return
    const win = this.ports.platform === 'win32'
    const tool = (name: 'whoami' | 'icacls'): Promise<string | undefined> =>
      win ? ctx.tools.resolve(name).catch(() => undefined) : Promise.resolve(undefined)
    await ensureStateDir({
      dir: ctx.stateDir,
      platform: this.ports.platform,
      runner: this.ports.runner,
      reporter: ctx.reporter,
      whoamiPath: await tool('whoami'),
      icaclsPath: await tool('icacls')
    })
    this.siteLock = await this.steps.acquireLock(ctx, 'site')
    const scope = lockNameFor({ site: o.site, application: o.application })
    const file = ledgerPathFor(path.join(ctx.stateDir, STATE_LAYOUT.ledgers), scope)
    const runId = crypto.randomUUID()
    this.facts.recovery = await recoverInterruptedRun({
      file,
      repairs: this.steps.createRepairs(this.cleanupCtx),
      reporter: ctx.reporter,
      now: () => this.ports.clock.now(),
      host: os.hostname(),
      runId
    })
    const last = readLedger(file)
    if (last) archiveLedger(file, last)
    const ledger = this.newLedger(file, runId)
    this.ctx.ledger = ledger
    this.cleanupCtx.ledger = ledger
  }

  private async runIisExpress(app: PreparedApp): Promise<void> {
    for (const step of ['iis-features', 'hosting-bundle', 'provision', 'offline', 'online'] as const) {
      this.table.skip(step, 'not used with target: iis-express')
    }
    this.table.skip('sync', 'IIS Express runs the app from the prepared folder')
    const smoke = await this.table.run(
      'health-check',
      this.ctx,
      () => this.steps.smokeTestIisExpress(this.ctx, app),
      (s) => s.detail
    )
    this.facts.health = smoke.health
  }

  /** IIS features and the Hosting Bundle, under the server lock (another site's deploy may want them too). */
  private async prepareServer(app: PreparedApp): Promise<ResolvedTarget> {
    const o = this.options
    const ctx = this.ctx
    const serverWide = this.selected('iis-features') || this.selected('hosting-bundle')
    if (serverWide && this.siteLock && o.site !== undefined)
      this.serverLock = await this.steps.acquireLock(ctx, 'server')
    try {
      if (this.selected('iis-features')) {
        await this.table.run(
          'iis-features',
          ctx,
          () =>
            this.ledger.track(
              'iis-features',
              'iis-features',
              `enable IIS features: ${o.iisFeatures.join(', ')}`,
              () => this.steps.ensureIisFeatures(ctx)
            ),
          (d) => d
        )
      } else
        this.table.skip('iis-features', o.iisFeatures.length ? 'not selected' : "no 'iis-features' given")

      const target = await this.steps.readTarget(ctx)
      this.facts.target = target
      this.ledger.setTarget({ appPool: target.appPool, physicalPath: target.physicalPath })
      const inside = stateDirInside(ctx.stateDir, [target.physicalPath, o.physicalPath])
      if (inside !== undefined && target.kind === 'local-iis')
        throw new InputError(
          'state-dir',
          `The state folder ${ctx.stateDir} is inside the web folder ${inside}: backups would be served over HTTP. Set 'state-dir' to a folder outside every site (default: %ProgramData%\\iis-deploy).`
        )

      if (this.selected('hosting-bundle')) {
        this.facts.hostingBundle = await this.table.run(
          'hosting-bundle',
          ctx,
          () =>
            this.ledger.track(
              'hosting-bundle',
              'hosting-bundle',
              `.NET Hosting Bundle (${o.hostingBundle})`,
              async (m) => {
                const outcome = await this.steps.installHostingBundle(ctx, app.dir)
                if (!outcome.changed) this.ledger.revert(m, 'nothing to change')
                return outcome
              }
            ),
          (h) => h.detail
        )
      } else
        this.table.skip(
          'hosting-bundle',
          o.hostingBundle === 'none' ? "'hosting-bundle: none'" : 'not selected'
        )
      return target
    } finally {
      await this.serverLock?.release()
      this.serverLock = undefined
    }
  }

  private async runIis(app: PreparedApp): Promise<void> {
    const o = this.options
    const ctx = this.ctx
    let target = await this.prepareServer(app)

    if (this.selected('provision')) {
      const current = target
      const provisioned = await this.table.run(
        'provision',
        ctx,
        () =>
          this.ledger.track(
            'provision',
            'provision',
            'provision the app pool, site and application',
            async (m) => {
              const done = await this.steps.provision(ctx, current)
              if (/^(nothing to (do|change)|no IIS site)/.test(done.detail))
                this.ledger.revert(m, 'nothing to change')
              return done
            }
          ),
        (p) => p.detail
      )
      target = provisioned.target
      this.facts.target = target
      this.ledger.setTarget({ appPool: target.appPool, physicalPath: target.physicalPath })
    } else this.table.skip('provision', target.kind === 'remote' ? 'remote target' : 'not selected')

    let changes: PlannedChanges | undefined
    if (this.selected('sync') && target.kind === 'local-iis') {
      changes = await this.steps.planChanges(ctx, app, target)
      this.facts.changes = changes
    }
    const mode = resolveOfflineMode(o, target, changes)
    this.facts.offlineMode = mode

    // Measure the offline window: probe the health URL while the app may be down, else time offline → online.
    if (o.healthCheckUrl && !o.dryRun && (mode !== 'none' || this.selected('sync'))) {
      this.probe = startAvailabilityProbe(
        { http: this.ports.http, clock: this.ports.clock, reporter: ctx.reporter },
        {
          url: o.healthCheckUrl,
          host: o.healthCheckHost,
          allowUntrusted: o.allowUntrusted,
          intervalMs: ctx.timing.probeIntervalMs
        }
      )
    }

    if (mode !== 'none') {
      this.facts.offlineWindow = { since: this.ports.clock.now() }
      const live = target
      this.offline = await this.table.run(
        'offline',
        ctx,
        () => this.steps.takeOffline(ctx, live, mode, changes?.liveHostingModel),
        () =>
          o.takeOffline === 'auto' && changes
            ? `${mode} (auto: the deploy changes files the app loads)`
            : mode
      )
    } else this.table.skip('offline', skipReasons.offline(o, target))

    if (this.selected('sync')) {
      const live = target
      const plan: SyncPlan = changes ?? emptyPlan()
      this.facts.syncOutcome = await this.table.run(
        'sync',
        ctx,
        () => this.steps.sync(ctx, app, live, plan),
        (s) => s.result.summary
      )
    } else this.table.skip('sync', 'not selected')

    await this.bringOnlineOrRollBack(target)

    if (this.selected('health-check')) {
      try {
        this.facts.health = await this.table.run(
          'health-check',
          ctx,
          () => this.steps.checkHealth(ctx, target),
          (h) =>
            o.dryRun ? `would GET ${o.healthCheckUrl}` : `HTTP ${h.status} after ${h.attempts} attempt(s)`
        )
      } catch (error) {
        if (error instanceof HealthCheckError) this.facts.health = error.result
        if (error instanceof CancelledError || ctx.signal.aborted) throw error
        await this.rollBack(error, target)
      }
    } else this.table.skip('health-check', o.healthCheckUrl ? 'not selected' : "no 'health-check-url' given")
    if (!this.ledger.dryRun) this.ledger.markVerified()
  }

  /** The `online` step; a start that fails (rapid-fail protection) rolls back like a failed health check. */
  private async bringOnlineOrRollBack(target: ResolvedTarget): Promise<void> {
    const offline = this.offline
    if (!offline) {
      this.table.skip('online', this.selected('online') ? 'the app was not taken offline' : 'not selected')
      await this.stopProbe()
      return
    }
    try {
      await this.table.run(
        'online',
        this.ctx,
        () => this.steps.bringOnline(this.ctx, target, offline),
        () =>
          [offline.appOffline ? 'app_offline.htm removed' : '', offline.poolStopped ? 'pool started' : '']
            .filter(Boolean)
            .join(', ')
      )
      this.offline = undefined
      if (this.facts.offlineWindow) this.facts.offlineWindow.until = this.ports.clock.now()
      await this.stopProbe()
    } catch (error) {
      if (error instanceof CancelledError || this.ctx.signal.aborted) throw error
      await this.rollBack(error, target)
    }
  }

  private async stopProbe(): Promise<void> {
    const facts = this.facts
    if (facts.offlineMeasured !== 'none') return
    if (this.probe) {
      const report = await this.probe.stop()
      this.probe = undefined
      facts.offlineMs = report.offlineMs
      facts.offlineMeasured = 'probe'
    } else if (facts.offlineWindow) {
      facts.offlineMs = (facts.offlineWindow.until ?? this.ports.clock.now()) - facts.offlineWindow.since
      facts.offlineMeasured = 'window'
    }
  }

  /**
   * The new version failed to start or to pass the health check: bring the previous one back (the ledger's undo of
   * the sync: switch back, or restore the in-place backup), check health again, and fail saying so.
   */
  private async rollBack(cause: unknown, target: ResolvedTarget): Promise<never> {
    const o = this.options
    const notes = this.facts.stateNotes
    if (!o.rollback) {
      notes.push(`The new version is live and failing; 'rollback: false' kept it.`)
      throw cause
    }
    const undoable = this.ledger.open(CONTENT_KINDS).some((m) => m.undo && m.undo.kind !== 'remove-folder')
    if (!undoable) {
      notes.push(
        this.facts.syncOutcome
          ? `There is no previous version to roll back to (${o.strategy === 'in-place' && !o.backup ? "'backup: false'" : 'first deploy'}): the new version is live and failing.`
          : 'Nothing was rolled back: the sync did not run.'
      )
      throw cause
    }
    const ctx = this.cleanupCtx
    const detail = await this.table.run(
      'rollback',
      ctx,
      async () => {
        const settled = await settleLedger(this.ledger, this.steps.createRepairs(ctx), {
          undoContent: 'all',
          step: 'rollback'
        })
        if (settled.problems.length > 0) throw new Error(settled.problems.join(' '))
        this.offline = undefined
        this.facts.rolledBack = true
        const restored = settled.restored.join('; ')
        if (!o.healthCheckUrl) return `${restored}; no health check to run`
        try {
          this.facts.health = await this.steps.checkHealth(ctx, target)
          return `${restored}; the previous version passes the health check (HTTP ${this.facts.health.status})`
        } catch (error) {
          if (error instanceof HealthCheckError) this.facts.health = error.result
          notes.push(
            `Rolled back, but the previous version does not pass the health check either: ${errorMessage(error)}`
          )
          return `${restored}; the previous version fails the health check too`
        }
      },
      (d) => d
    )
    await this.stopProbe()
    throw new DeployError(`${errorMessage(cause)}\nRolled back: ${detail}.`, cause, detail)
  }

  /**
   * Runs in every outcome: the ledger settled (a half sync undone, the pool started, app_offline.htm removed, unless
   * `keep-offline-on-failure` keeps it), the probe stopped, the locks released, the staging copy removed.
   */
  private async guarantee(failed: boolean): Promise<string[]> {
    const o = this.options
    const ctx = this.cleanupCtx
    const ledger = this.ledger
    const problems: string[] = []
    const target = this.facts.target
    if (!ledger.dryRun && target) {
      const halfSync = ledger
        .open(CONTENT_KINDS)
        .find((m) => m.status !== 'done' && m.undo?.kind !== 'remove-folder')
      const restorable = o.rollback && halfSync?.undo !== undefined
      const syncStarted = ledger.record.mutations.some(
        (m) => CONTENT_KINDS.includes(m.kind) && m.status !== 'reverted'
      )
      const keepAppOffline =
        failed &&
        o.keepOfflineOnFailure &&
        syncStarted &&
        !restorable &&
        !this.facts.rolledBack &&
        ledger.open(['write-app-offline']).length > 0
      const offlineBefore = ledger.open(['stop-pool', 'write-app-offline']).length
      const settle = () =>
        settleLedger(ledger, this.steps.createRepairs(ctx), {
          undoContent: o.rollback ? 'unfinished' : 'none',
          keepAppOffline,
          step: 'cleanup'
        })
      const settled = restorable
        ? await this.table
            .run('rollback', ctx, settle, (s) => s.restored.join('; ') || s.problems.join(' '))
            .catch((error: unknown) => ({
              actions: [],
              restored: [],
              problems: [errorMessage(error)],
              restoredPrevious: false
            }))
        : await settle()
      if (settled.restoredPrevious) {
        this.facts.rolledBack = true
        this.facts.stateNotes.push(`The sync did not finish; ${settled.restored.join('; ')}.`)
      }
      problems.push(...settled.problems)
      if (halfSync && halfSync.status !== 'reverted')
        this.facts.stateNotes.push(partlyUpdated(o, target, halfSync.undo !== undefined))
      if (keepAppOffline) this.noteKeptOffline(target)
      else if (offlineBefore > 0 && ledger.open(['stop-pool', 'write-app-offline']).length === 0) {
        ctx.reporter.info('The app is online again.')
        this.table.recordIfMissing('online', 'succeeded', 'brought online during cleanup')
      }
      this.offline = undefined
    }
    if (this.facts.offlineWindow && this.facts.offlineWindow.until === undefined)
      this.facts.offlineWindow.until = this.ports.clock.now()
    await this.stopProbe().catch(() => undefined)
    for (const lock of [this.serverLock, this.siteLock]) {
      await lock
        ?.release()
        .catch((error: unknown) => problems.push(`Could not release the deploy lock: ${errorMessage(error)}`))
    }
    if (this.facts.app) await this.steps.cleanup(ctx, this.facts.app).catch(() => undefined)
    return problems
  }

  /** `keep-offline-on-failure`: says loudly that app_offline.htm stays, with its path. */
  private noteKeptOffline(target: ResolvedTarget): void {
    const file = path.join(target.physicalPath as string, 'app_offline.htm')
    const note = `The app stays offline: ${file} was left in place ('keep-offline-on-failure: true'), so the app answers 503 with it. Fix the cause and deploy again, or delete ${file} to serve what is in the folder now.`
    this.facts.stateNotes.push(note)
    this.ctx.reporter.warning(note, { file, title: 'app_offline.htm left in place' })
    this.table.recordIfMissing('online', 'skipped', `app_offline.htm kept ('keep-offline-on-failure: true')`)
  }
}

/** A sync that stopped half-way and was not undone: say where and what to do. */
function partlyUpdated(o: DeployOptions, target: ResolvedTarget, hadBackup: boolean): string {
  if (target.kind === 'remote')
    return 'Web Deploy stopped before it finished: files on the remote site may be partly updated (a remote target has no backup); deploy again.'
  if (o.strategy === 'releases')
    return 'The new release was not switched to: the site still serves the previous release.'
  return `The sync did not finish: ${target.physicalPath ?? 'the target folder'} is partly updated${hadBackup ? " ('rollback: false')" : ' and there is no backup'}; deploy again.`
}

function emptyPlan(): SyncPlan {
  return {
    changes: [],
    filesAdded: 0,
    filesUpdated: 0,
    filesDeleted: 0,
    bytesToCopy: 0,
    touchesLockedFiles: false
  }
}

/**
 * Deploys as the options say. Never throws for a deploy problem: the result carries `ok`, the error (with the
 * server state), the outputs of contract §2, the steps table and the plan, so every adapter can report them.
 */
export async function deploy(
  options: DeployOptions,
  ports: DeployPorts,
  run: DeployRunOptions
): Promise<DeployResult> {
  const timing = { ...DEFAULT_TIMING, ...run.timing }
  const tools =
    run.tools ??
    new ToolResolver(
      { env: ports.env, platform: ports.platform, runner: ports.runner },
      { appcmd: options.appcmdPath, msdeploy: options.msdeployPath, iisexpress: options.iisexpressPath }
    )
  return new DeployRun(options, ports, run.steps, timing, tools).run()
}

export type { RecoveryReport }
