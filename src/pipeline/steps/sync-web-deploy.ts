// The sync step with Web Deploy (msdeploy): to a local site or folder, or to a remote server, where Web Deploy's
// AppOffline rule takes the app offline (the offline step cannot reach it).

import { removeAppOfflineWithWebDeploy, syncWithWebDeploy } from '../../steps/sync/msdeploy.js'
import type { SyncPlan } from '../../steps/sync/types.js'
import type { DeployContext } from '../context.js'
import type { PlannedChanges, PreparedApp, ResolvedTarget, SyncOutcome } from '../types.js'
import { backUpReplacedFiles, pruneOldBackups } from './sync-in-place.js'

export async function syncWebDeploy(
  ctx: DeployContext,
  app: PreparedApp,
  target: ResolvedTarget,
  plan?: SyncPlan | PlannedChanges
): Promise<SyncOutcome> {
  const o = ctx.options
  const remote = o.msdeployUrl
    ? {
        url: o.msdeployUrl,
        userName: o.msdeployUsername,
        password: o.msdeployPassword,
        authType: o.msdeployAuthType,
        allowUntrusted: o.allowUntrusted
      }
    : undefined
  const msTarget =
    target.site !== undefined
      ? { site: target.site, application: target.application }
      : { folder: target.physicalPath ?? '' }
  // Remote: the AppOffline rule is how Web Deploy takes the app offline (the offline step cannot reach the server).
  const appOffline = remote !== undefined && o.takeOffline !== 'none'
  const ports = {
    runner: ctx.ports.runner,
    reporter: ctx.reporter,
    tools: ctx.tools,
    clock: ctx.ports.clock
  }
  const where = remote
    ? `${target.site ?? ''}${target.application} through Web Deploy`
    : (target.physicalPath ?? '')
  // Local: the same backup as the robocopy path (what the sync replaces or deletes), so a failed sync, start or
  // health check restores it. Remote: Web Deploy keeps no backup on the server; the ledger says the files may be
  // partly updated.
  const previousPath =
    remote === undefined && plan !== undefined && target.physicalPath !== undefined
      ? backUpReplacedFiles(ctx, target.physicalPath, plan)
      : undefined
  const sync = ctx.ledger.begin('sync', 'sync', `Web Deploy sync into ${where}`, {
    undo: previousPath ? { kind: 'restore-backup', backupDir: previousPath } : undefined
  })
  let result
  try {
    result = await syncWithWebDeploy(ports, {
      source: app.dir,
      target: msTarget,
      remote,
      deleteExtra: o.deleteExtra,
      exclude: o.exclude,
      preserve: o.preserve,
      appOffline,
      checksum: o.checksum,
      dryRun: ctx.dryRun,
      signal: ctx.signal
    })
  } catch (error) {
    ctx.ledger.fail(sync, (error as Error).message)
    // The AppOffline rule leaves App_Offline.htm behind when the sync fails (windows-facts §4.4): remove it.
    if (appOffline && !ctx.dryRun && 'site' in msTarget) {
      await removeAppOfflineWithWebDeploy(ports, { target: msTarget, remote }).catch(
        (removeError: unknown) => {
          Object.assign(error as object, {
            serverState: `Web Deploy failed and App_Offline.htm could not be removed from the remote site (${(removeError as Error).message}): the site answers 503 until it is deleted.`
          })
        }
      )
    }
    throw error
  }
  ctx.ledger.done(sync)
  if (previousPath && target.physicalPath) pruneOldBackups(ctx, target.physicalPath, previousPath)
  return { result, releasePath: target.physicalPath, previousPath }
}
