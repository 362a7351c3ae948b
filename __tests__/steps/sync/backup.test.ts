import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createBackup,
  defaultBackupRoot,
  listBackups,
  pruneBackups,
  readBackup,
  restoreBackup
} from '../../../src/steps/sync/backup.js'
import { planChanges } from '../../../src/steps/sync/planner.js'
import { listDirectories, readTree, T0, tempDir, writeTree } from './tree-helpers.js'

const roots: string[] = []
function fresh(): string {
  const root = tempDir('backup-')
  roots.push(root)
  return root
}
afterEach(() => {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true })
})

/** A sync stand-in: applies the plan the way robocopy would (copy adds/updates, delete extras and their folders). */
function applyPlan(source: string, target: string, plan: Awaited<ReturnType<typeof planChanges>>): void {
  for (const c of plan.changes) {
    const to = path.join(target, c.path)
    if (c.kind === 'delete') fs.rmSync(to)
    else {
      fs.mkdirSync(path.dirname(to), { recursive: true })
      fs.copyFileSync(path.join(source, c.path), to)
    }
  }
  for (const d of plan.extraDirectories) fs.rmSync(path.join(target, d), { recursive: true, force: true })
}

function snapshot(root: string): {
  files: Record<string, string>
  dirs: string[]
  times: Record<string, number>
} {
  const files = readTree(root)
  const times: Record<string, number> = {}
  for (const f of Object.keys(files)) times[f] = fs.statSync(path.join(root, f)).mtimeMs
  return { files, dirs: listDirectories(root), times }
}

describe('in-place backup and restore', () => {
  it('keeps what the sync replaces or deletes, and restoreBackup puts the previous version back exactly', async () => {
    const root = fresh()
    const source = path.join(root, 'publish')
    const target = path.join(root, 'site')
    const later = new Date(T0.getTime() + 60_000)
    writeTree(source, {
      'MyApp.dll': { content: 'v2', mtime: later },
      'same.txt': 'same',
      'new/feature.js': 'feature',
      'wwwroot/css/new.css': 'c'
    })
    writeTree(target, {
      'MyApp.dll': 'v1',
      'same.txt': 'same',
      'stale.js': 'stale',
      'old/deep/x.txt': 'x',
      'App_Data/db': 'data'
    })
    fs.mkdirSync(path.join(target, 'emptyExtra'))
    fs.mkdirSync(path.join(target, 'wwwroot'))
    const before = snapshot(target)

    const plan = await planChanges({ source, target, deleteExtra: true })
    const backup = createBackup({ plan, target, backupRoot: path.join(root, 'backups') })
    expect(backup.manifest).toMatchObject({
      added: ['new/feature.js', 'wwwroot/css/new.css'],
      updated: ['MyApp.dll'],
      deleted: ['old/deep/x.txt', 'stale.js'],
      createdDirectories: ['new', 'wwwroot/css'],
      deletedDirectories: ['old/deep', 'emptyExtra', 'old'],
      bytes: 2 + 1 + 5
    })
    // Only what changes is copied.
    expect(readTree(path.join(backup.dir, 'files'))).toEqual({
      'MyApp.dll': 'v1',
      'old/deep/x.txt': 'x',
      'stale.js': 'stale'
    })

    applyPlan(source, target, plan)
    expect(readTree(target)['MyApp.dll']).toBe('v2')

    const result = restoreBackup(backup.dir)
    expect(result).toEqual({ restored: 3, removed: 2 })
    expect(snapshot(target)).toEqual(before)
  })

  it('restores after a partial sync too (some adds never happened)', async () => {
    const root = fresh()
    const source = path.join(root, 'publish')
    const target = path.join(root, 'site')
    writeTree(source, { 'a.txt': 'aaa', 'b.txt': 'b' })
    writeTree(target, { 'a.txt': 'a' })
    const before = snapshot(target)
    const plan = await planChanges({ source, target })
    const backup = createBackup({ plan, target, backupRoot: path.join(root, 'backups') })
    fs.writeFileSync(path.join(target, 'a.txt'), 'aaa') // the sync died after the first file
    expect(restoreBackup(backup)).toEqual({ restored: 1, removed: 0 })
    expect(snapshot(target)).toEqual(before)
  })

  it('refuses a backup folder without a manifest (interrupted)', () => {
    const root = fresh()
    fs.mkdirSync(path.join(root, 'b'))
    expect(() => readBackup(path.join(root, 'b'))).toThrow(/incomplete/)
  })

  it('keeps backups next to the target, never inside it', () => {
    expect(defaultBackupRoot('C:\\inetpub\\MyApp\\')).toBe('C:\\inetpub\\MyApp.iis-deploy-backups')
    expect(defaultBackupRoot('/srv/site')).toBe('/srv/site.iis-deploy-backups')
    expect(() => defaultBackupRoot('D:\\')).toThrow(/drive root/)
  })

  it('prunes old backups, newest kept', async () => {
    const root = fresh()
    const target = path.join(root, 'site')
    writeTree(target, { 'a.txt': 'a' })
    const backupRoot = path.join(root, 'backups')
    const plan = {
      changes: [],
      filesAdded: 0,
      filesUpdated: 0,
      filesDeleted: 0,
      bytesToCopy: 0,
      touchesLockedFiles: false
    }
    const made = [0, 1, 2, 3, 4].map(
      (i) => createBackup({ plan, target, backupRoot, now: new Date(T0.getTime() + i * 1000) }).dir
    )
    const deleted = pruneBackups({ backupRoot, keep: 2 })
    expect(deleted.sort()).toEqual(made.slice(0, 3).sort())
    expect(listBackups(backupRoot)).toEqual([made[4], made[3]])
  })
})
