// Real ASP.NET Core apps behind the fake IIS. When an app's web.config runs `dotnet <app>.dll` and that dll is a
// real assembly (a PE image, not a FAKEAPP stand-in), the worker starts it the way the ASP.NET Core Module starts
// an out-of-process app (docs: "ASP.NET Core Module (ANCM) for IIS", learn.microsoft.com/aspnet/core/host-and-deploy
// /iis/aspnet-core-module): the process gets ASPNETCORE_PORT (the loopback port it must listen on),
// ASPNETCORE_APPL_PATH (the IIS application path) and ASPNETCORE_TOKEN (the pairing token ANCM sends back in the
// MS-ASPNETCORE-TOKEN header; the app's IIS integration refuses requests without it), the pool's environment
// variables and web.config's <environmentVariables>; its stdout and stderr go to
// `<stdoutLogFile>_<yyyyMMddHHmmss>_<pid>.log` when stdoutLogEnabled is true. HTTP.sys (http-sys.mjs) forwards the
// requests. An app that exits before it listens is a start-up failure: ANCM's 500.30 page, with the app's last
// output lines, as the event log would show them.
// In-process hosting cannot be reproduced outside IIS: such apps run out of process here, which serves the same
// answers. Self-contained apps (a Windows .exe) and machines without .NET keep the FAKEAPP behaviour.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readAncmConfig, reply, startFailure } from './app-host.mjs'
import { spawnDetached } from './common.mjs'
import { writeAncmEvent, writeDotnetRuntimeEvent } from './event-log.mjs'
import { appRoot, readState, updateState } from './iis-state.mjs'

const LIB_DIR = path.dirname(fileURLToPath(import.meta.url))
const FAKE_BIN_DIR = path.resolve(LIB_DIR, '..', 'bin')
/** How many output lines a start-up failure shows (ANCM puts the first 30 KB of stdout in the event log). */
const FAILURE_LINES = 20
const START_TIMEOUT_MS = 60_000

/**
 * The real .NET host: `FAKE_IIS_REAL_DOTNET`, or the first `dotnet` on PATH that is not the fake one.
 * @param {NodeJS.ProcessEnv} [env] @returns {string | undefined}
 */
export function findRealDotnet(env = process.env) {
  if (env.FAKE_IIS_REAL_DOTNET) return env.FAKE_IIS_REAL_DOTNET
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir || path.resolve(dir) === FAKE_BIN_DIR) continue
    const file = path.join(dir, 'dotnet')
    try {
      fs.accessSync(file, fs.constants.X_OK)
      if (fs.statSync(file).isFile()) return file
    } catch {
      // not here
    }
  }
  return undefined
}

/**
 * The real app an application folder runs, or undefined (no ANCM handler, not `dotnet`, a FAKEAPP stand-in).
 * @param {string} root
 * @returns {{ dll: string, args: string[], environmentVariables: Record<string, string>, stdoutLog?: string } | undefined}
 */
export function realAppOf(root) {
  const config = readAncmConfig(root)
  if (!config?.hasHandler) return undefined
  if (!/(^|[\\/])dotnet(\.exe)?$/i.test(config.processPath.replace(/^"|"$/g, ''))) return undefined
  const tokens = [...config.arguments.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '')
  const first = tokens[0]
  if (!first) return undefined
  const dll = path.resolve(root, first.replace(/\\/g, '/'))
  let head
  try {
    const fd = fs.openSync(dll, 'r')
    head = Buffer.alloc(2)
    fs.readSync(fd, head, 0, 2, 0)
    fs.closeSync(fd)
  } catch {
    return undefined
  }
  if (head.toString('latin1') !== 'MZ') return undefined
  return {
    dll,
    args: tokens.slice(1),
    environmentVariables: config.environmentVariables,
    stdoutLog: stdoutLogOf(root)
  }
}

/** The stdout log prefix when stdoutLogEnabled is true, resolved in the app folder. @param {string} root */
function stdoutLogOf(root) {
  const file = fs.readdirSync(root).find((n) => n.toLowerCase() === 'web.config')
  const xml = file ? fs.readFileSync(path.join(root, file), 'utf8').replace(/<!--[\s\S]*?-->/g, '') : ''
  const tag = xml.match(/<aspNetCore\b[^>]*>/i)?.[0] ?? ''
  const attribute = (/** @type {string} */ name) =>
    tag.match(new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i'))?.[1]
  if ((attribute('stdoutLogEnabled') ?? '').toLowerCase() !== 'true') return undefined
  const prefix = (attribute('stdoutLogFile') || '.\\aspnetcore-stdout').replace(/\\/g, '/')
  return path.isAbsolute(prefix) ? prefix : path.resolve(root, prefix)
}

/** A free loopback port. @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** @param {number} port @returns {Promise<boolean>} */
function accepts(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** `20261201213455` in local time, as ANCM names its stdout logs. @param {Date} d */
function logStamp(d) {
  const p = (/** @type {number} */ n) => String(n).padStart(2, '0')
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`
}

/**
 * @typedef {object} RealAppStatus
 * @property {'listening' | 'failed'} status
 * @property {number} [port]
 * @property {string} [token]
 * @property {number} [pid]
 * @property {string} [detail] why it failed, with its last output lines
 */

/**
 * Starts the real app of `root` for a worker, and resolves once it listens or has failed to start.
 * @param {object} o
 * @param {string} o.root
 * @param {string} o.appPath the IIS application path (`/`, `/api`)
 * @param {Record<string, string>} o.poolEnvironment
 * @param {NodeJS.ProcessEnv} [o.env] the worker's environment
 * @returns {Promise<RealAppStatus & { child?: import('node:child_process').ChildProcess, exit?: string, output?: string[] }>}
 */
export async function startRealApp(o) {
  const app = realAppOf(o.root)
  const env = o.env ?? process.env
  const dotnet = findRealDotnet(env)
  if (!app) return { status: 'failed', detail: 'not a real app' }
  if (!dotnet) return { status: 'failed', detail: 'dotnet not found: the .NET runtime is not installed' }
  const port = await freePort()
  const token = crypto.randomUUID()
  const childEnv = { ...env }
  for (const name of Object.keys(childEnv)) if (name.startsWith('FAKE_')) delete childEnv[name]
  Object.assign(childEnv, o.poolEnvironment, app.environmentVariables, {
    ASPNETCORE_PORT: String(port),
    ASPNETCORE_APPL_PATH: o.appPath,
    ASPNETCORE_TOKEN: token,
    // The framework's own messages in English, whatever the machine says.
    DOTNET_CLI_TELEMETRY_OPTOUT: '1'
  })
  const child = spawn(dotnet, [app.dll, ...app.args], {
    cwd: o.root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  /** @type {string[]} */
  const lines = []
  const log = app.stdoutLog
    ? (() => {
        fs.mkdirSync(path.dirname(app.stdoutLog), { recursive: true })
        return fs.createWriteStream(`${app.stdoutLog}_${logStamp(new Date())}_${child.pid}.log`)
      })()
    : undefined
  const collect = (/** @type {Buffer} */ chunk) => {
    log?.write(chunk)
    lines.push(...chunk.toString('utf8').split(/\r?\n/).filter(Boolean))
    if (lines.length > FAILURE_LINES * 4) lines.splice(0, lines.length - FAILURE_LINES)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  /** @type {string | undefined} how the process ended, once it did */
  let exitCode
  child.once('exit', (code, signal) => {
    // An unhandled .NET exception aborts the process: SIGABRT here, exit code 0xE0434352 on Windows.
    exitCode = code !== null ? String(code) : `signal ${signal}`
    log?.end()
  })
  const deadline = Date.now() + START_TIMEOUT_MS
  for (;;) {
    if (exitCode !== undefined) {
      const tail = lines.slice(-FAILURE_LINES).join('\n')
      return {
        status: 'failed',
        detail: `The application process exited during start-up (${exitCode}).\n${tail}`,
        exit: exitCode,
        output: lines.slice(-FAILURE_LINES)
      }
    }
    if (await accepts(port)) return { status: 'listening', port, token, pid: child.pid, child }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      return { status: 'failed', detail: `The application did not listen on port ${port} in time.` }
    }
    await new Promise((r) => setTimeout(r, 50))
  }
}

/**
 * Forwards one request to a started real app, as ANCM does (with the pairing token).
 * @param {RealAppStatus} app @param {import('node:http').IncomingMessage} req
 * @returns {Promise<import('./app-host.mjs').Reply>}
 */
export function forwardToRealApp(app, req) {
  if (app.status !== 'listening' || !app.port)
    return Promise.resolve(startFailure(app.detail ?? 'not started'))
  return new Promise((resolve) => {
    const headers = { ...req.headers, 'ms-aspnetcore-token': app.token ?? '' }
    const upstream = http.request(
      { host: '127.0.0.1', port: app.port, method: req.method, path: req.url, headers },
      (res) => {
        /** @type {Buffer[]} */
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => {
          /** @type {Record<string, string>} */
          const out = {}
          for (const [k, v] of Object.entries(res.headers)) {
            if (v !== undefined && !['connection', 'transfer-encoding', 'keep-alive'].includes(k))
              out[k] = Array.isArray(v) ? v.join(', ') : v
          }
          resolve({ status: res.statusCode ?? 502, headers: out, body: Buffer.concat(chunks) })
        })
      }
    )
    // ANCM's answer when the backend process does not answer (out-of-process).
    upstream.on('error', (e) => resolve(reply(502, `HTTP Error 502.3 - Bad Gateway (${e.message})`)))
    req.pipe(upstream)
  })
}

/**
 * The worker's part: starts the real app of each of its application folders and records how to reach it in its
 * worker record (`realApps[root]`), where HTTP.sys reads it. The apps end with the worker (exit handler, and a
 * guard process for a worker killed outright).
 * @param {string} stateDir @param {string} poolName @param {string[]} roots
 */
export async function startRealAppsOfWorker(stateDir, poolName, roots) {
  const real = roots.filter((root) => realAppOf(root))
  if (real.length === 0) return
  const state = readState(stateDir)
  const pool = state.pools.find((p) => p.name.toLowerCase() === poolName.toLowerCase())
  const poolEnvironment = Object.fromEntries((pool?.environmentVariables ?? []).map((e) => [e.name, e.value]))
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = []
  process.on('exit', () => {
    for (const child of children) child.kill('SIGKILL')
  })
  await Promise.all(
    real.map(async (root) => {
      const app = state.apps.find((a) => appRoot(state, a.site, a.path) === root)
      const started = await startRealApp({ root, appPath: app?.path ?? '/', poolEnvironment })
      const { child, exit, output, ...status } = started
      if (exit !== undefined) recordStartFailure(stateDir, state, app, root, exit, output ?? [])
      if (child?.pid) {
        children.push(child)
        spawnDetached('real-app-guard.mjs', [String(process.pid), String(child.pid), stateDir], process.env)
      }
      updateState(stateDir, (s) => {
        const me = s.workers.find((w) => w.pid === process.pid)
        if (me) me.realApps = { ...(me.realApps ?? {}), [root]: status }
      })
    })
  )
}

/**
 * What the module and the runtime write to the Application log when the app exits during start-up, from the real
 * app's own output: an unhandled exception aborts the process (SIGABRT here; 0xE0434352 on Windows), giving ANCM
 * event 1018 and the runtime's 1026; a plain exit gives 1035 with the exit code. Both quote the captured output.
 * @param {string} stateDir @param {ReturnType<typeof readState>} state @param {{ site: string, path: string } | undefined} app
 * @param {string} root @param {string} exit @param {string[]} output
 */
function recordStartFailure(stateDir, state, app, root, exit, output) {
  const siteId = state.sites.find((x) => x.name === app?.site)?.id ?? 1
  const appPath = app?.path ?? '/'
  const appId = `/LM/W3SVC/${siteId}/ROOT${appPath === '/' ? '' : appPath}`
  const captured = output.join('\r\n')
  const physicalRoot = `'${root.replace(/\//g, '\\')}\\'`
  const unhandled = output.find((l) => l.startsWith('Unhandled exception. '))
  if (exit === 'signal SIGABRT' || unhandled) {
    if (unhandled) writeDotnetRuntimeEvent(stateDir, unhandled.slice('Unhandled exception. '.length))
    writeAncmEvent(
      stateDir,
      1018,
      2,
      `Application '${appId}' with physical root ${physicalRoot} hit unexpected managed exception, exception code = '0xe0434352'. First 30KB characters of captured stdout and stderr logs:\r\n${captured}`,
      process.pid
    )
  } else {
    writeAncmEvent(
      stateDir,
      1035,
      2,
      `Application '${appId}' with physical root ${physicalRoot} has exited from Program.Main with exit code = '${exit}'. First 30KB characters of captured stdout and stderr logs:\r\n${captured}`,
      process.pid
    )
  }
}

/**
 * HTTP.sys's part: waits until the worker has started the real app of `root`, then forwards the request.
 * @param {string} stateDir @param {number} workerPid @param {string} root @param {import('node:http').IncomingMessage} req
 * @returns {Promise<import('./app-host.mjs').Reply>}
 */
export async function answerWithRealApp(stateDir, workerPid, root, req) {
  const deadline = Date.now() + START_TIMEOUT_MS + 5_000
  for (;;) {
    const state = readState(stateDir)
    const worker = state.workers.find((w) => w.pid === workerPid)
    /** @type {RealAppStatus | undefined} */
    const status = worker?.realApps?.[root]
    if (status) return forwardToRealApp(status, req)
    if (!worker) return startFailure('The worker process exited during start-up.')
    if (Date.now() > deadline) return startFailure('The application did not start in time.')
    await new Promise((r) => setTimeout(r, state.timings.pollMs || 20))
  }
}
