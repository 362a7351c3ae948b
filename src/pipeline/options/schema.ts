// Every input of the contract, declared once (contract §1): name, type, default, the pipeline steps that use it,
// whether it is secret, and the DeployOptions field it fills. INPUT_DEFAULTS, INPUT_NAMES and SECRET_INPUTS are
// derived from this table; action.yml (and from it task.json, the README table and the CLI's --<input> options)
// is checked against it by __tests__/adapters/metadata.test.ts, and deploy-options.ts checks at compile time that
// every DeployOptions field is filled by an input here.

import { RESTART_IIS_POLICIES } from '../../steps/hosting-bundle/inputs.js'
import { AUTHENTICATION_KINDS, POOL_IDENTITIES, POOL_IDENTITY_TYPES } from '../../steps/iis/appcmd.js'
import { PIPELINE_MODES, RUNTIME_VERSIONS, START_MODES } from '../../steps/iis/pool-settings.js'
import { APP_KINDS } from '../../steps/web-config/app-kind.js'
import { BINDING_PROTOCOLS } from '../../steps/iis/bindings.js'
import { DEFAULT_PRESERVE } from '../../steps/sync/planner.js'

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
export const STRATEGIES = ['in-place', 'releases'] as const
export const TAKE_OFFLINE_MODES = ['auto', 'app-offline', 'stop-pool', 'both', 'none'] as const
export const WEB_CONFIG_MODES = ['validate', 'transform', 'skip'] as const
export const HOSTING_MODELS = ['inprocess', 'outofprocess'] as const
export const MSDEPLOY_AUTH_TYPES = ['Basic', 'NTLM'] as const
export const TARGETS = ['iis', 'iis-express'] as const
export const HOSTING_BUNDLE_KEYWORDS = ['none', 'auto', 'latest', 'lts'] as const
export const SUB_APPLICATION_HANDLER_MODES = ['auto', 'remove', 'keep'] as const
export const ACTIONS = ['deploy', 'start', 'stop', 'recycle', 'remove'] as const
// The steps own these value lists; the options read the same ones.
export {
  AUTHENTICATION_KINDS,
  BINDING_PROTOCOLS,
  POOL_IDENTITIES,
  POOL_IDENTITY_TYPES,
  RESTART_IIS_POLICIES as RESTART_IIS_MODES,
  RESTART_IIS_POLICIES
}

/** The type column of the README table (scripts/action-yml.mjs `inputType` derives the same from action.yml). */
export type InputType = 'String' | 'Boolean' | 'List' | 'Number'

export interface InputSpec {
  readonly name: string
  readonly type: InputType
  /** The contract default; '' = none. */
  readonly default: string
  /** The pipeline steps that read it; empty = the whole run (target, source, dry run...). */
  readonly steps: readonly PipelineStep[]
  /** Whole value (msdeploy-password) or every value of a `NAME=value` list is a secret. */
  readonly secret?: true
  /** The DeployOptions field it fills, when not the camelCase name. */
  readonly option?: string
  /** The values a pick list offers (task.json), when fixed. */
  readonly allowed?: readonly string[]
}

const IIS_LOCAL = ['provision', 'offline', 'online'] as const

export const INPUT_SCHEMA = [
  { name: 'source', type: 'String', default: 'publish', steps: [] },
  { name: 'site', type: 'String', default: '', steps: [] },
  { name: 'application', type: 'String', default: '/', steps: [] },
  { name: 'app-pool', type: 'String', default: '', steps: IIS_LOCAL },
  { name: 'physical-path', type: 'String', default: '', steps: ['provision', 'sync'] },
  { name: 'steps', type: 'String', default: 'all', steps: [] },
  { name: 'method', type: 'String', default: 'auto', steps: ['sync'], allowed: METHODS },
  { name: 'strategy', type: 'String', default: 'in-place', steps: ['sync'], allowed: STRATEGIES },
  { name: 'release-id', type: 'String', default: '', steps: ['sync'] },
  { name: 'keep-releases', type: 'Number', default: '5', steps: ['sync'] },
  {
    name: 'take-offline',
    type: 'String',
    default: 'auto',
    steps: ['offline', 'online'],
    allowed: TAKE_OFFLINE_MODES
  },
  { name: 'app-offline-file', type: 'String', default: '', steps: ['offline'] },
  { name: 'stop-timeout', type: 'Number', default: '120', steps: ['offline'], option: 'stopTimeoutMs' },
  { name: 'kill-workers', type: 'Boolean', default: 'false', steps: ['offline'] },
  { name: 'keep-offline-on-failure', type: 'Boolean', default: 'false', steps: ['online'] },
  { name: 'delete-extra', type: 'Boolean', default: 'false', steps: ['sync'] },
  { name: 'exclude', type: 'List', default: '', steps: ['sync'] },
  { name: 'preserve', type: 'List', default: DEFAULT_PRESERVE.join('\n'), steps: ['sync'] },
  { name: 'backup', type: 'Boolean', default: 'true', steps: ['sync'] },
  {
    name: 'web-config',
    type: 'String',
    default: 'validate',
    steps: ['web-config'],
    allowed: WEB_CONFIG_MODES
  },
  { name: 'app-name', type: 'String', default: '', steps: ['web-config', 'hosting-bundle'] },
  { name: 'self-contained', type: 'Boolean', default: '', steps: ['web-config'] },
  {
    name: 'hosting-model',
    type: 'String',
    default: '',
    steps: ['web-config'],
    allowed: ['', ...HOSTING_MODELS]
  },
  { name: 'environment', type: 'String', default: '', steps: ['web-config'] },
  { name: 'environment-variables', type: 'List', default: '', steps: ['web-config'] },
  {
    name: 'secret-environment-variables',
    type: 'List',
    default: '',
    steps: ['web-config'],
    secret: true,
    option: 'environmentVariables'
  },
  { name: 'xdt-transforms', type: 'List', default: '', steps: ['web-config'] },
  { name: 'hosting-bundle', type: 'String', default: 'none', steps: ['hosting-bundle'] },
  { name: 'hosting-bundle-args', type: 'String', default: '', steps: ['hosting-bundle'] },
  { name: 'hosting-bundle-url', type: 'String', default: '', steps: ['hosting-bundle'] },
  { name: 'hosting-bundle-sha512', type: 'String', default: '', steps: ['hosting-bundle'] },
  { name: 'release-metadata-url', type: 'String', default: '', steps: ['hosting-bundle'] },
  {
    name: 'restart-iis',
    type: 'String',
    default: 'auto',
    steps: ['hosting-bundle'],
    allowed: RESTART_IIS_POLICIES
  },
  { name: 'create', type: 'Boolean', default: 'false', steps: ['provision'] },
  { name: 'bindings', type: 'List', default: 'http/*:80:', steps: ['provision'] },
  {
    name: 'pool-identity',
    type: 'String',
    default: 'ApplicationPoolIdentity',
    steps: ['provision'],
    allowed: POOL_IDENTITY_TYPES
  },
  // Issue 13: the pool's identity account and advanced settings, virtual directories, and what kind of app it is.
  { name: 'pool-username', type: 'String', default: '', steps: ['provision'] },
  { name: 'pool-password', type: 'String', default: '', steps: ['provision'], secret: true },
  {
    name: 'app-kind',
    type: 'String',
    default: 'auto',
    steps: ['provision', 'web-config'],
    allowed: APP_KINDS
  },
  {
    name: 'pool-runtime-version',
    type: 'String',
    default: 'auto',
    steps: ['provision'],
    allowed: RUNTIME_VERSIONS
  },
  {
    name: 'pool-pipeline-mode',
    type: 'String',
    default: 'Integrated',
    steps: ['provision'],
    allowed: PIPELINE_MODES
  },
  { name: 'pool-32bit', type: 'String', default: '', steps: ['provision'] },
  {
    name: 'pool-start-mode',
    type: 'String',
    default: '',
    steps: ['provision'],
    allowed: ['', ...START_MODES]
  },
  { name: 'pool-idle-timeout', type: 'String', default: '', steps: ['provision'] },
  { name: 'pool-recycle-time', type: 'String', default: '', steps: ['provision'] },
  { name: 'pool-recycle-schedule', type: 'List', default: '', steps: ['provision'] },
  { name: 'pool-queue-length', type: 'String', default: '', steps: ['provision'] },
  { name: 'pool-rapid-fail-protection', type: 'String', default: '', steps: ['provision'] },
  { name: 'pool-rapid-fail-interval', type: 'String', default: '', steps: ['provision'] },
  { name: 'pool-rapid-fail-max-crashes', type: 'String', default: '', steps: ['provision'] },
  { name: 'virtual-directories', type: 'List', default: '', steps: ['provision'] },
  { name: 'load-user-profile', type: 'Boolean', default: 'true', steps: ['provision'] },
  { name: 'grant-access', type: 'Boolean', default: 'true', steps: ['provision'] },
  { name: 'iis-features', type: 'List', default: '', steps: ['iis-features'] },
  { name: 'certificate-thumbprint', type: 'String', default: '', steps: ['provision'] },
  { name: 'certificate-store', type: 'String', default: 'My', steps: ['provision'] },
  // Issue 13: a PFX from the pipeline, imported into LocalMachine\My (docs/certificates.md).
  { name: 'certificate-pfx', type: 'String', default: '', steps: ['provision'], secret: true },
  { name: 'certificate-pfx-file', type: 'String', default: '', steps: ['provision'] },
  { name: 'certificate-pfx-password', type: 'String', default: '', steps: ['provision'], secret: true },
  { name: 'authentication', type: 'List', default: '', steps: ['provision'] },
  { name: 'pool-environment-variables', type: 'List', default: '', steps: ['provision'] },
  {
    name: 'secret-pool-environment-variables',
    type: 'List',
    default: '',
    steps: ['provision'],
    secret: true,
    option: 'poolEnvironmentVariables'
  },
  { name: 'json-variables', type: 'List', default: '', steps: ['web-config'] },
  {
    name: 'secret-json-variables',
    type: 'List',
    default: '',
    steps: ['web-config'],
    secret: true,
    option: 'jsonVariables'
  },
  { name: 'json-files', type: 'List', default: 'appsettings.json', steps: ['web-config'] },
  { name: 'json-add-missing', type: 'Boolean', default: 'false', steps: ['web-config'] },
  // Parity part C: XML variables, Web Deploy packages, vetted msdeploy skips and flags.
  { name: 'xml-variables', type: 'List', default: '', steps: ['web-config'] },
  {
    name: 'secret-xml-variables',
    type: 'List',
    default: '',
    steps: ['web-config'],
    secret: true,
    option: 'xmlVariables'
  },
  { name: 'xml-files', type: 'List', default: '**/*.config', steps: ['web-config'] },
  { name: 'set-parameters-file', type: 'String', default: '', steps: ['sync'] },
  { name: 'set-parameters', type: 'List', default: '', steps: ['sync'] },
  {
    name: 'secret-set-parameters',
    type: 'List',
    default: '',
    steps: ['sync'],
    secret: true,
    option: 'setParameters'
  },
  { name: 'msdeploy-skip', type: 'List', default: '', steps: ['sync'] },
  { name: 'msdeploy-flags', type: 'List', default: '', steps: ['sync'] },
  { name: 'msdeploy-url', type: 'String', default: '', steps: ['sync', 'offline', 'online'] },
  { name: 'msdeploy-username', type: 'String', default: '', steps: ['sync', 'offline', 'online'] },
  {
    name: 'msdeploy-password',
    type: 'String',
    default: '',
    steps: ['sync', 'offline', 'online'],
    secret: true
  },
  {
    name: 'msdeploy-auth-type',
    type: 'String',
    default: 'Basic',
    steps: ['sync', 'offline', 'online'],
    allowed: MSDEPLOY_AUTH_TYPES
  },
  { name: 'allow-untrusted', type: 'Boolean', default: 'false', steps: ['sync', 'health-check'] },
  { name: 'checksum', type: 'Boolean', default: 'false', steps: ['sync'] },
  { name: 'health-check-url', type: 'String', default: '', steps: ['health-check'] },
  { name: 'health-check-host', type: 'String', default: '', steps: ['health-check'] },
  { name: 'health-check-status', type: 'Number', default: '200', steps: ['health-check'] },
  { name: 'health-check-contains', type: 'String', default: '', steps: ['health-check'] },
  {
    name: 'health-check-timeout',
    type: 'Number',
    default: '60',
    steps: ['health-check'],
    option: 'healthCheckTimeoutMs'
  },
  { name: 'rollback', type: 'Boolean', default: 'true', steps: [] },
  { name: 'diagnose', type: 'Boolean', default: 'true', steps: [] },
  { name: 'diagnose-stdout-log', type: 'Boolean', default: 'false', steps: [] },
  { name: 'target', type: 'String', default: 'iis', steps: [], allowed: TARGETS },
  { name: 'dry-run', type: 'Boolean', default: 'false', steps: [] },
  { name: 'appcmd-path', type: 'String', default: '', steps: [] },
  { name: 'msdeploy-path', type: 'String', default: '', steps: ['sync', 'offline', 'online'] },
  { name: 'iisexpress-path', type: 'String', default: '', steps: [] },
  { name: 'state-dir', type: 'String', default: '', steps: [] },
  // Issue 13 part A: sub-applications, bindings of an existing site, web farm drain hooks, manage actions.
  {
    name: 'sub-application-handler',
    type: 'String',
    default: 'auto',
    steps: ['web-config'],
    allowed: SUB_APPLICATION_HANDLER_MODES
  },
  { name: 'replace-bindings', type: 'Boolean', default: 'false', steps: ['provision'] },
  { name: 'drain-command', type: 'List', default: '', steps: [] },
  { name: 'drain-url', type: 'String', default: '', steps: [] },
  { name: 'undrain-command', type: 'List', default: '', steps: [] },
  { name: 'undrain-url', type: 'String', default: '', steps: [] },
  { name: 'action', type: 'String', default: 'deploy', steps: [], allowed: ACTIONS }
] as const satisfies readonly InputSpec[]

export type InputName = (typeof INPUT_SCHEMA)[number]['name']

/** Every input of the contract, with its default ('' = none). action.yml, task.json and the CLI follow this list. */
export const INPUT_DEFAULTS = Object.fromEntries(INPUT_SCHEMA.map((i) => [i.name, i.default])) as {
  readonly [Entry in (typeof INPUT_SCHEMA)[number] as Entry['name']]: Entry['default']
}

export const INPUT_NAMES: InputName[] = INPUT_SCHEMA.map((i) => i.name)

/** Inputs whose whole value (msdeploy-password) or whose values (`NAME=value` lists) are secrets. */
export const SECRET_INPUTS = INPUT_SCHEMA.filter((i): i is Extract<typeof i, { secret: true }> =>
  'secret' in i ? i.secret : false
).map((i) => i.name)

/** The declaration of one input. */
export function inputSpec(name: InputName): InputSpec {
  return INPUT_SCHEMA.find((i) => i.name === name) as InputSpec
}
