// Shared shapes of the sync step: the change plan (planner) and what a provider (robocopy, msdeploy) reports.

/** One file the deploy adds, updates or deletes; paths are relative to the app root, with forward slashes. */
export interface PlannedChange {
  path: string
  kind: 'add' | 'update' | 'delete'
  /** Size of the source file (add/update) or of the deleted target file. */
  bytes: number
}

export interface SyncPlan {
  changes: PlannedChange[]
  filesAdded: number
  filesUpdated: number
  filesDeleted: number
  /** Bytes to copy (adds and updates). */
  bytesToCopy: number
  /** True when a changed file is one the worker process loads or locks (.dll, .exe, web.config, *.json...). */
  touchesLockedFiles: boolean
}

/** What a provider reports after a sync (or a dry run of it). */
export interface SyncResult {
  method: 'robocopy' | 'msdeploy' | 'copy'
  filesAdded: number
  filesUpdated: number
  filesDeleted: number
  bytesCopied: number
  /** The tool's exit code. */
  exitCode: number
  /** One readable line: what the tool did. */
  summary: string
  dryRun: boolean
}
