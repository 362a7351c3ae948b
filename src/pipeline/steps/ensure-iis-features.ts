// The iis-features step: enables the Windows features IIS needs (DISM); a dry run only plans the enable command.

import { buildEnableFeaturesArgs, ensureIisFeatures as enableFeatures } from '../../steps/iis/iis-features.js'
import type { DeployContext } from '../context.js'

/** Returns one line for the steps table. */
export async function ensureIisFeatures(ctx: DeployContext): Promise<string> {
  const dism = await ctx.tool('dism')
  const result = await enableFeatures({
    runner: ctx.ports.runner,
    dismPath: dism,
    reporter: ctx.reporter,
    features: ctx.options.iisFeatures,
    dryRun: ctx.dryRun,
    signal: ctx.signal
  })
  if (ctx.dryRun && result.enabled.length > 0)
    ctx.plan.command('iis-features', 'dism', buildEnableFeaturesArgs(result.enabled))
  const parts = [
    result.enabled.length > 0
      ? `${ctx.dryRun ? 'would enable' : 'enabled'} ${result.enabled.join(', ')}`
      : '',
    result.alreadyEnabled.length > 0 ? `already enabled: ${result.alreadyEnabled.join(', ')}` : '',
    result.rebootRequired ? 'a reboot is required' : ''
  ].filter(Boolean)
  if (result.rebootRequired) ctx.reporter.warning('Enabling IIS features needs a reboot to finish.')
  return parts.join('; ') || 'nothing to do'
}
