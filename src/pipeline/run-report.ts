// What a run reports: the steps table (each step timed in its log group), and the result built from the ledger and
// what the steps returned: ok or the error with the exact server state, the outputs of contract §2, the plan.

import { CancelledError, errorMessage } from '../core/errors.js'
import { maskStrings } from '../core/secrets.js'
import type { Clock } from '../core/ports.js'
import type { Diagnosis } from '../steps/diagnosis/types.js'
import type { HealthCheckResult } from '../steps/health-check/health-check.js'
import type { CollectingReporter, DeployContext } from './context.js'
import { CONTENT_KINDS, type LedgerMutation } from './ledger.js'
import { PIPELINE_STEPS, type DeployOptions } from './options.js'
import type { RecoveryReport } from './recovery.js'
import { describeUntouchedContent } from './server-state.js'
import {
  previousPathOf,
  type DeployOutputs,
  type DeployPlan,
  type DeployResult,
  type HostingBundleOutcome,
  type PlannedChanges,
  type PreparedApp,
  type ResolvedTarget,
  type StepRecord,
  type StepResult,
  type SyncOutcome,
  type UndoAction,
  type WebConfigDiagnostic
} from './types.js'

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

/** What the steps returned and the pipeline measured (the server changes themselves are in the ledger). */
export interface RunFacts {
  started: number
  app?: PreparedApp
  target?: ResolvedTarget
  changes?: PlannedChanges
  offlineMode?: string
  syncOutcome?: SyncOutcome
  health?: HealthCheckResult
  hostingBundle?: HostingBundleOutcome
  recovery?: RecoveryReport
  rolledBack?: boolean
  offlineWindow?: { since: number; until?: number }
  offlineMs: number
  offlineMeasured: DeployResult['offlineMeasured']
  /** What steps said about the state they left the server in. */
  stateNotes: string[]
  diagnostics: WebConfigDiagnostic[]
  /** Why the new version failed to start or pass its health check (diagnose-failure.ts). */
  diagnosis?: Diagnosis
}

const STEP_TITLES: Record<StepRecord['name'], string> = {
  'iis-features': 'IIS features',
  'hosting-bundle': '.NET Hosting Bundle',
  provision: 'Provision app pool, site and application',
  'web-config': 'Prepare the app: web.config and settings',
  offline: 'Take the app offline',
  sync: 'Sync files',
  online: 'Bring the app online',
  'health-check': 'Health check',
  rollback: 'Roll back',
  manage: 'Manage action'
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`
}

/** The steps table: each step in its log group, timed, its result and one line of detail. */
export class StepTable {
  readonly records = new Map<StepRecord['name'], StepRecord>()
  constructor(
    private readonly reporter: CollectingReporter,
    private readonly clock: Clock,
    private readonly options: DeployOptions
  ) {}

  private record(name: StepRecord['name'], result: StepResult, durationMs: number, detail: string): void {
    this.records.set(name, { name, result, durationMs, detail: this.reporter.mask(detail) })
  }

  /** Runs one step in its log group, timed; a failure is recorded and rethrown. */
  async run<T>(
    name: StepRecord['name'],
    ctx: DeployContext,
    fn: () => Promise<T>,
    detail: (value: T) => string
  ): Promise<T> {
    return this.reporter.group(STEP_TITLES[name], async () => {
      const start = this.clock.now()
      if (ctx.signal.aborted) throw new CancelledError(`Cancelled before '${name}'.`)
      try {
        const value = await fn()
        const took = this.clock.now() - start
        const result: StepResult = this.options.dryRun && name !== 'web-config' ? 'planned' : 'succeeded'
        this.record(name, result, took, detail(value))
        this.reporter.info(`${name}: ${result} in ${seconds(took)}`)
        return value
      } catch (error) {
        const took = this.clock.now() - start
        const cancelled = error instanceof CancelledError || ctx.signal.aborted
        this.record(name, cancelled ? 'cancelled' : 'failed', took, errorMessage(error).split('\n')[0] ?? '')
        this.reporter.info(`${name}: ${cancelled ? 'cancelled' : 'failed'} after ${seconds(took)}`)
        throw error
      }
    })
  }

  skip(name: StepRecord['name'], why: string): void {
    if (!this.records.has(name)) this.record(name, 'skipped', 0, why)
  }

  /** A step that ran for another's sake (web-config read for the sync) shows as skipped, with its time. */
  markSkipped(name: StepRecord['name'], why: string): void {
    this.record(name, 'skipped', this.records.get(name)?.durationMs ?? 0, why)
  }

  recordIfMissing(name: StepRecord['name'], result: StepResult, detail: string): void {
    if (!this.records.has(name)) this.record(name, result, 0, detail)
  }
}

/** The content undo of the newest content change: how the previous version comes back. */
function latestUndo(mutations: readonly LedgerMutation[]): UndoAction | undefined {
  for (const m of [...mutations].reverse()) {
    if (
      CONTENT_KINDS.includes(m.kind) &&
      m.undo &&
      (m.undo.kind === 'restore-backup' || m.undo.kind === 'switch-physical-path')
    )
      return m.undo
  }
  return undefined
}

/** One or two sentences: what the server serves now, from the ledger and the steps' own words. */
function describeState(ctx: DeployContext, facts: RunFacts, ok: boolean, problems: string[]): string {
  const o = ctx.options
  if (o.dryRun) return 'Dry run: nothing on the server was changed.'
  if (o.action !== 'deploy')
    return ok
      ? `Action '${o.action}' done: ${facts.stateNotes.join(' ') || 'as asked'}.`
      : [...facts.stateNotes, ...problems].join(' ') || `Action '${o.action}' failed: see the steps table.`
  const made = ctx.ledger.record.mutations.filter((m) => m.status !== 'planned')
  const notes = [...facts.stateNotes, ...problems]
  const where = facts.syncOutcome?.releasePath ?? facts.target?.physicalPath
  if (ok) return `The site serves the new version${where ? ` from ${where}` : ''}.`
  if (notes.length > 0) return notes.join(' ')
  const undo = latestUndo(made)
  if (facts.rolledBack)
    return `Rolled back: the site serves the previous version${undo ? ` (${previousPathOf(undo)})` : ''}.`
  const content = made.filter((m) => CONTENT_KINDS.includes(m.kind) && !m.changedNothing)
  if (content.length === 0)
    return describeUntouchedContent(made, facts.target?.site !== undefined && facts.target.exists.application)
  if (facts.syncOutcome) return `The new version is in place${where ? ` at ${where}` : ''}.`
  if (o.strategy === 'releases' && !made.some((m) => m.kind === 'switch-release'))
    return 'The new release was not switched to: the site still serves the previous release.'
  return `${where ?? 'The target folder'} may be partly updated.`
}

function buildPlan(ctx: DeployContext, facts: RunFacts): DeployPlan {
  const o = ctx.options
  const t = facts.target
  const c = facts.changes
  const files = c?.changes ?? []
  return {
    dryRun: o.dryRun,
    target: {
      kind: t?.kind ?? (o.target === 'iis-express' ? 'iis-express' : o.msdeployUrl ? 'remote' : 'local-iis'),
      site: o.site,
      application: o.application,
      appPool: t?.appPool ?? o.appPool,
      physicalPath: t?.physicalPath ?? o.physicalPath,
      msdeployUrl: o.msdeployUrl
    },
    method: o.method,
    strategy: o.strategy,
    takeOffline: facts.offlineMode,
    steps: o.steps,
    tools: { ...ctx.plan.tools },
    commands: [...ctx.plan.commands],
    creates: [...ctx.plan.creates],
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
    releasePath: facts.syncOutcome?.releasePath,
    previousPath: facts.syncOutcome?.previousPath,
    healthCheckUrl: o.healthCheckUrl,
    mutations: ctx.ledger.record.mutations.map((m) => ({
      step: m.step,
      kind: m.kind,
      status: m.status,
      summary: m.summary
    }))
  }
}

export function buildDeployResult(
  ctx: DeployContext,
  table: StepTable,
  facts: RunFacts,
  failure: unknown,
  problems: string[]
): DeployResult {
  const o = ctx.options
  const reporter = ctx.reporter
  // A step that knows exactly what state it left the server in says so (`serverState` on its error).
  const known = (failure as { serverState?: unknown } | undefined)?.serverState
  if (typeof known === 'string' && !(failure instanceof DeployError)) facts.stateNotes.unshift(known)
  const ok = failure === undefined && problems.length === 0
  const serverState = describeState(ctx, facts, ok, problems)
  let error: Error | undefined
  if (!ok) {
    const base =
      failure === undefined ? 'The deploy finished, but the cleanup failed.' : errorMessage(failure)
    const state = failure instanceof DeployError ? '' : `\nServer state: ${serverState}`
    const extra = problems.length > 0 && failure !== undefined && !state ? `\n${problems.join('\n')}` : ''
    const why = facts.diagnosis
      ? `\nWhy it failed: ${facts.diagnosis.cause}. Fix: ${facts.diagnosis.fix}.`
      : ''
    const message = reporter.mask(`${base}${state}${extra}${why}`)
    error =
      failure instanceof CancelledError || (ctx.signal.aborted && failure !== undefined)
        ? Object.assign(new CancelledError(message), { cause: failure })
        : new DeployError(message, failure, serverState)
  }
  for (const step of PIPELINE_STEPS) {
    const why =
      ok || !o.steps.includes(step)
        ? 'not selected'
        : ctx.signal.aborted
          ? 'not run: cancelled'
          : 'not run: an earlier step failed'
    table.skip(step, why)
  }
  const steps = [...PIPELINE_STEPS, 'rollback' as const, 'manage' as const]
    .map((name) => table.records.get(name))
    .filter((r): r is StepRecord => r !== undefined)
  // Masked string by string: numbers, booleans and the JSON structure stay intact whatever the secrets are.
  const plan = maskStrings(buildPlan(ctx, facts), (text) => reporter.mask(text))
  const sync = facts.syncOutcome?.result
  const counts =
    sync ??
    (o.dryRun && facts.changes
      ? {
          filesAdded: facts.changes.filesAdded,
          filesUpdated: facts.changes.filesUpdated,
          filesDeleted: facts.changes.filesDeleted,
          bytesCopied: facts.changes.bytesToCopy
        }
      : undefined)
  const undo = latestUndo(ctx.ledger.record.mutations)
  const previousPath = facts.syncOutcome?.previousPath ?? (undo ? previousPathOf(undo) : undefined)
  const rolledBack = facts.rolledBack === true
  const outputs: DeployOutputs = {
    'release-path': facts.syncOutcome?.releasePath ?? (rolledBack ? '' : (plan.releasePath ?? '')),
    'previous-path': previousPath ?? '',
    'files-added': String(counts?.filesAdded ?? 0),
    'files-updated': String(counts?.filesUpdated ?? 0),
    'files-deleted': String(counts?.filesDeleted ?? 0),
    'bytes-copied': String(counts?.bytesCopied ?? 0),
    'offline-ms': String(Math.round(facts.offlineMs)),
    'health-status': facts.health?.status !== undefined ? String(facts.health.status) : '',
    'rolled-back': String(rolledBack),
    'hosting-bundle-version': facts.hostingBundle?.version ?? '',
    'reboot-required': String(facts.hostingBundle?.rebootRequired ?? false),
    recovered: String(facts.recovery !== undefined),
    plan: JSON.stringify(plan),
    diagnosis: facts.diagnosis
      ? JSON.stringify(maskStrings(facts.diagnosis, (text) => reporter.mask(text)))
      : ''
  }
  return {
    ok,
    error,
    dryRun: o.dryRun,
    steps,
    plan,
    outputs,
    sync,
    changes: facts.changes,
    offlineMs: Math.round(facts.offlineMs),
    offlineMeasured: facts.offlineMeasured,
    health: facts.health,
    rolledBack,
    serverState,
    warnings: [...reporter.warnings],
    diagnostics: facts.diagnostics,
    releasePath: facts.syncOutcome?.releasePath,
    previousPath,
    hostingBundle: facts.hostingBundle,
    recovery: facts.recovery,
    diagnosis: facts.diagnosis,
    ledgerFile: ctx.ledger.dryRun ? undefined : ctx.ledger.file,
    durationMs: ctx.ports.clock.now() - facts.started
  }
}
