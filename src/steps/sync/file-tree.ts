// Walking and copying folder trees for the planner, the release folders and the in-place backup. Synchronous fs
// calls on purpose: on a local disk they are the fastest way through 20,000 files in one Node thread (bench/: the
// same walk with async fs calls, even 256 at once, took twice the CPU: every call crosses to libuv's thread pool
// and back, and the Stats objects are built on this thread anyway). The planner's default walk is paired-walk.ts
// (both trees side by side); TreeWalker is its walk for a source with links, and `scanTree`'s (release staging,
// the Web Deploy source check). In the planner's separate walks, with worker threads (`workerThreadsPayOff`), a
// worker walks the target while this thread walks the source, and this thread then takes the target's root entries
// the worker has not reached (target-walk.ts).

import fs from 'node:fs'
import path from 'node:path'
import { InputError } from '../../core/errors.js'

export interface TreeFile {
  /** Relative to the scanned root, `/` separators, the case found on disk. */
  path: string
  size: number
  mtimeMs: number
}

export interface TreeScan {
  /** False when the root does not exist (a first deploy). */
  exists: boolean
  /** Keyed by `pathKey(path)`. */
  files: Map<string, TreeFile>
  /** Folders (relative paths), keyed by `pathKey(path)`. */
  directories: Map<string, string>
  /** Symbolic links and junctions found (never followed on the target side, never deleted). */
  links: string[]
}

export interface ScanOptions {
  /** Entries to leave out entirely (not returned, folders not entered). */
  ignoreFile?: (relativePath: string) => boolean
  ignoreDirectory?: (relativePath: string) => boolean
  /**
   * `source`: links are followed (a publish folder has none, but a user's may) and two names differing only in
   * case are an error (Windows cannot hold both). `target`: links are listed and left alone.
   */
  side: 'source' | 'target'
  /** Names the input in errors (`source`). */
  input?: string
}

/** Windows file systems compare names case-insensitively. */
export function pathKey(relativePath: string): string {
  return relativePath.toLowerCase()
}

/** Windows-style path (drive letter or UNC), whatever platform we run on: decides which path flavour to use. */
export function isWindowsStylePath(p: string): boolean {
  return /^[A-Za-z]:([\\/]|$)/.test(p) || /^\\\\/.test(p)
}

export function pathApiFor(p: string): path.PlatformPath {
  return isWindowsStylePath(p) ? path.win32 : path
}

/** Joins a root and a relative path (with `/` separators) in the root's own flavour. */
export function joinRelative(root: string, relativePath: string): string {
  const api = pathApiFor(root)
  return relativePath === '' ? root : api.join(root, ...relativePath.split('/'))
}

/**
 * What a walk found, in walk order (the order decides which of two target names differing only in case stands for
 * the name): the same shape and order whether this thread walked or both threads did (target-walk.ts).
 */
export interface TreeListing {
  exists: boolean
  directories: string[]
  files: string[]
  sizes: number[]
  mtimes: number[]
  links: string[]
}

/**
 * A depth-first walk that can stop after a number of files and go on later: the planner walks part of the source,
 * and only when the tree turns out large hands the target to a worker thread (starting one costs more than
 * walking a small tree). One `readdir` per folder, one `lstat` per entry, paths joined by hand.
 */
export class TreeWalker {
  readonly listing: TreeListing = {
    exists: false,
    directories: [],
    files: [],
    sizes: [],
    mtimes: [],
    links: []
  }
  private readonly stack: WalkFolder[] = []
  private readonly separator: string

  constructor(
    root: string,
    private readonly options: ScanOptions
  ) {
    const api = pathApiFor(root)
    this.separator = api.sep
    let rootStat: fs.Stats
    try {
      rootStat = fs.statSync(root)
    } catch {
      return
    }
    if (!rootStat.isDirectory()) {
      const input = options.input ?? options.side
      throw new InputError(input, `Input '${input}': '${root}' is not a folder.`)
    }
    this.listing.exists = true
    // The source side follows links: each folder carries the real paths of the folders above it, so a link back
    // to one of them (a loop) is refused instead of followed to the OS path limit.
    const real = options.side === 'source' ? { real: fs.realpathSync(root) } : undefined
    this.stack.push({ relative: '', absolute: root, chain: real })
  }

  get done(): boolean {
    return this.stack.length === 0
  }

  /** Walks on until about `maxFiles` more files were listed (a folder is listed whole), or to the end. */
  walk(maxFiles = Infinity): this {
    const { listing, options, separator, stack } = this
    const follow = options.side === 'source'
    const until = listing.files.length + maxFiles
    while (stack.length > 0 && listing.files.length < until) {
      const folder = stack.pop() as WalkFolder
      let names: string[]
      try {
        names = fs.readdirSync(folder.absolute)
      } catch (error) {
        // A folder that vanished meanwhile is simply not there; anything else (access denied) must surface.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
        throw error
      }
      const base = folder.absolute.endsWith(separator) ? folder.absolute : folder.absolute + separator
      for (const name of names) {
        const relative = folder.relative === '' ? name : `${folder.relative}/${name}`
        const absolute = base + name
        // One lstat per entry tells its kind, size and time: no Dirent objects (a tenth of the walk's time), and
        // on Windows only a symbolic link or junction reads as a link, where readdir's type calls every reparse
        // point one (a deduplicated or cloud-placeholder file is a file; docs/links-and-verification.md).
        let stat = fs.lstatSync(absolute, { throwIfNoEntry: false })
        if (!stat) continue // vanished meanwhile
        let followed = false
        if (stat.isSymbolicLink()) {
          if (!follow) {
            listing.links.push(relative)
            continue
          }
          stat = statThroughLink(absolute, relative, options)
          if (!stat) continue // a dangling link deploys nothing
          followed = true
        }
        if (stat.isDirectory()) {
          if (options.ignoreDirectory?.(relative)) continue
          listing.directories.push(relative)
          const chain = folder.chain && {
            real: followed
              ? checkNoLoop(absolute, relative, folder.chain, options)
              : folder.chain.real + separator + name,
            parent: folder.chain
          }
          stack.push({ relative, absolute, chain })
        } else if (stat.isFile()) {
          if (options.ignoreFile?.(relative)) continue
          listing.files.push(relative)
          listing.sizes.push(stat.size)
          listing.mtimes.push(stat.mtimeMs)
        }
      }
    }
    return this
  }
}

interface RealChain {
  /** The real path of a folder being walked (links resolved). */
  real: string
  parent?: RealChain
}

interface WalkFolder {
  relative: string
  absolute: string
  /** Source side only: the real paths of this folder and the folders above it. */
  chain?: RealChain
}

function sourceInput(options: ScanOptions): string {
  return options.input ?? 'source'
}

/** `stat` through a source link; a link that resolves to itself (ELOOP) is refused, naming it. */
function statThroughLink(absolute: string, relative: string, options: ScanOptions): fs.Stats | undefined {
  try {
    return fs.statSync(absolute, { throwIfNoEntry: false })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error
    const input = sourceInput(options)
    throw new InputError(
      input,
      `Input '${input}': '${relative}' is a symbolic link loop (resolving ${absolute} never ends, ELOOP). Remove the link, or exclude it with 'exclude: ${relative}'.`
    )
  }
}

/**
 * The real path of a linked folder, refused when it is the folder holding the link or one above it: following it
 * would walk the same folders again and again (a loop), which Windows tools follow until paths get too long.
 */
function checkNoLoop(absolute: string, relative: string, chain: RealChain, options: ScanOptions): string {
  const real = fs.realpathSync(absolute)
  // Windows compares names without case, and a link's stored target may spell them otherwise.
  const same = isWindowsStylePath(real)
    ? (other: string): boolean => other.toLowerCase() === real.toLowerCase()
    : (other: string): boolean => other === real
  for (let above: RealChain | undefined = chain; above; above = above.parent) {
    if (!same(above.real)) continue
    const input = sourceInput(options)
    throw new InputError(
      input,
      `Input '${input}': the link '${relative}' points to ${real}, a folder that contains it: following it would loop for ever. Remove the link, or exclude it with 'exclude: ${relative}/'.`
    )
  }
  return real
}

/**
 * The first part of `relativePath` under `root` that is a symbolic link or junction (`linked` for
 * `linked/a/b.txt`), or undefined. Backups and rollbacks check it before they write or delete a file, so that a
 * link made in the site folder since the plan is never written or deleted through. `checked` caches folders found
 * to be plain across calls.
 */
export function linkOnPath(root: string, relativePath: string, checked?: Set<string>): string | undefined {
  const parts = relativePath.split('/')
  let relative = ''
  for (const part of parts) {
    relative = relative === '' ? part : `${relative}/${part}`
    const key = pathKey(relative)
    if (checked?.has(key)) continue
    const stat = fs.lstatSync(joinRelative(root, relative), { throwIfNoEntry: false })
    if (!stat) return undefined // nothing there (yet): nothing to go through
    if (stat.isSymbolicLink()) return relative
    if (stat.isDirectory()) checked?.add(key)
  }
  return undefined
}

/** True when `relativePath` is one of `links` (relative, any case) or inside one. */
export function isUnderLink(relativePath: string, linkKeys: ReadonlySet<string>): boolean {
  if (linkKeys.size === 0) return false
  const key = pathKey(relativePath)
  if (linkKeys.has(key)) return true
  for (let i = key.indexOf('/'); i !== -1; i = key.indexOf('/', i + 1)) {
    if (linkKeys.has(key.slice(0, i))) return true
  }
  return false
}

/** The files, folders and links of a listing, keyed by `pathKey`; names differing only in case as `addUnique` says. */
export function treeScanOf(listing: TreeListing, options: ScanOptions): TreeScan {
  const scan: TreeScan = {
    exists: listing.exists,
    files: new Map(),
    directories: new Map(),
    links: listing.links
  }
  for (const relative of listing.directories) addUnique(scan.directories, relative, relative, options)
  const { files, sizes, mtimes } = listing
  for (let i = 0; i < files.length; i++) {
    const relative = files[i] as string
    addUnique(
      scan.files,
      relative,
      { path: relative, size: sizes[i] as number, mtimeMs: mtimes[i] as number },
      options
    )
  }
  return scan
}

export function scanTree(root: string, options: ScanOptions): TreeScan {
  return treeScanOf(new TreeWalker(root, options).walk().listing, options)
}

function addUnique<T>(map: Map<string, T>, relative: string, value: T, options: ScanOptions): void {
  const key = pathKey(relative)
  const existing = map.get(key)
  if (existing === undefined) {
    map.set(key, value)
    return
  }
  if (options.side === 'source') {
    const other = typeof existing === 'string' ? existing : (existing as TreeFile).path
    const input = options.input ?? 'source'
    throw new InputError(
      input,
      `Input '${input}': '${other}' and '${relative}' differ only in case; a Windows file system cannot hold both. Rename one of them.`
    )
  }
  // A case-sensitive target (tests on Linux) may hold both: the first one stands for the name, as on Windows.
}

/** Copies one file, creating folders, and keeps its modification time (so size+time comparisons hold later). */
export function copyFileKeepingTime(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  fs.copyFileSync(from, to)
  const stat = fs.statSync(from)
  fs.utimesSync(to, stat.atime, stat.mtime)
}

/**
 * Removes a tree without ever following a link: a junction or symlink (a release's link to `shared/`) is unlinked,
 * never entered, so shared data cannot be deleted through it.
 */
export function removeTreeNoFollow(target: string): void {
  let stat: fs.Stats
  try {
    stat = fs.lstatSync(target)
  } catch {
    return
  }
  if (stat.isSymbolicLink()) {
    unlinkLink(target)
    return
  }
  if (!stat.isDirectory()) {
    fs.rmSync(target, { force: true })
    return
  }
  for (const name of fs.readdirSync(target)) removeTreeNoFollow(path.join(target, name))
  fs.rmdirSync(target)
}

/** Removes a symlink or junction itself (on Windows a directory link may need rmdir). */
export function unlinkLink(link: string): void {
  try {
    fs.unlinkSync(link)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EPERM' || code === 'EISDIR') fs.rmdirSync(link)
    else if (code !== 'ENOENT') throw error
  }
}

/** Sorts relative paths the same way everywhere (case-insensitive, then ordinal). */
export function comparePaths(a: string, b: string): number {
  const ka = pathKey(a)
  const kb = pathKey(b)
  if (ka !== kb) return ka < kb ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}
