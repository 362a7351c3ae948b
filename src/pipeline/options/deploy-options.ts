// The typed result of reading the inputs (contract §1), and what an adapter hands the reader. The fields follow
// the schema (./schema.ts): the check at the end fails to compile when an input fills no field or a field is
// filled by no input.

import type { Reporter } from '../../core/ports.js'
import type { RestartIisPolicy } from '../../steps/hosting-bundle/inputs.js'
import type {
  AuthenticationKind,
  PoolIdentity,
  PoolIdentityType,
  SiteBinding
} from '../../steps/iis/appcmd.js'
import type { PfxCertificate } from '../../steps/iis/certificate.js'
import type { PipelineMode, RuntimeVersionInput, StartMode } from '../../steps/iis/pool-settings.js'
import type { VirtualDirectory } from '../../steps/iis/virtual-directories.js'
import type { AppKindInput } from '../../steps/web-config/app-kind.js'
import type { BindingProtocol } from '../../steps/iis/bindings.js'
import type {
  INPUT_SCHEMA,
  HOSTING_MODELS,
  METHODS,
  MSDEPLOY_AUTH_TYPES,
  PipelineStep,
  STRATEGIES,
  TAKE_OFFLINE_MODES,
  TARGETS,
  WEB_CONFIG_MODES,
  SUB_APPLICATION_HANDLER_MODES,
  ACTIONS
} from './schema.js'

export type SyncMethod = Exclude<(typeof METHODS)[number], 'auto'>
export type Strategy = (typeof STRATEGIES)[number]
export type TakeOfflineMode = (typeof TAKE_OFFLINE_MODES)[number]
export type WebConfigMode = (typeof WEB_CONFIG_MODES)[number]
export type HostingModel = (typeof HOSTING_MODELS)[number]
export type MsDeployAuthType = (typeof MSDEPLOY_AUTH_TYPES)[number]
export type Target = (typeof TARGETS)[number]
export type SubApplicationHandlerMode = (typeof SUB_APPLICATION_HANDLER_MODES)[number]
export type ManageAction = (typeof ACTIONS)[number]
export type {
  AuthenticationKind,
  BindingProtocol,
  PoolIdentity,
  RestartIisPolicy,
  RestartIisPolicy as RestartIisMode
}

/** One `NAME=value` pair of an environment-variable or JSON-variable list. */
export interface NameValue {
  name: string
  value: string
  /** True when it came from a `secret-*` input: the value is masked everywhere. */
  secret: boolean
}

/** One `protocol/ip:port:host` site binding, as the bindings step parses it, with its text as appcmd writes it. */
export type Binding = SiteBinding & {
  protocol: BindingProtocol
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
  poolIdentity: PoolIdentityType
  /** The account of a SpecificUser pool (`DOMAIN\\user`, a gMSA `DOMAIN\\name$`). */
  poolUsername?: string
  /** Its password (secret; empty for a gMSA). Travels on stdin only (steps/iis/pool-identity.ts). */
  poolPassword?: string
  /** What the app is: `auto` (detected), `aspnetcore`, `netframework` or `static`. */
  appKind: AppKindInput
  /** The pool's CLR: `auto` (from the app kind), `No Managed Code`, `v4.0`, `v2.0`. */
  poolRuntimeVersion: RuntimeVersionInput
  poolPipelineMode: PipelineMode
  /** enable32BitAppOnWin64; undefined: left as it is. */
  pool32bit?: boolean
  /** OnDemand or AlwaysRunning (with the application's preloadEnabled); undefined: left as it is. */
  poolStartMode?: StartMode
  /** processModel.idleTimeout, canonical `hh:mm:ss`. */
  poolIdleTimeout?: string
  /** recycling.periodicRestart.time. */
  poolRecycleTime?: string
  /** recycling.periodicRestart.schedule, times of day; undefined: left as it is. */
  poolRecycleSchedule?: string[]
  poolQueueLength?: number
  poolRapidFailProtection?: boolean
  poolRapidFailInterval?: string
  poolRapidFailMaxCrashes?: number
  /** Virtual directories under the application. */
  virtualDirectories: VirtualDirectory[]
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
  /** A PFX to import into LocalMachine\My (from `certificate-pfx` or `certificate-pfx-file`), read and checked. */
  certificatePfx?: PfxCertificate
  /** `certificate-pfx-file` resolved in the workspace. */
  certificatePfxFile?: string
  /** Registered as a secret before anything else. */
  certificatePfxPassword?: string
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
  /** `xml-variables`/`secret-xml-variables`: values set by name in the .config files (docs/xml-variables.md). */
  xmlVariables: NameValue[]
  /** .config files (relative to the app root, globs) the XML variables are written into. */
  xmlFiles: string[]
  /** A Web Deploy package's SetParameters.xml (absolute, in the workspace). */
  setParametersFile?: string
  /** Web Deploy package parameters, plain then secret (secret values go in a file, never on a command line). */
  setParameters: NameValue[]
  /** Extra msdeploy skip rules, in msdeploy's skip syntax (vetted by the sync step). */
  msdeploySkip: string[]
  /** Extra msdeploy arguments from the allow-list (-enableRule:, -disableRule:, -retryAttempts: ...). */
  msdeployFlags: string[]
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
  /** After a failed start or health check, collect the evidence and explain it (docs/diagnosis.md). */
  diagnose: boolean
  /**
   * Turn the ASP.NET Core Module's stdout log on in the deployed web.config for the first start, and off again
   * after it (docs/diagnosis.md "The stdout log for the first start").
   */
  diagnoseStdoutLog: boolean
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
  /**
   * Machine-wide folder for the deploy lock, ledgers and in-place backups (absolute, never inside the source).
   * Undefined = the default, resolved at run time (`%ProgramData%\\iis-deploy` on Windows).
   */
  stateDir?: string
  // Issue 13 part A.
  /**
   * An application below another one (`application` other than `/`): `auto` adds `<remove name="aspNetCore" />`
   * to its web.config when the parent's web.config passes its handler down; `remove` always; `keep` never.
   */
  subApplicationHandler: SubApplicationHandlerMode
  /**
   * `bindings` was set to something else than its default: with `create` an existing site is brought to it, without
   * it a difference is reported as drift.
   */
  bindingsGiven: boolean
  /** With `create`, remove an existing site's bindings that `bindings` does not list. */
  replaceBindings: boolean
  /** argv (program first) run before the server is taken offline, to drain it from a load balancer. */
  drainCommand: string[]
  /** URL called (HTTP POST) before the server is taken offline. */
  drainUrl?: string
  /** argv run once the server is healthy again. */
  undrainCommand: string[]
  /** URL called (HTTP POST) once the server is healthy again. */
  undrainUrl?: string
  /** `deploy` (default), or a manage action on the pool, site or application. */
  action: ManageAction
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

// ---------------------------------------------------------------------------------------------------------------
// Compile-time check: the schema and DeployOptions describe the same inputs.

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S
type FieldOf<Spec> = Spec extends { option: infer Field }
  ? Field
  : Spec extends { name: infer N extends string }
    ? CamelCase<N>
    : never
type FilledByInputs = FieldOf<(typeof INPUT_SCHEMA)[number]>
/** Fields computed from other inputs or from the adapter's context, not read from an input of their own. */
type DerivedFields = 'sourceIsZip' | 'allSteps' | 'workspace' | 'tempDir' | 'bindingsGiven'
type FieldsWithoutInput = Exclude<keyof DeployOptions, FilledByInputs | DerivedFields>
type InputsWithoutField = Exclude<FilledByInputs, keyof DeployOptions>
export const SCHEMA_MATCHES_OPTIONS: [FieldsWithoutInput, InputsWithoutField] extends [never, never]
  ? true
  : never = true
