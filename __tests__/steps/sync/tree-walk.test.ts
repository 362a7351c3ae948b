// The planner walks trees on this thread (TreeWalker) and on a worker thread (tree-worker.ts), and compares content
// on either: both must report exactly what the walk always reported (links, case twins, ignored paths, vanished links).
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  scanTree,
  treeScanOf,
  TreeWalker,
  type ScanOptions,
  type TreeListing
} from '../../../src/steps/sync/file-tree.js'
import { buildSyncFilters, planChanges } from '../../../src/steps/sync/planner.js'
import { comparePairs } from '../../../src/steps/sync/same-content.js'
import {
  CLAIMED_BY_WORKER,
  CLAIMED_HERE,
  mergeUnitListings,
  walkTargetUnits
} from '../../../src/steps/sync/target-walk.js'
import { TreeWorkers } from '../../../src/steps/sync/tree-worker.js'
import { T0, tempDir, writeTree } from './tree-helpers.js'

const dirs: string[] = []
const workers: TreeWorkers[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
  for (const w of workers.splice(0)) w.close()
})

/** Resolves once worker 0 has started (an empty walk). */
async function warm(pool: TreeWorkers): Promise<void> {
  await pool.walkTarget('/', path.sep, [], new Int32Array(new SharedArrayBuffer(4)), null)
}

function fresh(): string {
  const root = tempDir()
  dirs.push(root)
  return root
}

const filters = buildSyncFilters(['*.log', 'obj/'], ['App_Data'])
const options = (side: 'source' | 'target'): ScanOptions => ({
  side,
  ignoreFile: filters.isProtectedFile,
  ignoreDirectory: filters.isProtectedDirectory
})

/** A tree with everything a walk must tell apart. */
function arrange(root: string): void {
  writeTree(root, {
    'App.dll': 'dll',
    'web.config': '<configuration />',
    'wwwroot/css/site.css': 'css',
    'wwwroot/js/site.js': 'js',
    'debug.log': 'ignored by exclude',
    'obj/cache.bin': 'ignored folder',
    'App_Data/db.sqlite': 'preserved',
    'app_offline.htm': 'offline marker',
    'deep/a/b/c/d.txt': 'deep'
  })
  fs.mkdirSync(path.join(root, 'empty'))
  const outside = path.join(path.dirname(root), `${path.basename(root)}-outside`)
  writeTree(outside, { 'linked.txt': 'through a link', 'sub/inner.txt': 'inner' })
  fs.symlinkSync(path.join(outside, 'sub'), path.join(root, 'linked-folder'), 'dir')
  fs.symlinkSync(path.join(outside, 'linked.txt'), path.join(root, 'linked-file.txt'))
  fs.symlinkSync(path.join(root, 'missing.txt'), path.join(root, 'dangling.txt'))
}

function plain(scan: ReturnType<typeof scanTree>) {
  return {
    exists: scan.exists,
    files: [...scan.files],
    directories: [...scan.directories],
    links: [...scan.links].sort()
  }
}

/**
 * The target's walk as the planner shares it (target-walk.ts): the worker takes the root entries `workerUnits` says,
 * this thread the others, and the two parts are merged. Each side gets its own claims array with the other's units
 * already taken, so who walks what is fixed, not a race.
 */
async function walkShared(
  pool: TreeWorkers,
  root: string,
  ignore: string | null,
  workerUnits: (unit: number) => boolean
): Promise<TreeListing> {
  const names = fs.readdirSync(root)
  const claimsWith = (taken: number, mine: (unit: number) => boolean): Int32Array => {
    const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, names.length)))
    names.forEach((_, unit) => (claims[unit] = mine(unit) ? 0 : taken))
    return claims
  }
  const theirs = await pool.walkTarget(root, path.sep, names, claimsWith(CLAIMED_HERE, workerUnits), ignore)
  const here = walkTargetUnits(
    fs,
    root,
    path.sep,
    names,
    claimsWith(CLAIMED_BY_WORKER, (unit) => !workerUnits(unit)),
    CLAIMED_HERE,
    true,
    ignore
  )
  expect(theirs.length + here.length).toBe(names.length)
  return mergeUnitListings(names, theirs, here)
}

const splits: Array<[string, (unit: number) => boolean]> = [
  ['all on the worker', () => true],
  ['all on this thread', () => false],
  ['every other entry on the worker', (unit) => unit % 2 === 0]
]

describe('TreeWalker and the shared target walk report the same tree', () => {
  it.each(splits)('%s: the same listing, in the same order', async (_, workerUnits) => {
    const root = path.join(fresh(), 'tree')
    arrange(root)
    const pool = new TreeWorkers()
    workers.push(pool)
    const here = new TreeWalker(root, options('target')).walk().listing
    expect(await walkShared(pool, root, filters.protectedSource, workerUnits)).toEqual(here)
  })

  it.each(['source', 'target'] as const)(
    '%s side (TreeWalker): files, folders, links, ignored paths',
    (side) => {
      const root = path.join(fresh(), 'tree')
      arrange(root)
      const here = scanTree(root, options(side))
      const files = [...here.files.keys()].sort()
      const expected =
        side === 'source'
          ? // Links followed: the linked file and folder deploy as what they point to; the dangling one is nothing.
            ['app.dll', 'deep/a/b/c/d.txt', 'linked-file.txt', 'linked-folder/inner.txt', 'web.config']
          : ['app.dll', 'deep/a/b/c/d.txt', 'web.config']
      expect(files).toEqual([...expected, 'wwwroot/css/site.css', 'wwwroot/js/site.js'].sort())
      expect(here.files.get('linked-file.txt')?.size ?? 0).toBe(side === 'source' ? 14 : 0)
      expect(plain(here).links).toEqual(
        side === 'source' ? [] : ['dangling.txt', 'linked-file.txt', 'linked-folder']
      )
      expect([...here.directories.keys()]).toContain('empty')
      expect([...here.directories.keys()]).not.toContain('obj')
      expect([...here.directories.keys()]).not.toContain('app_data')
    }
  )

  it.each(splits)(
    '%s: keeps the first of two target names differing only in case, in walk order',
    async (_, workerUnits) => {
      const root = path.join(fresh(), 'site')
      writeTree(root, { 'lib/A.js': 'upper', 'lib/a.js': 'lower!', 'Lib/x.js': 'x', 'lib/x.js': 'xx' })
      const here = scanTree(root, { side: 'target' })
      const pool = new TreeWorkers()
      workers.push(pool)
      const listing = await walkShared(pool, root, null, workerUnits)
      expect(plain(treeScanOf(listing, { side: 'target' }))).toEqual(plain(here))
      expect(here.files.size).toBe(2)
    }
  )

  it('refuses to merge a listing with a root entry missing or listed twice (a bug, never a partial plan)', () => {
    const unit = (index: number) => ({
      unit: index,
      kind: 'file' as const,
      size: 1,
      mtimeMs: 0,
      directories: [],
      files: [],
      sizes: [],
      mtimes: [],
      links: []
    })
    expect(() => mergeUnitListings(['a', 'b'], [unit(0)])).toThrow(/did not list 'b'/)
    expect(() => mergeUnitListings(['a', 'b'], [unit(0), unit(1)], [unit(1)])).toThrow(/listed 'b' twice/)
    expect(mergeUnitListings(['a', 'b'], [unit(1)], [unit(0)]).files).toEqual(['a', 'b'])
  })

  it('a walk can stop and go on: two halves give the whole', () => {
    const root = path.join(fresh(), 'tree')
    arrange(root)
    const walker = new TreeWalker(root, options('source'))
    walker.walk(1)
    expect(walker.done).toBe(false)
    walker.walk()
    expect(walker.done).toBe(true)
    expect(plain(treeScanOf(walker.listing, options('source')))).toEqual(
      plain(scanTree(root, options('source')))
    )
  })

  it('reports a missing root as not existing, and a file root as an input error', () => {
    const root = fresh()
    expect(scanTree(path.join(root, 'nope'), { side: 'target' }).exists).toBe(false)
    fs.writeFileSync(path.join(root, 'file'), 'x')
    expect(() => scanTree(path.join(root, 'file'), { side: 'target', input: 'physical-path' })).toThrow(
      /Input 'physical-path': '.*file' is not a folder/
    )
  })
})

describe('TreeWorkers.sameContent and comparePairs: both files byte for byte, chunk by chunk', () => {
  it('tells equal from different content, including empty and multi-MiB files, and reports read errors', async () => {
    const root = fresh()
    const big = Buffer.alloc(3 * 1024 * 1024 + 7, 1)
    const bigOther = Buffer.from(big)
    bigOther[bigOther.length - 1] = 2 // differs only in the last chunk
    const bigFirst = Buffer.from(big)
    bigFirst[0] = 3 // differs in the first byte
    const files: Record<string, Buffer | string> = {
      a1: 'same',
      a2: 'same',
      b1: 'one',
      b2: 'two',
      e1: '',
      e2: '',
      big1: big,
      big2: Buffer.from(big),
      big3: bigOther,
      big4: bigFirst,
      grown1: 'abc',
      grown2: 'abcdef'
    }
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(root, name), content)
    const at = (name: string) => path.join(root, name)
    const pool = new TreeWorkers()
    workers.push(pool)
    const pair = (a: string, b: string) => ({ source: at(a), target: at(b), size: fs.statSync(at(a)).size })
    const pairs = [
      pair('a1', 'a2'),
      pair('b1', 'b2'),
      pair('e1', 'e2'),
      pair('big1', 'big2'),
      pair('big1', 'big3'),
      pair('big1', 'big4'),
      // Changed since the walk saw 3 bytes each: only those 3 are compared (rsync reads as far as it listed) ...
      { source: at('grown1'), target: at('grown2'), size: 3 },
      // ... and a file shorter than the walk saw is not the same as a longer one.
      { source: at('grown1'), target: at('grown2'), size: 6 },
      { source: at('grown1'), target: at('grown1'), size: 6 }
    ]
    expect(await pool.sameContent(pairs, 2)).toEqual([
      true,
      false,
      true,
      true,
      false,
      false,
      true,
      false,
      true
    ])
    // The same function on this thread (the planner's path for small jobs), with a buffer smaller than the big
    // files so that they are streamed through it.
    const paths = pairs.flatMap((p) => [p.source, p.target])
    const here = comparePairs(
      fs,
      [Buffer.alloc(1 << 20), Buffer.alloc(1 << 20)],
      paths,
      pairs.map((p) => p.size)
    )
    expect([...here]).toEqual([1, 0, 1, 1, 0, 0, 1, 0, 1])
    await expect(
      pool.sameContent([{ source: at('a1'), target: at('missing'), size: 4 }])
    ).rejects.toMatchObject({
      code: 'ENOENT'
    })
  })
})

describe('comparePairs shared between threads: pairs claimed batch by batch from one counter', () => {
  function pairsOf(root: string, count: number): { paths: string[]; sizes: number[]; expected: number[] } {
    const paths: string[] = []
    const sizes: number[] = []
    const expected: number[] = []
    for (let i = 0; i < count; i++) {
      const a = path.join(root, `s${i}`)
      const b = path.join(root, `t${i}`)
      fs.writeFileSync(a, `file ${i}`)
      fs.writeFileSync(b, i % 3 === 0 ? `File ${i}` : `file ${i}`) // every third differs in its first byte
      paths.push(a, b)
      sizes.push(fs.statSync(a).size)
      expected.push(i % 3 === 0 ? 0 : 1)
    }
    return { paths, sizes, expected }
  }
  const buffers = (): [Buffer, Buffer] => [Buffer.alloc(64), Buffer.alloc(64)]

  it('compares every pair from where the counter stands, and nothing once it is past the end', () => {
    const { paths, sizes, expected } = pairsOf(fresh(), 10)
    const shared = { next: new Int32Array(new SharedArrayBuffer(4)), batch: 3, same: new Uint8Array(10) }
    expect([...comparePairs(fs, buffers(), paths, sizes, shared)]).toEqual(expected)
    expect(shared.next[0]).toBeGreaterThanOrEqual(10) // every batch taken, the last claim past the end
    // Another thread that comes late finds nothing left and writes nothing.
    const late = { ...shared, same: new Uint8Array(10).fill(7) }
    expect([...comparePairs(fs, buffers(), paths, sizes, late)]).toEqual(new Array(10).fill(7))
    // A counter already at pair 4 (batches 0-3 taken by another thread): only pairs 4-9 are compared here.
    const rest = { next: Int32Array.of(4), batch: 4, same: new Uint8Array(10).fill(7) }
    expect([...comparePairs(fs, buffers(), paths, sizes, rest)]).toEqual([7, 7, 7, 7, ...expected.slice(4)])
  })

  it('gives every answer in its place when this thread and the workers share 1,000 pairs one at a time', async () => {
    const root = fresh()
    const { paths, sizes, expected } = pairsOf(root, 1000)
    const pool = new TreeWorkers()
    workers.push(pool)
    await warm(pool) // worker 0 is up: it takes pairs from the first claim on
    const pairs = sizes.map((size, i) => ({
      source: paths[2 * i] as string,
      target: paths[2 * i + 1] as string,
      size
    }))
    const same = await pool.sameContent(pairs, 1)
    expect(same.map((flag) => (flag ? 1 : 0))).toEqual(expected)
  })

  it('fails with the error of whichever thread met it, and stops the others', async () => {
    const root = fresh()
    const { paths, sizes } = pairsOf(root, 400)
    const pool = new TreeWorkers()
    workers.push(pool)
    await warm(pool)
    const pairs = sizes.map((size, i) => ({
      source: paths[2 * i] as string,
      target: paths[2 * i + 1] as string,
      size
    }))
    for (const broken of [0, 250, 399]) {
      const withMissing = pairs.map((pair, i) =>
        i === broken ? { ...pair, target: path.join(root, 'gone') } : pair
      )
      await expect(pool.sameContent(withMissing, 8)).rejects.toMatchObject({ code: 'ENOENT' })
    }
    // The pool still answers after a failure.
    expect((await pool.sameContent(pairs.slice(0, 20), 2)).filter((flag) => !flag)).toHaveLength(7)
  })
})

describe('planChanges gives the same plan with and without worker threads', () => {
  /** Enough files to hand the target to a worker (more than 2000) and compare on workers (2,000 pairs or more). */
  function largeTrees(): { source: string; target: string } {
    const root = fresh()
    const source = path.join(root, 'publish')
    const target = path.join(root, 'site')
    const later = new Date(T0.getTime() + 60_000)
    const sourceFiles: Record<string, { content: string; mtime: Date }> = {}
    const targetFiles: Record<string, { content: string; mtime: Date }> = {}
    for (let i = 0; i < 2400; i++) {
      const name = `d${i % 7}/e${i % 13}/file${i}.${i % 5 === 0 ? 'dll' : 'js'}`
      const content = `content ${i}`
      if (i % 100 === 1)
        targetFiles[name] = { content, mtime: T0 } // extra on the target
      else if (i % 100 === 2)
        sourceFiles[name] = { content, mtime: T0 } // new
      else if (i % 100 === 3) {
        sourceFiles[name] = { content: `${content}!`, mtime: later } // rewritten
        targetFiles[name] = { content, mtime: T0 }
      } else if (i % 100 === 4) {
        sourceFiles[name] = { content, mtime: later } // touched
        targetFiles[name] = { content, mtime: T0 }
      } else if (i % 100 === 5) {
        sourceFiles[name] = { content: content.toUpperCase(), mtime: T0 } // same size and time, other bytes
        targetFiles[name] = { content, mtime: T0 }
      } else {
        sourceFiles[name] = { content, mtime: T0 }
        targetFiles[name] = { content, mtime: T0 }
      }
    }
    writeTree(source, sourceFiles)
    writeTree(target, targetFiles)
    fs.mkdirSync(path.join(target, 'only-on-target'))
    return { source, target }
  }

  it.each([false, true])('checksum %s', async (checksum) => {
    const { source, target } = largeTrees()
    const common = { source, target, deleteExtra: true, checksum, exclude: ['*.pdb'], listUnchanged: true }
    const withWorkers = await planChanges({ ...common, workerThreads: true })
    const withoutWorkers = await planChanges({ ...common, workerThreads: false })
    expect(withWorkers).toEqual(withoutWorkers)
    expect(withWorkers.filesAdded).toBe(24)
    expect(withWorkers.filesDeleted).toBe(24)
    // size+time: rewritten + touched; checksum: rewritten + same-size-other-bytes.
    expect(withWorkers.filesUpdated).toBe(48)
    expect(withWorkers.forceCopy).toHaveLength(checksum ? 24 : 0)
    expect(withWorkers.retimed).toHaveLength(checksum ? 24 : 0)
    expect(withWorkers.extraDirectories).toEqual(['only-on-target'])
  })
})
