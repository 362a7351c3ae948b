// A fake robocopy.exe for Linux tests: copies files for real with robocopy's semantics for the switches iis-deploy
// emits (windows-facts §5), prints robocopy's file lines and job summary table, and returns the exit code bitmask.
// A target file a running fake IIS worker holds (lockedFiles from iis-state.mjs, when FAKE_IIS_STATE is set) fails
// like on Windows: `ERROR 32 (0x00000020) ...`, retried per /R: and /W:, then `ERROR: RETRY LIMIT EXCEEDED.` and
// exit code 8 or more.
//
// Switches vs paths: robocopy treats every argument that starts with `/` as a switch (windows-on-linux §2), but
// on Linux absolute paths start with `/` too. Here an argument is a switch only when its name is a robocopy switch
// (`/E`, `/R:3`, `/XF`); the first two positional slots are always the source and the destination; any other
// `/...` argument that is not a known switch is a path when it contains a second `/` or exists, else it is an
// invalid parameter (exit 16), as robocopy would say. Windows paths never start with `/`, so the rule only matters
// on Linux.
//
// Links: a symbolic link stands for a junction (Linux has none). Without /XJ robocopy follows junctions (it copies
// what they point to, and copies into a destination junction); /XJ excludes junction points, /XJD those of folders,
// /XJF those of files (the documented switches); an excluded link is neither entered, copied, nor purged.
//
// Environment: FAKE_IIS_STATE (locks, command log), FAKE_ROBOCOPY_WAIT_SCALE (multiplies /W: waits; tests use
// e.g. 0.01 so /W:5 waits 50 ms), FAKE_ROBOCOPY_LOSE_FILES / FAKE_ROBOCOPY_TRUNCATE_FILES (comma-separated file
// names or paths relative to the source: the copy is reported as done, but nothing is written, or only half the
// bytes: a full disk or a failing share that robocopy did not notice).
import fs from 'node:fs'
import path from 'node:path'
import { encodeOutput, robocopyCodePageKind, robocopyErrorWord, robocopySummaryLabels } from './locale.mjs'

/** Switch names robocopy knows (the fake implements the first group and accepts the rest as no-ops). */
const IMPLEMENTED = new Set([
  'S',
  'E',
  'PURGE',
  'MIR',
  'XD',
  'XF',
  'R',
  'W',
  'L',
  'NP',
  'NDL',
  'NFL',
  'NJH',
  'NJS'
])
const ALSO_IMPLEMENTED = new Set(['BYTES', 'FP', 'FFT', 'XX', 'V', 'TS', 'NS', 'NC', 'XJ', 'XJD', 'XJF'])
const ACCEPTED = new Set([
  'MT',
  'COPY',
  'DCOPY',
  'Z',
  'B',
  'ZB',
  'J',
  'SEC',
  'COPYALL',
  'NOCOPY',
  'ETA',
  'TEE'
])
const LOCK_MESSAGE = 'The process cannot access the file because it is being used by another process.'

/**
 * @typedef {object} Parsed
 * @property {string} source
 * @property {string} dest
 * @property {string[]} filters
 * @property {Map<string, string | true>} switches upper-case name → value (`/R:3` → '3') or true
 * @property {string[]} xf
 * @property {string[]} xd
 */

/** @param {string} arg */
function switchName(arg) {
  if (!arg.startsWith('/')) return undefined
  const name = arg.slice(1).split(':')[0]?.toUpperCase() ?? ''
  if (!/^[A-Z+-]+$/.test(name)) return undefined
  return IMPLEMENTED.has(name) || ALSO_IMPLEMENTED.has(name) || ACCEPTED.has(name) ? name : undefined
}

/** @param {string} arg */
function looksLikePath(arg) {
  return arg.slice(1).includes('/') || fs.existsSync(arg)
}

/** @param {string[]} args @returns {Parsed | { invalid: number, arg: string }} */
export function parseArgs(args) {
  /** @type {string[]} */
  const positional = []
  /** @type {Map<string, string | true>} */
  const switches = new Map()
  /** @type {string[]} */
  const xf = []
  /** @type {string[]} */
  const xd = []
  /** @type {string[] | undefined} */
  let list
  for (let i = 0; i < args.length; i++) {
    const arg = /** @type {string} */ (args[i])
    const name = switchName(arg)
    if (name === undefined) {
      if (arg.startsWith('/') && positional.length >= 2 && list === undefined && !looksLikePath(arg)) {
        return { invalid: i + 1, arg }
      }
      if (arg.startsWith('/') && list !== undefined && !looksLikePath(arg)) return { invalid: i + 1, arg }
      if (list) list.push(arg)
      else positional.push(arg)
      continue
    }
    const colon = arg.indexOf(':')
    switches.set(name, colon > 0 ? arg.slice(colon + 1) : true)
    list = name === 'XF' ? xf : name === 'XD' ? xd : undefined
  }
  if (positional.length < 2) return { invalid: 0, arg: '' }
  const [source = '', dest = '', ...filters] = positional
  return { source, dest, filters, switches, xf, xd }
}

/** robocopy's wildcard match on a name (`*`, `?`), case-insensitive. @param {string} pattern @param {string} name */
function wildcardMatch(pattern, name) {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${re}$`, 'i').test(name)
}

/** @param {string} p */
function canonical(p) {
  return p.replace(/\\/g, '/').replace(/\/+$/, '').toLowerCase()
}

/**
 * A /XF or /XD value matches a name (no separator: wildcard on the name) or a full path (either side).
 * @param {string[]} values @param {string} name @param {string[]} fullPaths
 */
function excluded(values, name, fullPaths) {
  return values.some((value) =>
    /[\\/]/.test(value)
      ? fullPaths.some((full) => canonical(full) === canonical(value))
      : wildcardMatch(value, name)
  )
}

/** @param {number} n */
function pad(n) {
  return String(n).padStart(2, '0')
}

function timestamp() {
  const d = new Date()
  return `${d.getFullYear()}/${pad(d.getMonth() + 1)}/${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}

/** Sizes as robocopy prints them: exact with /BYTES, else `1.5 k`, `20.3 m`. @param {number} bytes @param {boolean} exact */
export function formatSize(bytes, exact) {
  if (exact || bytes < 1024) return String(bytes)
  const units = ['k', 'm', 'g', 't']
  let value = bytes
  let unit = ''
  for (const u of units) {
    if (value < 1024) break
    value /= 1024
    unit = u
  }
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0
  return `${value.toFixed(digits)} ${unit}`
}

const sleeper = new Int32Array(new SharedArrayBuffer(4))
/** @param {number} ms */
function sleepSync(ms) {
  if (ms > 0) Atomics.wait(sleeper, 0, 0, ms)
}

/**
 * Runs one robocopy job. Returns the exit code; output goes through `write`.
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, write?: (text: string) => void, lockedFiles?: () => string[] }} [io]
 * @returns {number}
 */
export function runRobocopy(args, io = {}) {
  const env = io.env ?? process.env
  /** @type {string[]} */
  const out = []
  const write =
    io.write ?? ((text) => process.stdout.write(encodeOutput(text, robocopyCodePageKind(env), env)))
  const errorWord = robocopyErrorWord(env)
  const labels = robocopySummaryLabels(env)
  const flush = () => {
    write(out.join(''))
    out.length = 0
  }
  const print = (/** @type {string} */ line = '') => out.push(`${line}\r\n`)

  const parsed = parseArgs(args)
  if ('invalid' in parsed) {
    print()
    print('-------------------------------------------------------------------------------')
    print('   ROBOCOPY     ::     Robust File Copy for Windows')
    print('-------------------------------------------------------------------------------')
    print()
    print(
      parsed.invalid === 0
        ? 'ERROR : No Destination Directory Specified.'
        : `ERROR : Invalid Parameter #${parsed.invalid} : "${parsed.arg}"`
    )
    print()
    print('       Simple Usage :: ROBOCOPY source destination /MIR')
    flush()
    return 16
  }

  const sw = parsed.switches
  const has = (/** @type {string} */ name) => sw.has(name)
  const mirror = has('MIR')
  const recurse = has('E') || has('S') || mirror
  const keepEmpty = has('E') || mirror
  const purge = (has('PURGE') || mirror) && !has('XX')
  const listOnly = has('L')
  const exactBytes = has('BYTES')
  const fullPaths = has('FP')
  const retries = Number(sw.get('R') ?? 1_000_000)
  const waitSeconds = Number(sw.get('W') ?? 30)
  const toleranceMs = has('FFT') ? 2000 : 1
  const waitScale = Number(env.FAKE_ROBOCOPY_WAIT_SCALE ?? '1')
  // A slow disk: each copy or delete takes this long (the kill-point tests stop a deploy mid-copy with it).
  const fileDelayMs = Number(env.FAKE_ROBOCOPY_FILE_DELAY_MS ?? '0')
  // Silent write faults: the file counts as copied while the disk lost all of it or its second half.
  const faultList = (/** @type {string | undefined} */ value) =>
    (value ?? '')
      .split(',')
      .map((v) => v.trim().replace(/\\/g, '/').toLowerCase())
      .filter(Boolean)
  const lose = faultList(env.FAKE_ROBOCOPY_LOSE_FILES)
  const truncate = faultList(env.FAKE_ROBOCOPY_TRUNCATE_FILES)
  const faultFor = (/** @type {string} */ srcFile) => {
    const relative = path.relative(parsed.source, srcFile).replace(/\\/g, '/').toLowerCase()
    const name = path.basename(srcFile).toLowerCase()
    const hit = (/** @type {string[]} */ list) => list.includes(relative) || list.includes(name)
    return hit(lose) ? 'lose' : hit(truncate) ? 'truncate' : undefined
  }
  // Junction points (symbolic links here) excluded by /XJ, /XJD (folders) or /XJF (files).
  const excludeDirLinks = has('XJ') || has('XJD')
  const excludeFileLinks = has('XJ') || has('XJF')
  const isExcludedLink = (/** @type {fs.Dirent} */ entry, /** @type {string} */ full) =>
    entry.isSymbolicLink() && (isDirLink(full) ? excludeDirLinks : excludeFileLinks)
  const stateDir = env.FAKE_IIS_STATE
  const readLocks =
    io.lockedFiles ?? (() => (stateDir ? /** @type {string[]} */ (lockedFilesFrom(stateDir)) : []))
  let locks = new Set(readLocks().map(canonical))
  const isLocked = (/** @type {string} */ file) => locks.has(canonical(file))
  const refreshLocks = () => {
    locks = new Set(readLocks().map(canonical))
  }

  const source = parsed.source
  const dest = parsed.dest
  const sep = source.includes('\\') && !source.startsWith('/') ? '\\' : path.sep
  const withSep = (/** @type {string} */ p) => (p.endsWith(sep) ? p : p + sep)

  if (!has('NJH')) {
    print()
    print('-------------------------------------------------------------------------------')
    print('   ROBOCOPY     ::     Robust File Copy for Windows')
    print('-------------------------------------------------------------------------------')
    print()
    print(`  Started : ${new Date().toString()}`)
    print(`   Source : ${withSep(source)}`)
    print(`     Dest : ${withSep(dest)}`)
    print()
    print(`    Files : ${parsed.filters.length > 0 ? parsed.filters.join(' ') : '*.*'}`)
    print()
    if (parsed.xf.length > 0) print(`Exc Files : ${parsed.xf.join('\r\n\t    ')}`)
    if (parsed.xd.length > 0) print(` Exc Dirs : ${parsed.xd.join('\r\n\t    ')}`)
    print()
    print(`  Options : ${args.slice(2).join(' ')}`)
    print()
    print('------------------------------------------------------------------------------')
    print()
  }

  let sourceStat
  try {
    sourceStat = fs.statSync(source)
  } catch {
    sourceStat = undefined
  }
  if (!sourceStat?.isDirectory()) {
    print(`${timestamp()} ${errorWord} 2 (0x00000002) Accessing Source Directory ${withSep(source)}`)
    print('The system cannot find the file specified.')
    flush()
    return 16
  }

  const counts = {
    dirs: { total: 0, copied: 0, skipped: 0, mismatch: 0, failed: 0, extras: 0 },
    files: { total: 0, copied: 0, skipped: 0, mismatch: 0, failed: 0, extras: 0 },
    bytes: { total: 0, copied: 0, skipped: 0, mismatch: 0, failed: 0, extras: 0 }
  }
  const fileFilter = (/** @type {string} */ name) =>
    parsed.filters.length === 0 || parsed.filters.some((f) => f === '*.*' || wildcardMatch(f, name))

  /** A file line: `\t    New File  \t\t    1024\tC:\src\a.dll`. */
  const fileLine = (/** @type {string} */ kind, /** @type {number} */ size, /** @type {string} */ full) => {
    if (has('NFL')) return
    const shown = fullPaths ? full : path.basename(full)
    print(`\t${kind.padStart(12)}  \t\t${formatSize(size, exactBytes).padStart(10)}\t${shown}`)
  }
  const dirLine = (/** @type {string} */ kind, /** @type {number} */ n, /** @type {string} */ full) => {
    if (has('NDL')) return
    print(`\t${kind.padEnd(10)}${String(n).padStart(10)}\t${withSep(full)}`)
  }

  /**
   * Tries an operation on a target file the way robocopy does: locked → ERROR 32, wait /W:, retry /R: times.
   * @param {string} action 'Copying File' | 'Deleting Extra File'
   * @param {string} shownPath
   * @param {string} targetFile
   * @param {() => void} operation
   * @returns {boolean} done
   */
  const withRetries = (action, shownPath, targetFile, operation) => {
    for (let attempt = 0; ; attempt++) {
      if (!isLocked(targetFile)) {
        operation()
        sleepSync(fileDelayMs)
        return true
      }
      print(`${timestamp()} ${errorWord} 32 (0x00000020) ${action} ${shownPath}`)
      print(LOCK_MESSAGE)
      print()
      if (attempt >= retries) {
        print(`${timestamp()} ${errorWord}: RETRY LIMIT EXCEEDED.`)
        print()
        return false
      }
      print(`Waiting ${waitSeconds} seconds... Retrying...`)
      flush()
      sleepSync(waitSeconds * 1000 * waitScale)
      refreshLocks()
    }
  }

  /** Files under an extra folder, for counts and locks. @param {string} dir @returns {string[]} */
  const filesUnder = (dir) => {
    /** @type {string[]} */
    const found = []
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory() && !entry.isSymbolicLink()) found.push(...filesUnder(full))
      else found.push(full)
    }
    return found
  }

  /** Removes a tree without following links (a release's link to shared data stays intact). @param {string} p */
  const removeNoFollow = (p) => {
    const st = fs.lstatSync(p)
    if (st.isDirectory() && !st.isSymbolicLink()) {
      for (const name of fs.readdirSync(p)) removeNoFollow(path.join(p, name))
      fs.rmdirSync(p)
    } else fs.unlinkSync(p)
  }

  /** @param {string} srcDir @param {string} dstDir */
  const syncDir = (srcDir, dstDir) => {
    const entries = fs.readdirSync(srcDir, { withFileTypes: true })
    let dstEntries = /** @type {fs.Dirent[]} */ ([])
    const dstExists = fs.existsSync(dstDir)
    if (dstExists) dstEntries = fs.readdirSync(dstDir, { withFileTypes: true })
    // Windows names are case-insensitive: a source `App.dll` lands on an existing `app.dll`.
    /** @type {Map<string, fs.Dirent>} */
    const dstByName = new Map()
    for (const e of dstEntries)
      if (!dstByName.has(e.name.toLowerCase())) dstByName.set(e.name.toLowerCase(), e)

    const included = entries.filter((e) => !isExcludedLink(e, path.join(srcDir, e.name)))
    const files = included.filter(
      (e) => !e.isDirectory() && !(e.isSymbolicLink() && isDirLink(path.join(srcDir, e.name)))
    )
    const dirs = included.filter(
      (e) => e.isDirectory() || (e.isSymbolicLink() && isDirLink(path.join(srcDir, e.name)))
    )
    // An excluded junction in the destination holds its name: nothing is copied into it or over it.
    const excludedInDest = new Set(
      dstEntries.filter((e) => isExcludedLink(e, path.join(dstDir, e.name))).map((e) => e.name.toLowerCase())
    )
    counts.dirs.total++
    if (dstExists) counts.dirs.skipped++
    else {
      counts.dirs.copied++
      if (!listOnly) fs.mkdirSync(dstDir, { recursive: true })
    }
    dirLine(dstExists ? '' : 'New Dir', files.length, srcDir)

    /** @type {Set<string>} */
    const seen = new Set()
    for (const entry of files) {
      const srcFile = path.join(srcDir, entry.name)
      const existing = dstByName.get(entry.name.toLowerCase())
      const dstFile = path.join(dstDir, existing?.name ?? entry.name)
      if (excluded(parsed.xf, entry.name, [srcFile, dstFile]) || !fileFilter(entry.name)) continue
      if (excludedInDest.has(entry.name.toLowerCase())) continue
      seen.add(entry.name.toLowerCase())
      const st = fs.statSync(srcFile)
      counts.files.total++
      counts.bytes.total += st.size
      /** @type {string | undefined} */
      let kind
      if (!existing) kind = 'New File'
      else if (existing.isDirectory()) {
        counts.files.mismatch++
        counts.bytes.mismatch += st.size
        fileLine('*Mismatch', st.size, srcFile)
        continue
      } else {
        const dt = fs.statSync(dstFile)
        const sameTime = Math.abs(dt.mtimeMs - st.mtimeMs) < toleranceMs
        if (dt.size === st.size && sameTime) kind = undefined
        else if (!sameTime) kind = st.mtimeMs > dt.mtimeMs ? 'Newer' : 'Older'
        else kind = 'Changed'
      }
      if (kind === undefined) {
        counts.files.skipped++
        counts.bytes.skipped += st.size
        if (has('V')) fileLine('same', st.size, srcFile)
        continue
      }
      fileLine(kind, st.size, srcFile)
      if (listOnly) {
        counts.files.copied++
        counts.bytes.copied += st.size
        continue
      }
      const done = withRetries('Copying File', srcFile, dstFile, () => {
        const fault = faultFor(srcFile)
        if (fault === 'lose') return
        fs.copyFileSync(srcFile, dstFile)
        if (fault === 'truncate') fs.truncateSync(dstFile, Math.floor(st.size / 2))
        fs.utimesSync(dstFile, st.atime, st.mtime)
      })
      if (done) {
        counts.files.copied++
        counts.bytes.copied += st.size
      } else {
        counts.files.failed++
        counts.bytes.failed += st.size
      }
    }

    /** @type {Set<string>} */
    const seenDirs = new Set()
    if (recurse) {
      for (const entry of dirs) {
        const srcSub = path.join(srcDir, entry.name)
        const existing = dstByName.get(entry.name.toLowerCase())
        const dstSub = path.join(dstDir, existing?.name ?? entry.name)
        if (excluded(parsed.xd, entry.name, [srcSub, dstSub])) continue
        if (excludedInDest.has(entry.name.toLowerCase())) continue
        seenDirs.add(entry.name.toLowerCase())
        if (!keepEmpty && fs.readdirSync(srcSub).length === 0) continue
        syncDir(srcSub, dstSub)
      }
    }

    // Extras: target entries the source does not have (excluded ones are neither counted nor purged).
    for (const entry of dstEntries) {
      const full = path.join(dstDir, entry.name)
      const key = entry.name.toLowerCase()
      if (excludedInDest.has(key)) continue
      const isDir = entry.isDirectory()
      if (isDir) {
        if (seenDirs.has(key) || !recurse) continue
        if (dirs.some((d) => d.name.toLowerCase() === key)) continue
        if (excluded(parsed.xd, entry.name, [full, path.join(srcDir, entry.name)])) continue
        const inside = filesUnder(full)
        counts.dirs.extras++
        if (!has('NDL')) print(`\t*EXTRA Dir ${String(-1).padStart(10)}\t${withSep(full)}`)
        counts.files.extras += inside.length
        for (const f of inside) counts.bytes.extras += fs.lstatSync(f).size
        if (purge && !listOnly) {
          const blocked = inside.filter((f) => !withRetries('Deleting Extra File', f, f, () => {}))
          if (blocked.length > 0) {
            counts.files.failed += blocked.length
            continue
          }
          removeNoFollow(full)
        }
        continue
      }
      if (seen.has(key)) continue
      if (files.some((f) => f.name.toLowerCase() === key)) continue // excluded or filtered on the source side
      if (excluded(parsed.xf, entry.name, [full, path.join(srcDir, entry.name)]) || !fileFilter(entry.name))
        continue
      if (entry.isSymbolicLink()) continue // a junction into shared data is not ours to delete
      const size = fs.statSync(full).size
      counts.files.extras++
      counts.bytes.extras += size
      fileLine('*EXTRA File', size, full)
      if (purge && !listOnly) {
        const done = withRetries('Deleting Extra File', full, full, () => fs.unlinkSync(full))
        if (!done) counts.files.failed++
      }
    }
  }

  syncDir(source, dest)

  if (!has('NJS')) {
    const row = (
      /** @type {string} */ label,
      /** @type {Record<string, number>} */ c,
      /** @type {boolean} */ bytes
    ) =>
      `${label.padStart(8)} : ${['total', 'copied', 'skipped', 'mismatch', 'failed', 'extras']
        .map((k) => (bytes ? formatSize(c[k] ?? 0, exactBytes) : String(c[k] ?? 0)).padStart(9))
        .join(' ')}`
    print()
    print('------------------------------------------------------------------------------')
    print()
    print(labels.header)
    print(row(labels.dirs, counts.dirs, false))
    print(row(labels.files, counts.files, false))
    print(row(labels.bytes, counts.bytes, true))
    print(`${labels.times.padStart(8)} :   0:00:00   0:00:00                       0:00:00   0:00:00`)
    print(`${labels.ended.padStart(8)} : ${new Date().toString()}`)
    print()
  }
  flush()

  let code = 0
  if (counts.files.copied > 0) code |= 1
  if (counts.files.extras > 0 || counts.dirs.extras > 0) code |= 2
  if (counts.files.mismatch > 0 || counts.dirs.mismatch > 0) code |= 4
  if (counts.files.failed > 0 || counts.dirs.failed > 0) code |= 8
  return code
}

/** @param {string} p */
function isDirLink(p) {
  try {
    return fs.statSync(p).isDirectory()
  } catch {
    return false
  }
}

/** @type {((stateDir: string) => string[]) | undefined} */
let lockedFilesImpl
/** Loaded by main() before the run (iis-state.mjs is the fake IIS's module). @param {string} stateDir */
function lockedFilesFrom(stateDir) {
  return lockedFilesImpl ? lockedFilesImpl(stateDir) : []
}

/** Appends `robocopy <args>` to the fake IIS command log, when there is one. @param {string[]} args */
async function logToIis(args) {
  const stateDir = process.env.FAKE_IIS_STATE
  if (!stateDir) return
  const state = await import('./iis-state.mjs')
  lockedFilesImpl = state.lockedFiles
  state.updateState(stateDir, (s) => {
    s.log.push(['robocopy', ...args].join(' '))
    if (s.log.length > 2000) s.log.splice(0, s.log.length - 2000)
  })
}

/** The bin entry point. @param {string[]} args */
export async function main(args) {
  await logToIis(args)
  const code = runRobocopy(args)
  process.exitCode = code
}
