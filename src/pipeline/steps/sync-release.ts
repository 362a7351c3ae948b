// The sync step with `strategy: releases`: stages the app in a new release folder, switches the application to it
// (undo: switch back to the previous release), and prunes old releases.

import { CancelledError } from '../../core/errors.js'
import { buildSetPhysicalPathArgs } from '../../steps/iis/appcmd.js'
import {
  planReleaseLayout,
  pruneReleases,
  RELEASE_MARKER_FILE,
  stageRelease
} from '../../steps/sync/releases.js'
import type { DeployContext } from '../context.js'
import type { PreparedApp, ResolvedTarget, SyncOutcome } from '../types.js'
import { resolveAppcmd } from './shared.js'

export async function syncRelease(
  ctx: DeployContext,
  app: PreparedApp,
  target: ResolvedTarget
): Promise<SyncOutcome> {
  const o = ctx.options
  const site = target.site as string
  const layout = planReleaseLayout({
    physicalPath: o.physicalPath,
    livePhysicalPath: target.exists.application ? target.physicalPath : undefined,
    releaseId: o.releaseId,
    preserve: o.preserve,
    env: ctx.ports.env
  })
  // Staging writes only the new folder: a half-staged one is removed, a complete one kept (retention prunes it).
  const stage = ctx.ledger.begin('sync', 'sync', `stage release ${layout.releasePath}`, {
    undo: { kind: 'remove-folder', folder: layout.releasePath }
  })
  const staged = await stageRelease(
    { reporter: ctx.reporter },
    {
      layout,
      source: app.dir,
      exclude: o.exclude,
      preserve: o.preserve,
      checksum: o.checksum,
      dryRun: ctx.dryRun
    }
  ).catch((error: unknown) => {
    ctx.ledger.fail(stage, (error as Error).message)
    throw error
  })
  ctx.ledger.done(stage)
  if (ctx.signal.aborted) throw new CancelledError('Cancelled before switching to the new release.')
  const switchArgs = buildSetPhysicalPathArgs(site, target.application, layout.releasePath)
  if (ctx.dryRun) {
    ctx.plan.create(`release folder ${layout.releasePath}`)
    ctx.plan.command('sync', 'appcmd', switchArgs)
  } else {
    const appcmd = await resolveAppcmd(ctx)
    const previous = layout.previousPath
    const switched = ctx.ledger.begin('switch-release', 'sync', `switch to ${layout.releasePath}`, {
      undo: previous
        ? { kind: 'switch-physical-path', site, application: target.application, physicalPath: previous }
        : undefined,
      before: { physicalPath: previous }
    })
    await appcmd.run(switchArgs).catch((error: unknown) => {
      ctx.ledger.fail(switched, (error as Error).message)
      throw error
    })
    ctx.ledger.done(switched)
    ctx.reporter.info(
      `Switched '${site}${target.application === '/' ? '/' : target.application}' to ${layout.releasePath}.`
    )
    try {
      const pruned = pruneReleases({
        releasesDir: layout.releasesDir,
        keep: o.keepReleases,
        live: layout.releasePath,
        previous
      })
      if (pruned.deleted.length > 0) ctx.reporter.info(`Removed old releases: ${pruned.deleted.join(', ')}`)
      if (pruned.foreign.length > 0)
        ctx.reporter.info(
          `Kept ${pruned.foreign.join(', ')}: not release folders of this tool (no ${RELEASE_MARKER_FILE} marker), so retention neither counts nor removes them.`
        )
    } catch (error) {
      ctx.reporter.warning(`Could not remove old releases: ${(error as Error).message}`)
    }
  }
  const { layout: _layout, plan: _plan, seededFromLive: _seeded, files: _files, ...result } = staged
  return { result: { ...result }, releasePath: layout.releasePath, previousPath: layout.previousPath }
}
