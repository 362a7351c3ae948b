// Patterns for `exclude`, `preserve` and `json-files`. Matching is picomatch's (the matcher micromatch, fast-glob
// and Vite use); what is ours is the meaning we give a pattern, shared with the robocopy and Web Deploy providers
// (which cannot run picomatch): paths are relative to the app root with forward slashes and compared
// case-insensitively, as on Windows file systems. `*` is any characters but `/`, `?` one character but `/`, `**` any
// number of folders, a trailing `/` folders only. A pattern with no `/` but a trailing one matches a name at any
// depth (like .gitignore and like robocopy's /XF and /XD, which match names); a pattern with a `/` is anchored at
// the root. Anything a pattern matches takes everything under it along: excluding a folder excludes its content.
// Braces, brackets, extglobs and a leading `!` stay literal: `[`, `]`, `{`, `}`, `(`, `)` and `!` are legal in
// Windows file names, and robocopy's /XF and Web Deploy's skip rules could not honour them anyway.

import picomatch from 'picomatch'
import { InputError } from '../../core/errors.js'

/** Characters Windows does not allow in a file name (`*` and `?` are wildcards here), or a control character. */
function hasInvalidNameCharacter(value: string): boolean {
  return /[<>:"|]/.test(value) || [...value].some((c) => c.charCodeAt(0) < 32)
}

export interface PathMatcher {
  readonly patterns: readonly string[]
  /** True when the file (relative path, `/` separators) or one of its folders is matched. */
  matchesFile(relativePath: string): boolean
  /** True when the folder itself is matched (so nothing under it is looked at). */
  matchesDirectory(relativePath: string): boolean
}

/** `a\b/./c/` → `a/b/c`: forward slashes, no `.` segments, no leading or trailing separator. */
export function normalizeRelativePath(value: string): string {
  return value
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/')
}

export function hasWildcard(value: string): boolean {
  return /[*?]/.test(value)
}

/** A pattern after normalization: what robocopy and the matcher both work from. */
export interface ParsedPattern {
  /** The user's text, for error messages. */
  raw: string
  /** Normalized body, no leading or trailing `/`. */
  body: string
  /** Anchored at the app root (had a `/` inside or at the start); otherwise a name matched at any depth. */
  anchored: boolean
  /** Only folders (trailing `/`, or `/**` at the end). */
  directoryOnly: boolean
}

/**
 * Parses and validates one pattern. `input` names the input in errors. `anchorNames` anchors bare names at the
 * root (`preserve` lists target paths; `exclude` matches names anywhere).
 */
export function parsePattern(raw: string, input: string, anchorNames = false): ParsedPattern {
  const text = raw.trim().replace(/\\/g, '/')
  let directoryOnly = text.endsWith('/')
  let body = text
  if (/(^|\/)\*\*$/.test(body) && body !== '**') {
    // `logs/**` is everything under logs: the same as `logs/`.
    body = body.slice(0, -2)
    directoryOnly = true
  }
  const explicitlyAnchored = body.startsWith('/')
  body = normalizeRelativePath(body)
  // `**/name` is `name` at any depth: the same as a bare name.
  let floating = false
  while (body.startsWith('**/')) {
    body = body.slice(3)
    floating = true
  }
  if (body === '' || body === '**') {
    throw new InputError(
      input,
      `Input '${input}': '${raw}' matches everything; list files or folders to leave out.`
    )
  }
  const segments = body.split('/')
  if (segments.includes('..')) {
    throw new InputError(
      input,
      `Input '${input}': '${raw}' leaves the app folder: use a path relative to the app folder, without '..'.`
    )
  }
  if (/^[A-Za-z]:/.test(body) || /^\/\//.test(text)) {
    throw new InputError(
      input,
      `Input '${input}': '${raw}' is absolute: use a path relative to the app folder.`
    )
  }
  if (hasInvalidNameCharacter(body)) {
    throw new InputError(
      input,
      `Input '${input}': '${raw}' contains a character Windows does not allow in file names (< > : " | or a control character).`
    )
  }
  const anchored = explicitlyAnchored || (!floating && (anchorNames || body.includes('/')))
  return { raw, body, anchored, directoryOnly }
}

const PICOMATCH_OPTIONS: picomatch.PicomatchOptions = {
  windows: false, // our paths always use `/`; picomatch would otherwise follow the OS it runs on
  dot: true, // `*.json` matches `.env.json` too: Windows has no hidden-by-name files
  nocase: true,
  nobrace: true,
  nobracket: true,
  noextglob: true,
  nonegate: true
}

/**
 * Every character but letters, digits, `*`, `?` and `/` escaped: picomatch 4 leaves `(` `)` unescaped in its
 * regular expression even with `noextglob` (so `a(1).txt` would not match itself), and escaping is its documented
 * way to say "this character is literal".
 */
function escapeForPicomatch(body: string): string {
  return body.replace(/[^\p{L}\p{N}*?/]/gu, '\\$&')
}

/** The glob picomatch sees for the pattern's own path (`**` in front of a name matched at any depth). */
function ownPathGlob(pattern: ParsedPattern): string {
  const body = escapeForPicomatch(pattern.body)
  return pattern.anchored ? body : `**/${body}`
}

/**
 * One regular expression source (to use with the `i` flag) for what the pattern takes: its own path (unless it is
 * folder-only) and everything under it. A folder is tested as `<path>/`. For the planner's one-expression filter and
 * its worker threads, which get the rule as a string. Built from picomatch's own expression for the pattern's path.
 */
export function patternToRegExpSource(pattern: ParsedPattern): string {
  const own = ownPathGlob(pattern)
  // `<glob>/**` is the path itself, `<path>/` and everything under it.
  const withContent = picomatch.makeRe(`${own}/**`, PICOMATCH_OPTIONS).source
  if (!pattern.directoryOnly) return withContent
  // Folder-only: not the bare path (a file of that name), only `<path>/` and below.
  return `(?!${picomatch.makeRe(own, PICOMATCH_OPTIONS).source})${withContent}`
}

/** Compiles a list of patterns into one matcher. */
export function compileGlobs(patterns: readonly ParsedPattern[]): PathMatcher {
  if (patterns.length === 0) {
    return { patterns: [], matchesFile: () => false, matchesDirectory: () => false }
  }
  // `<glob>/**/*` is everything under a matched path, never the path itself (a folder-only pattern must not
  // match a file of the same name).
  const content = patterns.map((p) => `${ownPathGlob(p)}/**/*`)
  const fileGlobs = [...patterns.filter((p) => !p.directoryOnly).map(ownPathGlob), ...content]
  const directoryGlobs = [...patterns.map(ownPathGlob), ...content]
  const fileMatcher = picomatch(fileGlobs, PICOMATCH_OPTIONS)
  const directoryMatcher = picomatch(directoryGlobs, PICOMATCH_OPTIONS)
  return {
    patterns: patterns.map((p) => p.raw),
    matchesFile: (relativePath) => fileMatcher(relativePath),
    // A folder is matched when its own path is, or when it lies under a matched folder.
    matchesDirectory: (relativePath) => directoryMatcher(relativePath)
  }
}

/**
 * Parses and validates a list, ignoring blank lines and `#` comments: every rule of a pattern is here, so the
 * input check needs no more (building picomatch's matchers costs ~10 ms of a start).
 */
export function parsePatternList(
  values: readonly string[] | undefined,
  input: string,
  anchorNames = false
): ParsedPattern[] {
  return (values ?? [])
    .map((v) => v.trim())
    .filter((v) => v !== '' && !v.startsWith('#'))
    .map((v) => parsePattern(v, input, anchorNames))
}

/** Parses a list (as `parsePatternList`) and compiles it into a matcher. */
export function compilePatternList(
  values: readonly string[] | undefined,
  input: string,
  anchorNames = false
): { parsed: ParsedPattern[]; matcher: PathMatcher } {
  const parsed = parsePatternList(values, input, anchorNames)
  return { parsed, matcher: compileGlobs(parsed) }
}
