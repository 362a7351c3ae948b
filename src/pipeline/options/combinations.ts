// Rules between inputs: which steps run, which inputs a selected step needs, and what a remote Web Deploy target
// cannot do. Checked after every input was read, so their problems come with the others, all at once.

import type path from 'node:path'
import type { PipelineStep } from './schema.js'
import { msDeployValueProblem } from '../../steps/sync/msdeploy-command-line.js'
import { validateIisName } from '../../steps/iis/inputs.js'
import { sourceTargetProblem } from '../steps/target-folder-rules.js'
import type { DeployOptions, OptionsContext, Target } from './deploy-options.js'
import { listAllowed, type InputCollector } from './read-inputs.js'
import { inputSpec, INPUT_DEFAULTS, INPUT_NAMES, PIPELINE_STEPS, type InputName } from './schema.js'
import { pathApi } from './validate.js'

/** The options before the steps are resolved. */
export type ReadOptions = Omit<DeployOptions, 'steps' | 'allSteps'>

/** Steps that `steps: all` runs: every step whose inputs are set. */
export function stepsForAll(o: {
  target: Target
  iisFeatures: readonly string[]
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

export function readSteps(c: InputCollector, o: ReadOptions): { steps: PipelineStep[]; allSteps: boolean } {
  const stepsRaw = c.list('steps', /,/).map((s) => s.toLowerCase())
  const allSteps = stepsRaw.length === 0 || (stepsRaw.length === 1 && stepsRaw[0] === 'all')
  if (allSteps) return { steps: stepsForAll(o), allSteps }
  for (const step of stepsRaw) {
    if (!(PIPELINE_STEPS as readonly string[]).includes(step)) {
      c.fail(
        'steps',
        `Input 'steps' has '${step}': allowed are 'all' or a comma list of ${listAllowed(PIPELINE_STEPS)}.`
      )
    }
  }
  return { steps: PIPELINE_STEPS.filter((s) => stepsRaw.includes(s)), allSteps }
}

/**
 * True when provisioning will write pool, site or application settings (and so pass names through appcmd's
 * collection indexer): with `create`, pool environment variables, authentication or a certificate.
 */
export function provisionWrites(
  o: Pick<ReadOptions, 'create' | 'poolEnvironmentVariables' | 'authentication' | 'certificateThumbprint'>
): boolean {
  return (
    o.create ||
    o.poolEnvironmentVariables.length > 0 ||
    o.authentication.length > 0 ||
    o.certificateThumbprint !== undefined
  )
}

/**
 * Inputs set to something else than their default that only the local IIS steps (provision, offline, online)
 * read: with `steps: all` and no `site`, those steps do not run, so such an input would be silently ignored.
 */
function iisOnlyInputsSet(c: InputCollector): InputName[] {
  return INPUT_NAMES.filter((name) => {
    const used = inputSpec(name).steps
    if (used.length === 0 || used.some((s) => s !== 'provision' && s !== 'offline' && s !== 'online'))
      return false
    if (!c.isSet(name) || c.raw(name).toLowerCase() === INPUT_DEFAULTS[name].toLowerCase()) return false
    // `take-offline: none` and `grant-access: false` ask for nothing.
    const value = c.raw(name).toLowerCase()
    return !((name === 'take-offline' && value === 'none') || (name === 'grant-access' && value === 'false'))
  })
}

function isInside(parent: string, child: string, p: path.PlatformPath): boolean {
  const relative = p.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !p.isAbsolute(relative))
}

export function checkCombinations(
  c: InputCollector,
  o: ReadOptions & { steps: PipelineStep[]; allSteps: boolean },
  context: OptionsContext
): void {
  const { steps, site, target, strategy, physicalPath, takeOffline } = o
  const remote = o.msdeployUrl !== undefined
  // Local IIS tells us the pool and the folder; a remote Web Deploy target is addressed by site name. A folder-only
  // sync (physical-path, no site) is the one local run without IIS.
  const needsSite = steps.filter(
    (s) =>
      s === 'provision' ||
      s === 'offline' ||
      s === 'online' ||
      (s === 'sync' && (remote || strategy === 'releases' || physicalPath === undefined))
  )
  if (target === 'iis' && site === undefined && o.action === 'deploy') {
    const iisOnly = remote ? [] : iisOnlyInputsSet(c)
    if (needsSite.length > 0) {
      c.fail('site', `Input 'site' is required for the steps ${needsSite.join(', ')}: set the IIS site name.`)
    } else if (iisOnly.length > 0) {
      c.fail(
        'site',
        `Input 'site' is required with ${iisOnly.map((n) => `'${n}'`).join(', ')}: these configure IIS, and without a site no IIS step runs. Set the IIS site name.`
      )
    }
  }
  if (site !== undefined && steps.includes('provision') && provisionWrites(o)) {
    c.fromStep(() => validateIisName('site', site, true), undefined)
    if (o.appPool !== undefined)
      c.fromStep(() => validateIisName('app-pool', o.appPool as string, true), undefined)
  }
  if (o.create && physicalPath === undefined && target === 'iis') {
    c.fail(
      'physical-path',
      `Input 'physical-path' is required with 'create: true': set the folder the new site or application serves.`
    )
  }
  // The read-target step's rule: the same folder, or one inside the other, would copy into itself or delete the
  // source (a .zip source is extracted elsewhere).
  if (physicalPath !== undefined && !remote && !o.sourceIsZip && target === 'iis') {
    const problem = sourceTargetProblem(o.source, physicalPath, `'physical-path'`)
    if (problem) c.fail('physical-path', `Input 'physical-path' is '${physicalPath}': ${problem}`)
  }
  if (o.method === 'robocopy' && remote) {
    c.fail(
      'method',
      `Input 'method' is 'robocopy' but 'msdeploy-url' is set: a remote target needs 'method: msdeploy' (or 'auto').`
    )
  }
  if (remote) {
    if (o.create)
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
  } else if (o.msdeployUsername !== undefined || o.msdeployPassword !== undefined) {
    context.reporter.warning(
      `Inputs 'msdeploy-username'/'msdeploy-password' are ignored: 'msdeploy-url' is not set, so the target is local.`
    )
  }
  // msdeploy parses its own command line: values it cannot carry are refused now, not half-way through the run.
  if (o.method === 'msdeploy') {
    const carried: Array<[InputName, string | undefined, boolean]> = [
      ['msdeploy-password', o.msdeployPassword, true],
      ['msdeploy-username', o.msdeployUsername, false],
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
    o.msdeployPassword !== undefined &&
    o.msdeployUsername === undefined &&
    remote &&
    o.msdeployAuthType === 'Basic'
  ) {
    c.fail(
      'msdeploy-username',
      `Input 'msdeploy-username' is empty but 'msdeploy-password' is set: Basic authentication needs both.`
    )
  }
  if (
    o.webConfig === 'skip' &&
    (o.environment !== undefined || o.environmentVariables.length > 0 || o.xdtTransforms.length > 0)
  ) {
    c.fail(
      'web-config',
      `Input 'web-config' is 'skip' but environment, environment variables or XDT transforms are set: use 'web-config: transform' to write them.`
    )
  }
  if (steps.includes('health-check') && o.healthCheckUrl === undefined) {
    c.fail('health-check-url', `Input 'health-check-url' is required when 'steps' lists health-check.`)
  }
  if (!o.allSteps && steps.includes('offline') !== steps.includes('online')) {
    c.fail(
      'steps',
      `Input 'steps' lists ${steps.includes('offline') ? 'offline without online' : 'online without offline'}: list both, so the app never stays offline.`
    )
  }
  if (o.certificateThumbprint === undefined && o.create && o.bindings.some((b) => b.protocol === 'https')) {
    context.reporter.warning(
      `A created https binding has no certificate: set 'certificate-thumbprint', or bind one yourself.`
    )
  }
  checkStateDir(c, o, context)
}

/** `state-dir` holds the lock, ledgers and backups: never inside what is deployed or the folder it is served from. */
function checkStateDir(c: InputCollector, o: ReadOptions, context: OptionsContext): void {
  if (o.stateDir === undefined) return
  const p = pathApi(context.platform)
  const windowsForm = (value: string): boolean => /^[A-Za-z]:|^\\\\/.test(value) || value.includes('\\')
  const inside = (folder: string): boolean => {
    // Compare in the form the paths are written in; Windows paths case-insensitively.
    const windows = context.platform === 'win32' || windowsForm(folder) || windowsForm(o.stateDir as string)
    const api = windows ? pathApi('win32') : p
    const fold = (value: string): string => (windows ? api.resolve(value).toLowerCase() : api.resolve(value))
    return isInside(fold(folder), fold(o.stateDir as string), api)
  }
  // A .zip source is a file: nothing can be inside it.
  const sourceFolder = o.sourceIsZip ? undefined : o.source
  if (sourceFolder !== undefined && inside(sourceFolder)) {
    c.fail(
      'state-dir',
      `Input 'state-dir' is '${o.stateDir}', inside the source folder '${sourceFolder}': it would be deployed with the app. Use a machine-wide folder such as C:\\ProgramData\\iis-deploy.`
    )
  } else if (o.physicalPath !== undefined && inside(o.physicalPath)) {
    c.fail(
      'state-dir',
      `Input 'state-dir' is '${o.stateDir}', inside the web root '${o.physicalPath}': backups there would be served over HTTP. Use a machine-wide folder such as C:\\ProgramData\\iis-deploy.`
    )
  }
}
