// The paired walk (paired-walk.ts) must give exactly the plan the separate walks give (planner.ts `planWith`, the
// walk the planner always had): on generated trees with every difference a deploy meets (content, size, time, case
// of a name, a file where the other side has a folder, target links over source entries, excluded and preserved
// paths, the offline marker, target-only and source-only subtrees), in both modes, with and without delete-extra.
// And where it bails out (a source link, names differing only in case), the planner's answer is the separate walks'.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  PAIRED_CLAIMED_BY_WORKER,
  PAIRED_CLAIMED_HERE,
  PAIRED_CLAIMS_CLOSED,
  WALK_PAIRED_UNITS_SOURCE,
  walkPairedUnits,
  type PairedWalkSettings
} from '../../../src/steps/sync/paired-walk.js'
import {
  planChanges,
  planPairedWalk,
  type ChangePlan,
  type PlanChangesOptions
} from '../../../src/steps/sync/planner.js'
import { comparePairs } from '../../../src/steps/sync/same-content.js'
import { TreeWorkers } from '../../../src/steps/sync/tree-worker.js'
import { T0, tempDir, writeTree } from './tree-helpers.js'

const dirs: string[] = []
const pools: TreeWorkers[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
  for (const pool of pools.splice(0)) pool.close()
})

function fresh(): { root: string; source: string; target: string } {
  const root = tempDir('iis-deploy-paired-')
  dirs.push(root)
  return { root, source: path.join(root, 'publish'), target: path.join(root, 'site') }
}

/** A small deterministic generator (mulberry32), so a failing seed can be replayed. */
function generator(seed: number): () => number {
  let t = seed >>> 0
  return () => {
    t = (t + 0x6d2b79f5) >>> 0
    let r = Math.imul(t ^ (t >>> 15), 1 | t)
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r)
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296
  }
}

// Names a publish folder and a site hold, including what the filters take (exclude *.log and obj/, preserve
// App_Data and logs, the offline marker) and names that end up as a file on one side and a folder on the other.
const NAMES = [
  'App.dll',
  'web.config',
  'site.css',
  'app.js',
  'x.log',
  'obj',
  'App_Data',
  'logs',
  'app_offline.htm',
  'lib',
  'data',
  'img.png',
  'notes.txt',
  'runtimes'
]
const LATER = new Date(T0.getTime() + 60_000)

/**
 * Writes a source tree and a target made from it with random differences. Returns how many target links it made.
 */
function generate(seed: number, source: string, target: string, outside: string): number {
  const random = generator(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  let links = 0
  fs.mkdirSync(outside, { recursive: true })
  writeTree(outside, { 'shared.txt': 'shared', 'sub/inner.txt': 'inner' })

  const fill = (sourceDir: string, targetDir: string | null, depth: number): void => {
    fs.mkdirSync(sourceDir, { recursive: true })
    if (targetDir !== null) fs.mkdirSync(targetDir, { recursive: true })
    const names = NAMES.filter(() => random() < 0.45)
    for (const name of names) {
      const sourcePath = path.join(sourceDir, name)
      const folder = depth < 3 && random() < 0.3
      if (folder) fill(sourcePath, null, depth + 1)
      else writeTree(sourceDir, { [name]: { content: `${name} v1 ${seed}`, mtime: T0 } })
      if (targetDir === null) continue
      // The target's twin: spelled in another case now and then (Windows pairs them all the same).
      const twinName = random() < 0.15 ? name.toUpperCase() : name
      const twin = path.join(targetDir, twinName)
      const change = pick([
        'same',
        'same',
        'same',
        'missing',
        'content',
        'size',
        'time',
        'content-and-time',
        'other-kind',
        'link'
      ])
      if (change === 'missing') continue
      if (change === 'link') {
        fs.symlinkSync(random() < 0.5 ? path.join(outside, 'sub') : path.join(outside, 'shared.txt'), twin)
        links++
      } else if (folder && change !== 'other-kind') {
        // The same folder on the target, with its own differences below.
        fillTwin(sourcePath, twin)
      } else if (folder || change === 'other-kind') {
        if (folder) writeTree(targetDir, { [twinName]: 'a file where the source has a folder' })
        else writeTree(twin, { 'inner.txt': 'a folder where the source has a file', 'deeper/x.dll': 'x' })
      } else {
        const content = `${name} v1 ${seed}`
        const spec = {
          same: { content, mtime: T0 },
          content: { content: content.toUpperCase(), mtime: T0 }, // same size and time, other bytes
          size: { content: `${content}!!`, mtime: T0 },
          time: { content, mtime: LATER },
          'content-and-time': { content: content.toUpperCase(), mtime: LATER }
        }[change as 'same']
        writeTree(targetDir, { [twinName]: spec })
      }
    }
    if (targetDir === null) return
    // Target-only entries: files, folders (with a link inside now and then), and links.
    for (const extra of ['old.dll', 'stale', 'Logs-old.txt', 'gone']) {
      if (random() >= 0.25 || names.some((n) => n.toLowerCase() === extra.toLowerCase())) continue
      const kind = pick(['file', 'folder', 'link'])
      if (kind === 'file') writeTree(targetDir, { [extra]: 'left over' })
      else if (kind === 'folder') {
        writeTree(path.join(targetDir, extra), { 'a.txt': 'a', 'b/c.dll': 'c', 'x.log': 'log' })
        if (random() < 0.5) {
          fs.symlinkSync(path.join(outside, 'sub'), path.join(targetDir, extra, 'linked'))
          links++
        }
      } else {
        fs.symlinkSync(path.join(outside, 'sub'), path.join(targetDir, extra))
        links++
      }
    }
  }
  const fillTwin = (sourceDir: string, targetDir: string): void => {
    // The source folder's files on the target, with random differences.
    fs.mkdirSync(targetDir, { recursive: true })
    for (const entry of fs.readdirSync(sourceDir, { withFileTypes: true })) {
      const from = path.join(sourceDir, entry.name)
      const to = path.join(targetDir, random() < 0.1 ? entry.name.toUpperCase() : entry.name)
      if (entry.isDirectory()) {
        if (random() < 0.85) fillTwin(from, to)
        continue
      }
      const roll = random()
      if (roll < 0.1) continue // missing on the target
      const content = fs.readFileSync(from, 'utf8')
      const changed = roll < 0.2 ? content.toUpperCase() : roll < 0.3 ? `${content}+` : content
      fs.writeFileSync(to, changed)
      const time = roll >= 0.3 && roll < 0.4 ? LATER : T0
      fs.utimesSync(to, time, time)
    }
    if (random() < 0.3) writeTree(targetDir, { 'extra-here.js': 'extra' })
  }

  fill(source, target, 0)
  return links
}

const MODES: Array<Partial<PlanChangesOptions>> = [
  { checksum: false, deleteExtra: true, listUnchanged: true },
  { checksum: true, deleteExtra: true, listUnchanged: true },
  { checksum: false, deleteExtra: false },
  { checksum: true, deleteExtra: false, fatFileTimes: true }
]

/** The kinds of difference the generated trees produced (checksum and delete-extra plans), for the check below. */
const kindsSeen = new Set<string>()

function recordKinds(plan: ChangePlan): void {
  for (const change of plan.changes) kindsSeen.add(change.kind)
  if (plan.forceCopy.length > 0) kindsSeen.add('forceCopy')
  if (plan.retimed.length > 0) kindsSeen.add('retimed')
  if (plan.newDirectories.length > 0) kindsSeen.add('newDirectories')
  if (plan.extraDirectories.length > 0) kindsSeen.add('extraDirectories')
  if ((plan.shadowedByLinks ?? []).length > 0) kindsSeen.add('shadowed')
  if (plan.changes.some((c) => c.path !== c.path.toLowerCase() && c.path === c.path.toUpperCase()))
    kindsSeen.add('case')
}

describe('the paired walk gives the plan the separate walks give', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('generated trees, seed %i', async (seed) => {
    const { root, source, target } = fresh()
    const links = generate(seed, source, target, path.join(root, 'outside'))
    for (const mode of MODES) {
      const options: PlanChangesOptions = {
        source,
        target,
        exclude: ['*.log', 'obj/'],
        workerThreads: false,
        ...mode
      }
      const paired = await planPairedWalk(options)
      expect(paired, 'the paired walk handles these trees itself').toBeDefined()
      const separate = await planChanges({ ...options, pairedWalk: false })
      expect(paired).toEqual(separate)
      expect(paired?.targetLinks).toHaveLength(links)
      if (mode.checksum && mode.deleteExtra) recordKinds(separate)
    }
  })

  it('the generated trees hold every kind of difference (the comparison above is not vacuous)', (context) => {
    if (kindsSeen.size === 0) context.skip() // run alone (-t): the seeded tests above did not run
    expect([...kindsSeen].sort()).toEqual(
      [
        'add',
        'case',
        'delete',
        'extraDirectories',
        'forceCopy',
        'newDirectories',
        'retimed',
        'shadowed',
        'update'
      ].sort()
    )
  })

  it('a first deploy (no target yet) plans every source file as an add', async () => {
    const { source, target } = fresh()
    writeTree(source, { 'App.dll': 'dll', 'wwwroot/site.css': 'css', 'x.log': 'excluded' })
    const paired = await planPairedWalk({ source, target, exclude: ['*.log'], workerThreads: false })
    expect(paired?.changes.map((c) => [c.kind, c.path])).toEqual([
      ['add', 'App.dll'],
      ['add', 'wwwroot/site.css']
    ])
    expect(paired?.newDirectories).toEqual(['wwwroot'])
  })
})

describe('where the paired walk bails out, the separate walks answer', () => {
  it('a source holding a symbolic link: followed, as before', async () => {
    const { root, source, target } = fresh()
    writeTree(source, { 'App.dll': 'dll' })
    writeTree(path.join(root, 'elsewhere'), { 'linked.txt': 'through a link' })
    fs.symlinkSync(path.join(root, 'elsewhere'), path.join(source, 'wwwroot'))
    writeTree(target, { 'App.dll': 'dll' })
    expect(await planPairedWalk({ source, target, workerThreads: false })).toBeUndefined()
    const plan = await planChanges({ source, target, workerThreads: false })
    expect(plan.changes).toEqual([{ path: 'wwwroot/linked.txt', kind: 'add', bytes: 14 }])
  })

  it.each([
    ['at the root', { 'a.txt': '1', 'A.TXT': '2' }],
    ['in a folder', { 'lib/a.txt': '1', 'lib/A.TXT': '2' }]
  ])('a source holding names that differ only in case (%s): refused, as before', async (_, files) => {
    const { source, target } = fresh()
    writeTree(source, files)
    expect(await planPairedWalk({ source, target, workerThreads: false })).toBeUndefined()
    await expect(planChanges({ source, target })).rejects.toThrow(/differ only in case/)
  })

  it('a case-sensitive target holding names that differ only in case: the separate walks decide', async () => {
    const { source, target } = fresh()
    writeTree(source, { 'lib/a.txt': 'new' })
    writeTree(target, { 'lib/a.txt': 'old', 'lib/A.txt': 'other' })
    expect(await planPairedWalk({ source, target, workerThreads: false })).toBeUndefined()
    const plan = await planChanges({ source, target, deleteExtra: true })
    expect(plan).toEqual(await planChanges({ source, target, deleteExtra: true, pairedWalk: false }))
    expect(plan.filesUpdated + plan.unchanged).toBe(1)
  })
})

/** Settings for walkPairedUnits called directly: the source root's names as units, each with its twin if there. */
function settingsFor(source: string, target: string, checksum: boolean): PairedWalkSettings {
  const sourceNames: Array<string | null> = fs.readdirSync(source)
  const targetNames: Array<string | null> = sourceNames.map((name) =>
    fs.existsSync(path.join(target, name as string)) ? name : null
  )
  return {
    source,
    target,
    sourceSeparator: path.sep,
    targetSeparator: path.sep,
    sourceNames,
    targetNames,
    ignore: '(?:\\.log$)',
    checksum,
    toleranceMs: 1,
    deleteExtra: true,
    listUnchanged: true
  }
}

describe('walkPairedUnits on a worker thread lists what this thread lists', () => {
  it.each([false, true])('checksum %s: every unit on the worker, then every unit here', async (checksum) => {
    const { source, target } = fresh()
    writeTree(source, {
      'a/one.dll': { content: 'one', mtime: LATER },
      'a/two.js': 'two',
      'b/c/three.css': 'THREE',
      'b/x.log': 'excluded',
      'd.txt': 'new'
    })
    writeTree(target, { 'a/one.dll': 'one', 'a/two.js': 'TWO', 'b/c/three.css': 'three', 'e/old.txt': 'old' })
    const settings = settingsFor(source, target, checksum)
    const claims = (): Int32Array => new Int32Array(new SharedArrayBuffer(4 * settings.sourceNames.length))
    const pool = new TreeWorkers()
    pools.push(pool)
    const there = await pool.walkPaired(0, settings, claims())
    // From the last unit on, as the worker walks: the same order, so the lists compare as they are.
    const here = walkPairedUnits(fs, comparePairs, settings, claims(), PAIRED_CLAIMED_HERE, true, null)
    expect(there).toEqual(here)
    expect(here.bail).toBeNull()
    expect(here.adds).toEqual(['d.txt'])
    expect(here.updates.sort()).toEqual(checksum ? ['a/two.js', 'b/c/three.css'] : ['a/one.dll'])
    expect(here.retimed).toEqual(checksum ? ['a/one.dll'] : [])
    expect(here.forceCopy.sort()).toEqual(checksum ? ['a/two.js', 'b/c/three.css'] : [])
  })

  it('a walk that bails out closes the unclaimed units with the value the planner closes them with', () => {
    // walkPairedUnits cannot read module-level names (it runs as source text on the worker): it writes the number.
    expect(WALK_PAIRED_UNITS_SOURCE).toContain(
      `Atomics.compareExchange(claims, other, 0, ${PAIRED_CLAIMS_CLOSED})`
    )
    const { source, target } = fresh()
    writeTree(source, { 'a/x.txt': 'x', 'a/X.TXT': 'twin', 'b.txt': 'b', 'c.txt': 'c' })
    // The folder with the case twins first, so that two units are still unclaimed when the walk bails out there.
    const settings = {
      ...settingsFor(source, target, false),
      sourceNames: ['a', 'b.txt', 'c.txt'],
      targetNames: [null, null, null]
    }
    const claims = new Int32Array(new SharedArrayBuffer(4 * 3))
    const here = walkPairedUnits(fs, comparePairs, settings, claims, PAIRED_CLAIMED_HERE, false, null)
    expect(here.bail).toMatch(/differ only in case/)
    expect([...claims]).toEqual([PAIRED_CLAIMED_HERE, PAIRED_CLAIMS_CLOSED, PAIRED_CLAIMS_CLOSED])
  })

  it('units another thread holds are left to it', () => {
    const { source, target } = fresh()
    writeTree(source, { 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' })
    const settings = settingsFor(source, target, false)
    const claims = new Int32Array(new SharedArrayBuffer(4 * 3))
    const held = settings.sourceNames.indexOf('b.txt')
    claims[held] = PAIRED_CLAIMED_BY_WORKER
    const here = walkPairedUnits(fs, comparePairs, settings, claims, PAIRED_CLAIMED_HERE, false, null)
    expect(here.adds.sort()).toEqual(['a.txt', 'c.txt'])
    expect([...claims].filter((claim) => claim === PAIRED_CLAIMED_HERE)).toHaveLength(2)
  })
})

describe('with checksum, files listed as plain files on both sides are opened first and stat-ed through the open files', () => {
  function settingsOf(source: string, target: string): PairedWalkSettings {
    const settings = { ...settingsFor(source, target, true), ignore: null, listUnchanged: false }
    // As the planner's root listing says (rootUnits): a plain file on both sides.
    const plainFiles = settings.sourceNames.map((name) =>
      [source, target].every((root) => fs.lstatSync(path.join(root, name as string)).isFile())
    )
    return { ...settings, plainFiles }
  }

  /** fs with opens and closes counted, and `refuse(path)` deciding which opens by flags (not 'r') fail, and how. */
  function countingFs(refuse: (file: string) => string | undefined) {
    const open = new Set<number>()
    const calls = { byFlags: 0, fstat: 0, lstat: 0 }
    const api = {
      ...fs,
      openSync(file: fs.PathLike, flags?: fs.OpenMode): number {
        if (typeof flags === 'number') {
          calls.byFlags++
          const code = refuse(String(file))
          if (code) throw Object.assign(new Error(`${code}: ${String(file)}`), { code })
        }
        const fd = fs.openSync(file, flags ?? 'r')
        open.add(fd)
        return fd
      },
      closeSync(fd: number): void {
        open.delete(fd)
        fs.closeSync(fd)
      },
      fstatSync: ((fd: number) => {
        calls.fstat++
        return fs.fstatSync(fd)
      }) as typeof fs.fstatSync,
      lstatSync: ((file: fs.PathLike, options?: fs.StatSyncOptions) => {
        calls.lstat++
        return fs.lstatSync(file, options)
      }) as typeof fs.lstatSync
    }
    return { api: api as typeof fs, open, calls }
  }

  function tree(): { source: string; target: string } {
    const { source, target } = fresh()
    writeTree(source, {
      'same.dll': { content: 'same', mtime: LATER },
      'changed.js': 'new',
      'longer.css': 'longer',
      'd/inner.txt': 'inner'
    })
    writeTree(target, {
      'same.dll': 'same',
      'changed.js': 'old',
      'longer.css': 'long',
      'd/inner.txt': 'inner'
    })
    return { source, target }
  }

  it('compares the pairs without an lstat of either file, and closes every file it opened', () => {
    const { source, target } = tree()
    const counting = countingFs(() => undefined)
    const claims = new Int32Array(new SharedArrayBuffer(4 * 4))
    const found = walkPairedUnits(
      counting.api,
      comparePairs,
      settingsOf(source, target),
      claims,
      1,
      false,
      null
    )
    expect(found.updates.sort()).toEqual(['changed.js', 'longer.css'])
    expect(found.retimed).toEqual(['same.dll'])
    expect(found.unchanged).toBe(2)
    expect(counting.calls.byFlags).toBe(8) // both sides of the four pairs
    expect(counting.calls.fstat).toBe(8)
    expect(counting.calls.lstat).toBe(2) // the folder d on each side
    expect(counting.open.size).toBe(0)
  })

  it.each(['ELOOP', 'ENOENT', 'EACCES'])(
    'a file that cannot be opened so (%s: a link or nothing there since, no access) is stat-ed by path as any entry',
    (code) => {
      const { source, target } = tree()
      const refused = path.join(target, 'changed.js')
      const counting = countingFs((file) => (file === refused ? code : undefined))
      const claims = new Int32Array(new SharedArrayBuffer(4 * 4))
      const settings = settingsOf(source, target)
      const found = walkPairedUnits(counting.api, comparePairs, settings, claims, 1, false, null)
      const plain = walkPairedUnits(
        fs,
        comparePairs,
        settings,
        new Int32Array(new SharedArrayBuffer(16)),
        1,
        false,
        null
      )
      expect(found).toEqual(plain)
      expect(counting.calls.lstat).toBe(4) // the two folders, and the refused pair's two files
      expect(counting.open.size).toBe(0)
    }
  )

  it('an entry listed as a file that is no longer one when opened is stat-ed by path', () => {
    const { source, target } = tree()
    const counting = countingFs(() => undefined)
    const fstat = counting.api.fstatSync
    const directory = fs.statSync(source)
    let calls = 0
    // The third descriptor stat-ed (the second pair's source) reads as a folder: replaced between listing and open.
    counting.api.fstatSync = ((fd: number) => (++calls === 3 ? directory : fstat(fd))) as typeof fs.fstatSync
    const claims = new Int32Array(new SharedArrayBuffer(4 * 4))
    const settings = settingsOf(source, target)
    const found = walkPairedUnits(counting.api, comparePairs, settings, claims, 1, false, null)
    expect(found).toEqual(
      walkPairedUnits(fs, comparePairs, settings, new Int32Array(new SharedArrayBuffer(16)), 1, false, null)
    )
    expect(counting.calls.lstat).toBe(4)
    expect(counting.open.size).toBe(0)
  })
})
