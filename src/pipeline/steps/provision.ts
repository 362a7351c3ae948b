// The provision step: creates or updates the pool, site and application, and grants the pool's identity access to
// the app folder. Returns the target as it now is.

import fs from 'node:fs'
import path from 'node:path'
import { InputError } from '../../core/errors.js'
import {
  findAttribute,
  formatBinding,
  POOL_IDENTITIES,
  type PoolIdentity,
  type PoolIdentityType
} from '../../steps/iis/appcmd.js'
import { sameBinding } from '../../steps/iis/bindings.js'
import { accountOfPool, grantAccess, poolAccount } from '../../steps/iis/permissions.js'
import { existingBindings, provisionSite } from '../../steps/iis/provision.js'
import type { PoolSettings } from '../../steps/iis/pool-settings.js'
import { resolveAppKind, runtimeVersionFor } from '../../steps/web-config/app-kind.js'
import { poolSettingsGiven as advancedPoolSettingsGiven } from '../options/pool-inputs.js'
import type { DeployContext } from '../context.js'
import type { NameValue } from '../options.js'
import type { ResolvedTarget } from '../types.js'
import { grantCertificateKey, importCertificate } from './certificate.js'
import { defaultPoolName, resolveAppcmd } from './shared.js'

export interface ProvisionOutcome {
  target: ResolvedTarget
  /** One line for the steps table. */
  detail: string
}

function record(values: readonly NameValue[], secret: boolean): Record<string, string> {
  return Object.fromEntries(values.filter((v) => v.secret === secret).map((v) => [v.name, v.value]))
}

function isPoolIdentity(value: string | undefined): value is PoolIdentity {
  return (POOL_IDENTITIES as readonly string[]).some((p) => p.toLowerCase() === value?.toLowerCase())
}

/** The pool's CLR version: `pool-runtime-version`, or from what the app is (`app-kind`). */
function runtimeVersion(o: DeployContext['options']): string {
  if (o.poolRuntimeVersion === 'No Managed Code') return ''
  if (o.poolRuntimeVersion !== 'auto') return o.poolRuntimeVersion
  return runtimeVersionFor(resolveAppKind(o.appKind, o.sourceIsZip ? undefined : o.source))
}

/** The advanced pool settings given (issue 13); fields not given stay undefined and are left alone. */
function poolSettings(o: DeployContext['options']): PoolSettings {
  return {
    enable32BitAppOnWin64: o.pool32bit,
    startMode: o.poolStartMode,
    idleTimeout: o.poolIdleTimeout,
    periodicRestartTime: o.poolRecycleTime,
    periodicRestartSchedule: o.poolRecycleSchedule,
    queueLength: o.poolQueueLength,
    rapidFailProtection: o.poolRapidFailProtection,
    rapidFailProtectionInterval: o.poolRapidFailInterval,
    rapidFailProtectionMaxCrashes: o.poolRapidFailMaxCrashes
  }
}

/** `<x>/releases/<id>` → `<x>`; anything else as it is. */
function releaseRootOf(live: string | undefined): string | undefined {
  if (live === undefined) return undefined
  const api = /\\/.test(live) ? path.win32 : path.posix
  const parent = api.dirname(live)
  return api.basename(parent).toLowerCase() === 'releases' ? api.dirname(parent) : live
}

/** Without `create` the site is not changed: bindings asked for that it lacks (or has beyond) are drift. */
async function reportBindingDrift(ctx: DeployContext, site: string): Promise<void> {
  const appcmd = await resolveAppcmd(ctx)
  const tree = await appcmd.readObject('site', site)
  if (!tree) return
  const have = existingBindings(tree)
  const missing = ctx.options.bindings.filter((w) => !have.some((h) => sameBinding(h, w)))
  const extra = have.filter((h) => !ctx.options.bindings.some((w) => sameBinding(h, w)))
  if (missing.length === 0 && extra.length === 0) return
  ctx.reporter.warning(
    `Site '${site}' bindings differ from 'bindings' (drift): ${[
      missing.length ? `missing ${missing.map((b) => b.text).join(', ')}` : '',
      extra.length ? `not asked for ${extra.map(formatBinding).join(', ')}` : ''
    ]
      .filter(Boolean)
      .join('; ')}. Nothing was changed: set 'create: true' to bring the site to them.`
  )
}

export async function provision(ctx: DeployContext, target: ResolvedTarget): Promise<ProvisionOutcome> {
  const o = ctx.options
  if (target.kind !== 'local-iis' || target.site === undefined)
    return { target, detail: 'no IIS site to provision' }
  const appcmd = await resolveAppcmd(ctx)
  const details: string[] = []
  let identity: PoolIdentityType | undefined = o.poolIdentity
  const poolSettingsGiven =
    o.poolEnvironmentVariables.length > 0 ||
    o.authentication.length > 0 ||
    o.certificateThumbprint !== undefined ||
    advancedPoolSettingsGiven(o)
  let physicalPath = target.physicalPath
  // A PFX is in LocalMachine\My before the bindings name its thumbprint (docs/certificates.md).
  const imported = await importCertificate(ctx)
  if (imported) details.push(imported)
  if (o.create || poolSettingsGiven) {
    let loadUserProfile = o.loadUserProfile
    if (!o.create && target.appPool && o.poolUsername === undefined) {
      // Not asked to manage the pool: keep its identity and profile setting as they are (least surprise).
      const tree = await appcmd.readObject('apppool', target.appPool)
      const current = tree ? findAttribute(tree, 'processModel.identityType') : undefined
      identity = isPoolIdentity(current)
        ? POOL_IDENTITIES.find((p) => p.toLowerCase() === current.toLowerCase())
        : undefined
      loadUserProfile =
        (tree ? findAttribute(tree, 'processModel.loadUserProfile') : 'true')?.toLowerCase() === 'true'
    }
    // A pool running as an account we were not given: its identity stays, the settings asked for still apply.
    const keepIdentity = identity === undefined && advancedPoolSettingsGiven(o)
    if (identity === undefined && !keepIdentity) {
      ctx.reporter.warning(
        `App pool '${target.appPool}' runs as a specific user: its settings are left as they are.`
      )
    } else {
      const appFolder =
        o.strategy === 'releases'
          ? (target.physicalPath ?? o.physicalPath)
          : (o.physicalPath ?? target.physicalPath)
      if (appFolder === undefined)
        throw new InputError(
          'physical-path',
          `Input 'physical-path' is needed: IIS reports no folder for '${target.site}${target.application}'.`
        )
      if (!ctx.dryRun && !fs.existsSync(appFolder)) fs.mkdirSync(appFolder, { recursive: true })
      const result = await provisionSite({
        appcmd,
        site: target.site,
        application: target.application,
        appPool: target.appPool ?? defaultPoolName(target.site, target.application),
        physicalPath: appFolder,
        // An existing site is brought to the bindings asked for (issue 13); a new one gets them (or the default).
        bindings:
          !target.exists.site || (o.create && o.bindingsGiven) ? o.bindings.map((b) => b.text) : undefined,
        replaceBindings: o.replaceBindings,
        poolIdentity: identity,
        keepIdentity,
        poolAccount:
          identity === 'SpecificUser' && o.poolUsername !== undefined
            ? { userName: o.poolUsername, password: o.poolPassword ?? '' }
            : undefined,
        powershell:
          identity === 'SpecificUser'
            ? { runner: ctx.ports.runner, path: await ctx.tool('powershell') }
            : undefined,
        managedRuntimeVersion: runtimeVersion(o),
        managedPipelineMode: o.poolPipelineMode,
        poolSettings: poolSettings(o),
        preloadEnabled: o.poolStartMode === 'AlwaysRunning' ? true : undefined,
        virtualDirectories: o.virtualDirectories,
        loadUserProfile,
        authentication: o.authentication.length
          ? Object.fromEntries(o.authentication.map((a) => [a.kind, a.enabled]))
          : undefined,
        poolEnvironmentVariables: record(o.poolEnvironmentVariables, false),
        secretPoolEnvironmentVariables: record(o.poolEnvironmentVariables, true),
        certificate: o.certificateThumbprint
          ? { thumbprint: o.certificateThumbprint, store: o.certificateStore }
          : undefined,
        netsh: o.certificateThumbprint
          ? { runner: ctx.ports.runner, path: await ctx.tool('netsh') }
          : undefined,
        dryRun: ctx.dryRun
      })
      for (const change of result.changes) {
        if (/^create/i.test(change.description)) ctx.plan.create(`${change.target}: ${change.description}`)
        if (ctx.dryRun) for (const command of change.commands) ctx.plan.action('provision', command)
      }
      details.push(
        result.changes.length > 0
          ? result.changes.map((c) => `${c.target}: ${c.description}`).join('; ')
          : 'pool, site and application already as wanted'
      )
      physicalPath = appFolder
    }
  }
  if (!o.create && o.bindingsGiven && target.exists.site) await reportBindingDrift(ctx, target.site)
  const pool = target.appPool ?? (o.create ? defaultPoolName(target.site, target.application) : undefined)
  if ((o.grantAccess || o.certificatePfx) && pool !== undefined) {
    const folder = !o.grantAccess
      ? undefined
      : o.strategy === 'releases'
        ? (o.physicalPath ?? releaseRootOf(target.physicalPath))
        : physicalPath
    // The identity IIS reports for the pool now (after provisioning), not the input: a pool kept as it was may run
    // as NetworkService or a domain account. A pool only planned (dry run) is not in IIS yet: the input then.
    const tree = await appcmd.readObject('apppool', pool)
    const planned = identity ?? o.poolIdentity
    const account = tree
      ? accountOfPool(
          findAttribute(tree, 'processModel.identityType'),
          findAttribute(tree, 'processModel.userName'),
          pool
        )
      : planned === 'SpecificUser'
        ? o.poolUsername
        : poolAccount(planned, pool)
    if (account === undefined)
      ctx.reporter.warning(
        `App pool '${pool}' runs as a specific user whose name IIS does not report: no folder${o.certificatePfx ? ' or private key' : ''} access was granted.`
      )
    const keyGranted = account === undefined ? undefined : await grantCertificateKey(ctx, account)
    if (keyGranted) details.push(keyGranted)
    if (folder !== undefined && account !== undefined) {
      if (!ctx.dryRun && !fs.existsSync(folder)) fs.mkdirSync(folder, { recursive: true })
      const granted = await grantAccess({
        runner: ctx.ports.runner,
        icaclsPath: await ctx.tool('icacls'),
        reporter: ctx.reporter,
        physicalPath: folder,
        pool,
        account,
        logsFolder: o.strategy === 'releases' ? path.join('shared', 'logs') : 'logs',
        dryRun: ctx.dryRun,
        signal: ctx.signal
      })
      if (ctx.dryRun) for (const change of granted.changes) ctx.plan.action('provision', change.command)
      if (granted.changes.length > 0)
        details.push(`granted ${account} ${granted.changes.map((c) => `${c.right} on ${c.path}`).join(', ')}`)
    }
  }
  return {
    target: {
      ...target,
      physicalPath,
      appPool: target.appPool ?? (o.create ? defaultPoolName(target.site, target.application) : undefined),
      exists: ctx.dryRun ? target.exists : { pool: true, site: true, application: true }
    },
    detail: details.join('; ') || 'nothing to do'
  }
}
