// Serializes deploys of one site/application on this machine (nothing to lock in a dry run or for a remote target).

import { acquireDeployLock } from '../../steps/iis/deploy-lock.js'
import type { DeployContext } from '../context.js'
import type { ResolvedTarget } from '../types.js'

export interface HeldLock {
  release(): Promise<void>
}

export async function acquireLock(ctx: DeployContext, target: ResolvedTarget): Promise<HeldLock | undefined> {
  if (ctx.dryRun || target.kind !== 'local-iis' || target.site === undefined) return undefined
  const env = ctx.ports.env
  const description = env.GITHUB_RUN_ID
    ? `GitHub run ${env.GITHUB_RUN_ID} attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'}`
    : env.BUILD_BUILDID
      ? `Azure DevOps build ${env.BUILD_BUILDID}`
      : `iis-deploy pid ${process.pid}`
  return acquireDeployLock({
    site: target.site,
    application: target.application,
    reporter: ctx.reporter,
    clock: ctx.ports.clock,
    signal: ctx.signal,
    description,
    timeoutMs: ctx.timing.lockTimeoutMs
  })
}
