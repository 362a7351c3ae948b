// The fake iisexpress.exe (seed "IIS Express Overview": no service, the user starts and ends it).
//   iisexpress /path:<dir> [/port:<n>] [/clr:v4.0] [/systray:false] [/trace:error]
//   iisexpress /config:<applicationhost.config> [/site:<name> | /siteid:<id>]
// Prints the real start-up lines, serves HTTP like a worker (app-host.mjs) until killed or it reads Q on stdin.
// A port already in use fails the way IIS Express fails (text from a captured console; exit code 1 is (U)).
// While running it holds its applications' dll/exe files (lockedFiles), when FAKE_IIS_STATE is set.
import fs from 'node:fs'
import http from 'node:http'
import { XMLParser } from 'fast-xml-parser'
import { answer, reply } from './app-host.mjs'
import { ownerStillThere, sleep } from './common.mjs'
import { parseBindingInformation, updateState } from './iis-state.mjs'

const USAGE = [
  'Usage:',
  'iisexpress [/config:config-file] [/site:site-name] [/siteid:site-id] [/systray:boolean]',
  'iisexpress /path:app-path [/port:port-number] [/clr:clr-version] [/systray:boolean]',
  '',
  '/config:config-file',
  'The full path to the applicationhost.config file.',
  '/path:app-path',
  'The full physical path of the application to run.',
  '/port:port-number',
  'The port to which the application will bind. The default value is 8080.'
].join('\n')

/** @typedef {{ site: string, urls: { url: string, port: number, host: string }[], apps: { path: string, root: string }[] }} Plan */

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {Record<string, string>} */
  const out = {}
  for (const a of argv) {
    const m = a.match(/^[/-]([a-z]+)(?::(.*))?$/is)
    if (!m) return undefined
    out[/** @type {string} */ (m[1]).toLowerCase()] = m[2] ?? ''
  }
  return out
}

/** @param {unknown} x @returns {any[]} */
const asArray = (x) => (x === undefined ? [] : Array.isArray(x) ? x : [x])

/** @param {Record<string, string>} args @returns {Plan | string} a plan, or the error text */
function plan(args) {
  if (args.path !== undefined) {
    if (!fs.existsSync(args.path)) return `The specified path '${args.path}' does not exist.`
    const port = Number(args.port ?? '8080')
    if (!Number.isInteger(port) || port < 1 || port > 65535) return `Invalid port '${args.port}'.\n${USAGE}`
    return {
      site: 'Development Web Site',
      urls: [{ url: `http://localhost:${port}/`, port, host: 'localhost' }],
      apps: [{ path: '/', root: args.path }]
    }
  }
  if (args.config === undefined) return USAGE
  let xml
  try {
    xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      fs.readFileSync(args.config, 'utf8')
    )
  } catch (e) {
    return `Failed to read configuration file '${args.config}': ${e instanceof Error ? e.message : String(e)}`
  }
  const sites = asArray(xml?.configuration?.['system.applicationHost']?.sites?.site)
  const wanted = args.site ?? args.siteid
  const site = sites.find((s) =>
    args.site !== undefined
      ? String(s.name).toLowerCase() === args.site.toLowerCase()
      : args.siteid !== undefined
        ? String(s.id) === args.siteid
        : true
  )
  if (!site) return `Cannot find site '${wanted ?? ''}'.\n${USAGE}`
  const urls = asArray(site.bindings?.binding)
    .filter((b) => String(b.protocol).toLowerCase() === 'http')
    .map((b) => {
      const info = parseBindingInformation(String(b.bindingInformation))
      const host = info?.host || '*'
      return info ? { url: `http://${host}:${info.port}/`, port: info.port, host } : undefined
    })
    .filter((u) => u !== undefined)
  const apps = asArray(site.application).map((a) => {
    const root = asArray(a.virtualDirectory).find((v) => v.path === '/')?.physicalPath ?? ''
    return { path: String(a.path ?? '/'), root: String(root) }
  })
  return { site: String(site.name), urls, apps }
}

/** @param {Plan} p @param {string} urlPath */
function route(p, urlPath) {
  const app = p.apps
    .filter(
      (a) =>
        a.path === '/' ||
        urlPath.toLowerCase() === a.path.toLowerCase() ||
        urlPath.toLowerCase().startsWith(a.path.toLowerCase() + '/')
    )
    .sort((a, b) => b.path.length - a.path.length)[0]
  if (!app) return undefined
  return { root: app.root, rel: app.path === '/' ? urlPath : urlPath.slice(app.path.length) || '/' }
}

/** @param {number} port @param {http.RequestListener} listener @returns {Promise<http.Server>} */
function listen(port, listener) {
  return new Promise((resolve, reject) => {
    const server = http.createServer(listener)
    server.keepAliveTimeout = 1000
    server.once('error', reject)
    server.listen(port, () => resolve(server))
  })
}

/** @param {string[]} argv */
export async function main(argv) {
  const args = parseArgs(argv)
  const p = args ? plan(args) : USAGE
  const out = (/** @type {string} */ s) => process.stdout.write(s + '\n')
  if (typeof p === 'string') {
    out(p)
    process.exitCode = 1
    return
  }
  if (args?.path !== undefined) {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 17)
    const temp = `C:\\Users\\runneradmin\\AppData\\Local\\Temp\\iisexpress\\applicationhost${stamp}.config`
    out(
      `Copied template config file 'C:\\Program Files\\IIS Express\\AppServer\\applicationhost.config' to '${temp}'`
    )
    out(`Updated configuration file '${temp}' with given cmd line info.`)
  }
  out('Starting IIS Express ...')
  /** @type {http.Server[]} */
  const servers = []
  /** @type {http.RequestListener} */
  const handler = (req, res) => {
    let r
    try {
      const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      const target = route(p, urlPath)
      r = target ? answer(target) : reply(404, 'HTTP Error 404.0 - Not Found')
    } catch (e) {
      r = reply(500, `fake iisexpress defect: ${e instanceof Error ? e.message : String(e)}`)
    }
    res.writeHead(r.status, { server: 'Microsoft-IIS/10.0', ...r.headers })
    res.end(req.method === 'HEAD' ? undefined : r.body)
  }
  const ports = [...new Set(p.urls.map((u) => u.port))]
  for (const port of ports) {
    try {
      servers.push(await listen(port, handler))
    } catch {
      const url = p.urls.find((u) => u.port === port)?.url ?? `http://localhost:${port}/`
      out(
        `Failed to register URL "${url}" for site "${p.site}" application "/". Error description: The process cannot access the file because it is being used by another process. (0x80070020)`
      )
      out('Registration completed')
      out('Unable to start iisexpress.')
      out('')
      out('The process cannot access the file because it is being used by another process.')
      out(
        'For more information about the error, run iisexpress.exe with the tracing switch enabled (/trace:error).'
      )
      for (const s of servers) s.close()
      process.exitCode = 1
      return
    }
  }
  for (const u of p.urls) {
    for (const a of p.apps)
      out(
        `Successfully registered URL "${u.url.replace(/\/$/, a.path === '/' ? '/' : a.path + '/')}" for site "${p.site}" application "${a.path}"`
      )
  }
  out('Registration completed')
  out('IIS Express is running.')
  out("Enter 'Q' to stop IIS Express")

  const stateDir = process.env.FAKE_IIS_STATE
  const roots = p.apps.map((a) => a.root)
  if (stateDir) {
    updateState(stateDir, (state) => {
      state.expressProcesses.push({ pid: process.pid, roots })
    })
  }
  const stop = () => {
    for (const s of servers) {
      s.close()
      s.closeAllConnections()
    }
    if (stateDir && fs.existsSync(stateDir)) {
      updateState(stateDir, (state) => {
        state.expressProcesses = state.expressProcesses.filter((e) => e.pid !== process.pid)
      })
    }
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  let buffer = ''
  process.stdin.setEncoding('utf8')
  process.stdin.on('data', (chunk) => {
    buffer += chunk
    if (/(^|\n)\s*q\s*(\r?\n|$)/i.test(buffer)) stop()
    buffer = buffer.slice(-16)
  })
  // An IIS Express with its stdin closed keeps running, like the real one; the watchdog ends orphans in tests.
  process.stdin.on('error', () => undefined)
  if (stateDir) {
    for (;;) {
      await sleep(200)
      if (!ownerStillThere(stateDir)) stop()
    }
  }
}
