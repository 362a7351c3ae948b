// `target: iis-express`: runs the prepared app under IIS Express on a free port, checks its health, ends it.

import { NodeProcessLauncher } from '../../runtime/process-launcher.js'
import { checkHealth, type HealthCheckResult } from '../../steps/health-check/health-check.js'
import { buildIisExpressArgs, runIisExpressSmokeTest } from '../../steps/iis/iis-express.js'
import type { DeployContext } from '../context.js'
import type { PreparedApp } from '../types.js'

export interface SmokeTestOutcome {
  health?: HealthCheckResult
  /** One line for the steps table. */
  detail: string
}

export async function smokeTestIisExpress(ctx: DeployContext, app: PreparedApp): Promise<SmokeTestOutcome> {
  const o = ctx.options
  const iisExpressPath = await ctx.tool('iisexpress')
  // The port is free and chosen now, so a health URL counts for its path only (http://x/health → <base>/health).
  const healthPath = o.healthCheckUrl
    ? `${new URL(o.healthCheckUrl).pathname}${new URL(o.healthCheckUrl).search}`
    : '/'
  if (ctx.dryRun) {
    ctx.plan.command('health-check', 'iisexpress', buildIisExpressArgs({ physicalPath: app.dir, port: 8080 }))
    ctx.plan.action(
      'health-check',
      `GET http://localhost:<port>${healthPath} until HTTP ${o.healthCheckStatus.join('/')}`
    )
    return { detail: `would run the app under IIS Express and GET ${healthPath}` }
  }
  let health: HealthCheckResult | undefined
  const result = await runIisExpressSmokeTest({
    launcher: ctx.ports.launcher ?? new NodeProcessLauncher(),
    iisExpressPath,
    http: ctx.ports.http,
    reporter: ctx.reporter,
    clock: ctx.ports.clock,
    physicalPath: app.dir,
    startTimeoutMs: o.healthCheckTimeoutMs,
    healthCheck: async (baseUrl, signal) => {
      health = await checkHealth(
        { http: ctx.ports.http, clock: ctx.ports.clock, reporter: ctx.reporter },
        {
          url: new URL(healthPath, baseUrl).toString(),
          expectedStatus: o.healthCheckStatus,
          contains: o.healthCheckContains,
          host: o.healthCheckHost,
          timeoutMs: o.healthCheckTimeoutMs,
          initialDelayMs: ctx.timing.healthInitialDelayMs,
          maxDelayMs: ctx.timing.healthMaxDelayMs,
          signal
        }
      )
    },
    signal: ctx.signal
  })
  return {
    health,
    detail: `IIS Express on ${result.url}: ${health ? `HTTP ${health.status}` : 'answered'}`
  }
}
