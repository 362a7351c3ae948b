// The real steps behind the pipeline: each DeploySteps method calls the step modules (src/steps/*) with the
// options and ports of the run. Dry-run: reads still run (appcmd list, planner, robocopy /L, msdeploy -whatif),
// writes are recorded in the plan instead.

import fs from 'node:fs'
import path from 'node:path'
import { CancelledError, InputError } from '../core/errors.js'
import type { Reporter, SourceLocation } from '../core/ports.js'
import { NodeProcessLauncher } from '../runtime/process-launcher.js'
import { checkHealth } from '../steps/health-check/health-check.js'
import type { HealthCheckResult } from '../steps/health-check/health-check.js'
import { installHostingBundle } from '../steps/hosting-bundle/install.js'
import {
  allOf,
  APP_OFFLINE_FILE,
  appBinaries,
  filesWritableProbe,
  removeAppOffline,
  takeAppOffline,
  workersExitedProbe
} from '../steps/iis/app-offline.js'
import { startAppPool, stopAppPool, type LifecycleResult } from '../steps/iis/app-pool.js'
import {
  Appcmd,
  appIdentifier,
  buildAppPoolVerbArgs,
  buildSetPhysicalPathArgs,
  findAttribute,
  POOL_IDENTITIES,
  rootVdirIdentifier,
  type PoolIdentity
} from '../steps/iis/appcmd.js'
import { acquireDeployLock } from '../steps/iis/deploy-lock.js'
import { buildEnableFeaturesArgs, ensureIisFeatures } from '../steps/iis/iis-features.js'
import { buildIisExpressArgs, runIisExpressSmokeTest } from '../steps/iis/iis-express.js'
import { grantAccess } from '../steps/iis/permissions.js'
import { provisionSite } from '../steps/iis/provision.js'
import { applyJsonVariables } from '../steps/json-variables/json-variables.js'
import { createBackup, defaultBackupRoot, pruneBackups, restoreBackup } from '../steps/sync/backup.js'
import { removeAppOfflineWithWebDeploy, syncWithWebDeploy } from '../steps/sync/msdeploy.js'
import { planChanges, type ChangePlan } from '../steps/sync/planner.js'
import { expandPhysicalPath, planReleaseLayout, pruneReleases, stageRelease } from '../steps/sync/releases.js'
import { buildRobocopyArgs, syncWithRobocopy } from '../steps/sync/robocopy.js'
import type { SyncPlan } from '../steps/sync/types.js'
import { applyWebConfig } from '../steps/web-config/apply-web-config.js'
import { findWebConfig } from '../steps/web-config/publish-folder.js'
import { readHostingModel } from '../steps/web-config/transform.js'
import { readWebConfigSource } from '../steps/web-config/web-config-file.js'
import { validatePublishFolder } from '../steps/web-config/validate.js'
import { applyXdtTransformFiles } from '../steps/xdt/apply-files.js'
import { encodeXmlDocument, writeFileAtomically } from '../steps/xdt/write-output.js'
import type { DeployContext, DeploySteps, UndoRegistry } from './context.js'
import type { NameValue } from './options.js'
import type {
  HostingBundleOutcome,
  OfflineState,
  PreparedApp,
  ResolvedTarget,
  SyncOutcome,
  WebConfigDiagnostic
} from './types.js'
import { extractZip } from './zip.js'

/** A web.config that cannot be deployed; carries the problems at their place in the user's files. */
export class WebConfigRejected extends InputError {
  override name = 'WebConfigRejected'
  constructor(
    message: string,
    readonly diagnostics: WebConfigDiagnostic[]
  ) {
    super('web-config', message)
  }
}

/** Where a staged app came from, to name the user's files in diagnostics. */
interface StagedApp extends PreparedApp {
  /** The folder the staged copy was made from (the publish folder, or the extracted zip). */
  origin: string
  /** Our temp folder (removed at the end). */
  root?: string
  /** Files we changed in the copy (relative): web.config, JSON files. */
  modified: string[]
}

function appcmdFor(ctx: DeployContext, appcmdPath: string): Appcmd {
  return new Appcmd({
    runner: ctx.ports.runner,
    path: appcmdPath,
    reporter: ctx.reporter,
    clock: ctx.ports.clock,
    signal: ctx.signal
  })
}

/** Forwards everything except the located warnings/errors the pipeline reports itself (as annotations). */
function withoutLocated(reporter: Reporter): Reporter {
  return {
    debug: (m) => reporter.debug(m),
    info: (m) => reporter.info(m),
    notice: (m, l) => reporter.notice(m, l),
    warning: (m: string, l?: SourceLocation) => (l ? reporter.debug(m) : reporter.warning(m)),
    error: (m: string, l?: SourceLocation) => (l ? reporter.debug(m) : reporter.error(m)),
    group: (n, fn) => reporter.group(n, fn),
    registerSecret: (v) => reporter.registerSecret(v),
    mask: (t) => reporter.mask(t)
  }
}

function record(values: readonly NameValue[], secret: boolean): Record<string, string> {
  return Object.fromEntries(values.filter((v) => v.secret === secret).map((v) => [v.name, v.value]))
}

function isPoolIdentity(value: string | undefined): value is PoolIdentity {
  return (POOL_IDENTITIES as readonly string[]).some((p) => p.toLowerCase() === value?.toLowerCase())
}

/** Default pool name for a new application: the site name, plus the application path for a sub-application. */
export function defaultPoolName(site: string, application: string): string {
  return application === '/' ? site : `${site}${application.replace(/\//g, '_')}`
}

function copyTree(from: string, to: string): void {
  // Times are kept: the planner compares size and time, so unchanged files must stay unchanged.
  fs.cpSync(from, to, { recursive: true, preserveTimestamps: true, dereference: false })
}

function listFiles(dir: string): string[] {
  try {
    return fs.readdirSync(dir)
  } catch {
    return []
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

export class DefaultSteps implements DeploySteps {
  private poolBefore: LifecycleResult | undefined

  private async appcmd(ctx: DeployContext): Promise<Appcmd> {
    return appcmdFor(ctx, await ctx.tool('appcmd'))
  }

  async readTarget(ctx: DeployContext): Promise<ResolvedTarget> {
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
    const appcmd = await this.appcmd(ctx)
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
    const poolExists = appPool !== undefined && (await appcmd.getAppPoolState(appPool)) !== undefined
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
      exists: { pool: poolExists, site: siteExists, application: appPoolNow !== undefined }
    }
  }

  async acquireLock(ctx: DeployContext, target: ResolvedTarget) {
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

  async ensureIisFeatures(ctx: DeployContext): Promise<string> {
    const dism = await ctx.tool('dism')
    const result = await ensureIisFeatures({
      runner: ctx.ports.runner,
      dismPath: dism,
      reporter: ctx.reporter,
      features: ctx.options.iisFeatures,
      dryRun: ctx.dryRun,
      signal: ctx.signal
    })
    if (ctx.dryRun && result.enabled.length > 0)
      ctx.plan.command('iis-features', 'dism', buildEnableFeaturesArgs(result.enabled))
    const parts = [
      result.enabled.length > 0
        ? `${ctx.dryRun ? 'would enable' : 'enabled'} ${result.enabled.join(', ')}`
        : '',
      result.alreadyEnabled.length > 0 ? `already enabled: ${result.alreadyEnabled.join(', ')}` : '',
      result.rebootRequired ? 'a reboot is required' : ''
    ].filter(Boolean)
    if (result.rebootRequired) ctx.reporter.warning('Enabling IIS features needs a reboot to finish.')
    return parts.join('; ') || 'nothing to do'
  }

  async installHostingBundle(ctx: DeployContext, appDir: string): Promise<HostingBundleOutcome> {
    const o = ctx.options
    const result = await installHostingBundle(ctx.ports, {
      spec: o.hostingBundle,
      args: o.hostingBundleArgs,
      url: o.hostingBundleUrl,
      sha512: o.hostingBundleSha512,
      metadataUrl: o.releaseMetadataUrl,
      restartIis: o.restartIis,
      appDir,
      appName: o.appName,
      dryRun: ctx.dryRun,
      tools: ctx.tools,
      signal: ctx.signal,
      logDir: o.tempDir
    })
    const changed = result.installed || result.repaired
    if (ctx.dryRun && result.action !== 'none')
      ctx.plan.action(
        'hosting-bundle',
        `${result.action} the .NET Hosting Bundle ${result.version ?? ''}`.trim()
      )
    const verb = ctx.dryRun ? 'would ' : ''
    const detail =
      result.action === 'install'
        ? `${verb}install ${result.version}`
        : result.action === 'repair'
          ? `${verb}repair ${result.version}`
          : `${result.version ?? 'the installed version'} already meets the need`
    return {
      version: result.version,
      rebootRequired: result.rebootRequired,
      changed,
      detail: `${detail}${result.restarted ? '; IIS restarted' : ''}${result.rebootRequired ? '; a reboot is required' : ''}`
    }
  }

  async provision(
    ctx: DeployContext,
    target: ResolvedTarget
  ): Promise<{ target: ResolvedTarget; detail: string }> {
    const o = ctx.options
    if (target.kind !== 'local-iis' || target.site === undefined)
      return { target, detail: 'no IIS site to provision' }
    const appcmd = await this.appcmd(ctx)
    const details: string[] = []
    let identity: PoolIdentity | undefined = o.poolIdentity
    const poolSettingsGiven =
      o.poolEnvironmentVariables.length > 0 ||
      o.authentication.length > 0 ||
      o.certificateThumbprint !== undefined
    let physicalPath = target.physicalPath
    if (o.create || poolSettingsGiven) {
      let loadUserProfile = o.loadUserProfile
      if (!o.create && target.appPool) {
        // Not asked to manage the pool: keep its identity and profile setting as they are (least surprise).
        const tree = await appcmd.readObject('apppool', target.appPool)
        const current = tree ? findAttribute(tree, 'processModel.identityType') : undefined
        identity = isPoolIdentity(current)
          ? POOL_IDENTITIES.find((p) => p.toLowerCase() === current.toLowerCase())
          : undefined
        loadUserProfile =
          (tree ? findAttribute(tree, 'processModel.loadUserProfile') : 'true')?.toLowerCase() === 'true'
      }
      if (identity === undefined) {
        ctx.reporter.warning(
          `App pool '${target.appPool}' runs as a specific user: its settings and permissions are left as they are.`
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
          bindings: target.exists.site ? undefined : o.bindings.map((b) => b.text),
          poolIdentity: identity,
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
    if (o.grantAccess && identity !== undefined && target.appPool !== undefined) {
      const folder =
        o.strategy === 'releases' ? (o.physicalPath ?? releaseRootOf(target.physicalPath)) : physicalPath
      if (folder !== undefined) {
        if (!ctx.dryRun && !fs.existsSync(folder)) fs.mkdirSync(folder, { recursive: true })
        const granted = await grantAccess({
          runner: ctx.ports.runner,
          icaclsPath: await ctx.tool('icacls'),
          reporter: ctx.reporter,
          physicalPath: folder,
          pool: target.appPool,
          identity,
          logsFolder: o.strategy === 'releases' ? path.join('shared', 'logs') : 'logs',
          dryRun: ctx.dryRun,
          signal: ctx.signal
        })
        if (ctx.dryRun) for (const change of granted.changes) ctx.plan.action('provision', change.command)
        if (granted.changes.length > 0)
          details.push(`granted ${granted.changes.map((c) => `${c.right} on ${c.path}`).join(', ')}`)
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

  async prepareApp(ctx: DeployContext, configure: boolean): Promise<PreparedApp> {
    const o = ctx.options
    if (!fs.existsSync(o.source)) {
      throw new InputError(
        'source',
        `Input 'source': ${o.source} does not exist. Point it at the output of 'dotnet publish' (e.g. dotnet publish -o publish).`
      )
    }
    const stat = fs.statSync(o.source)
    let origin = o.source
    let root: string | undefined
    const newRoot = (): string => {
      fs.mkdirSync(o.tempDir, { recursive: true })
      return fs.mkdtempSync(path.join(o.tempDir, `iis-deploy-${o.releaseId}-`))
    }
    if (o.sourceIsZip || stat.isFile()) {
      if (!o.sourceIsZip)
        throw new InputError(
          'source',
          `Input 'source': ${o.source} is a file; give the publish folder or a .zip.`
        )
      root = newRoot()
      origin = path.join(root, 'app')
      await extractZip(o.source, origin)
    } else if (listFiles(o.source).length === 0) {
      throw new InputError('source', `Input 'source': ${o.source} is empty. Run 'dotnet publish' first.`)
    }
    const edits = configure && o.webConfig !== 'skip'
    const changesFiles =
      configure &&
      (o.jsonVariables.length > 0 ||
        (edits &&
          (o.webConfig === 'transform' ||
            o.environment !== undefined ||
            o.environmentVariables.length > 0 ||
            o.xdtTransforms.length > 0)))
    let dir = origin
    if (changesFiles && root === undefined) {
      root = newRoot()
      dir = path.join(root, 'app')
      copyTree(origin, dir)
    } else if (root !== undefined) dir = origin
    const app: StagedApp = {
      dir,
      staged: root !== undefined,
      diagnostics: [],
      changes: [],
      origin,
      root,
      modified: []
    }
    const userPath = (file: string): string => {
      if (o.sourceIsZip)
        return file.startsWith(dir) ? `${o.source}!${path.relative(dir, file).replace(/\\/g, '/')}` : file
      return file.startsWith(dir) ? path.join(o.source, path.relative(dir, file)) : file
    }

    if (!configure) {
      if (!findWebConfig(dir))
        ctx.reporter.warning(
          `${userPath(path.join(dir, 'web.config'))} does not exist; the web-config step is not selected, so it was not checked.`
        )
      return app
    }

    if (o.jsonVariables.length > 0) {
      const json = await applyJsonVariables({
        appDir: dir,
        variables: o.jsonVariables,
        files: o.jsonFiles,
        addMissing: o.jsonAddMissing,
        reporter: ctx.reporter
      })
      const changed = json.changes.filter((c) => c.action !== 'unchanged')
      for (const file of new Set(changed.map((c) => c.file))) app.modified.push(file)
      if (changed.length > 0)
        app.changes.push(
          `${changed.length} JSON variable(s) set in ${[...new Set(changed.map((c) => c.file))].join(', ')}`
        )
    }

    if (o.webConfig === 'skip') {
      if (!findWebConfig(dir))
        ctx.reporter.warning(
          `The app has no web.config ('web-config: skip'): IIS may serve appsettings.json and other files as static content.`
        )
      return app
    }
    const mode =
      o.webConfig === 'validate' && (o.environment !== undefined || o.environmentVariables.length > 0)
        ? 'transform'
        : o.webConfig
    const quiet = withoutLocated(ctx.reporter)
    const toDiagnostic = (d: {
      severity: string
      message: string
      file?: string
      line?: number
      column?: number
    }): WebConfigDiagnostic => ({
      severity: d.severity === 'warning' ? 'warning' : 'error',
      message: ctx.reporter.mask(d.message),
      file: userPath(d.file ?? path.join(dir, 'web.config')),
      line: d.line || undefined,
      column: d.column || undefined
    })
    const reject = (diagnostics: WebConfigDiagnostic[]): never => {
      throw new WebConfigRejected(
        `web.config cannot be deployed:\n${diagnostics
          .filter((d) => d.severity === 'error')
          .map((d) => `${d.file}${d.line ? `:${d.line}:${d.column ?? 1}` : ''}: ${d.message}`)
          .join('\n')}`,
        diagnostics
      )
    }
    let result
    try {
      result = await applyWebConfig(
        dir,
        {
          mode,
          appName: o.appName,
          selfContained: o.selfContained,
          hostingModel: o.hostingModel,
          environment: o.environment,
          environmentVariables: o.environmentVariables.map((v) => ({
            name: v.name,
            value: v.value,
            secret: v.secret
          }))
        },
        quiet
      )
    } catch (error) {
      const list = (error as { diagnostics?: unknown }).diagnostics
      if (Array.isArray(list)) reject(list.map(toDiagnostic))
      throw error
    }
    app.diagnostics.push(...result.diagnostics.map(toDiagnostic))
    app.hostingModel = result.hostingModel
    if (result.written) app.modified.push(path.relative(dir, result.file).replace(/\\/g, '/'))
    if (result.changes.length > 0) app.changes.push(`web.config: ${result.changes.join(', ')}`)

    if (o.xdtTransforms.length > 0) {
      const file = findWebConfig(dir) ?? path.join(dir, 'web.config')
      const xdt = applyXdtTransformFiles(file, o.xdtTransforms)
      const diagnostics = xdt.diagnostics.map((d) => toDiagnostic({ ...d, file: d.file }))
      if (!xdt.ok || !xdt.document) reject(diagnostics)
      app.diagnostics.push(...diagnostics)
      writeFileAtomically(file, encodeXmlDocument(xdt.document as NonNullable<typeof xdt.document>))
      if (!app.modified.includes(path.basename(file))) app.modified.push(path.basename(file))
      app.changes.push(`XDT: ${o.xdtTransforms.map((t) => path.basename(t)).join(', ')}`)
      const again = validatePublishFolder(dir)
      const after = again.diagnostics.map(toDiagnostic)
      if (after.some((d) => d.severity === 'error')) reject(after)
      for (const d of after)
        if (!app.diagnostics.some((x) => x.message === d.message && x.line === d.line))
          app.diagnostics.push(d)
    }
    return app
  }

  async planChanges(ctx: DeployContext, app: PreparedApp, target: ResolvedTarget): Promise<SyncPlan> {
    const o = ctx.options
    // The app that must let go of its files is the live one: its web.config says how it is hosted (none: nothing
    // runs there yet, so there is nothing to wait for).
    this.hostingModel = liveHostingModel(target.physicalPath)
    const live = target.physicalPath
    const staged = app as Partial<StagedApp>
    // A file we rewrote (web.config, appsettings) that ends up identical to the live one is not a change: give it
    // the live file's time, so a redeploy of the same config stays a static-only deploy.
    if (live && staged.modified) {
      for (const relative of staged.modified) {
        const ours = path.join(app.dir, relative)
        const theirs = path.join(live, relative)
        if (sameContent(ours, theirs)) {
          const time = fs.statSync(theirs).mtime
          fs.utimesSync(ours, time, time)
        }
      }
    }
    const plan = await planChanges({
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
    return plan
  }

  /** The hosting model of the live app (from its web.config), read when the changes are planned. */
  private hostingModel: PreparedApp['hostingModel']

  async takeOffline(
    ctx: DeployContext,
    target: ResolvedTarget,
    mode: 'app-offline' | 'stop-pool' | 'both'
  ): Promise<OfflineState> {
    const o = ctx.options
    const physicalPath = target.physicalPath
    const pool = target.appPool
    const state: OfflineState = { appOffline: false, poolStopped: false, since: ctx.ports.clock.now() }
    const wantsFile =
      mode !== 'stop-pool' && physicalPath !== undefined && (ctx.dryRun || fs.existsSync(physicalPath))
    const wantsStop = mode !== 'app-offline' && pool !== undefined && target.exists.pool
    if (ctx.dryRun) {
      if (wantsFile)
        ctx.plan.action('offline', `write ${path.join(physicalPath as string, APP_OFFLINE_FILE)}`)
      if (wantsStop) ctx.plan.command('offline', 'appcmd', buildAppPoolVerbArgs('stop', pool as string))
      if (wantsStop && o.killWorkers)
        ctx.plan.action(
          'offline',
          `after ${Math.round(o.stopTimeoutMs / 1000)} s: taskkill /PID <pid> /F for each worker of '${pool as string}' still running`
        )
      return { ...state, appOffline: wantsFile, poolStopped: wantsStop }
    }
    const appcmd = await this.appcmd(ctx)
    // `kill-workers`: found before anything changes, so a missing taskkill.exe fails the step up front.
    const taskkill =
      wantsStop && o.killWorkers ? { runner: ctx.ports.runner, path: await ctx.tool('taskkill') } : undefined
    if (wantsFile) {
      const content = o.appOfflineFile ? fs.readFileSync(o.appOfflineFile, 'utf8') : undefined
      const folder = physicalPath as string
      await takeAppOffline({
        physicalPath: folder,
        content,
        reporter: ctx.reporter,
        clock: ctx.ports.clock,
        // In-process (windows-facts §6): ANCM recycles the worker; its files are free once it has exited.
        probe:
          this.hostingModel === 'inprocess' && pool !== undefined
            ? allOf(
                workersExitedProbe(appcmd, pool),
                filesWritableProbe(() => appBinaries(folder))
              )
            : filesWritableProbe(() => appBinaries(folder)),
        timeoutMs: o.stopTimeoutMs,
        // With both, stopping the pool frees the files anyway.
        onTimeout: mode === 'both' ? 'continue' : 'fail',
        signal: ctx.signal
      })
      state.appOffline = true
    }
    if (wantsStop) {
      try {
        this.poolBefore = await stopAppPool({
          appcmd,
          pool: pool as string,
          timeoutMs: o.stopTimeoutMs,
          killWorkersOnTimeout: o.killWorkers,
          taskkill
        })
        state.poolStopped = true
      } catch (error) {
        // Leave nothing half-done (the pipeline only knows about what this returns): ask the pool to start again,
        // then remove app_offline.htm. Neither may be cancelled.
        const cleanup = appcmdFor({ ...ctx, signal: new AbortController().signal }, await ctx.tool('appcmd'))
        const restarted = await startAppPool({
          appcmd: cleanup,
          pool: pool as string,
          timeoutMs: 10_000,
          settleMs: 0
        }).then(
          () => true,
          (startError: unknown) => {
            ctx.reporter.warning(
              `App pool '${pool}' could not be started again: ${(startError as Error).message}`
            )
            return false
          }
        )
        if (!restarted) {
          const now = await cleanup.getAppPoolState(pool as string).catch(() => undefined)
          Object.assign(error as object, {
            serverState: `App pool '${pool}' is ${now ?? 'not running'} and could not be started again: the site answers 503 until it is. Once it has stopped, start it: appcmd start apppool /apppool.name:"${pool}". The app files were not touched.`
          })
        }
        if (state.appOffline && physicalPath)
          await removeAppOffline({ physicalPath, reporter: ctx.reporter, clock: ctx.ports.clock }).catch(
            () => undefined
          )
        throw error
      }
    }
    return state
  }

  async bringOnline(ctx: DeployContext, target: ResolvedTarget, state: OfflineState): Promise<void> {
    const pool = target.appPool
    if (ctx.dryRun) {
      if (state.poolStopped && pool) ctx.plan.command('online', 'appcmd', buildAppPoolVerbArgs('start', pool))
      if (state.appOffline && target.physicalPath)
        ctx.plan.action('online', `delete ${path.join(target.physicalPath, APP_OFFLINE_FILE)}`)
      return
    }
    const removeOfflinePage = async (): Promise<void> => {
      if (!state.appOffline || !target.physicalPath) return
      await removeAppOffline({
        physicalPath: target.physicalPath,
        reporter: ctx.reporter,
        clock: ctx.ports.clock
      })
      state.appOffline = false
    }
    // Start the pool first: with app_offline.htm still there its first requests get the page, not HTTP.sys 503.
    // The page goes as soon as the pool is Started; the rapid-fail window runs with the app really starting.
    if (state.poolStopped && pool) {
      if (this.poolBefore && !this.poolBefore.wasRunning) {
        ctx.reporter.warning(`App pool '${pool}' was already stopped before the deploy: left stopped.`)
      } else {
        await startAppPool({
          appcmd: await this.appcmd(ctx),
          pool,
          timeoutMs: ctx.options.stopTimeoutMs,
          settleMs: ctx.timing.poolSettleMs,
          onStarted: removeOfflinePage
        })
      }
      state.poolStopped = false
    }
    await removeOfflinePage()
  }

  async sync(
    ctx: DeployContext,
    app: PreparedApp,
    target: ResolvedTarget,
    plan: SyncPlan,
    undo: UndoRegistry
  ): Promise<SyncOutcome> {
    const o = ctx.options
    if (target.kind === 'remote' || o.method === 'msdeploy') return this.syncWebDeploy(ctx, app, target)
    if (o.strategy === 'releases') return this.syncRelease(ctx, app, target, undo)
    const folder = target.physicalPath
    if (folder === undefined)
      throw new InputError(
        'physical-path',
        `Input 'physical-path' is needed: IIS reports no folder for the application.`
      )
    const args = {
      source: app.dir,
      target: folder,
      deleteExtra: o.deleteExtra,
      exclude: o.exclude,
      preserve: o.preserve,
      dryRun: ctx.dryRun
    }
    if (ctx.dryRun) ctx.plan.command('sync', 'robocopy', buildRobocopyArgs(args))
    let previousPath: string | undefined
    if (!ctx.dryRun) {
      fs.mkdirSync(folder, { recursive: true })
      const changes = plan.filesAdded + plan.filesUpdated + plan.filesDeleted
      if (o.backup && changes > 0) {
        const backup = createBackup({ plan: plan as ChangePlan, target: folder })
        previousPath = backup.dir
        ctx.reporter.info(
          `Backup of the ${backup.manifest.updated.length + backup.manifest.deleted.length} file(s) this deploy replaces or deletes: ${backup.dir}`
        )
        undo.set(async () => {
          const restored = restoreBackup(backup)
          return `restored ${restored.restored} file(s) and removed ${restored.removed} new file(s) from the backup ${backup.dir}`
        }, backup.dir)
      }
    }
    const result = await syncWithRobocopy(
      {
        runner: ctx.ports.runner,
        reporter: ctx.reporter,
        clock: ctx.ports.clock,
        tools: ctx.tools,
        signal: ctx.signal
      },
      { ...args, plan: plan as ChangePlan, lockRetryDelayMs: ctx.timing.lockRetryDelayMs }
    )
    if (!ctx.dryRun && previousPath) {
      try {
        pruneBackups({ backupRoot: defaultBackupRoot(folder), keepAlso: previousPath })
      } catch (error) {
        ctx.reporter.warning(`Could not prune old backups: ${(error as Error).message}`)
      }
    }
    return { result, releasePath: folder, previousPath }
  }

  private async syncWebDeploy(
    ctx: DeployContext,
    app: PreparedApp,
    target: ResolvedTarget
  ): Promise<SyncOutcome> {
    const o = ctx.options
    const remote = o.msdeployUrl
      ? {
          url: o.msdeployUrl,
          userName: o.msdeployUsername,
          password: o.msdeployPassword,
          authType: o.msdeployAuthType,
          allowUntrusted: o.allowUntrusted
        }
      : undefined
    const msTarget =
      target.site !== undefined
        ? { site: target.site, application: target.application }
        : { folder: target.physicalPath ?? '' }
    // Remote: the AppOffline rule is how Web Deploy takes the app offline (the offline step cannot reach the server).
    const appOffline = remote !== undefined && o.takeOffline !== 'none'
    const ports = {
      runner: ctx.ports.runner,
      reporter: ctx.reporter,
      tools: ctx.tools,
      clock: ctx.ports.clock
    }
    let result
    try {
      result = await syncWithWebDeploy(ports, {
        source: app.dir,
        target: msTarget,
        remote,
        deleteExtra: o.deleteExtra,
        exclude: o.exclude,
        preserve: o.preserve,
        appOffline,
        checksum: o.checksum,
        dryRun: ctx.dryRun,
        signal: ctx.signal
      })
    } catch (error) {
      // The AppOffline rule leaves App_Offline.htm behind when the sync fails (windows-facts §4.4): remove it.
      if (appOffline && !ctx.dryRun && 'site' in msTarget) {
        await removeAppOfflineWithWebDeploy(ports, { target: msTarget, remote }).catch(
          (removeError: unknown) => {
            Object.assign(error as object, {
              serverState: `Web Deploy failed and App_Offline.htm could not be removed from the remote site (${(removeError as Error).message}): the site answers 503 until it is deleted.`
            })
          }
        )
      }
      throw error
    }
    return { result, releasePath: target.physicalPath }
  }

  private async syncRelease(
    ctx: DeployContext,
    app: PreparedApp,
    target: ResolvedTarget,
    undo: UndoRegistry
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
    )
    if (ctx.signal.aborted) throw new CancelledError('Cancelled before switching to the new release.')
    const switchArgs = buildSetPhysicalPathArgs(site, target.application, layout.releasePath)
    if (ctx.dryRun) {
      ctx.plan.create(`release folder ${layout.releasePath}`)
      ctx.plan.command('sync', 'appcmd', switchArgs)
    } else {
      const appcmd = await this.appcmd(ctx)
      await appcmd.run(switchArgs)
      ctx.reporter.info(
        `Switched '${site}${target.application === '/' ? '/' : target.application}' to ${layout.releasePath}.`
      )
      const previous = layout.previousPath
      if (previous) {
        undo.set(async () => {
          await appcmdFor({ ...ctx, signal: new AbortController().signal }, await ctx.tool('appcmd')).run(
            buildSetPhysicalPathArgs(site, target.application, previous)
          )
          return `switched back to ${previous}`
        }, previous)
      }
      try {
        const pruned = pruneReleases({
          releasesDir: layout.releasesDir,
          keep: o.keepReleases,
          live: layout.releasePath,
          previous
        })
        if (pruned.deleted.length > 0) ctx.reporter.info(`Removed old releases: ${pruned.deleted.join(', ')}`)
      } catch (error) {
        ctx.reporter.warning(`Could not remove old releases: ${(error as Error).message}`)
      }
    }
    const { layout: _layout, plan: _plan, seededFromLive: _seeded, files: _files, ...result } = staged
    return { result: { ...result }, releasePath: layout.releasePath, previousPath: layout.previousPath }
  }

  async checkHealth(ctx: DeployContext): Promise<HealthCheckResult> {
    const o = ctx.options
    const url = o.healthCheckUrl as string
    if (ctx.dryRun) {
      ctx.plan.action(
        'health-check',
        `GET ${url}${o.healthCheckHost ? ` (Host: ${o.healthCheckHost})` : ''} until HTTP ${o.healthCheckStatus.join('/')}`
      )
      return { healthy: true, url, bodyExcerpt: '', reason: 'dry run', attempts: 0, elapsedMs: 0 }
    }
    return checkHealth(
      { http: ctx.ports.http, clock: ctx.ports.clock, reporter: ctx.reporter },
      {
        url,
        expectedStatus: o.healthCheckStatus,
        contains: o.healthCheckContains,
        host: o.healthCheckHost,
        allowUntrusted: o.allowUntrusted,
        timeoutMs: o.healthCheckTimeoutMs,
        initialDelayMs: ctx.timing.healthInitialDelayMs,
        maxDelayMs: ctx.timing.healthMaxDelayMs,
        signal: ctx.signal
      }
    )
  }

  async smokeTestIisExpress(
    ctx: DeployContext,
    app: PreparedApp
  ): Promise<{ health?: HealthCheckResult; detail: string }> {
    const o = ctx.options
    const iisExpressPath = await ctx.tool('iisexpress')
    // The port is free and chosen now, so a health URL counts for its path only (http://x/health → <base>/health).
    const healthPath = o.healthCheckUrl
      ? `${new URL(o.healthCheckUrl).pathname}${new URL(o.healthCheckUrl).search}`
      : '/'
    if (ctx.dryRun) {
      ctx.plan.command(
        'health-check',
        'iisexpress',
        buildIisExpressArgs({ physicalPath: app.dir, port: 8080 })
      )
      ctx.plan.action(
        'health-check',
        `GET http://localhost:<port>${healthPath} until HTTP ${o.healthCheckStatus.join('/')}`
      )
      return { detail: `would run the app under IIS Express and GET ${healthPath}` }
    }
    let health: HealthCheckResult | undefined
    const result = await runIisExpressSmokeTest({
      launcher: ctx.ports.launcher ?? new NodeProcessLauncher(),
      iisExpressPath,
      http: ctx.ports.http,
      reporter: ctx.reporter,
      clock: ctx.ports.clock,
      physicalPath: app.dir,
      startTimeoutMs: o.healthCheckTimeoutMs,
      healthCheck: async (baseUrl, signal) => {
        health = await checkHealth(
          { http: ctx.ports.http, clock: ctx.ports.clock, reporter: ctx.reporter },
          {
            url: new URL(healthPath, baseUrl).toString(),
            expectedStatus: o.healthCheckStatus,
            contains: o.healthCheckContains,
            host: o.healthCheckHost,
            timeoutMs: o.healthCheckTimeoutMs,
            initialDelayMs: ctx.timing.healthInitialDelayMs,
            maxDelayMs: ctx.timing.healthMaxDelayMs,
            signal
          }
        )
      },
      signal: ctx.signal
    })
    return {
      health,
      detail: `IIS Express on ${result.url}: ${health ? `HTTP ${health.status}` : 'answered'}`
    }
  }

  async cleanup(_ctx: DeployContext, app: PreparedApp): Promise<void> {
    const root = (app as Partial<StagedApp>).root
    if (root) fs.rmSync(root, { recursive: true, force: true })
  }
}

/** The hosting model of the web.config in `folder`, or undefined (no web.config, or not readable). */
function liveHostingModel(folder: string | undefined): PreparedApp['hostingModel'] {
  const file = folder ? findWebConfig(folder) : undefined
  if (!file) return undefined
  try {
    return readHostingModel(readWebConfigSource(file).text, file)
  } catch {
    return undefined
  }
}

/** `<x>/releases/<id>` → `<x>`; anything else as it is. */
function releaseRootOf(live: string | undefined): string | undefined {
  if (live === undefined) return undefined
  const api = /\\/.test(live) ? path.win32 : path.posix
  const parent = api.dirname(live)
  return api.basename(parent).toLowerCase() === 'releases' ? api.dirname(parent) : live
}

/** A fresh set of the real steps for one run. */
export function createDefaultSteps(): DeploySteps {
  return new DefaultSteps()
}
