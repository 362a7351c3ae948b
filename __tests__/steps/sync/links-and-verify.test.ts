// Links in the target are opaque, links in the source deploy as what they point to but never in a loop, and a copy
// is checked against the source afterwards (docs/links-and-verification.md).
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { InputError } from '../../../src/core/errors.js'
import { createBackup, restoreBackup } from '../../../src/steps/sync/backup.js'
import { isUnderLink, linkOnPath, scanTree } from '../../../src/steps/sync/file-tree.js'
import { planChanges } from '../../../src/steps/sync/planner.js'
import { buildRobocopyArgs } from '../../../src/steps/sync/robocopy.js'
import { describeMismatches, findCopyMismatches, verifyCopy } from '../../../src/steps/sync/verify.js'
import { readTree, tempDir, writeTree } from './tree-helpers.js'

const roots: string[] = []
function fresh(): string {
  const root = tempDir('links-verify-')
  roots.push(root)
  return root
}
afterEach(() => {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true })
})

/** A site folder whose `linked` is a link to a folder outside it holding precious.txt. */
function siteWithLink(): { root: string; source: string; target: string; outside: string } {
  const root = fresh()
  const source = path.join(root, 'publish')
  const target = path.join(root, 'site')
  const outside = path.join(root, 'outside')
  writeTree(source, { 'app.dll': 'v2', 'linked/precious.txt': 'from the publish folder' })
  writeTree(target, { 'app.dll': 'v1 old' })
  writeTree(outside, { 'precious.txt': 'outside the site' })
  fs.symlinkSync(outside, path.join(target, 'linked'), 'dir')
  return { root, source, target, outside }
}

describe('the planner: target links hold their place', () => {
  it('plans nothing under a target link, lists the link and the source files it hides', async () => {
    const { source, target } = siteWithLink()
    const plan = await planChanges({ source, target, deleteExtra: true })
    expect(plan.changes).toEqual([{ path: 'app.dll', kind: 'update', bytes: 2 }])
    expect(plan.targetLinks).toEqual(['linked'])
    expect(plan.shadowedByLinks).toEqual(['linked/precious.txt'])
    expect(plan.newDirectories).toEqual([])
  })

  it('a file link (any case) hides the source file of that name', async () => {
    const root = fresh()
    const source = path.join(root, 'publish')
    const target = path.join(root, 'site')
    writeTree(source, { 'Web.config': '<configuration/>' })
    writeTree(path.join(root, 'shared'), { 'web.config': 'shared' })
    fs.mkdirSync(target)
    fs.symlinkSync(path.join(root, 'shared', 'web.config'), path.join(target, 'web.config'))
    const plan = await planChanges({ source, target })
    expect(plan.changes).toEqual([])
    expect(plan.shadowedByLinks).toEqual(['Web.config'])
  })

  it('isUnderLink matches the link and what is under it, case-insensitively, nothing else', () => {
    const keys = new Set(['wwwroot/media'])
    expect(isUnderLink('wwwroot/media', keys)).toBe(true)
    expect(isUnderLink('WWWROOT/Media/a.png', keys)).toBe(true)
    expect(isUnderLink('wwwroot/media2/a.png', keys)).toBe(false)
    expect(isUnderLink('wwwroot', keys)).toBe(false)
  })
})

describe('robocopy: each target link named on both sides in /XD and /XF', () => {
  it('adds the full paths after exclude and preserve', () => {
    const args = buildRobocopyArgs({ source: '/p', target: '/s', targetLinks: ['linked', 'wwwroot/media'] })
    const xd = args.slice(args.indexOf('/XD') + 1)
    const xf = args.slice(args.indexOf('/XF') + 1, args.indexOf('/XD'))
    for (const list of [xd, xf]) {
      expect(list).toEqual(
        expect.arrayContaining(['/p/linked', '/s/linked', '/p/wwwroot/media', '/s/wwwroot/media'])
      )
    }
    expect(args.filter((a) => /^\/XJ/i.test(a))).toEqual([])
  })
})

describe('backup and restore never go through a link', () => {
  it('a link made after the plan: the backup skips the path, the restore leaves the file behind it alone', async () => {
    const root = fresh()
    const source = path.join(root, 'publish')
    const target = path.join(root, 'site')
    writeTree(source, { 'app.dll': 'v2', 'data/new.txt': 'new' })
    writeTree(target, { 'app.dll': 'v1 old' })
    const plan = await planChanges({ source, target })
    expect(plan.changes.map((c) => c.path)).toEqual(['app.dll', 'data/new.txt'])
    const outside = path.join(root, 'outside')
    writeTree(outside, { 'new.txt': 'precious' })
    fs.symlinkSync(outside, path.join(target, 'data'), 'dir')

    const backup = createBackup({ plan, target, backupRoot: path.join(root, 'backups') })
    expect(backup.manifest.added).toEqual([])
    fs.writeFileSync(path.join(target, 'app.dll'), 'v2')
    const restored = restoreBackup(backup.dir)
    expect(restored.restored).toBe(1)
    expect(readTree(outside)).toEqual({ 'new.txt': 'precious' })
  })

  it('a restore whose manifest names a file now behind a link leaves it and reports the path', async () => {
    const root = fresh()
    const source = path.join(root, 'publish')
    const target = path.join(root, 'site')
    writeTree(source, { 'app.dll': 'v2', 'data/new.txt': 'new' })
    writeTree(target, { 'app.dll': 'v1 old' })
    const plan = await planChanges({ source, target })
    const backup = createBackup({ plan, target, backupRoot: path.join(root, 'backups') })
    expect(backup.manifest.added).toEqual(['data/new.txt'])
    // The sync ran; then someone replaced data/ with a link to an outside folder holding a file of that name.
    const outside = path.join(root, 'outside')
    writeTree(outside, { 'new.txt': 'precious' })
    fs.symlinkSync(outside, path.join(target, 'data'), 'dir')
    const restored = restoreBackup(backup.dir)
    expect(restored.throughLinks).toEqual(['data/new.txt', 'data'])
    expect(readTree(outside)).toEqual({ 'new.txt': 'precious' })
    expect(fs.readFileSync(path.join(target, 'app.dll'), 'utf8')).toBe('v1 old')
  })

  it('linkOnPath names the first link on a path, nothing for plain or missing paths', () => {
    const { target } = siteWithLink()
    expect(linkOnPath(target, 'linked/precious.txt')).toBe('linked')
    expect(linkOnPath(target, 'app.dll')).toBeUndefined()
    expect(linkOnPath(target, 'missing/deeper/file.txt')).toBeUndefined()
  })
})

describe('source links: followed, never in a loop', () => {
  function loopTree(kind: 'parent' | 'pair' | 'self'): string {
    const root = path.join(fresh(), 'publish')
    writeTree(root, { 'a.txt': 'a', 'sub/b.txt': 'b', 'other/c.txt': 'c' })
    if (kind === 'parent') fs.symlinkSync('..', path.join(root, 'sub', 'up'), 'dir')
    if (kind === 'pair') {
      fs.symlinkSync(path.join(root, 'other'), path.join(root, 'sub', 'to-other'), 'dir')
      fs.symlinkSync(path.join(root, 'sub'), path.join(root, 'other', 'to-sub'), 'dir')
    }
    if (kind === 'self') fs.symlinkSync('self', path.join(root, 'self'))
    return root
  }

  it.each([
    ['parent', /the link 'sub\/up' points to .*publish, a folder that contains it/],
    [
      'pair',
      /the link '(sub\/to-other\/to-sub|other\/to-sub\/to-other)' points to .*, a folder that contains it/
    ],
    ['self', /'self' is a symbolic link loop/]
  ] as const)('a %s loop is refused, naming the link (TreeWalker)', (kind, message) => {
    const root = loopTree(kind)
    let error: unknown
    try {
      scanTree(root, { side: 'source', input: 'source' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('source')
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).toMatch(/exclude/)
  })

  it('a link to a folder beside it (no loop) is deployed as what it points to, twice if linked twice', () => {
    const root = path.join(fresh(), 'publish')
    writeTree(root, { 'shared/x.txt': 'x' })
    fs.symlinkSync(path.join(root, 'shared'), path.join(root, 'one'), 'dir')
    fs.symlinkSync(path.join(root, 'shared'), path.join(root, 'two'), 'dir')
    const scan = scanTree(root, { side: 'source', input: 'source' })
    expect([...scan.files.keys()].sort()).toEqual(['one/x.txt', 'shared/x.txt', 'two/x.txt'])
  })

  it('an excluded loop is never entered', () => {
    const root = path.join(fresh(), 'publish')
    writeTree(root, { 'a.txt': 'a' })
    fs.symlinkSync('.', path.join(root, 'loop'), 'dir')
    const scan = scanTree(root, {
      side: 'source',
      input: 'source',
      ignoreDirectory: (p) => p === 'loop'
    })
    expect([...scan.files.keys()]).toEqual(['a.txt'])
  })
})

describe('verification after the copy', () => {
  function copied(): { source: string; target: string } {
    const root = fresh()
    const source = path.join(root, 'publish')
    const target = path.join(root, 'site')
    const files = { 'app.dll': 'binary', 'web.config': '<configuration/>', 'wwwroot/a.js': 'js' }
    writeTree(source, files)
    writeTree(target, files)
    return { source, target }
  }

  it('finds nothing when the target matches, so verifyCopy resolves', async () => {
    const { source, target } = copied()
    expect(await findCopyMismatches({ source, target, deleteExtra: true })).toEqual([])
    await expect(verifyCopy('robocopy', 1, { source, target })).resolves.toBeUndefined()
  })

  it('names a missing, a truncated and an undeleted file', async () => {
    const { source, target } = copied()
    fs.rmSync(path.join(target, 'wwwroot', 'a.js'))
    fs.truncateSync(path.join(target, 'app.dll'), 2)
    writeTree(target, { 'old.txt': 'old' })
    const mismatches = await findCopyMismatches({ source, target, deleteExtra: true })
    expect(mismatches).toEqual([
      { path: 'app.dll', problem: 'differs' },
      { path: 'old.txt', problem: 'not deleted' },
      { path: 'wwwroot/a.js', problem: 'missing' }
    ])
    await expect(verifyCopy('robocopy', 1, { source, target, deleteExtra: true })).rejects.toThrow(
      /robocopy reported success \(exit code 1\), but 3 file\(s\) in .* do not match .*: app\.dll \(differs\), old\.txt \(not deleted\), wwwroot\/a\.js \(missing\)\.\nFix: .*free space/
    )
  })

  it('with plannedDeletes, an extra file that appeared after the plan (the app wrote it) is not a mismatch', async () => {
    const { source, target } = copied()
    writeTree(target, { 'old.txt': 'planned delete left behind', 'new-log.txt': 'written by the app' })
    expect(
      await findCopyMismatches({ source, target, deleteExtra: true, plannedDeletes: ['OLD.txt'] })
    ).toEqual([{ path: 'old.txt', problem: 'not deleted' }])
  })

  it('with checksum, a same-size same-time file with other bytes is a mismatch', async () => {
    const { source, target } = copied()
    writeTree(target, { 'app.dll': 'BINARY' })
    expect(await findCopyMismatches({ source, target })).toEqual([])
    expect(await findCopyMismatches({ source, target, checksum: true })).toEqual([
      { path: 'app.dll', problem: 'differs' }
    ])
  })

  it('describeMismatches names the first few and counts the rest', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ path: `f${i}.txt`, problem: 'missing' as const }))
    expect(describeMismatches(many)).toBe(
      'f0.txt (missing), f1.txt (missing), f2.txt (missing), f3.txt (missing), f4.txt (missing) and 3 more'
    )
  })
})
