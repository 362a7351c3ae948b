// The change planner: what a sync of the publish folder onto the target will add, update and delete, and whether
// it touches a file the running app holds (which decides `take-offline: auto`). It compares like robocopy does by
// default (size, then modification time) or by content (byte for byte) with `checksum: true`.
//
// Two walks give the same plan: the paired walk (paired-walk.ts: both trees side by side, folder by folder, the
// default) and the separate walks (`planWith`: each tree listed whole by TreeWalker, then compared), which answer
// what the paired walk hands back: a source with symbolic links, names differing only in case.

import fs from 'node:fs'
import os from 'node:os'
import { InputError } from '../../core/errors.js'
import { APP_OFFLINE_FILE } from '../iis/app-offline.js'
import {
  comparePaths,
  isUnderLink,
  joinRelative,
  pathApiFor,
  pathKey,
  treeScanOf,
  TreeWalker,
  type ScanOptions,
  type TreeFile,
  type TreeScan
} from './file-tree.js'
import { hasWildcard, parsePatternList, patternToRegExpSource, type ParsedPattern } from './glob.js'
import {
  PAIRED_CLAIMED_HERE,
  PAIRED_CLAIMS_CLOSED,
  walkPairedUnits,
  type PairedWalkResult,
  type PairedWalkSettings
} from './paired-walk.js'
import { comparePairs } from './same-content.js'
import { CLAIMED_HERE, mergeUnitListings, walkTargetUnits } from './target-walk.js'
import { TreeWorkers, type ComparePair } from './tree-worker.js'
import type { PlannedChange, SyncPlan } from './types.js'

/** contract §1 `preserve` default: the folders an app writes to at run time. */
export const DEFAULT_PRESERVE: readonly string[] = ['App_Data', 'logs']

// ANCM's offline marker (windows-facts §6): never deployed, never deleted by a sync. The offline step owns its name.
export { APP_OFFLINE_FILE }

/**
 * The file `strategy: releases` writes into each release folder it creates (the release id and time): retention
 * removes only folders that hold it (docs/links-and-verification.md).
 */
export const RELEASE_MARKER_FILE = '.iis-deploy-release'

/**
 * Time tolerance when comparing modification times. Robocopy without /FFT compares exact times (NTFS keeps
 * 100 ns), and it copies timestamps, so a synced file matches to the tick; 1 ms absorbs float rounding in
 * Node's mtimeMs. With /FFT (FAT, some NAS shares) robocopy allows 2 s (windows-facts §5), and so do we.
 */
export const EXACT_TIME_TOLERANCE_MS = 1
export const FAT_TIME_TOLERANCE_MS = 2000

export interface PlanChangesOptions {
  /** The publish folder. */
  source: string
  /** The folder the app runs from (may not exist yet). */
  target: string
  /** Globs of source files that are not deployed. Like robocopy /XF and /XD they are also never deleted. */
  exclude?: readonly string[]
  /** Target paths (relative to the app root, no wildcards) never deleted or overwritten; default App_Data, logs. */
  preserve?: readonly string[]
  /** Delete target files the source does not have. */
  deleteExtra?: boolean
  /** Compare the content (byte for byte) instead of size and time. */
  checksum?: boolean
  /** Compare times with 2 s granularity (robocopy /FFT), for FAT or NAS targets. */
  fatFileTimes?: boolean
  /**
   * Use worker threads for large trees with `checksum`: from 500 files on, workers take root entries of both
   * trees beside this thread, reading on every core (up to 4). False keeps everything on this thread. Default
   * (`workerThreadsPayOff`): from two cores on. Size and time alone is planned on this thread: a worker's start
   * costs more than it saves there (bench/README.md). The separate walks (below) use them for both modes.
   */
  workerThreads?: boolean
  /**
   * Walk the two trees side by side, folder by folder (paired-walk.ts): the default. False (or a source with a
   * symbolic link, or names differing only in case) walks each tree whole first, then compares (`scanBoth`).
   */
  pairedWalk?: boolean
  /** Also return the unchanged files (`unchangedFiles`): release staging copies them from the live release. */
  listUnchanged?: boolean
}

export interface ChangePlan extends SyncPlan {
  /** Source files the target already has as they are. */
  unchanged: number
  /** Those files (source spelling, and the target's, which may differ in case), with `listUnchanged` only. */
  unchangedFiles?: Array<{ path: string; targetPath: string }>
  /** Bytes of the files deleted. */
  bytesToDelete: number
  /** The changes that make `touchesLockedFiles` true (at most 20, for messages). */
  lockedChanges: string[]
  /** Target folders the source does not have (removed with delete-extra), deepest first. */
  extraDirectories: string[]
  /** Folders the sync creates in the target, parents first. */
  newDirectories: string[]
  /**
   * With `checksum`: files whose content matches but whose time differs. Robocopy (size+time only) would copy
   * them again, so the robocopy provider first gives the target copies the source's time (`alignTargetTimes`).
   */
  retimed: string[]
  /**
   * With `checksum`: files whose content differs although size and time match. Robocopy would skip them, so the
   * robocopy provider first moves the target copy's time back (`alignTargetTimes`), which makes robocopy copy it.
   */
  forceCopy: string[]
  compared: 'size-and-time' | 'checksum'
  /**
   * Symbolic links and junctions inside the target (relative paths). They are opaque: never written through,
   * deleted through, backed up or restored through (docs/links-and-verification.md); the robocopy provider names
   * each in /XD and /XF.
   */
  targetLinks?: string[]
  /** Source files not deployed because a target link holds their place (`linked/a.txt` under the link `linked`). */
  shadowedByLinks?: string[]
  /** The patterns as applied. */
  exclude: string[]
  preserve: string[]
}

/** Why a file counts as locked (for the plan and the docs): the first rule that matches. */
export interface LockedFileRule {
  test: (lowerName: string) => boolean
  reason: string
}

/**
 * Files the worker process loads or reads only at start. Changing any of them needs the app stopped, so
 * `take-offline: auto` takes the app offline; any other change (wwwroot, appsettings*.json, which ASP.NET Core
 * reloads on change) deploys without downtime.
 */
export const LOCKED_FILE_RULES: readonly LockedFileRule[] = [
  {
    test: (name) => name.endsWith('.dll') || name.endsWith('.exe'),
    reason:
      'mapped into the worker (in-process w3wp.exe or the out-of-process app/dotnet.exe): Windows refuses to ' +
      'overwrite or delete them while the app runs (ERROR 32, ERROR_FILE_IN_USE; windows-facts §4.6, §6)'
  },
  {
    test: (name) => name === 'web.config',
    reason:
      'IIS and ANCM restart the app when it changes: mid-copy the new configuration would start against the ' +
      'old binaries (windows-facts §2, §6)'
  },
  {
    test: (name) => name.endsWith('.runtimeconfig.json') || name.endsWith('.deps.json'),
    reason:
      'read by the .NET host only at start and describe the binaries: a change takes effect only with a ' +
      'restart, which must come with the matching binaries'
  },
  {
    test: (name) => name.endsWith('.pdb'),
    reason:
      'symbols of the loaded assemblies; whether the runtime holds them open is unverified, and they change ' +
      'together with their .dll, so counting them costs no extra downtime'
  }
  // Not counted: .so/.dylib (never loaded on Windows), appsettings*.json (reloadOnChange), static content (IIS
  // and Kestrel open it per request with sharing).
]

/** The reason a path is a file the worker loads or locks, or undefined for static content. */
export function lockedFileReason(relativePath: string): string | undefined {
  const name = (relativePath.split('/').pop() ?? relativePath).toLowerCase()
  return LOCKED_FILE_RULES.find((rule) => rule.test(name))?.reason
}

export function isLockedFile(relativePath: string): boolean {
  return lockedFileReason(relativePath) !== undefined
}

/** Parses `preserve`: target paths relative to the app root, no wildcards. */
export function parsePreserveList(values: readonly string[] | undefined): ParsedPattern[] {
  const parsed = parsePatternList(values ?? DEFAULT_PRESERVE, 'preserve', true)
  for (const p of parsed) {
    if (hasWildcard(p.body)) {
      throw new InputError(
        'preserve',
        `Input 'preserve': '${p.raw}' has a wildcard; list target paths relative to the app root (e.g. App_Data, logs, wwwroot/uploads).`
      )
    }
  }
  return parsed
}

/** The filters every provider applies: excluded globs, preserved paths, and app_offline.htm. */
export interface SyncFilters {
  exclude: ParsedPattern[]
  preserve: ParsedPattern[]
  /** True for files no sync may copy or delete. */
  isProtectedFile(relativePath: string): boolean
  isProtectedDirectory(relativePath: string): boolean
  /** The same rules as one case-insensitive regular expression (what a worker thread gets). */
  protectedSource: string
}

export function buildSyncFilters(
  exclude: readonly string[] | undefined,
  preserve: readonly string[] | undefined
): SyncFilters {
  const excluded = parsePatternList(exclude, 'exclude')
  const preserved = parsePreserveList(preserve)
  // The release marker (releases.ts) is ours, not the app's: never compared, deployed or deleted.
  const offline = parsePatternList([APP_OFFLINE_FILE, `/${RELEASE_MARKER_FILE}`], 'app_offline')
  // One expression for all three lists (as compileGlobs joins one list): one test per path on large trees.
  const protectedSource = [...excluded, ...preserved, ...offline]
    .map((p) => `(?:${patternToRegExpSource(p)})`)
    .join('|')
  const regex = new RegExp(protectedSource, 'i')
  return {
    exclude: excluded,
    preserve: preserved,
    isProtectedFile: (p) => regex.test(p),
    // A folder is protected when its own path is, or when a folder-only pattern takes its content.
    isProtectedDirectory: (p) => regex.test(`${p}/`),
    protectedSource
  }
}

function timesDiffer(a: TreeFile, b: TreeFile, toleranceMs: number): boolean {
  return Math.abs(a.mtimeMs - b.mtimeMs) >= toleranceMs
}

/** `joinRelative(root, p)` for many `p` without normalizing each: the walk's relative paths are clean. */
function childPathJoiner(root: string): (relativePath: string) => string {
  const separator = pathApiFor(root).sep
  const base = root.endsWith(separator) ? root : root + separator
  return separator === '/'
    ? (relativePath) => base + relativePath
    : (relativePath) => base + relativePath.replaceAll('/', separator)
}

/** The separate walks: a source with more files than this hands the target to a worker thread (starting one costs ~30 ms). */
const WORKER_TREE_THRESHOLD = 2000
/**
 * Content comparison goes to worker threads from this many pairs or bytes on: below, starting a worker (~30 ms of
 * CPU each) costs more than comparing here (a few KiB file pair takes ~10 µs).
 */
const WORKER_COMPARE_PAIRS = 2000
const WORKER_COMPARE_BYTES = 32 * 1024 * 1024
/**
 * The paired walk with `checksum` starts its workers once this thread has listed this many files (or compared
 * WORKER_COMPARE_BYTES). On the bench's 20,000 files, starting them at once rather than after 2,000 files took the
 * plan from 430 to 369 ms (medians of 8 interleaved runs); after 500 files measured the same as at once (323 and
 * 335 ms, 10 runs), and a tree of a few hundred files never pays a start (3-5 ms here, ~50 ms of the other core).
 */
const PAIRED_WORKER_FILES = 500

/**
 * Walks the source here and, for a large source, the target on a worker meanwhile; this thread then takes its
 * share of the target's root entries the worker has not reached (target-walk.ts).
 */
async function scanBoth(
  options: PlanChangesOptions,
  filters: SyncFilters,
  workers: TreeWorkers | undefined
): Promise<{ source: TreeScan; target: TreeScan }> {
  const scanOptions = {
    ignoreFile: filters.isProtectedFile,
    ignoreDirectory: filters.isProtectedDirectory
  }
  const sourceOptions: ScanOptions = { ...scanOptions, side: 'source', input: 'source' }
  const targetOptions: ScanOptions = { ...scanOptions, side: 'target', input: 'physical-path' }
  const sourceWalk = new TreeWalker(options.source, sourceOptions)
  if (!sourceWalk.listing.exists) {
    throw missingSource(options.source)
  }
  const targetWalk = new TreeWalker(options.target, targetOptions) // a target that is not a folder throws here
  sourceWalk.walk(WORKER_TREE_THRESHOLD)
  const names = workers && !sourceWalk.done ? targetRootNames(targetWalk, options.target) : undefined
  if (!workers || !names) {
    sourceWalk.walk()
    targetWalk.walk()
    return {
      source: treeScanOf(sourceWalk.listing, sourceOptions),
      target: treeScanOf(targetWalk.listing, targetOptions)
    }
  }
  const separator = pathApiFor(options.target).sep
  const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, names.length)))
  const pending = workers.walkTarget(options.target, separator, names, claims, filters.protectedSource)
  pending.catch(() => {}) // awaited below; a failure must not surface as unhandled meanwhile
  // This thread and worker 0 compare too: with more cores, the other workers start during the walk.
  if (options.checksum) for (let i = 1; i < TreeWorkers.compareThreads() - 1; i++) workers.warmUp(i)
  sourceWalk.walk()
  // Index the source while the worker walks; its error (names differing only in case) comes after the target's,
  // as without a worker.
  let source: TreeScan | undefined
  let sourceError: unknown
  try {
    source = treeScanOf(sourceWalk.listing, sourceOptions)
  } catch (error) {
    sourceError = error
  }
  const here = walkTargetUnits(
    fs,
    options.target,
    separator,
    names,
    claims,
    CLAIMED_HERE,
    true,
    filters.protectedSource
  )
  const target = treeScanOf(mergeUnitListings(names, await pending, here), targetOptions)
  if (!source) throw sourceError
  return { source, target }
}

/** Both walks refuse a publish folder that is not there, in these words. */
function missingSource(source: string): InputError {
  return new InputError('source', `Input 'source': the folder '${source}' does not exist.`)
}

/** The entries of the target's root, or undefined when it has none to share or cannot be read now. */
function targetRootNames(targetWalk: TreeWalker, target: string): string[] | undefined {
  if (!targetWalk.listing.exists) return undefined
  try {
    const names = fs.readdirSync(target)
    return names.length > 0 ? names : undefined
  } catch {
    return undefined // gone or replaced meanwhile: TreeWalker's walk reports it as it always did
  }
}

/** For each pair, whether source and target hold the same bytes, on worker threads when many. */
async function sameContent(pairs: ComparePair[], workers: TreeWorkers | undefined): Promise<boolean[]> {
  const bytes = pairs.reduce((sum, pair) => sum + pair.size, 0)
  if (workers && (pairs.length >= WORKER_COMPARE_PAIRS || bytes >= WORKER_COMPARE_BYTES)) {
    return workers.sameContent(pairs)
  }
  const paths = pairs.flatMap((pair) => [pair.source, pair.target])
  const same = comparePairs(
    fs,
    [Buffer.allocUnsafe(1 << 20), Buffer.allocUnsafe(1 << 20)],
    paths,
    pairs.map((pair) => pair.size)
  )
  return Array.from(same, (flag) => flag === 1)
}

/**
 * Whether the planner's worker threads are worth starting here: from two cores on. The paired walk starts them only
 * with `checksum`, from 500 files on: reading every same-size pair is where a second core can help (and on a cold
 * disk, where two reads wait side by side). The separate walks start one for a source of more than 2,000 files: on
 * the bench's two AMD vCPUs it took their plan from 256 to 240 ms, and with `checksum` from 396 to 320 ms
 * (bench/README.md). A typical app's plan (a few hundred files) never pays a worker's start-up (25-70 ms).
 */
export function workerThreadsPayOff(): boolean {
  return os.availableParallelism() > 1
}

/** Compares the publish folder with the target. Reads the file systems, changes nothing. */
export async function planChanges(options: PlanChangesOptions): Promise<ChangePlan> {
  const filters = buildSyncFilters(options.exclude, options.preserve)
  const useWorkers = options.workerThreads ?? workerThreadsPayOff()
  if (options.pairedWalk !== false) {
    const plan = await planPaired(options, filters, useWorkers)
    if (plan) return plan
  }
  const workers = useWorkers ? new TreeWorkers() : undefined
  try {
    return await planWith(options, filters, workers)
  } finally {
    workers?.close()
  }
}

/**
 * The plan from the paired walk alone, or undefined where `planChanges` would walk the trees apart: for tests, which
 * prove both ways give one plan.
 */
export async function planPairedWalk(options: PlanChangesOptions): Promise<ChangePlan | undefined> {
  const filters = buildSyncFilters(options.exclude, options.preserve)
  return planPaired(options, filters, options.workerThreads ?? workerThreadsPayOff())
}

/** The root entries of both trees paired by name without case, or undefined when a root holds two such names. */
function rootUnits(
  source: string,
  target: string | undefined
): Pick<PairedWalkSettings, 'sourceNames' | 'targetNames' | 'plainFiles'> | undefined {
  const sourceNames: Array<string | null> = []
  const targetNames: Array<string | null> = []
  const plainFiles: boolean[] = []
  const byKey = new Map<string, number>()
  for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
    const key = pathKey(entry.name)
    if (byKey.has(key)) return undefined
    byKey.set(key, sourceNames.length)
    sourceNames.push(entry.name)
    targetNames.push(null)
    plainFiles.push(entry.isFile())
  }
  const twins = new Set<string>()
  for (const entry of target === undefined ? [] : readFolderIfThere(target)) {
    const key = pathKey(entry.name)
    if (twins.has(key)) return undefined
    twins.add(key)
    const unit = byKey.get(key)
    if (unit !== undefined) {
      targetNames[unit] = entry.name
      plainFiles[unit] = plainFiles[unit] === true && entry.isFile()
    } else {
      sourceNames.push(null)
      targetNames.push(entry.name)
      plainFiles.push(false)
    }
  }
  // A unit without a twin is stat-ed by path whatever its flag says (pairOpenFiles needs two files).
  for (let unit = 0; unit < targetNames.length; unit++)
    if (targetNames[unit] === null) plainFiles[unit] = false
  return { sourceNames, targetNames, plainFiles }
}

function readFolderIfThere(folder: string): fs.Dirent[] {
  try {
    return fs.readdirSync(folder, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/**
 * The plan from one walk of both trees side by side (paired-walk.ts); with `checksum` and a large tree, workers
 * join once this thread has listed 500 files. Undefined when the walk met what it leaves to `planWith`.
 */
async function planPaired(
  options: PlanChangesOptions,
  filters: SyncFilters,
  useWorkers: boolean
): Promise<ChangePlan | undefined> {
  const sourceWalk = new TreeWalker(options.source, { side: 'source', input: 'source' })
  if (!sourceWalk.listing.exists) {
    throw missingSource(options.source)
  }
  // A target that is not a folder throws here.
  const targetExists = new TreeWalker(options.target, { side: 'target', input: 'physical-path' }).listing
    .exists
  const units = rootUnits(options.source, targetExists ? options.target : undefined)
  if (!units) return undefined
  const settings: PairedWalkSettings = {
    source: options.source,
    target: options.target,
    sourceSeparator: pathApiFor(options.source).sep,
    targetSeparator: pathApiFor(options.target).sep,
    ...units,
    ignore: filters.protectedSource === '' ? null : filters.protectedSource,
    checksum: options.checksum === true,
    toleranceMs: options.fatFileTimes ? FAT_TIME_TOLERANCE_MS : EXACT_TIME_TOLERANCE_MS,
    deleteExtra: options.deleteExtra === true,
    listUnchanged: options.listUnchanged === true
  }
  const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, units.sourceNames.length)))
  let workers: TreeWorkers | undefined
  const replies: Array<Promise<PairedWalkResult>> = []
  const startWorkers = (found: PairedWalkResult): void => {
    if (workers || !claims.includes(0)) return
    if (found.files < PAIRED_WORKER_FILES && found.comparedBytes < WORKER_COMPARE_BYTES) return
    workers = new TreeWorkers()
    for (let i = 0; i < TreeWorkers.compareThreads() - 1; i++) {
      const reply = workers.walkPaired(i, settings, claims)
      reply.catch(() => {}) // awaited below; a failure must not surface as unhandled meanwhile
      replies.push(reply)
    }
  }
  try {
    let here: PairedWalkResult
    try {
      here = walkPairedUnits(
        fs,
        comparePairs,
        settings,
        claims,
        PAIRED_CLAIMED_HERE,
        false,
        settings.checksum && useWorkers ? startWorkers : null
      )
    } catch (error) {
      for (let unit = 0; unit < claims.length; unit++)
        Atomics.compareExchange(claims, unit, 0, PAIRED_CLAIMS_CLOSED)
      await Promise.allSettled(replies)
      throw error
    }
    const parts = [here, ...(await Promise.all(replies))]
    if (parts.some((part) => part.bail !== null)) return undefined
    return assemblePlan(options, filters, pairedParts(parts))
  } finally {
    workers?.close()
  }
}

/** The threads' findings as one set of plan parts. */
function pairedParts(parts: readonly PairedWalkResult[]): PlanParts {
  const plan: PlanParts = {
    changes: [],
    unchanged: 0,
    unchangedFiles: [],
    retimed: [],
    forceCopy: [],
    bytesToDelete: 0,
    extraDirectories: [],
    newDirectories: [],
    targetLinks: [],
    shadowedByLinks: []
  }
  for (const part of parts) {
    part.adds.forEach((path, i) =>
      plan.changes.push({ path, kind: 'add', bytes: part.addBytes[i] as number })
    )
    part.updates.forEach((path, i) =>
      plan.changes.push({ path, kind: 'update', bytes: part.updateBytes[i] as number })
    )
    part.deletes.forEach((path, i) => {
      const bytes = part.deleteBytes[i] as number
      plan.changes.push({ path, kind: 'delete', bytes })
      plan.bytesToDelete += bytes
    })
    plan.unchanged += part.unchanged
    part.unchangedSource.forEach((path, i) =>
      plan.unchangedFiles.push({ path, targetPath: part.unchangedTarget[i] as string })
    )
    plan.retimed.push(...part.retimed)
    plan.forceCopy.push(...part.forceCopy)
    plan.extraDirectories.push(...part.extraDirectories)
    plan.newDirectories.push(...part.newDirectories)
    plan.targetLinks.push(...part.links)
    plan.shadowedByLinks.push(...part.shadowed)
  }
  return plan
}

async function planWith(
  options: PlanChangesOptions,
  filters: SyncFilters,
  workers: TreeWorkers | undefined
): Promise<ChangePlan> {
  const { source, target } = await scanBoth(options, filters, workers)
  const tolerance = options.fatFileTimes ? FAT_TIME_TOLERANCE_MS : EXACT_TIME_TOLERANCE_MS

  const changes: PlannedChange[] = []
  const toCompare: Array<{ source: TreeFile; target: TreeFile }> = []
  let unchanged = 0
  const unchangedFiles: Array<{ path: string; targetPath: string }> = []
  // A target link holds its path: nothing of the source is written there (nor through it).
  const linkKeys = new Set(target.links.map(pathKey))
  const shadowedByLinks: string[] = []
  // forEach, not for-of with destructuring: these loops run once per plan, mostly before the JIT has optimized
  // them, and there a Map iterator that allocates an entry per step costs about four times as much (bench/).
  source.files.forEach((file, key) => {
    if (isUnderLink(file.path, linkKeys)) {
      shadowedByLinks.push(file.path)
      return
    }
    const existing = target.files.get(key)
    if (!existing) changes.push({ path: file.path, kind: 'add', bytes: file.size })
    else if (existing.size !== file.size)
      changes.push({ path: existing.path, kind: 'update', bytes: file.size })
    else if (options.checksum) toCompare.push({ source: file, target: existing })
    else if (timesDiffer(file, existing, tolerance))
      changes.push({ path: existing.path, kind: 'update', bytes: file.size })
    else {
      unchanged++
      if (options.listUnchanged) unchangedFiles.push({ path: file.path, targetPath: existing.path })
    }
  })

  const retimed: string[] = []
  const forceCopy: string[] = []
  if (toCompare.length > 0) {
    const inSource = childPathJoiner(options.source)
    const inTarget = childPathJoiner(options.target)
    const same = await sameContent(
      toCompare.map((pair) => ({
        source: inSource(pair.source.path),
        target: inTarget(pair.target.path),
        size: pair.source.size
      })),
      workers
    )
    toCompare.forEach((pair, i) => {
      if (!same[i]) {
        changes.push({ path: pair.target.path, kind: 'update', bytes: pair.source.size })
        if (!timesDiffer(pair.source, pair.target, tolerance)) forceCopy.push(pair.target.path)
      } else {
        unchanged++
        if (options.listUnchanged)
          unchangedFiles.push({ path: pair.source.path, targetPath: pair.target.path })
        if (timesDiffer(pair.source, pair.target, tolerance)) retimed.push(pair.target.path)
      }
    })
  }

  let bytesToDelete = 0
  const extraDirectories: string[] = []
  if (options.deleteExtra) {
    target.files.forEach((file, key) => {
      if (source.files.has(key)) return
      changes.push({ path: file.path, kind: 'delete', bytes: file.size })
      bytesToDelete += file.size
    })
    target.directories.forEach((dir, key) => {
      if (!source.directories.has(key)) extraDirectories.push(dir)
    })
  }
  const newDirectories: string[] = []
  source.directories.forEach((dir, key) => {
    if (!target.directories.has(key) && !isUnderLink(dir, linkKeys)) newDirectories.push(dir)
  })
  return assemblePlan(options, filters, {
    changes,
    unchanged,
    unchangedFiles,
    retimed,
    forceCopy,
    bytesToDelete,
    extraDirectories,
    newDirectories,
    targetLinks: [...target.links],
    shadowedByLinks
  })
}

/** What either walk found, before sorting and counting. */
interface PlanParts {
  changes: PlannedChange[]
  unchanged: number
  /** Filled with `listUnchanged` only. */
  unchangedFiles: Array<{ path: string; targetPath: string }>
  retimed: string[]
  forceCopy: string[]
  bytesToDelete: number
  extraDirectories: string[]
  newDirectories: string[]
  targetLinks: string[]
  shadowedByLinks: string[]
}

/** The plan in one order whoever walked what: every list sorted, the counts taken from the changes. */
function assemblePlan(options: PlanChangesOptions, filters: SyncFilters, parts: PlanParts): ChangePlan {
  const { changes, extraDirectories, newDirectories, retimed, forceCopy } = parts
  changes.sort((a, b) => comparePaths(a.path, b.path))
  extraDirectories.sort((a, b) => b.split('/').length - a.split('/').length || comparePaths(a, b))
  newDirectories.sort((a, b) => a.split('/').length - b.split('/').length || comparePaths(a, b))
  retimed.sort(comparePaths)
  forceCopy.sort(comparePaths)

  const locked = changes.filter((c) => isLockedFile(c.path))
  let filesAdded = 0
  let filesUpdated = 0
  let filesDeleted = 0
  let bytesToCopy = 0
  for (const c of changes) {
    if (c.kind === 'add') filesAdded++
    else if (c.kind === 'update') filesUpdated++
    else filesDeleted++
    if (c.kind !== 'delete') bytesToCopy += c.bytes
  }
  return {
    changes,
    filesAdded,
    filesUpdated,
    filesDeleted,
    bytesToCopy,
    touchesLockedFiles: locked.length > 0,
    unchanged: parts.unchanged,
    ...(options.listUnchanged
      ? { unchangedFiles: parts.unchangedFiles.sort((a, b) => comparePaths(a.path, b.path)) }
      : {}),
    bytesToDelete: parts.bytesToDelete,
    lockedChanges: locked.slice(0, 20).map((c) => c.path),
    extraDirectories,
    newDirectories,
    retimed,
    forceCopy,
    compared: options.checksum ? 'checksum' : 'size-and-time',
    targetLinks: parts.targetLinks.sort(comparePaths),
    shadowedByLinks: parts.shadowedByLinks.sort(comparePaths),
    exclude: filters.exclude.map((p) => p.raw),
    preserve: filters.preserve.map((p) => p.raw)
  }
}

/**
 * With `checksum`, makes a size+time tool (robocopy) do what the content comparison decided: identical files get
 * the source's modification time (so they are not copied again, and a locked but unchanged .dll is not touched);
 * changed files whose size and time happen to match get a time 10 s older than the source's (so they are copied).
 * Only the time attribute changes; Windows allows that on a file a running process has mapped (U).
 * Returns how many target files were retimed.
 */
export function alignTargetTimes(
  plan: Pick<ChangePlan, 'retimed'> & Partial<Pick<ChangePlan, 'forceCopy'>>,
  source: string,
  target: string
): number {
  let count = 0
  for (const relative of plan.retimed) {
    const stat = fs.statSync(joinRelative(source, relative))
    fs.utimesSync(joinRelative(target, relative), stat.atime, stat.mtime)
    count++
  }
  for (const relative of plan.forceCopy ?? []) {
    const stat = fs.statSync(joinRelative(source, relative))
    const older = new Date(stat.mtimeMs - 10_000)
    fs.utimesSync(joinRelative(target, relative), older, older)
    count++
  }
  return count
}

/** One line for logs and the job summary: `3 to add, 2 to update, 1 to delete (12,345 bytes to copy)`. */
export function summarizePlan(plan: SyncPlan): string {
  const parts = [
    `${plan.filesAdded} to add`,
    `${plan.filesUpdated} to update`,
    `${plan.filesDeleted} to delete`
  ]
  const locked = plan.touchesLockedFiles
    ? 'touches files the app holds'
    : 'static files only: the app can stay online'
  return `${parts.join(', ')} (${plan.bytesToCopy} bytes to copy); ${locked}`
}
