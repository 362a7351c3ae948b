// The sync step: Web Deploy (remote target or `method: msdeploy`), a new release folder (`strategy: releases`),
// or robocopy in place.

import type { SyncPlan } from '../../steps/sync/types.js'
import type { DeployContext } from '../context.js'
import type { PlannedChanges, PreparedApp, ResolvedTarget, SyncOutcome } from '../types.js'
import { syncInPlace } from './sync-in-place.js'
import { syncRelease } from './sync-release.js'
import { syncWebDeploy } from './sync-web-deploy.js'

export async function syncApp(
  ctx: DeployContext,
  app: PreparedApp,
  target: ResolvedTarget,
  plan: SyncPlan | PlannedChanges
): Promise<SyncOutcome> {
  const o = ctx.options
  if (target.kind === 'remote' || o.method === 'msdeploy') return syncWebDeploy(ctx, app, target, plan)
  if (o.strategy === 'releases') return syncRelease(ctx, app, target)
  return syncInPlace(ctx, app, target, plan)
}
