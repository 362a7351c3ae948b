// Files of the app folder named by a list input (`json-files`, `xml-files`): a plain path must exist, a glob picks
// among the files with the input's extension. One rule for every input that names settings files.

import fs from 'node:fs'
import path from 'node:path'
import { InputError, InputErrors } from '../../core/errors.js'
import { compilePatternList, hasWildcard, normalizeRelativePath } from './glob.js'

export interface AppFileKind {
  /** The input the patterns come from, named in errors. */
  input: string
  /** Which files a glob may pick, e.g. /\.json$/i. */
  extension: RegExp
  /** Folders (lower case) a glob never descends into. */
  skippedFolders: ReadonlySet<string>
}

/** Relative paths of the files of `kind` under `root` (at most 8 folders deep), sorted. */
function listAppFiles(root: string, kind: AppFileKind): string[] {
  const found: string[] = []
  const walk = (dir: string, prefix: string, depth: number): void => {
    if (depth > 8) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!kind.skippedFolders.has(entry.name.toLowerCase()))
          walk(path.join(dir, entry.name), relative, depth + 1)
      } else if (entry.isFile() && kind.extension.test(entry.name)) found.push(relative)
    }
  }
  walk(root, '', 0)
  return found.sort()
}

/** The files `patterns` name, in pattern order; a plain path that does not exist is an error. */
export function resolveAppFiles(appDir: string, patterns: readonly string[], kind: AppFileKind): string[] {
  const errors: InputError[] = []
  const result: string[] = []
  let all: string[] | undefined
  for (const pattern of patterns) {
    if (!hasWildcard(pattern)) {
      const relative = normalizeRelativePath(pattern)
      if (fs.existsSync(path.join(appDir, relative))) {
        if (!result.includes(relative)) result.push(relative)
      } else {
        errors.push(
          new InputError(
            kind.input,
            `Input '${kind.input}': '${pattern}' is not in the app folder ${appDir}: check the name, it is relative to the app root.`
          )
        )
      }
      continue
    }
    all ??= listAppFiles(appDir, kind)
    const { matcher } = compilePatternList([pattern], kind.input, true)
    for (const file of all.filter((f) => matcher.matchesFile(f)))
      if (!result.includes(file)) result.push(file)
  }
  if (errors.length > 0) throw new InputErrors(errors)
  return result
}
