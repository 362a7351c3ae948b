// A fake msdeploy.exe for Linux tests: reads its command line with the SAME grammar as the builder
// (src/steps/sync/msdeploy-command-line.ts, loaded through tsx), syncs folders for real with Web Deploy's semantics
// for what iis-deploy emits, prints msdeploy's `Info:` lines, `Total changes:` summary and error blocks, and exits
// with 0 or -1 (255 on Linux), like msdeploy (windows-facts §4.6).
//
// Its command line: on Windows msdeploy parses the raw text `"<exe>" <args joined by spaces>` (the runner passes the
// builder's tokens verbatim). Here the OS hands us the same tokens as argv, so `argv.join(' ')` IS that text (minus
// the program), and we parse it exactly as msdeploy would: a token split in the wrong place, a quote in the wrong
// spot or an argument in outer quotes fails here as it would there.
//
// What it simulates:
// - -verb:sync from a folder (`contentPath`/`iisApp`) to a folder, to an IIS app `Site/app` of the fake IIS
//   (FAKE_IIS_STATE: the app's physical path; iisApp creates a missing application under an existing site), or to
//   a remote server (`computerName=`): its fake IIS state dir is FAKE_MSDEPLOY_REMOTE_STATE, its credentials
//   FAKE_MSDEPLOY_REMOTE_USER / FAKE_MSDEPLOY_REMOTE_PASSWORD (wrong → ERROR_USER_UNAUTHORIZED), optional
//   FAKE_MSDEPLOY_REMOTE_HOST (another host → ERROR_DESTINATION_NOT_REACHABLE) and FAKE_MSDEPLOY_REMOTE_CERT=untrusted
//   (https without -allowUntrusted → ERROR_CERTIFICATE_VALIDATION_FAILED). ?site= scopes the user to that site.
// - Comparison by size and last-write time, or content with -useChecksum; copies keep the source's time.
// - DoNotDeleteRule; -skip rules (objectName dirPath/filePath or the Directory=/File= shorthands, absolutePath as a
//   .NET regex against the object's full Windows-style path, skipAction) on both sides; a skipped folder takes its
//   whole subtree along.
// - -whatif: prints the same lines and changes nothing (optimistic: no lock checks, §4.2).
// - AppOffline: when there are changes, writes App_Offline.htm in the target root first and removes it after a
//   successful sync; on failure it stays (windows-facts §4.4). A physical contentPath target → ERROR_SITE_DOES_NOT_EXIST
//   (peers §3.2). An app_offline.htm that was already there is left alone (unverified on a real server).
// - Locked files (lockedFiles/isFileLocked of the fake IIS): an update or delete of a locked file prints Web Deploy's
//   warning and `Retrying operation ...` per -retryAttempts/-retryInterval (waits scaled by
//   FAKE_MSDEPLOY_WAIT_SCALE), re-checking the lock each time, then fails with ERROR_FILE_IN_USE.
// - -verb:delete of a contentPath file (`Site/app/App_Offline.htm`).
// - Faults: a fake IIS fault `{ match: 'msdeploy -verb:sync', output, exitCode, times }` (FAKE_IIS_STATE) is printed
//   instead of running; every call is appended to the state's log (password masked) and, when FAKE_MSDEPLOY_LOG is
//   set, as one JSON line with the parsed command (tests check what msdeploy received).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { appRoot, isFileLocked, readState, updateState } from './iis-state.mjs'
import { preparePackageSource } from './msdeploy-package.mjs'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const GRAMMAR = path.join(REPO, 'src/steps/sync/msdeploy-command-line.ts')
/** Where the compiled grammar is kept (git-ignored, like the Wine harness's files). */
const CACHE_DIR = path.join(REPO, '.tmp', 'fake-msdeploy')
const LEARN_MORE = 'https://go.microsoft.com/fwlink/?LinkId=221672'
/** msdeploy's -1 as Linux reports it. */
const FAILURE_EXIT = 255

/** @param {string} file */
function hashOf(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

/**
 * The grammar module, compiled once: esbuild bundles it into a temp file whose record lists every input with its
 * hash, so an edit anywhere it imports is picked up (a fake run then costs a plain import, not a TypeScript
 * loader). Falls back on tsx when esbuild is not there.
 * @returns {Promise<typeof import('../../../src/steps/sync/msdeploy-command-line.ts')>}
 */
async function loadGrammar() {
  const cacheBase = path.join(CACHE_DIR, `grammar-${hashOf(GRAMMAR).slice(0, 16)}`)
  try {
    /** @type {{ inputs: Record<string, string> }} */
    const record = JSON.parse(fs.readFileSync(`${cacheBase}.json`, 'utf8'))
    if (Object.entries(record.inputs).every(([file, hash]) => hashOf(file) === hash)) {
      return await import(pathToFileURL(`${cacheBase}.mjs`).href)
    }
  } catch {
    // no cache yet, or an input changed or vanished: build it
  }
  let esbuild
  try {
    esbuild = await import('esbuild')
  } catch {
    const { tsImport } = await import('tsx/esm/api')
    return tsImport(GRAMMAR, import.meta.url)
  }
  const result = esbuild.buildSync({
    entryPoints: [GRAMMAR],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    metafile: true,
    absWorkingDir: REPO
  })
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs).map((rel) => {
      const file = path.resolve(REPO, rel)
      return [file, hashOf(file)]
    })
  )
  // Temp file + rename: concurrent fakes never read a half-written module.
  fs.mkdirSync(CACHE_DIR, { recursive: true })
  const suffix = `${process.pid}.${crypto.randomUUID()}`
  fs.writeFileSync(`${cacheBase}.mjs.${suffix}`, result.outputFiles[0].text)
  fs.renameSync(`${cacheBase}.mjs.${suffix}`, `${cacheBase}.mjs`)
  fs.writeFileSync(`${cacheBase}.json.${suffix}`, JSON.stringify({ inputs }))
  fs.renameSync(`${cacheBase}.json.${suffix}`, `${cacheBase}.json`)
  return import(pathToFileURL(`${cacheBase}.mjs`).href)
}

class MsDeployFailure extends Error {
  /** @param {string} text stderr text */
  constructor(text) {
    super(text)
    this.text = text
  }
}

/** An `Error Code:` block as msdeploy prints it (windows-facts §4.6). @param {string} code @param {string} info @param {string[]} [errors] */
function coded(code, info, errors = []) {
  const lines = [`Error Code: ${code}`, `More Information: ${info}  Learn more at: ${LEARN_MORE}#${code}.`]
  for (const e of errors) lines.push(`Error: ${e}`)
  lines.push('Error count: 1.')
  return new MsDeployFailure(lines.join('\n'))
}

/** @param {string} message */
function plain(message) {
  return new MsDeployFailure(`Error: ${message}\nError count: 1.`)
}

/** @param {number} ms */
function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(0, ms))
}

/** A .NET regex as iis-deploy writes them, in JavaScript: a leading `(?i)` becomes the i flag. @param {string} source */
function dotNetRegex(source) {
  let flags = ''
  let body = source
  if (body.startsWith('(?i)')) {
    flags = 'i'
    body = body.slice(4)
  }
  return new RegExp(body, flags)
}

/** The full path of an object as msdeploy matches skip rules against it: Windows separators. @param {string} p */
function windowsStyle(p) {
  return p.replace(/\//g, '\\')
}

/**
 * @typedef {object} Skip
 * @property {'dirPath' | 'filePath' | undefined} objectName
 * @property {RegExp} absolutePath
 * @property {string | undefined} skipAction
 */

/** @param {import('../../../src/steps/sync/msdeploy-command-line.ts').MsDeploySetting[][]} skips @param {typeof import('../../../src/steps/sync/msdeploy-command-line.ts')} grammar @returns {Skip[]} */
function compileSkips(skips, grammar) {
  return skips.map((settings) => {
    const directory = grammar.settingValue(settings, 'Directory')
    const file = grammar.settingValue(settings, 'File')
    if (directory !== undefined)
      return { objectName: 'dirPath', absolutePath: dotNetRegex(directory), skipAction: undefined }
    if (file !== undefined)
      return { objectName: 'filePath', absolutePath: dotNetRegex(file), skipAction: undefined }
    const objectName = grammar.settingValue(settings, 'objectName')
    const absolutePath = grammar.settingValue(settings, 'absolutePath')
    if (absolutePath === undefined)
      throw plain(`The skip rule '${JSON.stringify(settings)}' has no absolutePath.`)
    return {
      objectName: /** @type {'dirPath' | 'filePath' | undefined} */ (objectName),
      absolutePath: dotNetRegex(absolutePath),
      skipAction: grammar.settingValue(settings, 'skipAction')
    }
  })
}

/**
 * Whether a skip rule keeps `action` from happening to the object.
 * @param {Skip[]} skips @param {'dirPath' | 'filePath'} kind @param {string} fullPath @param {'add' | 'update' | 'delete' | 'walk'} action
 */
function skipped(skips, kind, fullPath, action) {
  const actionName = { add: 'AddChild', update: 'Update', delete: 'Delete', walk: '' }[action]
  return skips.some(
    (s) =>
      (s.objectName === undefined || s.objectName.toLowerCase() === kind.toLowerCase()) &&
      (s.skipAction === undefined ||
        (action !== 'walk' && s.skipAction.toLowerCase() === actionName.toLowerCase())) &&
      s.absolutePath.test(windowsStyle(fullPath))
  )
}

/**
 * Walks a folder: relative paths (`/` separators) of folders and files, minus what a skip without skipAction hides.
 * @param {string} root @param {Skip[]} skips
 * @returns {{ dirs: Set<string>, files: Map<string, fs.Stats> }}
 */
function walk(root, skips) {
  const dirs = new Set()
  const files = new Map()
  /** @param {string} rel */
  const visit = (rel) => {
    let entries
    try {
      entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name
      const full = path.join(root, childRel)
      if (entry.isDirectory()) {
        if (skipped(skips, 'dirPath', full, 'walk')) continue
        dirs.add(childRel)
        visit(childRel)
      } else if (entry.isFile()) {
        if (skipped(skips, 'filePath', full, 'walk')) continue
        files.set(childRel, fs.statSync(full))
      }
    }
  }
  visit('')
  return { dirs, files }
}

/** @param {string} file */
function sha256(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

/**
 * @typedef {object} Destination
 * @property {string} root physical folder
 * @property {string} display how msdeploy names the root in its lines (`Site/app` or the folder)
 * @property {boolean} iis an IIS site/app path (AppOffline works)
 * @property {string | undefined} stateDir the fake IIS that holds the target's locks
 * @property {boolean} remote
 */

/** @param {string} stateDir @param {string} iisPath @param {boolean} createApp @returns {{ root: string }} */
function resolveIisPath(stateDir, iisPath, createApp) {
  const [site, ...segments] = iisPath.split('/').filter(Boolean)
  const state = readState(stateDir)
  const siteRoot = site === undefined ? undefined : appRoot(state, site, '/')
  if (
    site === undefined ||
    !state.sites.some((s) => s.name.toLowerCase() === site.toLowerCase()) ||
    !siteRoot
  ) {
    throw coded('ERROR_SITE_DOES_NOT_EXIST', `Site '${site ?? ''}' does not exist.`)
  }
  // The longest application prefix, then the rest as folders inside it.
  for (let n = segments.length; n >= 0; n--) {
    const appPath = `/${segments.slice(0, n).join('/')}`
    const root = appRoot(state, site, appPath)
    if (root === undefined) continue
    const rest = segments.slice(n)
    if (rest.length > 0 && createApp) {
      // The iisApp provider marks the folder as an application (windows-facts §4.2).
      const newPath = `/${segments.join('/')}`
      const physicalPath = path.join(root, ...rest)
      updateState(stateDir, (s) => {
        const pool =
          s.apps.find((a) => a.site === site && a.path === '/')?.applicationPool ?? 'DefaultAppPool'
        s.apps.push({ site, path: newPath, applicationPool: pool })
        s.vdirs.push({ site, app: newPath, path: '/', physicalPath })
      })
      return { root: physicalPath }
    }
    return { root: path.join(root, ...rest) }
  }
  throw coded('ERROR_SITE_DOES_NOT_EXIST', `Site '${site}' does not exist.`)
}

/** @param {string} p */
function isPhysical(p) {
  return path.isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p)
}

/**
 * Connects to the simulated remote server the way Web Deploy's client does: reachability, certificate, credentials,
 * site scope. Returns its fake IIS state dir.
 * @param {import('../../../src/steps/sync/msdeploy-command-line.ts').MsDeploySetting[]} settings
 * @param {string[]} flags @param {string} iisPath
 * @param {typeof import('../../../src/steps/sync/msdeploy-command-line.ts')} grammar
 */
function connectRemote(settings, flags, iisPath, grammar, out) {
  const computerName = grammar.settingValue(settings, 'computerName') ?? ''
  let host = computerName
  let port = '80'
  let https = false
  let site
  if (/^[a-z]+:\/\//i.test(computerName)) {
    const url = new URL(computerName)
    host = url.hostname
    https = url.protocol === 'https:'
    port = url.port || (https ? '443' : '80')
    site = url.searchParams.get('site') ?? undefined
  }
  const stateDir = process.env.FAKE_MSDEPLOY_REMOTE_STATE
  const expectedHost = process.env.FAKE_MSDEPLOY_REMOTE_HOST
  if (!stateDir || (expectedHost && expectedHost.toLowerCase() !== host.toLowerCase())) {
    throw coded(
      'ERROR_DESTINATION_NOT_REACHABLE',
      `Could not connect to the remote computer ("${host}"). On the remote computer, make sure that Web Deploy is installed and that the required process ("Web Management Service") is started.`,
      [
        'Unable to connect to the remote server',
        `No connection could be made because the target machine actively refused it ${host}:${port}`
      ]
    )
  }
  if (https && process.env.FAKE_MSDEPLOY_REMOTE_CERT === 'untrusted' && !flags.includes('allowUntrusted')) {
    throw coded(
      'ERROR_CERTIFICATE_VALIDATION_FAILED',
      `Connected to the remote computer ("${host}") using the specified process ("Web Management Service"), but could not verify the server's certificate. If you trust the server, connect again and allow untrusted certificates.`,
      [
        'The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.',
        'The remote certificate is invalid according to the validation procedure.'
      ]
    )
  }
  out(`Info: Using ID '${crypto.randomUUID()}' for connections to the remote server.`)
  const user = grammar.settingValue(settings, 'userName')
  const password = grammar.settingValue(settings, 'password')
  const authType = grammar.settingValue(settings, 'authType') ?? 'NTLM'
  const expectedAuth = process.env.FAKE_MSDEPLOY_REMOTE_AUTHTYPE
  const targetSite = iisPath.split('/')[0] ?? ''
  const authorized =
    user === process.env.FAKE_MSDEPLOY_REMOTE_USER &&
    password === process.env.FAKE_MSDEPLOY_REMOTE_PASSWORD &&
    (!expectedAuth || expectedAuth.toLowerCase() === authType.toLowerCase()) &&
    (site === undefined || site.toLowerCase() === targetSite.toLowerCase())
  if (!authorized) {
    throw coded(
      'ERROR_USER_UNAUTHORIZED',
      `Connected to the remote computer ("${host}") using the Web Management Service, but could not authorize. Make sure that you are using the correct user name and password, that the site you are connecting to exists, and that the credentials represent a user who has permissions to access the site.`,
      ['The remote server returned an error: (401) Unauthorized.']
    )
  }
  return stateDir
}

/**
 * @param {import('../../../src/steps/sync/msdeploy-command-line.ts').MsDeployObject} dest
 * @param {string[]} flags @param {typeof import('../../../src/steps/sync/msdeploy-command-line.ts')} grammar
 * @param {(line: string) => void} out
 * @returns {Destination}
 */
function resolveDestination(dest, flags, grammar, out) {
  const provider = dest.provider.toLowerCase()
  if (provider !== 'contentpath' && provider !== 'iisapp' && provider !== 'dirpath') {
    throw plain(`fake msdeploy: the destination provider '${dest.provider}' is not simulated.`)
  }
  const target = dest.path ?? ''
  const remote = grammar.settingValue(dest.settings, 'computerName') !== undefined
  if (remote) {
    if (isPhysical(target)) throw plain('fake msdeploy: a remote destination must be a Site/app path.')
    const stateDir = connectRemote(dest.settings, flags, target, grammar, out)
    const { root } = resolveIisPath(stateDir, target, provider === 'iisapp')
    return { root, display: target, iis: true, stateDir, remote: true }
  }
  if (isPhysical(target)) {
    return {
      root: target,
      display: windowsStyle(target),
      iis: false,
      stateDir: process.env.FAKE_IIS_STATE,
      remote: false
    }
  }
  const stateDir = process.env.FAKE_IIS_STATE
  if (!stateDir) throw coded('ERROR_SITE_DOES_NOT_EXIST', `Site '${target.split('/')[0]}' does not exist.`)
  const { root } = resolveIisPath(stateDir, target, provider === 'iisapp')
  return { root, display: target, iis: true, stateDir, remote: false }
}

/** @param {string | undefined} stateDir @param {string} file */
function locked(stateDir, file) {
  return stateDir !== undefined && isFileLocked(file, stateDir)
}

/**
 * Runs one operation on a destination file, retrying while the fake IIS holds it (Web Deploy's real texts).
 * @param {() => void} operation @param {{ stateDir: string | undefined, file: string, display: string, kind: 'Update' | 'Delete', attempts: number, intervalMs: number, out: (line: string) => void }} o
 */
function withRetries(operation, o) {
  const name = path.basename(o.file)
  const processing = o.kind === 'Update' ? 'Create File' : 'Delete File'
  for (let attempt = 1; ; attempt++) {
    if (!locked(o.stateDir, o.file)) {
      operation()
      return
    }
    if (attempt > o.attempts) break
    o.out(`Warning: An error was encountered when processing operation '${processing}' on '${name}'.`)
    o.out(
      `Retrying operation '${o.kind}' on object filePath (${o.display}). Attempt ${attempt} of ${o.attempts}.`
    )
    sleep(o.intervalMs * Number(process.env.FAKE_MSDEPLOY_WAIT_SCALE ?? '1'))
  }
  throw coded(
    'ERROR_FILE_IN_USE',
    `Web Deploy cannot modify the file '${name}' on the destination because it is locked by an external process.  In order to allow the publish operation to succeed, you may need to either restart your application to release the lock, or use the AppOffline rule handler for .Net applications on your next publish attempt.`,
    ['The process cannot access the file because it is being used by another process.']
  )
}

/**
 * The sync itself.
 * @param {import('../../../src/steps/sync/msdeploy-command-line.ts').ParsedMsDeployCommandLine} cmd
 * @param {typeof import('../../../src/steps/sync/msdeploy-command-line.ts')} grammar
 * @param {(line: string) => void} out
 */
function sync(cmd, grammar, out) {
  const source = cmd.source
  const dest = cmd.dest
  if (!source || !dest) throw plain('The -source and -dest arguments are required for the sync verb.')
  const sourceProvider = source.provider.toLowerCase()
  if (sourceProvider !== 'contentpath' && sourceProvider !== 'iisapp' && sourceProvider !== 'dirpath') {
    throw plain(`fake msdeploy: the source provider '${source.provider}' is not simulated.`)
  }
  const sourceRoot = source.path ?? ''
  if (!isPhysical(sourceRoot) || !fs.existsSync(sourceRoot) || !fs.statSync(sourceRoot).isDirectory()) {
    throw coded(
      'ERROR_EXCEPTION_WHILE_CREATING_OBJECT',
      `Object of type '${source.provider}' and path '${sourceRoot}' cannot be created.`,
      [`The path '${sourceRoot}' is not valid for the '${source.provider}' provider.`]
    )
  }
  const appOffline = cmd.enabledRules.some((r) => r.toLowerCase() === 'appoffline')
  const doNotDelete = cmd.enabledRules.some((r) => r.toLowerCase() === 'donotdeleterule')
  const whatif = cmd.flags.includes('whatif')
  const checksum = cmd.flags.includes('useChecksum')
  const attempts = cmd.retryAttempts ?? 5
  const intervalMs = cmd.retryInterval ?? 1000
  const target = resolveDestination(dest, cmd.flags, grammar, out)
  if (appOffline && !target.iis) {
    // peers §3.2 (aspnet/Hosting#141): the rule needs an IIS site/app destination.
    throw coded('ERROR_SITE_DOES_NOT_EXIST', `Site '${windowsStyle(target.root)}' does not exist.`)
  }
  const skips = compileSkips(cmd.skips, grammar)

  // The plan: what msdeploy would print, in its order (folders before their files, deletions last).
  /** @type {{ action: 'add' | 'update' | 'delete', kind: 'file' | 'directory', rel: string, bytes: number }[]} */
  const ops = []
  const rootExists = fs.existsSync(target.root)
  if (!rootExists) ops.push({ action: 'add', kind: 'directory', rel: '', bytes: 0 })
  const src = walk(sourceRoot, skips)
  const dst = rootExists ? walk(target.root, skips) : { dirs: new Set(), files: new Map() }
  const destFull = (/** @type {string} */ rel) => path.join(target.root, rel)
  for (const rel of [...src.dirs].sort()) {
    if (dst.dirs.has(rel)) continue
    if (skipped(skips, 'dirPath', destFull(rel), 'add')) continue
    ops.push({ action: 'add', kind: 'directory', rel, bytes: 0 })
  }
  for (const [rel, st] of [...src.files].sort(([a], [b]) => a.localeCompare(b))) {
    const existing = dst.files.get(rel)
    if (!existing) {
      if (!skipped(skips, 'filePath', destFull(rel), 'add'))
        ops.push({ action: 'add', kind: 'file', rel, bytes: st.size })
      continue
    }
    const differs = checksum
      ? sha256(path.join(sourceRoot, rel)) !== sha256(destFull(rel))
      : // Last-write time to the millisecond: utimes round-trips through floating-point seconds.
        existing.size !== st.size || Math.abs(existing.mtimeMs - st.mtimeMs) >= 1
    if (differs && !skipped(skips, 'filePath', destFull(rel), 'update')) {
      ops.push({ action: 'update', kind: 'file', rel, bytes: st.size })
    }
  }
  if (!doNotDelete) {
    for (const rel of [...dst.files.keys()].sort()) {
      if (src.files.has(rel) || skipped(skips, 'filePath', destFull(rel), 'delete')) continue
      ops.push({ action: 'delete', kind: 'file', rel, bytes: 0 })
    }
    // Deepest folders first, only those whose content goes too.
    for (const rel of [...dst.dirs].sort((a, b) => b.length - a.length)) {
      if (src.dirs.has(rel) || skipped(skips, 'dirPath', destFull(rel), 'delete')) continue
      ops.push({ action: 'delete', kind: 'directory', rel, bytes: 0 })
    }
  }

  const display = (/** @type {string} */ rel) =>
    rel ? `${target.display}\\${windowsStyle(rel)}` : target.display
  const verbs = { add: 'Adding', update: 'Updating', delete: 'Deleting' }
  let offlineFile
  if (appOffline && ops.length > 0 && !whatif) {
    const present =
      rootExists && fs.readdirSync(target.root).some((n) => n.toLowerCase() === 'app_offline.htm')
    if (!present) {
      offlineFile = path.join(target.root, 'App_Offline.htm')
      fs.mkdirSync(target.root, { recursive: true })
      fs.writeFileSync(offlineFile, '')
    }
  }
  for (const op of ops) {
    out(`Info: ${verbs[op.action]} ${op.kind} (${display(op.rel)}).`)
    if (whatif) continue
    const full = destFull(op.rel)
    if (op.kind === 'directory') {
      if (op.action === 'add') fs.mkdirSync(full, { recursive: true })
      else fs.rmSync(full, { recursive: true, force: true })
      continue
    }
    const common = {
      stateDir: target.stateDir,
      file: full,
      display: display(op.rel),
      attempts,
      intervalMs,
      out
    }
    if (op.action === 'delete') {
      withRetries(() => fs.rmSync(full, { force: true }), { ...common, kind: 'Delete' })
      continue
    }
    const from = path.join(sourceRoot, op.rel)
    const copy = () => {
      fs.mkdirSync(path.dirname(full), { recursive: true })
      fs.copyFileSync(from, full)
      const st = fs.statSync(from)
      fs.utimesSync(full, st.atime, st.mtime)
    }
    if (op.action === 'update') withRetries(copy, { ...common, kind: 'Update' })
    else copy()
  }
  if (offlineFile) fs.rmSync(offlineFile, { force: true })
  const count = (/** @type {string} */ action) => ops.filter((o) => o.action === action).length
  const bytes = ops.reduce((sum, o) => sum + o.bytes, 0)
  out(
    `Total changes: ${ops.length} (${count('add')} added, ${count('delete')} deleted, ${count('update')} updated, 0 parameters changed, ${bytes} bytes copied)`
  )
}

/**
 * A package or archiveDir source (msdeploy-package.mjs): its parameters applied to a copy of its content, then the
 * same sync from that folder; `-dest:auto` goes to the IIS app its `IIS Web Application Name` names.
 * @param {import('../../../src/steps/sync/msdeploy-command-line.ts').ParsedMsDeployCommandLine} cmd
 * @param {typeof import('../../../src/steps/sync/msdeploy-command-line.ts')} grammar
 * @param {(line: string) => void} out
 */
async function syncMaybePackage(cmd, grammar, out) {
  const provider = cmd.source?.provider.toLowerCase()
  if (provider !== 'package' && provider !== 'archivedir') {
    if (cmd.setParams.length > 0)
      throw plain('fake msdeploy: -setParam with a folder source is not simulated.')
    return sync(cmd, grammar, out)
  }
  const setParamFile = cmd.arguments
    .filter((a) => a.name.toLowerCase() === 'setparamfile')
    .map((a) => grammar.unquoteMsDeployValue(a.value ?? ''))
  const prepared = await preparePackageSource(
    /** @type {{ provider: string, path: string | undefined }} */ (cmd.source),
    { setParamFile, setParams: cmd.setParams },
    plain
  )
  try {
    const dest = /** @type {NonNullable<typeof cmd.dest>} */ (cmd.dest)
    let target = dest
    if (dest.provider.toLowerCase() === 'auto') {
      if (prepared.iisApp === undefined)
        throw plain('fake msdeploy: the package names no IIS application for -dest:auto.')
      target = { ...dest, provider: 'iisApp', path: prepared.iisApp }
    }
    sync(
      { ...cmd, source: { provider: 'contentPath', path: prepared.contentDir, settings: [] }, dest: target },
      grammar,
      out
    )
  } finally {
    prepared.cleanup()
  }
}

/**
 * -verb:delete of one file through contentPath (`Site/app/App_Offline.htm`).
 * @param {import('../../../src/steps/sync/msdeploy-command-line.ts').ParsedMsDeployCommandLine} cmd
 * @param {typeof import('../../../src/steps/sync/msdeploy-command-line.ts')} grammar
 * @param {(line: string) => void} out
 */
function deleteVerb(cmd, grammar, out) {
  const dest = cmd.dest
  if (!dest || dest.provider.toLowerCase() !== 'contentpath') {
    throw plain('fake msdeploy: only -verb:delete -dest:contentPath=... is simulated.')
  }
  const target = dest.path ?? ''
  const slash = target.lastIndexOf('/')
  const parent = { ...dest, path: target.slice(0, slash) }
  const destination = resolveDestination(parent, cmd.flags, grammar, out)
  const name = target.slice(slash + 1)
  const existing = fs.existsSync(destination.root)
    ? fs.readdirSync(destination.root).find((n) => n.toLowerCase() === name.toLowerCase())
    : undefined
  if (existing && !cmd.flags.includes('whatif'))
    fs.rmSync(path.join(destination.root, existing), { force: true })
  if (existing) out(`Info: Deleting file (${destination.display}\\${existing}).`)
  const n = existing ? 1 : 0
  out(`Total changes: ${n} (0 added, ${n} deleted, 0 updated, 0 parameters changed, 0 bytes copied)`)
}

/**
 * A fake IIS fault for this command (`kind: 'command'`, `match` prefixing `msdeploy <line>`), consumed.
 * @param {string} text
 * @returns {import('./iis-state.mjs').Fault | undefined}
 */
function takeFault(text) {
  const stateDir = process.env.FAKE_IIS_STATE
  if (!stateDir) return undefined
  return updateState(stateDir, (state) => {
    const index = state.faults.findIndex(
      (f) =>
        (f.kind ?? 'command') === 'command' &&
        typeof f.match === 'string' &&
        text.toLowerCase().startsWith(f.match.toLowerCase())
    )
    if (index < 0) return undefined
    const fault = state.faults[index]
    if (fault.times !== undefined) {
      fault.times -= 1
      if (fault.times <= 0) state.faults.splice(index, 1)
    }
    return fault
  })
}

/** @param {string} line @param {import('../../../src/steps/sync/msdeploy-command-line.ts').ParsedMsDeployCommandLine | undefined} cmd */
function record(line, cmd, grammar) {
  const password = cmd?.dest ? grammar.settingValue(cmd.dest.settings, 'password') : undefined
  const shown = password ? line.split(password).join('***') : line
  const stateDir = process.env.FAKE_IIS_STATE
  if (stateDir) {
    updateState(stateDir, (state) => {
      state.log.push(`msdeploy ${shown}`)
    })
  }
  const logFile = process.env.FAKE_MSDEPLOY_LOG
  if (logFile) fs.appendFileSync(logFile, `${JSON.stringify({ line, parsed: cmd ?? null })}\n`)
}

/** @param {string[]} argv */
export async function main(argv) {
  const line = argv.join(' ')
  const grammar = await loadGrammar()
  /** @type {string[]} */
  const stdout = []
  const out = (/** @type {string} */ text) => stdout.push(text)
  let exitCode = 0
  let stderr = ''
  let cmd
  try {
    try {
      cmd = grammar.parseMsDeployCommandLine(line)
    } catch (error) {
      if (error instanceof grammar.MsDeployCommandLineError) throw plain(error.message)
      throw error
    } finally {
      record(line, cmd, grammar)
    }
    const fault = takeFault(`msdeploy ${line}`)
    if (fault) {
      stderr = fault.output ?? `Error: ${fault.message ?? 'fault injected'}\nError count: 1.`
      exitCode = fault.exitCode ?? FAILURE_EXIT
    } else if (cmd.verb?.toLowerCase() === 'sync') await syncMaybePackage(cmd, grammar, out)
    else if (cmd.verb?.toLowerCase() === 'delete') deleteVerb(cmd, grammar, out)
    else throw plain(`fake msdeploy: the verb '${cmd.verb ?? ''}' is not simulated.`)
  } catch (error) {
    if (!(error instanceof MsDeployFailure)) throw error
    stderr = error.text
    exitCode = FAILURE_EXIT
  }
  if (stdout.length > 0) process.stdout.write(`${stdout.join('\n')}\n`)
  if (stderr) process.stderr.write(`${stderr}\n`)
  process.exitCode = exitCode
}
