// What the cleanup, the rollback and the recovery of a dead run use to put the server back (recovery.ts decides
// what; this does it): start a pool, remove app_offline.htm, restore a backup or switch back, and take the app
// offline around an in-place restore. Never cancelled: putting things back must finish.

import path from 'node:path'
import { removeAppOffline } from '../../steps/iis/app-offline.js'
import { startAppPool } from '../../steps/iis/app-pool.js'
import type { DeployContext } from '../context.js'
import type { DeployLedger } from '../ledger.js'
import type { ServerRepairs } from '../recovery.js'
import { resolveAppcmd, uncancellable } from './shared.js'
import { runUndo } from './run-undo.js'
import { takeOffline } from './take-offline.js'

export function createRepairs(runCtx: DeployContext): ServerRepairs {
  const ctx = uncancellable(runCtx)
  return {
    startPool: async (pool) => {
      await startAppPool({
        appcmd: await resolveAppcmd(ctx),
        pool,
        timeoutMs: ctx.options.stopTimeoutMs,
        settleMs: 0
      })
    },
    removeAppOffline: async (file) => {
      await removeAppOffline({
        physicalPath: path.dirname(file),
        reporter: ctx.reporter,
        clock: ctx.ports.clock
      })
    },
    runUndo: (action) => runUndo(ctx, action),
    takeOfflineForRestore: async (ledger: DeployLedger, step: string) => {
      const { site, application, appPool, physicalPath } = ledger.record.target
      const appcmd = await resolveAppcmd(ctx)
      const poolState = appPool ? await appcmd.getAppPoolState(appPool) : undefined
      ctx.reporter.info(`Taking the app offline to put the previous files back (${step}).`)
      await takeOffline(
        { ...ctx, ledger },
        {
          kind: 'local-iis',
          site,
          application,
          appPool,
          physicalPath,
          poolState,
          exists: { pool: poolState !== undefined, site: true, application: true }
        },
        'both'
      )
    }
  }
}
