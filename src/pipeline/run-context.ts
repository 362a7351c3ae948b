// What every run (a deploy or a manage action) sets up before it takes its lock: the collecting reporter, the plan
// (which records every tool a step finds), the state folder, an in-memory ledger (nothing changes on the server
// before the lock is held), the step table and the facts of the summary.

import { resolveStateDir } from '../core/state-dir.js'
import type { ToolResolver } from '../core/tools.js'
import { CollectingReporter, PlanRecorder } from './context.js'
import type { DeployContext, DeployTiming } from './context.js'
import type { DeployPorts } from './deploy.js'
import { createRunLedger } from './open-run.js'
import type { DeployOptions } from './options.js'
import { StepTable, type RunFacts } from './run-report.js'

export interface RunStart {
  /** The run's context without its signal: a run adds the cancellable one, its cleanup one that never fires. */
  base: Omit<DeployContext, 'signal'>
  table: StepTable
  facts: RunFacts
}

export function startRunContext(
  options: DeployOptions,
  ports: DeployPorts,
  timing: DeployTiming,
  tools: ToolResolver
): RunStart {
  const reporter = new CollectingReporter(ports.reporter)
  const plan = new PlanRecorder(reporter)
  // Every tool a step finds goes into the plan (`tools`), whichever step asks.
  const recording: Pick<ToolResolver, 'resolve'> = {
    async resolve(name) {
      const found = await tools.resolve(name)
      plan.tool(name, found)
      return found
    }
  }
  const stateDir = resolveStateDir(options.stateDir, {
    env: ports.env,
    platform: ports.platform,
    uid: ports.platform === 'win32' ? undefined : process.getuid?.()
  })
  const base: Omit<DeployContext, 'signal'> = {
    options,
    ports: { ...ports, reporter },
    reporter,
    dryRun: options.dryRun,
    tools: recording,
    plan,
    timing,
    tool: (name) => recording.resolve(name),
    ledger: createRunLedger({ ctx: { options, ports }, locks: () => [] }),
    stateDir
  }
  const facts: RunFacts = {
    started: ports.clock.now(),
    offlineMs: 0,
    offlineMeasured: 'none',
    stateNotes: [],
    diagnostics: []
  }
  return { base, table: new StepTable(reporter, ports.clock, options), facts }
}
