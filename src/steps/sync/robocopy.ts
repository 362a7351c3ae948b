// The robocopy provider (windows-facts §5, peers §3.9 and §4.9): an argument builder with sane defaults, the exit
// code bitmask decoded into words, the summary table parsed into counts, and a sync that retries when the running
// app holds a file (ERROR 32) and fails with the files named and the fix.

import path from 'node:path'
import { formatCommandLine } from '../../core/command-line.js'
import { InputError, ToolError } from '../../core/errors.js'
import type { Clock, CommandRunner, Reporter } from '../../core/ports.js'
import type { ToolName } from '../../core/tools.js'
import { TOOL_OUTPUT_ENCODINGS } from '../../core/output-encoding.js'
import { joinRelative } from './file-tree.js'
import { hasWildcard, parsePatternList } from './glob.js'
import { alignTargetTimes, APP_OFFLINE_FILE, parsePreserveList, type ChangePlan } from './planner.js'
import type { SyncResult } from './types.js'

/** Robocopy's own defaults are 1,000,000 retries 30 s apart (windows-facts §5): a locked file would hang ~1 year. */
export const DEFAULT_ROBOCOPY_RETRIES = 3
export const DEFAULT_ROBOCOPY_WAIT_SECONDS = 5
export const DEFAULT_ROBOCOPY_THREADS = 8

export interface RobocopyArgsOptions {
  source: string
  target: string
  /** `/PURGE`: delete target files the source does not have. */
  deleteExtra?: boolean
  /** `exclude` globs (source side; robocopy's /XF and /XD also keep them from being purged). */
  exclude?: readonly string[]
  /** `preserve` target paths (default App_Data, logs): neither purged nor overwritten. */
  preserve?: readonly string[]
  /** `/L`: list what would change, change nothing. */
  dryRun?: boolean
  /** `/R:n` retries per failed file (default 3). */
  retries?: number
  /** `/W:n` seconds between retries (default 5). */
  waitSeconds?: number
  /** `/MT:n` copy threads (default 8, 1 = single-threaded, no /MT). */
  threads?: number
  /** `/FFT`: 2 s time granularity, for FAT or NAS targets (the planner must use `fatFileTimes` too). */
  fatFileTimes?: boolean
  /**
   * Symbolic links and junctions in the target (relative paths, the planner's `targetLinks`): each is named by
   * its full path on both sides in /XD and /XF, so robocopy neither copies into it nor purges through it.
   */
  targetLinks?: readonly string[]
}

/**
 * `C:\x\` → `C:\x`: a quoted path ending in a backslash (`"C:\x\"`) reads as an escaped quote and swallows the
 * next arguments (windows-facts §5). A drive root keeps its backslash (`D:\` never needs quotes); a POSIX root
 * stays `/`.
 */
export function stripTrailingSeparators(p: string): string {
  const stripped = p.replace(/[\\/]+$/, '')
  if (stripped === '') return p.startsWith('/') ? '/' : p
  if (/^[A-Za-z]:$/.test(stripped)) return stripped === p ? p : `${stripped}\\`
  return stripped
}

export interface RobocopyExclusions {
  /** `/XF` values: file names, wildcards, or full paths. */
  files: string[]
  /** `/XD` values: folder names, wildcards, or full paths. */
  directories: string[]
}

function dedupe(values: string[]): string[] {
  const seen = new Set<string>()
  return values.filter((v) => {
    const key = v.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Translates `exclude` and `preserve` into /XF and /XD. Robocopy matches a bare value against names at any depth
 * and a full path against that path, on both sides: so a preserved folder is named by its full path in the source
 * and in the target, which keeps the target copy from being purged or overwritten (windows-facts §5 marks the
 * purge part (U); the fake robocopy implements it, the scenario test shows it). Patterns robocopy cannot express
 * (a wildcard inside a path, `**` inside a path) are refused with the alternatives.
 */
export function buildRobocopyExclusions(
  source: string,
  target: string,
  exclude: readonly string[] | undefined,
  preserve: readonly string[] | undefined,
  targetLinks: readonly string[] = []
): RobocopyExclusions {
  const files: string[] = [APP_OFFLINE_FILE]
  const directories: string[] = []
  const bothSides = (relative: string): string[] => [
    joinRelative(source, relative),
    joinRelative(target, relative)
  ]
  for (const pattern of parsePatternList(exclude, 'exclude')) {
    if (!pattern.anchored) {
      if (pattern.body.includes('/')) {
        throw new InputError(
          'exclude',
          `Input 'exclude': '${pattern.raw}' (a path at any depth) cannot be expressed with robocopy, which matches names or full paths. Use a name (*.pdb, node_modules/), a path from the app root (wwwroot/uploads), or method: msdeploy.`
        )
      }
      const name = pattern.body.replace(/\*\*/g, '*')
      directories.push(name)
      if (!pattern.directoryOnly) files.push(name)
      continue
    }
    if (hasWildcard(pattern.body)) {
      throw new InputError(
        'exclude',
        `Input 'exclude': '${pattern.raw}' has a wildcard inside a path; robocopy matches wildcards against names only. Use a name pattern (*.json), a literal path (config/local.json), or method: msdeploy.`
      )
    }
    directories.push(...bothSides(pattern.body))
    if (!pattern.directoryOnly) files.push(...bothSides(pattern.body))
  }
  for (const pattern of parsePreserveList(preserve)) {
    // We cannot know whether a preserved path is a file or a folder on the target: name it in both lists.
    directories.push(...bothSides(pattern.body))
    files.push(...bothSides(pattern.body))
  }
  // A link is opaque (docs/links-and-verification.md): a folder link in /XD, a file link in /XF; which one it is
  // does not matter to robocopy's full-path match, so both.
  for (const link of targetLinks) {
    directories.push(...bothSides(link))
    files.push(...bothSides(link))
  }
  return { files: dedupe(files), directories: dedupe(directories) }
}

function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(name, `robocopy ${name} must be a whole number from ${min} to ${max}, got ${value}.`)
  }
  return value
}

/**
 * The robocopy command line (without the executable). Decisions, each with its reason:
 * - `/E` (with empty folders) and `/PURGE` for delete-extra, not `/MIR`: /MIR also overwrites the security of
 *   existing target folders (windows-facts §5), which would undo the permissions step's grants.
 * - `/COPY:DAT`: data, attributes, times; never ACLs, for the same reason.
 * - `/R:` and `/W:` always (defaults would retry a locked file 1,000,000 times, 30 s apart).
 * - `/FP /NP /NDL /NJH /BYTES`: full paths on the file lines we log and parse (New File vs Newer split added from
 *   updated), no progress noise, no folder lines, no header (we log the command line), exact byte counts; the
 *   summary table stays (no /NJS) because we parse it; no /NFL (the file lines are the change list).
 * - No `/XJ`, `/XJD` or `/XJF`: they exclude junctions wherever robocopy meets them, the publish folder included,
 *   where a linked folder deploys as what it points to (the planner counts it). The target's links are named one
 *   by one in /XD and /XF instead (docs/links-and-verification.md).
 * - No `/FFT` unless asked: on NTFS robocopy compares exact times, which the planner mirrors; 2 s tolerance
 *   could hide a same-size rebuild.
 * - No `/UNILOG` or `/LOG`: the output comes back on stdout, which the runner captures.
 */
export function buildRobocopyArgs(options: RobocopyArgsOptions): string[] {
  if (!options.source.trim()) throw new InputError('source', "Input 'source' is empty.")
  if (!options.target.trim()) throw new InputError('physical-path', 'The target folder is empty.')
  const source = stripTrailingSeparators(options.source)
  const target = stripTrailingSeparators(options.target)
  const retries = checkRange('retries', options.retries ?? DEFAULT_ROBOCOPY_RETRIES, 0, 1000)
  const wait = checkRange('waitSeconds', options.waitSeconds ?? DEFAULT_ROBOCOPY_WAIT_SECONDS, 0, 3600)
  const threads = checkRange('threads', options.threads ?? DEFAULT_ROBOCOPY_THREADS, 1, 128)
  const exclusions = buildRobocopyExclusions(
    source,
    target,
    options.exclude,
    options.preserve,
    options.targetLinks
  )
  const args = [source, target, '/E']
  if (options.deleteExtra) args.push('/PURGE')
  args.push('/COPY:DAT', `/R:${retries}`, `/W:${wait}`)
  if (threads > 1) args.push(`/MT:${threads}`)
  if (options.fatFileTimes) args.push('/FFT')
  if (options.dryRun) args.push('/L')
  args.push('/FP', '/NP', '/NDL', '/NJH', '/BYTES')
  args.push('/XF', ...exclusions.files)
  if (exclusions.directories.length > 0) args.push('/XD', ...exclusions.directories)
  return args
}

export interface RobocopyExitStatus {
  exitCode: number
  /** 0–7: success (windows-facts §5). */
  success: boolean
  /** Bit 1: files were copied. */
  filesCopied: boolean
  /** Bit 2: extra files or folders in the target (deleted with /PURGE, else only found). */
  extrasFound: boolean
  /** Bit 4: mismatched files or folders (a file on one side is a folder on the other). */
  mismatches: boolean
  /** Bit 8: some files or folders could not be copied (retry limit exceeded). */
  copyFailures: boolean
  /** Bit 16: fatal error, nothing copied (usage error, no access to source or target). */
  fatal: boolean
  /** Readable: `files copied; extra files or folders in the target`. */
  description: string
}

/**
 * Decodes robocopy's exit code bitmask (windows-facts §5, KB 954404). `purged`: whether the run had /PURGE, which
 * decides whether the extra files bit 2 reports were deleted or only found (and kept).
 */
export function decodeRobocopyExitCode(exitCode: number, purged = true): RobocopyExitStatus {
  const known = Number.isInteger(exitCode) && exitCode >= 0 && exitCode <= 31
  const bit = (value: number): boolean => known && (exitCode & value) !== 0
  const status: RobocopyExitStatus = {
    exitCode,
    success: known && exitCode < 8,
    filesCopied: bit(1),
    extrasFound: bit(2),
    mismatches: bit(4),
    copyFailures: bit(8),
    fatal: bit(16),
    description: ''
  }
  if (!known) {
    status.description = `unknown exit code ${exitCode} (robocopy uses 0-31)`
    return status
  }
  const parts: string[] = []
  if (status.fatal)
    parts.push('fatal error: nothing was copied (invalid arguments, or no access to the source or target)')
  if (status.copyFailures) parts.push('some files or folders could not be copied (retry limit exceeded)')
  if (status.filesCopied) parts.push('files copied')
  if (status.extrasFound) {
    parts.push(
      purged
        ? 'extra files or folders in the target (deleted with /PURGE)'
        : 'extra files or folders in the target (kept: delete-extra is off)'
    )
  }
  if (status.mismatches)
    parts.push('mismatched files or folders (a file on one side is a folder on the other)')
  status.description =
    parts.length > 0 ? parts.join('; ') : 'no change: the target already matched the source'
  return status
}

export interface RobocopyCounts {
  total: number
  copied: number
  skipped: number
  mismatch: number
  failed: number
  extras: number
}

export interface RobocopySummary {
  dirs: RobocopyCounts
  files: RobocopyCounts
  bytes: RobocopyCounts
}

const UNIT: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }
const NUMBER_TOKEN = /(\d+(?:[.,]\d+)?)(?:\s([kmgt])(?=\s|$))?/gi

/** `12345`, `1.5 k`, `2.01 g` (robocopy without /BYTES), `1,5 m` (decimal comma) → bytes. */
export function parseRobocopyNumber(token: string): number {
  const match = /^(\d+(?:[.,]\d+)?)(?:\s*([kmgt]))?$/i.exec(token.trim())
  if (!match) return Number.NaN
  const value = Number((match[1] as string).replace(',', '.'))
  return Math.round(value * (match[2] ? (UNIT[match[2].toLowerCase()] as number) : 1))
}

function parseSixNumbers(value: string): number[] | undefined {
  const tokens = value.trim().match(NUMBER_TOKEN)
  if (!tokens || tokens.length !== 6) return undefined
  // Every character must belong to a number: `0:00:00` (Times) and `Bytes/sec.` (Speed) are not counts.
  if (value.replace(NUMBER_TOKEN, '').trim() !== '') return undefined
  return tokens.map(parseRobocopyNumber)
}

function toCounts(values: number[]): RobocopyCounts {
  const [total = 0, copied = 0, skipped = 0, mismatch = 0, failed = 0, extras = 0] = values
  return { total, copied, skipped, mismatch, failed, extras }
}

/**
 * Parses the job summary table:
 * ```
 *                Total    Copied   Skipped  Mismatch    FAILED    Extras
 *     Dirs :         3         1         2         0         0         0
 *    Files :        10         4         6         0         0         1
 *    Bytes :     12345      4567      7778         0         0       100
 * ```
 * By label when the labels are English; otherwise the last three six-number rows in order (robocopy localizes
 * the labels). Undefined when the output has no summary (/NJS, or a fatal error before the copy).
 */
export function parseRobocopySummary(stdout: string): RobocopySummary | undefined {
  const rows: Array<{ label: string; values: number[] }> = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^\s*([^:\d][^:]*?)\s*:(.*)$/.exec(line)
    if (!match) continue
    const values = parseSixNumbers(match[2] as string)
    if (values) rows.push({ label: (match[1] as string).toLowerCase(), values })
  }
  if (rows.length < 3) return undefined
  const byLabel = (label: string): number[] | undefined => rows.findLast((r) => r.label === label)?.values
  const dirs = byLabel('dirs')
  const files = byLabel('files')
  const bytes = byLabel('bytes')
  if (dirs && files && bytes) return { dirs: toCounts(dirs), files: toCounts(files), bytes: toCounts(bytes) }
  const last = rows.slice(-3)
  return {
    dirs: toCounts(last[0]?.values ?? []),
    files: toCounts(last[1]?.values ?? []),
    bytes: toCounts(last[2]?.values ?? [])
  }
}

/** One file line (`New File`, `Newer`, `*EXTRA File`, ...); with /BYTES the size is exact. */
export interface RobocopyFileLine {
  /** The class word as robocopy printed it: English here, possibly translated elsewhere (see fileLineClass). */
  kind: string
  bytes: number
  path: string
}

/**
 * A file or folder line by its layout, not its words: a tab, the class (any words), the size, a tab, the path.
 * Summary rows, error lines and `Waiting...` lines start otherwise. The class words may be translated (German
 * robocopy's are unverified, docs/windows-locale.md), so they are kept as printed and only interpreted when known.
 */
const FILE_LINE = /^\t\s*([^\t\d\s][^\t]*?)\s*\t*\s*(-?\d+(?:[.,]\d+)?(?:\s[kmgt])?)\t(.+?)\s*$/i

export function parseRobocopyFileLines(stdout: string): RobocopyFileLine[] {
  const lines: RobocopyFileLine[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = FILE_LINE.exec(line)
    if (!match) continue
    const size = match[2] as string
    lines.push({
      kind: match[1] as string,
      bytes: size.startsWith('-') ? -1 : parseRobocopyNumber(size),
      path: match[3] as string
    })
  }
  return lines
}

/** The English class words robocopy prints, by meaning. */
const ENGLISH_CLASSES: Record<string, 'new' | 'updated' | 'extra'> = {
  'new file': 'new',
  newer: 'updated',
  older: 'updated',
  changed: 'updated',
  '*extra file': 'extra'
}

/**
 * What a file line means, without trusting its words: a path under the target is an extra file (robocopy names
 * extras by their target path), a path under the source was copied; whether a copy was new or an update comes from
 * the plan when there is one (`isNew`), else from the English class word. Undefined: a folder line, or a copy whose
 * kind cannot be told.
 */
export function fileLineClass(
  line: RobocopyFileLine,
  roots: { source: string; target: string },
  isNew?: (relative: string) => boolean | undefined
): 'new' | 'updated' | 'extra' | undefined {
  if (/[\\/]$/.test(line.path) || line.bytes < 0) return undefined
  const english = ENGLISH_CLASSES[line.kind.trim().toLowerCase()]
  const underTarget = isUnder(line.path, roots.target)
  const underSource = isUnder(line.path, roots.source)
  if (underTarget && !underSource) return 'extra'
  if (underSource && !underTarget) {
    const known = isNew?.(relativeTo(line.path, [roots.source]))
    if (known !== undefined) return known ? 'new' : 'updated'
  }
  return english
}

function isUnder(full: string, root: string): boolean {
  return relativeTo(full, [root]) !== full
}

/** An `ERROR n (0x...) <action> <path>` entry and the Windows message on the line after it. */
export interface RobocopyError {
  /** Win32 error code (32 = sharing violation); undefined for `ERROR : Invalid Parameter ...`. */
  code: number | undefined
  action: string
  path: string
  message: string
}

/** Win32 codes that mean another process holds the file. */
export const LOCKED_ERROR_CODES: readonly number[] = [32, 33]

/**
 * Reads robocopy's error lines by their language-independent part: the Win32 code in decimal and as `(0x%08X)`
 * (`2024/03/04 09:12:55 ERROR 32 (0x00000020) Copying File C:\...`; German robocopy writes `FEHLER`, others their
 * own word, docs/windows-locale.md). The word in front is ignored; the two codes must agree. The action words
 * after the code may be translated too: the path is the first absolute path on the line.
 */
export function parseRobocopyErrors(output: string): RobocopyError[] {
  const lines = output.split(/\r?\n/)
  const errors: RobocopyError[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const coded =
      /(?:^|\s)(\d+) \((0x[0-9A-Fa-f]{8})\) (.+?) ((?:[A-Za-z]:[\\/]|\\\\|\/).*?)\s*$/.exec(line) ??
      /(?:^|\s)(\d+) \((0x[0-9A-Fa-f]{8})\) (.+?)\s*$/.exec(line)
    if (coded && Number(coded[1]) === Number.parseInt(coded[2] as string, 16)) {
      const message = (lines[i + 1] ?? '').trim()
      errors.push({ code: Number(coded[1]), action: coded[3] as string, path: coded[4] ?? '', message })
      continue
    }
    const usage = /^\s*ERROR : (.+?)\s*$/.exec(line)
    if (usage) errors.push({ code: undefined, action: usage[1] as string, path: '', message: '' })
  }
  return errors
}

/** What to do about a Win32 error robocopy reports. */
export function robocopyErrorFix(code: number | undefined): string {
  switch (code) {
    case 32:
    case 33:
      return 'Another process (the app) holds the file: take the app offline first (take-offline: auto, both or stop-pool; raise stop-timeout if its worker needs longer to exit), or use strategy: releases, which never overwrites the live files.'
    case 5:
      return 'Access denied: the account running the deploy needs modify rights on the target folder and read rights on the source.'
    case 2:
    case 3:
      return 'A path does not exist: check source and physical-path.'
    case 53:
    case 64:
    case 67:
    case 1326:
      return 'The network path is unreachable or refuses these credentials: check the share and the account.'
    case 112:
      return 'The target disk is full: free space, or lower keep-releases.'
    case 206:
      return 'A path is too long for Windows: shorten the folder names or enable long paths (LongPathsEnabled).'
    default:
      return 'See the robocopy errors above; robocopy exit codes: 0-7 success, 8 and above failure.'
  }
}

export interface RobocopyPorts {
  runner: CommandRunner
  reporter: Reporter
  clock: Clock
  /** A ToolResolver (or anything that resolves a tool name to a path). */
  tools: { resolve(tool: ToolName): Promise<string> }
  signal?: AbortSignal
}

export interface SyncWithRobocopyOptions extends RobocopyArgsOptions {
  /**
   * The plan for this sync; with `checksum` its `retimed` and `forceCopy` files are retimed first (see planner).
   * Its `changes` tell new files from updated ones without reading robocopy's (translated) class words.
   */
  plan?: Pick<ChangePlan, 'retimed' | 'forceCopy'> & Partial<Pick<ChangePlan, 'changes'>>
  /** Extra whole runs when files are locked (robocopy's own /R sometimes does not retry locked DLLs, peers §3.9). */
  lockRetries?: number
  /** Wait before such a run (default 10 s). */
  lockRetryDelayMs?: number
  /** Kill robocopy after this many milliseconds. */
  timeoutMs?: number
}

export interface RobocopySyncResult extends SyncResult {
  method: 'robocopy'
  status: RobocopyExitStatus
  counts: RobocopySummary | undefined
  /** Robocopy runs it took (1 + lock retries used). */
  attempts: number
  args: string[]
}

export const DEFAULT_LOCK_RETRIES = 2
export const DEFAULT_LOCK_RETRY_DELAY_MS = 10_000

function absolute(p: string): string {
  return p.trim() === '' || path.win32.isAbsolute(p) || path.posix.isAbsolute(p) ? p : path.resolve(p)
}

/** Relative path of a path robocopy printed, when it is under the source or the target. */
function relativeTo(full: string, roots: string[]): string {
  const normalized = full.replace(/\\/g, '/')
  for (const root of roots) {
    const prefix = `${stripTrailingSeparators(root).replace(/\\/g, '/').replace(/\/$/, '')}/`
    if (normalized.toLowerCase().startsWith(prefix.toLowerCase())) return normalized.slice(prefix.length)
  }
  return full
}

function listFew(items: string[], max = 10): string {
  const shown = items.slice(0, max).join(', ')
  return items.length > max ? `${shown} and ${items.length - max} more` : shown
}

/** Counts from the output: summary table first, file lines for the added/updated split. */
function toResult(
  stdout: string,
  status: RobocopyExitStatus,
  options: SyncWithRobocopyOptions,
  attempts: number,
  args: string[]
): RobocopySyncResult {
  const counts = parseRobocopySummary(stdout)
  const fileLines = parseRobocopyFileLines(stdout)
  const roots = { source: options.source, target: options.target }
  const planned = new Map((options.plan?.changes ?? []).map((c) => [c.path.toLowerCase(), c.kind] as const))
  const isNew = (relative: string): boolean | undefined => {
    const kind = planned.get(relative.replace(/\\/g, '/').toLowerCase())
    return kind === undefined ? undefined : kind === 'add'
  }
  const classes = fileLines.map((l) => fileLineClass(l, roots, options.plan?.changes ? isNew : undefined))
  const newFiles = classes.filter((c) => c === 'new').length
  const updatedLines = classes.filter((c) => c === 'updated').length
  const extraLines = classes.filter((c) => c === 'extra').length
  const copied = counts?.files.copied ?? newFiles + updatedLines
  const filesAdded = Math.min(newFiles, copied)
  const filesUpdated = Math.max(0, copied - filesAdded)
  const filesDeleted = options.deleteExtra ? (counts?.files.extras ?? extraLines) : 0
  const bytesCopied =
    counts?.bytes.copied ??
    fileLines
      .filter((_, i) => classes[i] === 'new' || classes[i] === 'updated')
      .reduce((sum, l) => sum + Math.max(0, l.bytes), 0)
  const verb = options.dryRun ? 'would copy' : 'copied'
  const summary =
    `robocopy ${verb} ${copied} file(s) (${filesAdded} new, ${filesUpdated} updated, ${bytesCopied} bytes)` +
    (options.deleteExtra ? `, ${options.dryRun ? 'would delete' : 'deleted'} ${filesDeleted}` : '') +
    `; exit code ${status.exitCode}: ${status.description}`
  return {
    method: 'robocopy',
    filesAdded,
    filesUpdated,
    filesDeleted,
    bytesCopied,
    exitCode: status.exitCode,
    summary,
    dryRun: options.dryRun ?? false,
    status,
    counts,
    attempts,
    args
  }
}

/**
 * Syncs `source` onto `target` with robocopy. Fails (ToolError) on exit codes 8 and above or FAILED counts; when
 * the failures are locked files (ERROR 32/33) it waits and runs again, `lockRetries` times, then fails naming the
 * files and the fix. Returns the counts robocopy reported.
 */
export async function syncWithRobocopy(
  ports: RobocopyPorts,
  given: SyncWithRobocopyOptions
): Promise<RobocopySyncResult> {
  // Absolute paths: the /XF and /XD full paths must name the same folders robocopy resolves.
  const options = { ...given, source: absolute(given.source), target: absolute(given.target) }
  const args = buildRobocopyArgs(options)
  const tool = await ports.tools.resolve('robocopy')
  const lockRetries = options.lockRetries ?? DEFAULT_LOCK_RETRIES
  const lockDelay = options.lockRetryDelayMs ?? DEFAULT_LOCK_RETRY_DELAY_MS
  const roots = [options.source, options.target]

  if (options.plan && !options.dryRun) {
    // checksum: true with a size+time tool: make robocopy copy exactly what the content comparison found.
    const count = alignTargetTimes(options.plan, options.source, options.target)
    if (count > 0) {
      ports.reporter.info(
        `Checksum comparison: adjusted the time of ${count} target file(s) so that robocopy copies exactly the changed ones.`
      )
    }
  }

  for (let attempt = 1; ; attempt++) {
    ports.reporter.info(`[command]${formatCommandLine(tool, args)}`)
    const result = await ports.runner.run(tool, args, {
      silent: true,
      signal: ports.signal,
      timeoutMs: options.timeoutMs,
      outputEncoding: TOOL_OUTPUT_ENCODINGS['robocopy']
    })
    const output = `${result.stdout}\n${result.stderr}`
    const status = decodeRobocopyExitCode(result.exitCode, options.deleteExtra === true)
    const counts = parseRobocopySummary(result.stdout)
    const changed = parseRobocopyFileLines(result.stdout)
    if (changed.length > 0) {
      ports.reporter.debug(changed.map((l) => `${l.kind} ${l.bytes} ${l.path}`).join('\n'))
    }
    const failedCount = (counts?.files.failed ?? 0) + (counts?.dirs.failed ?? 0)
    if (status.success && failedCount === 0) {
      const synced = toResult(result.stdout, status, options, attempt, args)
      ports.reporter.info(synced.summary)
      return synced
    }

    const errors = parseRobocopyErrors(output)
    const lockedPaths = [
      ...new Set(
        errors
          .filter((e) => e.code !== undefined && LOCKED_ERROR_CODES.includes(e.code))
          .map((e) => relativeTo(e.path, roots))
      )
    ]
    const otherErrors = errors.filter((e) => e.code === undefined || !LOCKED_ERROR_CODES.includes(e.code))
    if (lockedPaths.length > 0 && otherErrors.length === 0 && attempt <= lockRetries) {
      ports.reporter.warning(
        `robocopy: ${lockedPaths.length} file(s) are locked by another process (ERROR 32, sharing violation): ${listFew(lockedPaths)}. ` +
          `Waiting ${Math.round(lockDelay / 1000)} s, then running robocopy again (retry ${attempt} of ${lockRetries}).`
      )
      await ports.clock.sleep(lockDelay, ports.signal)
      continue
    }

    if (lockedPaths.length > 0 && otherErrors.length === 0) {
      throw new ToolError(
        'robocopy',
        result.exitCode,
        `robocopy could not replace ${lockedPaths.length} file(s) because another process holds them (ERROR 32, sharing violation), after ${attempt} run(s) with /R:${options.retries ?? DEFAULT_ROBOCOPY_RETRIES} each: ${listFew(lockedPaths)}. Exit code ${result.exitCode}: ${status.description}.`,
        robocopyErrorFix(32)
      )
    }
    const first = otherErrors[0] ?? errors[0]
    const detail = errors
      .slice(0, 5)
      .map((e) =>
        `${e.code === undefined ? 'ERROR' : `ERROR ${e.code}`} ${e.action} ${e.path}${e.message ? `: ${e.message}` : ''}`.trim()
      )
      .join('\n')
    const tail = result.stdout.trim().split(/\r?\n/).slice(-5).join('\n')
    throw new ToolError(
      'robocopy',
      result.exitCode,
      `robocopy failed with exit code ${result.exitCode} (${status.description})` +
        (failedCount > 0 ? `, ${failedCount} item(s) FAILED` : '') +
        `.\n${detail || tail}`,
      robocopyErrorFix(first?.code)
    )
  }
}
