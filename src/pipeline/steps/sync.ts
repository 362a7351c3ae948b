// The sync step: Web Deploy (remote target, `method: msdeploy` or a Web Deploy package), a new release folder (`strategy: releases`),
// or robocopy in place.

import type { SyncPlan } from '../../steps/sync/types.js'
import type { DeployContext } from '../context.js'
import type { PlannedChanges, PreparedApp, ResolvedTarget, SyncOutcome } from '../types.js'
import { syncInPlace } from './sync-in-place.js'
import { syncRelease } from './sync-release.js'
import { recordStdoutLog } from './stdout-log.js'
import { syncWebDeploy } from './sync-web-deploy.js'

export async function syncApp(
  ctx: DeployContext,
  app: PreparedApp,
  target: ResolvedTarget,
  plan: SyncPlan | PlannedChanges
): Promise<SyncOutcome> {
  const o = ctx.options
  if (target.kind === 'remote' || o.method === 'msdeploy' || app.package)
    return syncWebDeploy(ctx, app, target, plan)
  const outcome =
    o.strategy === 'releases'
      ? await syncRelease(ctx, app, target)
      : await syncInPlace(ctx, app, target, plan)
  // diagnose-stdout-log: the live web.config, recorded with how to switch its stdout log off again.
  await recordStdoutLog(ctx, app, target, outcome)
  return outcome
}
