// Serializes deploys on this machine (steps/iis/deploy-lock.ts): one lock per site/application for the deploy, one
// for the server-wide steps. Nothing to lock in a dry run, or for a remote or IIS Express target.

import path from 'node:path'
import { STATE_LAYOUT } from '../../core/state-dir.js'
import { acquireDeployLock } from '../../steps/iis/deploy-lock.js'
import type { DeployContext, HeldLock } from '../context.js'

/** Who holds a lock, for whoever waits for it (`GitHub run 123 attempt 1`). */
export function describeRunner(env: Readonly<Record<string, string | undefined>>): string {
  if (env.GITHUB_RUN_ID) return `GitHub run ${env.GITHUB_RUN_ID} attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'}`
  if (env.BUILD_BUILDID) return `Azure DevOps build ${env.BUILD_BUILDID}`
  return `iis-deploy pid ${process.pid}`
}

export async function acquireLock(
  ctx: DeployContext,
  scope: 'site' | 'server'
): Promise<HeldLock | undefined> {
  const o = ctx.options
  if (ctx.dryRun || o.target === 'iis-express' || o.msdeployUrl) return undefined
  const site = scope === 'site' ? o.site : undefined
  return acquireDeployLock({
    scope: site === undefined ? 'server' : 'site',
    site,
    application: o.application,
    directory: path.join(ctx.stateDir, STATE_LAYOUT.locks),
    reporter: ctx.reporter,
    clock: ctx.ports.clock,
    signal: ctx.signal,
    description: describeRunner(ctx.ports.env),
    timeoutMs: ctx.timing.lockTimeoutMs
  })
}
