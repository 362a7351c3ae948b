// The deploy ledger: one typed record of a run (target, every change it makes to the server with how to undo it,
// outcome), written to the state folder BEFORE each change and updated after it. It is the run's one source of
// truth: the in-process guarantees (undo on failure or cancellation), the recovery of a run that died (SIGKILL, a
// runner that lost power), the job summary, the plan and the outputs all read it.
//
// One file per lock scope (`<state-dir>/ledgers/<scope>.json`): only the lock holder writes it, so a ledger still
// `running` when the next holder gets the lock belongs to a run that died. Writes are atomic (temp file, fsync,
// rename): a kill leaves the old record or the new one, never half of one.

import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { writeFileAtomicSync } from '../core/atomic-write.js'
import type { UndoAction } from './types.js'

/**
 * How to put back what a change did: data, so a later run can do it after this process died. The content undos
 * (restore the backup, switch back) are the sync's; the others put back the offline state or a partial folder.
 */
export type LedgerUndo =
  | UndoAction
  | { kind: 'start-pool'; pool: string }
  | { kind: 'remove-app-offline'; file: string }
  | { kind: 'remove-folder'; folder: string }
  /** `diagnose-stdout-log`: put the two attributes back, while web.config is still what the switch wrote. */
  | {
      kind: 'restore-stdout-log'
      file: string
      writtenSha256: string
      original: { stdoutLogEnabled?: string; stdoutLogFile?: string }
    }

export type MutationKind =
  /** Server set-up: idempotent, completed by the next run rather than undone. */
  | 'iis-features'
  | 'hosting-bundle'
  | 'provision'
  /** Offline: app_offline.htm written, pool stopped. */
  | 'write-app-offline'
  | 'stop-pool'
  /** The copy of what an in-place deploy replaces; a partial one is removed. */
  | 'backup'
  /** Files written into the live folder (in place) or a new release folder staged. */
  | 'sync'
  /** The application switched to another folder (release strategy). */
  | 'switch-release'
  /**
   * The server taken out of / put back into the load balancer (web farm hooks, docs/web-farm.md). No undo: a run
   * that dies drained leaves the server drained, and the next healthy deploy puts it back.
   */
  | 'load-balancer'
  /** The stdout log turned on in the deployed web.config for the first start (`diagnose-stdout-log`). */
  | 'stdout-log'

/** Content changes: what the site serves. Offline changes: whether it serves. */
export const CONTENT_KINDS: readonly MutationKind[] = ['sync', 'switch-release']

export type MutationStatus =
  /** Recorded before the change: it may have happened in part. */
  | 'started'
  | 'done'
  /** The change failed: it may have happened in part. */
  | 'failed'
  /** Put back (by design, like starting the pool again, or by an undo). */
  | 'reverted'
  /** Dry run: what would be done. */
  | 'planned'

export interface LedgerMutation {
  seq: number
  kind: MutationKind
  /** The pipeline step that made it (`offline`, `sync`...), or `rollback` / `recovery`. */
  step: string
  status: MutationStatus
  /** What it changes, for humans: `stop app pool 'Shop'`. */
  summary: string
  /** How to put it back; none for idempotent server set-up. */
  undo?: LedgerUndo
  /** The state found before the change, when the undo depends on it. */
  before?: { poolState?: string; fileExisted?: boolean; physicalPath?: string }
  startedAt: string
  endedAt?: string
  /** Why it failed, or how it was put back. */
  note?: string
  /** Reverted without having touched anything: refused before it started, or nothing to do. */
  changedNothing?: boolean
}

export type RunStatus = 'running' | 'succeeded' | 'failed' | 'cancelled' | 'recovered'

export interface LedgerRecord {
  format: 1
  runId: string
  /** The lock scope this ledger belongs to. */
  scope: string
  target: {
    site?: string
    application: string
    appPool?: string
    physicalPath?: string
  }
  owner: { pid: number; host: string; description?: string }
  startedAt: string
  status: RunStatus
  /** The new version passed its health check (or needed none and came online): nothing to undo after a crash. */
  verified: boolean
  mutations: LedgerMutation[]
  endedAt?: string
  /** What state the run left the server in, in words. */
  serverState?: string
  /** Set on a dead run's ledger by the run that repaired it. */
  recovery?: { by: string; at: string; actions: string[] }
}

/** The ledger's file for a lock scope (`shop-1a2b.lock` → `ledgers/shop-1a2b.json`). */
export function ledgerPathFor(ledgersDir: string, scope: string): string {
  return path.join(ledgersDir, `${scope.replace(/\.lock$/, '')}.json`)
}

/** Reads a ledger file; undefined when it is missing or not a ledger (a foreign or truncated file is ignored). */
export function readLedger(file: string): LedgerRecord | undefined {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  try {
    const value = JSON.parse(text) as Partial<LedgerRecord>
    if (value.format !== 1 || typeof value.runId !== 'string' || !Array.isArray(value.mutations))
      return undefined
    return value as LedgerRecord
  } catch {
    return undefined
  }
}

/** Mutations still in effect (not put back), newest first. */
export function openMutations(record: Pick<LedgerRecord, 'mutations'>): LedgerMutation[] {
  return record.mutations.filter((m) => m.status !== 'reverted' && m.status !== 'planned').reverse()
}

export interface DeployLedgerOptions {
  /** The ledger file; undefined: kept in memory only (a dry run, a remote target). */
  file?: string
  /** Masks secrets in the free text kept on disk (summaries, notes: an error may quote one), never in undo data. */
  maskText?: (text: string) => string
  /** Changes are recorded as planned, not made. */
  dryRun?: boolean
  scope: string
  target: LedgerRecord['target']
  description?: string
  now: () => number
  /** This run's id (default: a new one). */
  runId?: string
  /** Called before every change is recorded: throws when this run lost its lock. */
  assertHeld?: () => void
  host: string
  /**
   * Test hook for the kill-point tests (`IIS_DEPLOY_TEST_PAUSE_AT=<kind>:<status>`, e.g. `sync:started`): right
   * after that record is on disk, the process stops dead (a synchronous wait that never ends) so a test can SIGKILL
   * it exactly there. Never set in production.
   */
  pauseAt?: string
}

/** Blocks this thread forever: the kill-point tests end the process from outside. */
function pauseForever(point: string): void {
  process.stderr.write(`iis-deploy: paused at ${point} (IIS_DEPLOY_TEST_PAUSE_AT)\n`)
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)
}

/** The ledger of this run. Every method persists before it returns. */
export class DeployLedger {
  readonly record: LedgerRecord
  /** Where the ledger is kept; undefined when it is kept in memory only. */
  readonly file: string | undefined

  constructor(
    private readonly options: DeployLedgerOptions,
    /** An existing record to continue (the ledger of a run that died, repaired by the next one). */
    adopted?: LedgerRecord
  ) {
    this.file = options.file
    this.record = adopted ?? {
      format: 1,
      runId: options.runId ?? crypto.randomUUID(),
      scope: options.scope,
      target: { ...options.target },
      owner: { pid: process.pid, host: options.host, description: options.description },
      startedAt: this.iso(),
      status: 'running',
      verified: false,
      mutations: []
    }
    this.persist()
  }

  get dryRun(): boolean {
    return this.options.dryRun === true
  }

  private masked(text: string): string {
    return this.options.maskText ? this.options.maskText(text) : text
  }

  private iso(): string {
    return new Date(this.options.now()).toISOString()
  }

  private persist(changed?: LedgerMutation): void {
    if (!this.file) return
    writeFileAtomicSync(this.file, `${JSON.stringify(this.record, null, 2)}\n`)
    const point = changed && `${changed.kind}:${changed.status}`
    if (point !== undefined && point === this.options.pauseAt) pauseForever(point)
  }

  /** Updates what the run now knows of its target (the pool and folder IIS reports). */
  setTarget(target: Partial<LedgerRecord['target']>): void {
    Object.assign(this.record.target, target)
    this.persist()
  }

  /**
   * Records a change before it is made. Checks the lock first: a run that lost it stops here, before the change.
   * In a dry run the change is recorded as planned and nothing is written.
   */
  begin(
    kind: MutationKind,
    step: string,
    summary: string,
    extra: Pick<LedgerMutation, 'undo' | 'before'> = {}
  ): LedgerMutation {
    if (!this.dryRun) this.options.assertHeld?.()
    const mutation: LedgerMutation = {
      seq: this.record.mutations.length + 1,
      kind,
      step,
      status: this.dryRun ? 'planned' : 'started',
      summary: this.masked(summary),
      ...extra,
      startedAt: this.iso()
    }
    this.record.mutations.push(mutation)
    this.persist(mutation)
    return mutation
  }

  /** The change was made (its undo may be known only now: a backup's folder, the previous release). */
  done(mutation: LedgerMutation, extra: Pick<LedgerMutation, 'undo' | 'note'> = {}): void {
    if (mutation.status === 'planned') return
    const note = extra.note === undefined ? {} : { note: this.masked(extra.note) }
    Object.assign(mutation, extra, note, { status: 'done', endedAt: this.iso() })
    this.persist(mutation)
  }

  /** The change failed; it may have happened in part. */
  fail(mutation: LedgerMutation, note: string): void {
    if (mutation.status === 'planned') return
    Object.assign(mutation, { status: 'failed', endedAt: this.iso(), note: this.masked(note) })
    this.persist(mutation)
  }

  /** The change was put back. */
  revert(mutation: LedgerMutation, note: string): void {
    if (mutation.status === 'planned') return
    Object.assign(mutation, { status: 'reverted', endedAt: this.iso(), note: this.masked(note) })
    this.persist(mutation)
  }

  /** The change never touched the server (refused before it started, or nothing to do): says so for the report. */
  untouched(mutation: LedgerMutation, note: string): void {
    if (mutation.status === 'planned') return
    Object.assign(mutation, { status: 'reverted', endedAt: this.iso(), note, changedNothing: true })
    this.persist(mutation)
  }

  /** Runs `change` between begin and done/fail. */
  async track<T>(
    kind: MutationKind,
    step: string,
    summary: string,
    change: (mutation: LedgerMutation) => Promise<T>,
    extra: Pick<LedgerMutation, 'undo' | 'before'> = {}
  ): Promise<T> {
    const mutation = this.begin(kind, step, summary, extra)
    try {
      const value = await change(mutation)
      if (mutation.status === 'started') this.done(mutation)
      return value
    } catch (error) {
      if (mutation.status === 'started') this.fail(mutation, (error as Error).message ?? String(error))
      throw error
    }
  }

  markVerified(): void {
    this.record.verified = true
    this.persist()
  }

  /** Mutations of this run still in effect, newest first. */
  open(kinds?: readonly MutationKind[]): LedgerMutation[] {
    return openMutations(this.record).filter((m) => !kinds || kinds.includes(m.kind))
  }

  /** The run ended: the record stays as the last run of this scope. */
  finish(status: Exclude<RunStatus, 'running' | 'recovered'>, serverState: string): void {
    Object.assign(this.record, { status, serverState, endedAt: this.iso() })
    this.persist()
  }
}
