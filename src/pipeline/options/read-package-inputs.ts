// The inputs of parity part C (docs/web-deploy-packages.md, docs/xml-variables.md): Web Deploy package parameters,
// vetted msdeploy skips and flags, and XML variables. Each rule is the step's own (src/steps/sync/web-deploy-package.ts,
// src/steps/xml-variables), called here so a value accepted now is a value the step accepts later.

import { formatUserSkip, parseMsDeployFlags } from '../../steps/sync/web-deploy-package.js'
import type { DeployOptions } from './deploy-options.js'
import type { InputCollector } from './read-inputs.js'
import { inWorkspace, type ReadScope } from './validate.js'

/** An XML variable name: an appSettings key, a connection string name or a setting name (anything but `=`). */
const XML_NAME = /^[^=\s][^=]*$/
/** A Web Deploy parameter name (`IIS Web Application Name`, `DefaultConnection-Web.config Connection String`). */
const PARAMETER_NAME = /^[^=\s"][^="]*$/

function relativeToApp(c: InputCollector, values: string[]): string[] {
  return values.map((value) => {
    const normalized = value.replace(/\\/g, '/').replace(/^\.\//, '')
    if (/^([A-Za-z]:|\/)/.test(normalized) || normalized.split('/').includes('..')) {
      c.fail(
        'xml-files',
        `Input 'xml-files' has '${value}': use a path relative to the app folder, without '..'.`
      )
    }
    return normalized
  })
}

export function readPackageInputs(scope: ReadScope) {
  const { c } = scope
  const setParametersFileRaw = c.string('set-parameters-file')
  const msdeploySkip = c.list('msdeploy-skip')
  for (const line of msdeploySkip) c.fromStep(() => formatUserSkip(line), '')
  const msdeployFlags = c.list('msdeploy-flags')
  c.fromStep(() => parseMsDeployFlags(msdeployFlags), undefined)
  return {
    // Read on this machine and its values sent to the server: only a file of the repository.
    setParametersFile:
      setParametersFileRaw === undefined
        ? undefined
        : inWorkspace(scope, 'set-parameters-file', setParametersFileRaw, true),
    setParameters: [
      ...c.nameValues('set-parameters', false, PARAMETER_NAME, 'parameter name'),
      ...c.nameValues('secret-set-parameters', true, PARAMETER_NAME, 'parameter name')
    ],
    msdeploySkip,
    msdeployFlags,
    xmlVariables: [
      ...c.nameValues('xml-variables', false, XML_NAME, 'NAME'),
      ...c.nameValues('secret-xml-variables', true, XML_NAME, 'NAME')
    ],
    xmlFiles: relativeToApp(c, c.list('xml-files'))
  } satisfies Partial<DeployOptions>
}

/** What the package and msdeploy inputs need: a .zip source or Web Deploy. Called with the other combinations. */
export function checkPackageCombinations(
  c: InputCollector,
  o: Pick<
    DeployOptions,
    | 'setParametersFile'
    | 'setParameters'
    | 'msdeploySkip'
    | 'msdeployFlags'
    | 'sourceIsZip'
    | 'method'
    | 'deleteExtra'
  >
): void {
  const packageInputs: Array<[Parameters<InputCollector['fail']>[0], boolean]> = [
    ['set-parameters-file', o.setParametersFile !== undefined],
    ['set-parameters', o.setParameters.some((p) => !p.secret)],
    ['secret-set-parameters', o.setParameters.some((p) => p.secret)]
  ]
  for (const [name, set] of packageInputs) {
    if (set && !o.sourceIsZip) {
      c.fail(
        name,
        `Input '${name}' sets Web Deploy package parameters, but 'source' is not a .zip: point 'source' at the package (dotnet publish -p:WebPublishMethod=Package).`
      )
    }
  }
  // A .zip may be a package (then Web Deploy runs); otherwise these need method: msdeploy.
  for (const [name, set] of [
    ['msdeploy-skip', o.msdeploySkip.length > 0],
    ['msdeploy-flags', o.msdeployFlags.length > 0]
  ] as const) {
    if (set && o.method !== 'msdeploy' && !o.sourceIsZip) {
      c.fail(
        name,
        `Input '${name}' is for Web Deploy, but 'method' is '${o.method}': set 'method: msdeploy'.`
      )
    }
  }
  const flags = (() => {
    try {
      return parseMsDeployFlags(o.msdeployFlags)
    } catch {
      return undefined // reported by readPackageInputs
    }
  })()
  if (
    flags?.disabledRules.includes('DoNotDeleteRule') ||
    (flags?.enabledRules.includes('DoNotDeleteRule') && o.deleteExtra)
  ) {
    c.fail(
      'msdeploy-flags',
      `Input 'msdeploy-flags' changes DoNotDeleteRule: 'delete-extra' decides it (false: the rule is on; true: off). Remove the line and set 'delete-extra'.`
    )
  }
}
