// The deploy pipeline: the steps in contract order, each in a log group with its duration, and the guarantees that
// hold in every outcome, cancellation included: app_offline.htm removed, the pool started again, the lock
// released, and the site left on a working version, or a loud failure that says exactly what state it is in.

import path from 'node:path'
import { CancelledError, errorMessage, InputError } from '../core/errors.js'
import type { Ports } from '../core/ports.js'
import { ToolResolver } from '../core/tools.js'
import type { AvailabilityProbe } from '../steps/health-check/health-check.js'
import { HealthCheckError, startAvailabilityProbe } from '../steps/health-check/health-check.js'
import type { HealthCheckResult } from '../steps/health-check/health-check.js'
import { APP_OFFLINE_FILE } from '../steps/iis/app-offline.js'
import type { SyncPlan } from '../steps/sync/types.js'
import { annotateDiagnostics } from './summary.js'
import {
  CollectingReporter,
  DEFAULT_TIMING,
  PlanRecorder,
  type DeployContext,
  type DeploySteps,
  type DeployTiming
} from './context.js'
import { PIPELINE_STEPS, type DeployOptions, type PipelineStep } from './options.js'
import type {
  DeployOutputs,
  DeployPlan,
  DeployResult,
  HostingBundleOutcome,
  OfflineState,
  PlannedChanges,
  PreparedApp,
  ResolvedTarget,
  StepRecord,
  StepResult,
  SyncOutcome,
  UndoAction,
  WebConfigDiagnostic
} from './types.js'
import { previousPathOf } from './types.js'

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

/** The diagnostics a web.config error carries (the web-config engine's WebConfigError, or ours), if any. */
export function diagnosticsOf(error: unknown): WebConfigDiagnostic[] | undefined {
  const list = (error as { diagnostics?: unknown } | undefined)?.diagnostics
  if (!Array.isArray(list)) return undefined
  return list
    .filter(
      (d): d is Record<string, unknown> =>
        typeof d === 'object' && d !== null && typeof d.message === 'string'
    )
    .map((d) => ({
      severity: d.severity === 'warning' ? 'warning' : 'error',
      message: String(d.message),
      file: typeof d.file === 'string' ? d.file : 'web.config',
      line: typeof d.line === 'number' && d.line > 0 ? d.line : undefined,
      column: typeof d.column === 'number' && d.column > 0 ? d.column : undefined
    }))
}

/** The run failed; the message says what failed and what state the server is in. */
export class DeployError extends Error {
  override name = 'DeployError'
  constructor(
    message: string,
    override readonly cause: unknown,
    readonly serverState: string
  ) {
    super(message)
  }
}

const STEP_TITLES: Record<PipelineStep | 'rollback', string> = {
  'iis-features': 'IIS features',
  'hosting-bundle': '.NET Hosting Bundle',
  provision: 'Provision app pool, site and application',
  'web-config': 'Prepare the app: web.config and settings',
  offline: 'Take the app offline',
  sync: 'Sync files',
  online: 'Bring the app online',
  'health-check': 'Health check',
  rollback: 'Roll back'
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`
}

/** `take-offline: auto` decided from the change plan (contract §1). */
export function resolveOfflineMode(
  options: Pick<DeployOptions, 'takeOffline' | 'strategy' | 'steps'>,
  target: Pick<ResolvedTarget, 'kind'>,
  plan: Pick<SyncPlan, 'touchesLockedFiles'> | undefined
): 'none' | 'app-offline' | 'stop-pool' | 'both' {
  if (!options.steps.includes('offline') || target.kind !== 'local-iis') return 'none'
  if (options.takeOffline !== 'auto') return options.takeOffline
  if (options.strategy === 'releases') return 'none'
  // No plan (the planner could not read the target): be safe.
  if (plan === undefined) return 'both'
  return plan.touchesLockedFiles ? 'both' : 'none'
}

class DeployRun {
  private readonly records = new Map<StepRecord['name'], StepRecord>()
  private readonly ctx: DeployContext
  /** The same context with a signal that never fires: cleanup and rollback must finish. */
  private readonly cleanupCtx: DeployContext
  private readonly started: number
  private target: ResolvedTarget | undefined
  private app: PreparedApp | undefined
  private lock: { release(): Promise<void> } | undefined
  private offline: OfflineState | undefined
  private offlineWindow: { since: number; until?: number } | undefined
  private probe: AvailabilityProbe | undefined
  private offlineMs = 0
  private offlineMeasured: DeployResult['offlineMeasured'] = 'none'
  private changes: PlannedChanges | undefined
  private syncOutcome: SyncOutcome | undefined
  private undo: UndoAction | undefined
  private syncStarted = false
  private syncFinished = false
  private health: HealthCheckResult | undefined
  private hostingBundle: HostingBundleOutcome | undefined
  private rolledBack = false
  private offlineMode: string | undefined
  private readonly stateNotes: string[] = []
  private serverChanged = false
  private diagnostics: WebConfigDiagnostic[] = []

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
    const base = {
      options,
      ports: { ...ports, reporter },
      reporter,
      dryRun: options.dryRun,
      tools: recording,
      plan,
      timing,
      tool: (name: Parameters<ToolResolver['resolve']>[0]) => recording.resolve(name)
    }
    this.ctx = { ...base, signal }
    this.cleanupCtx = { ...base, signal: new AbortController().signal }
    this.started = ports.clock.now()
  }

  private get reporter(): CollectingReporter {
    return this.ctx.reporter
  }

  private record(name: StepRecord['name'], result: StepResult, durationMs: number, detail: string): void {
    this.records.set(name, { name, result, durationMs, detail: this.reporter.mask(detail) })
  }

  private selected(step: PipelineStep): boolean {
    return this.options.steps.includes(step)
  }

  /** Runs one step in its log group, timed; a failure is recorded and rethrown. */
  private async step<T>(
    name: StepRecord['name'],
    fn: () => Promise<T>,
    detail: (value: T) => string,
    ctx: DeployContext = this.ctx
  ): Promise<T> {
    const clock = this.ports.clock
    return this.reporter.group(STEP_TITLES[name], async () => {
      const start = clock.now()
      if (ctx.signal.aborted) throw new CancelledError(`Cancelled before '${name}'.`)
      try {
        const value = await fn()
        const took = clock.now() - start
        const result: StepResult = this.options.dryRun && name !== 'web-config' ? 'planned' : 'succeeded'
        this.record(name, result, took, detail(value))
        this.reporter.info(`${name}: ${result} in ${seconds(took)}`)
        return value
      } catch (error) {
        const took = clock.now() - start
        const cancelled = error instanceof CancelledError || ctx.signal.aborted
        this.record(name, cancelled ? 'cancelled' : 'failed', took, errorMessage(error).split('\n')[0] ?? '')
        this.reporter.info(`${name}: ${cancelled ? 'cancelled' : 'failed'} after ${seconds(took)}`)
        throw error
      }
    })
  }

  private skip(name: PipelineStep, why: string): void {
    if (!this.records.has(name)) this.record(name, 'skipped', 0, why)
  }

  async run(): Promise<DeployResult> {
    let failure: unknown
    try {
      if (this.options.target === 'iis-express') await this.runIisExpress()
      else await this.runIis()
    } catch (error) {
      failure = error
    }
    const cleanupProblems = await this.guarantee(failure !== undefined)
    return this.result(failure, cleanupProblems)
  }

  /** The web-config step: prepares the app; its diagnostics become annotations on the file and line. */
  private async prepare(): Promise<PreparedApp> {
    try {
      const app = await this.step(
        'web-config',
        () => this.steps.prepareApp(this.ctx, this.selected('web-config')),
        (a) =>
          a.changes.length > 0
            ? a.changes.join('; ')
            : a.diagnostics.length > 0
              ? `${a.diagnostics.length} warning(s)`
              : 'web.config is valid'
      )
      this.diagnostics = app.diagnostics
      annotateDiagnostics(this.reporter, app.diagnostics)
      return app
    } catch (error) {
      const diagnostics = diagnosticsOf(error)
      if (diagnostics) {
        this.diagnostics = diagnostics
        annotateDiagnostics(this.reporter, diagnostics)
      }
      throw error
    }
  }

  private async runIisExpress(): Promise<void> {
    const app = await this.prepare()
    this.app = app
    for (const step of ['iis-features', 'hosting-bundle', 'provision', 'offline', 'online'] as const) {
      this.skip(step, 'not used with target: iis-express')
    }
    this.skip('sync', 'IIS Express runs the app from the prepared folder')
    const smoke = await this.step(
      'health-check',
      () => this.steps.smokeTestIisExpress(this.ctx, app),
      (s) => s.detail
    )
    this.health = smoke.health
  }

  private async runIis(): Promise<void> {
    const o = this.options
    const ctx = this.ctx
    // web.config and the JSON files are prepared first, on our copy: a broken web.config fails the run before
    // anything on the server changes. The steps table still lists the steps in contract order.
    if (this.selected('sync') || this.selected('web-config')) {
      this.app = await this.prepare()
      if (!this.selected('web-config'))
        this.record('web-config', 'skipped', this.records.get('web-config')?.durationMs ?? 0, 'not selected')
    } else {
      // Server set-up only (iis-features, hosting-bundle...): the app is not deployed, so it need not exist.
      this.app = { dir: o.source, staged: false, diagnostics: [], changes: [] }
      this.skip('web-config', 'not selected')
    }

    if (this.selected('iis-features')) {
      this.serverChanged = !o.dryRun
      await this.step(
        'iis-features',
        () => this.steps.ensureIisFeatures(ctx),
        (d) => d
      )
    } else this.skip('iis-features', o.iisFeatures.length ? 'not selected' : "no 'iis-features' given")

    this.target = await this.steps.readTarget(ctx)
    this.lock = await this.steps.acquireLock(ctx, this.target)

    if (this.selected('hosting-bundle')) {
      const app = this.app
      this.hostingBundle = await this.step(
        'hosting-bundle',
        () => this.steps.installHostingBundle(ctx, app.dir),
        (h) => h.detail
      )
      if (this.hostingBundle.changed) this.serverChanged = true
    } else this.skip('hosting-bundle', o.hostingBundle === 'none' ? "'hosting-bundle: none'" : 'not selected')

    if (this.selected('provision')) {
      const target = this.target
      const provisioned = await this.step(
        'provision',
        () => this.steps.provision(ctx, target),
        (p) => p.detail
      )
      this.target = provisioned.target
    } else this.skip('provision', this.target.kind === 'remote' ? 'remote target' : 'not selected')

    const app = this.app
    const target = this.target
    if (this.selected('sync') && target.kind === 'local-iis') {
      this.changes = await this.steps.planChanges(ctx, app, target)
    }
    const mode = resolveOfflineMode(o, target, this.changes)
    this.offlineMode = mode

    // Measure the offline window: probe the health URL while the app may be down, else time offline → online.
    if (o.healthCheckUrl && !o.dryRun && (mode !== 'none' || this.selected('sync'))) {
      this.probe = startAvailabilityProbe(
        { http: this.ports.http, clock: this.ports.clock, reporter: this.reporter },
        {
          url: o.healthCheckUrl,
          host: o.healthCheckHost,
          allowUntrusted: o.allowUntrusted,
          intervalMs: ctx.timing.probeIntervalMs
        }
      )
    }

    if (mode !== 'none') {
      this.offlineWindow = { since: this.ports.clock.now() }
      this.serverChanged = !o.dryRun
      this.offline = await this.step(
        'offline',
        () => this.steps.takeOffline(ctx, target, mode, this.changes?.liveHostingModel),
        () =>
          o.takeOffline === 'auto' && this.changes
            ? `${mode} (auto: the deploy changes files the app loads)`
            : mode
      )
    } else {
      this.skip(
        'offline',
        !this.selected('offline')
          ? target.kind === 'remote'
            ? 'remote target (Web Deploy takes the app offline itself)'
            : 'not selected'
          : o.strategy === 'releases'
            ? 'release folders: the live release is never overwritten'
            : o.takeOffline === 'none'
              ? "'take-offline: none'"
              : 'only static files change'
      )
    }

    if (this.selected('sync')) {
      this.syncStarted = true
      this.serverChanged = !o.dryRun
      const changes = this.changes ?? emptyPlan()
      this.syncOutcome = await this.step(
        'sync',
        () =>
          this.steps.sync(ctx, app, target, changes, {
            set: (action) => {
              this.undo = action
            }
          }),
        (s) => s.result.summary
      ).catch((error: unknown) => {
        // An input the tool cannot take is refused before it runs: nothing was copied.
        if (error instanceof InputError && !this.undo) this.syncStarted = false
        throw error
      })
      this.syncFinished = true
    } else this.skip('sync', 'not selected')

    await this.bringOnlineOrRollBack()

    if (this.selected('health-check')) {
      try {
        this.health = await this.step(
          'health-check',
          () => this.steps.checkHealth(ctx, target),
          (h) =>
            o.dryRun ? `would GET ${o.healthCheckUrl}` : `HTTP ${h.status} after ${h.attempts} attempt(s)`
        )
      } catch (error) {
        if (error instanceof HealthCheckError) this.health = error.result
        if (error instanceof CancelledError || ctx.signal.aborted) throw error
        await this.rollBack(error)
      }
    } else this.skip('health-check', o.healthCheckUrl ? 'not selected' : "no 'health-check-url' given")
  }

  /** The `online` step; a start that fails (rapid-fail protection) rolls back like a failed health check. */
  private async bringOnlineOrRollBack(): Promise<void> {
    const offline = this.offline
    const target = this.target
    if (!offline || !target) {
      this.skip('online', this.selected('online') ? 'the app was not taken offline' : 'not selected')
      await this.stopProbe()
      return
    }
    try {
      await this.step(
        'online',
        () => this.steps.bringOnline(this.ctx, target, offline),
        () =>
          [offline.appOffline ? 'app_offline.htm removed' : '', offline.poolStopped ? 'pool started' : '']
            .filter(Boolean)
            .join(', ')
      )
      this.offline = undefined
      if (this.offlineWindow) this.offlineWindow.until = this.ports.clock.now()
      await this.stopProbe()
    } catch (error) {
      if (error instanceof CancelledError || this.ctx.signal.aborted) throw error
      await this.rollBack(error)
    }
  }

  private async stopProbe(): Promise<void> {
    if (this.offlineMeasured !== 'none') return
    if (this.probe) {
      const report = await this.probe.stop()
      this.probe = undefined
      this.offlineMs = report.offlineMs
      this.offlineMeasured = 'probe'
    } else if (this.offlineWindow) {
      this.offlineMs = (this.offlineWindow.until ?? this.ports.clock.now()) - this.offlineWindow.since
      this.offlineMeasured = 'window'
    }
  }

  /**
   * The new version failed to start or to pass the health check: bring the previous one back (switch back, or
   * restore the in-place backup), check health again, and fail saying so.
   */
  private async rollBack(cause: unknown): Promise<never> {
    const o = this.options
    const why = errorMessage(cause)
    if (!o.rollback) {
      this.stateNotes.push(`The new version is live and failing; 'rollback: false' kept it.`)
      throw cause
    }
    const undo = this.undo
    if (!undo) {
      this.stateNotes.push(
        this.syncFinished
          ? `There is no previous version to roll back to (${o.strategy === 'in-place' && !o.backup ? "'backup: false'" : 'first deploy'}): the new version is live and failing.`
          : 'Nothing was rolled back: the sync did not run.'
      )
      throw cause
    }
    const ctx = this.cleanupCtx
    const target = this.target as ResolvedTarget
    const detail = await this.step(
      'rollback',
      async () => {
        // An in-place restore overwrites files the failing app holds open: take it offline around the restore.
        let offline = this.offline
        if (!offline && o.strategy === 'in-place' && target.kind === 'local-iis') {
          offline = await this.steps.takeOffline(ctx, target, 'both', this.changes?.liveHostingModel)
          this.offline = offline
        }
        const restored = await this.steps.runUndo(ctx, undo)
        if (this.offline) {
          await this.steps.bringOnline(ctx, target, this.offline)
          this.offline = undefined
        }
        this.rolledBack = true
        if (!o.healthCheckUrl) return `${restored}; no health check to run`
        try {
          this.health = await this.steps.checkHealth(ctx, target)
          return `${restored}; the previous version passes the health check (HTTP ${this.health.status})`
        } catch (error) {
          if (error instanceof HealthCheckError) this.health = error.result
          this.stateNotes.push(
            `Rolled back, but the previous version does not pass the health check either: ${errorMessage(error)}`
          )
          return `${restored}; the previous version fails the health check too`
        }
      },
      (d) => d,
      ctx
    )
    await this.stopProbe()
    throw new DeployError(`${why}\nRolled back: ${detail}.`, cause, detail)
  }

  /**
   * `keep-offline-on-failure`: the run failed after the app's files started to change while it was offline, and
   * no rollback brought the previous version back. Leaves app_offline.htm (a half-updated app is not served);
   * the pool is started again, so visitors get the page rather than HTTP.sys 503. Says so loudly, with the path.
   */
  private async keepOffline(
    offline: OfflineState,
    target: ResolvedTarget,
    problems: string[]
  ): Promise<void> {
    const file = path.join(target.physicalPath as string, APP_OFFLINE_FILE)
    if (offline.poolStopped) {
      try {
        await this.steps.bringOnline(this.cleanupCtx, target, { ...offline, appOffline: false })
      } catch (error) {
        problems.push(`Could not start the app pool again: ${errorMessage(error)}`)
      }
    }
    const note = `The app stays offline: ${file} was left in place ('keep-offline-on-failure: true'), so the app answers 503 with it. Fix the cause and deploy again, or delete ${file} to serve what is in the folder now.`
    this.stateNotes.push(note)
    this.reporter.warning(note, { file, title: 'app_offline.htm left in place' })
    if (!this.records.has('online'))
      this.record('online', 'skipped', 0, `app_offline.htm kept ('keep-offline-on-failure: true')`)
  }

  /** Runs in every outcome: online again (unless kept offline on failure), probe stopped, lock released, staging removed. */
  private async guarantee(failed: boolean): Promise<string[]> {
    const problems: string[] = []
    const ctx = this.cleanupCtx
    const target = this.target
    // A failed or cancelled in-place sync left the folder half-updated: put the backup back, offline (the app may
    // hold the files it loads), and bring it online below.
    const undo = this.undo
    if (this.syncStarted && !this.syncFinished && undo && this.options.rollback && target) {
      try {
        const restored = await this.step(
          'rollback',
          async () => {
            if (!this.offline && this.options.strategy === 'in-place' && target.kind === 'local-iis') {
              this.offline = await this.steps.takeOffline(ctx, target, 'both', this.changes?.liveHostingModel)
            }
            return this.steps.runUndo(ctx, undo)
          },
          (d) => d,
          ctx
        )
        this.rolledBack = true
        this.stateNotes.push(`The sync did not finish; ${restored}.`)
      } catch (error) {
        problems.push(`The sync did not finish and the restore failed: ${errorMessage(error)}`)
      }
    } else if (this.syncStarted && !this.syncFinished && target?.kind === 'remote' && !this.options.dryRun) {
      this.stateNotes.push(
        'Web Deploy stopped before it finished: files on the remote site may be partly updated (a remote target has no backup); deploy again.'
      )
    } else if (
      this.syncStarted &&
      !this.syncFinished &&
      this.options.strategy === 'in-place' &&
      !this.options.dryRun
    ) {
      this.stateNotes.push(
        `The sync did not finish: ${this.target?.physicalPath ?? 'the target folder'} is partly updated${this.undo ? " ('rollback: false')" : ' and there is no backup'}; deploy again.`
      )
    }
    const keepOffline =
      failed &&
      this.options.keepOfflineOnFailure &&
      this.offline?.appOffline === true &&
      target?.physicalPath !== undefined &&
      this.syncStarted &&
      !this.rolledBack
    if (keepOffline && this.offline && target) {
      await this.keepOffline(this.offline, target, problems)
      this.offline = undefined
    } else if (this.offline && target) {
      try {
        await this.steps.bringOnline(ctx, target, this.offline)
        this.reporter.info('The app is online again.')
        if (!this.records.has('online'))
          this.record('online', 'succeeded', 0, 'brought online during cleanup')
        this.offline = undefined
      } catch (error) {
        problems.push(`Could not bring the app online: ${errorMessage(error)}`)
      }
    }
    if (this.offlineWindow && this.offlineWindow.until === undefined)
      this.offlineWindow.until = this.ports.clock.now()
    await this.stopProbe().catch(() => undefined)
    if (this.lock) {
      await this.lock
        .release()
        .catch((error: unknown) => problems.push(`Could not release the deploy lock: ${errorMessage(error)}`))
    }
    if (this.app) await this.steps.cleanup(ctx, this.app).catch(() => undefined)
    return problems
  }

  private describeState(ok: boolean, problems: string[]): string {
    const o = this.options
    if (o.dryRun) return 'Dry run: nothing on the server was changed.'
    const notes = [...this.stateNotes, ...problems]
    const where = this.syncOutcome?.releasePath ?? this.target?.physicalPath
    if (ok) return `The site serves the new version${where ? ` from ${where}` : ''}.`
    if (notes.length > 0) return notes.join(' ')
    if (this.rolledBack)
      return `Rolled back: the site serves the previous version${this.undo ? ` (${previousPathOf(this.undo)})` : ''}.`
    if (!this.syncStarted) {
      return this.serverChanged
        ? 'The app files were not touched; the steps before the sync may have changed the server (see the steps table).'
        : 'Nothing on the server was changed.'
    }
    if (this.syncFinished) return `The new version is in place${where ? ` at ${where}` : ''}.`
    return o.strategy === 'releases'
      ? 'The new release was not switched to: the site still serves the previous release.'
      : `${where ?? 'The target folder'} may be partly updated.`
  }

  private result(failure: unknown, problems: string[]): DeployResult {
    // A step that knows exactly what state it left the server in says so (`serverState` on its error).
    const known = (failure as { serverState?: unknown } | undefined)?.serverState
    if (typeof known === 'string' && !(failure instanceof DeployError)) this.stateNotes.unshift(known)
    const ok = failure === undefined && problems.length === 0
    const serverState = this.describeState(ok, problems)
    let error: Error | undefined
    if (!ok) {
      const base =
        failure === undefined ? 'The deploy finished, but the cleanup failed.' : errorMessage(failure)
      const state = failure instanceof DeployError ? '' : `\nServer state: ${serverState}`
      const extra = problems.length > 0 && failure !== undefined && !state ? `\n${problems.join('\n')}` : ''
      const message = this.reporter.mask(`${base}${state}${extra}`)
      error =
        failure instanceof CancelledError || (this.ctx.signal.aborted && failure !== undefined)
          ? Object.assign(new CancelledError(message), { cause: failure })
          : new DeployError(message, failure, serverState)
    }
    for (const step of PIPELINE_STEPS) {
      if (!this.records.has(step)) {
        const cancelled = this.ctx.signal.aborted
        this.record(
          step,
          'skipped',
          0,
          ok || !this.options.steps.includes(step)
            ? 'not selected'
            : cancelled
              ? 'not run: cancelled'
              : 'not run: an earlier step failed'
        )
      }
    }
    const steps = [...PIPELINE_STEPS, 'rollback' as const]
      .map((name) => this.records.get(name))
      .filter((r): r is StepRecord => r !== undefined)
    const plan = this.buildPlan()
    const sync = this.syncOutcome?.result
    const dryRun = this.options.dryRun
    const counts =
      sync ??
      (dryRun && this.changes
        ? {
            filesAdded: this.changes.filesAdded,
            filesUpdated: this.changes.filesUpdated,
            filesDeleted: this.changes.filesDeleted,
            bytesCopied: this.changes.bytesToCopy
          }
        : undefined)
    const outputs: DeployOutputs = {
      'release-path': this.syncOutcome?.releasePath ?? (this.rolledBack ? '' : (plan.releasePath ?? '')),
      'previous-path': this.syncOutcome?.previousPath ?? (this.undo ? previousPathOf(this.undo) : ''),
      'files-added': String(counts?.filesAdded ?? 0),
      'files-updated': String(counts?.filesUpdated ?? 0),
      'files-deleted': String(counts?.filesDeleted ?? 0),
      'bytes-copied': String(counts?.bytesCopied ?? 0),
      'offline-ms': String(Math.round(this.offlineMs)),
      'health-status': this.health?.status !== undefined ? String(this.health.status) : '',
      'rolled-back': String(this.rolledBack),
      'hosting-bundle-version': this.hostingBundle?.version ?? '',
      'reboot-required': String(this.hostingBundle?.rebootRequired ?? false),
      plan: this.reporter.mask(JSON.stringify(plan))
    }
    return {
      ok,
      error,
      dryRun,
      steps,
      plan,
      outputs,
      sync,
      changes: this.changes,
      offlineMs: Math.round(this.offlineMs),
      offlineMeasured: this.offlineMeasured,
      health: this.health,
      rolledBack: this.rolledBack,
      serverState,
      warnings: [...this.reporter.warnings],
      diagnostics: this.diagnostics,
      releasePath: this.syncOutcome?.releasePath,
      previousPath: this.syncOutcome?.previousPath ?? (this.undo ? previousPathOf(this.undo) : undefined),
      hostingBundle: this.hostingBundle,
      durationMs: this.ports.clock.now() - this.started
    }
  }

  private buildPlan(): DeployPlan {
    const o = this.options
    const t = this.target
    const c = this.changes
    const files = c?.changes ?? []
    return {
      dryRun: o.dryRun,
      target: {
        kind:
          t?.kind ?? (o.target === 'iis-express' ? 'iis-express' : o.msdeployUrl ? 'remote' : 'local-iis'),
        site: o.site,
        application: o.application,
        appPool: t?.appPool ?? o.appPool,
        physicalPath: t?.physicalPath ?? o.physicalPath,
        msdeployUrl: o.msdeployUrl
      },
      method: o.method,
      strategy: o.strategy,
      takeOffline: this.offlineMode,
      steps: o.steps,
      tools: { ...this.ctx.plan.tools },
      commands: [...this.ctx.plan.commands],
      creates: [...this.ctx.plan.creates],
      changes: c
        ? {
            filesAdded: c.filesAdded,
            filesUpdated: c.filesUpdated,
            filesDeleted: c.filesDeleted,
            bytesToCopy: c.bytesToCopy,
            touchesLockedFiles: c.touchesLockedFiles,
            files: files.slice(0, 500),
            truncated: files.length > 500
          }
        : undefined,
      releasePath: this.syncOutcome?.releasePath,
      previousPath: this.syncOutcome?.previousPath,
      healthCheckUrl: o.healthCheckUrl
    }
  }
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
