// Small pieces of the pipeline's order: the web-config step (first: a broken web.config fails the run before the
// server changes), `take-offline: auto` resolved from the plan, and why a step was skipped.

import type { DeployContext, DeploySteps } from './context.js'
import type { DeployOptions } from './options.js'
import type { RunFacts, StepTable } from './run-report.js'
import { annotateDiagnostics } from './summary.js'
import type { PreparedApp, ResolvedTarget, WebConfigDiagnostic } from './types.js'
import type { SyncPlan } from '../steps/sync/types.js'
import type { HealthCheckResult } from '../steps/health-check/health-check.js'

/** The diagnostics a web.config error carries (the web-config engine's WebConfigError, or ours), if any. */
export function diagnosticsOf(error: unknown): WebConfigDiagnostic[] | undefined {
  const list = (error as { diagnostics?: unknown } | undefined)?.diagnostics
  if (!Array.isArray(list)) return undefined
  return list
    .filter(
      (d): d is Record<string, unknown> =>
        typeof d === 'object' && d !== null && typeof d.message === 'string'
    )
    .map((d) => ({
      severity: d.severity === 'warning' ? 'warning' : 'error',
      message: String(d.message),
      file: typeof d.file === 'string' ? d.file : 'web.config',
      line: typeof d.line === 'number' && d.line > 0 ? d.line : undefined,
      column: typeof d.column === 'number' && d.column > 0 ? d.column : undefined
    }))
}

/** `take-offline: auto` decided from the change plan (contract §1). */
export function resolveOfflineMode(
  options: Pick<DeployOptions, 'takeOffline' | 'strategy' | 'steps'>,
  target: Pick<ResolvedTarget, 'kind'>,
  plan: Pick<SyncPlan, 'touchesLockedFiles'> | undefined
): 'none' | 'app-offline' | 'stop-pool' | 'both' {
  if (!options.steps.includes('offline') || target.kind !== 'local-iis') return 'none'
  if (options.takeOffline !== 'auto') return options.takeOffline
  if (options.strategy === 'releases') return 'none'
  // No plan (the planner could not read the target): be safe.
  if (plan === undefined) return 'both'
  return plan.touchesLockedFiles ? 'both' : 'none'
}

export const skipReasons = {
  offline(o: DeployOptions, target: ResolvedTarget): string {
    if (!o.steps.includes('offline'))
      return target.kind === 'remote'
        ? 'remote target (Web Deploy takes the app offline itself)'
        : 'not selected'
    if (o.strategy === 'releases') return 'release folders: the live release is never overwritten'
    return o.takeOffline === 'none' ? "'take-offline: none'" : 'only static files change'
  }
}

/**
 * The web-config step: prepares the app (a copy with web.config and the JSON files done); its diagnostics become
 * annotations on the file and line. A run that deploys nothing (server set-up only) needs no app.
 */
export async function prepareStep(
  table: StepTable,
  steps: DeploySteps,
  ctx: DeployContext,
  facts: RunFacts
): Promise<PreparedApp> {
  const o = ctx.options
  const configure = o.steps.includes('web-config')
  if (o.target !== 'iis-express' && !o.steps.includes('sync') && !configure) {
    table.skip('web-config', 'not selected')
    return { dir: o.source, staged: false, diagnostics: [], changes: [] }
  }
  try {
    const app = await table.run(
      'web-config',
      ctx,
      () => steps.prepareApp(ctx, configure),
      (a) =>
        a.changes.length > 0
          ? a.changes.join('; ')
          : a.diagnostics.length > 0
            ? `${a.diagnostics.length} warning(s)`
            : 'web.config is valid'
    )
    facts.diagnostics = app.diagnostics
    annotateDiagnostics(ctx.reporter, app.diagnostics)
    if (!configure && o.target !== 'iis-express') table.markSkipped('web-config', 'not selected')
    return app
  } catch (error) {
    const diagnostics = diagnosticsOf(error)
    if (diagnostics) {
      facts.diagnostics = diagnostics
      annotateDiagnostics(ctx.reporter, diagnostics)
    }
    throw error
  }
}

/** A deploy target that has nothing to plan (remote, or no sync). */
export const EMPTY_PLAN: SyncPlan = {
  changes: [],
  filesAdded: 0,
  filesUpdated: 0,
  filesDeleted: 0,
  bytesToCopy: 0,
  touchesLockedFiles: false
}

/** `target: iis-express`: the app runs under IIS Express for a smoke test; no IIS step runs. */
export async function smokeTestStep(
  table: StepTable,
  steps: DeploySteps,
  ctx: DeployContext,
  app: PreparedApp
): Promise<HealthCheckResult | undefined> {
  for (const step of ['iis-features', 'hosting-bundle', 'provision', 'offline', 'online'] as const) {
    table.skip(step, 'not used with target: iis-express')
  }
  table.skip('sync', 'IIS Express runs the app from the prepared folder')
  const smoke = await table.run(
    'health-check',
    ctx,
    () => steps.smokeTestIisExpress(ctx, app),
    (s) => s.detail
  )
  return smoke.health
}
