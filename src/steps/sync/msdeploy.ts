// The Web Deploy provider: one msdeploy `-verb:sync` from the publish folder to an IIS app (local, or remote through
// the Web Management Service), built as the exact raw command line msdeploy reads (msdeploy-command-line.ts) and
// run with verbatim arguments and no shell (windows-facts §4.5).
//
// Choices (windows-facts §4, peers §3):
// - Destination: an IIS site/app is `-dest:iisApp="Site/app"` (§4.3's canonical local command); the AppOffline rule
//   needs such a destination: a physical `contentPath` gives ERROR_SITE_DOES_NOT_EXIST (peers §3.2). A physical
//   folder (a release folder being staged) is `-dest:contentPath="<folder>"`, with the source as `contentPath` too.
// - A `.zip` source is a Web Deploy package: `-source:package=` to `-dest:auto` with the `IIS Web Application Name`
//   parameter (a plain zip of `dotnet publish` output must be extracted by the caller first).
// - `-enableRule:DoNotDeleteRule` unless delete-extra; exclude/preserve and app_offline.htm as anchored `-skip`
//   rules (msdeploy-skips.ts); `includeAcls=False` so the build folder's ACLs never replace the site's (§4.2).
// - `-retryAttempts`/`-retryInterval` always explicit; `-useChecksum` for checksum; `-whatif` for a dry run.
// - No `-xml`: the plain output is documented (§4.6) and parsed; no `-disableLink`: §4 recommends none for
//   iisApp/contentPath (the link extensions belong to the appHostConfig/webServer providers).
// - The password is registered as a secret first; the line is logged with `***` in its place by us (the runner
//   runs silent), and every output or error text is masked before it goes anywhere.
//
// How the line reaches msdeploy: `args` are msdeploy's arguments, one token each. On Windows the runner passes them
// with `verbatimArguments`, so the process command line is `"<msdeploy.exe>" ` + args.join(' ') — exactly the text
// msdeploy parses. On Linux the fake msdeploy receives the same tokens as argv and rebuilds that text with
// argv.join(' ') before parsing it with the same grammar: both platforms parse the same line.

import { CancelledError, InputError } from '../../core/errors.js'
import type { Clock, CommandRunner, Reporter } from '../../core/ports.js'
import type { ToolResolver } from '../../core/tools.js'
import type { SyncResult } from './types.js'
import { quoteMsDeployProgram, quoteMsDeployValue } from './msdeploy-command-line.js'
import { buildMsDeploySkipRules, type MsDeploySkipRule } from './msdeploy-skips.js'
import { classifyMsDeployFailure, parseMsDeployOutput, type MsDeployOutput } from './msdeploy-output.js'

export * from './msdeploy-command-line.js'
export * from './msdeploy-output.js'
export * from './msdeploy-skips.js'

/** An IIS application (`site` + `application`), or a physical folder. */
export type MsDeployTarget = { site: string; application?: string } | { folder: string }

export interface MsDeployRemote {
  /** `msdeploy-url`: `https://host:8172/msdeploy.axd?site=Site` (path and ?site= are added when missing), or a bare
   *  host name for the Remote Agent Service. */
  url: string
  userName?: string
  /** Registered as a secret; never logged, never in an error. */
  password?: string
  /** `Basic` (default, WMSvc with IIS Manager or local users) or `NTLM`. */
  authType?: 'Basic' | 'NTLM'
  /** `-allowUntrusted`: accept a self-signed certificate on 8172. */
  allowUntrusted?: boolean
}

export interface MsDeployOptions {
  /** The publish folder (input `source`), or a Web Deploy package `.zip`. */
  source: string
  target: MsDeployTarget
  /** A remote server through Web Deploy; absent: this machine. */
  remote?: MsDeployRemote
  /** `delete-extra`: delete target files the source does not have (otherwise DoNotDeleteRule). */
  deleteExtra?: boolean
  /** `exclude`: globs in the source that are not deployed. */
  exclude?: readonly string[]
  /** `preserve`: target paths never deleted or overwritten. */
  preserve?: readonly string[]
  /** `-enableRule:AppOffline` (when take-offline asks for app-offline): needs an IIS target. */
  appOffline?: boolean
  /** `checksum`: compare content (`-useChecksum`), not time and size. */
  checksum?: boolean
  /** `dry-run`: `-whatif`, nothing changes. */
  dryRun?: boolean
  /** msdeploy's own retries of a failed operation (a locked file): default 5 (msdeploy's default, §4.2). */
  retryAttempts?: number
  /** Wait between those retries, ms: default 3000 (§4.3). */
  retryIntervalMs?: number
  /**
   * A Web Deploy package (docs/web-deploy-packages.md): `-source:package=<zip>`, or `-source:archiveDir=<folder>` when
   * its extracted content was changed (XML/JSON variables, web.config); `-dest:auto`; the parameter arguments
   * prepared by web-deploy-package.ts (`-setParam:` lines, and a SetParameters file path).
   */
  package?: {
    kind: 'package' | 'archiveDir'
    path: string
    setParams: readonly string[]
    setParamFile?: string
  }
  /** `msdeploy-skip`: `-skip:` arguments already vetted by web-deploy-package.ts `formatUserSkip`. */
  extraSkips?: readonly string[]
  /** `msdeploy-flags`: vetted rule/link arguments (web-deploy-package.ts `parseMsDeployFlags`). */
  extraArgs?: readonly string[]
}

export interface MsDeployCommandLine {
  /** msdeploy's arguments, one token each, to run with `verbatimArguments: true`. Holds the password: never log. */
  args: string[]
  /** The same tokens with the password replaced by `***`: the only form that is logged or shown in a plan. */
  displayArgs: string[]
}

export const DEFAULT_MSDEPLOY_RETRY_ATTEMPTS = 5
export const DEFAULT_MSDEPLOY_RETRY_INTERVAL_MS = 3000
const MASK = '***'

function isIisTarget(target: MsDeployTarget): target is { site: string; application?: string } {
  return 'site' in target
}

/** A folder path without trailing separators (`C:\pub\` → `C:\pub`), roots kept (`C:\`, `/`). */
export function trimTrailingSeparators(value: string): string {
  const trimmed = value.replace(/[\\/]+$/, '')
  if (trimmed === '' || /^[A-Za-z]:$/.test(trimmed)) return value.slice(0, trimmed.length + 1)
  return trimmed
}

function checkValue(value: string, input: string, what: string, secret = false): void {
  // quoteMsDeployValue throws the InputError; the result is not needed here.
  quoteMsDeployValue(value, { input, what, secret })
}

/** `Site/app` for msdeploy from `site` and `application` (`/`, `/api`, `api/v1/`). */
export function iisAppPath(site: string, application = '/'): string {
  if (site === '') throw new InputError('site', "Input 'site' is empty: name the IIS site to deploy to.")
  if (/[\\/]/.test(site)) {
    throw new InputError('site', `Input 'site' is '${site}': a site name cannot contain '/' or '\\'.`)
  }
  checkValue(site, 'site', 'the site name')
  const segments = application.replace(/\\/g, '/').split('/').filter(Boolean)
  if (segments.some((s) => s === '.' || s === '..')) {
    throw new InputError(
      'application',
      `Input 'application' is '${application}': use a virtual path such as / or /api.`
    )
  }
  checkValue(segments.join('/'), 'application', 'the application path')
  return [site, ...segments].join('/')
}

/**
 * The `computerName` for a remote target: a WMSvc URL with `/msdeploy.axd` and `?site=<site>` (added when missing),
 * or a bare host (Remote Agent Service). Credentials inside the URL are refused: they would be logged.
 */
export function msDeployComputerName(url: string, site: string): string {
  const input = 'msdeploy-url'
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) {
    if (/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?$/.test(url)) return url
    throw new InputError(
      input,
      `Input '${input}' is '${url}': use https://host:8172/msdeploy.axd?site=<site> (Web Management Service) or a host name (Remote Agent Service).`
    )
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new InputError(
      input,
      `Input '${input}' is '${url}', which is not a URL: write it as https://host:8172/msdeploy.axd?site=<site>.`
    )
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new InputError(input, `Input '${input}' is '${url}': only https (or http) URLs are allowed.`)
  }
  if (parsed.username || parsed.password) {
    throw new InputError(
      input,
      `Input '${input}' holds credentials: put them in 'msdeploy-username' and 'msdeploy-password' (the URL is logged, the password input is masked).`
    )
  }
  if (parsed.pathname === '' || parsed.pathname === '/') parsed.pathname = '/msdeploy.axd'
  const named = parsed.searchParams.get('site')
  if (named === null) {
    parsed.search = `${parsed.search ? `${parsed.search}&` : '?'}site=${encodeURIComponent(site)}`
  } else if (named.toLowerCase() !== site.toLowerCase()) {
    throw new InputError(
      input,
      `Input '${input}' names the site '${named}' (?site=) but 'site' is '${site}': Web Deploy authorizes per site, so they must match.`
    )
  }
  parsed.hash = ''
  return parsed.href
}

/** `-skip:objectName=dirPath,absolutePath="(?i)\\logs$"` */
export function formatSkipArgument(rule: MsDeploySkipRule): string {
  return `-skip:objectName=${rule.objectName},absolutePath=${quoteMsDeployValue(rule.absolutePath, { input: 'preserve' })}`
}

function checkCount(value: number, input: string, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new InputError(input, `'${input}' is ${value}: use a whole number from 0 to ${max}.`)
  }
  return value
}

/**
 * The msdeploy sync command line for `options`. Throws an InputError (value masked when secret) for a value the
 * command line cannot carry, or for an impossible combination.
 */
export function buildMsDeployCommandLine(options: MsDeployOptions): MsDeployCommandLine {
  const { target, remote } = options
  const iis = isIisTarget(target)
  const appPath = iis ? iisAppPath(target.site, target.application) : undefined
  const isPackage = options.package !== undefined
  const source = trimTrailingSeparators(options.package?.path ?? options.source)

  if (!iis && remote) {
    throw new InputError(
      'site',
      "A remote Web Deploy target ('msdeploy-url') needs 'site': the server authorizes per site."
    )
  }
  if (!iis && options.appOffline) {
    throw new InputError(
      'take-offline',
      "msdeploy's AppOffline rule needs an IIS site/app destination ('site'), not a physical folder: a folder gives ERROR_SITE_DOES_NOT_EXIST (peers §3.2)."
    )
  }
  if (!iis && isPackage) {
    throw new InputError(
      'source',
      `Input 'source' is a Web Deploy package ('${options.source}'): it deploys to an IIS app, so 'site' is required.`
    )
  }

  const sourceValue = quoteMsDeployValue(source, { input: 'source', what: 'the publish folder' })
  const provider = iis ? 'iisApp' : 'contentPath'
  const sourceArg = options.package
    ? `-source:${options.package.kind}=${sourceValue}`
    : `-source:${provider}=${sourceValue}`

  // The destination object, built twice: once for msdeploy, once with the password masked for the log.
  const destParts: Array<{ real: string; shown: string }> = []
  const add = (real: string, shown = real): void => {
    destParts.push({ real, shown })
  }
  if (isPackage) add('auto')
  else if (iis) add(`iisApp=${quoteMsDeployValue(appPath as string, { input: 'site' })}`)
  else {
    const folder = trimTrailingSeparators((target as { folder: string }).folder)
    add(`contentPath=${quoteMsDeployValue(folder, { input: 'physical-path', what: 'the target folder' })}`)
  }
  if (remote) {
    const computerName = msDeployComputerName(remote.url, (target as { site: string }).site)
    add(`computerName=${quoteMsDeployValue(computerName, { input: 'msdeploy-url' })}`)
    if (remote.userName !== undefined && remote.userName !== '') {
      add(
        `userName=${quoteMsDeployValue(remote.userName, { input: 'msdeploy-username', what: 'the user name' })}`
      )
    }
    if (remote.password !== undefined && remote.password !== '') {
      if (remote.userName === undefined || remote.userName === '') {
        throw new InputError(
          'msdeploy-username',
          "Input 'msdeploy-password' is set but 'msdeploy-username' is not: give both."
        )
      }
      const quoted = quoteMsDeployValue(remote.password, {
        input: 'msdeploy-password',
        what: 'the password',
        secret: true
      })
      add(`password=${quoted}`, `password=${MASK}`)
    }
    const authType = remote.authType ?? 'Basic'
    if (authType !== 'Basic' && authType !== 'NTLM') {
      throw new InputError(
        'msdeploy-auth-type',
        `Input 'msdeploy-auth-type' is '${String(authType)}': use Basic or NTLM.`
      )
    }
    add(`authType=${authType}`)
  }
  add('includeAcls=False')

  const args: string[] = ['-verb:sync', sourceArg]
  const displayArgs: string[] = ['-verb:sync', sourceArg]
  args.push(`-dest:${destParts.map((p) => p.real).join(',')}`)
  displayArgs.push(`-dest:${destParts.map((p) => p.shown).join(',')}`)

  const rest: string[] = []
  if (options.package) {
    rest.push(...options.package.setParams)
    if (options.package.setParamFile !== undefined) {
      rest.push(
        `-setParamFile:${quoteMsDeployValue(options.package.setParamFile, { input: 'set-parameters-file' })}`
      )
    }
  }
  if (options.appOffline) rest.push('-enableRule:AppOffline')
  if (!options.deleteExtra) rest.push('-enableRule:DoNotDeleteRule')
  for (const rule of buildMsDeploySkipRules(options.exclude, options.preserve))
    rest.push(formatSkipArgument(rule))
  rest.push(...(options.extraSkips ?? []))
  rest.push(...(options.extraArgs ?? []).filter((a) => !/^-retry(Attempts|Interval):/i.test(a)))
  const attempts = checkCount(options.retryAttempts ?? DEFAULT_MSDEPLOY_RETRY_ATTEMPTS, 'retryAttempts', 100)
  const interval = checkCount(
    options.retryIntervalMs ?? DEFAULT_MSDEPLOY_RETRY_INTERVAL_MS,
    'retryIntervalMs',
    600_000
  )
  rest.push(`-retryAttempts:${attempts}`, `-retryInterval:${interval}`)
  if (options.checksum) rest.push('-useChecksum')
  if (remote?.allowUntrusted) rest.push('-allowUntrusted')
  if (options.dryRun) rest.push('-whatif')

  return { args: [...args, ...rest], displayArgs: [...displayArgs, ...rest] }
}

/** `-verb:delete` of App_Offline.htm on an IIS target: what to run when the AppOffline rule left it behind (§4.4). */
export function buildMsDeployRemoveAppOfflineCommandLine(
  options: Pick<MsDeployOptions, 'target' | 'remote'>
): MsDeployCommandLine {
  const { target, remote } = options
  if (!isIisTarget(target)) {
    throw new InputError('site', 'Removing App_Offline.htm through msdeploy needs an IIS target (site).')
  }
  const file = `${iisAppPath(target.site, target.application)}/App_Offline.htm`
  const real = [`contentPath=${quoteMsDeployValue(file, { input: 'site' })}`]
  const shown = [...real]
  if (remote) {
    const computerName = quoteMsDeployValue(msDeployComputerName(remote.url, target.site), {
      input: 'msdeploy-url'
    })
    real.push(`computerName=${computerName}`)
    shown.push(`computerName=${computerName}`)
    if (remote.userName) {
      const user = `userName=${quoteMsDeployValue(remote.userName, { input: 'msdeploy-username' })}`
      real.push(user)
      shown.push(user)
    }
    if (remote.password) {
      real.push(
        `password=${quoteMsDeployValue(remote.password, { input: 'msdeploy-password', secret: true })}`
      )
      shown.push(`password=${MASK}`)
    }
    real.push(`authType=${remote.authType ?? 'Basic'}`)
    shown.push(`authType=${remote.authType ?? 'Basic'}`)
  }
  const tail = remote?.allowUntrusted ? ['-allowUntrusted'] : []
  return {
    args: ['-verb:delete', `-dest:${real.join(',')}`, ...tail],
    displayArgs: ['-verb:delete', `-dest:${shown.join(',')}`, ...tail]
  }
}

// ---------------------------------------------------------------------------------------------------------------

export interface WebDeployPorts {
  runner: CommandRunner
  reporter: Reporter
  /** Finds msdeploy: `msdeploy-path`, PATH, the registry, Program Files (contract §3). */
  tools: Pick<ToolResolver, 'resolve'>
  /** For the wait between whole-sync retries after a dropped connection. */
  clock?: Clock
}

export interface WebDeploySyncOptions extends MsDeployOptions {
  /** Whole-sync attempts when the connection drops (ERROR_CONNECTION_TERMINATED): default 3, as peers (§4.6). */
  connectionAttempts?: number
  /** Wait between those attempts, ms: default 5000. */
  connectionRetryDelayMs?: number
  timeoutMs?: number
  signal?: AbortSignal
}

/** Re-throws a runner error with every secret masked in its message and stack. */
function maskedError(error: unknown, reporter: Reporter): unknown {
  if (error instanceof Error) {
    error.message = reporter.mask(error.message)
    if (error.stack) error.stack = reporter.mask(error.stack)
  }
  return error
}

/** The counts of a sync: file lines when msdeploy printed them, the `Total changes` summary otherwise. */
export function msDeploySyncResult(output: MsDeployOutput, exitCode: number, dryRun: boolean): SyncResult {
  const files = output.changes.filter((c) => c.objectKind.toLowerCase() === 'file')
  const useLines = output.changes.length > 0 || output.totals === undefined
  const count = (action: 'add' | 'update' | 'delete'): number =>
    files.filter((c) => c.action === action).length
  const filesAdded = useLines ? count('add') : (output.totals?.added ?? 0)
  const filesUpdated = useLines ? count('update') : (output.totals?.updated ?? 0)
  const filesDeleted = useLines ? count('delete') : (output.totals?.deleted ?? 0)
  const bytesCopied = output.totals?.bytesCopied ?? 0
  const verb = dryRun ? 'would change' : 'changed'
  const total = output.totals ? ` (msdeploy: ${output.totals.changes} changes)` : ''
  return {
    method: 'msdeploy',
    filesAdded,
    filesUpdated,
    filesDeleted,
    bytesCopied,
    exitCode,
    summary: `Web Deploy ${verb} ${filesAdded + filesUpdated + filesDeleted} files: ${filesAdded} added, ${filesUpdated} updated, ${filesDeleted} deleted, ${bytesCopied} bytes copied${total}.`,
    dryRun
  }
}

async function runMsDeploy(
  ports: WebDeployPorts,
  command: MsDeployCommandLine,
  options: { timeoutMs?: number; signal?: AbortSignal }
): Promise<{ output: MsDeployOutput; exitCode: number }> {
  const { runner, reporter, tools } = ports
  const msdeploy = await tools.resolve('msdeploy')
  // Logged by us, masked; the runner stays silent so the raw line (with the password) is never echoed.
  reporter.info(`[command]${quoteMsDeployProgram(msdeploy)} ${command.displayArgs.join(' ')}`)
  let result
  try {
    result = await runner.run(msdeploy, command.args, {
      verbatimArguments: true,
      silent: true,
      timeoutMs: options.timeoutMs,
      signal: options.signal
    })
  } catch (error) {
    throw maskedError(error, reporter)
  }
  const stdout = reporter.mask(result.stdout)
  const stderr = reporter.mask(result.stderr)
  if (stdout.trim()) reporter.info(stdout.trimEnd())
  if (stderr.trim()) reporter.info(stderr.trimEnd())
  return { output: parseMsDeployOutput(stdout, stderr), exitCode: result.exitCode }
}

/**
 * Syncs the publish folder to the target with msdeploy and reports what changed. Throws InputError for inputs the
 * command line cannot carry, MsDeployError (a ToolError with the Web Deploy code and the fix) when msdeploy fails.
 * The password never reaches a log line or an error.
 */
export async function syncWithWebDeploy(
  ports: WebDeployPorts,
  options: WebDeploySyncOptions
): Promise<SyncResult> {
  const { reporter } = ports
  // Before anything else: even an InputError about another input must not be able to echo it.
  if (options.remote?.password) reporter.registerSecret(options.remote.password)
  const command = buildMsDeployCommandLine(options)
  const attempts = Math.max(1, options.connectionAttempts ?? 3)
  const context = {
    remote: options.remote !== undefined,
    appOffline: options.appOffline ?? false,
    retryAttempts: options.retryAttempts ?? DEFAULT_MSDEPLOY_RETRY_ATTEMPTS
  }
  for (let attempt = 1; ; attempt++) {
    const { output, exitCode } = await runMsDeploy(ports, command, options)
    const failure = classifyMsDeployFailure(output, exitCode, context)
    if (!failure) {
      const result = msDeploySyncResult(output, exitCode, options.dryRun ?? false)
      reporter.info(result.summary)
      return result
    }
    if (!failure.transient || attempt >= attempts) throw failure
    const delay = options.connectionRetryDelayMs ?? 5000
    reporter.warning(
      `${failure.message.split('\n')[0]} Running the sync again in ${delay} ms (attempt ${attempt + 1} of ${attempts}).`
    )
    if (options.signal?.aborted) throw new CancelledError()
    await (ports.clock?.sleep(delay, options.signal) ?? new Promise((r) => setTimeout(r, delay)))
  }
}

/**
 * Removes App_Offline.htm from an IIS target through msdeploy (`-verb:delete`, §4.3): the clean-up after a failed
 * sync with the AppOffline rule, the only way to reach a remote server's folder.
 */
export async function removeAppOfflineWithWebDeploy(
  ports: WebDeployPorts,
  options: Pick<WebDeploySyncOptions, 'target' | 'remote' | 'timeoutMs' | 'signal'>
): Promise<void> {
  if (options.remote?.password) ports.reporter.registerSecret(options.remote.password)
  const command = buildMsDeployRemoveAppOfflineCommandLine(options)
  const { output, exitCode } = await runMsDeploy(ports, command, options)
  const failure = classifyMsDeployFailure(output, exitCode, { remote: options.remote !== undefined })
  if (failure) throw failure
}
