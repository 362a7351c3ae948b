// The fake IIS keeps its whole configuration and runtime state in one JSON file, state.json, inside the directory
// named by FAKE_IIS_STATE. Every fake tool (appcmd, icacls, dism, netsh, iisexpress, the worker, and the robocopy /
// msdeploy fakes through lockedFiles) reads it; writers take an O_EXCL lock file and replace the file atomically
// (temp file + rename) so concurrent fake processes never corrupt it.
// Time-driven IIS behaviour (a pool that takes a while to stop, a worker that lingers, an app that lets go of its
// files some time after app_offline.htm appeared) is stored as timestamps and settled lazily on every read.
import fs from 'node:fs'
import path from 'node:path'

/** @typedef {'Started' | 'Starting' | 'Stopped' | 'Stopping' | 'Unknown'} ObjectState */
/**
 * @typedef {object} PoolProcessModel
 * @property {string} identityType ApplicationPoolIdentity | NetworkService | LocalService | LocalSystem | SpecificUser
 * @property {string} userName
 * @property {string} password
 * @property {boolean} loadUserProfile
 */
/**
 * @typedef {object} Pool
 * @property {string} name
 * @property {ObjectState} state
 * @property {string} managedRuntimeVersion '' means No Managed Code
 * @property {string} managedPipelineMode Integrated | Classic
 * @property {boolean} autoStart
 * @property {string} startMode OnDemand | AlwaysRunning
 * @property {boolean} enable32BitAppOnWin64
 * @property {PoolProcessModel} processModel
 * @property {{ name: string, value: string }[]} environmentVariables
 * @property {string[]} [recycleSchedule] recycling.periodicRestart.schedule times of day (`03:00:00`)
 * @property {number | null} stoppedAt ms epoch when Stopping turns into Stopped (null: not stopping)
 * @property {number[]} crashes ms epoch of recent worker crashes (rapid-fail protection)
 * @property {Record<string, string>} attributes other real attributes set through appcmd (queueLength, ...)
 */
/** @typedef {{ protocol: string, bindingInformation: string, sslFlags?: string }} Binding */
/**
 * @typedef {object} Site
 * @property {string} name
 * @property {number} id
 * @property {Binding[]} bindings
 * @property {ObjectState} state
 * @property {boolean} serverAutoStart
 * @property {Record<string, string>} attributes other real attributes set through appcmd
 */
/**
 * @typedef {object} App
 * @property {string} site
 * @property {string} path '/' for the root application
 * @property {string} applicationPool
 * @property {Record<string, string>} [attributes] enabledProtocols, preloadEnabled, ...
 */
/** @typedef {{ site: string, app: string, path: string, physicalPath: string }} Vdir */
/**
 * @typedef {object} Worker
 * @property {number} pid
 * @property {string} pool
 * @property {number} startedAt ms epoch
 * @property {number | null} exitAt ms epoch after which the worker is gone (null: lives until told)
 * @property {boolean} [virtual] no real process behind the pid (tests that only need locks)
 * @property {string[]} [roots] application folders the worker loaded (its locks); absent: the pool's apps now
 */
/** @typedef {{ pid: number, roots: string[] }} ExpressProcess an iisexpress.exe holding its app's files */
/** @typedef {{ principal: string, perms: string, inheritance: string }} AclGrant */
/**
 * @typedef {object} SslCert
 * @property {string} [ipport]
 * @property {string} [hostnameport]
 * @property {string} certhash
 * @property {string} appid
 * @property {string} certstorename
 */
/**
 * A fault. `kind: 'command'` (the default when `match` is set): the next command whose text starts with `match`
 * (case-insensitive; appcmd texts are `<verb> <object> [<id>]`, e.g. `stop apppool MyPool`; other tools are
 * `<tool> <args...>`) fails with `hresult`/`message` (or `exitCode`/`output`). `times` counts down; absent = forever.
 * Other kinds: 'poolNeverStops' (Stopping forever), 'workerNeverExits', 'startFails' (start apppool/site fails),
 * 'configLocked' (writes fail with "Cannot write configuration file"), 'restartRequired' (dism enables answer 3010).
 * `pool` restricts pool-related kinds.
 * @typedef {object} Fault
 * @property {'command' | 'poolNeverStops' | 'workerNeverExits' | 'startFails' | 'configLocked' | 'restartRequired'} [kind]
 * @property {string} [match]
 * @property {string} [pool]
 * @property {number} [times]
 * @property {string} [hresult] 8 hex digits, e.g. '80070005'
 * @property {string} [message]
 * @property {number} [exitCode] for non-appcmd tools (default: low 16 bits of hresult, or 1)
 * @property {string} [output] printed instead of the ERROR line
 */
/**
 * @typedef {object} Timings
 * @property {number} stopDelayMs Stopping → Stopped
 * @property {number} workerLingerMs the worker lives on after Stopped (requests draining)
 * @property {number} offlineReleaseMs time the app takes to let go of its files after app_offline.htm appears
 * @property {number} rapidFailThreshold worker crashes within rapidFailWindowMs that stop the pool
 * @property {number} rapidFailWindowMs
 * @property {number} pollMs how often workers and the HTTP listener re-read the state
 */
/**
 * @typedef {object} State
 * @property {number} version
 * @property {boolean} iisInstalled false: appcmd behaves as if IIS were missing (until dism enables IIS-WebServerRole)
 * @property {Timings} timings
 * @property {Pool[]} pools
 * @property {Site[]} sites
 * @property {App[]} apps
 * @property {Vdir[]} vdirs
 * @property {Record<string, Record<string, Record<string, string>>>} config `set config` values: location ('' =
 *   server, 'Site/app') → section → attribute → value
 * @property {Worker[]} workers
 * @property {{ pid: number, ports: number[] } | null} listener the HTTP.sys stand-in process
 * @property {ExpressProcess[]} expressProcesses running fake iisexpress processes
 * @property {string[]} accounts extra account names icacls resolves (besides built-ins and IIS AppPool\<pool>)
 * @property {Record<string, AclGrant[]>} acls path → grants
 * @property {Record<string, 'Enabled' | 'Disabled'>} features
 * @property {SslCert[]} sslCerts
 * @property {Fault[]} faults
 * @property {string[]} log every command the fakes ran, in order
 * @property {boolean} [oneInProcessAppPerPool] the module's rule that a worker runs one in-process app (500.35);
 *   off unless a test turns it on, because older tests share DefaultAppPool between sites
 * @property {boolean} [ancmOutOfProcessHandlerMissing] a damaged module install without
 *   aspnetcorev2_outofprocess.dll: out-of-process apps answer 500.36
 * @property {boolean} [ancmNotInstalled] the ASP.NET Core Module is not a global module of IIS (no Hosting
 *   Bundle, or one installed before IIS): an app whose web.config has the aspNetCore handler answers IIS's 500.21
 * @property {string[]} [remoteClients] client addresses that stand for other machines: IIS answers them with its
 *   custom error pages instead of the detailed ones (errorMode DetailedLocalOnly)
 */

export const STATE_FILE = 'state.json'
const LOCK_FILE = 'state.lock'

/** @returns {Timings} */
export function defaultTimings() {
  return {
    stopDelayMs: 0,
    workerLingerMs: 0,
    offlineReleaseMs: 0,
    rapidFailThreshold: 5,
    rapidFailWindowMs: 300_000,
    pollMs: 20
  }
}

/** IIS defaults for a new pool (IIS 10: CLR v4.0, Integrated, ApplicationPoolIdentity). */
/** @param {string} name @param {Partial<Pool>} [overrides] @returns {Pool} */
export function newPool(name, overrides = {}) {
  return {
    name,
    state: 'Started',
    managedRuntimeVersion: 'v4.0',
    managedPipelineMode: 'Integrated',
    autoStart: true,
    startMode: 'OnDemand',
    enable32BitAppOnWin64: false,
    processModel: {
      identityType: 'ApplicationPoolIdentity',
      userName: '',
      password: '',
      loadUserProfile: false
    },
    environmentVariables: [],
    recycleSchedule: [],
    stoppedAt: null,
    crashes: [],
    attributes: {},
    ...overrides
  }
}

/** Common optional Windows features a deploy looks at; dism knows exactly these. */
export const KNOWN_FEATURES = [
  'IIS-WebServerRole',
  'IIS-WebServer',
  'IIS-CommonHttpFeatures',
  'IIS-StaticContent',
  'IIS-DefaultDocument',
  'IIS-HttpErrors',
  'IIS-ApplicationDevelopment',
  'IIS-ISAPIExtensions',
  'IIS-ISAPIFilter',
  'IIS-WebSockets',
  'IIS-ApplicationInit',
  'IIS-Security',
  'IIS-RequestFiltering',
  'IIS-WindowsAuthentication',
  'IIS-BasicAuthentication',
  'IIS-ManagementConsole',
  'IIS-ManagementScriptingTools',
  'IIS-ManagementService',
  'IIS-HttpLogging',
  'IIS-HttpCompressionStatic',
  'NetFx4Extended-ASPNET45',
  'IIS-NetFxExtensibility45',
  'IIS-ASPNET45'
]

/** What a default "Web Server (IIS)" install enables. */
export const IIS_BASE_FEATURES = [
  'IIS-WebServerRole',
  'IIS-WebServer',
  'IIS-CommonHttpFeatures',
  'IIS-StaticContent',
  'IIS-DefaultDocument',
  'IIS-HttpErrors',
  'IIS-Security',
  'IIS-RequestFiltering',
  'IIS-HttpLogging',
  'IIS-ManagementConsole',
  'IIS-HttpCompressionStatic'
]

/** @returns {State} */
export function emptyState() {
  /** @type {Record<string, 'Enabled' | 'Disabled'>} */
  const features = {}
  for (const f of KNOWN_FEATURES) features[f] = IIS_BASE_FEATURES.includes(f) ? 'Enabled' : 'Disabled'
  return {
    version: 1,
    iisInstalled: true,
    timings: defaultTimings(),
    pools: [],
    sites: [],
    apps: [],
    vdirs: [],
    config: {},
    workers: [],
    listener: null,
    expressProcesses: [],
    accounts: [],
    acls: {},
    features,
    sslCerts: [],
    faults: [],
    log: []
  }
}

/** @param {string | undefined} [stateDir] @returns {string} */
export function resolveStateDir(stateDir) {
  const dir = stateDir ?? process.env.FAKE_IIS_STATE
  if (!dir) throw new Error('fake IIS: FAKE_IIS_STATE is not set (the directory holding state.json)')
  return dir
}

/** @param {any} raw @returns {State} */
function normalize(raw) {
  const base = emptyState()
  const s = { ...base, ...raw }
  s.timings = { ...base.timings, ...(raw.timings ?? {}) }
  s.features = { ...base.features, ...(raw.features ?? {}) }
  s.pools = s.pools.map((/** @type {Pool} */ p) => newPool(p.name, p))
  s.sites = s.sites.map((/** @type {Site} */ x) => ({ serverAutoStart: true, attributes: {}, ...x }))
  return s
}

/**
 * Reads state.json (an empty state when the file does not exist yet) and settles time-driven transitions in memory.
 * Never takes the lock: the file is only ever replaced by rename, so a read always sees a whole file.
 * @param {string} [stateDir] defaults to process.env.FAKE_IIS_STATE
 * @param {number} [now]
 * @returns {State}
 */
export function readState(stateDir, now = Date.now()) {
  const dir = resolveStateDir(stateDir)
  let text
  try {
    text = fs.readFileSync(path.join(dir, STATE_FILE), 'utf8')
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code === 'ENOENT') return settle(emptyState(), now)
    throw e
  }
  return settle(normalize(JSON.parse(text)), now)
}

/**
 * Replaces state.json atomically. Callers that read-modify-write must hold the lock: use updateState.
 * @param {string} stateDir @param {State} state
 */
export function writeState(stateDir, state) {
  const dir = resolveStateDir(stateDir)
  fs.mkdirSync(dir, { recursive: true })
  const tmp = path.join(dir, `${STATE_FILE}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`)
  fs.writeFileSync(tmp, JSON.stringify(state, null, 1))
  // On Windows (the Wine level) a rename over a file that another fake process is reading fails with EPERM/EACCES
  // until the reader closes it (readers open without FILE_SHARE_DELETE); retry briefly, as graceful-fs does.
  for (let attempt = 0; ; attempt++) {
    try {
      fs.renameSync(tmp, path.join(dir, STATE_FILE))
      return
    } catch (e) {
      const code = /** @type {NodeJS.ErrnoException} */ (e).code
      if (
        process.platform !== 'win32' ||
        !['EPERM', 'EACCES', 'EBUSY'].includes(code ?? '') ||
        attempt >= 100
      )
        throw e
      sleepSync(20)
    }
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4))
/** @param {number} ms */
function sleepSync(ms) {
  Atomics.wait(sleeper, 0, 0, ms)
}

/** A lock whose owner died, or without an owner and older than this, is stale: a crashed fake cannot block. */
const STALE_LOCK_MS = 5_000

/**
 * Runs `fn` with the state lock held: O_EXCL lock file, retried with a short jittered sleep; a lock whose owner
 * died is broken. The state passed to `fn` is settled; whatever `fn` leaves in it is written back atomically,
 * unless `fn` returns `{ write: false }`-style by throwing (nothing is written then).
 * @template T
 * @param {string | undefined} stateDir
 * @param {(state: State, now: number) => T} fn
 * @returns {T}
 */
export function updateState(stateDir, fn) {
  const dir = resolveStateDir(stateDir)
  fs.mkdirSync(dir, { recursive: true })
  const lockPath = path.join(dir, LOCK_FILE)
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      const fd = fs.openSync(lockPath, 'wx')
      fs.writeSync(fd, String(process.pid))
      fs.closeSync(fd)
      break
    } catch (e) {
      if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'EEXIST') throw e
      breakStaleLock(lockPath)
      if (Date.now() > deadline)
        throw new Error(`fake IIS: could not take ${lockPath} within 30 s`, { cause: e })
      sleepSync(2 + Math.floor(Math.random() * 8))
    }
  }
  try {
    const now = Date.now()
    const state = readState(dir, now)
    const result = fn(state, now)
    writeState(dir, state)
    return result
  } finally {
    try {
      fs.unlinkSync(lockPath)
    } catch {
      // already broken as stale by someone else: nothing to release
    }
  }
}

/** @param {string} lockPath */
function breakStaleLock(lockPath) {
  try {
    const st = fs.statSync(lockPath)
    const owner = Number(fs.readFileSync(lockPath, 'utf8'))
    const age = Date.now() - st.mtimeMs
    const ownerDied = owner > 0 && age > 200 && !isProcessAlive(owner)
    const ownerUnknown = !(owner > 0) && age > STALE_LOCK_MS
    if (ownerDied || ownerUnknown || age > 6 * STALE_LOCK_MS) fs.unlinkSync(lockPath)
  } catch {
    // vanished meanwhile: the next attempt takes it
  }
}

/**
 * True when the pid belongs to a running process (zombies count as dead: an orphaned worker killed by a test may
 * linger as a zombie in containers whose PID 1 does not reap).
 * @param {number} pid
 */
export function isProcessAlive(pid) {
  try {
    process.kill(pid, 0)
  } catch (e) {
    return /** @type {NodeJS.ErrnoException} */ (e).code === 'EPERM'
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const stateChar = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
    return stateChar !== 'Z' && stateChar !== 'X'
  } catch {
    return true
  }
}

/**
 * A worker counts while its process runs and its exit time has not passed.
 * @param {Worker} w @param {number} [now]
 */
export function isWorkerLive(w, now = Date.now()) {
  if (w.exitAt !== null && w.exitAt !== undefined && now >= w.exitAt) return false
  return w.virtual ? true : isProcessAlive(w.pid)
}

/**
 * Applies time-driven transitions: Stopping → Stopped once stoppedAt passed; workers past their exit time or whose
 * process is gone are dropped.
 * @param {State} state @param {number} [now] @returns {State}
 */
export function settle(state, now = Date.now()) {
  for (const pool of state.pools) {
    if (pool.state === 'Stopping' && pool.stoppedAt !== null && now >= pool.stoppedAt) pool.state = 'Stopped'
  }
  state.workers = state.workers.filter((w) => isWorkerLive(w, now))
  state.expressProcesses = state.expressProcesses.filter((e) => isProcessAlive(e.pid))
  return state
}

/**
 * Splits an IIS binding's bindingInformation `ip:port:host` (ip may be `*` or `[v6]`).
 * @param {string} bindingInformation @returns {{ ip: string, port: number, host: string } | undefined}
 */
export function parseBindingInformation(bindingInformation) {
  const m = bindingInformation.match(/^(.*):(\d+):([^:]*)$/)
  if (!m) return undefined
  return { ip: /** @type {string} */ (m[1]), port: Number(m[2]), host: /** @type {string} */ (m[3]) }
}

/** @param {string} p */
export function isWindowsPath(p) {
  return /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\')
}

/**
 * Canonical form of a physical path for comparisons: Windows paths case-insensitive with backslashes, POSIX paths
 * resolved. Environment variables such as %SystemDrive% are expanded like IIS does for the common ones.
 * @param {string} p
 */
export function canonicalPath(p) {
  let s = p.replace(/%SystemDrive%/gi, 'C:').replace(/%SystemRoot%|%windir%/gi, 'C:\\Windows')
  if (isWindowsPath(s)) {
    s = s.replace(/\//g, '\\').replace(/\\+$/, '')
    return s.toLowerCase()
  }
  s = path.resolve(s)
  return s.length > 1 ? s.replace(/\/+$/, '') : s
}

/** @param {string} file @param {string} dir */
function isUnder(file, dir) {
  const f = canonicalPath(file)
  const d = canonicalPath(dir)
  const sep = isWindowsPath(file) ? '\\' : '/'
  return f === d || f.startsWith(d.endsWith(sep) ? d : d + sep)
}

/**
 * The physical root of an application (its "/" virtual directory), or undefined.
 * @param {State} state @param {string} site @param {string} appPath
 */
export function appRoot(state, site, appPath) {
  return state.vdirs.find((v) => v.site === site && v.app === appPath && v.path === '/')?.physicalPath
}

/**
 * When app_offline.htm is in the folder (case-insensitive lookup, like ANCM), the time it appeared (its ctime:
 * a copy that preserves the modification time still gets a fresh ctime), else null.
 * @param {string} root
 */
export function appOfflineSince(root) {
  let names
  try {
    names = fs.readdirSync(root)
  } catch {
    return null
  }
  const name = names.find((n) => n.toLowerCase() === 'app_offline.htm')
  if (!name) return null
  try {
    const st = fs.statSync(path.join(root, name))
    return Math.max(st.ctimeMs, st.mtimeMs)
  } catch {
    return null
  }
}

/**
 * The app let go of its files: app_offline.htm is present and was seen at least offlineReleaseMs ago (windows-facts
 * §6: ANCM shuts the app down on detection; the files are free once it has).
 * @param {State} state @param {string} root @param {number} [now]
 */
export function isOfflineReleased(state, root, now = Date.now()) {
  const since = appOfflineSince(root)
  return since !== null && now - since >= state.timings.offlineReleaseMs
}

/** @param {string} dir @param {string[]} out */
function collectBinaries(dir, out, skip = new Set()) {
  let entries
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const e of entries) {
    const full = path.join(dir, e.name)
    // A folder that is another application's root belongs to that application's worker, not this one.
    if (e.isDirectory()) {
      if (!skip.has(canonicalPath(full))) collectBinaries(full, out, skip)
    } else if (/\.(dll|exe)$/i.test(e.name)) out.push(full)
  }
}

/**
 * The application roots of a pool right now.
 * @param {State} state @param {string} pool @returns {string[]}
 */
export function poolRoots(state, pool) {
  /** @type {string[]} */
  const roots = []
  for (const app of state.apps) {
    if (app.applicationPool.toLowerCase() !== pool.toLowerCase()) continue
    const root = appRoot(state, app.site, app.path)
    if (root !== undefined) roots.push(root)
  }
  return roots
}

/**
 * The application folders whose binaries a running process holds: the folders each live worker loaded (or, for a
 * worker that did not record them, its pool's applications) and those of running iisexpress processes, unless the
 * app is offline (app_offline.htm present and released).
 * @param {State} state @param {number} [now] @returns {string[]}
 */
export function lockedRoots(state, now = Date.now()) {
  /** @type {Set<string>} */
  const roots = new Set()
  for (const w of state.workers) {
    if (!isWorkerLive(w, now)) continue
    for (const root of w.roots ?? poolRoots(state, w.pool)) roots.add(root)
  }
  for (const e of state.expressProcesses) {
    if (isProcessAlive(e.pid)) for (const root of e.roots) roots.add(root)
  }
  return [...roots].filter((root) => !isOfflineReleased(state, root, now))
}

/**
 * Files a copy would fail on, like Windows with a running w3wp.exe: every `.dll`/`.exe` file (existing now) under
 * the physical path of an application whose pool has a live worker, unless the app is offline and released.
 * Absolute paths. Used by the fake robocopy and fake msdeploy.
 * @param {string} [stateDir] defaults to process.env.FAKE_IIS_STATE
 * @returns {string[]}
 */
export function lockedFiles(stateDir) {
  const now = Date.now()
  const state = readState(stateDir, now)
  /** @type {string[]} */
  const files = []
  const appRoots = new Set(
    state.vdirs.filter((v) => v.path === '/').map((v) => canonicalPath(v.physicalPath))
  )
  for (const root of lockedRoots(state, now)) {
    const others = new Set([...appRoots].filter((r) => r !== canonicalPath(root)))
    collectBinaries(root, files, others)
  }
  return [...new Set(files)]
}

/**
 * Whether one existing file is locked: a `.dll`/`.exe` under a locked application root (a new file in that folder
 * can still be created, as on Windows). Lets a fake copy check a single target without scanning folders.
 * @param {string} file
 * @param {string} [stateDir]
 */
export function isFileLocked(file, stateDir) {
  if (!/\.(dll|exe)$/i.test(file)) return false
  if (!fs.existsSync(file)) return false
  const state = readState(stateDir)
  const appRoots = state.vdirs.filter((v) => v.path === '/').map((v) => v.physicalPath)
  // Locked by the innermost application holding it: a nested application's files are its own worker's.
  const owner = appRoots.filter((root) => isUnder(file, root)).sort((a, b) => b.length - a.length)[0]
  return lockedRoots(state).some(
    (root) => isUnder(file, root) && (owner === undefined || canonicalPath(owner) === canonicalPath(root))
  )
}
