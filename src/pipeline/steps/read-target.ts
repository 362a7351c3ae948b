// Reads the target from IIS (pool, physical path, what exists), or from the inputs for a remote, IIS Express or
// folder-only target. Changes nothing, and refuses (before anything changes) a target the deploy must not write
// to: a folder IIS does not serve the site from, a folder nested with the source, the state folder inside it.

import { InputError } from '../../core/errors.js'
import { appIdentifier, rootVdirIdentifier } from '../../steps/iis/appcmd.js'
import { stateDirInside } from '../../core/state-dir.js'
import { expandPhysicalPath } from '../../steps/sync/releases.js'
import type { DeployContext } from '../context.js'
import type { ResolvedTarget } from '../types.js'
import { defaultPoolName, resolveAppcmd } from './shared.js'
import { isSamePath, physicalPathMismatch, sourceTargetProblem } from './target-folder-rules.js'

export async function readTarget(ctx: DeployContext): Promise<ResolvedTarget> {
  const o = ctx.options
  const base = { application: o.application, site: o.site }
  if (o.target === 'iis-express')
    return { ...base, kind: 'iis-express', exists: { pool: false, site: false, application: false } }
  if (o.msdeployUrl)
    return {
      ...base,
      kind: 'remote',
      appPool: o.appPool,
      exists: { pool: true, site: true, application: true }
    }
  if (o.site === undefined) {
    // A folder target without IIS (sync into physical-path only).
    checkFolder(ctx, o.physicalPath, true, "'physical-path'")
    return {
      ...base,
      kind: 'local-iis',
      physicalPath: o.physicalPath,
      exists: { pool: false, site: false, application: false }
    }
  }
  const appcmd = await resolveAppcmd(ctx)
  const site = o.site
  const siteExists = (await appcmd.getSiteState(site)) !== undefined
  const appPoolNow = siteExists
    ? await appcmd.readProperty('app', appIdentifier(site, o.application), 'applicationPool')
    : undefined
  const livePath =
    appPoolNow !== undefined
      ? await appcmd.readProperty('vdir', rootVdirIdentifier(site, o.application), 'physicalPath')
      : undefined
  const appPool = o.appPool ?? appPoolNow ?? (o.create ? defaultPoolName(site, o.application) : undefined)
  const poolState = appPool !== undefined ? await appcmd.getAppPoolState(appPool) : undefined
  const poolExists = poolState !== undefined
  const needsExisting = ['sync', 'offline', 'online', 'provision'].some((s) => o.steps.includes(s as never))
  if (!o.create && needsExisting) {
    if (!siteExists) {
      throw new InputError(
        'site',
        `Site '${site}' does not exist in IIS: create it, or set 'create: true' (with 'physical-path') to let the deploy create it.`
      )
    }
    if (appPoolNow === undefined) {
      throw new InputError(
        'application',
        `Application '${appIdentifier(site, o.application)}' does not exist in IIS: create it, or set 'create: true' (with 'physical-path').`
      )
    }
  }
  const live = livePath ? expandPhysicalPath(livePath, ctx.ports.env) : undefined
  // In place, the files go where IIS serves them from; another folder is a typo, or (create: true) a move. A
  // release deploy switches IIS to its new folder, so there the two may differ.
  const moves =
    o.strategy === 'in-place' &&
    live !== undefined &&
    o.physicalPath !== undefined &&
    !isSamePath(live, o.physicalPath)
  if (moves && !o.create)
    throw new InputError(
      'physical-path',
      physicalPathMismatch({ site, application: o.application, input: o.physicalPath as string, live })
    )
  if (moves)
    ctx.reporter.info(
      `IIS serves '${site}${o.application === '/' ? '' : o.application}' from ${live}; with 'create: true' provisioning moves it to ${o.physicalPath}.`
    )
  const physicalPath = o.strategy === 'releases' ? (live ?? o.physicalPath) : (o.physicalPath ?? live)
  const named = o.physicalPath !== undefined ? "'physical-path'" : 'the folder IIS serves'
  checkFolder(ctx, physicalPath, o.strategy === 'in-place', named)
  ctx.reporter.info(
    `Target: site '${site}', application '${o.application}', app pool '${appPool ?? '(none)'}', folder ${physicalPath ?? '(none)'}${siteExists ? '' : ' (to be created)'}.`
  )
  return {
    kind: 'local-iis',
    site,
    application: o.application,
    appPool,
    physicalPath,
    poolState,
    exists: { pool: poolExists, site: siteExists, application: appPoolNow !== undefined }
  }
}

/**
 * The site's folder never holds the state folder (backups there would be served over HTTP); the folder an
 * in-place sync writes to (`syncsInto`) is never nested with the source (a .zip is extracted elsewhere).
 */
function checkFolder(
  ctx: DeployContext,
  folder: string | undefined,
  syncsInto: boolean,
  folderName: string
): void {
  const o = ctx.options
  if (folder === undefined) return
  const problem = o.sourceIsZip || !syncsInto ? undefined : sourceTargetProblem(o.source, folder, folderName)
  if (problem) throw new InputError('physical-path', `Input 'physical-path': ${problem}`)
  const inside = stateDirInside(ctx.stateDir, [folder, o.physicalPath])
  if (inside !== undefined)
    throw new InputError(
      'state-dir',
      `The state folder ${ctx.stateDir} is inside the web folder ${inside}: backups would be served over HTTP. Set 'state-dir' to a folder outside every site (default: %ProgramData%\\iis-deploy).`
    )
}
