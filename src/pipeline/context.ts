// What every pipeline step gets: the options, the ports, the cancellation signal, the tool resolver and the plan
// recorder. And the interface of the steps the pipeline composes (DeploySteps), so the order, the guarantees and
// rollback are tested with stand-ins, and the real steps (steps/*.ts) are tested against the fake IIS.

import { formatCommandLine } from '../core/command-line.js'
import type { Ports, Reporter, SourceLocation } from '../core/ports.js'
import type { ToolName, ToolResolver } from '../core/tools.js'
import type { HealthCheckResult } from '../steps/health-check/health-check.js'
import type { Diagnosis } from '../steps/diagnosis/types.js'
import type { SyncPlan } from '../steps/sync/types.js'
import type { DiagnoseInput } from './steps/diagnose-failure.js'
import type { DeployLedger } from './ledger.js'
import type { DeployOptions } from './options.js'
import type { ServerRepairs } from './recovery.js'
import type {
  DeployPlan,
  HostingBundleOutcome,
  HostingModel,
  OfflineState,
  PlannedChanges,
  PlannedCommand,
  PreparedApp,
  ResolvedTarget,
  SyncOutcome,
  UndoAction
} from './types.js'

/** Waits and intervals of the pipeline itself; tests shorten them. */
export interface DeployTiming {
  /** Between availability probes while offline (ms). */
  probeIntervalMs: number
  /** First wait between health-check attempts (ms). */
  healthInitialDelayMs: number
  healthMaxDelayMs: number
  /** How long to wait for another deploy of the same site to finish (ms). */
  lockTimeoutMs: number
  /** After a pool starts, how long to watch for it falling back to Stopped (rapid-fail protection), ms. */
  poolSettleMs: number
  /** The same when a health check follows the start (it proves the app runs), ms. */
  poolSettleCheckedMs: number
  /** Before robocopy runs again over files another process still holds (ms). */
  lockRetryDelayMs: number
}

export const DEFAULT_TIMING: DeployTiming = {
  probeIntervalMs: 200,
  healthInitialDelayMs: 500,
  healthMaxDelayMs: 5000,
  lockTimeoutMs: 30 * 60_000,
  poolSettleMs: 3000,
  poolSettleCheckedMs: 1000,
  lockRetryDelayMs: 10_000
}

/** Records the command lines and creations of the plan, masked. */
export class PlanRecorder {
  readonly commands: PlannedCommand[] = []
  readonly creates: string[] = []
  readonly tools: Record<string, string> = {}
  constructor(private readonly reporter: Pick<Reporter, 'mask'>) {}

  command(step: string, tool: string, args: readonly string[], verbatim = false): string {
    const command = this.reporter.mask(formatCommandLine(tool, args, verbatim))
    this.commands.push({ step, command })
    return command
  }
  /** A step of the plan that is not a command line (writing app_offline.htm, a folder copy). */
  action(step: string, text: string): void {
    this.commands.push({ step, command: this.reporter.mask(text) })
  }
  create(text: string): void {
    this.creates.push(this.reporter.mask(text))
  }
  tool(name: string, path: string): void {
    this.tools[name] = path
  }
}

/** A reporter that forwards everything and keeps the warnings for the job summary. */
export class CollectingReporter implements Reporter {
  readonly warnings: string[] = []
  constructor(readonly inner: Reporter) {}
  debug(message: string): void {
    this.inner.debug(message)
  }
  info(message: string): void {
    this.inner.info(message)
  }
  notice(message: string, location?: SourceLocation): void {
    this.inner.notice(message, location)
  }
  warning(message: string, location?: SourceLocation): void {
    this.warnings.push(this.inner.mask(message))
    this.inner.warning(message, location)
  }
  error(message: string, location?: SourceLocation): void {
    this.inner.error(message, location)
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return this.inner.group(name, fn)
  }
  registerSecret(value: string): void {
    this.inner.registerSecret(value)
  }
  mask(text: string): string {
    return this.inner.mask(text)
  }
}

export interface DeployContext {
  options: DeployOptions
  ports: Ports
  /** Same as ports.reporter. */
  reporter: CollectingReporter
  /** Cancels the run (SIGTERM). The cleanup never passes it on: cleanup must finish. */
  signal: AbortSignal
  dryRun: boolean
  /** Finds tools (contract §3); every tool found is recorded in the plan. */
  tools: Pick<ToolResolver, 'resolve'>
  plan: PlanRecorder
  timing: DeployTiming
  /** Resolves a tool and records it in the plan. */
  tool(name: ToolName): Promise<string>
  /** The run's ledger: every change to the server is recorded in it before it is made (see ledger.ts). */
  ledger: DeployLedger
  /** The machine-wide state folder (lock, ledgers, backups): `state-dir` or its default. */
  stateDir: string
}

/** A held lock: checked before every change, released at the end. */
export interface HeldLock {
  /** Throws when another run took the lock over. */
  assertHeld(): void
  release(): Promise<void>
}

/** The steps the pipeline composes. Each is one capability; the pipeline owns order, timing and guarantees. */
export interface DeploySteps {
  /** Reads the target from IIS (pool, physical path, what exists). Changes nothing. */
  readTarget(ctx: DeployContext): Promise<ResolvedTarget>
  /**
   * Serializes deploys on this machine: `site` for one site/application (`options.site`/`application`), `server`
   * for the server-wide steps. Undefined when there is nothing to lock (dry run, remote or IIS Express target).
   */
  acquireLock(ctx: DeployContext, scope: 'site' | 'server'): Promise<HeldLock | undefined>
  /** What the cleanup and the recovery use to put the server back (pool, app_offline.htm, backups, switches). */
  createRepairs(ctx: DeployContext): ServerRepairs
  ensureIisFeatures(ctx: DeployContext): Promise<string>
  installHostingBundle(ctx: DeployContext, appDir: string): Promise<HostingBundleOutcome>
  /** Creates or updates pool, site, application, permissions; returns the target as it now is. */
  provision(ctx: DeployContext, target: ResolvedTarget): Promise<{ target: ResolvedTarget; detail: string }>
  /**
   * The files to deploy: the publish folder (or zip), and with `configure` a prepared copy with web.config and
   * the JSON variables applied and validated. Throws (before anything on the server changes) when web.config is
   * unusable.
   */
  prepareApp(ctx: DeployContext, configure: boolean): Promise<PreparedApp>
  /** Compares the app with the live folder; also says how the live app is hosted (for takeOffline). */
  planChanges(ctx: DeployContext, app: PreparedApp, target: ResolvedTarget): Promise<PlannedChanges>
  /** `liveHostingModel` (from planChanges): an in-process app lets go of its files only when its worker exits. */
  takeOffline(
    ctx: DeployContext,
    target: ResolvedTarget,
    mode: 'app-offline' | 'stop-pool' | 'both',
    liveHostingModel?: HostingModel
  ): Promise<OfflineState>
  /** Undoes exactly what takeOffline did; idempotent. Throws when the app cannot be brought back. */
  bringOnline(ctx: DeployContext, target: ResolvedTarget, state: OfflineState): Promise<void>
  /**
   * Copies the app (in place, or into a new release and switches to it). Records each change in the ledger before
   * making it, with how to undo it (restore the backup, switch back), so even a sync that fails, is cancelled or
   * killed half-way can be undone. `plan`: from planChanges (an empty SyncPlan for a target it does not plan).
   */
  sync(
    ctx: DeployContext,
    app: PreparedApp,
    target: ResolvedTarget,
    plan: SyncPlan | PlannedChanges
  ): Promise<SyncOutcome>
  /** Brings the previous version back as `action` says; returns what it did (`switched back to <path>`). */
  runUndo(ctx: DeployContext, action: UndoAction): Promise<string>
  checkHealth(ctx: DeployContext, target: ResolvedTarget): Promise<HealthCheckResult>
  /** `target: iis-express`: runs the app under IIS Express, checks it, ends it. */
  smokeTestIisExpress(
    ctx: DeployContext,
    app: PreparedApp
  ): Promise<{ health?: HealthCheckResult; detail: string }>
  /** Removes our staging copy. */
  cleanup(ctx: DeployContext, app: PreparedApp): Promise<void>
  /** After a failed start or health check, before the rollback: collect the evidence and explain it. */
  diagnoseFailure?(ctx: DeployContext, input: DiagnoseInput): Promise<Diagnosis | undefined>
}

export type PlanSnapshot = Pick<DeployPlan, 'commands' | 'creates' | 'tools'>
