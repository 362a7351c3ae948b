// The fake IIS for tests: a temp folder with the on-disk IIS state, the fake tools (appcmd, icacls, iisexpress, dism,
// netsh) first on PATH, and helpers to arrange pools, sites, apps, timings and faults. Test support only.
//   const iis = await createFakeIis()            // "Default Web Site" on a free port, DefaultAppPool, sample app
//   runner env: iis.env                          // PATH with the fakes first + FAKE_IIS_STATE
//   await iis.dispose()                          // ends every worker/listener/iisexpress, removes the temp folder
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureListener, helperEnv, startWorker } from './fakes/lib/common.mjs'
import {
  isProcessAlive,
  newPool,
  readState as readStateFile,
  STATE_FILE,
  updateState,
  type App,
  type Fault,
  type Pool,
  type Site,
  type State,
  type Timings,
  type Worker
} from './fakes/lib/iis-state.mjs'

export type { App, Fault, Pool, Site, State, Timings, Worker }

const HERE = path.dirname(fileURLToPath(import.meta.url))
export const FAKE_BIN_DIR = path.join(HERE, 'fakes', 'bin')
export const SAMPLE_PUBLISH_DIR = path.resolve(HERE, '..', 'samples', 'publish')

/** What the fake worker reads from the app's dll (samples/README.md). */
export interface FakeAppSpec {
  name?: string
  version?: string
  health?: number
  body?: string
  crashOnStart?: boolean
  startupMs?: number
  /** Thrown at start-up (`System.InvalidOperationException: …`): 500.30 in-process, 502.5 out-of-process. */
  startupException?: string
  /** Program.Main returns this at start-up. */
  exitCode?: number
  /** Printed at start-up, before a failure or on a good start (lands in the module's event and the stdout log). */
  stdout?: string[]
  /** How long the app takes to answer a request: out-of-process, past `requestTimeout` it is a 502.3. */
  requestMs?: number
}

export interface SiteHandle {
  name: string
  port: number
  physicalPath: string
  pool: string
  /** `http://127.0.0.1:<port>` */
  url: string
}

export interface AddSiteOptions {
  name: string
  /** Free port when omitted. */
  port?: number
  /** A host header for the binding ('' = any). */
  host?: string
  /** Folder of the root application; a new folder with the sample app when omitted. */
  physicalPath?: string
  /** Pool of the root application (created when missing). Default: DefaultAppPool. */
  pool?: string
  state?: 'Started' | 'Stopped'
}

export interface AddAppOptions {
  site: string
  /** '/api' */
  path: string
  physicalPath?: string
  pool?: string
}

export interface FakeIisOptions {
  /** Create "Default Web Site" on a free port with DefaultAppPool and the sample app (default true). */
  defaultSite?: boolean
  /** false: IIS is not installed (appcmd fails; dism /enable-feature IIS-WebServerRole installs it). */
  iisInstalled?: boolean
  timings?: Partial<Timings>
  /**
   * Display language and code pages of the fake Windows (test-support/fakes/lib/locale.mjs). Default: the
   * FAKE_IIS_LOCALE environment variable, so `FAKE_IIS_LOCALE=de-DE npx vitest run __tests__/scenarios` runs every
   * scenario on a German server; unset, the tools speak English in UTF-8 as before.
   */
  locale?: 'en-US' | 'de-DE' | 'ja-JP'
}

export interface ToolResult {
  stdout: string
  stderr: string
  exitCode: number
}

export interface FakeIis {
  /** Temp folder holding everything (state, site folders). */
  root: string
  stateDir: string
  /** iis-deploy's own state folder on this fake machine (lock, ledgers, backups). */
  deployStateDir: string
  binDir: string
  /** process.env with the fakes first on PATH, FAKE_IIS_STATE and the owner pid (helpers die with this process). */
  env: NodeJS.ProcessEnv
  /** Only the variables the fake adds (PATH, FAKE_IIS_STATE, FAKE_IIS_OWNER_PID): for RunOptions.env. */
  toolEnv: Record<string, string>
  /** "Default Web Site" when created. */
  defaultSite?: SiteHandle
  addPool(name: string, settings?: Partial<Pool>): Pool
  /** Adds a site with one http binding; a started site answers on its port when the promise resolves. */
  addSite(options: AddSiteOptions): Promise<SiteHandle>
  addApp(options: AddAppOptions): App
  /** Starts a worker for a started pool now (as `appcmd start apppool` does): its app files become locked. */
  startWorker(pool: string): Worker
  setTimings(timings: Partial<Timings>): void
  /**
   * Pretends `ms` passed for the time-driven behaviour (Stopping → Stopped, lingering workers, rapid-fail window):
   * shifts the recorded timestamps back, so tests need neither sleeps nor timed assertions.
   */
  elapse(ms: number): void
  addFault(fault: Fault): void
  /** Read-modify-write of the raw state under the lock. */
  update<T>(fn: (state: State, now: number) => T): T
  readState(): State
  /** Live workers, optionally of one pool. */
  workers(pool?: string): Worker[]
  freePort(): Promise<number>
  /** A folder with the sample published app (copy of samples/publish), its FAKEAPP line merged with `app`. */
  publishApp(app?: FakeAppSpec, dir?: string): string
  /** Runs a fake tool (appcmd, icacls, dism, netsh) with this fake's environment. */
  run(tool: string, args: string[]): Promise<ToolResult>
  dispose(): Promise<void>
}

/** A free TCP port on loopback (listen(0) then close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** Resolves once something accepts connections on the port (the fake's listener starts asynchronously). */
export async function waitForPort(port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    if (Date.now() > deadline)
      throw new Error(`fake IIS: nothing listens on port ${port} after ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** Writes a published app: the sample's web.config and wwwroot, and a dll whose FAKEAPP line is `app`. */
export function writePublishedApp(dir: string, app: FakeAppSpec = {}): string {
  fs.mkdirSync(dir, { recursive: true })
  fs.cpSync(SAMPLE_PUBLISH_DIR, dir, { recursive: true })
  const spec = { name: 'SampleApp', version: '1.0.0', health: 200, body: 'Healthy', ...app }
  fs.writeFileSync(path.join(dir, 'SampleApp.dll'), `FAKEAPP ${JSON.stringify(spec)}\n`)
  return dir
}

/** Ends a helper this fake started, checking first that the pid still runs one of the fake's scripts. */
function endHelper(pid: number): void {
  if (!isProcessAlive(pid)) return
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    if (!cmdline.includes(`${path.sep}fakes${path.sep}lib${path.sep}`)) return
  } catch {
    // no /proc (not Linux): rely on the recorded pid
  }
  try {
    process.kill(pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

export async function createFakeIis(options: FakeIisOptions = {}): Promise<FakeIis> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-iis-'))
  const stateDir = path.join(root, 'state')
  const sitesDir = path.join(root, 'sites')
  fs.mkdirSync(stateDir)
  fs.mkdirSync(sitesDir)
  const owner = process.pid
  const locale = options.locale ?? process.env.FAKE_IIS_LOCALE
  const toolEnv: Record<string, string> = {
    PATH: `${FAKE_BIN_DIR}${path.delimiter}${process.env.PATH ?? ''}`,
    FAKE_IIS_STATE: stateDir,
    FAKE_IIS_OWNER_PID: String(owner),
    // The machine-wide folders of this fake machine: iis-deploy keeps its lock, ledgers and backups under them
    // (%ProgramData%\iis-deploy on Windows, $XDG_STATE_HOME/iis-deploy elsewhere), apart from every other test.
    XDG_STATE_HOME: path.join(root, 'machine'),
    ProgramData: path.join(root, 'machine'),
    // A localized fake writes its code pages: the runner reads them from the fake reg, as it does on Windows.
    ...(locale ? { FAKE_IIS_LOCALE: locale, IIS_DEPLOY_CODE_PAGES: 'registry' } : {})
  }
  const env: NodeJS.ProcessEnv = { ...process.env, ...toolEnv }
  let folders = 0
  const newFolder = (name: string) => {
    const dir = path.join(sitesDir, `${++folders}-${name.replace(/[^\w.-]+/g, '_')}`)
    fs.mkdirSync(dir, { recursive: true })
    return dir
  }
  const update = <T>(fn: (state: State, now: number) => T): T => updateState(stateDir, fn)

  update((state) => {
    state.iisInstalled = options.iisInstalled ?? true
    if (!state.iisInstalled) for (const f of Object.keys(state.features)) state.features[f] = 'Disabled'
    Object.assign(state.timings, options.timings ?? {})
  })

  const ensurePool = (state: State, name: string) => {
    if (!state.pools.some((p) => p.name.toLowerCase() === name.toLowerCase())) state.pools.push(newPool(name))
  }

  const fake: FakeIis = {
    root,
    stateDir,
    deployStateDir: path.join(root, 'machine', 'iis-deploy'),
    binDir: FAKE_BIN_DIR,
    env,
    toolEnv,
    addPool(name, settings = {}) {
      return update((state) => {
        const existing = state.pools.find((p) => p.name.toLowerCase() === name.toLowerCase())
        const pool = existing ? Object.assign(existing, settings) : newPool(name, settings)
        if (!existing) state.pools.push(pool)
        return pool
      })
    },
    async addSite(o) {
      const port = o.port ?? (await freePort())
      const physicalPath = o.physicalPath ?? writePublishedApp(newFolder(o.name))
      const pool = o.pool ?? 'DefaultAppPool'
      update((state) => {
        ensurePool(state, pool)
        state.sites = state.sites.filter((s) => s.name !== o.name)
        state.sites.push({
          name: o.name,
          id: Math.max(0, ...state.sites.map((s) => s.id)) + 1,
          bindings: [{ protocol: 'http', bindingInformation: `*:${port}:${o.host ?? ''}`, sslFlags: '0' }],
          state: o.state ?? 'Started',
          serverAutoStart: true,
          attributes: {}
        })
        state.apps.push({ site: o.name, path: '/', applicationPool: pool })
        state.vdirs.push({ site: o.name, app: '/', path: '/', physicalPath })
      })
      ensureListener(stateDir, owner)
      if ((o.state ?? 'Started') === 'Started') await waitForPort(port)
      return { name: o.name, port, physicalPath, pool, url: `http://127.0.0.1:${port}` }
    },
    addApp(o) {
      const physicalPath = o.physicalPath ?? writePublishedApp(newFolder(`${o.site}${o.path}`))
      return update((state) => {
        const site = state.sites.find((s) => s.name === o.site)
        if (!site) throw new Error(`fake IIS: no site ${o.site}`)
        const pool =
          o.pool ??
          state.apps.find((a) => a.site === o.site && a.path === '/')?.applicationPool ??
          'DefaultAppPool'
        ensurePool(state, pool)
        const app: App = { site: o.site, path: o.path, applicationPool: pool }
        state.apps.push(app)
        state.vdirs.push({ site: o.site, app: o.path, path: '/', physicalPath })
        return app
      })
    },
    startWorker(pool) {
      return update((state, now) => startWorker(state, pool, now, helperEnv(stateDir, owner)))
    },
    setTimings(timings) {
      update((state) => {
        Object.assign(state.timings, timings)
      })
    },
    elapse(ms) {
      update((state) => {
        for (const p of state.pools) {
          if (p.stoppedAt !== null) p.stoppedAt -= ms
          p.crashes = p.crashes.map((t) => t - ms)
        }
        for (const w of state.workers) {
          w.startedAt -= ms
          if (w.exitAt !== null) w.exitAt -= ms
        }
      })
    },
    addFault(fault) {
      update((state) => {
        state.faults.push(fault)
      })
    },
    update,
    readState: () => readStateFile(stateDir),
    workers(pool) {
      const all = readStateFile(stateDir).workers
      return pool === undefined ? all : all.filter((w) => w.pool.toLowerCase() === pool.toLowerCase())
    },
    freePort,
    publishApp(app = {}, dir) {
      return writePublishedApp(dir ?? newFolder(app.name ?? 'app'), app)
    },
    run(tool, args) {
      return new Promise((resolve) => {
        execFile(path.join(FAKE_BIN_DIR, tool), args, { env }, (error, stdout, stderr) => {
          const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0
          resolve({ stdout, stderr, exitCode: code })
        })
      })
    },
    async dispose() {
      // The raw file, not the settled view: a lingering worker past its exit time is ended too.
      const raw = (): State => {
        try {
          return JSON.parse(fs.readFileSync(path.join(stateDir, STATE_FILE), 'utf8')) as State
        } catch {
          return readStateFile(stateDir)
        }
      }
      const listener = raw().listener
      if (listener) endHelper(listener.pid)
      const state = raw()
      for (const w of state.workers ?? []) if (!w.virtual) endHelper(w.pid)
      for (const e of state.expressProcesses ?? []) endHelper(e.pid)
      fs.rmSync(root, { recursive: true, force: true })
    }
  }

  if (options.defaultSite ?? true) {
    fake.defaultSite = await fake.addSite({ name: 'Default Web Site' })
  }
  return fake
}
