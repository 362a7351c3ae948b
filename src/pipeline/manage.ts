// A manage action (`action: start|stop|recycle|remove`, issue 13): one change to a pool, site or application under
// the same lock, ledger, dry run and summary as a deploy, and no files touched. The ledger records it as
// server set-up (`provision` kind): there is nothing to undo, and a run that died half-way is settled by running
// the same action again (each action is idempotent, steps/iis/manage.ts).

import { CancelledError, errorMessage } from '../core/errors.js'
import type { ToolResolver } from '../core/tools.js'
import { runManageAction, type ManageVerb } from '../steps/iis/manage.js'
import type { DeployContext, DeploySteps, DeployTiming } from './context.js'
import type { DeployPorts } from './deploy.js'
import { openRun } from './open-run.js'
import { startRunContext } from './run-context.js'
import type { DeployOptions } from './options.js'
import { buildDeployResult } from './run-report.js'
import { appcmdFor } from './steps/shared.js'
import type { DeployResult } from './types.js'

export async function runManage(
  options: DeployOptions,
  ports: DeployPorts,
  steps: DeploySteps,
  timing: DeployTiming,
  tools: ToolResolver
): Promise<DeployResult> {
  const { base, table, facts } = startRunContext(options, ports, timing, tools)
  const ctx: DeployContext = { ...base, signal: ports.signal ?? new AbortController().signal }
  const { plan } = base
  const action = options.action as ManageVerb
  let failure: unknown
  let lock: Awaited<ReturnType<typeof openRun>>['siteLock']
  try {
    const opened = await openRun(ctx, { ...ctx, signal: new AbortController().signal }, steps, () => [])
    lock = opened.siteLock
    facts.recovery = opened.recovery
    if (opened.ledger) ctx.ledger = opened.ledger
    const appcmd = appcmdFor(ctx, await ctx.tool('appcmd'))
    const what =
      options.site === undefined
        ? `app pool '${options.appPool}'`
        : `'${options.site}${options.application === '/' ? '' : options.application}'`
    const outcome = await table.run(
      'manage',
      ctx,
      () =>
        ctx.ledger.track('provision', 'manage', `${action} ${what}`, async (m) => {
          const done = await runManageAction({
            appcmd,
            action,
            site: options.site,
            application: options.application,
            appPool: options.appPool,
            timeoutMs: options.stopTimeoutMs,
            dryRun: ctx.dryRun
          })
          if (!done.changed) ctx.ledger.revert(m, 'nothing to change')
          for (const command of done.commands) plan.action('manage', command)
          return done
        }),
      (d) => d.detail
    )
    facts.stateNotes.push(outcome.detail)
  } catch (error) {
    failure = error
  }
  const problems: string[] = []
  await lock
    ?.release()
    .catch((error: unknown) => problems.push(`Could not release the deploy lock: ${errorMessage(error)}`))
  const result = buildDeployResult(ctx, table, facts, failure, problems)
  if (!ctx.ledger.dryRun)
    ctx.ledger.finish(
      result.ok ? 'succeeded' : result.error instanceof CancelledError ? 'cancelled' : 'failed',
      result.serverState
    )
  return result
}
