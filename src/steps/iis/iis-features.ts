// IIS features (contract `iis-features`; seed "IIS configuration": the Web Server role and optional role services
// such as Windows Authentication and WebSockets), enabled through DISM, idempotently: query each feature, enable
// only what is missing, report a pending reboot (3010) instead of failing.

import { InputError, InputErrors, ToolError } from '../../core/errors.js'
import { formatCommandLine } from '../../core/command-line.js'
import type { CommandRunner, Reporter } from '../../core/ports.js'

/**
 * Friendly name → DISM optional-feature name, with the Server Manager (Install-WindowsFeature) name as an alias.
 * Source: the IIS optional features as `dism /online /get-features` and `Get-WindowsOptionalFeature -Online` list
 * them on Windows Server 2016–2025 / Windows 10–11 (Microsoft Learn, "Install IIS with DISM/PowerShell"), and the
 * Web-* role service names of Server Manager (Microsoft Learn, "IIS role services").
 */
export const IIS_FEATURES: ReadonlyArray<{ name: string; dism: string; serverManager: string }> = [
  { name: 'WebServerRole', dism: 'IIS-WebServerRole', serverManager: 'Web-Server' },
  { name: 'WebServer', dism: 'IIS-WebServer', serverManager: 'Web-WebServer' },
  { name: 'CommonHttpFeatures', dism: 'IIS-CommonHttpFeatures', serverManager: 'Web-Common-Http' },
  { name: 'StaticContent', dism: 'IIS-StaticContent', serverManager: 'Web-Static-Content' },
  { name: 'DefaultDocument', dism: 'IIS-DefaultDocument', serverManager: 'Web-Default-Doc' },
  { name: 'DirectoryBrowsing', dism: 'IIS-DirectoryBrowsing', serverManager: 'Web-Dir-Browsing' },
  { name: 'HttpErrors', dism: 'IIS-HttpErrors', serverManager: 'Web-Http-Errors' },
  { name: 'HttpRedirect', dism: 'IIS-HttpRedirect', serverManager: 'Web-Http-Redirect' },
  { name: 'ApplicationDevelopment', dism: 'IIS-ApplicationDevelopment', serverManager: 'Web-App-Dev' },
  { name: 'WebSockets', dism: 'IIS-WebSockets', serverManager: 'Web-WebSockets' },
  { name: 'ApplicationInit', dism: 'IIS-ApplicationInit', serverManager: 'Web-AppInit' },
  { name: 'ISAPIExtensions', dism: 'IIS-ISAPIExtensions', serverManager: 'Web-ISAPI-Ext' },
  { name: 'ISAPIFilter', dism: 'IIS-ISAPIFilter', serverManager: 'Web-ISAPI-Filter' },
  { name: 'ASPNET45', dism: 'IIS-ASPNET45', serverManager: 'Web-Asp-Net45' },
  { name: 'NetFxExtensibility45', dism: 'IIS-NetFxExtensibility45', serverManager: 'Web-Net-Ext45' },
  { name: 'CGI', dism: 'IIS-CGI', serverManager: 'Web-CGI' },
  { name: 'ServerSideIncludes', dism: 'IIS-ServerSideIncludes', serverManager: 'Web-Includes' },
  { name: 'HealthAndDiagnostics', dism: 'IIS-HealthAndDiagnostics', serverManager: 'Web-Health' },
  { name: 'HttpLogging', dism: 'IIS-HttpLogging', serverManager: 'Web-Http-Logging' },
  { name: 'RequestMonitor', dism: 'IIS-RequestMonitor', serverManager: 'Web-Request-Monitor' },
  { name: 'HttpTracing', dism: 'IIS-HttpTracing', serverManager: 'Web-Http-Tracing' },
  { name: 'Security', dism: 'IIS-Security', serverManager: 'Web-Security' },
  { name: 'RequestFiltering', dism: 'IIS-RequestFiltering', serverManager: 'Web-Filtering' },
  { name: 'BasicAuthentication', dism: 'IIS-BasicAuthentication', serverManager: 'Web-Basic-Auth' },
  { name: 'WindowsAuthentication', dism: 'IIS-WindowsAuthentication', serverManager: 'Web-Windows-Auth' },
  { name: 'DigestAuthentication', dism: 'IIS-DigestAuthentication', serverManager: 'Web-Digest-Auth' },
  {
    name: 'ClientCertificateMappingAuthentication',
    dism: 'IIS-ClientCertificateMappingAuthentication',
    serverManager: 'Web-Client-Auth'
  },
  {
    name: 'IISCertificateMappingAuthentication',
    dism: 'IIS-IISCertificateMappingAuthentication',
    serverManager: 'Web-Cert-Auth'
  },
  { name: 'URLAuthorization', dism: 'IIS-URLAuthorization', serverManager: 'Web-Url-Auth' },
  { name: 'IPSecurity', dism: 'IIS-IPSecurity', serverManager: 'Web-IP-Security' },
  { name: 'Performance', dism: 'IIS-Performance', serverManager: 'Web-Performance' },
  { name: 'HttpCompressionStatic', dism: 'IIS-HttpCompressionStatic', serverManager: 'Web-Stat-Compression' },
  {
    name: 'HttpCompressionDynamic',
    dism: 'IIS-HttpCompressionDynamic',
    serverManager: 'Web-Dyn-Compression'
  },
  { name: 'WebServerManagementTools', dism: 'IIS-WebServerManagementTools', serverManager: 'Web-Mgmt-Tools' },
  { name: 'ManagementConsole', dism: 'IIS-ManagementConsole', serverManager: 'Web-Mgmt-Console' },
  {
    name: 'ManagementScriptingTools',
    dism: 'IIS-ManagementScriptingTools',
    serverManager: 'Web-Scripting-Tools'
  },
  { name: 'ManagementService', dism: 'IIS-ManagementService', serverManager: 'Web-Mgmt-Service' },
  { name: 'HostableWebCore', dism: 'IIS-HostableWebCore', serverManager: 'Web-WHC' },
  {
    name: 'IIS6ManagementCompatibility',
    dism: 'IIS-IIS6ManagementCompatibility',
    serverManager: 'Web-Mgmt-Compat'
  },
  { name: 'Metabase', dism: 'IIS-Metabase', serverManager: 'Web-Metabase' }
]

/** The Web Server role and World Wide Web Services: always ensured (the contract's "the Web Server role is implied"). */
export const WEB_SERVER_ROLE = ['IIS-WebServerRole', 'IIS-WebServer'] as const

/** A friendly, DISM (`IIS-WebSockets`) or Server Manager (`Web-WebSockets`) name → the DISM name; undefined if unknown. */
export function dismFeatureName(name: string): string | undefined {
  const wanted = name.trim().toLowerCase()
  const entry = IIS_FEATURES.find(
    (f) =>
      f.name.toLowerCase() === wanted ||
      f.dism.toLowerCase() === wanted ||
      f.serverManager.toLowerCase() === wanted
  )
  return entry?.dism
}

/** Maps the `iis-features` list to DISM names, the Web Server role first; unknown names are one InputError each. */
export function resolveIisFeatures(names: readonly string[], input = 'iis-features'): string[] {
  const errors: InputError[] = []
  const resolved: string[] = [...WEB_SERVER_ROLE]
  for (const name of names) {
    if (name.trim() === '') continue
    const dism = dismFeatureName(name)
    if (!dism) {
      errors.push(
        new InputError(
          input,
          `Input '${input}': '${name.trim()}' is not an IIS feature this action knows. Known: ${IIS_FEATURES.map((f) => f.name).join(', ')} (or their IIS-* / Web-* names).`
        )
      )
    } else if (!resolved.includes(dism)) resolved.push(dism)
  }
  if (errors.length === 1 && errors[0]) throw errors[0]
  if (errors.length > 1) throw new InputErrors(errors)
  return resolved
}

/** `/English` keeps the output parseable on every display language. */
export function buildGetFeatureInfoArgs(feature: string): string[] {
  return ['/online', '/get-featureinfo', `/featurename:${feature}`, '/English']
}

/**
 * One call for every missing feature (one servicing transaction, one 3010). `/all` enables parent features too;
 * `/norestart` never reboots the server under a running job.
 */
export function buildEnableFeaturesArgs(features: readonly string[]): string[] {
  return [
    '/online',
    '/enable-feature',
    ...features.map((f) => `/featurename:${f}`),
    '/all',
    '/norestart',
    '/quiet',
    '/English'
  ]
}

export type FeatureState =
  'Enabled' | 'Disabled' | 'Disabled with Payload Removed' | 'Enable Pending' | 'Disable Pending'

/** The `State : Enabled` line of `dism /get-featureinfo`. */
export function parseFeatureState(output: string): FeatureState | undefined {
  const value = /^\s*State\s*:\s*(.+?)\s*$/im.exec(output)?.[1]?.toLowerCase()
  const states: FeatureState[] = [
    'Enabled',
    'Disabled',
    'Disabled with Payload Removed',
    'Enable Pending',
    'Disable Pending'
  ]
  return states.find((s) => s.toLowerCase() === value)
}

/** `Error: 0x800f080c` / `Error: 740` in DISM output. */
export function parseDismError(output: string): string | undefined {
  return /^\s*Error:\s*(0x[0-9a-fA-F]+|\d+)/im.exec(output)?.[1]?.toLowerCase()
}

/** Exit codes above 255 arrive truncated on Linux (§3.4): 3010 shows up as 194 there. */
export function exitCodeIs(actual: number, expected: number): boolean {
  return actual === expected || (expected > 255 && actual === (expected & 0xff))
}

const REBOOT_REQUIRED = 3010

function dismFix(code: string | undefined, text: string): string {
  if (code === '740' || /elevat/i.test(text)) return 'Run elevated: DISM needs administrator rights.'
  if (code === '0x800f081f' || /source files could not be found/i.test(text))
    return 'The feature payload is not on this machine: allow Windows Update, or point DISM at installation media (/Source) once by hand.'
  if (code === '0x800f080c' || /is unknown/i.test(text))
    return 'This Windows edition does not offer the feature (ManagementService exists on Windows Server only).'
  return 'See %windir%\\Logs\\DISM\\dism.log.'
}

export interface EnsureIisFeaturesOptions {
  runner: CommandRunner
  /** dism.exe as found by ToolResolver. */
  dismPath: string
  reporter: Reporter
  /** Names as the user wrote them (`WebSockets`, `IIS-WebSockets`, `Web-WebSockets`); the Web Server role is implied. */
  features: readonly string[]
  /** Query only; report what would be enabled. */
  dryRun?: boolean
  signal?: AbortSignal
}

export interface EnsureIisFeaturesResult {
  /** DISM names enabled now (or that would be, with dryRun). */
  enabled: string[]
  alreadyEnabled: string[]
  /** A feature is Enable Pending, or DISM answered 3010. */
  rebootRequired: boolean
}

/** Makes sure the Web Server role and the given IIS features are enabled: query each, enable what is missing. */
export async function ensureIisFeatures(options: EnsureIisFeaturesOptions): Promise<EnsureIisFeaturesResult> {
  const { runner, dismPath, reporter } = options
  const features = resolveIisFeatures(options.features)
  const result: EnsureIisFeaturesResult = { enabled: [], alreadyEnabled: [], rebootRequired: false }
  const dism = async (args: string[]): Promise<{ exitCode: number; text: string; shown: string }> => {
    const shown = formatCommandLine('dism', args)
    reporter.debug(shown)
    const run = await runner.run(dismPath, args, { silent: true, signal: options.signal })
    return { exitCode: run.exitCode, text: `${run.stdout}\n${run.stderr}`, shown }
  }
  const fail = (shown: string, exitCode: number, text: string): never => {
    const code = parseDismError(text)
    const summary = text.trim().split(/\r?\n/).filter(Boolean).slice(-3).join(' ')
    throw new ToolError(
      'dism',
      exitCode,
      `${shown} failed (${code ? `error ${code}` : `exit code ${exitCode}`}): ${summary}`,
      dismFix(code, text)
    )
  }

  for (const feature of features) {
    const info = await dism(buildGetFeatureInfoArgs(feature))
    if (info.exitCode !== 0) fail(info.shown, info.exitCode, info.text)
    const state = parseFeatureState(info.text)
    if (state === 'Enabled' || state === 'Enable Pending') {
      result.alreadyEnabled.push(feature)
      if (state === 'Enable Pending') result.rebootRequired = true
      continue
    }
    if (state === undefined) fail(info.shown, info.exitCode, `no "State :" line in: ${info.text}`)
    result.enabled.push(feature)
    reporter.info(`${options.dryRun ? 'Would enable' : 'Enabling'} ${feature} (now ${state}).`)
  }
  if (result.enabled.length > 0 && !options.dryRun) {
    reporter.info('DISM is enabling the features; this can take a few minutes.')
    const enable = await dism(buildEnableFeaturesArgs(result.enabled))
    if (exitCodeIs(enable.exitCode, REBOOT_REQUIRED)) result.rebootRequired = true
    else if (enable.exitCode !== 0) fail(enable.shown, enable.exitCode, enable.text)
  }
  if (result.enabled.length === 0)
    reporter.info(`IIS features: all enabled already (${features.join(', ')}).`)
  if (result.rebootRequired)
    reporter.warning(
      'A reboot is required to finish enabling IIS features (DISM 3010). The deploy continues; reboot the server when convenient.'
    )
  return result
}
