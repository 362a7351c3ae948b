// The server state of a failed run whose copy never started, from the ledger alone (issue 10 item 7,
// input-rules §5).
import { describe, expect, it } from 'vitest'
import type { LedgerMutation } from '../../src/pipeline/ledger.js'
import { describeUntouchedContent } from '../../src/pipeline/server-state.js'

let seq = 0
function m(
  kind: LedgerMutation['kind'],
  status: LedgerMutation['status'],
  extra: Partial<LedgerMutation> = {}
): LedgerMutation {
  return {
    seq: ++seq,
    kind,
    step: 'x',
    status,
    summary: `${kind} summary`,
    startedAt: '2026-01-01T00:00:00Z',
    ...extra
  }
}

describe('describeUntouchedContent', () => {
  it('nothing recorded, or only changes that touched nothing: nothing changed', () => {
    expect(describeUntouchedContent([], true)).toBe('Nothing on the server was changed.')
    expect(
      describeUntouchedContent(
        [
          m('provision', 'reverted', { changedNothing: true }),
          m('sync', 'reverted', { changedNothing: true })
        ],
        true
      )
    ).toBe('Nothing on the server was changed.')
  })

  it('a failed backup: the copy never started, the site serves the previous version, app_offline.htm removed', () => {
    const text = describeUntouchedContent(
      [
        m('write-app-offline', 'reverted', { note: 'removed C:\\site\\app_offline.htm' }),
        m('backup', 'reverted', { note: 'removed the incomplete backup C:\\b\\1' })
      ],
      true
    )
    expect(text).toBe(
      'The backup failed before the copy started: the app files were not touched, and the site still serves the previous version (app_offline.htm removed).'
    )
  })

  it('what stays in effect is listed; a pool left stopped means the site does not serve', () => {
    const text = describeUntouchedContent(
      [m('provision', 'done'), m('stop-pool', 'failed', { summary: "stop app pool 'Shop'" })],
      true
    )
    expect(text).toBe(
      "The app files were not touched. Still in effect from this run: provision summary; stop app pool 'Shop' (failed) (see the steps table)."
    )
  })

  it('a first deploy has no previous version to speak of', () => {
    expect(describeUntouchedContent([m('provision', 'done')], false)).toBe(
      'The app files were not touched. Still in effect from this run: provision summary (see the steps table).'
    )
  })

  it('dry-run records are not changes', () => {
    expect(describeUntouchedContent([m('sync', 'planned')], true)).toBe('Nothing on the server was changed.')
  })
})
