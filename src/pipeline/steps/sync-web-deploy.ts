// The sync step with Web Deploy (msdeploy): to a local site or folder, or to a remote server, where Web Deploy's
// AppOffline rule takes the app offline (the offline step cannot reach it).

import { removeAppOfflineWithWebDeploy, syncWithWebDeploy } from '../../steps/sync/msdeploy.js'
import type { DeployContext } from '../context.js'
import { webDeployExtras } from './web-deploy-extras.js'
import type { PreparedApp, ResolvedTarget, SyncOutcome } from '../types.js'

export async function syncWebDeploy(
  ctx: DeployContext,
  app: PreparedApp,
  target: ResolvedTarget
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
  const extra = webDeployExtras(ctx, app, msTarget)
  const where = remote
    ? `${target.site ?? ''}${target.application} through Web Deploy`
    : (target.physicalPath ?? '')
  // No undo: Web Deploy keeps no backup (a remote target has none; the ledger says the files may be partly updated).
  const sync = ctx.ledger.begin('sync', 'sync', `Web Deploy sync into ${where}`)
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
      ...extra,
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
  return { result, releasePath: target.physicalPath }
}
