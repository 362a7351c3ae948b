import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DeployLedger, ledgerPathFor, readLedger, type LedgerRecord } from '../../src/pipeline/ledger.js'
import {
  archiveLedger,
  describeOpenChanges,
  recoverInterruptedRun,
  settleLedger,
  type ServerRepairs
} from '../../src/pipeline/recovery.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-ledger-'))
})
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

/** A server in memory: pools, files, the application's folder; each repair is logged. */
function fakeServer(
  initial: { pools?: Record<string, string>; files?: string[]; physicalPath?: string } = {}
) {
  const pools = new Map(Object.entries(initial.pools ?? { Shop: 'Stopped' }))
  const files = new Set(initial.files ?? [])
  const state = {
    physicalPath: initial.physicalPath ?? 'C:\\sites\\shop\\releases\\2',
    restored: [] as string[]
  }
  const log: string[] = []
  const repairs: ServerRepairs = {
    startPool: async (pool) => {
      log.push(`start ${pool}`)
      pools.set(pool, 'Started')
    },
    removeAppOffline: async (file) => {
      log.push(`remove ${file}`)
      files.delete(file)
    },
    runUndo: async (action) => {
      if (action.kind === 'restore-backup') {
        log.push(`restore ${action.backupDir}`)
        state.restored.push(action.backupDir)
        return `restored from ${action.backupDir}`
      }
      log.push(`switch ${action.physicalPath}`)
      state.physicalPath = action.physicalPath
      return `switched back to ${action.physicalPath}`
    },
    takeOfflineForRestore: async (ledger, step) => {
      log.push('offline for restore')
      const m = ledger.begin('stop-pool', step, "stop app pool 'Shop'", {
        undo: { kind: 'start-pool', pool: 'Shop' },
        before: { poolState: pools.get('Shop') }
      })
      pools.set('Shop', 'Stopped')
      ledger.done(m)
    }
  }
  return { pools, files, state, log, repairs }
}

function newLedger(file: string | null = path.join(dir, 'shop.json')): DeployLedger {
  return new DeployLedger({
    file: file ?? undefined,
    dryRun: file === null,
    scope: 'shop.lock',
    target: { site: 'Shop', application: '/', appPool: 'Shop', physicalPath: 'C:\\sites\\shop' },
    now: () => Date.parse('2026-12-01T10:00:00Z'),
    host: 'WEB01',
    description: 'GitHub run 7 attempt 1'
  })
}

/** The ledger of an in-place deploy killed during the sync. */
function killedDuringSync(ledger: DeployLedger): void {
  const page = ledger.begin('write-app-offline', 'offline', 'write app_offline.htm', {
    undo: { kind: 'remove-app-offline', file: 'C:\\sites\\shop\\app_offline.htm' },
    before: { fileExisted: false }
  })
  ledger.done(page)
  const stop = ledger.begin('stop-pool', 'offline', "stop app pool 'Shop'", {
    undo: { kind: 'start-pool', pool: 'Shop' },
    before: { poolState: 'Started' }
  })
  ledger.done(stop)
  const backup = ledger.begin('backup', 'sync', 'back up 3 file(s)', {
    undo: { kind: 'remove-folder', folder: path.join(dir, 'backups', 'b1') }
  })
  ledger.done(backup)
  ledger.begin('sync', 'sync', 'robocopy into C:\\sites\\shop', {
    undo: { kind: 'restore-backup', backupDir: path.join(dir, 'backups', 'b1') }
  })
}

describe('the ledger on disk', () => {
  it('is written before the change and updated after it, atomically, as one JSON record', () => {
    const ledger = newLedger()
    const file = path.join(dir, 'shop.json')
    const m = ledger.begin('stop-pool', 'offline', "stop app pool 'Shop'", {
      undo: { kind: 'start-pool', pool: 'Shop' }
    })
    expect(readLedger(file)?.mutations.map((x) => x.status)).toEqual(['started'])
    ledger.done(m)
    expect(readLedger(file)?.mutations.map((x) => x.status)).toEqual(['done'])
    ledger.finish('succeeded', 'The site serves the new version.')
    const record = readLedger(file) as LedgerRecord
    expect(record.status).toBe('succeeded')
    expect(fs.readdirSync(dir)).toEqual(['shop.json']) // no temp file left
  })

  it('a dry run records planned changes and writes nothing', () => {
    const ledger = newLedger(null)
    ledger.begin('stop-pool', 'offline', "stop app pool 'Shop'")
    expect(ledger.record.mutations[0]?.status).toBe('planned')
    expect(ledger.open()).toEqual([])
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('checks the lock before recording a change: a run that lost it stops before the change', () => {
    let held = true
    const ledger = new DeployLedger({
      file: path.join(dir, 'x.json'),
      scope: 'x.lock',
      target: { application: '/' },
      now: Date.now,
      host: 'h',
      assertHeld: () => {
        if (!held) throw new Error('lost the deploy lock')
      }
    })
    ledger.begin('provision', 'provision', 'add site')
    held = false
    expect(() => ledger.begin('stop-pool', 'offline', 'stop')).toThrow(/lost the deploy lock/)
    expect(ledger.record.mutations).toHaveLength(1)
  })

  it.each(['', '{', '{"format":2}', 'null'])('ignores a file that is not a ledger: %j', (text) => {
    const file = path.join(dir, 'bad.json')
    fs.writeFileSync(file, text)
    expect(readLedger(file)).toBeUndefined()
  })

  it('names the ledger after the lock scope', () => {
    expect(ledgerPathFor('/s/ledgers', 'shop-1a2b.lock')).toBe(path.join('/s/ledgers', 'shop-1a2b.json'))
  })
})

describe('settleLedger', () => {
  it('a half sync: restores the backup, starts the pool the run found started, then removes app_offline.htm', async () => {
    const server = fakeServer({ files: ['C:\\sites\\shop\\app_offline.htm'] })
    const ledger = newLedger()
    killedDuringSync(ledger)
    const result = await settleLedger(ledger, server.repairs, { undoContent: 'unfinished', step: 'cleanup' })
    expect(server.log).toEqual([
      `restore ${path.join(dir, 'backups', 'b1')}`,
      'start Shop',
      'remove C:\\sites\\shop\\app_offline.htm'
    ])
    expect(result.restoredPrevious).toBe(true)
    expect(result.problems).toEqual([])
    expect(ledger.open().map((m) => m.kind)).toEqual(['backup']) // the complete backup is kept
  })

  it('a finished sync with undoContent unfinished: keeps the new files, only brings the app online', async () => {
    const server = fakeServer()
    const ledger = newLedger()
    killedDuringSync(ledger)
    ledger.done(ledger.record.mutations[3] as never)
    await settleLedger(ledger, server.repairs, { undoContent: 'unfinished', step: 'cleanup' })
    expect(server.log).toEqual(['start Shop', 'remove C:\\sites\\shop\\app_offline.htm'])
  })

  it('a pool the deploy found stopped is left stopped', async () => {
    const server = fakeServer()
    const ledger = newLedger()
    const stop = ledger.begin('stop-pool', 'offline', "stop app pool 'Shop'", {
      undo: { kind: 'start-pool', pool: 'Shop' },
      before: { poolState: 'Stopped' }
    })
    ledger.done(stop)
    const result = await settleLedger(ledger, server.repairs, { undoContent: 'all', step: 'cleanup' })
    expect(server.log).toEqual([])
    expect(result.actions).toEqual(["left app pool 'Shop' stopped, as the deploy found it"])
  })

  it('keep-offline-on-failure leaves app_offline.htm and still starts the pool', async () => {
    const server = fakeServer()
    const ledger = newLedger()
    killedDuringSync(ledger)
    await settleLedger(ledger, server.repairs, { undoContent: 'none', keepAppOffline: true, step: 'cleanup' })
    expect(server.log).toEqual(['start Shop'])
    expect(ledger.open(['write-app-offline'])).toHaveLength(1)
  })

  it('a rollback of an online in-place app takes it offline around the restore, and back online after', async () => {
    const server = fakeServer({ pools: { Shop: 'Started' } })
    const ledger = newLedger()
    const sync = ledger.begin('sync', 'sync', 'robocopy', {
      undo: { kind: 'restore-backup', backupDir: 'B' }
    })
    ledger.done(sync)
    await settleLedger(ledger, server.repairs, { undoContent: 'all', step: 'rollback' })
    expect(server.log).toEqual(['offline for restore', 'restore B', 'start Shop'])
    expect(server.pools.get('Shop')).toBe('Started')
  })

  it('a release switch is undone by switching back', async () => {
    const server = fakeServer()
    const ledger = newLedger()
    ledger.begin('switch-release', 'sync', 'switch to releases/3', {
      undo: { kind: 'switch-physical-path', site: 'Shop', application: '/', physicalPath: 'C:\\r\\2' }
    })
    await settleLedger(ledger, server.repairs, { undoContent: 'unfinished', step: 'cleanup' })
    expect(server.state.physicalPath).toBe('C:\\r\\2')
  })

  it('a half sync without a backup cannot be undone: says the folder is partly updated', async () => {
    const server = fakeServer()
    const ledger = newLedger()
    ledger.begin('sync', 'sync', 'robocopy into C:\\sites\\shop')
    const result = await settleLedger(ledger, server.repairs, { undoContent: 'unfinished', step: 'cleanup' })
    expect(result.partial.join()).toMatch(/did not finish and there is no backup/)
    expect(result.problems).toEqual([])
  })

  it('a failing repair is reported, the rest still runs, and the change stays open for the next run', async () => {
    const server = fakeServer()
    server.repairs.startPool = async () => {
      throw new Error('appcmd exited with 50')
    }
    const ledger = newLedger()
    killedDuringSync(ledger)
    const result = await settleLedger(ledger, server.repairs, { undoContent: 'unfinished', step: 'cleanup' })
    expect(result.problems.join()).toMatch(/Could not undo 'stop app pool 'Shop'': appcmd exited with 50/)
    expect(server.log).toContain('remove C:\\sites\\shop\\app_offline.htm')
    expect(ledger.open(['stop-pool'])).toHaveLength(1)
  })

  it('an incomplete backup is removed', async () => {
    const folder = path.join(dir, 'backups', 'partial')
    fs.mkdirSync(folder, { recursive: true })
    const ledger = newLedger()
    ledger.begin('backup', 'sync', 'back up', { undo: { kind: 'remove-folder', folder } })
    await settleLedger(ledger, fakeServer().repairs, { undoContent: 'unfinished', step: 'cleanup' })
    expect(fs.existsSync(folder)).toBe(false)
  })
})

describe('recoverInterruptedRun', () => {
  it('repairs a dead run, says when it started and who ran it, and marks its ledger recovered', async () => {
    const file = path.join(dir, 'shop.json')
    killedDuringSync(newLedger(file))
    const server = fakeServer()
    const reporter = new MemoryReporter()
    const report = await recoverInterruptedRun({
      file,
      repairs: server.repairs,
      reporter,
      now: Date.now,
      host: 'WEB01',
      runId: 'next-run'
    })
    expect(report?.startedAt).toBe('2026-12-01T10:00:00.000Z')
    expect(report?.by).toMatch(/GitHub run 7 attempt 1, pid \d+ on WEB01/)
    expect(server.log).toEqual([
      `restore ${path.join(dir, 'backups', 'b1')}`,
      'start Shop',
      'remove C:\\sites\\shop\\app_offline.htm'
    ])
    expect(reporter.warnings[0]).toMatch(
      /Recovering from an interrupted deploy started at 2026-12-01T10:00:00.000Z/
    )
    const record = readLedger(file)
    expect(record?.status).toBe('recovered')
    expect(record?.recovery?.by).toBe('next-run')
    // A second look finds nothing to repair.
    expect(
      await recoverInterruptedRun({
        file,
        repairs: server.repairs,
        reporter,
        now: Date.now,
        host: 'h',
        runId: 'x'
      })
    ).toBeUndefined()
  })

  it('a finished sync of a run that was never verified is rolled back; a verified one is kept', async () => {
    for (const verified of [false, true]) {
      const file = path.join(dir, `v${String(verified)}.json`)
      const ledger = newLedger(file)
      killedDuringSync(ledger)
      ledger.done(ledger.record.mutations[3] as never)
      if (verified) ledger.markVerified()
      const server = fakeServer()
      await recoverInterruptedRun({
        file,
        repairs: server.repairs,
        reporter: new MemoryReporter(),
        now: Date.now,
        host: 'h',
        runId: 'r'
      })
      expect(server.state.restored.length).toBe(verified ? 0 : 1)
      expect(server.log).toContain('start Shop')
    }
  })

  it('a dry run only describes what it would put back', async () => {
    const file = path.join(dir, 'shop.json')
    killedDuringSync(newLedger(file))
    const server = fakeServer()
    const report = await recoverInterruptedRun({
      file,
      repairs: server.repairs,
      reporter: new MemoryReporter(),
      now: Date.now,
      host: 'h',
      runId: 'r',
      dryRun: true
    })
    expect(server.log).toEqual([])
    expect(report?.actions).toEqual([
      'would put back: robocopy into C:\\sites\\shop (started)',
      "would put back: stop app pool 'Shop' (done)",
      'would put back: write app_offline.htm (done)'
    ])
    expect(readLedger(file)?.status).toBe('running')
    expect(describeOpenChanges(readLedger(file) as LedgerRecord)).toHaveLength(3)
  })

  it('a finished run leaves nothing to recover', async () => {
    const file = path.join(dir, 'shop.json')
    newLedger(file).finish('failed', 'Rolled back.')
    const result = await recoverInterruptedRun({
      file,
      repairs: fakeServer().repairs,
      reporter: new MemoryReporter(),
      now: Date.now,
      host: 'h',
      runId: 'r'
    })
    expect(result).toBeUndefined()
  })
})

describe('archiveLedger', () => {
  it('moves a finished ledger to history/ and keeps the newest ones', () => {
    const file = path.join(dir, 'shop.json')
    for (let i = 0; i < 4; i++) {
      const ledger = new DeployLedger({
        file,
        scope: 'shop.lock',
        target: { application: '/' },
        now: () => Date.parse(`2026-12-0${i + 1}T10:00:00Z`),
        host: 'h'
      })
      ledger.finish('succeeded', 'ok')
      archiveLedger(file, ledger.record, 2)
    }
    expect(fs.existsSync(file)).toBe(false)
    const kept = fs.readdirSync(path.join(dir, 'history')).sort()
    expect(kept).toHaveLength(2)
    expect(kept[0]).toMatch(/^shop\.2026-12-03T10-00-00-000Z\./)
  })
})
