// The server state of a failed run whose copy never started, in words taken from the ledger alone: nothing changed
// at all, or what changed and stays, and what was put back. A guess ("may be partly updated") is never needed here:
// every change was recorded before it was made, and one that never touched the server is marked so.

import type { LedgerMutation } from './ledger.js'

/** A change that was made and then undone, in a few words. */
function putBackText(m: LedgerMutation): string {
  if (m.kind === 'write-app-offline') return 'app_offline.htm removed'
  if (m.kind === 'stop-pool') return m.note ?? `${m.summary} put back`
  return m.note ? `${m.summary}: ${m.note}` : `${m.summary} put back`
}

/**
 * The app files were not touched (no content change happened): says so, with what else the run changed and what
 * it put back. `served`: the site served a version before the run (not a first deploy, not a bare folder).
 */
export function describeUntouchedContent(mutations: readonly LedgerMutation[], served: boolean): string {
  const happened = mutations.filter((m) => m.status !== 'planned' && !m.changedNothing)
  if (happened.length === 0) return 'Nothing on the server was changed.'
  // A backup is only undone when it was incomplete: it failed, so the copy that needed it never started.
  const backupFailed = happened.some((m) => m.kind === 'backup' && m.status !== 'done')
  const others = happened.filter((m) => m.kind !== 'backup')
  const putBack = others.filter((m) => m.status === 'reverted').map(putBackText)
  const kept = others.filter((m) => m.status !== 'reverted')
  const offlineKept = kept.some((m) => m.kind === 'stop-pool' || m.kind === 'write-app-offline')
  const lead = backupFailed
    ? 'The backup failed before the copy started: the app files were not touched'
    : 'The app files were not touched'
  const serving = served && !offlineKept ? ', and the site still serves the previous version' : ''
  const sentences = [`${lead}${serving}${putBack.length > 0 ? ` (${putBack.join(', ')})` : ''}.`]
  if (kept.length > 0)
    sentences.push(
      `Still in effect from this run: ${kept.map((m) => `${m.summary}${m.status === 'done' ? '' : ` (${m.status})`}`).join('; ')} (see the steps table).`
    )
  return sentences.join(' ')
}
