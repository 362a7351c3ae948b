// Walking and copying folder trees for the planner, the release folders and the in-place backup. Synchronous fs
// calls on purpose: on a local disk they are the fastest way through 20,000 files in Node (see bench/).

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

export function scanTree(root: string, options: ScanOptions): TreeScan {
  const scan: TreeScan = { exists: false, files: new Map(), directories: new Map(), links: [] }
  let rootStat: fs.Stats
  try {
    rootStat = fs.statSync(root)
  } catch {
    return scan
  }
  if (!rootStat.isDirectory()) {
    const input = options.input ?? options.side
    throw new InputError(input, `Input '${input}': '${root}' is not a folder.`)
  }
  scan.exists = true
  const follow = options.side === 'source'
  const stack: string[] = ['']
  while (stack.length > 0) {
    const relativeDir = stack.pop() as string
    const absoluteDir = joinRelative(root, relativeDir)
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(absoluteDir, { withFileTypes: true })
    } catch (error) {
      // A folder that vanished meanwhile is simply not there; anything else (access denied) must surface.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw error
    }
    for (const entry of entries) {
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`
      const absolute = path.join(absoluteDir, entry.name)
      let isDirectory = entry.isDirectory()
      let isFile = entry.isFile()
      let stat: fs.Stats | undefined
      if (entry.isSymbolicLink()) {
        if (!follow) {
          scan.links.push(relative)
          continue
        }
        try {
          stat = fs.statSync(absolute)
        } catch {
          continue // a dangling link deploys nothing
        }
        isDirectory = stat.isDirectory()
        isFile = stat.isFile()
      }
      if (isDirectory) {
        if (options.ignoreDirectory?.(relative)) continue
        addUnique(scan.directories, relative, relative, options)
        stack.push(relative)
      } else if (isFile) {
        if (options.ignoreFile?.(relative)) continue
        stat ??= fs.statSync(absolute)
        addUnique(scan.files, relative, { path: relative, size: stat.size, mtimeMs: stat.mtimeMs }, options)
      }
    }
  }
  return scan
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
