// Reads the target from IIS (pool, physical path, what exists), or from the inputs for a remote, IIS Express or
// folder-only target. Changes nothing.

import { InputError } from '../../core/errors.js'
import { appIdentifier, rootVdirIdentifier } from '../../steps/iis/appcmd.js'
import { expandPhysicalPath } from '../../steps/sync/releases.js'
import type { DeployContext } from '../context.js'
import type { ResolvedTarget } from '../types.js'
import { defaultPoolName, resolveAppcmd } from './shared.js'

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
  const physicalPath = o.strategy === 'releases' ? (live ?? o.physicalPath) : (o.physicalPath ?? live)
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
