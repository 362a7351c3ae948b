// What a worker does with a request, shared by the fake IIS worker (through the HTTP.sys stand-in) and the fake
// iisexpress: app_offline.htm → 503 with its content (windows-facts §6), an ASP.NET Core app described by the FAKEAPP
// line of its dll (samples/README.md), or plain static files when web.config has no aspNetCore handler.
import fs from 'node:fs'
import path from 'node:path'
import { forwarderTimeoutOf, hostingFailureOf, iisDetailedPage, startupProblemOf } from './ancm.mjs'

/**
 * @typedef {object} AncmConfig
 * @property {boolean} hasHandler the aspNetCore handler (AspNetCoreModuleV2) is registered
 * @property {string} [handlerModule] the `modules` value of that handler, as written (`AspNetCoreModuleV2`)
 * @property {string} processPath
 * @property {string} arguments
 * @property {string} hostingModel 'inprocess' (default) | 'outofprocess'
 * @property {Record<string, string>} environmentVariables
 * @property {string} [unknownModule] the aspNetCore handler names a module IIS does not have (500.21)
 * @property {string} [lockedSection] a section web.config may not set (locked at server level: 500.19)
 * @property {boolean} stdoutLogEnabled
 * @property {string} stdoutLogFile
 * @property {number} requestTimeoutMs `requestTimeout` (hh:mm:ss, default 2 minutes), out-of-process only
 */
/**
 * @typedef {object} FakeApp
 * @property {string} [name]
 * @property {string} [version]
 * @property {number} [health]
 * @property {string} [body]
 * @property {boolean} [crashOnStart]
 * @property {number} [startupMs]
 * @property {string} [startupException] the app throws this at start-up (`System.X: message`): 500.30 / 502.5
 * @property {number} [exitCode] Program.Main returns this at start-up: 500.30 / 502.5
 * @property {string[]} [stdout] lines the app prints at start-up (before it fails, or when it starts fine)
 * @property {number} [requestMs] how long the app takes to answer a request (502.3 past requestTimeout)
 */

/** @param {string} s */
function decodeXml(s) {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&')
}

/** @param {string} tagText @returns {Record<string, string>} attribute name (lower case) → value */
function attributesOf(tagText) {
  /** @type {Record<string, string>} */
  const attrs = {}
  for (const m of tagText.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    attrs[/** @type {string} */ (m[1]).toLowerCase()] = decodeXml(m[3] ?? m[4] ?? '')
  }
  return attrs
}

/** @param {string} root */
export function findWebConfig(root) {
  try {
    const name = fs.readdirSync(root).find((n) => n.toLowerCase() === 'web.config')
    return name ? path.join(root, name) : undefined
  } catch {
    return undefined
  }
}

/**
 * Reads the ANCM part of the app's web.config; undefined when there is no web.config.
 * @param {string} root @returns {AncmConfig | undefined}
 */
export function readAncmConfig(root) {
  const file = findWebConfig(root)
  if (!file) return undefined
  const xml = fs.readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '')
  const handlers = [...xml.matchAll(/<add\b[^>]*>/gi)].map((m) => attributesOf(m[0]))
  const handlerModule = handlers.find((a) => /^AspNetCoreModule(V2)?$/i.test(a.modules ?? ''))?.modules
  const hasHandler = handlerModule !== undefined
  // A handler named aspNetCore whose module IIS does not know (a typo, or ANCM not installed): 500.21.
  const unknownModule = handlers.find(
    (a) =>
      (a.name ?? '').toLowerCase() === 'aspnetcore' &&
      a.modules &&
      !/^AspNetCoreModule(V2)?$/i.test(a.modules)
  )?.modules
  // The authentication sections are locked at server level by default (overrideModeDefault="Deny").
  const lockedSection =
    /<security>[\s\S]*?<authentication>[\s\S]*?<(anonymous|windows|basic|digest)Authentication\b/i.exec(
      xml
    )?.[1]
  const tag = xml.match(/<aspNetCore\b[^>]*>/i)?.[0]
  const a = tag ? attributesOf(tag) : {}
  /** @type {Record<string, string>} */
  const environmentVariables = {}
  const block = xml.match(/<aspNetCore\b[\s\S]*?<\/aspNetCore>/i)?.[0] ?? ''
  for (const m of block.matchAll(/<environmentVariable\b[^>]*>/gi)) {
    const ev = attributesOf(m[0])
    if (ev.name !== undefined) environmentVariables[ev.name] = ev.value ?? ''
  }
  return {
    hasHandler: hasHandler && tag !== undefined,
    ...(handlerModule ? { handlerModule } : {}),
    processPath: a.processpath ?? '',
    arguments: a.arguments ?? '',
    hostingModel: (a.hostingmodel ?? 'inprocess').toLowerCase(),
    environmentVariables,
    ...(unknownModule ? { unknownModule } : {}),
    ...(lockedSection
      ? { lockedSection: `system.webServer/security/authentication/${lockedSection}Authentication` }
      : {}),
    stdoutLogEnabled: /^true$/i.test(a.stdoutlogenabled ?? ''),
    stdoutLogFile: a.stdoutlogfile ?? 'aspnetcore-stdout',
    requestTimeoutMs: timeSpanMs(a.requesttimeout) ?? 120_000
  }
}

/** `hh:mm:ss` → ms. @param {string | undefined} value */
function timeSpanMs(value) {
  const m = /^(\d+):(\d{2}):(\d{2})$/.exec(value ?? '')
  return m ? ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 : undefined
}

/** @param {string} root @param {string} relative a Windows-style relative path from web.config */
function resolveInApp(root, relative) {
  const clean = relative.replace(/^["']|["']$/g, '').replace(/\\/g, '/')
  return path.resolve(root, clean)
}

/**
 * The app the worker would start: the FAKEAPP line of the dll named by `arguments` (framework-dependent:
 * processPath dotnet) or of the file named by processPath (self-contained exe).
 * @param {string} root @param {AncmConfig} config
 * @returns {{ ok: true, app: FakeApp, file: string } | { ok: false, reason: string }}
 */
export function loadFakeApp(root, config) {
  const isDotnet = /(^|[\\/])dotnet(\.exe)?$/i.test(config.processPath.replace(/^"|"$/g, ''))
  let target
  if (isDotnet) {
    const first = config.arguments.match(/^\s*("[^"]*"|\S+)/)?.[1]
    if (!first) return { ok: false, reason: 'aspNetCore arguments name no application dll' }
    if (first.includes('%')) return { ok: false, reason: `unresolved variable in arguments: ${first}` }
    target = resolveInApp(root, first)
  } else {
    if (!config.processPath) return { ok: false, reason: 'aspNetCore has no processPath' }
    target = resolveInApp(root, config.processPath)
  }
  let text
  try {
    text = fs.readFileSync(target, 'utf8')
  } catch {
    return { ok: false, reason: `${path.basename(target)} not found` }
  }
  const line = text.split(/\r?\n/).find((l) => l.startsWith('FAKEAPP '))
  if (!line) return { ok: false, reason: `${path.basename(target)} is not a FAKEAPP file` }
  try {
    return { ok: true, app: JSON.parse(line.slice('FAKEAPP '.length)), file: target }
  } catch {
    return { ok: false, reason: `${path.basename(target)} has an invalid FAKEAPP line` }
  }
}

/** @param {string} root @returns {string | undefined} the app_offline.htm file (case-insensitive, like ANCM) */
export function findAppOffline(root) {
  try {
    const name = fs.readdirSync(root).find((n) => n.toLowerCase() === 'app_offline.htm')
    return name ? path.join(root, name) : undefined
  } catch {
    return undefined
  }
}

/**
 * @typedef {object} Reply
 * @property {number} status
 * @property {Record<string, string>} headers
 * @property {Buffer | string} body
 */

/**
 * @param {number} status @param {string | Buffer} body @param {string} [type] @param {Record<string, string>} [headers]
 * @returns {Reply}
 */
export function reply(status, body, type = 'text/plain; charset=utf-8', headers = {}) {
  return { status, headers: { 'content-type': type, ...headers }, body }
}

/** HTTP.sys's own error pages (the request never reached a worker). */
/** @param {number} status @param {string} title @param {string} text */
export function httpSysError(status, title, text) {
  return reply(
    status,
    `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN""http://www.w3.org/TR/html4/strict.dtd">\r\n` +
      `<HTML><HEAD><TITLE>${title}</TITLE>\r\n<META HTTP-EQUIV="Content-Type" Content="text/html; charset=us-ascii"></HEAD>\r\n` +
      `<BODY><h2>${title}</h2>\r\n<hr><p>${text}</p>\r\n</BODY></HTML>\r\n`,
    'text/html; charset=us-ascii',
    { server: 'Microsoft-HTTPAPI/2.0' }
  )
}

export const SERVICE_UNAVAILABLE = () =>
  httpSysError(503, 'Service Unavailable', 'HTTP Error 503. The service is unavailable.')

/** ANCM's in-process start failure page. @param {string} detail */
export function startFailure(detail) {
  return reply(
    500,
    `<html><head><title>HTTP Error 500.30 - ASP.NET Core app failed to start</title></head><body>` +
      `<h1>HTTP Error 500.30 - ASP.NET Core app failed to start</h1><p>${detail}</p>` +
      `<a href="https://go.microsoft.com/fwlink/?LinkID=2028526">https://go.microsoft.com/fwlink/?LinkID=2028526</a></body></html>`,
    'text/html'
  )
}

const MIME = /** @type {Record<string, string>} */ ({
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css',
  '.js': 'application/javascript',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.xml': 'text/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.dll': 'application/x-msdownload',
  '.exe': 'application/octet-stream'
})

/** IIS request filtering hides these path segments even from the static file handler. */
const HIDDEN_SEGMENTS = [
  'web.config',
  'bin',
  'app_code',
  'app_globalresources',
  'app_localresources',
  'app_webreferences',
  'app_data',
  'app_browsers'
]

/**
 * Serves a file below `dir` for the URL path `rel` (already relative to the app), refusing to leave `dir`.
 * @param {string} dir @param {string} rel @param {{ hideSegments: boolean, defaultDocs: string[] }} options
 * @returns {Reply}
 */
function serveFile(dir, rel, options) {
  const segments = rel.split('/').filter(Boolean)
  if (segments.some((s) => s === '..' || s.includes('\\'))) return reply(404, 'Not Found')
  if (options.hideSegments && segments.some((s) => HIDDEN_SEGMENTS.includes(s.toLowerCase()))) {
    return reply(404, 'HTTP Error 404.8 - Not Found (hidden segment)')
  }
  let file = path.join(dir, ...segments)
  let stat
  try {
    stat = fs.statSync(file)
  } catch {
    return reply(404, 'Not Found')
  }
  if (stat.isDirectory()) {
    const doc = options.defaultDocs.map((d) => path.join(file, d)).find((f) => fs.existsSync(f))
    if (!doc)
      return iisDetailedPage(
        '403.14',
        'The Web server is configured to not list the contents of this directory.',
        {
          Module: 'DirectoryListingModule',
          Notification: 'ExecuteRequestHandler',
          Handler: 'StaticFile',
          'Error Code': '0x00000000'
        }
      )
    file = doc
  }
  const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  return { status: 200, headers: { 'content-type': type }, body: fs.readFileSync(file) }
}

/**
 * Answers one request for an application, as IIS + ANCM would once a worker runs it.
 * @param {object} ctx
 * @param {string} ctx.root the application's physical root
 * @param {string} ctx.rel the URL path below the application ('/' for its root), decoded
 * @param {Record<string, string>} [ctx.poolEnvironment] app pool environment variables
 * @param {(rel: string) => { dir: string, rel: string } | undefined} [ctx.mapVdir] non-root virtual directories
 * @param {string} [ctx.appId] `/LM/W3SVC/<site id>/ROOT[/path]`, as the module names the app in its events
 * @param {boolean} [ctx.pool32Bit] the pool's enable32BitAppOnWin64
 * @param {{ app: string, hostingModel: string }} [ctx.firstInProcess] the app the pool's worker runs first
 * @param {boolean} [ctx.outOfProcessHandlerMissing] the module's install is damaged (500.36)
 * @param {boolean} [ctx.moduleNotInstalled] the module is not a global module of IIS (500.21)
 * @param {(problem: import('./ancm.mjs').StartupProblem, config: AncmConfig) => void} [ctx.onStartupProblem]
 * @param {(app: FakeApp, config: AncmConfig) => void} [ctx.onStarted] the app started (its stdout log)
 * @returns {Reply}
 */
export function answer(ctx) {
  const config = readAncmConfig(ctx.root)
  const webConfig = findWebConfig(ctx.root)
  if (config?.lockedSection && webConfig)
    return iisDetailedPage(
      '500.19',
      'The requested page cannot be accessed because the related configuration data for the page is invalid.',
      {
        Module: 'IIS Web Core',
        Notification: 'BeginRequest',
        Handler: 'Not yet determined',
        'Error Code': '0x80070021',
        'Config Error':
          'This configuration section cannot be used at this path. This happens when the section is locked at a parent level.',
        'Config File': `\\?\\${webConfig}`
      }
    )
  if (config?.unknownModule)
    return iisDetailedPage(
      '500.21',
      `Handler "aspNetCore" has a bad module "${config.unknownModule}" in its module list`,
      {
        Module: 'IIS Web Core',
        Notification: 'ExecuteRequestHandler',
        Handler: 'aspNetCore',
        'Error Code': '0x8007000d'
      }
    )
  // The handler names a module IIS does not have because the module itself is not installed: IIS fails the
  // request before the module (or app_offline.htm) is ever looked at, with the same 500.21 as for a typo.
  if (config?.hasHandler && ctx.moduleNotInstalled)
    return iisDetailedPage(
      '500.21',
      `Handler "aspNetCore" has a bad module "${config.handlerModule ?? 'AspNetCoreModuleV2'}" in its module list`,
      {
        Module: 'IIS Web Core',
        Notification: 'ExecuteRequestHandler',
        Handler: 'aspNetCore',
        'Error Code': '0x8007000d'
      }
    )
  if (!config || !config.hasHandler) {
    // No ASP.NET Core handler: IIS serves the folder statically, appsettings.json and the dlls included. This is
    // the danger the product's web.config validation refuses.
    const mapped = ctx.mapVdir?.(ctx.rel)
    const dir = mapped?.dir ?? ctx.root
    return serveFile(dir, mapped?.rel ?? ctx.rel, {
      hideSegments: true,
      defaultDocs: ['Default.htm', 'Default.asp', 'index.htm', 'index.html', 'iisstart.htm']
    })
  }
  const offline = findAppOffline(ctx.root)
  if (offline) return reply(503, fs.readFileSync(offline), 'text/html')
  const failure = hostingFailureOf({ root: ctx.root, config, appId: ctx.appId ?? '/LM/W3SVC/1/ROOT' })
  if (failure) {
    ctx.onStartupProblem?.(failure, config)
    return failure.page
  }
  const loaded = loadFakeApp(ctx.root, config)
  if (!loaded.ok) return startFailure(loaded.reason)
  const app = loaded.app
  if (app.crashOnStart) return startFailure('The application process exited during start-up.')
  const problem = startupProblemOf({
    root: ctx.root,
    config,
    app,
    file: loaded.file,
    appId: ctx.appId ?? '/LM/W3SVC/1/ROOT',
    pool32Bit: ctx.pool32Bit,
    firstInProcess: ctx.firstInProcess,
    outOfProcessHandlerMissing: ctx.outOfProcessHandlerMissing
  })
  if (problem) {
    ctx.onStartupProblem?.(problem, config)
    return problem.page
  }
  ctx.onStarted?.(app, config)
  const timedOut = forwarderTimeoutOf(config, app)
  if (timedOut) return timedOut
  const rel = ctx.rel
  if (/^\/health\/?$/i.test(rel)) return reply(app.health ?? 200, app.body ?? 'Healthy')
  if (/^\/version\/?$/i.test(rel)) return reply(200, app.version ?? '')
  const env = rel.match(/^\/env\/([^/]+)$/i)
  if (env) {
    const name = /** @type {string} */ (env[1])
    const value = config.environmentVariables[name] ?? ctx.poolEnvironment?.[name]
    return value === undefined ? reply(404, `${name} is not set`) : reply(200, value)
  }
  return serveFile(path.join(ctx.root, 'wwwroot'), rel, { hideSegments: false, defaultDocs: ['index.html'] })
}

/**
 * The start-up behaviour of an app folder: 'crash' (crashOnStart), 'delay' ms, or nothing special.
 * @param {string} root @returns {{ crash: boolean, startupMs: number, inProcess: boolean, managed: boolean }}
 */
export function startupOf(root) {
  const config = readAncmConfig(root)
  if (!config || !config.hasHandler) return { crash: false, startupMs: 0, inProcess: true, managed: false }
  const loaded = loadFakeApp(root, config)
  const app = loaded.ok ? loaded.app : {}
  return {
    crash: app.crashOnStart === true,
    startupMs: Number(app.startupMs ?? 0),
    inProcess: config.hostingModel !== 'outofprocess',
    managed: true
  }
}
