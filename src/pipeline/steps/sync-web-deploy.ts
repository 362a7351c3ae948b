// The sync step with Web Deploy (msdeploy): to a local site or folder, or to a remote server, where Web Deploy's
// AppOffline rule takes the app offline (the offline step cannot reach it).

import { scanTree } from '../../steps/sync/file-tree.js'
import { removeAppOfflineWithWebDeploy, syncWithWebDeploy } from '../../steps/sync/msdeploy.js'
import type { SyncPlan } from '../../steps/sync/types.js'
import { MsDeployError, MSDEPLOY_COMMAND_LINE_ERROR } from '../../steps/sync/msdeploy-output.js'
import type { DeployContext } from '../context.js'
import type { PlannedChanges, PreparedApp, ResolvedTarget, SyncOutcome } from '../types.js'
import { webDeployExtras } from './web-deploy-extras.js'
import { backUpReplacedFiles, pruneOldBackups } from './sync-in-place.js'

export async function syncWebDeploy(
  ctx: DeployContext,
  app: PreparedApp,
  target: ResolvedTarget,
  plan?: SyncPlan | PlannedChanges
): Promise<SyncOutcome> {
  const o = ctx.options
  // A remote target is never planned here: walk the source anyway, which refuses a link loop before Web Deploy
  // follows it. A local one was planned: its links are kept as preserved paths (skip rules), never synced through.
  if (target.kind === 'remote') scanTree(app.dir, { side: 'source', input: 'source' })
  const targetLinks = (plan && 'targetLinks' in plan ? plan.targetLinks : undefined) ?? []
  if (targetLinks.length > 0)
    ctx.reporter.info(
      `Links in ${target.physicalPath ?? 'the site folder'} are left as they are (Web Deploy skip rules): ${targetLinks.join(', ')}.`
    )
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
      preserve: [...o.preserve, ...targetLinks],
      appOffline,
      checksum: o.checksum,
      ...extra,
      dryRun: ctx.dryRun,
      signal: ctx.signal
    })
  } catch (error) {
    const code = error instanceof MsDeployError ? error.code : undefined
    if (code !== undefined && neverReachedTheSite(code)) {
      // Refused before Web Deploy applied any rule (the AppOffline rule included): nothing changed there.
      ctx.ledger.untouched(sync, `Web Deploy did not get to the site (${code}): nothing changed`)
      const message = error instanceof Error ? error.message : ''
      Object.assign(error as object, { message: message.replace(APP_OFFLINE_GUESS, '') })
      throw error
    }
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

/**
 * Web Deploy codes for a sync refused before it touched the destination: the server could not be reached, did not
 * accept the credentials or the certificate, or has no such site (windows-facts §4.6, input-rules §5). msdeploy
 * connects, authenticates and resolves the destination before it runs any rule, so neither files nor
 * App_Offline.htm were written.
 */
const NEVER_REACHED = new Set([
  'ERROR_USER_UNAUTHORIZED',
  'ERROR_DESTINATION_NOT_REACHABLE',
  'ERROR_DESTINATION_INVALID',
  'ERROR_COULD_NOT_CONNECT_TO_REMOTESVC',
  'ERROR_CERTIFICATE_VALIDATION_FAILED',
  'ERROR_SITE_DOES_NOT_EXIST',
  'ERROR_APP_DOES_NOT_EXIST',
  'ERROR_USER_NOT_ADMIN',
  'ERROR_PROXY_GATEWAY',
  'ERROR_API_NOT_SUPPORTED',
  MSDEPLOY_COMMAND_LINE_ERROR
])

// Not ERROR_USER_NOT_AUTHORIZED_FOR_<provider>: the delegation check runs per provider, after earlier objects may
// have been added (public logs show `Info: Adding ...` lines before it).
function neverReachedTheSite(code: string): boolean {
  return NEVER_REACHED.has(code)
}

/** The sentence msdeploy-output.ts adds to every failure with the AppOffline rule: untrue when nothing ran. */
const APP_OFFLINE_GUESS =
  / The AppOffline rule may have left App_Offline\.htm in place: the app answers 503 until it is removed\./
