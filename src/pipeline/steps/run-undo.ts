// Brings the previous version back as an UndoAction (plain data a sync registered) says: restore the in-place
// backup from its folder, or switch the application back to the previous release. Never cancelled: it must finish.

import { buildSetPhysicalPathArgs } from '../../steps/iis/appcmd.js'
import { restoreBackup } from '../../steps/sync/backup.js'
import type { DeployContext } from '../context.js'
import type { UndoAction } from '../types.js'
import { resolveAppcmd, uncancellable } from './shared.js'

/** Returns what it did, for the log and the server state (`switched back to <path>`). */
export async function runUndo(ctx: DeployContext, action: UndoAction): Promise<string> {
  switch (action.kind) {
    case 'restore-backup': {
      const restored = restoreBackup(action.backupDir)
      const links = restored.throughLinks ?? []
      if (links.length > 0)
        ctx.reporter.warning(
          `The restore left ${links.length} path(s) alone because a symbolic link or junction now stands on them (a link is never written or deleted through): ${links.slice(0, 5).join(', ')}${links.length > 5 ? ' ...' : ''}.`
        )
      return `restored ${restored.restored} file(s) and removed ${restored.removed} new file(s) from the backup ${action.backupDir}`
    }
    case 'switch-physical-path': {
      const appcmd = await resolveAppcmd(uncancellable(ctx))
      await appcmd.run(buildSetPhysicalPathArgs(action.site, action.application, action.physicalPath))
      return `switched back to ${action.physicalPath}`
    }
  }
}
