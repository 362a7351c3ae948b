// The offline step: writes app_offline.htm and waits until the app lets go of its files, and/or stops the pool.
// Returns exactly what it did (OfflineState), so bringOnline undoes that and nothing else. A dry run plans it.

import fs from 'node:fs'
import path from 'node:path'
import {
  allOf,
  APP_OFFLINE_FILE,
  appBinaries,
  filesWritableProbe,
  findAppOfflineFiles,
  removeAppOffline,
  takeAppOffline,
  waitForRelease,
  workersExitedProbe
} from '../../steps/iis/app-offline.js'
import { startAppPool, stopAppPool } from '../../steps/iis/app-pool.js'
import { buildAppPoolVerbArgs, type ObjectState } from '../../steps/iis/appcmd.js'
import type { DeployContext } from '../context.js'
import type { HostingModel, OfflineState, ResolvedTarget } from '../types.js'
import { resolveAppcmd, uncancellable } from './shared.js'

export type OfflineMode = 'app-offline' | 'stop-pool' | 'both'

/** `liveHostingModel`: how the live app is hosted (planChanges); in-process apps hold their files until the worker exits. */
export async function takeOffline(
  ctx: DeployContext,
  target: ResolvedTarget,
  mode: OfflineMode,
  liveHostingModel?: HostingModel
): Promise<OfflineState> {
  const o = ctx.options
  const physicalPath = target.physicalPath
  const pool = target.appPool
  const state: OfflineState = {
    appOffline: false,
    poolStopped: false,
    poolWasRunning: true,
    since: ctx.ports.clock.now()
  }
  const wantsFile =
    mode !== 'stop-pool' && physicalPath !== undefined && (ctx.dryRun || fs.existsSync(physicalPath))
  const wantsStop = mode !== 'app-offline' && pool !== undefined && target.exists.pool
  if (ctx.dryRun) {
    if (wantsFile) ctx.plan.action('offline', `write ${path.join(physicalPath as string, APP_OFFLINE_FILE)}`)
    if (wantsStop) ctx.plan.command('offline', 'appcmd', buildAppPoolVerbArgs('stop', pool as string))
    if (wantsStop && o.killWorkers)
      ctx.plan.action(
        'offline',
        `after ${Math.round(o.stopTimeoutMs / 1000)} s: taskkill /PID <pid> /F for each worker of '${pool as string}' still running`
      )
    return { ...state, appOffline: wantsFile, poolStopped: wantsStop }
  }
  const appcmd = await resolveAppcmd(ctx)
  // `kill-workers`: found before anything changes, so a missing taskkill.exe fails the step up front.
  const taskkill =
    wantsStop && o.killWorkers ? { runner: ctx.ports.runner, path: await ctx.tool('taskkill') } : undefined
  const ledger = ctx.ledger
  let page: ReturnType<typeof ledger.begin> | undefined
  if (wantsFile) {
    const content = o.appOfflineFile ? fs.readFileSync(o.appOfflineFile, 'utf8') : undefined
    const folder = physicalPath as string
    const file = path.join(folder, APP_OFFLINE_FILE)
    page = ledger.begin('write-app-offline', 'offline', `write ${file}`, {
      undo: { kind: 'remove-app-offline', file },
      before: { fileExisted: findAppOfflineFiles(folder).length > 0 }
    })
    const written = page
    await takeAppOffline({
      physicalPath: folder,
      content,
      reporter: ctx.reporter,
      clock: ctx.ports.clock,
      // With both, the pool is stopped at once, without waiting for the app first: stopping it (Stopped, no worker
      // left) frees the files anyway, and the app's own shutdown then runs alongside the pool's (issue 15).
      // In-process (windows-facts §6): ANCM recycles the worker; its files are free once it has exited.
      probe: wantsStop
        ? undefined
        : liveHostingModel === 'inprocess' && pool !== undefined
          ? allOf(
              workersExitedProbe(appcmd, pool),
              filesWritableProbe(() => appBinaries(folder))
            )
          : filesWritableProbe(() => appBinaries(folder)),
      timeoutMs: o.stopTimeoutMs,
      onTimeout: 'fail',
      signal: ctx.signal
    }).catch((error: unknown) => {
      // takeAppOffline removes its page again when it fails.
      if (findAppOfflineFiles(folder).length === 0)
        ledger.revert(written, 'removed again: the offline step failed')
      else ledger.fail(written, (error as Error).message)
      throw error
    })
    ledger.done(written)
    state.appOffline = true
  }
  if (wantsStop) {
    const stop = ledger.begin('stop-pool', 'offline', `stop app pool '${pool as string}'`, {
      undo: { kind: 'start-pool', pool: pool as string },
      before: { poolState: target.poolState }
    })
    try {
      const stopped = await stopAppPool({
        appcmd,
        pool: pool as string,
        timeoutMs: o.stopTimeoutMs,
        killWorkersOnTimeout: o.killWorkers,
        taskkill,
        // Read moments ago (readTarget / provision): no second read while the site is offline.
        knownState: target.poolState as ObjectState | undefined
      })
      state.poolWasRunning = stopped.wasRunning
      state.poolStopped = true
      ledger.done(stop)
    } catch (error) {
      // Leave nothing half-done (the pipeline only knows about what this returns): ask the pool to start again,
      // then remove app_offline.htm. Neither may be cancelled.
      const cleanup = await resolveAppcmd(uncancellable(ctx))
      const restarted = await startAppPool({
        appcmd: cleanup,
        pool: pool as string,
        timeoutMs: 10_000,
        settleMs: 0
      }).then(
        () => true,
        (startError: unknown) => {
          ctx.reporter.warning(
            `App pool '${pool}' could not be started again: ${(startError as Error).message}`
          )
          return false
        }
      )
      if (restarted) ledger.revert(stop, 'started again: the offline step failed')
      else ledger.fail(stop, (error as Error).message)
      if (!restarted) {
        const now = await cleanup.getAppPoolState(pool as string).catch(() => undefined)
        Object.assign(error as object, {
          serverState: `App pool '${pool}' is ${now ?? 'not running'} and could not be started again: the site answers 503 until it is. Once it has stopped, start it: appcmd start apppool /apppool.name:"${pool}". The app files were not touched.`
        })
      }
      if (state.appOffline && physicalPath && page) {
        const removed = page
        await removeAppOffline({ physicalPath, reporter: ctx.reporter, clock: ctx.ports.clock }).then(
          () => ledger.revert(removed, 'removed again: the offline step failed'),
          () => undefined
        )
      }
      throw error
    }
  }
  if (state.appOffline && state.poolStopped && physicalPath !== undefined) {
    // No worker is left, so nothing should hold the binaries; a file another process holds is waited for (no
    // appcmd call, a look at the files), then left to robocopy's retries, as before.
    await waitForRelease(
      {
        clock: ctx.ports.clock,
        reporter: ctx.reporter,
        timeoutMs: Math.min(o.stopTimeoutMs, 10_000),
        onTimeout: 'continue',
        signal: ctx.signal
      },
      filesWritableProbe(() => appBinaries(physicalPath))
    )
  }
  return state
}
