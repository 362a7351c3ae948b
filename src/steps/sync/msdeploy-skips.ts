// `exclude` and `preserve` as msdeploy skip rules. A skip's `absolutePath` is a .NET regular expression matched
// against the full path of each object, on the source and on the destination alike (windows-facts §4.4), and a skip
// without `skipAction` keeps matching objects from being added, updated or deleted. So user paths must be escaped
// (a `.` or `(` in a name is not a pattern) and anchored: `\\logs$` is "a path ending in the folder logs", not
// "a path containing 'logs' somewhere" (an unanchored `logs` would also skip `catalogs\x.dll`).
//
// The anchor is a path separator, not the app root: the root is a different absolute path on each side (the publish
// folder here, the site folder or `Site/app` there, unknown for a remote server), so a rule cannot name it. A
// pattern therefore matches at any depth: `logs` is any folder named logs (as robocopy's /XD matches names), and
// `App_Data/keys` any `App_Data\keys`. For `preserve` that errs on the side of keeping more.

import { APP_OFFLINE_FILE } from '../iis/app-offline.js'
import { parsePattern, type ParsedPattern } from './glob.js'

export interface MsDeploySkipRule {
  objectName: 'dirPath' | 'filePath'
  /** The .NET regular expression for `absolutePath`. */
  absolutePath: string
}

/** Escapes the metacharacters of .NET regular expressions (Regex.Escape's set, spaces aside). */
export function escapeMsDeployRegex(text: string): string {
  return text.replace(/[\\*+?|{}[\]()^$.#]/g, '\\$&')
}

/** A glob body (`/` separators, `*`, `?`, `**`) as a .NET regex over Windows paths (`\` separators). */
export function globBodyToMsDeployRegex(body: string): string {
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string
    if (c === '*' && body[i + 1] === '*') {
      const startsSegment = i === 0 || body[i - 1] === '/'
      if (startsSegment && body[i + 2] === '/') {
        out += '(?:[^\\\\]*\\\\)*' // `**/`: zero or more folders
        i += 2
        continue
      }
      if (startsSegment && i + 2 === body.length) {
        out += '.*'
        i += 1
        continue
      }
      out += '[^\\\\]*'
      i += 1
      continue
    }
    if (c === '*') out += '[^\\\\]*'
    else if (c === '?') out += '[^\\\\]'
    else if (c === '/') out += '\\\\'
    else out += escapeMsDeployRegex(c)
  }
  return out
}

/**
 * The regex for one pattern: case-insensitive like Windows paths (`(?i)`), starting at a path separator, ending at
 * the end of the path.
 */
export function patternToMsDeployRegex(pattern: ParsedPattern): string {
  return `(?i)\\\\${globBodyToMsDeployRegex(pattern.body)}$`
}

/** Skip rules for one pattern: folders only for `logs/`, otherwise both folders and files of that name. */
export function skipRulesForPattern(pattern: ParsedPattern): MsDeploySkipRule[] {
  const absolutePath = patternToMsDeployRegex(pattern)
  const rules: MsDeploySkipRule[] = [{ objectName: 'dirPath', absolutePath }]
  if (!pattern.directoryOnly) rules.push({ objectName: 'filePath', absolutePath })
  return rules
}

/** app_offline.htm is never deployed from the source nor deleted from the target (windows-facts §6). */
export const APP_OFFLINE_SKIP: MsDeploySkipRule = {
  objectName: 'filePath',
  absolutePath: `(?i)\\\\${escapeMsDeployRegex(APP_OFFLINE_FILE)}$`
}

/**
 * Every skip rule for `exclude` (source globs) and `preserve` (target paths), deduplicated, app_offline.htm first.
 * Invalid patterns throw the InputError of glob.ts (same validation as the robocopy provider and the planner).
 */
export function buildMsDeploySkipRules(
  exclude: readonly string[] = [],
  preserve: readonly string[] = []
): MsDeploySkipRule[] {
  const patterns = [
    ...clean(exclude).map((p) => parsePattern(p, 'exclude')),
    ...clean(preserve).map((p) => parsePattern(p, 'preserve', true))
  ]
  const rules = [APP_OFFLINE_SKIP, ...patterns.flatMap(skipRulesForPattern)]
  const seen = new Set<string>()
  return rules.filter((rule) => {
    const key = `${rule.objectName}\n${rule.absolutePath.toLowerCase()}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function clean(values: readonly string[]): string[] {
  return values.map((v) => v.trim()).filter((v) => v !== '' && !v.startsWith('#'))
}
