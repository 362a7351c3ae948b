// Walking and copying folder trees for the planner, the release folders and the in-place backup. Synchronous fs
// calls on purpose: on a local disk they are the fastest way through 20,000 files in one Node thread (bench/: the
// same walk with async fs calls, even 256 at once, took twice the CPU: every call crosses to libuv's thread pool
// and back, and the Stats objects are built on this thread anyway). The planner gets its parallelism from a
// worker thread walking the other tree (tree-worker.ts).

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
 * the name): the same shape whether this thread walked or a worker did (tree-worker.ts).
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
 * walking a small tree). One `readdir` with file types per folder, one `lstat` per file, paths joined by hand.
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
  private readonly stack: Array<{ relative: string; absolute: string }> = []
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
    this.stack.push({ relative: '', absolute: root })
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
      const folder = stack.pop() as { relative: string; absolute: string }
      let entries: fs.Dirent[]
      try {
        entries = fs.readdirSync(folder.absolute, { withFileTypes: true })
      } catch (error) {
        // A folder that vanished meanwhile is simply not there; anything else (access denied) must surface.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
        throw error
      }
      const base = folder.absolute.endsWith(separator) ? folder.absolute : folder.absolute + separator
      for (const entry of entries) {
        const relative = folder.relative === '' ? entry.name : `${folder.relative}/${entry.name}`
        const absolute = base + entry.name
        let isDirectory = entry.isDirectory()
        let isFile = entry.isFile()
        let stat: fs.Stats | undefined
        if (entry.isSymbolicLink()) {
          if (!follow) {
            listing.links.push(relative)
            continue
          }
          stat = fs.statSync(absolute, { throwIfNoEntry: false })
          if (!stat) continue // a dangling link deploys nothing
          isDirectory = stat.isDirectory()
          isFile = stat.isFile()
        }
        if (isDirectory) {
          if (options.ignoreDirectory?.(relative)) continue
          listing.directories.push(relative)
          stack.push({ relative, absolute })
        } else if (isFile) {
          if (options.ignoreFile?.(relative)) continue
          stat ??= fs.lstatSync(absolute, { throwIfNoEntry: false })
          if (!stat) continue // vanished meanwhile
          listing.files.push(relative)
          listing.sizes.push(stat.size)
          listing.mtimes.push(stat.mtimeMs)
        }
      }
    }
    return this
  }
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
