// Compares the app with the live folder (the planner), and reads how the live app is hosted: the app that must let
// go of its files while offline is the live one.

import fs from 'node:fs'
import path from 'node:path'
import { planChanges as planSync } from '../../steps/sync/planner.js'
import { findWebConfig } from '../../steps/web-config/publish-folder.js'
import { readHostingModel } from '../../steps/web-config/transform.js'
import { readWebConfigSource } from '../../steps/web-config/web-config-file.js'
import type { DeployContext } from '../context.js'
import type { HostingModel, PlannedChanges, PreparedApp, ResolvedTarget } from '../types.js'

/** The hosting model of the web.config in `folder`, or undefined (no web.config, or not readable). */
function liveHostingModel(folder: string | undefined): HostingModel | undefined {
  const file = folder ? findWebConfig(folder) : undefined
  if (!file) return undefined
  try {
    return readHostingModel(readWebConfigSource(file).text, file)
  } catch {
    return undefined
  }
}

function sameContent(a: string, b: string): boolean {
  try {
    const left = fs.readFileSync(a)
    const right = fs.readFileSync(b)
    return left.equals(right)
  } catch {
    return false
  }
}

export async function planChanges(
  ctx: DeployContext,
  app: PreparedApp,
  target: ResolvedTarget
): Promise<PlannedChanges> {
  const o = ctx.options
  // Its web.config says how the live app is hosted (none: nothing runs there yet, so there is nothing to wait for).
  const hostingModel = liveHostingModel(target.physicalPath)
  const live = target.physicalPath
  // A file we rewrote (web.config, appsettings) that ends up identical to the live one is not a change: give it
  // the live file's time, so a redeploy of the same config stays a static-only deploy.
  if (live && app.modified) {
    for (const relative of app.modified) {
      const ours = path.join(app.dir, relative)
      const theirs = path.join(live, relative)
      if (sameContent(ours, theirs)) {
        const time = fs.statSync(theirs).mtime
        fs.utimesSync(ours, time, time)
      }
    }
  }
  const plan = await planSync({
    source: app.dir,
    target: live ?? path.join(app.dir, '.nonexistent-target'),
    exclude: o.exclude,
    preserve: o.preserve,
    deleteExtra: o.deleteExtra,
    checksum: o.checksum
  })
  ctx.reporter.info(
    `Plan: ${plan.filesAdded} to add, ${plan.filesUpdated} to update, ${plan.filesDeleted} to delete (${plan.bytesToCopy} bytes)${plan.touchesLockedFiles ? '; the app loads some of them' : '; static files only'}.`
  )
  return { ...plan, liveHostingModel: hostingModel }
}
