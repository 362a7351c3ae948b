// The planner's walk for the common case: the publish folder and the target walked side by side, folder by folder,
// like rsync's generator. Each file is compared with its twin right after both were stat'ed (and with `checksum`,
// the same-size files of a folder are read at the folder's end), so no tree is indexed whole and a file is touched
// while the kernel still has it at hand. On the bench's 20,000 files this took the plan from 1.5x rsync's time to
// about rsync's, in both modes (bench/README.md).
//
// The units of work are the names at the two roots. Threads claim them in a shared Int32Array (`Atomics`), this
// thread from the first, workers from the last, and each returns what it found; the planner puts the parts
// together and sorts them, so the plan is the same whoever walked what.
//
// What it does not handle it hands back (`bail`): a symbolic link in the source (followed, with loop checks, by
// TreeWalker in file-tree.ts) and two names in one folder that differ only in case (an error in the source; on a
// case-sensitive target the first one listed stands for the name). The planner then walks the trees apart, the way
// it always did (planner.ts), which gives the error or the answer those cases need.
//
// `walkPairedUnits` runs on both threads: the worker gets its source text (`WALK_PAIRED_UNITS_SOURCE`). It must
// stay self-contained: no imports, no module-level names (nested functions are fine); Node's fs and the content
// comparison (same-content.ts's `comparePairs`) come in as parameters.

import type fs from 'node:fs'
import type { comparePairs } from './same-content.js'

type FileApi = Pick<
  typeof fs,
  'readdirSync' | 'lstatSync' | 'openSync' | 'fstatSync' | 'readSync' | 'closeSync' | 'constants'
>

/** What the walk needs to know (structured-cloneable: a worker gets the same object). */
export interface PairedWalkSettings {
  source: string
  target: string
  sourceSeparator: string
  targetSeparator: string
  /** Unit `i` is the source root's entry `sourceNames[i]` and the target root's `targetNames[i]` (either null). */
  sourceNames: Array<string | null>
  targetNames: Array<string | null>
  /** Whether unit `i` is a plain file on both sides by the roots' listings (see `pairOpenFiles`); absent: not known. */
  plainFiles?: boolean[]
  /** Case-insensitive expression of the relative paths to leave out (a folder's with a trailing `/`), or null. */
  ignore: string | null
  checksum: boolean
  toleranceMs: number
  deleteExtra: boolean
  listUnchanged: boolean
}

/** What one thread found in the units it walked. Paths are relative, with `/`; updates and deletes name the target's spelling. */
export interface PairedWalkResult {
  /** Set when the walk met a case it leaves to the separate walks (see above); the rest is then incomplete. */
  bail: string | null
  /** Source files listed, and bytes of the files compared by content (for the planner's choice to start workers). */
  files: number
  comparedBytes: number
  adds: string[]
  addBytes: number[]
  updates: string[]
  updateBytes: number[]
  deletes: string[]
  deleteBytes: number[]
  unchanged: number
  /** With `listUnchanged`: the source's spelling and the target's, pair by pair. */
  unchangedSource: string[]
  unchangedTarget: string[]
  retimed: string[]
  forceCopy: string[]
  newDirectories: string[]
  extraDirectories: string[]
  links: string[]
  shadowed: string[]
}

/** Who holds a unit in the claims array: 0 nobody yet. */
export const PAIRED_CLAIMED_HERE = 1
export const PAIRED_CLAIMED_BY_WORKER = 2
/** Written into every unclaimed unit to make the other threads stop at their next claim. */
export const PAIRED_CLAIMS_CLOSED = 3

/**
 * Walks the units this thread claims first in `claims` (as `claimant`; from the first unit on, or from the last
 * when `fromEnd`). `afterUnit` (this thread only) is called after each unit with what this thread found so far.
 */
export function walkPairedUnits(
  fileApi: FileApi,
  compare: typeof comparePairs,
  settings: PairedWalkSettings,
  claims: Int32Array,
  claimant: number,
  fromEnd: boolean,
  afterUnit: ((found: PairedWalkResult) => void) | null
): PairedWalkResult {
  const result: PairedWalkResult = {
    bail: null,
    files: 0,
    comparedBytes: 0,
    adds: [],
    addBytes: [],
    updates: [],
    updateBytes: [],
    deletes: [],
    deleteBytes: [],
    unchanged: 0,
    unchangedSource: [],
    unchangedTarget: [],
    retimed: [],
    forceCopy: [],
    newDirectories: [],
    extraDirectories: [],
    links: [],
    shadowed: []
  }
  const { checksum, toleranceMs, deleteExtra, listUnchanged, sourceSeparator, targetSeparator } = settings
  const ignore = settings.ignore === null ? null : new RegExp(settings.ignore, 'i')
  // Read in chunks of 1 MiB (same-content.ts); size+time reads nothing.
  const chunk = checksum ? 1 << 20 : 0
  const buffers: [Buffer, Buffer] = [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)]
  // Opening a file by its listing: never through a link (ELOOP instead), never waiting on a pipe put there since.
  const openFlags =
    fileApi.constants.O_RDONLY | (fileApi.constants.O_NOFOLLOW ?? 0) | (fileApi.constants.O_NONBLOCK ?? 0)
  const NONE = 0
  const FILE = 1
  const DIRECTORY = 2
  const LINK = 3

  /** A folder's names; with `regular`, also whether each is a plain file by the listing itself (no system call). */
  function list(folder: string, regular: boolean[] | null): string[] {
    try {
      if (regular === null) return fileApi.readdirSync(folder)
      const entries = fileApi.readdirSync(folder, { withFileTypes: true })
      const names: string[] = new Array<string>(entries.length)
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i] as fs.Dirent
        names[i] = entry.name
        regular.push(entry.isFile())
      }
      return names
    } catch (error) {
      // A folder that vanished meanwhile is simply not there; anything else (access denied) must surface.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
  }

  function stat(absolute: string | null): fs.Stats | undefined {
    return absolute === null ? undefined : fileApi.lstatSync(absolute, { throwIfNoEntry: false })
  }

  function sameTime(a: number, b: number): boolean {
    return Math.abs(a - b) < toleranceMs
  }

  function unchanged(sourceRel: string, targetRel: string): void {
    result.unchanged++
    if (listUnchanged) {
      result.unchangedSource.push(sourceRel)
      result.unchangedTarget.push(targetRel)
    }
  }

  /** Same-size pairs of one folder, compared at its end (checksum). */
  interface Pending {
    paths: string[]
    sizes: number[]
    sourceRel: string[]
    targetRel: string[]
    sameTime: boolean[]
  }

  /** A same-size pair read and compared: unchanged (its time to align if it differs), or an update (forced if the times match). */
  function recordCompared(
    sourceRel: string,
    targetRel: string,
    size: number,
    sameBytes: boolean,
    sameTimes: boolean
  ): void {
    result.comparedBytes += size
    if (sameBytes) {
      unchanged(sourceRel, targetRel)
      if (!sameTimes) result.retimed.push(targetRel)
    } else {
      result.updates.push(targetRel)
      result.updateBytes.push(size)
      if (sameTimes) result.forceCopy.push(targetRel)
    }
  }

  function flush(pending: Pending): void {
    if (pending.sizes.length === 0) return
    const same = compare(fileApi, buffers, pending.paths, pending.sizes)
    for (let i = 0; i < pending.sizes.length; i++) {
      recordCompared(
        pending.sourceRel[i] as string,
        pending.targetRel[i] as string,
        pending.sizes[i] as number,
        same[i] === 1,
        pending.sameTime[i] as boolean
      )
    }
  }

  /**
   * With `checksum`, two entries both listed as plain files: opened at once and stat'ed through the open files, so a
   * pair is read without a lookup of its paths for an lstat first (on the bench's tree a fifth of the checksum
   * plan's system call time). False, with nothing recorded, when either cannot be opened that way (gone, a link or
   * a pipe put there since, access denied) or is no longer a plain file: the caller then stats both by path. What
   * a listing calls anything else (a link; on Windows any reparse point, which an lstat may still read as the file
   * it is; a type the file system does not report) never comes here.
   */
  function pairOpenFiles(
    sourceAbs: string,
    targetAbs: string,
    sourceRel: string,
    targetRel: string
  ): boolean {
    let sourceFd = -1
    let targetFd = -1
    try {
      try {
        sourceFd = fileApi.openSync(sourceAbs, openFlags)
        targetFd = fileApi.openSync(targetAbs, openFlags)
      } catch {
        return false
      }
      const source = fileApi.fstatSync(sourceFd)
      const target = fileApi.fstatSync(targetFd)
      if (!source.isFile() || !target.isFile()) return false
      result.files++
      const size = source.size
      if (size !== target.size) {
        result.updates.push(targetRel)
        result.updateBytes.push(size)
        return true
      }
      const sameBytes = compare(fileApi, buffers, [sourceFd, targetFd], [size])[0] === 1
      recordCompared(sourceRel, targetRel, size, sameBytes, sameTime(source.mtimeMs, target.mtimeMs))
      return true
    } finally {
      if (sourceFd >= 0) fileApi.closeSync(sourceFd)
      if (targetFd >= 0) fileApi.closeSync(targetFd)
    }
  }

  /**
   * One entry on each side (either may be absent): `shadowed` when a target link above holds the place (nothing of
   * the source is deployed there). Folders to enter are pushed onto `folders`, so that the caller first compares the
   * files it has just stat'ed.
   */
  function pairEntry(
    sourceAbs: string | null,
    targetAbs: string | null,
    sourceRel: string,
    targetRel: string,
    shadowed: boolean,
    pending: Pending,
    folders: Array<[string | null, string | null, string, string, boolean]>,
    bothPlainFiles = false
  ): void {
    if (
      bothPlainFiles &&
      sourceAbs !== null &&
      targetAbs !== null &&
      !shadowed &&
      (ignore === null || (!ignore.test(sourceRel) && !ignore.test(targetRel))) &&
      pairOpenFiles(sourceAbs, targetAbs, sourceRel, targetRel)
    ) {
      return
    }
    const sourceStat = stat(sourceAbs)
    const targetStat = stat(targetAbs)
    let sourceKind = NONE
    if (sourceStat !== undefined) {
      if (sourceStat.isSymbolicLink()) {
        result.bail = `the source holds a symbolic link ('${sourceRel}')`
        return
      }
      if (sourceStat.isDirectory())
        sourceKind = ignore !== null && ignore.test(sourceRel + '/') ? NONE : DIRECTORY
      else if (sourceStat.isFile()) sourceKind = ignore !== null && ignore.test(sourceRel) ? NONE : FILE
    }
    let targetKind = NONE
    if (targetStat !== undefined) {
      // Links are listed whatever the filters say, and never entered (file-tree.ts).
      if (targetStat.isSymbolicLink()) targetKind = LINK
      else if (targetStat.isDirectory())
        targetKind = ignore !== null && ignore.test(targetRel + '/') ? NONE : DIRECTORY
      else if (targetStat.isFile()) targetKind = ignore !== null && ignore.test(targetRel) ? NONE : FILE
    }
    if (sourceKind === FILE) result.files++

    if (targetKind === LINK || shadowed) {
      if (targetKind === LINK) result.links.push(targetRel)
      if (sourceKind === FILE) result.shadowed.push(sourceRel)
      else if (sourceKind === DIRECTORY) folders.push([sourceAbs, null, sourceRel, '', true])
      return
    }
    if (sourceKind === FILE && targetKind === FILE) {
      const source = sourceStat as fs.Stats
      const target = targetStat as fs.Stats
      if (source.size !== target.size) {
        result.updates.push(targetRel)
        result.updateBytes.push(source.size)
      } else if (checksum) {
        pending.paths.push(sourceAbs as string, targetAbs as string)
        pending.sizes.push(source.size)
        pending.sourceRel.push(sourceRel)
        pending.targetRel.push(targetRel)
        pending.sameTime.push(sameTime(source.mtimeMs, target.mtimeMs))
      } else if (!sameTime(source.mtimeMs, target.mtimeMs)) {
        result.updates.push(targetRel)
        result.updateBytes.push(source.size)
      } else unchanged(sourceRel, targetRel)
      return
    }
    if (sourceKind === DIRECTORY && targetKind === DIRECTORY) {
      folders.push([sourceAbs, targetAbs, sourceRel, targetRel, false])
      return
    }
    // Kinds differ, or one side has nothing: each side on its own.
    if (sourceKind === FILE) {
      result.adds.push(sourceRel)
      result.addBytes.push((sourceStat as fs.Stats).size)
    } else if (sourceKind === DIRECTORY) {
      result.newDirectories.push(sourceRel)
      folders.push([sourceAbs, null, sourceRel, '', false])
    }
    if (targetKind === FILE) {
      if (deleteExtra) {
        result.deletes.push(targetRel)
        result.deleteBytes.push((targetStat as fs.Stats).size)
      }
    } else if (targetKind === DIRECTORY) {
      if (deleteExtra) result.extraDirectories.push(targetRel)
      // Entered even without delete-extra: links inside are listed.
      folders.push([null, targetAbs, '', targetRel, false])
    }
  }

  /** A folder on each side (either may be absent), entries paired by name without case. */
  function pairFolder(
    sourceAbs: string | null,
    targetAbs: string | null,
    sourceRel: string,
    targetRel: string,
    shadowed: boolean
  ): void {
    const sourcePlain: boolean[] | null = checksum ? [] : null
    const targetPlain: boolean[] | null = checksum ? [] : null
    const sourceNames = sourceAbs === null ? [] : list(sourceAbs, sourcePlain)
    const targetNames = targetAbs === null ? [] : list(targetAbs, targetPlain)
    const twins = new Map<string, number>() // key → index in targetNames
    for (let i = 0; i < targetNames.length; i++) {
      const key = (targetNames[i] as string).toLowerCase()
      if (twins.has(key)) {
        result.bail = `the target folder '${targetRel}' holds names that differ only in case`
        return
      }
      twins.set(key, i)
    }
    const seen = new Set<string>()
    const pending: Pending = { paths: [], sizes: [], sourceRel: [], targetRel: [], sameTime: [] }
    const folders: Array<[string | null, string | null, string, string, boolean]> = []
    const sourceBase = sourceAbs === null ? '' : sourceAbs + sourceSeparator
    const targetBase = targetAbs === null ? '' : targetAbs + targetSeparator
    const sourcePrefix = sourceRel === '' ? '' : sourceRel + '/'
    const targetPrefix = targetRel === '' ? '' : targetRel + '/'
    for (let i = 0; i < sourceNames.length; i++) {
      const name = sourceNames[i] as string
      const key = name.toLowerCase()
      if (seen.has(key)) {
        result.bail = `the source folder '${sourceRel}' holds names that differ only in case`
        return
      }
      seen.add(key)
      const index = twins.get(key)
      const twin = index === undefined ? undefined : (targetNames[index] as string)
      if (index !== undefined) twins.delete(key)
      pairEntry(
        sourceBase + name,
        twin === undefined ? null : targetBase + twin,
        sourcePrefix + name,
        twin === undefined ? '' : targetPrefix + twin,
        shadowed,
        pending,
        folders,
        index !== undefined &&
          sourcePlain !== null &&
          sourcePlain[i] === true &&
          targetPlain?.[index] === true
      )
      if (result.bail !== null) return
    }
    for (const index of twins.values()) {
      const twin = targetNames[index] as string
      pairEntry(null, targetBase + twin, '', targetPrefix + twin, shadowed, pending, folders)
    }
    flush(pending)
    for (const [s, t, sRel, tRel, shadow] of folders) {
      pairFolder(s, t, sRel, tRel, shadow)
      if (result.bail !== null) return
    }
  }

  const units = settings.sourceNames.length
  const sourceBase = settings.source.endsWith(sourceSeparator)
    ? settings.source
    : settings.source + sourceSeparator
  const targetBase = settings.target.endsWith(targetSeparator)
    ? settings.target
    : settings.target + targetSeparator
  for (let step = 0; step < units; step++) {
    const unit = fromEnd ? units - 1 - step : step
    if (Atomics.compareExchange(claims, unit, 0, claimant) !== 0) continue
    const sourceName = settings.sourceNames[unit] as string | null
    const targetName = settings.targetNames[unit] as string | null
    const pending: Pending = { paths: [], sizes: [], sourceRel: [], targetRel: [], sameTime: [] }
    const folders: Array<[string | null, string | null, string, string, boolean]> = []
    pairEntry(
      sourceName === null ? null : sourceBase + sourceName,
      targetName === null ? null : targetBase + targetName,
      sourceName ?? '',
      targetName ?? '',
      false,
      pending,
      folders,
      checksum && settings.plainFiles?.[unit] === true
    )
    if (result.bail === null) flush(pending)
    for (const [s, t, sRel, tRel, shadow] of folders) {
      if (result.bail !== null) break
      pairFolder(s, t, sRel, tRel, shadow)
    }
    if (result.bail !== null) {
      // The other threads stop at their next claim: the planner walks the trees apart.
      for (let other = 0; other < units; other++) Atomics.compareExchange(claims, other, 0, 3)
      return result
    }
    if (afterUnit !== null) afterUnit(result)
  }
  return result
}

/** `walkPairedUnits` as JavaScript source, for the worker (whatever compiled this file: tsx, vitest or ncc). */
export const WALK_PAIRED_UNITS_SOURCE = walkPairedUnits.toString()
