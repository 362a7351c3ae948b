// The title of the deploy summary (GitHub job summary, Azure DevOps build summary section), the same on every
// adapter: what was deployed to, `Site/app` for an application below the root.

import type { DeployOptions } from '../../pipeline/options.js'

export type SummaryTarget = Pick<DeployOptions, 'target' | 'site' | 'physicalPath' | 'application'>

export function summaryTitle(options: SummaryTarget): string {
  if (options.target === 'iis-express') return 'IIS Express'
  const where = options.site ?? options.physicalPath ?? ''
  return options.application === '/' ? where : `${where}${options.application}`
}
