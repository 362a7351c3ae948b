// Parity part C in the web-config step: a `source` zip that is a Web Deploy package (deployed with its parameters,
// docs/web-deploy-packages.md), and the XML variables (docs/xml-variables.md), refused where a package parameter
// would overwrite them.

import { InputError, InputErrors } from '../../core/errors.js'
import { iisAppPath } from '../../steps/sync/msdeploy.js'
import {
  isWebDeployPackageDir,
  planPackageParameters,
  readSetParametersFile,
  readWebDeployPackage,
  type WebDeployPackage
} from '../../steps/sync/web-deploy-package.js'
import type { DeployContext } from '../context.js'
import type { PreparedApp } from '../types.js'

/** The package in an extracted zip, or undefined for a plain zip of the publish output. */
export function openPackage(ctx: DeployContext, extracted: string): WebDeployPackage | undefined {
  if (!isWebDeployPackageDir(extracted)) return undefined
  const pkg = readWebDeployPackage(extracted)
  const o = ctx.options
  if (o.strategy === 'releases') {
    throw new InputError(
      'strategy',
      `Input 'source' is a Web Deploy package and 'strategy' is 'releases': Web Deploy writes the package into the IIS application's own folder. Use 'strategy: in-place', or deploy the publish folder.`
    )
  }
  // The parameters are checked now, before anything on the server changes (the sync step builds them again).
  if (o.site !== undefined) {
    planPackageParameters(pkg, iisAppPath(o.site, o.application), {
      setParametersFile: o.setParametersFile ? readSetParametersFile(o.setParametersFile) : undefined,
      setParameters: o.setParameters
    })
  }
  ctx.reporter.info(
    `${o.source} is a Web Deploy package (parameters: ${pkg.parameters.map((p) => p.name).join(', ') || 'none'}): it is deployed with msdeploy.`
  )
  return pkg
}

/** `xml-variables`: written into the app's .config files, unless a package parameter would overwrite them. */
export async function applyXmlVariablesToApp(ctx: DeployContext, app: PreparedApp): Promise<void> {
  const o = ctx.options
  if (o.xmlVariables.length === 0) return
  // With the XPath engine it shares with XDT: a chunk of its own in dist/, loaded by the runs that set variables.
  const { applyXmlVariables, findParameterOverrides, writeXmlVariableFiles } =
    await import('../../steps/xml-variables/xml-variables.js')
  const result = applyXmlVariables({
    appDir: app.dir,
    variables: o.xmlVariables,
    files: o.xmlFiles,
    reporter: ctx.reporter,
    write: false
  })
  if (app.package) {
    const overrides = findParameterOverrides(result, app.package.parameters)
    if (overrides.length > 0) {
      throw new InputErrors(
        overrides.map(({ change, parameter }) => {
          const input = change.secret ? 'secret-xml-variables' : 'xml-variables'
          return new InputError(
            input,
            `Input '${input}': '${change.name}' (${change.file} ${change.target}) is also set by the package's parameter '${parameter}', which Web Deploy applies while deploying: the value would be replaced. Set it with '${change.secret ? 'secret-set-parameters' : 'set-parameters'}: ${parameter}=…' instead.`
          )
        })
      )
    }
  }
  const written = writeXmlVariableFiles(app.dir, result)
  for (const file of written) if (!app.modified?.includes(file)) app.modified?.push(file)
  const changed = result.changes.filter((c) => c.action !== 'unchanged')
  if (changed.length > 0) app.changes.push(`${changed.length} XML variable(s) set in ${written.join(', ')}`)
}
