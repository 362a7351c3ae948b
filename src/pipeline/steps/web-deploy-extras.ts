// What parity part C adds to a Web Deploy sync: the package source with its parameters (a SetParameters file of
// ours in the run's temp folder, removed with it, holds secret values and what the user's file adds), and the vetted
// msdeploy-skip / msdeploy-flags arguments.

import fs from 'node:fs'
import path from 'node:path'
import { InputError } from '../../core/errors.js'
import { iisAppPath, type MsDeployOptions, type MsDeployTarget } from '../../steps/sync/msdeploy.js'
import {
  formatUserSkip,
  parseMsDeployFlags,
  planPackageParameters,
  readSetParametersFile
} from '../../steps/sync/web-deploy-package.js'
import type { DeployContext } from '../context.js'
import type { PreparedApp } from '../types.js'

export function webDeployExtras(
  ctx: DeployContext,
  app: PreparedApp,
  target: MsDeployTarget
): Pick<
  MsDeployOptions,
  'package' | 'extraSkips' | 'extraArgs' | 'retryAttempts' | 'retryIntervalMs' | 'checksum'
> {
  const o = ctx.options
  const flags = parseMsDeployFlags(o.msdeployFlags)
  const extras: ReturnType<typeof webDeployExtras> = {
    extraSkips: o.msdeploySkip.map(formatUserSkip),
    extraArgs: flags.args,
    retryAttempts: flags.retryAttempts,
    retryIntervalMs: flags.retryInterval
  }
  const pkg = app.package
  if (!pkg) return extras
  if (!('site' in target)) {
    throw new InputError(
      'site',
      `Input 'source' is a Web Deploy package: it deploys to an IIS application, so 'site' is required.`
    )
  }
  const plan = planPackageParameters(pkg, iisAppPath(target.site, target.application), {
    setParametersFile: o.setParametersFile ? readSetParametersFile(o.setParametersFile) : undefined,
    setParameters: o.setParameters
  })
  let setParamFile: string | undefined
  if (plan.setParamFile !== undefined) {
    // Beside the extracted package, in our temp folder (removed by the cleanup): never in the workspace.
    setParamFile = path.join(path.dirname(pkg.archiveDir), 'iis-deploy.SetParameters.xml')
    fs.writeFileSync(setParamFile, plan.setParamFile, { encoding: 'utf8', mode: 0o600 })
  }
  // Untouched: the user's zip as built. Changed (variables, web.config): the extracted folder, an archiveDir, compared
  // by content: a file we rewrote has a new time on every run, so time and size would update it every time.
  const changed = (app.modified?.length ?? 0) > 0
  return {
    ...extras,
    ...(changed ? { checksum: true } : {}),
    package: {
      kind: changed ? 'archiveDir' : 'package',
      path: changed ? pkg.archiveDir : o.source,
      setParams: plan.setParams,
      setParamFile
    }
  }
}
