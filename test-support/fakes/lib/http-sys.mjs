// The HTTP.sys + WAS stand-in: one detached process per fake IIS that listens on the port of every http binding of
// every started site, routes each request to a site (port + host header), an application (longest path prefix)
// and its pool, starts a worker for the pool on demand (WAS activation) and answers as that worker would
// (app-host.mjs). It re-reads the state on every request, so a physical path switch takes effect at once.
// It follows the state every pollMs: opens and closes ports as sites start and stop, and exits when it is no
// longer the recorded listener, the state directory or the owning test is gone, or nothing has been started for a
// while.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import {
  answer,
  findAppOffline,
  readAncmConfig,
  reply,
  SERVICE_UNAVAILABLE,
  startFailure,
  startupOf,
  httpSysError
} from './app-host.mjs'
import { ownerStillThere, sleep, startWorker } from './common.mjs'
import { iisCustomPage } from './ancm.mjs'
import { writeAncmEvent, writeDotnetRuntimeEvent } from './event-log.mjs'
import { appRoot, parseBindingInformation, readState, resolveStateDir, updateState } from './iis-state.mjs'
import { answerWithRealApp, realAppOf } from './real-app.mjs'

const stateDir = resolveStateDir()
const me = process.pid
const IDLE_EXIT_MS = 3000

/** @param {import('./iis-state.mjs').State} state @returns {Set<number>} */
function wantedPorts(state) {
  const ports = new Set()
  for (const site of state.sites) {
    if (site.state !== 'Started') continue
    for (const b of site.bindings) {
      const info =
        b.protocol.toLowerCase() === 'http' ? parseBindingInformation(b.bindingInformation) : undefined
      if (info) ports.add(info.port)
    }
  }
  return ports
}

/**
 * @param {import('./iis-state.mjs').State} state @param {number} port @param {string} host
 * @returns {{ site?: import('./iis-state.mjs').Site, known: boolean }}
 */
function matchSite(state, port, host) {
  let known = false
  /** @type {import('./iis-state.mjs').Site | undefined} */
  let wildcard
  for (const site of state.sites) {
    for (const b of site.bindings) {
      const info =
        b.protocol.toLowerCase() === 'http' ? parseBindingInformation(b.bindingInformation) : undefined
      if (!info || info.port !== port) continue
      const hostMatches = info.host === '' || info.host.toLowerCase() === host
      if (!hostMatches) continue
      known = true
      if (site.state !== 'Started') continue
      if (info.host !== '') return { site, known }
      wildcard ??= site
    }
  }
  return { site: wildcard, known }
}

/**
 * @param {import('./iis-state.mjs').State} state @param {string} pool @param {number} [attempt]
 * @returns {Promise<{ ok: true, pid: number } | { ok: false }>}
 */
async function ensureWorker(state, pool, attempt = 0) {
  const running = state.workers.find((w) => w.pool.toLowerCase() === pool.toLowerCase() && w.exitAt === null)
  let worker =
    running ??
    updateState(stateDir, (s, now) => {
      const again = s.workers.find((w) => w.pool.toLowerCase() === pool.toLowerCase() && w.exitAt === null)
      if (again) return again
      const p = s.pools.find((x) => x.name.toLowerCase() === pool.toLowerCase())
      if (!p || p.state !== 'Started') return undefined
      return startWorker(s, p.name, now)
    })
  if (!worker) return { ok: false }
  const startupMs = Math.max(0, ...(worker.roots ?? []).map((r) => startupOf(r).startupMs))
  for (;;) {
    const now = Date.now()
    const current = readState(stateDir, now)
    worker = current.workers.find((w) => w.pid === worker?.pid)
    // The worker went away while we waited (a recycle after a physical-path switch): WAS starts a new one and the
    // request waits for it, as IIS queues requests during an overlapped recycle. A crash loop still ends here.
    if ((!worker || worker.exitAt !== null) && attempt < 3) return ensureWorker(current, pool, attempt + 1)
    if (!worker) return { ok: false }
    if (now >= worker.startedAt + startupMs) return { ok: true, pid: worker.pid }
    await sleep(Math.min(current.timings.pollMs, worker.startedAt + startupMs - now))
  }
}

/** @param {number} port @returns {http.RequestListener} */
function handler(port) {
  return (req, res) => {
    handle(port, req)
      .catch((e) => reply(500, `fake HTTP.sys defect: ${e instanceof Error ? e.stack : String(e)}`))
      // IIS's httpErrors errorMode DetailedLocalOnly (the default): a remote client gets the custom page instead of
      // IIS's detailed one. The module's own pages skip custom errors, so they reach remote clients unchanged.
      .then((r) => ('iisError' in r && isRemote(req) ? iisCustomPage(r.status) : r))
      .then((r) => {
        res.writeHead(r.status, { server: 'Microsoft-IIS/10.0', ...r.headers })
        res.end(req.method === 'HEAD' ? undefined : r.body)
      })
  }
}

/**
 * A request from another machine: the fake has one network address, so a test names the client addresses that
 * stand for other machines (`state.remoteClients`, e.g. the address a public name's traffic arrives from).
 * @param {http.IncomingMessage} req
 */
function isRemote(req) {
  const from = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '')
  return (readState(stateDir).remoteClients ?? []).includes(from)
}

/** @param {number} port @param {http.IncomingMessage} req @returns {Promise<import('./app-host.mjs').Reply>} */
async function handle(port, req) {
  const state = readState(stateDir)
  const host = (req.headers.host ?? '')
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
  const { site, known } = matchSite(state, port, host)
  if (!site) {
    return known
      ? httpSysError(404, 'Not Found', 'HTTP Error 404. The requested resource is not found.')
      : httpSysError(
          400,
          'Bad Request - Invalid Hostname',
          'HTTP Error 400. The request hostname is invalid.'
        )
  }
  let urlPath
  try {
    urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
  } catch {
    return httpSysError(400, 'Bad Request', 'HTTP Error 400. The request URL is invalid.')
  }
  const app = state.apps
    .filter((a) => a.site === site.name && isUnderUrl(urlPath, a.path))
    .sort((a, b) => b.path.length - a.path.length)[0]
  if (!app) return httpSysError(404, 'Not Found', 'HTTP Error 404. The requested resource is not found.')
  const pool = state.pools.find((p) => p.name.toLowerCase() === app.applicationPool.toLowerCase())
  // A stopped pool: HTTP.sys answers 503 itself and ANCM never runs (windows-facts §6, last point); only its
  // error log records why (AppOffline: rapid-fail protection; Disabled: stopped by an administrator).
  if (!pool || pool.state !== 'Started') {
    const rapidFail = (pool?.crashes.length ?? 0) >= state.timings.rapidFailThreshold
    logHttpErr(req, port, 503, rapidFail ? 'AppOffline' : 'Disabled', app.applicationPool)
    return SERVICE_UNAVAILABLE()
  }
  const root = appRoot(state, app.site, app.path)
  if (root === undefined)
    return reply(500, 'HTTP Error 500.19 - the application has no root virtual directory')
  const rel = app.path === '/' ? urlPath : urlPath.slice(app.path.length) || '/'
  const vdirs = state.vdirs.filter((v) => v.site === app.site && v.app === app.path && v.path !== '/')
  const siteId = state.sites.find((x) => x.name === app.site)?.id ?? 1
  const idOf = (/** @type {string} */ p) => `/LM/W3SVC/${siteId}/ROOT${p === '/' ? '' : p}`
  // The module runs one in-process app per worker; the fake's worker takes the pool's apps in configuration order.
  const firstManaged = !state.oneInProcessAppPerPool
    ? undefined
    : state.apps
        .filter((a) => a.applicationPool.toLowerCase() === pool.name.toLowerCase())
        .map((a) => ({ a, root: appRoot(state, a.site, a.path) }))
        .map(({ a, root: r }) => ({ a, config: r === undefined ? undefined : readAncmConfig(r) }))
        .find(({ config: c }) => c?.hasHandler)
  const firstSiteId = state.sites.find((x) => x.name === firstManaged?.a.site)?.id ?? 1
  const ctx = {
    root,
    rel,
    appId: idOf(app.path),
    pool32Bit: pool.enable32BitAppOnWin64,
    outOfProcessHandlerMissing: state.ancmOutOfProcessHandlerMissing === true,
    moduleNotInstalled: state.ancmNotInstalled === true,
    firstInProcess: firstManaged
      ? {
          app: `/LM/W3SVC/${firstSiteId}/ROOT${firstManaged.a.path === '/' ? '' : firstManaged.a.path}`,
          hostingModel: firstManaged.config?.hostingModel ?? 'inprocess'
        }
      : undefined,
    poolEnvironment: Object.fromEntries(pool.environmentVariables.map((e) => [e.name, e.value])),
    /** @param {string} r */
    mapVdir: (r) => {
      const v = vdirs.filter((x) => isUnderUrl(r, x.path)).sort((a, b) => b.path.length - a.path.length)[0]
      return v ? { dir: v.physicalPath, rel: r.slice(v.path.length) || '/' } : undefined
    }
  }
  const config = readAncmConfig(root)
  // app_offline.htm is answered by ANCM without starting the app (windows-facts §6).
  if (config?.hasHandler && findAppOffline(root)) return answer(ctx)
  const worker = await ensureWorker(state, pool.name)
  if (!worker.ok) {
    const after = readState(stateDir).pools.find((p) => p.name === pool.name)
    return after?.state === 'Started'
      ? startFailure('The worker process exited during start-up.')
      : SERVICE_UNAVAILABLE()
  }
  const r = realAppOf(root)
    ? await answerWithRealApp(stateDir, worker.pid, root, req)
    : answer({
        ...ctx,
        onStartupProblem: (problem, config) => recordStartupProblem(worker.pid, root, problem, config),
        onStarted: (started, config) => recordStart(worker.pid, root, started.stdout ?? [], config)
      })
  return { ...r, headers: { ...r.headers, 'x-fake-iis-worker': String(worker.pid) } }
}

/** Start-up failures already recorded, by worker and app: the module logs a failed start once per worker. */
const recorded = new Set()

/**
 * The module's events for a failed start (with the worker's pid), the runtime's event for an unhandled exception,
 * and, with stdoutLogEnabled, the stdout log `<stdoutLogFile>_<yyyyMMddHHmmss>_<pid>.log` (UTC).
 * @param {number} pid @param {string} root @param {import('./ancm.mjs').StartupProblem} problem
 * @param {import('./app-host.mjs').AncmConfig} config
 */
function recordStartupProblem(pid, root, problem, config) {
  const key = `${pid}:${root}`
  if (recorded.has(key)) return
  recorded.add(key)
  if (problem.runtimeException) writeDotnetRuntimeEvent(stateDir, problem.runtimeException)
  for (const e of problem.events) writeAncmEvent(stateDir, e.id, e.level, e.message, pid)
  writeStdoutLog(pid, root, problem.output ?? [], config)
}

/** A good start writes the app's output to the stdout log too (once per worker and app). */
/** @param {number} pid @param {string} root @param {string[]} output @param {import('./app-host.mjs').AncmConfig} config */
function recordStart(pid, root, output, config) {
  const key = `${pid}:${root}:started`
  if (recorded.has(key)) return
  recorded.add(key)
  writeStdoutLog(pid, root, output, config)
}

/**
 * With stdoutLogEnabled: `<stdoutLogFile>_<yyyyMMddHHmmss>_<pid>.log` (UTC); the module deletes an empty one.
 * @param {number} pid @param {string} root @param {string[]} output @param {import('./app-host.mjs').AncmConfig} config
 */
function writeStdoutLog(pid, root, output, config) {
  if (!config.stdoutLogEnabled || output.length === 0) return
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)
  const prefix = path.resolve(root, config.stdoutLogFile.replace(/\\/g, '/'))
  fs.mkdirSync(path.dirname(prefix), { recursive: true })
  fs.writeFileSync(`${prefix}_${stamp}_${pid}.log`, `${output.join('\r\n')}\r\n`)
}

/**
 * One line of HTTP.sys's error log (HTTPERR) under the fake machine's %SystemRoot% (<state>/Windows): UTC date and
 * time, the fields named by the file's own #Fields header, the reason and the queue (pool) name.
 * @param {http.IncomingMessage} req @param {number} port @param {number} status @param {string} reason @param {string} queue
 */
function logHttpErr(req, port, status, reason, queue) {
  const dir = path.join(stateDir, 'Windows', 'System32', 'LogFiles', 'HTTPERR')
  const file = path.join(dir, 'httperr1.log')
  const now = new Date().toISOString()
  const date = now.slice(0, 10)
  const time = now.slice(11, 19)
  fs.mkdirSync(dir, { recursive: true })
  if (!fs.existsSync(file))
    fs.writeFileSync(
      file,
      `#Software: Microsoft HTTP API 2.0\r\n#Version: 1.0\r\n#Date: ${date} ${time}\r\n` +
        `#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename\r\n`
    )
  const field = (/** @type {string | undefined} */ v) => (v ? v.replace(/ /g, '+') : '-')
  const line = [
    date,
    time,
    field(req.socket.remoteAddress),
    String(req.socket.remotePort ?? '-'),
    field(req.socket.localAddress),
    String(port),
    `HTTP/${req.httpVersion}`,
    req.method ?? 'GET',
    field(req.url),
    '-',
    String(status),
    '-',
    reason,
    field(queue)
  ].join(' ')
  fs.appendFileSync(file, `${line}\r\n`)
}

/** @param {string} urlPath @param {string} prefix an application or virtual directory path */
function isUnderUrl(urlPath, prefix) {
  if (prefix === '/') return true
  const u = urlPath.toLowerCase()
  const p = prefix.toLowerCase().replace(/\/$/, '')
  return u === p || u.startsWith(p + '/')
}

/** @type {Map<number, http.Server>} */
const servers = new Map()
/** @type {Map<number, number>} port → when binding it failed (retried later) */
const failed = new Map()

function shutdown() {
  for (const s of servers.values()) {
    s.close()
    s.closeAllConnections()
  }
  process.exit(0)
}

async function main() {
  let idleSince = Date.now()
  for (;;) {
    if (!ownerStillThere(stateDir)) shutdown()
    const state = readState(stateDir)
    if (state.listener?.pid !== me) shutdown()
    const wanted = wantedPorts(state)
    for (const [port, server] of servers) {
      if (wanted.has(port)) continue
      servers.delete(port)
      server.close()
      server.closeAllConnections()
    }
    for (const port of wanted) {
      if (servers.has(port) || Date.now() - (failed.get(port) ?? 0) < 500) continue
      const server = http.createServer(handler(port))
      server.keepAliveTimeout = 1000
      servers.set(port, server)
      server.on('error', () => {
        servers.delete(port)
        failed.set(port, Date.now())
      })
      server.listen(port)
    }
    if (wanted.size > 0 || state.workers.length > 0) idleSince = Date.now()
    else if (Date.now() - idleSince > IDLE_EXIT_MS) {
      const leave = updateState(stateDir, (s) => {
        if (s.listener?.pid !== me || wantedPorts(s).size > 0) return s.listener?.pid !== me
        s.listener = null
        return true
      })
      if (leave) shutdown()
    }
    await sleep(state.timings.pollMs)
  }
}

process.on('SIGTERM', shutdown)
main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e))
  process.exit(70)
})
