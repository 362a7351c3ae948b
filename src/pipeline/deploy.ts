// The deploy pipeline: the steps in contract order, each in a log group with its duration, over one persisted
// ledger (ledger.ts). Every change to the server is recorded before it is made; the guarantees that hold in every
// outcome (app_offline.htm removed, the pool started again, a half sync undone, the lock released) are the ledger
// settled (recovery.ts), and a run that died is repaired from its ledger by the next one before it deploys.

import { CancelledError, errorMessage, InputError } from '../core/errors.js'
import type { Ports } from '../core/ports.js'
import { ToolResolver } from '../core/tools.js'
import type { AvailabilityProbe } from '../steps/health-check/health-check.js'
import { HealthCheckError, startAvailabilityProbe } from '../steps/health-check/health-check.js'
import type { SyncPlan } from '../steps/sync/types.js'
import { DEFAULT_TIMING } from './context.js'
import type { DeployContext, DeploySteps, DeployTiming, HeldLock } from './context.js'
import type { DeployLedger } from './ledger.js'
import type { DeployOptions } from './options.js'
import { runManage } from './manage.js'
import { openRun } from './open-run.js'
import { startRunContext } from './run-context.js'
import { rollBackRun, settleAfterRun, type RunParts } from './settle-run.js'
import { switchOffAfterHealthCheck } from './steps/stdout-log.js'
import { buildDeployResult, StepTable, type RunFacts } from './run-report.js'
import { EMPTY_PLAN, prepareStep, resolveOfflineMode, skipReasons, smokeTestStep } from './run-steps.js'
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
    const { base, table, facts } = startRunContext(options, ports, timing, tools)
    this.ctx = { ...base, signal: ports.signal ?? new AbortController().signal }
    this.cleanupCtx = { ...base, signal: new AbortController().signal }
    this.table = table
    this.facts = facts
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
      if (this.options.target === 'iis-express')
        this.facts.health = await smokeTestStep(this.table, this.steps, this.ctx, this.facts.app)
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

  /** Takes the lock, repairs what a dead run left, starts the ledger on disk (open-run.ts). */
  private async open(): Promise<void> {
    const opened = await openRun(this.ctx, this.cleanupCtx, this.steps, () => [this.serverLock])
    this.siteLock = opened.siteLock
    this.facts.recovery = opened.recovery
    if (opened.ledger) {
      this.ctx.ledger = opened.ledger
      this.cleanupCtx.ledger = opened.ledger
    }
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
        // A wrong target is refused before DISM changes anything (read again after: IIS may be installed now).
        await this.steps.readTarget(ctx).catch((error: unknown) => {
          if (error instanceof InputError) throw error
        })
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
                if (!outcome.changed) this.ledger.untouched(m, 'nothing to change')
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
              if (/^(nothing to (do|change)|no IIS site)|already as wanted$/.test(done.detail))
                this.ledger.untouched(m, 'nothing to change')
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
      const plan: SyncPlan = changes ?? EMPTY_PLAN
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
    switchOffAfterHealthCheck(this.ctx)
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
   * Runs in every outcome: the ledger settled (a half sync undone, the pool started, app_offline.htm removed, unless
   * `keep-offline-on-failure` keeps it), the probe stopped, the locks released, the staging copy removed.
   */
  private async guarantee(failed: boolean): Promise<string[]> {
    const problems = await settleAfterRun(this.parts(), failed)
    this.offline = undefined
    if (this.facts.offlineWindow && this.facts.offlineWindow.until === undefined)
      this.facts.offlineWindow.until = this.ports.clock.now()
    await this.stopProbe().catch(() => undefined)
    for (const lock of [this.serverLock, this.siteLock]) {
      await lock
        ?.release()
        .catch((error: unknown) => problems.push(`Could not release the deploy lock: ${errorMessage(error)}`))
    }
    if (this.facts.app) await this.steps.cleanup(this.cleanupCtx, this.facts.app).catch(() => undefined)
    return problems
  }

  private parts(): RunParts {
    return {
      options: this.options,
      steps: this.steps,
      ctx: this.cleanupCtx,
      table: this.table,
      facts: this.facts
    }
  }

  /** A failed start or health check: the previous version back (settle-run.ts), the probe stopped either way. */
  private async rollBack(cause: unknown, target: ResolvedTarget): Promise<never> {
    try {
      return await rollBackRun(this.parts(), cause, target)
    } finally {
      this.offline = undefined
      await this.stopProbe()
    }
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
  if (options.action !== 'deploy') return runManage(options, ports, run.steps, timing, tools)
  return new DeployRun(options, ports, run.steps, timing, tools).run()
}
export type { RecoveryReport } from './recovery.js'
