// In-place backup (`backup: true`): before an in-place sync, keep a copy of every file the plan replaces or
// deletes, and the list of what it adds, so that a failed start or health check can put the previous version
// back exactly (`restoreBackup`). Only the changed files are copied, never the whole site.
//
// The deploy keeps them in the machine-wide state folder (`<state-dir>/backups/<site>/<id>`), never next to or
// inside a web root: next to an application nested in another site's folder they would be served over HTTP,
// appsettings.json included. `defaultBackupRoot` (next to the target) remains for direct callers of this module.

import fs from 'node:fs'
import { randomBytes } from 'node:crypto'
import { InputError } from '../../core/errors.js'
import {
  comparePaths,
  copyFileKeepingTime,
  joinRelative,
  linkOnPath,
  pathApiFor,
  removeTreeNoFollow
} from './file-tree.js'
import type { ChangePlan } from './planner.js'
import type { SyncPlan } from './types.js'

export const MANIFEST_FILE = 'manifest.json'
const FILES_DIR = 'files'
export const DEFAULT_KEEP_BACKUPS = 3

export interface BackupManifest {
  version: 1
  id: string
  /** The folder the sync changes. */
  target: string
  createdAt: string
  /** Files the sync adds: removed on restore. */
  added: string[]
  /** Files the sync overwrites: their previous content is in `files/`. */
  updated: string[]
  /** Files the sync deletes: their content is in `files/`. */
  deleted: string[]
  /** Folders the sync creates: removed on restore (when empty). */
  createdDirectories: string[]
  /** Folders the sync deletes: recreated on restore. */
  deletedDirectories: string[]
  bytes: number
}

export interface Backup {
  dir: string
  manifest: BackupManifest
}

/** `C:\inetpub\MyApp` → `C:\inetpub\MyApp.iis-deploy-backups`. */
export function defaultBackupRoot(target: string): string {
  const api = pathApiFor(target)
  const trimmed = target.replace(/[\\/]+$/, '')
  const name = api.basename(trimmed)
  if (!name || /^[A-Za-z]:$/.test(trimmed)) {
    throw new InputError(
      'physical-path',
      `The target '${target}' is a drive root: there is no folder next to it for the backup. Deploy into a folder, or set backup: false.`
    )
  }
  return api.join(api.dirname(trimmed), `${name}.iis-deploy-backups`)
}

export interface CreateBackupOptions {
  /** The plan of the sync about to run. */
  plan: SyncPlan & Partial<Pick<ChangePlan, 'newDirectories' | 'extraDirectories'>>
  target: string
  /** Default: `defaultBackupRoot(target)`; the pipeline keeps them in the state folder. */
  backupRoot?: string
  now?: Date
  /** The backup's folder name, when the caller records it before the backup is made (the deploy ledger). */
  id?: string
}

/** A new backup's folder name: its time, then a random suffix (`20261201-101500-a1b2c3`). */
export function newBackupId(now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace(/\.\d+Z$/, '')
  return `${stamp}-${randomBytes(3).toString('hex')}`
}

/**
 * Copies what the plan replaces or deletes into a new backup folder and writes the manifest last (a folder
 * without one is an incomplete backup and is never restored).
 */
export function createBackup(options: CreateBackupOptions): Backup {
  const backupRoot = options.backupRoot ?? defaultBackupRoot(options.target)
  const now = options.now ?? new Date()
  const id = options.id ?? newBackupId(now)
  const dir = joinRelative(backupRoot, id)
  const filesDir = joinRelative(dir, FILES_DIR)
  fs.mkdirSync(filesDir, { recursive: true })
  const manifest: BackupManifest = {
    version: 1,
    id,
    target: options.target,
    createdAt: now.toISOString(),
    added: [],
    updated: [],
    deleted: [],
    createdDirectories: [...(options.plan.newDirectories ?? [])],
    deletedDirectories: [...(options.plan.extraDirectories ?? [])],
    bytes: 0
  }
  const plain = new Set<string>()
  try {
    for (const change of options.plan.changes) {
      // A link in the site folder is opaque: what lies behind it is not the site's to keep or remove.
      if (linkOnPath(options.target, change.path, plain) !== undefined) continue
      if (change.kind === 'add') {
        manifest.added.push(change.path)
        continue
      }
      const current = joinRelative(options.target, change.path)
      let size: number
      try {
        size = fs.statSync(current).size
      } catch {
        continue // gone since the plan was made: nothing to keep
      }
      copyFileKeepingTime(current, joinRelative(filesDir, change.path))
      manifest.bytes += size
      if (change.kind === 'update') manifest.updated.push(change.path)
      else manifest.deleted.push(change.path)
    }
    const manifestPath = joinRelative(dir, MANIFEST_FILE)
    fs.writeFileSync(`${manifestPath}.tmp`, JSON.stringify(manifest, null, 1))
    fs.renameSync(`${manifestPath}.tmp`, manifestPath)
  } catch (error) {
    removeTreeNoFollow(dir)
    throw error
  }
  return { dir, manifest }
}

/** Reads a backup folder; fails when it has no manifest (an interrupted backup). */
export function readBackup(dir: string): Backup {
  let text: string
  try {
    text = fs.readFileSync(joinRelative(dir, MANIFEST_FILE), 'utf8')
  } catch {
    throw new InputError(
      'backup',
      `The backup folder '${dir}' has no ${MANIFEST_FILE}: it is incomplete and cannot be restored.`
    )
  }
  return { dir, manifest: JSON.parse(text) as BackupManifest }
}

export interface RestoreResult {
  /** Files put back (updated or deleted by the sync). */
  restored: number
  /** Files the sync had added, removed again. */
  removed: number
  /** Manifest paths left alone because a symbolic link or junction now stands on their path (`linked/a.txt`). */
  throughLinks?: string[]
}

/**
 * Puts the previous version back exactly: removes the files the sync added (and the folders it created, when
 * empty), restores the files it overwrote or deleted with their times, recreates the folders it deleted. Works
 * after a partial sync too. The app must not hold the files (take it offline first).
 */
export function restoreBackup(backup: Backup | string): RestoreResult {
  const { dir, manifest } = typeof backup === 'string' ? readBackup(backup) : backup
  const target = manifest.target
  // Never through a link (one made since the backup): the file behind it is outside the site.
  const plain = new Set<string>()
  const throughLinks: string[] = []
  const direct = (relative: string): boolean => {
    if (linkOnPath(target, relative, plain) === undefined) return true
    throughLinks.push(relative)
    return false
  }
  let removed = 0
  for (const relative of manifest.added) {
    if (!direct(relative)) continue
    try {
      fs.unlinkSync(joinRelative(target, relative))
      removed++
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  for (const relative of [...manifest.deletedDirectories].sort(
    (a, b) => depth(a) - depth(b) || comparePaths(a, b)
  )) {
    if (direct(relative)) fs.mkdirSync(joinRelative(target, relative), { recursive: true })
  }
  let restored = 0
  for (const relative of [...manifest.updated, ...manifest.deleted]) {
    if (!direct(relative)) continue
    copyFileKeepingTime(joinRelative(joinRelative(dir, FILES_DIR), relative), joinRelative(target, relative))
    restored++
  }
  for (const relative of [...manifest.createdDirectories].sort(
    (a, b) => depth(b) - depth(a) || comparePaths(a, b)
  )) {
    if (!direct(relative)) continue
    try {
      fs.rmdirSync(joinRelative(target, relative))
    } catch {
      // not empty (something else lives there now) or already gone: leave it
    }
  }
  return { restored, removed, ...(throughLinks.length > 0 ? { throughLinks } : {}) }
}

function depth(relative: string): number {
  return relative.split('/').length
}

/** Backups under `backupRoot`, newest first (ids start with their UTC time). */
export function listBackups(backupRoot: string): string[] {
  let names: string[]
  try {
    names = fs.readdirSync(backupRoot)
  } catch {
    return []
  }
  return names
    .filter((n) => /^\d{8}-\d{6}-[0-9a-f]+$/.test(n))
    .sort()
    .reverse()
    .map((n) => joinRelative(backupRoot, n))
}

/** Keeps the newest `keep` backups (and `keepAlso`, e.g. the one just made); deletes the rest. Returns them. */
export function pruneBackups(options: { backupRoot: string; keep?: number; keepAlso?: string }): string[] {
  const keep = options.keep ?? DEFAULT_KEEP_BACKUPS
  const all = listBackups(options.backupRoot)
  const deleted = all.slice(keep).filter((p) => p !== options.keepAlso)
  for (const p of deleted) removeTreeNoFollow(p)
  return deleted
}
