// Verification after a copy (docs/links-and-verification.md): robocopy's exit code and our own copy loop say what
// was attempted, not what landed (a full disk, a file an antivirus quarantined, a truncated write over a network
// share). So after the copy the target is compared with the source again, the way the plan compared them (size and
// modification time, or the content byte for byte with `checksum: true`): anything the plan would still add,
// update or delete is a failed sync, which the pipeline rolls back like any other.

import { ToolError } from '../../core/errors.js'
import { pathKey } from './file-tree.js'
import { planChanges, type PlanChangesOptions } from './planner.js'
import type { PlannedChange } from './types.js'

export type VerifyCopyOptions = Pick<
  PlanChangesOptions,
  'source' | 'target' | 'exclude' | 'preserve' | 'deleteExtra' | 'checksum' | 'fatFileTimes'
> & {
  /**
   * With `deleteExtra`: the deletes the plan had. An extra file that is not one of them appeared after the plan (the
   * running app wrote it): not the copy's fault, so not a mismatch. Undefined: every extra file counts.
   */
  plannedDeletes?: readonly string[]
}

export interface CopyMismatch {
  path: string
  /** `missing`: not in the target; `differs`: size, time or content; `not deleted`: still there with delete-extra. */
  problem: 'missing' | 'differs' | 'not deleted'
}

const PROBLEM: Record<PlannedChange['kind'], CopyMismatch['problem']> = {
  add: 'missing',
  update: 'differs',
  delete: 'not deleted'
}

/** What the target still lacks or holds differently from the source, by the plan's own comparison. */
export async function findCopyMismatches(options: VerifyCopyOptions): Promise<CopyMismatch[]> {
  const { plannedDeletes, ...compare } = options
  const planned = plannedDeletes && new Set(plannedDeletes.map(pathKey))
  const plan = await planChanges(compare)
  return plan.changes
    .filter((change) => change.kind !== 'delete' || !planned || planned.has(pathKey(change.path)))
    .map((change) => ({ path: change.path, problem: PROBLEM[change.kind] }))
}

/** `a.dll (missing), web.config (differs) and 3 more`: the first few, then the count. */
export function describeMismatches(mismatches: readonly CopyMismatch[], max = 5): string {
  const shown = mismatches
    .slice(0, max)
    .map((m) => `${m.path} (${m.problem})`)
    .join(', ')
  return mismatches.length > max ? `${shown} and ${mismatches.length - max} more` : shown
}

/**
 * Compares the target with the source after `tool` copied; throws a ToolError naming the files when they differ.
 * `exitCode` is what the tool reported (0 for our own copy).
 */
export async function verifyCopy(tool: string, exitCode: number, options: VerifyCopyOptions): Promise<void> {
  const mismatches = await findCopyMismatches(options)
  if (mismatches.length === 0) return
  const how = options.checksum ? 'content, byte for byte' : 'size and modification time'
  throw new ToolError(
    tool,
    exitCode,
    `${tool} reported success (exit code ${exitCode}), but ${mismatches.length} file(s) in ${options.target} do not match the publish folder (${how}): ${describeMismatches(mismatches)}.`,
    'Check the free space on the target disk and that nothing else changes the folder during the deploy (antivirus, another tool), then deploy again.'
  )
}
