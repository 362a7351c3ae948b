// The target's walk for large plans, shared between this thread and a worker thread (planner.ts, tree-worker.ts).
// The units of work are the entries of the target's root folder: the worker takes them from the first on while
// this thread walks the source; this thread, once done with the source, takes them from the last on, so neither
// sits idle while entries are left. Each thread claims a unit in a shared Int32Array (`Atomics.compareExchange`) before it walks
// it, so every unit is walked exactly once, and returns one listing per unit; `mergeUnitListings` puts them together
// in the order TreeWalker (file-tree.ts) would have listed them, which decides which of two names differing only in
// case stands for the name. So the plan is the same whoever walked what.
//
// `walkTargetUnits` runs on both threads: the worker gets its source text (`WALK_TARGET_UNITS_SOURCE`), as with
// same-content.ts. It must stay self-contained: no imports, no module-level names, no helper functions; Node's fs
// comes in as a parameter. Target side only: links are listed, never followed (file-tree.ts).

import type fs from 'node:fs'
import type { TreeListing } from './file-tree.js'

type FileApi = Pick<typeof fs, 'readdirSync' | 'lstatSync'>

/** What one root entry of the target holds: itself (`kind`), and for a folder everything under it. */
export interface UnitListing {
  /** The entry's index in the root's `readdir` names. */
  unit: number
  /** `none`: ignored, vanished, or neither file, folder nor link. */
  kind: 'file' | 'directory' | 'link' | 'none'
  size: number
  mtimeMs: number
  /** Under a folder, in walk order (relative to the target root). */
  directories: string[]
  files: string[]
  sizes: number[]
  mtimes: number[]
  links: string[]
}

/** Who holds a unit in the claims array: 0 nobody yet. */
export const CLAIMED_BY_WORKER = 1
export const CLAIMED_HERE = 2

/**
 * Walks the root entries `names` of `root` that this thread claims first in `claims` (as `claimant`): from the
 * first when `fromEnd` is false, from the last when true. Files and folders whose relative path (a folder's with a
 * trailing `/`) matches `ignoreSource` (case-insensitive) are left out, as TreeWalker's ignore rules do.
 */
export function walkTargetUnits(
  fileApi: FileApi,
  root: string,
  separator: string,
  names: readonly string[],
  claims: Int32Array,
  claimant: number,
  fromEnd: boolean,
  ignoreSource: string | null
): UnitListing[] {
  const ignore = ignoreSource === null ? null : new RegExp(ignoreSource, 'i')
  const base = root.endsWith(separator) ? root : root + separator
  const units: UnitListing[] = []
  for (let step = 0; step < names.length; step++) {
    const unit = fromEnd ? names.length - 1 - step : step
    if (Atomics.compareExchange(claims, unit, 0, claimant) !== 0) continue
    const name = names[unit] as string
    const listing: UnitListing = {
      unit,
      kind: 'none',
      size: 0,
      mtimeMs: 0,
      directories: [],
      files: [],
      sizes: [],
      mtimes: [],
      links: []
    }
    units.push(listing)
    const stat = fileApi.lstatSync(base + name, { throwIfNoEntry: false })
    if (!stat) continue // vanished meanwhile
    if (stat.isSymbolicLink()) listing.kind = 'link'
    else if (stat.isFile()) {
      if (ignore !== null && ignore.test(name)) continue
      listing.kind = 'file'
      listing.size = stat.size
      listing.mtimeMs = stat.mtimeMs
    } else if (stat.isDirectory()) {
      if (ignore !== null && ignore.test(name + '/')) continue
      listing.kind = 'directory'
      // TreeWalker's depth-first walk of this folder, one readdir per folder and one lstat per entry.
      const stack = [{ relative: name, absolute: base + name }]
      while (stack.length > 0) {
        const folder = stack.pop() as { relative: string; absolute: string }
        let entries: string[]
        try {
          entries = fileApi.readdirSync(folder.absolute)
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
          throw error
        }
        const folderBase = folder.absolute + separator
        for (const entry of entries) {
          const relative = folder.relative + '/' + entry
          const absolute = folderBase + entry
          const entryStat = fileApi.lstatSync(absolute, { throwIfNoEntry: false })
          if (!entryStat) continue
          if (entryStat.isSymbolicLink()) listing.links.push(relative)
          else if (entryStat.isDirectory()) {
            if (ignore !== null && ignore.test(relative + '/')) continue
            listing.directories.push(relative)
            stack.push({ relative, absolute })
          } else if (entryStat.isFile()) {
            if (ignore !== null && ignore.test(relative)) continue
            listing.files.push(relative)
            listing.sizes.push(entryStat.size)
            listing.mtimes.push(entryStat.mtimeMs)
          }
        }
      }
    }
  }
  return units
}

/** `walkTargetUnits` as JavaScript source, for the worker (whatever compiled this file: tsx, vitest or ncc). */
export const WALK_TARGET_UNITS_SOURCE = walkTargetUnits.toString()

/**
 * One listing from the units both threads walked, in TreeWalker's order: the root's files, folders and links in
 * `readdir` order first (it lists a folder's entries before it enters any), then what is under each root folder,
 * the last folder first (its stack). Throws when a unit is missing or twice: a bug, never a partial plan.
 */
export function mergeUnitListings(names: readonly string[], ...parts: UnitListing[][]): TreeListing {
  const byUnit = new Array<UnitListing | undefined>(names.length)
  for (const part of parts) {
    for (const unit of part) {
      if (byUnit[unit.unit] !== undefined)
        throw new Error(`The target walk listed '${names[unit.unit]}' twice.`)
      byUnit[unit.unit] = unit
    }
  }
  const listing: TreeListing = { exists: true, directories: [], files: [], sizes: [], mtimes: [], links: [] }
  for (let index = 0; index < names.length; index++) {
    const unit = byUnit[index]
    if (unit === undefined) throw new Error(`The target walk did not list '${names[index]}'.`)
    const name = names[index] as string
    if (unit.kind === 'file') {
      listing.files.push(name)
      listing.sizes.push(unit.size)
      listing.mtimes.push(unit.mtimeMs)
    } else if (unit.kind === 'directory') listing.directories.push(name)
    else if (unit.kind === 'link') listing.links.push(name)
  }
  for (let index = byUnit.length - 1; index >= 0; index--) {
    const unit = byUnit[index] as UnitListing
    if (unit.kind !== 'directory') continue
    for (const directory of unit.directories) listing.directories.push(directory)
    for (let i = 0; i < unit.files.length; i++) {
      listing.files.push(unit.files[i] as string)
      listing.sizes.push(unit.sizes[i] as number)
      listing.mtimes.push(unit.mtimes[i] as number)
    }
    for (const link of unit.links) listing.links.push(link)
  }
  return listing
}
