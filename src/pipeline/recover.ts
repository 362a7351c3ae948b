// `iis-deploy recover`: repairs what an interrupted deploy of one site/application left (its ledger still says
// `running`), and deploys nothing. The same lock and the same repair as the start of a deploy; `dryRun` only says
// what it would put back.

import os from 'node:os'
import path from 'node:path'
import crypto from 'node:crypto'
import {
  CollectingReporter,
  DEFAULT_TIMING,
  PlanRecorder,
  type DeployContext,
  type DeploySteps
} from './context.js'
import { ensureStateDir, resolveStateDir, STATE_LAYOUT } from '../core/state-dir.js'
import { ToolResolver } from '../core/tools.js'
import { lockNameFor } from '../steps/iis/deploy-lock.js'
import { DeployLedger, ledgerPathFor, readLedger, type LedgerRecord } from './ledger.js'
import type { DeployOptions } from './options.js'
import { describeOpenChanges, recoverInterruptedRun, type RecoveryReport } from './recovery.js'
import type { DeployPorts } from './deploy.js'

export interface RecoverResult {
  /** The ledger file of the site/application. */
  ledgerFile: string
  /** Its last run, as found. */
  last?: Pick<LedgerRecord, 'runId' | 'status' | 'startedAt' | 'endedAt' | 'serverState'>
  /** What was repaired (or would be, in a dry run); undefined when nothing was left half-way. */
  recovery?: RecoveryReport
}

export async function recoverSite(
  options: DeployOptions,
  ports: DeployPorts,
  steps: Pick<DeploySteps, 'acquireLock' | 'createRepairs'>
): Promise<RecoverResult> {
  const reporter = new CollectingReporter(ports.reporter)
  const tools = new ToolResolver(
    { env: ports.env, platform: ports.platform, runner: ports.runner },
    { appcmd: options.appcmdPath }
  )
  const stateDir = resolveStateDir(options.stateDir, {
    env: ports.env,
    platform: ports.platform,
    uid: ports.platform === 'win32' ? undefined : process.getuid?.()
  })
  const scope = lockNameFor({ site: options.site, application: options.application })
  const file = ledgerPathFor(path.join(stateDir, STATE_LAYOUT.ledgers), scope)
  const found = readLedger(file)
  const last = found && {
    runId: found.runId,
    status: found.status,
    startedAt: found.startedAt,
    endedAt: found.endedAt,
    serverState: found.serverState
  }
  if (options.dryRun) {
    if (found?.status !== 'running') return { ledgerFile: file, last }
    return {
      ledgerFile: file,
      last,
      recovery: {
        startedAt: found.startedAt,
        by: `${found.owner.description ?? ''} pid ${found.owner.pid} on ${found.owner.host}`.trim(),
        actions: describeOpenChanges(found).map((change) => `would put back: ${change}`),
        problems: [],
        found: []
      }
    }
  }
  const ctx: DeployContext = {
    options,
    ports: { ...ports, reporter },
    reporter,
    signal: ports.signal ?? new AbortController().signal,
    dryRun: false,
    tools,
    plan: new PlanRecorder(reporter),
    timing: DEFAULT_TIMING,
    tool: (name) => tools.resolve(name),
    ledger: new DeployLedger({
      scope,
      target: { application: options.application },
      now: () => ports.clock.now(),
      host: os.hostname()
    }),
    stateDir
  }
  await ensureStateDir({ dir: stateDir, platform: ports.platform, runner: ports.runner, reporter })
  const lock = await steps.acquireLock(ctx, 'site')
  try {
    const recovery = await recoverInterruptedRun({
      file,
      repairs: steps.createRepairs({ ...ctx, signal: new AbortController().signal }),
      reporter,
      now: () => ports.clock.now(),
      host: os.hostname(),
      runId: crypto.randomUUID()
    })
    return { ledgerFile: file, last, recovery }
  } finally {
    await lock?.release()
  }
}
