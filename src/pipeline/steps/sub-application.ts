// Sub-applications (windows-facts §2.2; Microsoft's "Host ASP.NET Core on Windows with IIS", section
// "Sub-application configuration"): an app below another IIS application inherits the parent's aspNetCore handler
// unless the parent's web.config wraps it in <location inheritInChildApplications="false">. An ASP.NET Core child
// that adds its own handler then gets 500.19 (duplicate collection entry), and any other child has its requests
// taken by the parent's module. `sub-application-handler` decides: `auto` reads the parent's web.config from the
// parent's physical path as IIS reports it; `remove` always fits the child; `keep` never does.

import fs from 'node:fs'
import path from 'node:path'
import { rootVdirIdentifier } from '../../steps/iis/appcmd.js'
import { expandPhysicalPath } from '../../steps/sync/releases.js'
import { findWebConfig } from '../../steps/web-config/publish-folder.js'
import {
  fitSubApplication,
  parentApplicationPaths,
  passesHandlerToChildren,
  subApplicationKindOf
} from '../../steps/web-config/sub-application.js'
import { encodeWebConfig, readWebConfigSource } from '../../steps/web-config/web-config-file.js'
import type { DeployContext } from '../context.js'
import { resolveAppcmd } from './shared.js'

export interface SubApplicationDecision {
  /** Add `<remove name="aspNetCore" />` to the app's web.config. */
  fit: boolean
  /** Why, for the log. */
  reason: string
}

/** Whether the app's web.config must stop the parent's handler; reads IIS and the parent's web.config only. */
export async function decideSubApplication(ctx: DeployContext): Promise<SubApplicationDecision> {
  const o = ctx.options
  if (o.application === '/') return { fit: false, reason: 'a root application' }
  if (o.subApplicationHandler === 'keep') return { fit: false, reason: "'sub-application-handler: keep'" }
  if (o.subApplicationHandler === 'remove') return { fit: true, reason: "'sub-application-handler: remove'" }
  if (o.site === undefined || o.target !== 'iis' || o.msdeployUrl !== undefined)
    return {
      fit: false,
      reason:
        "the parent's web.config cannot be read from here (no local IIS site): set 'sub-application-handler: remove' if the parent is an ASP.NET Core app"
    }
  const appcmd = await resolveAppcmd(ctx)
  for (const parent of parentApplicationPaths(o.application)) {
    const folder = await appcmd.readProperty('vdir', rootVdirIdentifier(o.site, parent), 'physicalPath')
    if (folder === undefined || folder === '') continue
    const file = findWebConfig(expandPhysicalPath(folder, ctx.ports.env))
    if (file === undefined) continue
    let passes: boolean
    try {
      passes = passesHandlerToChildren(readWebConfigSource(file).text, file)
    } catch (error) {
      ctx.reporter.warning(
        `Could not read the parent application's ${file} (${(error as Error).message}); set 'sub-application-handler: remove' or 'keep' to decide yourself.`
      )
      continue
    }
    if (passes)
      return {
        fit: true,
        reason: `the parent application '${o.site}${parent}' passes its aspNetCore handler down (${file} has no <location inheritInChildApplications="false"> around it)`
      }
  }
  return { fit: false, reason: 'no parent application passes an aspNetCore handler down' }
}

/** Fits the prepared app's web.config (or creates one for a non-ASP.NET Core child); returns the changes. */
export function fitPreparedSubApplication(dir: string): {
  file: string
  changes: string[]
  written: boolean
} {
  const existing = findWebConfig(dir)
  const file = existing ?? path.join(dir, 'web.config')
  const source = existing ? readWebConfigSource(existing) : undefined
  const fitted = fitSubApplication(source?.text, {
    kind: subApplicationKindOf(source?.text, file),
    file,
    newline: source?.text.includes('\r\n') === false ? '\n' : '\r\n'
  })
  if (fitted.changed) fs.writeFileSync(file, encodeWebConfig(fitted.text, source?.encoding ?? 'utf8'))
  return { file, changes: fitted.changes, written: fitted.changed }
}
