// Shapes the pipeline passes around and returns: the resolved target, what each step did, the plan, the outputs.

import type { StdoutLogSwitch } from '../steps/diagnosis/stdout-log-switch.js'
import type { Diagnosis } from '../steps/diagnosis/types.js'
import type { HealthCheckResult } from '../steps/health-check/health-check.js'
import type { ChangePlan } from '../steps/sync/planner.js'
import type { PlannedChange, SyncPlan, SyncResult } from '../steps/sync/types.js'
import type { WebDeployPackage } from '../steps/sync/web-deploy-package.js'
import type { PipelineStep } from './options.js'
import type { RecoveryReport } from './recovery.js'

/** Where the app goes, as read from IIS (or the inputs for a remote or folder target). */
export interface ResolvedTarget {
  kind: 'local-iis' | 'remote' | 'iis-express'
  site?: string
  application: string
  /** The pool serving the application (input, or what IIS reports). */
  appPool?: string
  /** The folder the application is served from now (the live release with `strategy: releases`). */
  physicalPath?: string
  /** What exists in IIS already. */
  exists: { pool: boolean; site: boolean; application: boolean }
  /** The pool's state when the run read the target (`Started`, `Stopped`...): what a repair puts back. */
  poolState?: string
}

/** How ASP.NET Core runs under IIS (web.config `hostingModel`): in-process apps let go of their files when the worker exits. */
export type HostingModel = 'inprocess' | 'outofprocess'

/** The app as it will be deployed: the publish folder, or a prepared copy of it (transformed web.config...). */
export interface PreparedApp {
  /** Folder with the files to deploy. */
  dir: string
  /** True when `dir` is our own copy (deleted at the end). */
  staged: boolean
  /** web.config problems and warnings, with their location in the user's files. */
  diagnostics: WebConfigDiagnostic[]
  /** One line per change made to the copy (transform, environment variables, JSON variables). */
  changes: string[]
  /** From web.config, when known. */
  hostingModel?: HostingModel
  /** Our temp folder holding `dir` (removed by the cleanup); undefined when `dir` is the user's folder. */
  root?: string
  /** Files we changed in the copy (relative to `dir`): web.config, JSON files. */
  modified?: string[]
  /** `source` is a Web Deploy package: extracted, `dir` is its content folder (docs/web-deploy-packages.md). */
  package?: WebDeployPackage
  /** `diagnose-stdout-log`: the stdout log switched on in the copy's web.config (steps/stdout-log.ts). */
  stdoutLog?: StdoutLogSwitch
}

/** The changes a local deploy makes (the planner's plan) and what runs in the target folder now. */
export interface PlannedChanges extends ChangePlan {
  /** The hosting model of the live app (its web.config); undefined when nothing runs there yet. */
  liveHostingModel?: HostingModel
}

export interface WebConfigDiagnostic {
  severity: 'error' | 'warning'
  message: string
  /** The file as the user knows it (in the publish folder or workspace). */
  file: string
  line?: number
  column?: number
}

/** What the offline step did, so `online` (and the cleanup) can undo exactly that. Plain data (serializable). */
export interface OfflineState {
  appOffline: boolean
  poolStopped: boolean
  /**
   * The pool was running (Started/Starting, as IIS reported before the stop). False: it was already stopped before
   * the deploy, so `online` leaves it stopped. True when the pool was not stopped, or in a dry run.
   */
  poolWasRunning: boolean
  /** clock time when the app went offline. */
  since: number
}

/**
 * How to bring the previous version back once a sync has started (plain data, so it can be recorded): restore the
 * in-place backup, or switch the application back to the previous release folder.
 */
export type UndoAction =
  | { kind: 'restore-backup'; backupDir: string }
  | { kind: 'switch-physical-path'; site: string; application: string; physicalPath: string }

/** The previous version an undo brings back: the backup folder, or the previous release folder. */
export function previousPathOf(action: UndoAction): string {
  return action.kind === 'restore-backup' ? action.backupDir : action.physicalPath
}

export interface SyncOutcome {
  result: SyncResult
  /** The folder the site serves after the sync. */
  releasePath?: string
  /** The folder it served before (the previous release, or the backup of an in-place deploy). */
  previousPath?: string
  /** What the server looks like if the sync stopped half-way (for failure messages). */
  partialState?: string
}

export interface HostingBundleOutcome {
  version?: string
  rebootRequired: boolean
  changed: boolean
  detail: string
}

export type StepResult = 'succeeded' | 'failed' | 'cancelled' | 'skipped' | 'planned'

/** One row of the steps table. */
export interface StepRecord {
  /** `manage`: a manage action (`action` other than deploy). */
  name: PipelineStep | 'rollback' | 'manage'
  result: StepResult
  durationMs: number
  /** One line: what the step did, or why it failed or was skipped. */
  detail: string
}

export interface PlannedCommand {
  step: string
  /** Masked command line. */
  command: string
}

/** The plan: also the `plan` output (JSON), with and without dry-run. */
export interface DeployPlan {
  dryRun: boolean
  target: {
    kind: ResolvedTarget['kind']
    site?: string
    application: string
    appPool?: string
    physicalPath?: string
    msdeployUrl?: string
  }
  method: string
  strategy: string
  /** `take-offline` with `auto` resolved. */
  takeOffline?: string
  steps: PipelineStep[]
  /** Resolved tool paths. */
  tools: Record<string, string>
  commands: PlannedCommand[]
  /** What would be (or was) created: pools, sites, applications, folders. */
  creates: string[]
  changes?: {
    filesAdded: number
    filesUpdated: number
    filesDeleted: number
    bytesToCopy: number
    touchesLockedFiles: boolean
    /** At most 500 entries; `truncated` says when there were more. */
    files: PlannedChange[]
    truncated: boolean
  }
  releasePath?: string
  previousPath?: string
  healthCheckUrl?: string
  /** The changes to the server, from the run's ledger: planned in a dry run, made otherwise. */
  mutations?: Array<{ step: string; kind: string; status: string; summary: string }>
}

/** Contract §2, by output name. Every value is a string, as runners store them. */
export interface DeployOutputs {
  'release-path': string
  'previous-path': string
  'files-added': string
  'files-updated': string
  'files-deleted': string
  'bytes-copied': string
  'offline-ms': string
  'health-status': string
  'rolled-back': string
  'hosting-bundle-version': string
  'reboot-required': string
  /** `true` when the run first repaired what an interrupted deploy had left. */
  recovered: string
  plan: string
  /** JSON of the diagnosis of a failed start or health check (cause, fix, evidence); empty otherwise. */
  diagnosis: string
}

export const OUTPUT_NAMES = [
  'release-path',
  'previous-path',
  'files-added',
  'files-updated',
  'files-deleted',
  'bytes-copied',
  'offline-ms',
  'health-status',
  'rolled-back',
  'hosting-bundle-version',
  'reboot-required',
  'recovered',
  'plan',
  'diagnosis'
] as const satisfies ReadonlyArray<keyof DeployOutputs>

export interface DeployResult {
  ok: boolean
  /** The failure (or cancellation), with the server state in its message. */
  error?: Error
  dryRun: boolean
  steps: StepRecord[]
  plan: DeployPlan
  outputs: DeployOutputs
  sync?: SyncResult
  changes?: SyncPlan
  offlineMs: number
  /** How offline-ms was measured. */
  offlineMeasured: 'probe' | 'window' | 'none'
  health?: HealthCheckResult
  rolledBack: boolean
  /** One or two sentences: what the server serves now. */
  serverState: string
  warnings: string[]
  diagnostics: WebConfigDiagnostic[]
  releasePath?: string
  previousPath?: string
  hostingBundle?: HostingBundleOutcome
  /** What the run repaired first, when an interrupted deploy had left the server half-way. */
  recovery?: RecoveryReport
  /** Why a failed start or health check failed (cause, fix, quoted evidence). */
  diagnosis?: Diagnosis
  /** The run's ledger on disk (its record of every change). */
  ledgerFile?: string
  durationMs: number
}
