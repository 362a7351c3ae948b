// A tiny glob matcher for `exclude` and `preserve` (Node 20 has no path.matchesGlob; we add no dependency).
// Paths are relative to the app root with forward slashes and compared case-insensitively, as on Windows file
// systems. Supported: `*` (any characters but `/`), `?` (one character but `/`), `**` (any number of folders),
// a trailing `/` (folders only). A pattern with no `/` but a trailing one matches a name at any depth (like
// .gitignore and like robocopy's /XF and /XD, which match names); a pattern with a `/` is anchored at the root.
// Anything a pattern matches takes everything under it along: excluding a folder excludes its content.

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

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&')
}

/** The regular expression source for a pattern body, without anchors. */
function bodyToRegExp(body: string): string {
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string
    if (c === '*' && body[i + 1] === '*') {
      const startsSegment = i === 0 || body[i - 1] === '/'
      const endsSegment = i + 2 === body.length || body[i + 2] === '/'
      if (startsSegment && body[i + 2] === '/') {
        out += '(?:.*/)?' // `**/`: zero or more folders
        i += 2
        continue
      }
      if (startsSegment && endsSegment) {
        out += '.*'
        i += 1
        continue
      }
      out += '[^/]*' // `a**b`: an ordinary star, as in .gitignore
      i += 1
      continue
    }
    if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else out += escapeRegExp(c)
  }
  return out
}

export function patternToRegExpSource(pattern: ParsedPattern): string {
  const prefix = pattern.anchored ? '^' : '^(?:.*/)?'
  const suffix = pattern.directoryOnly ? '/.*$' : '(?:/.*)?$'
  return `${prefix}${bodyToRegExp(pattern.body)}${suffix}`
}

/** Compiles a list of patterns into one matcher (one regular expression: fast on large trees). */
export function compileGlobs(patterns: readonly ParsedPattern[]): PathMatcher {
  if (patterns.length === 0) {
    return { patterns: [], matchesFile: () => false, matchesDirectory: () => false }
  }
  const regex = new RegExp(patterns.map((p) => `(?:${patternToRegExpSource(p)})`).join('|'), 'i')
  return {
    patterns: patterns.map((p) => p.raw),
    matchesFile: (relativePath) => regex.test(relativePath),
    // A folder is matched when its own path is, or when a folder-only pattern takes its content.
    matchesDirectory: (relativePath) => regex.test(`${relativePath}/`)
  }
}

/** Parses a list (ignoring blank lines and `#` comments) and compiles it. */
export function compilePatternList(
  values: readonly string[] | undefined,
  input: string,
  anchorNames = false
): { parsed: ParsedPattern[]; matcher: PathMatcher } {
  const parsed = (values ?? [])
    .map((v) => v.trim())
    .filter((v) => v !== '' && !v.startsWith('#'))
    .map((v) => parsePattern(v, input, anchorNames))
  return { parsed, matcher: compileGlobs(parsed) }
}
