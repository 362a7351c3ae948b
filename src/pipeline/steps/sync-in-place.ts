// The sync step in place: backs up what the sync replaces or deletes into the state folder (undo: restore that
// backup), then robocopy mirrors the app into the live folder. Each is recorded in the ledger before it starts.

import fs from 'node:fs'
import path from 'node:path'
import { InputError } from '../../core/errors.js'
import { STATE_LAYOUT } from '../../core/state-dir.js'
import { deployLockName, lockNameFor } from '../../steps/iis/deploy-lock.js'
import { createBackup, newBackupId, pruneBackups } from '../../steps/sync/backup.js'
import { buildRobocopyArgs, syncWithRobocopy } from '../../steps/sync/robocopy.js'
import type { SyncPlan } from '../../steps/sync/types.js'
import { verifyCopy } from '../../steps/sync/verify.js'
import type { DeployContext } from '../context.js'
import type { PlannedChanges, PreparedApp, ResolvedTarget, SyncOutcome } from '../types.js'

/**
 * The folder the in-place backups of this target go in: `<state-dir>/backups/<site/application>` (or the folder's
 * own name for a folder target), never beside or inside a web root.
 */
export function backupRootFor(ctx: DeployContext, folder: string): string {
  const o = ctx.options
  const scope =
    o.site !== undefined ? lockNameFor({ site: o.site, application: o.application }) : deployLockName(folder)
  return path.join(ctx.stateDir, STATE_LAYOUT.backups, scope.replace(/\.lock$/, ''))
}

/**
 * Backs up what the sync replaces or deletes (with `backup`, when something changes) into the state folder; the
 * ledger records it first. Returns the backup folder, undefined when none was taken. Used by robocopy and by local
 * Web Deploy alike.
 */
export function backUpReplacedFiles(
  ctx: DeployContext,
  folder: string,
  plan: SyncPlan | PlannedChanges
): string | undefined {
  const o = ctx.options
  if (ctx.dryRun) return undefined
  fs.mkdirSync(folder, { recursive: true })
  const changes = plan.filesAdded + plan.filesUpdated + plan.filesDeleted
  if (!o.backup || changes === 0) return undefined
  const backupRoot = backupRootFor(ctx, folder)
  const id = newBackupId(new Date(ctx.ports.clock.now()))
  const dir = path.join(backupRoot, id)
  const taking = ctx.ledger.begin('backup', 'sync', `back up what the sync replaces into ${dir}`, {
    undo: { kind: 'remove-folder', folder: dir }
  })
  let backup
  try {
    backup = createBackup({ plan, target: folder, backupRoot, id })
  } catch (error) {
    ctx.ledger.fail(taking, (error as Error).message)
    throw error
  }
  ctx.ledger.done(taking)
  ctx.reporter.info(
    `Backup of the ${backup.manifest.updated.length + backup.manifest.deleted.length} file(s) this deploy replaces or deletes: ${backup.dir}`
  )
  return backup.dir
}

/** Removes old backups of this folder, keeping `keep`; a failure is only a warning. */
export function pruneOldBackups(ctx: DeployContext, folder: string, keep: string): void {
  try {
    pruneBackups({ backupRoot: backupRootFor(ctx, folder), keepAlso: keep })
  } catch (error) {
    ctx.reporter.warning(`Could not prune old backups: ${(error as Error).message}`)
  }
}

export async function syncInPlace(
  ctx: DeployContext,
  app: PreparedApp,
  target: ResolvedTarget,
  plan: SyncPlan | PlannedChanges
): Promise<SyncOutcome> {
  const o = ctx.options
  const folder = target.physicalPath
  if (folder === undefined)
    throw new InputError(
      'physical-path',
      `Input 'physical-path' is needed: IIS reports no folder for the application.`
    )
  const targetLinks = ('targetLinks' in plan ? plan.targetLinks : undefined) ?? []
  reportTargetLinks(ctx, folder, targetLinks, 'shadowedByLinks' in plan ? plan.shadowedByLinks : undefined)
  const args = {
    source: app.dir,
    target: folder,
    deleteExtra: o.deleteExtra,
    exclude: o.exclude,
    preserve: o.preserve,
    dryRun: ctx.dryRun,
    targetLinks
  }
  if (ctx.dryRun) ctx.plan.command('sync', 'robocopy', buildRobocopyArgs(args))
  const ledger = ctx.ledger
  const previousPath = backUpReplacedFiles(ctx, folder, plan)
  const sync = ledger.begin('sync', 'sync', `robocopy into ${folder}`, {
    undo: previousPath ? { kind: 'restore-backup', backupDir: previousPath } : undefined
  })
  const copy = async (): Promise<Awaited<ReturnType<typeof syncWithRobocopy>>> => {
    const copied = await syncWithRobocopy(
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
    // What landed, not what robocopy says it did: a mismatch fails the sync (and the backup is restored).
    if (!ctx.dryRun) {
      await verifyCopy('robocopy', copied.exitCode, {
        source: app.dir,
        target: folder,
        exclude: o.exclude,
        preserve: o.preserve,
        deleteExtra: o.deleteExtra,
        checksum: o.checksum,
        plannedDeletes: plan.changes.filter((c) => c.kind === 'delete').map((c) => c.path)
      })
      ctx.reporter.info(
        `Verified: ${folder} matches the publish folder (${o.checksum ? 'SHA-256' : 'size and time'}).`
      )
    }
    return copied
  }
  const result = await copy().catch((error: unknown) => {
    // An input robocopy cannot take is refused before it runs: nothing was copied.
    if (error instanceof InputError) ledger.untouched(sync, 'refused before copying: nothing changed')
    else ledger.fail(sync, (error as Error).message)
    throw error
  })
  ledger.done(sync)
  if (!ctx.dryRun && previousPath) pruneOldBackups(ctx, folder, previousPath)
  return { result, releasePath: folder, previousPath }
}

/** Links in the site folder are left as they are; source files they hide are named (docs/links-and-verification.md). */
function reportTargetLinks(
  ctx: DeployContext,
  folder: string,
  links: readonly string[],
  shadowed: readonly string[] | undefined
): void {
  if (links.length === 0) return
  ctx.reporter.info(
    `Links in ${folder} are left as they are (never written, deleted, backed up or restored through): ${links.join(', ')}.`
  )
  if (!shadowed || shadowed.length === 0) return
  const key = (p: string): string => p.toLowerCase()
  const holding = links.filter((link) =>
    shadowed.some((f) => key(f) === key(link) || key(f).startsWith(`${key(link)}/`))
  )
  // A file link is excluded by its path, a folder link with everything under it.
  const patterns = holding.map((link) =>
    shadowed.some((f) => key(f) === key(link)) ? `/${link}` : `${link}/**`
  )
  const shown =
    shadowed.slice(0, 5).join(', ') + (shadowed.length > 5 ? ` and ${shadowed.length - 5} more` : '')
  ctx.reporter.warning(
    `${shadowed.length} file(s) of the publish folder were not deployed because a symbolic link or junction in the site folder holds their place (${holding.join(', ')}): ${shown}. ` +
      `Exclude them (exclude: ${patterns.join(', ')}) to silence this, or replace the link in ${folder} with a real folder to deploy them.`
  )
}
