// `strategy: releases` (contract §1 "Release folders", peers §4.3): each release is staged in
// `<root>/releases/<release-id>`, the `preserve` folders live in `<root>/shared/<name>` and are linked into each
// release, and the site/application is switched to the new folder in one IIS configuration change (the IIS module
// does the `appcmd set vdir`; this module says what to switch to and back to). No file of the live release is
// ever written, so no lock can fail the deploy.
//
// Staging copies, never hard-links: a hard link would share the file with the live release, and a later in-place
// edit (the web.config step, json-variables) would change the live app too. Unchanged files are copied from the
// live release when the source is on a network share (local disk to local disk is faster than the network);
// otherwise everything comes from the publish folder.

import fs from 'node:fs'
import { InputError } from '../../core/errors.js'
import type { Reporter } from '../../core/ports.js'
import {
  copyFileKeepingTime,
  joinRelative,
  pathApiFor,
  pathKey,
  removeTreeNoFollow,
  scanTree
} from './file-tree.js'
import {
  buildSyncFilters,
  isLockedFile,
  planChanges,
  RELEASE_MARKER_FILE,
  type ChangePlan
} from './planner.js'
import type { SyncResult } from './types.js'
import { verifyCopy } from './verify.js'

export { RELEASE_MARKER_FILE }

export const RELEASES_DIR = 'releases'
export const SHARED_DIR = 'shared'
/** contract §1 `keep-releases` default. */
export const DEFAULT_KEEP_RELEASES = 5
/** A staging folder older than this is a leftover of a crashed run (deploys to one server are serialized). */
const STALE_STAGING_MS = 60 * 60 * 1000
const STAGING_PREFIX = '.staging-'

// Names Windows reserves for devices, with or without an extension (Microsoft Learn, "Naming Files, Paths, and
// Namespaces"; docs/input-rules.md): a folder `CON` or `nul.txt` cannot be created or is the device itself.
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i

/**
 * A release id becomes a folder name: letters, digits, `.`, `_`, `-`; starts with a letter or digit; at most 100
 * characters; not a Windows device name (with or without extension); no trailing dot or space (Windows drops
 * them, so two ids would name one folder). So it can never leave `<root>/releases`. The options check runs this
 * same function before anything changes.
 */
export function validateReleaseId(id: string): string {
  const value = id.trim()
  const problem =
    value !== id && value !== ''
      ? 'must not start or end with a space (Windows drops a trailing one)'
      : !/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value)
        ? 'may only hold letters, digits, ".", "_" and "-", start with a letter or digit, and be at most 100 characters long (it is a folder name)'
        : value.endsWith('.')
          ? 'must not end with "." (Windows drops it)'
          : RESERVED_NAMES.test(value)
            ? 'is a Windows device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, with or without an extension)'
            : undefined
  if (problem) {
    throw new InputError(
      'release-id',
      `Input 'release-id': '${id}' ${problem}. Use e.g. 42-1 or 2026.11.22-1 (the default is the run number and attempt).`
    )
  }
  return value
}

/** IIS physical paths may hold environment variables (`%SystemDrive%\inetpub\wwwroot`); IIS expands them. */
export function expandPhysicalPath(
  value: string,
  env: Readonly<Record<string, string | undefined>> = {}
): string {
  return value.replace(/%([^%]+)%/g, (whole, name: string) => {
    const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase())
    const found = key === undefined ? undefined : env[key]
    if (found !== undefined) return found
    if (name.toLowerCase() === 'systemdrive') return 'C:'
    return whole
  })
}

function stripSeparators(p: string): string {
  const stripped = p.replace(/[\\/]+$/, '')
  if (stripped === '' || /^[A-Za-z]:$/.test(stripped)) return p
  return stripped
}

export interface ResolveReleaseRootOptions {
  /** The `physical-path` input, when given. */
  physicalPath?: string
  /** The physical path IIS reports for the site/application now. */
  livePhysicalPath?: string
  env?: Readonly<Record<string, string | undefined>>
}

/**
 * `<root>` (contract §1 "Release folders"): `physical-path` when given; otherwise, when the live physical path is
 * `<x>/releases/<id>`, `<x>`; otherwise the live physical path itself.
 */
export function resolveReleaseRoot(options: ResolveReleaseRootOptions): string {
  if (options.physicalPath?.trim())
    return stripSeparators(expandPhysicalPath(options.physicalPath, options.env))
  if (!options.livePhysicalPath?.trim()) {
    throw new InputError(
      'physical-path',
      "Input 'physical-path': needed with strategy: releases when IIS reports no physical path for the site/application (e.g. with create: true)."
    )
  }
  const live = stripSeparators(expandPhysicalPath(options.livePhysicalPath, options.env))
  const api = pathApiFor(live)
  const parent = api.dirname(live)
  if (parent !== live && api.basename(parent).toLowerCase() === RELEASES_DIR) return api.dirname(parent)
  return live
}

export interface SharedLink {
  /** The preserve entry, normalized (`App_Data`, `wwwroot/uploads`). */
  name: string
  /** Where the link sits in the release. */
  link: string
  /** The shared folder it points to. */
  target: string
}

export interface ReleaseLayout {
  root: string
  releasesDir: string
  sharedDir: string
  releaseId: string
  /** Switch the site/application physical path to this. */
  releasePath: string
  /** The live physical path before the switch: roll back by switching to it. Undefined on a first deploy. */
  previousPath: string | undefined
  sharedLinks: SharedLink[]
}

export interface PlanReleaseOptions extends ResolveReleaseRootOptions {
  releaseId: string
  /** `preserve` (default App_Data, logs): linked from `<root>/shared`. */
  preserve?: readonly string[]
}

function samePath(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false
  const norm = (p: string): string => stripSeparators(p).replace(/\\/g, '/').toLowerCase()
  return norm(a) === norm(b)
}

/** Pure: where the release goes, what is linked, what to switch to and back to. Touches no file. */
export function planReleaseLayout(options: PlanReleaseOptions): ReleaseLayout {
  const releaseId = validateReleaseId(options.releaseId)
  const root = resolveReleaseRoot(options)
  const api = pathApiFor(root)
  const releasesDir = api.join(root, RELEASES_DIR)
  const sharedDir = api.join(root, SHARED_DIR)
  const releasePath = api.join(releasesDir, releaseId)
  const live = options.livePhysicalPath?.trim()
    ? stripSeparators(expandPhysicalPath(options.livePhysicalPath, options.env))
    : undefined
  const filters = buildSyncFilters([], options.preserve)
  const sharedLinks = filters.preserve.map((p) => ({
    name: p.body,
    link: joinRelative(releasePath, p.body),
    target: joinRelative(sharedDir, p.body)
  }))
  return { root, releasesDir, sharedDir, releaseId, releasePath, previousPath: live, sharedLinks }
}

/** Where a rollback switches the site/application back to; undefined on a first deploy (nothing to go back to). */
export function rollbackTarget(layout: Pick<ReleaseLayout, 'previousPath'>): string | undefined {
  return layout.previousPath
}

export interface StageReleaseOptions {
  layout: ReleaseLayout
  /** The publish folder. */
  source: string
  exclude?: readonly string[]
  preserve?: readonly string[]
  checksum?: boolean
  /**
   * Copy unchanged files from the live release instead of the source. `auto` (default): when the source is a
   * network path (`\\server\share`), where a local copy is faster.
   */
  seedFromLive?: boolean | 'auto'
  /** Plan only: nothing is written. */
  dryRun?: boolean
  /** How one file is copied (default: copyFileKeepingTime); tests pass one that loses a write, like a full disk. */
  copyFile?: (from: string, to: string) => void
}

export interface StagedRelease extends SyncResult {
  method: 'copy'
  layout: ReleaseLayout
  /** The comparison with the live release (undefined on a first deploy). */
  plan: ChangePlan | undefined
  /** Files copied from the live release rather than from the source. */
  seededFromLive: number
  /** Files in the new release. */
  files: number
}

/** Creates the link of a preserved folder: a junction on Windows (no privilege needed), a symlink elsewhere. */
function linkDirectory(target: string, link: string): void {
  fs.symlinkSync(target, link, process.platform === 'win32' ? 'junction' : 'dir')
}

function copyTree(from: string, to: string): number {
  let count = 0
  fs.mkdirSync(to, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const a = joinRelative(from, entry.name)
    const b = joinRelative(to, entry.name)
    if (entry.isSymbolicLink()) continue
    if (entry.isDirectory()) count += copyTree(a, b)
    else if (entry.isFile()) {
      copyFileKeepingTime(a, b)
      count++
    }
  }
  return count
}

function lstatOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p)
  } catch {
    return undefined
  }
}

/**
 * Stages a release: copies the filtered publish folder into `<root>/releases/<id>` (through a hidden staging
 * folder renamed at the end, so a half-copied release never carries the real name), links the preserved folders
 * from `<root>/shared` (seeding a missing shared folder once from the live folder, else from the source), and
 * returns counts relative to the live release. Refuses the live release's id; replaces a leftover folder of the
 * same id (a failed or rolled-back earlier attempt) with a warning.
 */
export async function stageRelease(
  ports: { reporter: Reporter },
  options: StageReleaseOptions
): Promise<StagedRelease> {
  const { layout } = options
  const live = layout.previousPath
  if (samePath(live, layout.releasePath)) {
    throw new InputError(
      'release-id',
      `Input 'release-id': '${layout.releaseId}' is the live release (${layout.releasePath}); a release is never overwritten. Choose a new id (the default, run number and attempt, is unique per run).`
    )
  }
  const liveExists = live !== undefined && fs.existsSync(live)
  const comparison = liveExists
    ? await planChanges({
        source: options.source,
        target: live,
        exclude: options.exclude,
        preserve: options.preserve,
        deleteExtra: true,
        checksum: options.checksum,
        listUnchanged: true
      })
    : undefined
  // Moving from in-place to releases, the live folder is the root itself: its releases/ and shared/ are ours.
  const plan = comparison && samePath(live, layout.root) ? withoutLayoutFolders(comparison) : comparison
  const filters = buildSyncFilters(options.exclude, options.preserve)
  const source = scanTree(options.source, {
    side: 'source',
    input: 'source',
    ignoreFile: filters.isProtectedFile,
    ignoreDirectory: filters.isProtectedDirectory
  })
  if (!source.exists) {
    throw new InputError('source', `Input 'source': the folder '${options.source}' does not exist.`)
  }
  const seed =
    liveExists &&
    (options.seedFromLive === true ||
      ((options.seedFromLive ?? 'auto') === 'auto' && /^\\\\/.test(options.source)))
  const fromLive = new Map<string, string>()
  if (seed && plan?.unchangedFiles) {
    for (const f of plan.unchangedFiles) fromLive.set(pathKey(f.path), f.targetPath)
  }

  const copyFile = options.copyFile ?? copyFileKeepingTime
  let bytesCopied = 0
  let seededFromLive = 0
  for (const file of source.files.values()) {
    if (fromLive.has(pathKey(file.path))) seededFromLive++
    else bytesCopied += file.size
  }
  const files = source.files.size
  const result = (): StagedRelease => {
    const filesAdded = plan ? plan.filesAdded : files
    const filesUpdated = plan ? plan.filesUpdated : 0
    const filesDeleted = plan ? plan.filesDeleted : 0
    const verb = options.dryRun ? 'would stage' : 'staged'
    return {
      method: 'copy',
      filesAdded,
      filesUpdated,
      filesDeleted,
      bytesCopied,
      exitCode: 0,
      dryRun: options.dryRun ?? false,
      summary:
        `${verb} release ${layout.releaseId} in ${layout.releasePath}: ${files} file(s); against the live release ` +
        `${filesAdded} new, ${filesUpdated} updated, ${filesDeleted} gone` +
        (seededFromLive > 0 ? `; ${seededFromLive} copied locally from the live release` : ''),
      layout,
      plan,
      seededFromLive,
      files
    }
  }
  if (options.dryRun) return result()

  if (lstatOrUndefined(layout.releasePath)) {
    ports.reporter.warning(
      `Release folder ${layout.releasePath} exists but is not live (an earlier failed or rolled-back attempt): replacing it.`
    )
    removeTreeNoFollow(layout.releasePath)
  }
  fs.mkdirSync(layout.releasesDir, { recursive: true })
  const api = pathApiFor(layout.releasesDir)
  const staging = api.join(
    layout.releasesDir,
    `${STAGING_PREFIX}${layout.releaseId}-${process.pid}-${Date.now().toString(36)}`
  )
  try {
    fs.mkdirSync(staging)
    for (const dir of source.directories.values())
      fs.mkdirSync(joinRelative(staging, dir), { recursive: true })
    for (const file of source.files.values()) {
      const livePath = fromLive.get(pathKey(file.path))
      const from =
        livePath !== undefined && live
          ? joinRelative(live, livePath)
          : joinRelative(options.source, file.path)
      copyFile(from, joinRelative(staging, file.path))
    }
    // What landed, not what the copy loop meant to write (a full disk, a truncated write on a share).
    await verifyCopy('the release copy', 0, {
      source: options.source,
      target: staging,
      exclude: options.exclude,
      preserve: options.preserve,
      checksum: options.checksum
    })
    for (const shared of layout.sharedLinks)
      linkShared(ports.reporter, shared, staging, live, options.source, layout)
    writeReleaseMarker(staging, layout.releaseId)
    fs.renameSync(staging, layout.releasePath)
    const now = new Date()
    fs.utimesSync(layout.releasePath, now, now) // retention orders releases by this time
  } catch (error) {
    removeTreeNoFollow(staging)
    throw error
  }
  const staged = result()
  ports.reporter.info(staged.summary)
  return staged
}

/** The comparison without the deletes under `releases/` and `shared/` (when the live folder is the root). */
function withoutLayoutFolders(plan: ChangePlan): ChangePlan {
  const ours = (p: string): boolean => /^(releases|shared)(\/|$)/i.test(p)
  const dropped = plan.changes.filter((c) => c.kind === 'delete' && ours(c.path))
  if (dropped.length === 0) return plan
  const bytes = dropped.reduce((sum, c) => sum + c.bytes, 0)
  return {
    ...plan,
    changes: plan.changes.filter((c) => !dropped.includes(c)),
    filesDeleted: plan.filesDeleted - dropped.length,
    bytesToDelete: plan.bytesToDelete - bytes,
    extraDirectories: plan.extraDirectories.filter((d) => !ours(d)),
    lockedChanges: plan.lockedChanges.filter((p) => !ours(p)),
    touchesLockedFiles: plan.changes.some((c) => !dropped.includes(c) && isLockedFile(c.path))
  }
}

function linkShared(
  reporter: Reporter,
  shared: SharedLink,
  staging: string,
  live: string | undefined,
  source: string,
  layout: ReleaseLayout
): void {
  const link = joinRelative(staging, shared.name)
  const inLive = live ? lstatOrUndefined(joinRelative(live, shared.name)) : undefined
  const sharedStat = lstatOrUndefined(shared.target)
  if (!sharedStat && inLive?.isFile()) {
    // A preserved file (not a folder): carry the live copy forward; the publish folder's copy never replaces it.
    copyFileKeepingTime(joinRelative(live as string, shared.name), link)
    return
  }
  if (!sharedStat) {
    const fromSource = lstatOrUndefined(joinRelative(source, shared.name))
    if (inLive?.isDirectory() && live) {
      // First release after an in-place deploy: the live app's data becomes the shared copy. The app keeps
      // running from the live folder until the switch; what it writes meanwhile stays there.
      const count = copyTree(joinRelative(live, shared.name), shared.target)
      reporter.info(
        `Preserved folder ${shared.name}: copied ${count} file(s) from the live folder to ${shared.target}.`
      )
      if (count > 0) {
        reporter.warning(
          `${shared.name} was copied from ${live} into ${shared.target}; what the app writes there until the switch stays in the old folder.`
        )
      }
    } else if (fromSource?.isDirectory()) {
      copyTree(joinRelative(source, shared.name), shared.target)
    } else {
      fs.mkdirSync(shared.target, { recursive: true })
    }
  } else if (!sharedStat.isDirectory() && !sharedStat.isSymbolicLink()) {
    throw new InputError(
      'preserve',
      `Input 'preserve': ${shared.target} is a file, but '${shared.name}' is linked as a folder into each release under ${layout.sharedDir}. Remove the file or the entry.`
    )
  }
  fs.mkdirSync(pathApiFor(link).dirname(link), { recursive: true })
  linkDirectory(shared.target, link)
}

export interface ReleaseFolder {
  id: string
  path: string
  mtimeMs: number
}

/** The release folders under `<root>/releases`, newest first (by folder time, then by id). */
export function listReleases(releasesDir: string): ReleaseFolder[] {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(releasesDir, { withFileTypes: true })
  } catch {
    return []
  }
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => {
      const full = joinRelative(releasesDir, e.name)
      return { id: e.name, path: full, mtimeMs: fs.statSync(full).mtimeMs }
    })
    .sort(
      (a, b) =>
        b.mtimeMs - a.mtimeMs || b.id.localeCompare(a.id, undefined, { numeric: true, sensitivity: 'base' })
    )
}

export interface PruneReleasesOptions {
  releasesDir: string
  /** `keep-releases`: how many release folders to keep, the live one included. */
  keep: number
  /** The live release (after the switch): never deleted. */
  live?: string
  /** Its predecessor (the rollback target): never deleted. */
  previous?: string
  dryRun?: boolean
}

export interface PruneResult {
  kept: string[]
  deleted: string[]
  /** Folders under `releases/` this tool did not create (no marker): never deleted, never counted. */
  foreign: string[]
}

/** Writes the marker that says this tool created the release folder (read by `isOurRelease`). */
export function writeReleaseMarker(folder: string, releaseId: string): void {
  const marker = { tool: 'iis-deploy', releaseId, createdAt: new Date().toISOString() }
  fs.writeFileSync(joinRelative(folder, RELEASE_MARKER_FILE), `${JSON.stringify(marker)}\n`)
}

/**
 * Whether this tool created a release folder: it holds the marker, or (a release staged by a version before the
 * marker) its name is a valid release id and it holds a link into `sharedDir`, as every release staged with
 * `preserve` does. Anything else (another app's folder, a hand-made backup) is not ours to delete.
 */
export function isOurRelease(folder: string, sharedDir: string): boolean {
  if (lstatOrUndefined(joinRelative(folder, RELEASE_MARKER_FILE))?.isFile()) return true
  const api = pathApiFor(folder)
  try {
    validateReleaseId(api.basename(folder))
  } catch {
    return false
  }
  const shared = `${stripSeparators(sharedDir).replace(/\\/g, '/').toLowerCase()}/`
  const linksIn = (dir: string, depth: number): boolean => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true })
    } catch {
      return false
    }
    for (const entry of entries) {
      const full = joinRelative(dir, entry.name)
      if (entry.isSymbolicLink()) {
        let to: string
        try {
          to = api.resolve(api.dirname(full), fs.readlinkSync(full))
        } catch {
          continue
        }
        if (`${to.replace(/\\/g, '/').toLowerCase()}/`.startsWith(shared)) return true
      } else if (entry.isDirectory() && depth > 0 && linksIn(full, depth - 1)) return true
    }
    return false
  }
  // Preserved folders sit at most a few levels deep (App_Data, logs, wwwroot/uploads).
  return linksIn(folder, 2)
}

/**
 * Retention: keeps the live release, its predecessor and the newest others up to `keep` in all; deletes the rest
 * (never following the links into `shared`), and staging leftovers older than an hour.
 */
export function pruneReleases(options: PruneReleasesOptions): PruneResult {
  if (!Number.isInteger(options.keep) || options.keep < 1) {
    throw new InputError(
      'keep-releases',
      `Input 'keep-releases': '${options.keep}' must be a whole number of 1 or more (the live release and its predecessor are always kept).`
    )
  }
  const sharedDir = joinRelative(pathApiFor(options.releasesDir).dirname(options.releasesDir), SHARED_DIR)
  const foreign: string[] = []
  const releases = listReleases(options.releasesDir).filter((r) => {
    if (isOurRelease(r.path, sharedDir)) return true
    foreign.push(r.path)
    return false
  })
  const protectedPaths = [options.live, options.previous]
  const kept: string[] = []
  const deleted: string[] = []
  for (const r of releases) if (protectedPaths.some((p) => samePath(p, r.path))) kept.push(r.path)
  for (const r of releases) {
    if (kept.includes(r.path)) continue
    if (kept.length < options.keep) kept.push(r.path)
    else deleted.push(r.path)
  }
  if (!options.dryRun) {
    for (const p of deleted) removeTreeNoFollow(p)
    removeStaleStaging(options.releasesDir)
  }
  const order = new Map(releases.map((r, i) => [r.path, i]))
  kept.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
  return { kept, deleted, foreign }
}

function removeStaleStaging(releasesDir: string): void {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(releasesDir, { withFileTypes: true })
  } catch {
    return
  }
  for (const e of entries) {
    if (!e.isDirectory() || !e.name.startsWith(STAGING_PREFIX)) continue
    const full = joinRelative(releasesDir, e.name)
    if (Date.now() - fs.statSync(full).mtimeMs > STALE_STAGING_MS) removeTreeNoFollow(full)
  }
}

/** True when `p` looks like `<x>/releases/<id>` (the site runs from a release folder). */
export function isReleasePath(p: string): boolean {
  const api = pathApiFor(p)
  return api.basename(api.dirname(stripSeparators(p))).toLowerCase() === RELEASES_DIR
}
