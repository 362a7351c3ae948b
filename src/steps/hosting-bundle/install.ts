// The hosting-bundle step: decide what the server needs, look at what it has, and only then download (through the
// tool cache, verified by SHA-512 before anything runs), install or repair silently, and restart IIS when something
// changed and `restart-iis` allows it (peers §4 idea 5).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError, ToolError, errorMessage } from '../../core/errors.js'
import type { Ports } from '../../core/ports.js'
import { ToolResolver } from '../../core/tools.js'
import {
  describeDetection,
  describeNeed,
  detectHostingBundle,
  findSatisfying,
  type FrameworkNeed,
  type HostingDetection,
  type ToolLocator
} from './detect.js'
import {
  parseHostingBundleInputs,
  redactUrlCredentials,
  type HostingBundleSettings,
  type InstallerProperty,
  type InstallerPropertyName
} from './inputs.js'
import {
  buildHostingBundleArgs,
  describeInstallerExitCode,
  installerExitCode,
  installerLogTail,
  packageLogsOf,
  parseBurnLog,
  sha512OfFile,
  type InstallerAction
} from './installer.js'
import { resolveHostingBundle, type HostingBundleRequest, type ResolvedHostingBundle } from './resolve.js'
import { restartIis } from './restart.js'
import { readAppFrameworkNeed, type AppFrameworkNeed } from './runtime-config.js'
import { isPrerelease } from './version.js'

/** Tool-cache name of the installer (RUNNER_TOOL_CACHE/dotnet-hosting/<version>/<arch>). */
export const HOSTING_BUNDLE_TOOL = 'dotnet-hosting'

export function hostingBundleFileName(version: string): string {
  return `dotnet-hosting-${version}-win.exe`
}

export interface InstallHostingBundleOptions {
  /** `hosting-bundle`: none, auto, latest, lts, a channel (8.0) or an exact version (8.0.11). */
  spec: string
  /** `hosting-bundle-args`: `OPT_NO_*=0|1` only. */
  args?: string | readonly string[]
  /** `hosting-bundle-url` + `hosting-bundle-sha512`: a mirror; skips the metadata. */
  url?: string
  sha512?: string
  /** `release-metadata-url`. */
  metadataUrl?: string
  /** `restart-iis`: auto (default), always, never. */
  restartIis?: string
  /** The published app (for `auto`: its `*.runtimeconfig.json`). */
  appDir?: string
  /** `app-name`: picks `<name>.runtimeconfig.json` when the folder has several. */
  appName?: string
  /** Resolve and detect, say what would happen, change nothing. */
  dryRun?: boolean
  /** Where the installer log goes; default RUNNER_TEMP (or the agent's temp, or the OS temp). */
  logDir?: string
  /** Tool discovery; default a ToolResolver over the ports' env. */
  tools?: ToolLocator
  signal?: AbortSignal
  timeouts?: { metadataMs?: number; installerMs?: number; serviceMs?: number }
}

export interface HostingBundleResult {
  /** `hosting-bundle-version`: the version installed, repaired, or found meeting the need. */
  version?: string
  action: 'none' | 'install' | 'repair'
  installed: boolean
  repaired: boolean
  /** `reboot-required`. */
  rebootRequired: boolean
  restarted: boolean
  /** The installer log, when the installer ran. */
  logPath?: string
  /** What was found before anything ran. */
  detected?: HostingDetection
  dryRun: boolean
}

/** The installer failed; carries the log path (an output) besides tool, exit code and fix. */
export class HostingBundleInstallError extends ToolError {
  override name = 'HostingBundleInstallError'
  constructor(
    exitCode: number,
    message: string,
    fix: string | undefined,
    readonly logPath: string
  ) {
    super('dotnet-hosting', exitCode, message, fix)
  }
}

interface Target {
  version: string
  url: string
  sha512: string
}

interface Plan {
  /** The shared framework the server must have; undefined when only ANCM matters (self-contained app). */
  need?: FrameworkNeed
  /** What to resolve when something must be installed. */
  request: HostingBundleRequest
  app?: AppFrameworkNeed
  /** Already resolved (latest/lts/channel need the metadata to know what they mean). */
  target?: Target
}

function envValue(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase())
  return key === undefined ? undefined : env[key] || undefined
}

function has(
  properties: readonly InstallerProperty[],
  name: InstallerPropertyName,
  value?: '0' | '1'
): boolean {
  return properties.some((p) => p.name === name && (value === undefined || p.value === value))
}

/**
 * The properties passed to the installer. Burn reads earlier OPT_* choices back from the registry when a run passes
 * none (§1.2), so a past OPT_NO_ANCM=1 would silently stick: OPT_NO_ANCM=0 is always explicit unless the user set it.
 * An ANCM-only install (self-contained app) also skips the runtimes it does not need.
 */
export function installerProperties(
  user: readonly InstallerProperty[],
  ancmOnly: boolean
): InstallerProperty[] {
  const properties = [...user]
  const add = (name: InstallerPropertyName, value: '0' | '1'): void => {
    if (!has(properties, name)) properties.push({ name, value })
  }
  add('OPT_NO_ANCM', '0')
  if (ancmOnly) {
    add('OPT_NO_RUNTIME', '1')
    add('OPT_NO_SHAREDFX', '1')
  }
  return properties
}

class Step {
  private readonly tools: ToolLocator

  constructor(
    private readonly ports: Ports,
    private readonly options: InstallHostingBundleOptions,
    private readonly settings: HostingBundleSettings
  ) {
    this.tools =
      options.tools ?? new ToolResolver({ env: ports.env, platform: ports.platform, runner: ports.runner })
  }

  private get reporter() {
    return this.ports.reporter
  }

  /** Resolves through the mirror (checked against the request) or the release metadata. */
  async resolve(request: HostingBundleRequest): Promise<Target> {
    const mirror = this.settings.mirror
    if (mirror) {
      const version = mirror.fileVersion ?? (request.kind === 'exact' ? request.version : undefined)
      if (!version) {
        throw new InputError(
          'hosting-bundle',
          `Input 'hosting-bundle-url' (${redactUrlCredentials(mirror.url)}) does not name its version: set 'hosting-bundle' to the exact version the mirror serves.`
        )
      }
      if (request.kind === 'minimum' && findSatisfying([version], request) === undefined) {
        throw new InputError(
          'hosting-bundle-url',
          `Input 'hosting-bundle-url' serves ${version}, but the app needs ${describeNeed(request)}.`
        )
      }
      this.reporter.info(
        `Hosting Bundle ${version} from the mirror ${redactUrlCredentials(mirror.url)} (release metadata not used).`
      )
      return { version, url: mirror.url, sha512: mirror.sha512 }
    }
    const resolved: ResolvedHostingBundle = await resolveHostingBundle(request, {
      http: this.ports.http,
      metadataUrl: this.settings.metadataUrl,
      signal: this.options.signal,
      timeoutMs: this.options.timeouts?.metadataMs
    })
    for (const warning of resolved.warnings) this.reporter.warning(warning)
    const details = [
      resolved.releaseDate ? `released ${resolved.releaseDate}` : '',
      resolved.security ? 'security release' : '',
      resolved.supportPhase ? `${resolved.releaseType ?? ''} ${resolved.supportPhase}`.trim() : ''
    ].filter(Boolean)
    this.reporter.info(
      `Resolved Hosting Bundle ${resolved.version} (.NET ${resolved.channel}${details.length ? `, ${details.join(', ')}` : ''}): ${resolved.url}`
    )
    if (resolved.newerInChannel) {
      this.reporter.info(`A newer ${resolved.channel} patch exists: ${resolved.newerInChannel}.`)
    }
    return { version: resolved.version, url: resolved.url, sha512: resolved.sha512 }
  }

  /** What the server must have, from the input or the app's runtimeconfig. */
  async plan(): Promise<Plan> {
    const spec = this.settings.spec
    switch (spec.kind) {
      case 'exact':
        return { need: { kind: 'exact', version: spec.version }, request: spec }
      case 'latest':
      case 'lts':
      case 'channel': {
        const target = await this.resolve(spec)
        return { need: { kind: 'exact', version: target.version }, request: spec, target }
      }
      case 'auto': {
        if (!this.options.appDir) {
          throw new InputError(
            'hosting-bundle',
            `Input 'hosting-bundle' is auto, but there is no app folder to read.`
          )
        }
        const app = readAppFrameworkNeed(this.options.appDir, this.options.appName)
        const request: HostingBundleRequest = isPrerelease(app.version)
          ? { kind: 'exact', version: app.version }
          : app.kind === 'self-contained'
            ? { kind: 'channel', channel: app.channel }
            : { kind: 'minimum', channel: app.channel, minimum: app.version }
        if (app.kind === 'self-contained') {
          this.reporter.info(
            `${path.basename(app.file)}: self-contained app (ASP.NET Core ${app.version} inside it): the server needs only the ASP.NET Core Module.`
          )
          return { request, app }
        }
        const need: FrameworkNeed =
          request.kind === 'minimum' ? request : { kind: 'exact', version: app.version }
        this.reporter.info(`${path.basename(app.file)}: the app needs ${describeNeed(need)}.`)
        return { need, request, app }
      }
      case 'none':
        throw new Error('unreachable: none is handled before planning')
    }
  }

  detect(): Promise<HostingDetection> {
    return detectHostingBundle({
      runner: this.ports.runner,
      env: this.ports.env,
      platform: this.ports.platform,
      tools: this.tools,
      reporter: this.reporter,
      signal: this.options.signal
    })
  }

  /** The installer file: from the tool cache when its SHA-512 still matches, else downloaded and verified. */
  async obtainInstaller(target: Target): Promise<string> {
    const { toolCache } = this.ports
    const fileName = hostingBundleFileName(target.version)
    const cachedDir = await toolCache.find(HOSTING_BUNDLE_TOOL, target.version)
    if (cachedDir) {
      const cached = path.join(cachedDir, fileName)
      if (fs.existsSync(cached)) {
        const actual = await sha512OfFile(cached)
        if (actual === target.sha512) {
          this.reporter.info(`Using the cached installer ${cached} (SHA-512 verified).`)
          return cached
        }
        this.reporter.warning(
          `The cached installer ${cached} has SHA-512 ${actual}, expected ${target.sha512}: downloading it again.`
        )
        fs.rmSync(cached, { force: true })
      }
    }
    this.reporter.info(`Downloading ${redactUrlCredentials(target.url)}`)
    let downloaded: string
    try {
      downloaded = await toolCache.download(target.url, fileName)
    } catch (error) {
      throw new ToolError(
        'download',
        undefined,
        redactUrlCredentials(
          `Could not download the Hosting Bundle ${target.version} from ${target.url}: ${errorMessage(error)}`
        ),
        this.settings.mirror
          ? "Check 'hosting-bundle-url' and that the runner can reach it."
          : 'Check that the runner can reach builds.dotnet.microsoft.com, or set hosting-bundle-url/hosting-bundle-sha512 to a mirror.'
      )
    }
    try {
      const actual = await sha512OfFile(downloaded)
      if (actual !== target.sha512) {
        throw new ToolError(
          'download',
          undefined,
          `The Hosting Bundle ${target.version} from ${redactUrlCredentials(target.url)} failed verification: expected SHA-512 ${target.sha512}, got ${actual}. The file was deleted and nothing ran.`,
          this.settings.mirror
            ? "Check 'hosting-bundle-sha512' against the file the mirror serves."
            : 'Retry; if it happens again the download is being altered on the way (proxy, antivirus).'
        )
      }
      const dir = await toolCache.cacheFile(downloaded, fileName, HOSTING_BUNDLE_TOOL, target.version)
      return path.join(dir, fileName)
    } finally {
      fs.rmSync(downloaded, { force: true })
    }
  }

  logPath(version: string, action: InstallerAction): string {
    const dir =
      this.options.logDir ??
      envValue(this.ports.env, 'RUNNER_TEMP') ??
      envValue(this.ports.env, 'AGENT_TEMPDIRECTORY') ??
      os.tmpdir()
    fs.mkdirSync(dir, { recursive: true })
    const stamp = new Date(this.ports.clock.now()).toISOString().replace(/[:.]/g, '-')
    return path.join(dir, `dotnet-hosting-${version}-${action}-${stamp}.log`)
  }

  /** Runs the installer; returns whether a reboot is required, throws HostingBundleInstallError on failure. */
  async runInstaller(
    installer: string,
    action: InstallerAction,
    version: string,
    properties: InstallerProperty[],
    logPath: string
  ): Promise<boolean> {
    // On Windows the .exe runs as is; the test fakes are scripts that need the executable bit.
    if (this.ports.platform !== 'win32') fs.chmodSync(installer, 0o755)
    const args = buildHostingBundleArgs(action, logPath, properties)
    this.reporter.info(`${action === 'install' ? 'Installing' : 'Repairing'} the Hosting Bundle ${version}.`)
    const result = await this.ports.runner.run(installer, args, {
      signal: this.options.signal,
      timeoutMs: this.options.timeouts?.installerMs ?? 30 * 60_000
    })
    const logText = fs.existsSync(logPath) ? fs.readFileSync(logPath, 'utf8') : ''
    const log = parseBurnLog(logText)
    const code = installerExitCode(result.exitCode, log)
    const outcome = describeInstallerExitCode(code)
    if (outcome.kind === 'success') {
      this.reporter.info(`The installer finished (exit ${code}). Log: ${logPath}`)
      return log.restart?.toLowerCase() === 'required'
    }
    if (outcome.kind === 'reboot-required') {
      this.reporter.info(`The installer finished (exit ${code}, ${outcome.name}). Log: ${logPath}`)
      return true
    }
    const tail = installerLogTail(logText)
    if (tail.length) this.reporter.info(`Last lines of ${logPath}:\n${tail.join('\n')}`)
    const packageLogs = packageLogsOf(logPath)
    const details = [
      log.errors.length ? `Installer errors: ${log.errors.slice(0, 3).join(' | ')}.` : '',
      `Log: ${logPath}${logText ? '' : ' (not written)'}.`,
      packageLogs.length ? `Package logs: ${packageLogs.join(', ')}.` : ''
    ].filter(Boolean)
    throw new HostingBundleInstallError(
      code,
      `The Hosting Bundle ${version} installer (/${action}) failed with exit code ${code}${outcome.name ? ` (${outcome.name})` : ''}: ${outcome.meaning}. ${details.join(' ')}`,
      outcome.fix,
      logPath
    )
  }

  async restartIfAllowed(changed: boolean, iisPresent: boolean): Promise<boolean> {
    const policy = this.settings.restartIis
    if (policy === 'never') {
      if (changed) {
        this.reporter.notice(
          'restart-iis is never: IIS keeps running the old runtime and module until you run `net stop was /y` and `net start w3svc` (or reboot).'
        )
      }
      return false
    }
    if (policy === 'auto' && !changed) return false
    if (!iisPresent) {
      if (policy === 'always')
        this.reporter.warning('restart-iis is always, but IIS is not installed: nothing to restart.')
      return false
    }
    this.reporter.warning(
      `Restarting IIS (net stop was /y, net start w3svc, restart-iis: ${policy}): this restarts every site and application pool on this server.`
    )
    const net = await this.tools.resolve('net')
    await restartIis(this.ports.runner, net, this.reporter, {
      signal: this.options.signal,
      timeoutMs: this.options.timeouts?.serviceMs
    })
    this.reporter.info('IIS restarted.')
    return true
  }
}

/**
 * The hosting-bundle step. Validates the inputs, then: resolves what is needed, detects what is installed, skips
 * when the need is met, else downloads + verifies + installs (or repairs when the runtime is there but ANCM is not
 * because IIS came after the bundle, §1.4), and restarts IIS per `restart-iis`.
 */
export async function installHostingBundle(
  ports: Ports,
  options: InstallHostingBundleOptions
): Promise<HostingBundleResult> {
  const settings = parseHostingBundleInputs({
    hostingBundle: options.spec,
    hostingBundleArgs: options.args,
    hostingBundleUrl: options.url,
    hostingBundleSha512: options.sha512,
    releaseMetadataUrl: options.metadataUrl,
    restartIis: options.restartIis
  })
  const result: HostingBundleResult = {
    action: 'none',
    installed: false,
    repaired: false,
    rebootRequired: false,
    restarted: false,
    dryRun: options.dryRun ?? false
  }
  const { reporter } = ports
  if (settings.spec.kind === 'none') return result
  if (settings.mirror) {
    // A mirror URL may carry credentials; they never reach the log.
    const password = new URL(settings.mirror.url).password
    if (password) reporter.registerSecret(decodeURIComponent(password))
  }

  const step = new Step(ports, options, settings)
  const plan = await step.plan()
  const detected = await step.detect()
  result.detected = detected
  reporter.info(describeDetection(detected))

  const ancmOptOut = has(settings.properties, 'OPT_NO_ANCM', '1')
  const installedVersions = detected.aspNetCore.map((f) => f.version)
  const satisfying = plan.need ? findSatisfying(installedVersions, plan.need) : undefined
  const runtimeMet = !plan.need || satisfying !== undefined
  const ancmMet = !detected.iis.present || ancmOptOut || detected.ancm.present

  if (!detected.iis.present && !ancmOptOut && (!runtimeMet || !plan.need)) {
    reporter.warning(
      'IIS is not installed, so the Hosting Bundle cannot install the ASP.NET Core Module (it needs IIS first, windows-facts §1.4). Enable IIS (iis-features) before this step; once IIS is there, the next run of this step adds the module.'
    )
  }
  if (runtimeMet && ancmMet) {
    result.version = satisfying
    reporter.info(
      `Nothing to install: ${plan.need ? `${describeNeed(plan.need)} is there (${satisfying})` : 'the self-contained app needs no shared framework'}${detected.iis.present ? ', and so is the ASP.NET Core Module V2' : ''}.`
    )
    result.restarted = options.dryRun ? false : await step.restartIfAllowed(false, detected.iis.present)
    return result
  }

  // The runtime is there but ANCM is not: the bundle ran before IIS existed; the docs say repair it (§1.4).
  let action: InstallerAction = runtimeMet && plan.need ? 'repair' : 'install'
  let target: Target | undefined
  if (action === 'repair' && satisfying) {
    reporter.info(
      `${describeNeed(plan.need!)} is installed (${satisfying}) but the ASP.NET Core Module V2 is not, although IIS is: the bundle was installed before IIS. Repairing it.`
    )
    try {
      target = await step.resolve({ kind: 'exact', version: satisfying })
      // A mirror serving another version installs that version (which brings ANCM along) instead.
      if (target.version !== satisfying) action = 'install'
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      // That build is not in the metadata (installed from elsewhere): install the resolved bundle instead.
      reporter.info(`${satisfying} is not in the release metadata: installing the requested bundle instead.`)
      action = 'install'
    }
  }
  target ??= plan.target ?? (await step.resolve(plan.request))
  const properties = installerProperties(settings.properties, plan.app?.kind === 'self-contained')

  if (options.dryRun) {
    reporter.info(
      `Dry run: would ${action} the Hosting Bundle ${target.version} from ${redactUrlCredentials(target.url)} (${buildHostingBundleArgs(action, '<log>', properties).join(' ')}).`
    )
    result.action = action
    result.version = target.version
    return result
  }

  const installer = await step.obtainInstaller(target)
  const logPath = step.logPath(target.version, action)
  result.logPath = logPath
  result.rebootRequired = await step.runInstaller(installer, action, target.version, properties, logPath)
  result.action = action
  result.version = target.version
  result.installed = action === 'install'
  result.repaired = action === 'repair'
  if (result.rebootRequired) {
    reporter.warning(
      `The Hosting Bundle ${target.version} needs a reboot to finish (reboot-required=true). Restarting IIS picks up most of it; schedule a reboot of this server.`
    )
  }

  const after = await step.detect()
  if (plan.need && action === 'install') {
    const wanted: FrameworkNeed = { kind: 'exact', version: target.version }
    const listed = after.aspNetCore.map((f) => f.version)
    if (!findSatisfying(listed, wanted)) {
      reporter.warning(
        `The installer succeeded but ${describeNeed(wanted)} is not listed yet (registry, dotnet --list-runtimes): a reboot may be needed. Log: ${logPath}`
      )
    }
  }
  if (after.iis.present && !ancmOptOut && !after.ancm.present) {
    reporter.warning(
      `The ASP.NET Core Module V2 is still missing after the installer: check the log ${logPath} and that hosting-bundle-args has no OPT_NO_ANCM=1.`
    )
  }
  result.restarted = await step.restartIfAllowed(true, after.iis.present)
  return result
}
