// The inputs of each pipeline area, read and checked. Every rule a step has is the step's own function, called
// here (so a value accepted now is a value the step accepts later, before anything on the server changed):
// bindings, IIS names, application paths, pool identities, authentication kinds and pool environment variables
// (src/steps/iis), release ids and exclude/preserve patterns (src/steps/sync), IIS feature names (iis-features),
// hosting bundle inputs (src/steps/hosting-bundle). What no step owns (paths inside the workspace, URLs, numbers)
// is checked by the readers.

import path from 'node:path'
import { parseHostingBundleArgs, parseHostingBundleInputs } from '../../steps/hosting-bundle/inputs.js'
import { formatBinding } from '../../steps/iis/appcmd.js'
import { parseBindings } from '../../steps/iis/bindings.js'
import { resolveIisFeatures } from '../../steps/iis/iis-features.js'
import {
  parseApplicationPath,
  parseAuthenticationLine,
  parsePoolIdentity,
  poolEnvironmentVariableProblems,
  validateIisName
} from '../../steps/iis/inputs.js'
import { normalizeThumbprint } from '../../steps/iis/provision.js'
import { parsePatternList } from '../../steps/sync/glob.js'
import { buildMsDeploySkipRules, formatSkipArgument } from '../../steps/sync/msdeploy.js'
import { buildRobocopyExclusions } from '../../steps/sync/robocopy.js'
import { parsePreserveList } from '../../steps/sync/planner.js'
import { validateReleaseId } from '../../steps/sync/releases.js'
import type { Binding, DeployOptions, OptionsContext } from './deploy-options.js'
import { isAbsoluteAnywhere, type InputCollector } from './read-inputs.js'
import {
  HOSTING_BUNDLE_KEYWORDS,
  HOSTING_MODELS,
  METHODS,
  MSDEPLOY_AUTH_TYPES,
  RESTART_IIS_POLICIES,
  STRATEGIES,
  TAKE_OFFLINE_MODES,
  TARGETS,
  WEB_CONFIG_MODES,
  type InputName
} from './schema.js'

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/
const JSON_PATH = /^[^.=\s][^=]*$/
const SAFE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/
const HOSTING_BUNDLE_SPEC = /^(?:\d+\.\d+|\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/

/** What every area reader gets: the collector, the adapter's context and the workspace path rules. */
export interface ReadScope {
  c: InputCollector
  context: OptionsContext
  /** Path rules of the runner's platform. */
  p: path.PlatformPath
  workspace: string
}

export function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix
}

/** Resolves a workspace-relative path; with `mustStayInside`, one that leaves the workspace is refused. */
export function inWorkspace(
  scope: ReadScope,
  name: InputName,
  value: string,
  mustStayInside: boolean
): string {
  const { p, workspace, c } = scope
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

/** A relative path inside the app (json-files): no drive, no leading slash, no `..` segment. */
function relativeGlobs(c: InputCollector, name: InputName, values: string[]): string[] {
  return values.map((value) => {
    const normalized = value.replace(/\\/g, '/')
    if (isAbsoluteAnywhere(value) || normalized.split('/').includes('..')) {
      c.fail(name, `Input '${name}' has '${value}': use a path relative to the app folder, without '..'.`)
    }
    return normalizeListPath(value)
  })
}

/** `a\b/`, `./a/b` → `a/b`: the form the steps receive. */
function normalizeListPath(value: string): string {
  return value.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '')
}

export function readTargetInputs(scope: ReadScope) {
  const { c } = scope
  const source = inWorkspace(scope, 'source', c.raw('source'), true)
  const site = c.string('site')
  if (site !== undefined) c.fromStep(() => validateIisName('site', site), undefined)
  const application = c.fromStep(() => parseApplicationPath(c.raw('application')), '/')
  const appPool = c.string('app-pool')
  if (appPool !== undefined) c.fromStep(() => validateIisName('app-pool', appPool), undefined)
  const physicalPath = c.string('physical-path')
  if (physicalPath !== undefined && !isAbsoluteAnywhere(physicalPath)) {
    c.fail(
      'physical-path',
      `Input 'physical-path' is '${physicalPath}': use an absolute path on the server, e.g. C:\\inetpub\\MySite.`
    )
  }
  const stateDir = c.absolutePath('state-dir', 'C:\\ProgramData\\iis-deploy')
  return {
    source,
    sourceIsZip: /\.zip$/i.test(source),
    site,
    application,
    appPool,
    physicalPath,
    stateDir,
    target: c.oneOf('target', TARGETS),
    dryRun: c.boolean('dry-run'),
    rollback: c.boolean('rollback'),
    diagnose: c.boolean('diagnose'),
    diagnoseStdoutLog: c.boolean('diagnose-stdout-log'),
    appcmdPath: c.string('appcmd-path'),
    msdeployPath: c.string('msdeploy-path'),
    iisexpressPath: c.string('iisexpress-path')
  }
}

export function readSyncInputs(scope: ReadScope, defaultReleaseId: string) {
  const { c } = scope
  const msdeployUrl = c.httpUrl('msdeploy-url')
  const methodInput = c.oneOf('method', METHODS)
  const releaseId = c.string('release-id') ?? defaultReleaseId
  c.fromStep(() => validateReleaseId(releaseId), releaseId)
  const method = methodInput === 'auto' ? (msdeployUrl ? 'msdeploy' : 'robocopy') : methodInput
  const strategy = c.oneOf('strategy', STRATEGIES)
  // A trailing `/` stays: it means "folders only" to the sync steps.
  const exclude = c.list('exclude').map((value) => value.replace(/\\/g, '/').replace(/^\.\//, ''))
  const preserve = c.list('preserve').map(normalizeListPath)
  // The sync method's own translation: what robocopy (/XF, /XD) or msdeploy (-skip) cannot express is refused now.
  c.fromStep(() => {
    parsePatternList(exclude, 'exclude')
    parsePreserveList(preserve)
    if (method === 'msdeploy') buildMsDeploySkipRules(exclude, preserve).map(formatSkipArgument)
    else if (strategy === 'in-place') buildRobocopyExclusions('C:\\source', 'C:\\target', exclude, preserve)
  }, undefined)
  const appOfflineRaw = c.string('app-offline-file')
  return {
    msdeployUrl,
    method,
    strategy,
    releaseId,
    keepReleases: c.integer('keep-releases', 1, 1000),
    takeOffline: c.oneOf('take-offline', TAKE_OFFLINE_MODES),
    // The user's page is served to visitors: only a file of the repository, never any file of the machine.
    appOfflineFile:
      appOfflineRaw === undefined ? undefined : inWorkspace(scope, 'app-offline-file', appOfflineRaw, true),
    stopTimeoutMs: c.integer('stop-timeout', 1, 3600, ' of seconds') * 1000,
    killWorkers: c.boolean('kill-workers'),
    keepOfflineOnFailure: c.boolean('keep-offline-on-failure'),
    deleteExtra: c.boolean('delete-extra'),
    exclude,
    preserve,
    backup: c.boolean('backup'),
    checksum: c.boolean('checksum')
  } satisfies Partial<DeployOptions> & { msdeployUrl: string | undefined }
}

export function readWebConfigInputs(scope: ReadScope) {
  const { c } = scope
  const appName = c.string('app-name')
  if (appName !== undefined && !SAFE_NAME.test(appName)) {
    c.fail(
      'app-name',
      `Input 'app-name' is '${appName}': use the assembly name, e.g. MyApp (no path, no extension).`
    )
  }
  return {
    webConfig: c.oneOf('web-config', WEB_CONFIG_MODES),
    appName,
    selfContained: c.optionalBoolean('self-contained'),
    hostingModel: c.isSet('hosting-model') ? c.oneOf('hosting-model', HOSTING_MODELS) : undefined,
    environment: c.string('environment'),
    environmentVariables: [
      ...c.nameValues('environment-variables', false, ENV_NAME, 'NAME'),
      ...c.nameValues('secret-environment-variables', true, ENV_NAME, 'NAME')
    ],
    // Read into web.config (and so onto the server): only files of the repository.
    xdtTransforms: c.list('xdt-transforms').map((file) => inWorkspace(scope, 'xdt-transforms', file, true)),
    jsonVariables: [
      ...c.nameValues('json-variables', false, JSON_PATH, 'Path.To.Key'),
      ...c.nameValues('secret-json-variables', true, JSON_PATH, 'Path.To.Key')
    ],
    jsonFiles: relativeGlobs(c, 'json-files', c.list('json-files')),
    jsonAddMissing: c.boolean('json-add-missing')
  } satisfies Partial<DeployOptions>
}

export function readHostingBundleInputs(scope: ReadScope) {
  const { c } = scope
  const raw = c.raw('hosting-bundle')
  const keyword = HOSTING_BUNDLE_KEYWORDS.find((k) => k === raw.toLowerCase())
  if (keyword === undefined && !HOSTING_BUNDLE_SPEC.test(raw)) {
    c.fail(
      'hosting-bundle',
      `Input 'hosting-bundle' is '${raw}': use none, auto, latest, lts, a channel (8.0) or an exact version (8.0.11).`
    )
  }
  // windows-facts §1.2: the five documented OPT_NO_* properties, by the installer step's own parser.
  const hostingBundleArgs = c.list('hosting-bundle-args', /\s+/)
  c.fromStep(() => parseHostingBundleArgs(hostingBundleArgs), [])
  const hostingBundleUrl = c.httpUrl('hosting-bundle-url')
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
  const releaseMetadataUrl = c.httpUrl('release-metadata-url')
  const restartIis = c.oneOf('restart-iis', RESTART_IIS_POLICIES)
  // The step's whole check (a mirror whose file name says another version than asked, ...), for what is left.
  c.alsoFromStep(() =>
    parseHostingBundleInputs({
      hostingBundle: raw,
      hostingBundleArgs,
      hostingBundleUrl: c.string('hosting-bundle-url'),
      hostingBundleSha512: c.string('hosting-bundle-sha512'),
      releaseMetadataUrl: c.string('release-metadata-url'),
      restartIis
    })
  )
  return {
    hostingBundle: keyword ?? raw,
    hostingBundleArgs,
    hostingBundleUrl,
    hostingBundleSha512,
    releaseMetadataUrl,
    restartIis
  } satisfies Partial<DeployOptions>
}

export function readProvisionInputs(scope: ReadScope) {
  const { c } = scope
  const bindings: Binding[] = c
    .fromStep(() => parseBindings(c.list('bindings')), [])
    .map((b) => ({ ...b, protocol: b.protocol, text: formatBinding(b) }))
  const iisFeatures = c.list('iis-features')
  // The DISM names the iis-features step knows: an unknown name is refused now, not when DISM runs.
  c.fromStep(() => resolveIisFeatures(iisFeatures), [])
  const thumbprintRaw = c.string('certificate-thumbprint')
  const thumbprint = thumbprintRaw === undefined ? undefined : normalizeThumbprint(thumbprintRaw)
  if (thumbprintRaw !== undefined && thumbprint === undefined) {
    c.fail(
      'certificate-thumbprint',
      `Input 'certificate-thumbprint' is '${thumbprintRaw}': use the certificate's 40 hex digit thumbprint.`
    )
  }
  const certificateStore = c.raw('certificate-store')
  if (!/^[A-Za-z][A-Za-z0-9 ]*$/.test(certificateStore)) {
    c.fail(
      'certificate-store',
      `Input 'certificate-store' is '${certificateStore}': use a store name such as My or WebHosting.`
    )
  }
  const authentication = c
    .list('authentication')
    .flatMap((line) => c.fromStep(() => [parseAuthenticationLine(line)], []))
  const poolEnvironmentVariables = [
    ...c.nameValues('pool-environment-variables', false, ENV_NAME, 'NAME'),
    ...c.nameValues('secret-pool-environment-variables', true, ENV_NAME, 'NAME')
  ]
  for (const variable of poolEnvironmentVariables) {
    const input = variable.secret ? 'secret-pool-environment-variables' : 'pool-environment-variables'
    for (const problem of poolEnvironmentVariableProblems(variable.name, variable.value))
      c.fail(input, `Input '${input}': ${problem}.`)
  }
  return {
    create: c.boolean('create'),
    bindings,
    poolIdentity: c.fromStep(() => parsePoolIdentity(c.raw('pool-identity')), 'ApplicationPoolIdentity'),
    loadUserProfile: c.boolean('load-user-profile'),
    grantAccess: c.boolean('grant-access'),
    iisFeatures,
    certificateThumbprint: thumbprint?.toUpperCase(),
    certificateStore,
    authentication,
    poolEnvironmentVariables
  } satisfies Partial<DeployOptions>
}

export function readRemoteInputs(scope: ReadScope) {
  const { c } = scope
  return {
    msdeployUsername: c.string('msdeploy-username'),
    msdeployPassword: c.exact('msdeploy-password'),
    msdeployAuthType: c.oneOf('msdeploy-auth-type', MSDEPLOY_AUTH_TYPES),
    allowUntrusted: c.boolean('allow-untrusted')
  } satisfies Partial<DeployOptions>
}

export function readHealthInputs(scope: ReadScope) {
  const { c } = scope
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
  return {
    healthCheckUrl: c.httpUrl('health-check-url'),
    healthCheckHost,
    healthCheckStatus,
    healthCheckContains: c.string('health-check-contains'),
    healthCheckTimeoutMs: c.integer('health-check-timeout', 1, 3600, ' of seconds') * 1000
  } satisfies Partial<DeployOptions>
}
