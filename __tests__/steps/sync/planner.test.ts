import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { InputError } from '../../../src/core/errors.js'
import {
  alignTargetTimes,
  isLockedFile,
  lockedFileReason,
  planChanges,
  summarizePlan
} from '../../../src/steps/sync/planner.js'
import { T0, tempDir, writeTree } from './tree-helpers.js'

const dirs: string[] = []
function fresh(): { source: string; target: string } {
  const root = tempDir()
  dirs.push(root)
  return { source: path.join(root, 'publish'), target: path.join(root, 'site') }
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

const later = new Date(T0.getTime() + 60_000)

describe('planChanges', () => {
  it('plans every file as an add on a first deploy (target missing), with bytes', async () => {
    const { source, target } = fresh()
    writeTree(source, {
      'MyApp.dll': '12345',
      'wwwroot/site.css': 'body{}',
      'web.config': '<configuration/>'
    })
    const plan = await planChanges({ source, target })
    expect(plan.changes).toEqual([
      { path: 'MyApp.dll', kind: 'add', bytes: 5 },
      { path: 'web.config', kind: 'add', bytes: 16 },
      { path: 'wwwroot/site.css', kind: 'add', bytes: 6 }
    ])
    expect(plan).toMatchObject({ filesAdded: 3, filesUpdated: 0, filesDeleted: 0, bytesToCopy: 27 })
    expect(plan.newDirectories).toEqual(['wwwroot'])
    expect(plan.touchesLockedFiles).toBe(true)
  })

  it('finds size and time changes, leaves identical files alone', async () => {
    const { source, target } = fresh()
    writeTree(source, {
      'same.txt': 'a',
      'bigger.txt': 'abc',
      'newer.txt': { content: 'x', mtime: later },
      'older.txt': { content: 'y', mtime: T0 }
    })
    writeTree(target, {
      'same.txt': 'a',
      'bigger.txt': 'ab',
      'newer.txt': 'x',
      'older.txt': { content: 'y', mtime: later } // robocopy copies "Older" files too
    })
    const plan = await planChanges({ source, target })
    expect(plan.changes.map((c) => `${c.kind} ${c.path}`)).toEqual([
      'update bigger.txt',
      'update newer.txt',
      'update older.txt'
    ])
    expect(plan.unchanged).toBe(1)
    expect(plan.compared).toBe('size-and-time')
  })

  it('compares times exactly (robocopy without /FFT) and with 2 s tolerance with fatFileTimes (windows-facts §5)', async () => {
    const { source, target } = fresh()
    writeTree(source, { 'a.txt': { content: 'a', mtime: new Date(T0.getTime() + 1500) } })
    writeTree(target, { 'a.txt': 'a' })
    expect((await planChanges({ source, target })).filesUpdated).toBe(1)
    expect((await planChanges({ source, target, fatFileTimes: true })).filesUpdated).toBe(0)
  })

  it('with checksum compares content: same bytes with another time is unchanged (and listed to retime)', async () => {
    const { source, target } = fresh()
    writeTree(source, {
      'same.dll': { content: 'AAAA', mtime: later },
      'changed.dll': { content: 'BBBB', mtime: T0 },
      'resized.txt': 'abc'
    })
    writeTree(target, { 'same.dll': 'AAAA', 'changed.dll': 'CCCC', 'resized.txt': 'ab' })
    const plan = await planChanges({ source, target, checksum: true })
    expect(plan.changes.map((c) => `${c.kind} ${c.path}`)).toEqual([
      'update changed.dll',
      'update resized.txt'
    ])
    expect(plan.retimed).toEqual(['same.dll'])
    expect(plan.forceCopy).toEqual(['changed.dll'])
    expect(plan.compared).toBe('checksum')
    expect(plan.lockedChanges).toEqual(['changed.dll'])

    // alignTargetTimes makes a size+time tool (robocopy) agree with the checksum plan.
    expect(alignTargetTimes(plan, source, target)).toBe(2)
    const again = await planChanges({ source, target })
    expect(again.changes.map((c) => c.path)).toEqual(['changed.dll', 'resized.txt'])
  })

  it('deletes extra target files only with deleteExtra, and lists extra folders deepest first', async () => {
    const { source, target } = fresh()
    writeTree(source, { 'a.txt': 'a' })
    writeTree(target, { 'a.txt': 'a', 'old/deeper/x.txt': 'xx', 'stale.js': 'sss' })
    const keep = await planChanges({ source, target })
    expect(keep.changes).toEqual([])
    expect(keep.extraDirectories).toEqual([])
    const remove = await planChanges({ source, target, deleteExtra: true })
    expect(remove.changes).toEqual([
      { path: 'old/deeper/x.txt', kind: 'delete', bytes: 2 },
      { path: 'stale.js', kind: 'delete', bytes: 3 }
    ])
    expect(remove.bytesToDelete).toBe(5)
    expect(remove.extraDirectories).toEqual(['old/deeper', 'old'])
    expect(remove.touchesLockedFiles).toBe(false)
  })

  it('never deletes or overwrites preserved paths (default App_Data, logs), case-insensitively', async () => {
    const { source, target } = fresh()
    writeTree(source, { 'a.txt': 'a', 'App_Data/seed.db': 'new', 'LOGS/x.log': 'n' })
    writeTree(target, {
      'a.txt': 'a',
      'app_data/seed.db': 'live data',
      'logs/today.log': 'log',
      'wwwroot/logs/a': '1'
    })
    const plan = await planChanges({ source, target, deleteExtra: true })
    // wwwroot/logs is not the preserved root-level logs folder: delete-extra removes it.
    expect(plan.changes).toEqual([{ path: 'wwwroot/logs/a', kind: 'delete', bytes: 1 }])
    expect(plan.preserve).toEqual(['App_Data', 'logs'])
  })

  it('takes a custom preserve list (replacing the default) with nested paths', async () => {
    const { source, target } = fresh()
    writeTree(source, { 'a.txt': 'a' })
    writeTree(target, { 'wwwroot/uploads/u.png': 'u', 'App_Data/x': 'x' })
    const plan = await planChanges({ source, target, deleteExtra: true, preserve: ['wwwroot/uploads'] })
    expect(plan.changes.map((c) => c.path)).toEqual(['a.txt', 'App_Data/x'])
  })

  it('excluded globs are not deployed and, like robocopy /XF /XD, not deleted either', async () => {
    const { source, target } = fresh()
    writeTree(source, {
      'MyApp.pdb': 'p',
      'sub/x.pdb': 'p',
      'appsettings.Development.json': '{}',
      'a.txt': 'a'
    })
    writeTree(target, { 'old.pdb': 'o' })
    const plan = await planChanges({
      source,
      target,
      deleteExtra: true,
      exclude: ['*.pdb', 'appsettings.Development.json']
    })
    expect(plan.changes.map((c) => `${c.kind} ${c.path}`)).toEqual(['add a.txt'])
    expect(plan.exclude).toEqual(['*.pdb', 'appsettings.Development.json'])
  })

  it('always protects app_offline.htm: never deployed from the source, never deleted from the target', async () => {
    const { source, target } = fresh()
    writeTree(source, { 'app_offline.htm': 'mine', 'a.txt': 'a' })
    writeTree(target, { 'App_Offline.htm': 'offline page' })
    const plan = await planChanges({ source, target, deleteExtra: true })
    expect(plan.changes.map((c) => c.path)).toEqual(['a.txt'])
  })

  it('compares names case-insensitively (Windows file systems) and reports the target spelling', async () => {
    const { source, target } = fresh()
    writeTree(source, { 'MyApp.DLL': { content: 'v2', mtime: later } })
    writeTree(target, { 'myapp.dll': 'v1' })
    const plan = await planChanges({ source, target, deleteExtra: true })
    expect(plan.changes).toEqual([{ path: 'myapp.dll', kind: 'update', bytes: 2 }])
  })

  it('refuses a source holding two names that differ only in case', async () => {
    const { source, target } = fresh()
    writeTree(source, { 'a.txt': '1', 'A.TXT': '2' })
    await expect(planChanges({ source, target })).rejects.toThrow(/differ only in case/)
  })

  it('refuses a missing source folder, naming the input', async () => {
    const { source, target } = fresh()
    const error = await planChanges({ source, target }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('source')
  })

  it('refuses wildcards in preserve (target paths)', async () => {
    const { source, target } = fresh()
    writeTree(source, { 'a.txt': 'a' })
    await expect(planChanges({ source, target, preserve: ['*.db'] })).rejects.toThrow(/Input 'preserve'/)
  })

  it('leaves links in the target alone (a release links shared folders in)', async () => {
    const { source, target } = fresh()
    writeTree(source, { 'a.txt': 'a' })
    writeTree(target, { 'a.txt': 'a' })
    const shared = path.join(path.dirname(target), 'shared-data')
    writeTree(shared, { 'db.sqlite': 'data' })
    fs.symlinkSync(shared, path.join(target, 'data'), 'dir')
    const plan = await planChanges({ source, target, deleteExtra: true })
    expect(plan.changes).toEqual([])
  })
})

describe('touchesLockedFiles: what the worker loads or locks (windows-facts §6)', () => {
  it.each([
    ['MyApp.dll', true],
    ['runtimes/win-x64/native/e_sqlite3.DLL', true],
    ['MyApp.exe', true],
    ['web.config', true],
    ['sub/Web.Config', true],
    ['MyApp.runtimeconfig.json', true],
    ['MyApp.deps.json', true],
    ['MyApp.pdb', true],
    ['appsettings.json', false],
    ['appsettings.Production.json', false],
    ['wwwroot/js/site.js', false],
    ['wwwroot/index.html', false],
    ['runtimes/linux-x64/native/libe_sqlite3.so', false],
    ['web.config.bak', false]
  ])('%s → %s', (file, locked) => {
    expect(isLockedFile(file)).toBe(locked)
    if (locked) expect(lockedFileReason(file)).toMatch(/\w/)
  })

  it('a static-only change can deploy without taking the app offline', async () => {
    const { source, target } = fresh()
    writeTree(source, { 'MyApp.dll': 'v1', 'wwwroot/site.css': { content: 'new css', mtime: later } })
    writeTree(target, { 'MyApp.dll': 'v1', 'wwwroot/site.css': 'old' })
    const plan = await planChanges({ source, target })
    expect(plan.touchesLockedFiles).toBe(false)
    expect(summarizePlan(plan)).toBe(
      '0 to add, 1 to update, 0 to delete (7 bytes to copy); static files only: the app can stay online'
    )
  })

  it('deleting a .dll counts too (Windows cannot delete a loaded image)', async () => {
    const { source, target } = fresh()
    writeTree(source, { 'a.txt': 'a' })
    writeTree(target, { 'a.txt': 'a', 'Old.Plugin.dll': 'x' })
    const plan = await planChanges({ source, target, deleteExtra: true })
    expect(plan.touchesLockedFiles).toBe(true)
    expect(plan.lockedChanges).toEqual(['Old.Plugin.dll'])
  })
})
