// One typed, validated object per run (contract §1). Every adapter reads its own inputs (INPUT_*, task-lib, CLI
// flags) through `read` and gets the same DeployOptions, or one InputErrors listing every problem at once, before
// anything on the server changes. Secret inputs are registered with the reporter before anything is validated.

import os from 'node:os'
import path from 'node:path'
import { InputError, InputErrors } from '../core/errors.js'
import type { Reporter } from '../core/ports.js'
import {
  parseHostingBundleArgs,
  RESTART_IIS_POLICIES,
  type RestartIisPolicy
} from '../steps/hosting-bundle/inputs.js'
import { msDeployValueProblem } from '../steps/sync/msdeploy-command-line.js'

export const PIPELINE_STEPS = [
  'iis-features',
  'hosting-bundle',
  'provision',
  'web-config',
  'offline',
  'sync',
  'online',
  'health-check'
] as const
export type PipelineStep = (typeof PIPELINE_STEPS)[number]

export const METHODS = ['auto', 'robocopy', 'msdeploy'] as const
export type SyncMethod = Exclude<(typeof METHODS)[number], 'auto'>
export const STRATEGIES = ['in-place', 'releases'] as const
export type Strategy = (typeof STRATEGIES)[number]
export const TAKE_OFFLINE_MODES = ['auto', 'app-offline', 'stop-pool', 'both', 'none'] as const
export type TakeOfflineMode = (typeof TAKE_OFFLINE_MODES)[number]
export const WEB_CONFIG_MODES = ['validate', 'transform', 'skip'] as const
export type WebConfigMode = (typeof WEB_CONFIG_MODES)[number]
export const HOSTING_MODELS = ['inprocess', 'outofprocess'] as const
export type HostingModel = (typeof HOSTING_MODELS)[number]
// The hosting-bundle step owns the restart policy's values; the pipeline reads the same list.
export { RESTART_IIS_POLICIES as RESTART_IIS_MODES, type RestartIisPolicy as RestartIisMode }
export const POOL_IDENTITIES = [
  'ApplicationPoolIdentity',
  'NetworkService',
  'LocalService',
  'LocalSystem'
] as const
export type PoolIdentity = (typeof POOL_IDENTITIES)[number]
export const MSDEPLOY_AUTH_TYPES = ['Basic', 'NTLM'] as const
export type MsDeployAuthType = (typeof MSDEPLOY_AUTH_TYPES)[number]
export const TARGETS = ['iis', 'iis-express'] as const
export type Target = (typeof TARGETS)[number]
export const AUTHENTICATION_KINDS = ['anonymous', 'windows', 'basic'] as const
export type AuthenticationKind = (typeof AUTHENTICATION_KINDS)[number]
export const BINDING_PROTOCOLS = ['http', 'https'] as const
export type BindingProtocol = (typeof BINDING_PROTOCOLS)[number]
export const HOSTING_BUNDLE_KEYWORDS = ['none', 'auto', 'latest', 'lts'] as const

/** One `NAME=value` pair of an environment-variable or JSON-variable list. */
export interface NameValue {
  name: string
  value: string
  /** True when it came from a `secret-*` input: the value is masked everywhere. */
  secret: boolean
}

/** One `protocol/ip:port:host` site binding. */
export interface Binding {
  protocol: BindingProtocol
  /** `*` or an IP address (IPv6 in brackets). */
  ip: string
  port: number
  /** Host name, empty for all host names. */
  host: string
  /** As appcmd writes it: `http/*:80:`. */
  text: string
}

/** Everything one deploy run needs, validated. Field names are the inputs in camelCase (contract §1). */
export interface DeployOptions {
  /** Publish folder or `.zip`, absolute, inside the workspace. */
  source: string
  /** True when `source` is a `.zip` file. */
  sourceIsZip: boolean
  /** IIS site name; undefined when no selected step touches IIS. */
  site?: string
  /** Virtual application path, always starting with `/` and without a trailing slash (except `/`). */
  application: string
  /** Application pool; undefined = the pool IIS reports for site+application. */
  appPool?: string
  /** Target folder on the server; undefined = the physical path IIS reports. */
  physicalPath?: string
  /** The steps to run, in pipeline order (already resolved from `steps: all`). */
  steps: PipelineStep[]
  /** True when `steps` was `all`: steps without inputs were left out rather than asked for. */
  allSteps: boolean
  /** The sync method, with `auto` resolved (msdeploy when `msdeploy-url` is set, else robocopy). */
  method: SyncMethod
  /** `in-place` or `releases`. */
  strategy: Strategy
  /** Release folder name with `strategy: releases`. */
  releaseId: string
  /** Release folders kept. */
  keepReleases: number
  /** How to take the app offline; `auto` is decided from the change plan. */
  takeOffline: TakeOfflineMode
  /** Absolute path of the user's own app_offline.htm, or undefined for the built-in page. */
  appOfflineFile?: string
  /** Milliseconds to wait for the pool to stop and its workers to exit. */
  stopTimeoutMs: number
  /** After `stop-timeout`, end the pool's remaining worker processes (`taskkill /PID n /F`) instead of failing. */
  killWorkers: boolean
  /**
   * A deploy that fails after taking the app offline and starting to change its files, and that no rollback brought
   * back, leaves app_offline.htm in place instead of serving a half-updated app.
   */
  keepOfflineOnFailure: boolean
  /** Delete target files the source does not have. */
  deleteExtra: boolean
  /** Source globs that are not deployed. */
  exclude: string[]
  /** Target paths never deleted or overwritten. */
  preserve: string[]
  /** In-place: keep a copy of what is replaced, to roll back. */
  backup: boolean
  /** web.config handling. */
  webConfig: WebConfigMode
  /** Assembly name for the transform; undefined = from `*.runtimeconfig.json`. */
  appName?: string
  /** True if the app runs as `<app>.exe`; undefined = detected. */
  selfContained?: boolean
  /** Written only when set. */
  hostingModel?: HostingModel
  /** `ASPNETCORE_ENVIRONMENT` written into web.config. */
  environment?: string
  /** `<environmentVariables>` entries, plain then secret, in input order. */
  environmentVariables: NameValue[]
  /** XDT files (absolute) applied to web.config in order. */
  xdtTransforms: string[]
  /** `none`, `auto`, `latest`, `lts`, a channel (`8.0`) or an exact version (`8.0.11`). */
  hostingBundle: string
  /** Validated `OPT_NO_*=0|1` installer properties. */
  hostingBundleArgs: string[]
  /** Own mirror of the installer (with `hostingBundleSha512`). */
  hostingBundleUrl?: string
  /** Lower-case hex SHA-512 of the mirrored installer. */
  hostingBundleSha512?: string
  /** Release metadata index (releases-index.json); undefined = Microsoft's. */
  releaseMetadataUrl?: string
  /** When to restart IIS after the hosting bundle step. */
  restartIis: RestartIisPolicy
  /** Create the app pool, site and application when missing. */
  create: boolean
  /** Bindings of a created site. */
  bindings: Binding[]
  /** Identity of a created or managed pool. */
  poolIdentity: PoolIdentity
  /** Pool `processModel.loadUserProfile` (Data Protection keys). */
  loadUserProfile: boolean
  /** Grant the pool identity read/execute on the app and modify on `logs`. */
  grantAccess: boolean
  /** IIS features to enable through DISM. */
  iisFeatures: string[]
  /** Upper-case hex thumbprint for https bindings. */
  certificateThumbprint?: string
  /** LocalMachine certificate store of the thumbprint. */
  certificateStore: string
  /** Authentication switches for the site/application. */
  authentication: Array<{ kind: AuthenticationKind; enabled: boolean }>
  /** Environment variables set on the app pool (IIS 10+), plain then secret. */
  poolEnvironmentVariables: NameValue[]
  /** `Path.To.Key=value` replacements in the JSON files. */
  jsonVariables: NameValue[]
  /** JSON files (relative to the app root) the JSON variables are written into. */
  jsonFiles: string[]
  /** Add keys the JSON files lack instead of failing. */
  jsonAddMissing: boolean
  /** Remote Web Deploy endpoint. */
  msdeployUrl?: string
  /** Web Deploy user name. */
  msdeployUsername?: string
  /** Registered as a secret before anything else. */
  msdeployPassword?: string
  /** `Basic` or `NTLM`. */
  msdeployAuthType: MsDeployAuthType
  /** Accept the Web Deploy server's (or the health URL's) self-signed certificate. */
  allowUntrusted: boolean
  /** Compare file content, not size and time. */
  checksum: boolean
  /** URL that must answer after the deploy. */
  healthCheckUrl?: string
  /** Host header sent with the health check (a site bound to a host name, probed on localhost). */
  healthCheckHost?: string
  /** Accepted status codes. */
  healthCheckStatus: number[]
  /** Text the body must contain. */
  healthCheckContains?: string
  /** Milliseconds to keep trying. */
  healthCheckTimeoutMs: number
  /** On a failed start or health check, bring the previous version back. */
  rollback: boolean
  /** `iis` or `iis-express`. */
  target: Target
  /** Print the plan and change nothing. */
  dryRun: boolean
  /** appcmd.exe override (as given; the resolver checks it exists). */
  appcmdPath?: string
  /** msdeploy.exe override. */
  msdeployPath?: string
  /** iisexpress.exe override. */
  iisexpressPath?: string
  /** Workspace the relative paths were resolved against. */
  workspace: string
  /** Scratch folder of this run (RUNNER_TEMP or the OS temp folder). */
  tempDir: string
}

/** What the adapter knows about the run. */
export interface OptionsContext {
  /** GITHUB_WORKSPACE, the ADO sources directory, or the CLI's working directory. */
  workspace: string
  /** Run number and attempt for the default `release-id`; a UTC timestamp is used when unknown. */
  runNumber?: string
  runAttempt?: string
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  /** Secrets are registered here before validation; warnings about ignored inputs go here too. */
  reporter: Pick<Reporter, 'registerSecret' | 'warning'>
  /** For the default release id; injectable for tests. */
  now?: () => Date
}

/** Reads one input by its contract name (`app-pool`); undefined or '' when not set. */
export type InputReader = (name: string) => string | undefined

/** Every input of the contract, with its default ('' = none). action.yml, task.json and the CLI follow this list. */
export const INPUT_DEFAULTS = {
  source: 'publish',
  site: '',
  application: '/',
  'app-pool': '',
  'physical-path': '',
  steps: 'all',
  method: 'auto',
  strategy: 'in-place',
  'release-id': '',
  'keep-releases': '5',
  'take-offline': 'auto',
  'app-offline-file': '',
  'stop-timeout': '120',
  'kill-workers': 'false',
  'keep-offline-on-failure': 'false',
  'delete-extra': 'false',
  exclude: '',
  preserve: 'App_Data\nlogs',
  backup: 'true',
  'web-config': 'validate',
  'app-name': '',
  'self-contained': '',
  'hosting-model': '',
  environment: '',
  'environment-variables': '',
  'secret-environment-variables': '',
  'xdt-transforms': '',
  'hosting-bundle': 'none',
  'hosting-bundle-args': '',
  'hosting-bundle-url': '',
  'hosting-bundle-sha512': '',
  'release-metadata-url': '',
  'restart-iis': 'auto',
  create: 'false',
  bindings: 'http/*:80:',
  'pool-identity': 'ApplicationPoolIdentity',
  'load-user-profile': 'true',
  'grant-access': 'true',
  'iis-features': '',
  'certificate-thumbprint': '',
  'certificate-store': 'My',
  authentication: '',
  'pool-environment-variables': '',
  'secret-pool-environment-variables': '',
  'json-variables': '',
  'secret-json-variables': '',
  'json-files': 'appsettings.json',
  'json-add-missing': 'false',
  'msdeploy-url': '',
  'msdeploy-username': '',
  'msdeploy-password': '',
  'msdeploy-auth-type': 'Basic',
  'allow-untrusted': 'false',
  checksum: 'false',
  'health-check-url': '',
  'health-check-host': '',
  'health-check-status': '200',
  'health-check-contains': '',
  'health-check-timeout': '60',
  rollback: 'true',
  target: 'iis',
  'dry-run': 'false',
  'appcmd-path': '',
  'msdeploy-path': '',
  'iisexpress-path': ''
} as const satisfies Record<string, string>

export type InputName = keyof typeof INPUT_DEFAULTS
export const INPUT_NAMES = Object.keys(INPUT_DEFAULTS) as InputName[]

/** Inputs whose whole value (msdeploy-password) or whose values (`NAME=value` lists) are secrets. */
export const SECRET_INPUTS = [
  'msdeploy-password',
  'secret-environment-variables',
  'secret-pool-environment-variables',
  'secret-json-variables'
] as const satisfies readonly InputName[]

/** Splits a list input on newlines (and commas where the contract says "comma list"); blank lines dropped. */
export function splitList(value: string, separator: RegExp = /\r?\n/): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

function listAllowed(allowed: readonly string[]): string {
  return allowed.map((v) => `'${v}'`).join(', ')
}

/** Secret values of a `NAME=value` list: each value, and any line that has no `=` (it may be a bare secret). */
export function secretValuesOf(list: string): string[] {
  return splitList(list).map((line) => {
    const eq = line.indexOf('=')
    return eq < 0 ? line : line.slice(eq + 1).trim()
  })
}

/** Registers every secret input with the reporter. Call before anything reads, validates or logs the inputs. */
export function registerSecretInputs(read: InputReader, reporter: Pick<Reporter, 'registerSecret'>): void {
  const password = read('msdeploy-password')
  if (password) reporter.registerSecret(password)
  for (const name of SECRET_INPUTS) {
    if (name === 'msdeploy-password') continue
    for (const value of secretValuesOf(read(name) ?? '')) reporter.registerSecret(value)
  }
}

/** Collects problems while the options are read, then throws them all at once. */
class Collector {
  readonly errors: InputError[] = []
  constructor(private readonly read: InputReader) {}

  /** The raw value (trimmed), or the contract default. */
  raw(name: InputName): string {
    const value = this.read(name)?.trim()
    return value === undefined || value === '' ? INPUT_DEFAULTS[name] : value
  }

  /** True when the user set the input (a non-empty value). */
  isSet(name: InputName): boolean {
    return (this.read(name)?.trim() ?? '') !== ''
  }

  fail(name: InputName | string, message: string): void {
    this.errors.push(new InputError(name, message))
  }

  string(name: InputName): string | undefined {
    const value = this.raw(name)
    return value === '' ? undefined : value
  }

  oneOf<T extends string>(name: InputName, allowed: readonly T[], caseInsensitive = true): T {
    const value = this.raw(name)
    const found = allowed.find((a) =>
      caseInsensitive ? a.toLowerCase() === value.toLowerCase() : a === value
    )
    if (found === undefined) {
      this.fail(name, `Input '${name}' is '${value}': allowed values are ${listAllowed(allowed)}.`)
      return INPUT_DEFAULTS[name] as T
    }
    return found
  }

  /** `true`/`false` in any case, as core.getBooleanInput accepts (windows-facts §8.3). */
  boolean(name: InputName): boolean {
    const value = this.raw(name)
    if (/^true$/i.test(value)) return true
    if (/^false$/i.test(value)) return false
    this.fail(name, `Input '${name}' is '${value}': use true or false.`)
    return INPUT_DEFAULTS[name] === 'true'
  }

  optionalBoolean(name: InputName): boolean | undefined {
    return this.raw(name) === '' ? undefined : this.boolean(name)
  }

  integer(name: InputName, min: number, max: number, unit = ''): number {
    const value = this.raw(name)
    const n = /^\d+$/.test(value) ? Number(value) : NaN
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      this.fail(name, `Input '${name}' is '${value}': use a whole number${unit} from ${min} to ${max}.`)
      return Number(INPUT_DEFAULTS[name])
    }
    return n
  }

  list(name: InputName, separator?: RegExp): string[] {
    return splitList(this.raw(name), separator)
  }
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/
const JSON_PATH = /^[^.=\s][^=]*$/
const FEATURE_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/
const SAFE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/
const HOSTING_BUNDLE_SPEC = /^(?:\d+\.\d+|\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/
// Thumbprints copied from certmgr often carry an invisible left-to-right mark and spaces.
const THUMBPRINT_NOISE = /[\s\u200e\u200f\u202a-\u202e:]/g

function nameValues(
  c: Collector,
  name: InputName,
  secret: boolean,
  nameRule: RegExp,
  what: string
): NameValue[] {
  const result: NameValue[] = []
  const seen = new Set<string>()
  c.list(name).forEach((line, index) => {
    const eq = line.indexOf('=')
    const key = eq < 0 ? '' : line.slice(0, eq).trim()
    // A secret line is never quoted back: it may be the secret itself.
    const shown = secret ? `line ${index + 1}` : `'${line}'`
    if (eq < 0 || !nameRule.test(key)) {
      c.fail(
        name,
        `Input '${name}' has ${shown} that is not ${what}=value${eq < 0 ? ' (no `=`)' : ` ('${key}' is not a valid ${what})`}: write one ${what}=value per line.`
      )
      return
    }
    if (seen.has(key.toLowerCase())) {
      c.fail(name, `Input '${name}' sets '${key}' twice: keep one line per ${what}.`)
      return
    }
    seen.add(key.toLowerCase())
    result.push({ name: key, value: line.slice(eq + 1).trim(), secret })
  })
  return result
}

function httpUrl(c: Collector, name: InputName): string | undefined {
  const value = c.string(name)
  if (value === undefined) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    c.fail(name, `Input '${name}' is '${value}', which is not a URL: write it as https://host[:port]/path.`)
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    c.fail(name, `Input '${name}' is '${value}': only http and https URLs are allowed.`)
    return undefined
  }
  return value
}

function parseBinding(text: string): Binding | string {
  const match = /^([A-Za-z]+)\/(\*|\[[0-9A-Fa-f:.]+\]|[0-9.]+):(\d+):(.*)$/.exec(text)
  if (!match) return 'is not protocol/ip:port:host'
  const [, protocol = '', ip = '', portText = '', host = ''] = match
  const lower = protocol.toLowerCase()
  if (!(BINDING_PROTOCOLS as readonly string[]).includes(lower))
    return `has protocol '${protocol}' (use http or https)`
  if (ip !== '*' && !ip.startsWith('[') && !/^(\d{1,3})(\.\d{1,3}){3}$/.test(ip)) return `has IP '${ip}'`
  const port = Number(portText)
  if (!Number.isInteger(port) || port < 1 || port > 65535) return `has port '${portText}' (1 to 65535)`
  if (host !== '' && !/^[A-Za-z0-9*]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(host))
    return `has host name '${host}'`
  return { protocol: lower as BindingProtocol, ip, port, host, text: `${lower}/${ip}:${port}:${host}` }
}

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix
}

function isAbsoluteAnywhere(value: string): boolean {
  return path.win32.isAbsolute(value) || path.posix.isAbsolute(value)
}

/** A relative glob or path inside the app: no drive, no leading slash, no `..` segment. */
function checkRelativeGlobs(c: Collector, name: InputName, values: string[]): string[] {
  return values.map((value) => {
    const normalized = value.replace(/\\/g, '/')
    if (isAbsoluteAnywhere(value) || normalized.split('/').includes('..')) {
      c.fail(name, `Input '${name}' has '${value}': use a path relative to the app folder, without '..'.`)
    }
    return normalized.replace(/^\.\//, '').replace(/\/+$/, '')
  })
}

function defaultReleaseId(context: OptionsContext): string {
  if (context.runNumber)
    return context.runAttempt ? `${context.runNumber}-${context.runAttempt}` : context.runNumber
  // 20261122T101500Z: sorts in time order like the run numbers do.
  return (context.now?.() ?? new Date())
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
}

/** Steps that `steps: all` runs: every step whose inputs are set. */
function stepsForAll(o: {
  target: Target
  iisFeatures: string[]
  hostingBundle: string
  site?: string
  healthCheckUrl?: string
  msdeployUrl?: string
}): PipelineStep[] {
  const remote = o.msdeployUrl !== undefined
  return PIPELINE_STEPS.filter((step) => {
    switch (step) {
      case 'iis-features':
        return o.iisFeatures.length > 0 && o.target === 'iis'
      case 'hosting-bundle':
        return o.hostingBundle !== 'none' && o.target === 'iis'
      // Provisioning, offline and online run appcmd on this machine: not for a remote Web Deploy target.
      case 'provision':
      case 'offline':
      case 'online':
        return o.target === 'iis' && !remote && o.site !== undefined
      case 'web-config':
      case 'sync':
        return true
      case 'health-check':
        return o.healthCheckUrl !== undefined
    }
  })
}

/**
 * Reads and validates every input of the contract. Throws InputErrors with every problem at once; each names the
 * input, the value and what is allowed. Secret inputs are registered with `context.reporter` first.
 */
export function parseDeployOptions(read: InputReader, context: OptionsContext): DeployOptions {
  registerSecretInputs(read, context.reporter)
  const c = new Collector(read)
  const p = pathApi(context.platform)
  const workspace = p.resolve(context.workspace)

  const inWorkspace = (name: InputName, value: string, mustStayInside: boolean): string => {
    const resolved = p.resolve(workspace, value)
    const relative = p.relative(workspace, resolved)
    if (mustStayInside && (relative.startsWith('..') || p.isAbsolute(relative))) {
      c.fail(
        name,
        `Input '${name}' is '${value}', which resolves to '${resolved}' outside the workspace '${workspace}': use a path inside the workspace.`
      )
    }
    return resolved
  }

  // --- source and target
  const sourceRaw = c.raw('source')
  const source = inWorkspace('source', sourceRaw, true)
  const sourceIsZip = /\.zip$/i.test(source)

  const site = c.string('site')
  if (site !== undefined && /["\r\n/\\]/.test(site)) {
    c.fail('site', `Input 'site' is '${site}': a site name cannot contain quotes, slashes or line breaks.`)
  }
  let application = c.raw('application').replace(/\\/g, '/')
  if (!application.startsWith('/')) application = `/${application}`
  if (application.length > 1) application = application.replace(/\/+$/, '')
  if (/["\r\n]|\/\.\.?(\/|$)|\/\//.test(application)) {
    c.fail(
      'application',
      `Input 'application' is '${c.raw('application')}': use a virtual path such as / or /api.`
    )
  }
  const appPool = c.string('app-pool')
  if (appPool !== undefined && /["\r\n]/.test(appPool)) {
    c.fail('app-pool', `Input 'app-pool' is '${appPool}': a pool name cannot contain quotes or line breaks.`)
  }
  const physicalPath = c.string('physical-path')
  if (physicalPath !== undefined && !isAbsoluteAnywhere(physicalPath)) {
    c.fail(
      'physical-path',
      `Input 'physical-path' is '${physicalPath}': use an absolute path on the server, e.g. C:\\inetpub\\MySite.`
    )
  }

  // --- sync
  const methodInput = c.oneOf('method', METHODS)
  const msdeployUrl = httpUrl(c, 'msdeploy-url')
  const method: SyncMethod = methodInput === 'auto' ? (msdeployUrl ? 'msdeploy' : 'robocopy') : methodInput
  if (method === 'robocopy' && msdeployUrl) {
    c.fail(
      'method',
      `Input 'method' is 'robocopy' but 'msdeploy-url' is set: a remote target needs 'method: msdeploy' (or 'auto').`
    )
  }
  const strategy = c.oneOf('strategy', STRATEGIES)
  const releaseId = c.string('release-id') ?? defaultReleaseId(context)
  if (!SAFE_NAME.test(releaseId) || releaseId.length > 100) {
    c.fail(
      'release-id',
      `Input 'release-id' is '${releaseId}': use letters, digits, '.', '_' and '-' (a folder name, at most 100 characters).`
    )
  }
  const keepReleases = c.integer('keep-releases', 1, 1000)
  const takeOffline = c.oneOf('take-offline', TAKE_OFFLINE_MODES)
  const appOfflineRaw = c.string('app-offline-file')
  const appOfflineFile =
    appOfflineRaw === undefined ? undefined : inWorkspace('app-offline-file', appOfflineRaw, false)
  const stopTimeoutMs = c.integer('stop-timeout', 1, 3600, ' of seconds') * 1000
  const killWorkers = c.boolean('kill-workers')
  const keepOfflineOnFailure = c.boolean('keep-offline-on-failure')
  const deleteExtra = c.boolean('delete-extra')
  const exclude = checkRelativeGlobs(c, 'exclude', c.list('exclude'))
  const preserve = checkRelativeGlobs(c, 'preserve', c.list('preserve'))
  const backup = c.boolean('backup')
  const checksum = c.boolean('checksum')

  // --- web.config
  const webConfig = c.oneOf('web-config', WEB_CONFIG_MODES)
  const appName = c.string('app-name')
  if (appName !== undefined && !SAFE_NAME.test(appName)) {
    c.fail(
      'app-name',
      `Input 'app-name' is '${appName}': use the assembly name, e.g. MyApp (no path, no extension).`
    )
  }
  const selfContained = c.optionalBoolean('self-contained')
  const hostingModel = c.isSet('hosting-model') ? c.oneOf('hosting-model', HOSTING_MODELS) : undefined
  const environment = c.string('environment')
  const environmentVariables = [
    ...nameValues(c, 'environment-variables', false, ENV_NAME, 'NAME'),
    ...nameValues(c, 'secret-environment-variables', true, ENV_NAME, 'NAME')
  ]
  const xdtTransforms = c.list('xdt-transforms').map((file) => inWorkspace('xdt-transforms', file, false))

  // --- hosting bundle
  const hostingBundleRaw = c.raw('hosting-bundle')
  const keyword = HOSTING_BUNDLE_KEYWORDS.find((k) => k === hostingBundleRaw.toLowerCase())
  const hostingBundle = keyword ?? hostingBundleRaw
  if (keyword === undefined && !HOSTING_BUNDLE_SPEC.test(hostingBundleRaw)) {
    c.fail(
      'hosting-bundle',
      `Input 'hosting-bundle' is '${hostingBundleRaw}': use none, auto, latest, lts, a channel (8.0) or an exact version (8.0.11).`
    )
  }
  // The step's own parser (windows-facts §1.2: the five documented OPT_NO_* properties), so a name the installer
  // step would refuse is an input error now, before anything on the server changes.
  const hostingBundleArgs = c.list('hosting-bundle-args', /\s+/)
  try {
    parseHostingBundleArgs(hostingBundleArgs)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    c.errors.push(error)
  }
  const hostingBundleUrl = httpUrl(c, 'hosting-bundle-url')
  let hostingBundleSha512 = c.string('hosting-bundle-sha512')?.toLowerCase()
  if (hostingBundleSha512 !== undefined && !/^[0-9a-f]{128}$/.test(hostingBundleSha512)) {
    c.fail(
      'hosting-bundle-sha512',
      `Input 'hosting-bundle-sha512' is '${hostingBundleSha512}': use the 128 hex digits of the installer's SHA-512.`
    )
    hostingBundleSha512 = undefined
  }
  if ((hostingBundleUrl === undefined) !== (c.string('hosting-bundle-sha512') === undefined)) {
    c.fail(
      hostingBundleUrl === undefined ? 'hosting-bundle-url' : 'hosting-bundle-sha512',
      `Inputs 'hosting-bundle-url' and 'hosting-bundle-sha512' go together: set both to install from your own mirror, or neither.`
    )
  }
  const releaseMetadataUrl = httpUrl(c, 'release-metadata-url')
  const restartIis = c.oneOf('restart-iis', RESTART_IIS_POLICIES)

  // --- provisioning
  const create = c.boolean('create')
  const bindings: Binding[] = []
  for (const line of c.list('bindings')) {
    const binding = parseBinding(line)
    if (typeof binding === 'string') {
      c.fail(
        'bindings',
        `Input 'bindings' has '${line}', which ${binding}: write protocol/ip:port:host, e.g. https/*:443:www.example.com.`
      )
    } else bindings.push(binding)
  }
  const poolIdentity = c.oneOf('pool-identity', POOL_IDENTITIES)
  const loadUserProfile = c.boolean('load-user-profile')
  const grantAccess = c.boolean('grant-access')
  const iisFeatures = c.list('iis-features')
  for (const feature of iisFeatures) {
    if (!FEATURE_NAME.test(feature)) {
      c.fail(
        'iis-features',
        `Input 'iis-features' has '${feature}': use feature names such as WebSockets, one per line.`
      )
    }
  }
  let certificateThumbprint = c.string('certificate-thumbprint')?.replace(THUMBPRINT_NOISE, '').toUpperCase()
  if (certificateThumbprint !== undefined && !/^[0-9A-F]{40}$|^[0-9A-F]{64}$/.test(certificateThumbprint)) {
    c.fail(
      'certificate-thumbprint',
      `Input 'certificate-thumbprint' is '${c.raw('certificate-thumbprint')}': use the certificate's 40 hex digit thumbprint.`
    )
    certificateThumbprint = undefined
  }
  const certificateStore = c.raw('certificate-store')
  if (!/^[A-Za-z][A-Za-z0-9 ]*$/.test(certificateStore)) {
    c.fail(
      'certificate-store',
      `Input 'certificate-store' is '${certificateStore}': use a store name such as My or WebHosting.`
    )
  }
  const authentication: DeployOptions['authentication'] = []
  for (const line of c.list('authentication')) {
    const match = /^([A-Za-z]+)\s*=\s*(true|false)$/i.exec(line)
    const kind = AUTHENTICATION_KINDS.find((k) => k === match?.[1]?.toLowerCase())
    if (!match || !kind) {
      c.fail(
        'authentication',
        `Input 'authentication' has '${line}': write kind=true|false per line, kind one of ${listAllowed(AUTHENTICATION_KINDS)}.`
      )
      continue
    }
    authentication.push({ kind, enabled: match[2]?.toLowerCase() === 'true' })
  }
  const poolEnvironmentVariables = [
    ...nameValues(c, 'pool-environment-variables', false, ENV_NAME, 'NAME'),
    ...nameValues(c, 'secret-pool-environment-variables', true, ENV_NAME, 'NAME')
  ]

  // --- JSON variables
  const jsonVariables = [
    ...nameValues(c, 'json-variables', false, JSON_PATH, 'Path.To.Key'),
    ...nameValues(c, 'secret-json-variables', true, JSON_PATH, 'Path.To.Key')
  ]
  const jsonFiles = checkRelativeGlobs(c, 'json-files', c.list('json-files'))
  const jsonAddMissing = c.boolean('json-add-missing')

  // --- remote Web Deploy
  const msdeployUsername = c.string('msdeploy-username')
  const msdeployPassword = read('msdeploy-password') || undefined
  const msdeployAuthType = c.oneOf('msdeploy-auth-type', MSDEPLOY_AUTH_TYPES)
  const allowUntrusted = c.boolean('allow-untrusted')

  // --- health check
  const healthCheckUrl = httpUrl(c, 'health-check-url')
  const healthCheckHost = c.string('health-check-host')
  if (healthCheckHost !== undefined && !/^[A-Za-z0-9.-]+(:\d+)?$/.test(healthCheckHost)) {
    c.fail(
      'health-check-host',
      `Input 'health-check-host' is '${healthCheckHost}': use a host name such as www.example.com.`
    )
  }
  const healthCheckStatus: number[] = []
  for (const code of c.list('health-check-status', /,/)) {
    const n = /^\d{3}$/.test(code) ? Number(code) : NaN
    if (!(n >= 100 && n <= 599)) {
      c.fail(
        'health-check-status',
        `Input 'health-check-status' has '${code}': use HTTP status codes (100-599), comma separated.`
      )
    } else healthCheckStatus.push(n)
  }
  const healthCheckContains = c.string('health-check-contains')
  const healthCheckTimeoutMs = c.integer('health-check-timeout', 1, 3600, ' of seconds') * 1000
  const rollback = c.boolean('rollback')
  const target = c.oneOf('target', TARGETS)
  const dryRun = c.boolean('dry-run')
  const appcmdPath = c.string('appcmd-path')
  const msdeployPath = c.string('msdeploy-path')
  const iisexpressPath = c.string('iisexpress-path')

  // --- steps
  const stepsRaw = c.list('steps', /,/).map((s) => s.toLowerCase())
  const allSteps = stepsRaw.length === 0 || (stepsRaw.length === 1 && stepsRaw[0] === 'all')
  let steps: PipelineStep[]
  if (allSteps) {
    steps = stepsForAll({ target, iisFeatures, hostingBundle, site, healthCheckUrl, msdeployUrl })
  } else {
    for (const step of stepsRaw) {
      if (!(PIPELINE_STEPS as readonly string[]).includes(step)) {
        c.fail(
          'steps',
          `Input 'steps' has '${step}': allowed are 'all' or a comma list of ${listAllowed(PIPELINE_STEPS)}.`
        )
      }
    }
    steps = PIPELINE_STEPS.filter((s) => stepsRaw.includes(s))
  }

  // --- combinations (only what the selected steps need)
  const remote = msdeployUrl !== undefined
  // Local IIS tells us the pool and the folder; a remote Web Deploy target is addressed by site name.
  const needsSite = steps.filter(
    (s) =>
      s === 'provision' ||
      s === 'offline' ||
      s === 'online' ||
      (s === 'sync' && (remote || strategy === 'releases' || physicalPath === undefined))
  )
  if (target === 'iis' && site === undefined && needsSite.length > 0) {
    c.fail('site', `Input 'site' is required for the steps ${needsSite.join(', ')}: set the IIS site name.`)
  }
  if (create && physicalPath === undefined && target === 'iis') {
    c.fail(
      'physical-path',
      `Input 'physical-path' is required with 'create: true': set the folder the new site or application serves.`
    )
  }
  if (remote) {
    if (create)
      c.fail(
        'create',
        `Input 'create' is 'true' but 'msdeploy-url' is set: a remote target is provisioned on its server, not through Web Deploy.`
      )
    if (strategy === 'releases')
      c.fail(
        'strategy',
        `Input 'strategy' is 'releases' but 'msdeploy-url' is set: release folders need local IIS; use 'strategy: in-place' for a remote target.`
      )
    if (takeOffline === 'stop-pool' || takeOffline === 'both') {
      c.fail(
        'take-offline',
        `Input 'take-offline' is '${takeOffline}' but 'msdeploy-url' is set: a remote pool cannot be stopped; use 'app-offline' or 'auto'.`
      )
    }
    if (target === 'iis-express')
      c.fail(
        'target',
        `Input 'target' is 'iis-express' but 'msdeploy-url' is set: IIS Express runs on this machine only.`
      )
  } else {
    if (msdeployUsername !== undefined || msdeployPassword !== undefined) {
      context.reporter.warning(
        `Inputs 'msdeploy-username'/'msdeploy-password' are ignored: 'msdeploy-url' is not set, so the target is local.`
      )
    }
  }
  // msdeploy parses its own command line: values it cannot carry are refused now, not half-way through the run.
  if (method === 'msdeploy') {
    const carried: Array<[InputName, string | undefined, boolean]> = [
      ['msdeploy-password', msdeployPassword, true],
      ['msdeploy-username', msdeployUsername, false],
      ['site', site, false]
    ]
    for (const [name, value, secret] of carried) {
      const problem = value === undefined ? undefined : msDeployValueProblem(value)
      if (problem) {
        c.fail(
          name,
          `Input '${name}'${secret ? '' : ` is '${value}' and`} cannot be passed to msdeploy: ${problem}.`
        )
      }
    }
  }
  if (
    msdeployPassword !== undefined &&
    msdeployUsername === undefined &&
    remote &&
    msdeployAuthType === 'Basic'
  ) {
    c.fail(
      'msdeploy-username',
      `Input 'msdeploy-username' is empty but 'msdeploy-password' is set: Basic authentication needs both.`
    )
  }
  if (
    webConfig === 'skip' &&
    (environment !== undefined || environmentVariables.length > 0 || xdtTransforms.length > 0)
  ) {
    c.fail(
      'web-config',
      `Input 'web-config' is 'skip' but environment, environment variables or XDT transforms are set: use 'web-config: transform' to write them.`
    )
  }
  if (steps.includes('health-check') && healthCheckUrl === undefined) {
    c.fail('health-check-url', `Input 'health-check-url' is required when 'steps' lists health-check.`)
  }
  if (!allSteps && steps.includes('offline') !== steps.includes('online')) {
    c.fail(
      'steps',
      `Input 'steps' lists ${steps.includes('offline') ? 'offline without online' : 'online without offline'}: list both, so the app never stays offline.`
    )
  }
  if (certificateThumbprint === undefined && create && bindings.some((b) => b.protocol === 'https')) {
    context.reporter.warning(
      `A created https binding has no certificate: set 'certificate-thumbprint', or bind one yourself.`
    )
  }

  if (c.errors.length > 0) throw new InputErrors(c.errors)

  return {
    source,
    sourceIsZip,
    site,
    application,
    appPool,
    physicalPath,
    steps,
    allSteps,
    method,
    strategy,
    releaseId,
    keepReleases,
    takeOffline,
    appOfflineFile,
    stopTimeoutMs,
    killWorkers,
    keepOfflineOnFailure,
    deleteExtra,
    exclude,
    preserve,
    backup,
    webConfig,
    appName,
    selfContained,
    hostingModel,
    environment,
    environmentVariables,
    xdtTransforms,
    hostingBundle,
    hostingBundleArgs,
    hostingBundleUrl,
    hostingBundleSha512,
    releaseMetadataUrl,
    restartIis,
    create,
    bindings,
    poolIdentity,
    loadUserProfile,
    grantAccess,
    iisFeatures,
    certificateThumbprint,
    certificateStore,
    authentication,
    poolEnvironmentVariables,
    jsonVariables,
    jsonFiles,
    jsonAddMissing,
    msdeployUrl,
    msdeployUsername,
    msdeployPassword,
    msdeployAuthType,
    allowUntrusted,
    checksum,
    healthCheckUrl,
    healthCheckHost,
    healthCheckStatus,
    healthCheckContains,
    healthCheckTimeoutMs,
    rollback,
    target,
    dryRun,
    appcmdPath,
    msdeployPath,
    iisexpressPath,
    workspace,
    tempDir: context.env.RUNNER_TEMP || context.env.AGENT_TEMPDIRECTORY || os.tmpdir()
  }
}
