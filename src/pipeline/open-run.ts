// The start of a run's journal: the state folder made sure of, the lock of this site (or of the server, for a run
// without a site) taken, what a run that died left repaired from its ledger, and this run's ledger started on disk.

import crypto from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { ensureStateDir, STATE_LAYOUT } from '../core/state-dir.js'
import { lockNameFor } from '../steps/iis/deploy-lock.js'
import type { DeployContext, DeploySteps, HeldLock } from './context.js'
import { DeployLedger, ledgerPathFor, readLedger } from './ledger.js'
import { archiveLedger, recoverInterruptedRun, type RecoveryReport } from './recovery.js'
import { describeRunner } from './steps/acquire-lock.js'

export interface RunLedgerOptions {
  ctx: Pick<DeployContext, 'options' | 'ports'>
  /** The ledger file; undefined: kept in memory (before the lock, a dry run, a remote target). */
  file?: string
  runId?: string
  /** The locks this run holds, checked before every change. */
  locks: () => Array<HeldLock | undefined>
}

/** A ledger for this run (see ledger.ts). */
export function createRunLedger({ ctx, file, runId, locks }: RunLedgerOptions): DeployLedger {
  const o = ctx.options
  return new DeployLedger({
    file,
    maskText: (text) => ctx.ports.reporter.mask(text),
    runId,
    dryRun: o.dryRun,
    scope: lockNameFor({ site: o.site, application: o.application }),
    target: { site: o.site, application: o.application, appPool: o.appPool, physicalPath: o.physicalPath },
    now: () => ctx.ports.clock.now(),
    host: os.hostname(),
    description: describeRunner(ctx.ports.env),
    pauseAt: file ? ctx.ports.env.IIS_DEPLOY_TEST_PAUSE_AT : undefined,
    assertHeld: () => {
      for (const lock of locks()) lock?.assertHeld()
    }
  })
}

export interface OpenedRun {
  siteLock?: HeldLock
  ledger?: DeployLedger
  recovery?: RecoveryReport
}

/**
 * Takes the lock, repairs a dead run and starts the ledger on disk. Nothing to do in a dry run, or for a remote or
 * IIS Express target (nothing on this machine to lock or repair).
 */
export async function openRun(
  ctx: DeployContext,
  cleanupCtx: DeployContext,
  steps: Pick<DeploySteps, 'acquireLock' | 'createRepairs'>,
  locks: () => Array<HeldLock | undefined>
): Promise<OpenedRun> {
  const o = ctx.options
  if (o.dryRun || o.target === 'iis-express' || o.msdeployUrl) return {}
  const win = ctx.ports.platform === 'win32'
  const tool = (name: 'whoami' | 'icacls'): Promise<string | undefined> =>
    win ? ctx.tools.resolve(name).catch(() => undefined) : Promise.resolve(undefined)
  await ensureStateDir({
    dir: ctx.stateDir,
    platform: ctx.ports.platform,
    runner: ctx.ports.runner,
    reporter: ctx.reporter,
    whoamiPath: await tool('whoami'),
    icaclsPath: await tool('icacls')
  })
  const siteLock = await steps.acquireLock(ctx, 'site')
  const scope = lockNameFor({ site: o.site, application: o.application })
  const file = ledgerPathFor(path.join(ctx.stateDir, STATE_LAYOUT.ledgers), scope)
  const runId = crypto.randomUUID()
  const recovery = await recoverInterruptedRun({
    file,
    repairs: steps.createRepairs(cleanupCtx),
    reporter: ctx.reporter,
    now: () => ctx.ports.clock.now(),
    host: os.hostname(),
    runId
  })
  // The last run's record goes to history/: the scope's file is this run's now.
  const last = readLedger(file)
  if (last) archiveLedger(file, last)
  const ledger = createRunLedger({ ctx, file, runId, locks: () => [siteLock, ...locks()] })
  return { siteLock, ledger, recovery }
}
