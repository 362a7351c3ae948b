// The sync step in place: backs up what the sync replaces or deletes (undo: restore that backup), then robocopy
// mirrors the app into the live folder.

import fs from 'node:fs'
import { InputError } from '../../core/errors.js'
import { createBackup, defaultBackupRoot, pruneBackups } from '../../steps/sync/backup.js'
import { buildRobocopyArgs, syncWithRobocopy } from '../../steps/sync/robocopy.js'
import type { SyncPlan } from '../../steps/sync/types.js'
import type { DeployContext, UndoRegistry } from '../context.js'
import type { PlannedChanges, PreparedApp, ResolvedTarget, SyncOutcome } from '../types.js'

/** The folder the in-place backups of `folder` go in. */
export function backupRootFor(_ctx: DeployContext, folder: string): string {
  return defaultBackupRoot(folder)
}

export async function syncInPlace(
  ctx: DeployContext,
  app: PreparedApp,
  target: ResolvedTarget,
  plan: SyncPlan | PlannedChanges,
  undo: UndoRegistry
): Promise<SyncOutcome> {
  const o = ctx.options
  const folder = target.physicalPath
  if (folder === undefined)
    throw new InputError(
      'physical-path',
      `Input 'physical-path' is needed: IIS reports no folder for the application.`
    )
  const args = {
    source: app.dir,
    target: folder,
    deleteExtra: o.deleteExtra,
    exclude: o.exclude,
    preserve: o.preserve,
    dryRun: ctx.dryRun
  }
  if (ctx.dryRun) ctx.plan.command('sync', 'robocopy', buildRobocopyArgs(args))
  const backupRoot = backupRootFor(ctx, folder)
  let previousPath: string | undefined
  if (!ctx.dryRun) {
    fs.mkdirSync(folder, { recursive: true })
    const changes = plan.filesAdded + plan.filesUpdated + plan.filesDeleted
    if (o.backup && changes > 0) {
      const backup = createBackup({ plan, target: folder, backupRoot })
      previousPath = backup.dir
      ctx.reporter.info(
        `Backup of the ${backup.manifest.updated.length + backup.manifest.deleted.length} file(s) this deploy replaces or deletes: ${backup.dir}`
      )
      undo.set({ kind: 'restore-backup', backupDir: backup.dir })
    }
  }
  const result = await syncWithRobocopy(
    {
      runner: ctx.ports.runner,
      reporter: ctx.reporter,
      clock: ctx.ports.clock,
      tools: ctx.tools,
      signal: ctx.signal
    },
    {
      ...args,
      // With `checksum`, the planner's retimed/forceCopy files make robocopy copy exactly what changed.
      plan: 'retimed' in plan ? plan : undefined,
      lockRetryDelayMs: ctx.timing.lockRetryDelayMs
    }
  )
  if (!ctx.dryRun && previousPath) {
    try {
      pruneBackups({ backupRoot, keepAlso: previousPath })
    } catch (error) {
      ctx.reporter.warning(`Could not prune old backups: ${(error as Error).message}`)
    }
  }
  return { result, releasePath: folder, previousPath }
}
