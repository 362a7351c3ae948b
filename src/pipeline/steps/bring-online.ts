// The online step: undoes exactly what takeOffline did (its OfflineState); idempotent. Throws when the app cannot
// be brought back (e.g. the pool falls back to Stopped: rapid-fail protection).

import path from 'node:path'
import { APP_OFFLINE_FILE, removeAppOffline } from '../../steps/iis/app-offline.js'
import { startAppPool } from '../../steps/iis/app-pool.js'
import { buildAppPoolVerbArgs } from '../../steps/iis/appcmd.js'
import type { DeployContext } from '../context.js'
import type { OfflineState, ResolvedTarget } from '../types.js'
import { resolveAppcmd } from './shared.js'

/**
 * How long to watch a started pool for rapid-fail protection. Shorter when a health check follows: a request that
 * answers proves the worker runs the app, and a crashing app fails that check (and is rolled back) anyway.
 */
function settleWindow(ctx: DeployContext): number {
  const o = ctx.options
  const checked = o.healthCheckUrl !== undefined && o.steps.includes('health-check')
  return checked ? Math.min(ctx.timing.poolSettleMs, ctx.timing.poolSettleCheckedMs) : ctx.timing.poolSettleMs
}

/** Marks in `state` what it has undone (appOffline, poolStopped false), so a second call does nothing more. */
export async function bringOnline(
  ctx: DeployContext,
  target: ResolvedTarget,
  state: OfflineState
): Promise<void> {
  const pool = target.appPool
  if (ctx.dryRun) {
    if (state.poolStopped && pool) ctx.plan.command('online', 'appcmd', buildAppPoolVerbArgs('start', pool))
    if (state.appOffline && target.physicalPath)
      ctx.plan.action('online', `delete ${path.join(target.physicalPath, APP_OFFLINE_FILE)}`)
    return
  }
  const ledger = ctx.ledger
  const removeOfflinePage = async (): Promise<void> => {
    if (!state.appOffline || !target.physicalPath) return
    await removeAppOffline({
      physicalPath: target.physicalPath,
      reporter: ctx.reporter,
      clock: ctx.ports.clock
    })
    state.appOffline = false
    for (const m of ledger.open(['write-app-offline'])) ledger.revert(m, 'removed: the app is online')
  }
  // Start the pool first: with app_offline.htm still there its first requests get the page, not HTTP.sys 503.
  // The page goes as soon as the pool is Started; the rapid-fail window runs with the app really starting.
  if (state.poolStopped && pool) {
    if (!state.poolWasRunning) {
      ctx.reporter.warning(`App pool '${pool}' was already stopped before the deploy: left stopped.`)
      for (const m of ledger.open(['stop-pool'])) ledger.revert(m, 'left stopped, as the deploy found it')
    } else {
      await startAppPool({
        appcmd: await resolveAppcmd(ctx),
        pool,
        timeoutMs: ctx.options.stopTimeoutMs,
        settleMs: settleWindow(ctx),
        onStarted: removeOfflinePage,
        // takeOffline saw it Stopped with no worker left: start it without another look first.
        knownState: 'Stopped'
      })
      // Only now: a pool that rapid-fail protection stops again stays open in the ledger, for the rollback.
      for (const m of ledger.open(['stop-pool'])) ledger.revert(m, 'started again')
    }
    state.poolStopped = false
  }
  await removeOfflinePage()
}
