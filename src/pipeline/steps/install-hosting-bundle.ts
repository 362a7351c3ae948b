// The hosting-bundle step: installs or repairs the .NET Hosting Bundle the app needs (a dry run plans it).

import { installHostingBundle as install } from '../../steps/hosting-bundle/install.js'
import type { DeployContext } from '../context.js'
import type { HostingBundleOutcome } from '../types.js'

/** `appDir`: the app to deploy (its runtimeconfig says which runtime it needs). */
export async function installHostingBundle(
  ctx: DeployContext,
  appDir: string
): Promise<HostingBundleOutcome> {
  const o = ctx.options
  const result = await install(ctx.ports, {
    spec: o.hostingBundle,
    args: o.hostingBundleArgs,
    url: o.hostingBundleUrl,
    sha512: o.hostingBundleSha512,
    metadataUrl: o.releaseMetadataUrl,
    restartIis: o.restartIis,
    appDir,
    appName: o.appName,
    dryRun: ctx.dryRun,
    tools: ctx.tools,
    signal: ctx.signal,
    logDir: o.tempDir
  })
  const changed = result.installed || result.repaired
  if (ctx.dryRun && result.action !== 'none')
    ctx.plan.action(
      'hosting-bundle',
      `${result.action} the .NET Hosting Bundle ${result.version ?? ''}`.trim()
    )
  const verb = ctx.dryRun ? 'would ' : ''
  const detail =
    result.action === 'install'
      ? `${verb}install ${result.version}`
      : result.action === 'repair'
        ? `${verb}repair ${result.version}`
        : `${result.version ?? 'the installed version'} already meets the need`
  return {
    version: result.version,
    rebootRequired: result.rebootRequired,
    changed,
    detail: `${detail}${result.restarted ? '; IIS restarted' : ''}${result.rebootRequired ? '; a reboot is required' : ''}`
  }
}
