// The health-check step on IIS: GET the health URL until it answers as expected (a dry run plans it).

import { checkHealth as pollHealth, type HealthCheckResult } from '../../steps/health-check/health-check.js'
import type { DeployContext } from '../context.js'

export async function checkHealth(ctx: DeployContext): Promise<HealthCheckResult> {
  const o = ctx.options
  const url = o.healthCheckUrl as string
  if (ctx.dryRun) {
    ctx.plan.action(
      'health-check',
      `GET ${url}${o.healthCheckHost ? ` (Host: ${o.healthCheckHost})` : ''} until HTTP ${o.healthCheckStatus.join('/')}`
    )
    return { healthy: true, url, bodyExcerpt: '', reason: 'dry run', attempts: 0, elapsedMs: 0 }
  }
  return pollHealth(
    { http: ctx.ports.http, clock: ctx.ports.clock, reporter: ctx.reporter },
    {
      url,
      expectedStatus: o.healthCheckStatus,
      contains: o.healthCheckContains,
      host: o.healthCheckHost,
      allowUntrusted: o.allowUntrusted,
      timeoutMs: o.healthCheckTimeoutMs,
      initialDelayMs: ctx.timing.healthInitialDelayMs,
      maxDelayMs: ctx.timing.healthMaxDelayMs,
      signal: ctx.signal
    }
  )
}
