// Brings the server back to a whole state from a ledger: the cleanup of a run that failed or was cancelled, and the
// repair of a run that died (its ledger still says `running` when the next run gets the lock). Both walk the
// changes still in effect, newest first, and put them back: the previous version restored (or kept, see
// `undoContent`), the pool started again when the run found it started, the app_offline.htm it wrote removed.
// Every repair is idempotent and recorded in the ledger as it is made, so a kill during the repair itself is
// repaired by the next run.

import fs from 'node:fs'
import path from 'node:path'
import { errorMessage } from '../core/errors.js'
import type { Reporter } from '../core/ports.js'
import {
  CONTENT_KINDS,
  DeployLedger,
  openMutations,
  readLedger,
  type LedgerMutation,
  type LedgerRecord,
  type LedgerUndo
} from './ledger.js'
import type { UndoAction } from './types.js'
import { restoreIfUnchanged } from '../steps/diagnosis/stdout-log-switch.js'

/** What a repair may do on the server. The pipeline implements it with appcmd and the file system. */
export interface ServerRepairs {
  /** Starts the pool and waits until it is Started. */
  startPool(pool: string): Promise<void>
  /** Deletes app_offline.htm (waiting out a brief lock); no error when it is already gone. */
  removeAppOffline(file: string): Promise<void>
  /** Restores the backup, or switches the application back; returns what it did, for humans. */
  runUndo(action: UndoAction): Promise<string>
  /**
   * Takes the app offline around an in-place restore (files the running app holds cannot be overwritten). Records
   * what it does in `ledger` (write-app-offline, stop-pool) so it is put back like any other change.
   */
  takeOfflineForRestore(ledger: DeployLedger, step: string): Promise<void>
}

export interface SettleOptions {
  /**
   * `all`: bring the previous version back (a rollback; the repair of a run that was not verified).
   * `unfinished`: undo only a sync or switch that did not finish (a half-updated folder); keep a finished one.
   * `none`: keep the files as they are.
   */
  undoContent: 'all' | 'unfinished' | 'none'
  /** Leave app_offline.htm in place (`keep-offline-on-failure`). */
  keepAppOffline?: boolean
  /** Recorded on the mutations this settle adds: `rollback`, `cleanup`, `recovery`. */
  step: string
}

export interface SettleResult {
  /** What was put back, in order, for the log and the summary. */
  actions: string[]
  /** What could not be put back: the server is not whole, and these say how. */
  problems: string[]
  /** The previous version was brought back. */
  restoredPrevious: boolean
  /** What brought it back (`restored 3 file(s) … from the backup …`, `switched back to …`). */
  restored: string[]
  /** Changes that did not finish and have no undo: the folder is partly updated (a re-deploy overwrites it). */
  partial: string[]
}

function undoNeeded(mutation: LedgerMutation, mode: SettleOptions['undoContent']): boolean {
  if (mode === 'none') return false
  if (mode === 'all') return true
  return mutation.status === 'started' || mutation.status === 'failed'
}

async function runContentUndo(
  action: LedgerUndo,
  repairs: ServerRepairs,
  ledger: DeployLedger,
  step: string
): Promise<string> {
  switch (action.kind) {
    case 'restore-backup': {
      const offline = ledger.open(['stop-pool', 'write-app-offline'])
      if (offline.length === 0) await repairs.takeOfflineForRestore(ledger, step)
      return repairs.runUndo(action)
    }
    case 'switch-physical-path':
      return repairs.runUndo(action)
    case 'remove-folder':
      fs.rmSync(action.folder, { recursive: true, force: true })
      return `removed ${action.folder}`
    default:
      throw new Error(`Not a content undo: ${action.kind}`)
  }
}

/** Puts back the changes of `ledger` still in effect, as `options` say. Never throws: problems are returned. */
export async function settleLedger(
  ledger: DeployLedger,
  repairs: ServerRepairs,
  options: SettleOptions
): Promise<SettleResult> {
  const result: SettleResult = {
    actions: [],
    problems: [],
    restoredPrevious: false,
    restored: [],
    partial: []
  }
  const attempt = async (mutation: LedgerMutation, fn: () => Promise<string | undefined>): Promise<void> => {
    try {
      const note = await fn()
      if (note !== undefined) {
        ledger.revert(mutation, note)
        result.actions.push(note)
      }
    } catch (error) {
      result.problems.push(`Could not undo '${mutation.summary}': ${errorMessage(error)}`)
    }
  }

  // 0. The stdout log turned on for the first start: off again in every outcome, before a content undo replaces the
  // file (the restore checks that the file is still the one the switch wrote).
  for (const mutation of ledger.open(['stdout-log'])) {
    const undo = mutation.undo
    if (undo?.kind !== 'restore-stdout-log') continue
    await attempt(mutation, () =>
      Promise.resolve(restoreIfUnchanged(undo.file, undo.writtenSha256, undo.original))
    )
  }

  // 1. What the site serves: content changes, newest first.
  for (const mutation of ledger.open(CONTENT_KINDS)) {
    if (!undoNeeded(mutation, options.undoContent)) continue
    const undo = mutation.undo
    // A release folder still being staged is removed; a complete one stays (the retention prunes it).
    if (undo?.kind === 'remove-folder' && mutation.status === 'done') continue
    if (!undo) {
      if (mutation.status !== 'done')
        result.partial.push(`'${mutation.summary}' did not finish and there is no backup to undo it`)
      continue
    }
    await attempt(mutation, async () => {
      const done = await runContentUndo(undo, repairs, ledger, options.step)
      if (undo.kind !== 'remove-folder') {
        result.restoredPrevious = true
        result.restored.push(done)
      }
      return done
    })
  }

  // 2. A backup that was being written when the run stopped is incomplete: remove it (a complete one is kept).
  for (const mutation of ledger.open(['backup'])) {
    if (mutation.status === 'done' || mutation.undo?.kind !== 'remove-folder') continue
    const folder = mutation.undo.folder
    await attempt(mutation, async () => {
      fs.rmSync(folder, { recursive: true, force: true })
      return `removed the incomplete backup ${folder}`
    })
  }

  // 3. Whether the site serves: the pool, then app_offline.htm (newest first: the pool was stopped after the page
  // was written, so it starts before the page goes and visitors see the page rather than HTTP.sys 503).
  for (const mutation of ledger.open(['stop-pool', 'write-app-offline'])) {
    const undo = mutation.undo
    if (mutation.kind === 'stop-pool' && undo?.kind === 'start-pool') {
      await attempt(mutation, async () => {
        if (mutation.before?.poolState !== undefined && mutation.before.poolState !== 'Started')
          return `left app pool '${undo.pool}' ${mutation.before.poolState.toLowerCase()}, as the deploy found it`
        await repairs.startPool(undo.pool)
        return `started app pool '${undo.pool}'`
      })
    } else if (mutation.kind === 'write-app-offline' && undo?.kind === 'remove-app-offline') {
      if (options.keepAppOffline) continue
      await attempt(mutation, async () => {
        await repairs.removeAppOffline(undo.file)
        return `removed ${undo.file}`
      })
    }
  }
  return result
}

export interface RecoveryOptions {
  /** The ledger file of this scope. */
  file: string
  repairs: ServerRepairs
  reporter: Pick<Reporter, 'info' | 'warning'>
  now: () => number
  host: string
  /** This run's id, recorded on the dead run's ledger. */
  runId: string
  /** Only look, change nothing (`recover --dry-run`). */
  dryRun?: boolean
}

export interface RecoveryReport {
  /** When the interrupted run started (ISO). */
  startedAt: string
  /** Who ran it: `GitHub run 7 attempt 1 (pid 123)`. */
  by: string
  /** What the repair did (or would do, in a dry run). */
  actions: string[]
  problems: string[]
  /** The changes the dead run had in effect, newest first. */
  found: LedgerMutation[]
}

/** What a repair of `record` would put back, for `recover --dry-run` and the log. */
export function describeOpenChanges(record: LedgerRecord): string[] {
  return openMutations(record)
    .filter((m) => !(m.kind === 'backup' && m.status === 'done'))
    .filter((m) => !['iis-features', 'hosting-bundle', 'provision'].includes(m.kind) || m.status !== 'done')
    .map((m) => `${m.summary} (${m.status})`)
}

/**
 * Repairs what a run that died left on the server, when the ledger of this scope still says `running` (only the lock
 * holder writes it, and we hold the lock now). Returns undefined when there is nothing to repair.
 */
export async function recoverInterruptedRun(options: RecoveryOptions): Promise<RecoveryReport | undefined> {
  const record = readLedger(options.file)
  if (!record || record.status !== 'running') return undefined
  const by = `${record.owner.description ? `${record.owner.description}, ` : ''}pid ${record.owner.pid} on ${record.owner.host}`
  const found = openMutations(record)
  const report: RecoveryReport = { startedAt: record.startedAt, by, actions: [], problems: [], found }
  if (options.dryRun) {
    report.actions = describeOpenChanges(record).map((change) => `would put back: ${change}`)
    return report
  }
  options.reporter.warning(
    `Recovering from an interrupted deploy started at ${record.startedAt} (${by}): it stopped before it finished and left ${found.length} change(s) in effect.`
  )
  const ledger = new DeployLedger(
    {
      file: options.file,
      scope: record.scope,
      target: record.target,
      now: options.now,
      host: options.host
    },
    record
  )
  // Not verified: its new version never passed a health check, so the previous one comes back (this run deploys
  // again with its own backup). Verified: it died after the check (pruning, summary): only the offline state.
  const settled = await settleLedger(ledger, options.repairs, {
    undoContent: record.verified ? 'none' : 'all',
    step: 'recovery'
  })
  report.actions = settled.actions
  report.problems = [
    ...settled.problems,
    ...settled.partial.map((p) => `${p}: the folder is partly updated; this run deploys over it.`)
  ]
  record.recovery = { by: options.runId, at: new Date(options.now()).toISOString(), actions: settled.actions }
  record.status = 'recovered'
  record.endedAt = record.recovery.at
  record.serverState =
    report.problems.length > 0 ? report.problems.join(' ') : 'Repaired by the next run: see recovery.'
  // Kept as the scope's last run (recover says so); the next deploy moves it to history/ when it starts its own.
  ledger.setTarget({})
  for (const action of settled.actions) options.reporter.info(`Recovery: ${action}.`)
  for (const problem of report.problems) options.reporter.warning(`Recovery: ${problem}`)
  return report
}

/** Moves a finished ledger to `history/` (keeping the newest 20), so the scope's file is free for the next run. */
export function archiveLedger(file: string, record: LedgerRecord, keep = 20): void {
  const history = path.join(path.dirname(file), 'history')
  fs.mkdirSync(history, { recursive: true })
  const stamp = record.startedAt.replace(/[:.]/g, '-')
  const base = path.basename(file, '.json')
  fs.renameSync(file, path.join(history, `${base}.${stamp}.${record.runId.slice(0, 8)}.json`))
  const mine = fs
    .readdirSync(history)
    .filter((name) => name.startsWith(`${base}.`))
    .sort()
  for (const old of mine.slice(0, Math.max(0, mine.length - keep)))
    fs.rmSync(path.join(history, old), { force: true })
}
