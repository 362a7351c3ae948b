import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { InputError } from '../../../src/core/errors.js'
import {
  expandPhysicalPath,
  isReleasePath,
  listReleases,
  planReleaseLayout,
  pruneReleases,
  resolveReleaseRoot,
  rollbackTarget,
  stageRelease,
  RELEASE_MARKER_FILE,
  validateReleaseId,
  writeReleaseMarker
} from '../../../src/steps/sync/releases.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'
import { readTree, T0, tempDir, writeTree } from './tree-helpers.js'

const roots: string[] = []
function fresh(): string {
  const root = tempDir('releases-')
  roots.push(root)
  return root
}
/** A release folder's files without the marker (its content holds the time it was written). */
function releaseFiles(dir: string): Record<string, string> {
  const { [RELEASE_MARKER_FILE]: marker, ...files } = readTree(dir)
  expect(marker, `${dir} should hold the release marker`).toContain('"tool":"iis-deploy"')
  return files
}
afterEach(() => {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true })
})

describe('resolveReleaseRoot (contract §1 "Release folders")', () => {
  it.each([
    [
      'physical-path given wins',
      { physicalPath: 'D:\\sites\\app\\', livePhysicalPath: 'C:\\x\\releases\\7' },
      'D:\\sites\\app'
    ],
    [
      'live is <x>\\releases\\<id> → <x>',
      { livePhysicalPath: 'C:\\sites\\app\\releases\\41-1' },
      'C:\\sites\\app'
    ],
    [
      'case-insensitive "Releases", trailing backslash',
      { livePhysicalPath: 'C:\\sites\\app\\Releases\\41-1\\' },
      'C:\\sites\\app'
    ],
    [
      'otherwise the live path itself',
      { livePhysicalPath: 'C:\\inetpub\\wwwroot\\MyApp' },
      'C:\\inetpub\\wwwroot\\MyApp'
    ],
    [
      'IIS environment variables are expanded',
      { livePhysicalPath: '%SystemDrive%\\inetpub\\wwwroot' },
      'C:\\inetpub\\wwwroot'
    ],
    ['POSIX paths (tests)', { livePhysicalPath: '/srv/app/releases/3' }, '/srv/app'],
    ['a folder merely named releases is the root', { livePhysicalPath: 'C:\\releases' }, 'C:\\releases']
  ])('%s', (_name, options, expected) => {
    expect(resolveReleaseRoot(options)).toBe(expected)
  })

  it('needs physical-path when IIS reports none', () => {
    expect(() => resolveReleaseRoot({})).toThrow(/Input 'physical-path'/)
  })

  it('expands variables from the environment case-insensitively, leaves unknown ones', () => {
    expect(expandPhysicalPath('%SITES%\\a\\%NOPE%', { sites: 'E:\\web' })).toBe('E:\\web\\a\\%NOPE%')
  })
})

describe('validateReleaseId (a folder name that cannot leave releases/)', () => {
  it.each(['42-1', '2026.11.22-1', 'v1.2.3_rc', 'a'])('accepts %s', (id) => {
    expect(validateReleaseId(id)).toBe(id)
  })
  it.each([
    ['..', 'may only hold'],
    ['../x', 'may only hold'],
    ['a/b', 'may only hold'],
    ['a\\b', 'may only hold'],
    ['.hidden', 'may only hold'],
    ['', 'may only hold'],
    ['x'.repeat(101), 'may only hold'],
    ['a b', 'may only hold'],
    ['C:', 'may only hold'],
    ['1.', 'must not end with "."'],
    ['CON', 'device name'],
    ['nul.txt', 'device name'],
    ['COM1', 'device name']
  ])('refuses %j', (id, message) => {
    expect(() => validateReleaseId(id)).toThrow(InputError)
    expect(() => validateReleaseId(id)).toThrow(message)
  })
})

describe('planReleaseLayout (pure: what to switch to and back to)', () => {
  it('places the release under <root>\\releases and links preserve folders from <root>\\shared', () => {
    const layout = planReleaseLayout({
      livePhysicalPath: 'C:\\sites\\app\\releases\\41-1',
      releaseId: '42-1',
      preserve: ['App_Data', 'wwwroot/uploads']
    })
    expect(layout).toEqual({
      root: 'C:\\sites\\app',
      releasesDir: 'C:\\sites\\app\\releases',
      sharedDir: 'C:\\sites\\app\\shared',
      releaseId: '42-1',
      releasePath: 'C:\\sites\\app\\releases\\42-1',
      previousPath: 'C:\\sites\\app\\releases\\41-1',
      sharedLinks: [
        {
          name: 'App_Data',
          link: 'C:\\sites\\app\\releases\\42-1\\App_Data',
          target: 'C:\\sites\\app\\shared\\App_Data'
        },
        {
          name: 'wwwroot/uploads',
          link: 'C:\\sites\\app\\releases\\42-1\\wwwroot\\uploads',
          target: 'C:\\sites\\app\\shared\\wwwroot\\uploads'
        }
      ]
    })
    expect(rollbackTarget(layout)).toBe('C:\\sites\\app\\releases\\41-1')
    expect(isReleasePath(layout.releasePath)).toBe(true)
    expect(isReleasePath(layout.root)).toBe(false)
  })

  it('first deploy: no previous path, nothing to roll back to', () => {
    const layout = planReleaseLayout({ physicalPath: 'C:\\sites\\new', releaseId: '1' })
    expect(layout.previousPath).toBeUndefined()
    expect(rollbackTarget(layout)).toBeUndefined()
    expect(layout.sharedLinks.map((l) => l.name)).toEqual(['App_Data', 'logs'])
  })
})

describe('stageRelease', () => {
  it('stages a first release: files copied with their times, preserve folders linked from shared', async () => {
    const root = fresh()
    const source = path.join(root, 'publish')
    writeTree(source, {
      'MyApp.dll': 'v1',
      'wwwroot/a.css': 'css',
      'App_Data/seed.db': 'seed',
      'empty/.k': ''
    })
    const site = path.join(root, 'site')
    const layout = planReleaseLayout({ physicalPath: site, releaseId: '1' })
    const reporter = new MemoryReporter()
    const staged = await stageRelease({ reporter }, { layout, source })
    expect(staged).toMatchObject({
      method: 'copy',
      filesAdded: 3,
      filesUpdated: 0,
      filesDeleted: 0,
      files: 3
    })
    expect(releaseFiles(path.join(site, 'releases', '1'))).toEqual({
      'MyApp.dll': 'v1',
      'wwwroot/a.css': 'css',
      'empty/.k': '',
      App_Data: `-> ${path.join(site, 'shared', 'App_Data')}`,
      logs: `-> ${path.join(site, 'shared', 'logs')}`
    })
    // The shared folder is seeded once from the publish folder when it does not exist yet.
    expect(readTree(path.join(site, 'shared'))).toEqual({ 'App_Data/seed.db': 'seed' })
    expect(fs.statSync(path.join(site, 'releases', '1', 'MyApp.dll')).mtimeMs).toBe(T0.getTime())
    // No staging folder is left behind.
    expect(fs.readdirSync(path.join(site, 'releases'))).toEqual(['1'])
  })

  it('stages the next release next to the live one without touching it; shared data carries over', async () => {
    const root = fresh()
    const source = path.join(root, 'publish')
    const site = path.join(root, 'site')
    writeTree(source, { 'MyApp.dll': 'v1', 'old.js': 'o' })
    const first = await stageRelease(
      { reporter: new MemoryReporter() },
      { layout: planReleaseLayout({ physicalPath: site, releaseId: '1' }), source }
    )
    fs.writeFileSync(path.join(first.layout.releasePath, 'App_Data', 'user.db'), 'user data')
    const liveBefore = readTree(first.layout.releasePath)

    fs.rmSync(source, { recursive: true })
    writeTree(source, {
      'MyApp.dll': { content: 'v2', mtime: new Date(T0.getTime() + 60_000) },
      'new.js': 'n'
    })
    const layout = planReleaseLayout({ livePhysicalPath: first.layout.releasePath, releaseId: '2' })
    expect(layout.root).toBe(site)
    const second = await stageRelease({ reporter: new MemoryReporter() }, { layout, source })
    expect(second).toMatchObject({ filesAdded: 1, filesUpdated: 1, filesDeleted: 1 })
    expect(readTree(first.layout.releasePath)).toEqual(liveBefore)
    expect(readTree(layout.releasePath)).toMatchObject({ 'MyApp.dll': 'v2', 'new.js': 'n' })
    expect(fs.readFileSync(path.join(layout.releasePath, 'App_Data', 'user.db'), 'utf8')).toBe('user data')
  })

  it('copies unchanged files from the live release when asked (seedFromLive), changed ones from the source', async () => {
    const root = fresh()
    const source = path.join(root, 'publish')
    const live = path.join(root, 'site', 'releases', '1')
    writeTree(source, { 'same.dll': 'same', 'changed.dll': 'new!' })
    writeTree(live, { 'same.dll': 'same', 'changed.dll': 'old' })
    // Mark the live copy so we can tell where the new release's file came from (same size and time: unchanged).
    const marker = path.join(live, 'same.dll')
    fs.writeFileSync(marker, 'SAME')
    fs.utimesSync(marker, T0, T0)
    const layout = planReleaseLayout({ livePhysicalPath: live, releaseId: '2', preserve: [] })
    const staged = await stageRelease(
      { reporter: new MemoryReporter() },
      { layout, source, seedFromLive: true }
    )
    expect(staged.seededFromLive).toBe(1)
    expect(releaseFiles(layout.releasePath)).toEqual({ 'same.dll': 'SAME', 'changed.dll': 'new!' })
    expect(staged.bytesCopied).toBe(4)
  })

  it('moving from in-place: the live folder is the root, its data is copied to shared, releases/ is not "gone"', async () => {
    const root = fresh()
    const source = path.join(root, 'publish')
    const live = path.join(root, 'wwwroot')
    writeTree(source, { 'MyApp.dll': 'v2' })
    writeTree(live, { 'MyApp.dll': 'v1', 'logs/today.log': 'log' })
    const layout = planReleaseLayout({ livePhysicalPath: live, releaseId: '7' })
    expect(layout.root).toBe(live)
    const reporter = new MemoryReporter()
    await stageRelease({ reporter }, { layout, source })
    expect(readTree(path.join(live, 'shared'))).toEqual({ 'logs/today.log': 'log' })
    expect(reporter.warnings.join('\n')).toMatch(/logs was copied from/)
    // A second release from the root layout does not count the first release's files as deleted.
    const again = await stageRelease(
      { reporter },
      { layout: planReleaseLayout({ physicalPath: live, livePhysicalPath: live, releaseId: '8' }), source }
    )
    expect(again.filesDeleted).toBe(0)
  })

  it('refuses the live release id; replaces a leftover folder of the same id with a warning', async () => {
    const root = fresh()
    const source = path.join(root, 'publish')
    writeTree(source, { 'a.txt': 'a' })
    const live = path.join(root, 'site', 'releases', '5')
    writeTree(live, { 'a.txt': 'a' })
    const sameId = planReleaseLayout({ livePhysicalPath: live, releaseId: '5' })
    await expect(
      stageRelease({ reporter: new MemoryReporter() }, { layout: sameId, source })
    ).rejects.toThrow(/'5' is the live release/)
    writeTree(path.join(root, 'site', 'releases', '6'), { 'junk.txt': 'j' })
    const reporter = new MemoryReporter()
    await stageRelease(
      { reporter },
      { layout: planReleaseLayout({ livePhysicalPath: live, releaseId: '6', preserve: [] }), source }
    )
    expect(releaseFiles(path.join(root, 'site', 'releases', '6'))).toEqual({ 'a.txt': 'a' })
    expect(reporter.warnings[0]).toMatch(/exists but is not live/)
  })

  it('dry run writes nothing', async () => {
    const root = fresh()
    const source = path.join(root, 'publish')
    writeTree(source, { 'a.txt': 'a' })
    const layout = planReleaseLayout({ physicalPath: path.join(root, 'site'), releaseId: '1' })
    const staged = await stageRelease({ reporter: new MemoryReporter() }, { layout, source, dryRun: true })
    expect(staged.summary).toMatch(/^would stage release 1/)
    expect(fs.existsSync(path.join(root, 'site'))).toBe(false)
  })
})

describe('pruneReleases (keep-releases)', () => {
  function releases(root: string, ids: string[]): string {
    const dir = path.join(root, 'releases')
    ids.forEach((id, i) => {
      writeTree(path.join(dir, id), { 'a.txt': id })
      writeReleaseMarker(path.join(dir, id), id)
      const t = new Date(T0.getTime() + i * 1000)
      fs.utimesSync(path.join(dir, id), t, t)
    })
    return dir
  }

  it('keeps the newest up to keep, the live one and its predecessor always', () => {
    const root = fresh()
    const dir = releases(root, ['1', '2', '3', '4', '5', '6'])
    const result = pruneReleases({
      releasesDir: dir,
      keep: 3,
      live: path.join(dir, '6'),
      previous: path.join(dir, '5')
    })
    expect(result.kept.map((p) => path.basename(p))).toEqual(['6', '5', '4'])
    expect(result.deleted.map((p) => path.basename(p)).sort()).toEqual(['1', '2', '3'])
    expect(listReleases(dir).map((r) => r.id)).toEqual(['6', '5', '4'])
  })

  it('never deletes the live release or its predecessor, even when they are the oldest (after a rollback)', () => {
    const root = fresh()
    const dir = releases(root, ['1', '2', '3', '4'])
    const result = pruneReleases({
      releasesDir: dir,
      keep: 1,
      live: path.join(dir, '1'),
      previous: path.join(dir, '2')
    })
    expect(result.kept.map((p) => path.basename(p)).sort()).toEqual(['1', '2'])
    expect(
      listReleases(dir)
        .map((r) => r.id)
        .sort()
    ).toEqual(['1', '2'])
  })

  it('does not follow links into shared data when deleting a release', () => {
    const root = fresh()
    const dir = releases(root, ['1', '2', '3'])
    const shared = path.join(root, 'shared', 'App_Data')
    writeTree(shared, { 'db.sqlite': 'precious' })
    fs.symlinkSync(shared, path.join(dir, '1', 'App_Data'), 'dir')
    pruneReleases({ releasesDir: dir, keep: 2, live: path.join(dir, '3'), previous: path.join(dir, '2') })
    expect(fs.existsSync(path.join(dir, '1'))).toBe(false)
    expect(readTree(shared)).toEqual({ 'db.sqlite': 'precious' })
  })

  it('removes only folders this tool created: marked ones, or unmarked ones linked into shared/ (older versions)', () => {
    const root = fresh()
    const dir = releases(root, ['1', '2', '3', '4'])
    // Not ours: another app's folder, a hand-made backup, an unmarked folder with a release-like name.
    writeTree(path.join(dir, 'zz-other-app-1'), { 'index.html': 'other app' })
    writeTree(path.join(dir, 'backups-2025'), { 'db.bak': 'backup' })
    // An older version's release: no marker, but linked into shared/ like every release it staged.
    const legacy = path.join(dir, '0-legacy')
    writeTree(legacy, { 'a.txt': 'old' })
    fs.mkdirSync(path.join(root, 'shared', 'logs'), { recursive: true })
    fs.symlinkSync(path.join(root, 'shared', 'logs'), path.join(legacy, 'logs'), 'dir')
    const old = new Date(T0.getTime() - 60_000)
    for (const name of ['zz-other-app-1', 'backups-2025', '0-legacy'])
      fs.utimesSync(path.join(dir, name), old, old)

    const result = pruneReleases({
      releasesDir: dir,
      keep: 2,
      live: path.join(dir, '4'),
      previous: path.join(dir, '3')
    })

    expect(result.deleted.map((p) => path.basename(p)).sort()).toEqual(['0-legacy', '1', '2'])
    expect(result.foreign.map((p) => path.basename(p)).sort()).toEqual(['backups-2025', 'zz-other-app-1'])
    expect(readTree(path.join(dir, 'zz-other-app-1'))).toEqual({ 'index.html': 'other app' })
    expect(readTree(path.join(dir, 'backups-2025'))).toEqual({ 'db.bak': 'backup' })
    expect(fs.existsSync(path.join(root, 'shared', 'logs'))).toBe(true)
  })

  it('dry run lists and deletes nothing; keep must be 1 or more', () => {
    const root = fresh()
    const dir = releases(root, ['1', '2', '3'])
    expect(pruneReleases({ releasesDir: dir, keep: 1, dryRun: true }).deleted).toHaveLength(2)
    expect(listReleases(dir)).toHaveLength(3)
    expect(() => pruneReleases({ releasesDir: dir, keep: 0 })).toThrow(/Input 'keep-releases'/)
  })
})

describe('stageRelease: the marker and the verification of the copy', () => {
  it('writes the marker with the release id into the release folder; the next comparison ignores it', async () => {
    const root = fresh()
    const source = path.join(root, 'publish')
    writeTree(source, { 'a.txt': 'a', 'sub/b.txt': 'b' })
    const site = path.join(root, 'site')
    const first = planReleaseLayout({ physicalPath: site, releaseId: '1' })
    await stageRelease({ reporter: new MemoryReporter() }, { layout: first, source })
    const marker = JSON.parse(fs.readFileSync(path.join(first.releasePath, RELEASE_MARKER_FILE), 'utf8')) as {
      releaseId: string
    }
    expect(marker.releaseId).toBe('1')
    const second = planReleaseLayout({
      physicalPath: site,
      releaseId: '2',
      livePhysicalPath: first.releasePath
    })
    const staged = await stageRelease({ reporter: new MemoryReporter() }, { layout: second, source })
    expect(staged).toMatchObject({ filesAdded: 0, filesUpdated: 0, filesDeleted: 0 })
  })

  it.each([
    [
      'a write lost (a full disk)',
      (from: string, to: string) => (from.endsWith('b.txt') ? undefined : fs.copyFileSync(from, to)),
      'sub/b.txt (missing)'
    ],
    [
      'a truncated write',
      (from: string, to: string) => {
        fs.copyFileSync(from, to)
        if (from.endsWith('b.txt')) fs.truncateSync(to, 1)
      },
      'sub/b.txt (differs)'
    ]
  ])('%s fails the staging, naming the file, and leaves no release folder', async (_, copyFile, named) => {
    const root = fresh()
    const source = path.join(root, 'publish')
    writeTree(source, { 'a.txt': 'a', 'sub/b.txt': 'bbbb' })
    const layout = planReleaseLayout({ physicalPath: path.join(root, 'site'), releaseId: '1' })
    const copying = (from: string, to: string): void => {
      fs.mkdirSync(path.dirname(to), { recursive: true })
      copyFile(from, to)
      if (fs.existsSync(to)) fs.utimesSync(to, fs.statSync(from).atime, fs.statSync(from).mtime)
    }
    await expect(
      stageRelease({ reporter: new MemoryReporter() }, { layout, source, copyFile: copying })
    ).rejects.toThrow(new RegExp(`1 file\\(s\\).*do not match.*${named.replace(/[()]/g, '\\$&')}`))
    expect(fs.existsSync(layout.releasePath)).toBe(false)
    expect(fs.readdirSync(layout.releasesDir)).toEqual([])
  })
})
