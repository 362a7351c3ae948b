// The two ways a run puts the server back from its ledger: the rollback of a version that failed to start or to
// pass its health check (the previous version comes back, health checked again), and the cleanup that runs in
// every outcome (a half sync undone, the pool started, app_offline.htm removed unless kept on purpose).

import path from 'node:path'
import { errorMessage } from '../core/errors.js'
import { HealthCheckError } from '../steps/health-check/health-check.js'
import type { DeployContext, DeploySteps } from './context.js'
import { CONTENT_KINDS } from './ledger.js'
import type { DeployOptions } from './options.js'
import { settleLedger, type SettleResult } from './recovery.js'
import { DeployError, type RunFacts, type StepTable } from './run-report.js'
import type { ResolvedTarget } from './types.js'

/** What the rollback and the cleanup work with: the run's context (never cancelled), its steps, table and facts. */
export interface RunParts {
  options: DeployOptions
  steps: DeploySteps
  /** The cleanup context: its signal never fires. */
  ctx: DeployContext
  table: StepTable
  facts: RunFacts
}

/**
 * The new version failed to start or to pass the health check: bring the previous one back (the ledger's undo of
 * the sync: switch back, or restore the in-place backup), check health again, and fail saying so.
 */
export async function rollBackRun(run: RunParts, cause: unknown, target: ResolvedTarget): Promise<never> {
  const { options: o, ctx, facts } = run
  const notes = facts.stateNotes
  // Before anything is put back: the evidence is on the server now, the rollback would replace it.
  facts.diagnosis ??= await run.steps.diagnoseFailure?.(ctx, { target, app: facts.app, since: facts.started })
  if (!o.rollback) {
    notes.push(`The new version is live and failing; 'rollback: false' kept it.`)
    throw cause
  }
  const undoable = ctx.ledger.open(CONTENT_KINDS).some((m) => m.undo && m.undo.kind !== 'remove-folder')
  if (!undoable) {
    notes.push(
      facts.syncOutcome
        ? `There is no previous version to roll back to (${o.strategy === 'in-place' && !o.backup ? "'backup: false'" : 'first deploy'}): the new version is live and failing.`
        : 'Nothing was rolled back: the sync did not run.'
    )
    throw cause
  }
  const detail = await run.table.run(
    'rollback',
    ctx,
    async () => {
      const settled = await settleLedger(ctx.ledger, run.steps.createRepairs(ctx), {
        undoContent: 'all',
        step: 'rollback'
      })
      if (settled.problems.length > 0) throw new Error(settled.problems.join(' '))
      facts.rolledBack = true
      const restored = settled.restored.join('; ')
      if (!o.healthCheckUrl) return `${restored}; no health check to run`
      try {
        facts.health = await run.steps.checkHealth(ctx, target)
        return `${restored}; the previous version passes the health check (HTTP ${facts.health.status})`
      } catch (error) {
        if (error instanceof HealthCheckError) facts.health = error.result
        notes.push(
          `Rolled back, but the previous version does not pass the health check either: ${errorMessage(error)}`
        )
        return `${restored}; the previous version fails the health check too`
      }
    },
    (d) => d
  )
  throw new DeployError(`${errorMessage(cause)}\nRolled back: ${detail}.`, cause, detail)
}

/**
 * The cleanup's part of the guarantees: settles the ledger (a half sync undone when `rollback` allows, the pool
 * started, app_offline.htm removed unless `keep-offline-on-failure` keeps it) and says what state that leaves.
 * Returns the problems: what could not be put back.
 */
export async function settleAfterRun(run: RunParts, failed: boolean): Promise<string[]> {
  const { options: o, ctx, facts, table } = run
  const ledger = ctx.ledger
  const target = facts.target
  if (ledger.dryRun || !target) return []
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
    !facts.rolledBack &&
    ledger.open(['write-app-offline']).length > 0
  const offlineBefore = ledger.open(['stop-pool', 'write-app-offline']).length
  const settle = (): Promise<SettleResult> =>
    settleLedger(ledger, run.steps.createRepairs(ctx), {
      undoContent: o.rollback ? 'unfinished' : 'none',
      keepAppOffline,
      step: 'cleanup'
    })
  const settled: SettleResult = restorable
    ? await table
        .run('rollback', ctx, settle, (s) => s.restored.join('; ') || s.problems.join(' '))
        .catch((error: unknown) => ({
          actions: [],
          restored: [],
          partial: [],
          problems: [errorMessage(error)],
          restoredPrevious: false
        }))
    : await settle()
  if (settled.restoredPrevious) {
    facts.rolledBack = true
    facts.stateNotes.push(`The sync did not finish; ${settled.restored.join('; ')}.`)
  }
  if (halfSync && halfSync.status !== 'reverted')
    facts.stateNotes.push(partlyUpdated(o, target, halfSync.undo !== undefined))
  if (keepAppOffline) noteKeptOffline(run, target)
  else if (offlineBefore > 0 && ledger.open(['stop-pool', 'write-app-offline']).length === 0) {
    ctx.reporter.info('The app is online again.')
    table.recordIfMissing('online', 'succeeded', 'brought online during cleanup')
  }
  return settled.problems
}

/** `keep-offline-on-failure`: says loudly that app_offline.htm stays, with its path. */
function noteKeptOffline(run: RunParts, target: ResolvedTarget): void {
  const file = path.join(target.physicalPath as string, 'app_offline.htm')
  const note = `The app stays offline: ${file} was left in place ('keep-offline-on-failure: true'), so the app answers 503 with it. Fix the cause and deploy again, or delete ${file} to serve what is in the folder now.`
  run.facts.stateNotes.push(note)
  run.ctx.reporter.warning(note, { file, title: 'app_offline.htm left in place' })
  run.table.recordIfMissing('online', 'skipped', `app_offline.htm kept ('keep-offline-on-failure: true')`)
}

/** A sync that stopped half-way and was not undone: say where and what to do. */
function partlyUpdated(o: DeployOptions, target: ResolvedTarget, hadBackup: boolean): string {
  if (target.kind === 'remote')
    return 'Web Deploy stopped before it finished: files on the remote site may be partly updated (a remote target has no backup); deploy again.'
  if (o.strategy === 'releases')
    return 'The new release was not switched to: the site still serves the previous release.'
  return `The sync did not finish: ${target.physicalPath ?? 'the target folder'} is partly updated${hadBackup ? " ('rollback: false')" : ' and there is no backup'}; deploy again.`
}
