// What the ASP.NET Core Module (and IIS in front of it) answers when an app cannot start, for the fake worker:
// the error page with its `HTTP Error NNN.N` numbers, and the events the module writes to the Application log
// (diagnosis §2, §3.1). Decided in the order the module meets the problems:
// IIS configuration (500.19, 500.21) → the hosting model and pool (500.34, 500.35) → the host (500.0, 500.31,
// 500.32, 500.38) → the app's own start (500.30, 500.37; out-of-process 502.5).
import fs from 'node:fs'
import path from 'node:path'
import { reply } from './app-host.mjs'
import { listRuntimes } from './hosting-installer.mjs'

/** The module's page: title and h1 carry the numbers; the link is the module's troubleshooting fwlink. */
/** @param {string} code @param {string} title @param {string} reason @param {string} [detail] */
export function ancmErrorPage(code, title, reason, detail = '') {
  const status = Number(code.split('.')[0])
  const html =
    `<!DOCTYPE html>\r\n<html lang="en"><head><meta charset="utf-8" /><title> HTTP Error ${code} - ${title} </title></head>` +
    `<body><h1> HTTP Error ${code} - ${title} </h1><h2> Common solutions to this issue: </h2>${reason}` +
    (detail ? `<h2> Specific error detected by ANCM: </h2><p>${detail}</p>` : '') +
    `<h2> Troubleshooting steps: </h2><ul><li> Check the system event log for error messages </li>` +
    `<li> Enable logging the application process' stdout messages </li></ul>` +
    `<h2> For more information visit: <a href="https://go.microsoft.com/fwlink/?LinkID=2028526">https://go.microsoft.com/fwlink/?LinkID=2028526</a></h2></body></html>`
  return reply(status, html, 'text/html')
}

/** IIS's own detailed error page (a local request): numbers, then the "Detailed Error Information" fields. */
/** @param {string} code @param {string} text @param {Record<string, string>} fields */
export function iisDetailedPage(code, text, fields) {
  const status = Number(code.split('.')[0])
  const rows = Object.entries(fields)
    .map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`)
    .join('')
  return {
    ...reply(
      status,
      `<!DOCTYPE html><html><head><title>IIS 10.0 Detailed Error - ${code}</title></head><body><div id="content">` +
        `<div class="content-container"><h3>HTTP Error ${code}</h3><h4>${text}</h4></div>` +
        `<div class="content-container"><fieldset><h4>Detailed Error Information:</h4><table>${rows}</table></fieldset></div>` +
        `</div></body></html>`,
      'text/html'
    ),
    iisError: true
  }
}

/**
 * IIS's custom error page, what a remote client gets instead of the detailed page (httpErrors errorMode
 * DetailedLocalOnly, the default): the status without its sub-status and a generic text (wording as commonly
 * reproduced; unconfirmed, see docs/diagnosis.md).
 * @param {number} status
 */
export function iisCustomPage(status) {
  const text =
    status === 502
      ? [
          '502 - Web server received an invalid response while acting as a gateway or proxy server.',
          'There is a problem with the page you are looking for, and it cannot be displayed. When the Web server (while acting as a gateway or proxy) contacted the upstream content server, it received an invalid response from the content server.'
        ]
      : [
          `${status} - Internal server error.`,
          'There is a problem with the resource you are looking for, and it cannot be displayed.'
        ]
  return reply(
    status,
    `<!DOCTYPE html><html><head><title>${status} - ${status === 502 ? 'Bad Gateway' : 'Internal server error.'}</title></head>` +
      `<body><div id="header"><h1>Server Error</h1></div><div id="content"><div class="content-container"><fieldset>` +
      `<h2>${text[0]}</h2><h3>${text[1]}</h3></fieldset></div></div></body></html>`,
    'text/html'
  )
}

/**
 * @typedef {object} StartupProblem
 * @property {import('./app-host.mjs').Reply} page
 * @property {Array<{ id: number, level: number, message: string }>} events module events (Application log)
 * @property {string} [runtimeException] a `.NET Runtime` unhandled-exception event
 * @property {string[]} [output] what the app wrote to stdout/stderr before it failed (stdout log)
 */

const HOSTING_FAILURE_REASONS =
  '<ul><li>The specified version of Microsoft.NetCore.App or Microsoft.AspNetCore.App was not found.</li>' +
  '<li>The in process request handler, Microsoft.AspNetCore.Server.IIS, was not referenced in the application.</li>' +
  '<li>ANCM could not find dotnet.</li></ul>'

/**
 * 500.0: the module cannot resolve what to start (in-process): a dotnet.exe path that is not there, a processPath
 * executable that is not there, or `dotnet` with empty arguments (diagnosis §2 row 500.0). Undefined otherwise.
 * @param {object} ctx
 * @param {string} ctx.root
 * @param {import('./app-host.mjs').AncmConfig} ctx.config
 * @param {string} ctx.appId
 * @returns {StartupProblem | undefined}
 */
export function hostingFailureOf(ctx) {
  const { root, config, appId } = ctx
  if (config.hostingModel === 'outofprocess') return undefined
  const processPath = config.processPath.replace(/^"|"$/g, '')
  const isDotnet = /(^|[\\/])dotnet(\.exe)?$/i.test(processPath)
  let why
  if (isDotnet && /[\\/]/.test(processPath) && !fs.existsSync(processPath))
    why = `Could not find dotnet.exe at '${processPath}'`
  else if (isDotnet && config.arguments.trim() === '') why = 'Application arguments are empty.'
  else if (!isDotnet && processPath !== '') {
    const exe = path.resolve(root, processPath.replace(/\\/g, '/'))
    if (!fs.existsSync(exe)) why = `Executable was not found at '${exe}'`
  }
  if (!why) return undefined
  return {
    page: ancmErrorPage('500.0', 'ASP.NET Core IIS hosting failure (in-process)', HOSTING_FAILURE_REASONS),
    events: [
      { id: 1031, level: 2, message: `Application '${appId}' failed to start. Exception message:\r\n${why}` },
      { id: 1010, level: 2, message: `Failed to start application '${appId}', ErrorCode '0x8000ffff'.` }
    ]
  }
}

/**
 * 502.3: out-of-process, the app takes longer to answer than `requestTimeout` (default 2 minutes), so the module's
 * forwarder gives up with ERROR_WINHTTP_TIMEOUT and IIS writes its own page (the module writes none). The fake
 * does not wait: it compares the app's `requestMs` with the limit.
 * @param {import('./app-host.mjs').AncmConfig} config @param {import('./app-host.mjs').FakeApp} app
 */
export function forwarderTimeoutOf(config, app) {
  if (config.hostingModel !== 'outofprocess' || app.requestMs === undefined) return undefined
  if (app.requestMs <= config.requestTimeoutMs) return undefined
  return iisDetailedPage('502.3', 'Bad Gateway', {
    Module: 'AspNetCoreModuleV2',
    Notification: 'ExecuteRequestHandler',
    Handler: 'aspNetCore',
    'Error Code': '0x80072ee2'
  })
}

/** PE machine of an image: 32 (x86) / 64 (x64, arm64) / undefined. @param {string} file */
function imageBitness(file) {
  try {
    const bytes = fs.readFileSync(file)
    if (bytes.toString('latin1', 0, 2) !== 'MZ') return undefined
    const pe = bytes.readUInt32LE(0x3c)
    const machine = bytes.readUInt16LE(pe + 4)
    return machine === 0x14c ? 32 : 64
  } catch {
    return undefined
  }
}

/** @param {string} dir @param {string} name */
function has(dir, name) {
  try {
    return fs.readdirSync(dir).some((n) => n.toLowerCase() === name.toLowerCase())
  } catch {
    return false
  }
}

/**
 * Installed Microsoft.AspNetCore.App versions, as the fake dotnet lists them from the fake registry; undefined
 * without FAKE_REGISTRY (a fake machine without a registry does not model the runtimes).
 * @param {NodeJS.ProcessEnv} env
 */
function installedAspNetCore(env) {
  if (!env.FAKE_REGISTRY) return undefined
  try {
    return listRuntimes(env)
      .split(/\r?\n/)
      .map((line) => /^Microsoft\.AspNetCore\.App (\S+)/.exec(line)?.[1])
      .filter((v) => v !== undefined)
  } catch {
    return undefined
  }
}

/**
 * The start-up problem of the app at `root`, if any.
 * @param {object} ctx
 * @param {string} ctx.root
 * @param {import('./app-host.mjs').AncmConfig} ctx.config
 * @param {import('./app-host.mjs').FakeApp} ctx.app
 * @param {string} ctx.file the loaded FAKEAPP file (dll or exe)
 * @param {string} ctx.appId `/LM/W3SVC/1/ROOT` style id
 * @param {boolean} [ctx.pool32Bit]
 * @param {{ app: string, hostingModel: string }} [ctx.firstInProcess] the in-process app the worker already runs
 * @param {boolean} [ctx.outOfProcessHandlerMissing] the module's install lacks aspnetcorev2_outofprocess.dll
 * @param {NodeJS.ProcessEnv} [ctx.env]
 * @returns {StartupProblem | undefined}
 */
export function startupProblemOf(ctx) {
  const { root, config, app, file, appId } = ctx
  const inProcess = config.hostingModel !== 'outofprocess'
  const first = ctx.firstInProcess
  if (first && first.app !== appId) {
    if (first.hostingModel !== config.hostingModel)
      return {
        page: ancmErrorPage(
          '500.34',
          'ASP.NET Core does not support mixing hosting models',
          '<ul><li>Select a different app pool to host this app.</li></ul>'
        ),
        events: [
          {
            id: 1009,
            level: 2,
            message: `Mixed hosting model is not supported. Application '${appId}' configured with different hostingModel value '${inProcess ? 0 : 1}' other than the one of running application(s).`
          }
        ]
      }
    if (inProcess)
      return {
        page: ancmErrorPage(
          '500.35',
          'ASP.NET Core does not support multiple apps in the same app pool',
          '<ul><li>Select a different app pool to host this app.</li></ul>'
        ),
        events: [
          {
            id: 1008,
            level: 2,
            message: `Only one in-process application is allowed per IIS application pool. Please assign the application '${appId}' to a different IIS application pool.`
          }
        ]
      }
  }
  if (!inProcess && ctx.outOfProcessHandlerMissing)
    return {
      page: ancmErrorPage(
        '500.36',
        'ASP.NET Core IIS hosting failure (out-of-process)',
        '<ul><li>The out of process request handler, aspnetcorev2_outofprocess.dll, could not be found next to the aspnetcorev2.dll.</li></ul>'
      ),
      events: [
        {
          id: 1029,
          level: 2,
          message:
            "Could not find the assembly 'C:\\Program Files\\IIS\\Asp.Net Core Module\\V2\\19.0.25277.0\\aspnetcorev2_outofprocess.dll' for out-of-process application. Please confirm the assembly is installed correctly for IIS or IISExpress."
        }
      ]
    }
  const selfContained = path.extname(file).toLowerCase() === '.exe'
  const base = path.basename(file, path.extname(file))
  if (inProcess && selfContained && !has(root, `${base}.dll`)) {
    const where = path.join(root, `${base}.dll`)
    return {
      page: ancmErrorPage(
        '500.38',
        'Failed to locate ASP.NET Core app',
        "<ul><li>The app couldn't be found. Confirm the app's main DLL is present. Single-file deployments are not supported in IIS.</li></ul>",
        `Application was not found at ${where}.`
      ),
      events: [
        {
          id: 1031,
          level: 2,
          message: `Application '${appId}' failed to start. Exception message:\r\nThe app couldn't be found at ${where}.`
        },
        { id: 1010, level: 2, message: `Failed to start application '${appId}', ErrorCode '0x8000ffff'.` }
      ]
    }
  }
  if (inProcess && selfContained) {
    const bits = imageBitness(file)
    if (bits !== undefined && (bits === 32) !== (ctx.pool32Bit === true))
      return {
        page: ancmErrorPage(
          '500.32',
          'Failed to load .NET Core host',
          '<ul><li>The app was likely published for a different bitness than w3wp.exe/iisexpress.exe is running as.</li></ul>',
          'Could not load hostfxr.dll.'
        ),
        events: [
          {
            id: 1027,
            level: 2,
            message: `Unable to load '${path.join(root, 'hostfxr.dll')}'. This might be caused by a bitness mismatch between IIS application pool and published application.`
          }
        ]
      }
  }
  if (!selfContained) {
    const installed = installedAspNetCore(ctx.env ?? process.env)
    const need = readAspNetCoreNeed(root, base)
    if (
      installed &&
      need &&
      !installed.some((v) => v.split('.').slice(0, 2).join('.') === need.split('.').slice(0, 2).join('.'))
    )
      return {
        page: ancmErrorPage(
          '500.31',
          'Failed to load ASP.NET Core runtime',
          '<ul><li>The specified version of Microsoft.NetCore.App or Microsoft.AspNetCore.App was not found.</li></ul>'
        ),
        events: [
          {
            id: 1027,
            level: 2,
            message:
              'Unable to locate application dependencies. Ensure that the versions of Microsoft.NetCore.App and Microsoft.AspNetCore.App targeted by the application are installed.'
          },
          { id: 1010, level: 2, message: `Failed to start application '${appId}', ErrorCode '0x8000ffff'.` }
        ],
        output: [
          `You must install or update .NET to run this application.`,
          `Framework: 'Microsoft.AspNetCore.App', version '${need}' (x64)`
        ]
      }
  }
  // An in-process app must reference Microsoft.AspNetCore.App: the module loads its request handler
  // (aspnetcorev2_inprocess.dll) from that framework (500.33).
  const frameworks = selfContained || !inProcess ? undefined : frameworksOf(root, base)
  if (frameworks && frameworks.length > 0 && !frameworks.includes('Microsoft.AspNetCore.App'))
    return {
      page: ancmErrorPage(
        '500.33',
        'Failed to load ASP.NET Core request handler',
        '<ul><li>Make sure Microsoft.AspNetCore.App is referenced by your application.</li></ul>'
      ),
      events: [
        {
          id: 1027,
          level: 2,
          message: `Could not find the assembly '${path.join(root, 'aspnetcorev2_inprocess.dll')}' referenced for the in-process application. Please confirm the Microsoft.AspNetCore.Server.IIS or Microsoft.AspNetCore.App is referenced in your application.`
        }
      ]
    }
  const limitSec = startupTimeLimitOf(root)
  if (app.startupMs !== undefined && app.startupMs > limitSec * 1000 && inProcess) {
    const ms = limitSec * 1000
    return {
      page: ancmErrorPage(
        '500.37',
        'ASP.NET Core app failed to start within startup time limit',
        `<ul><li>ASP.NET Core app failed to start after ${ms} milliseconds</li></ul>`
      ),
      events: [
        {
          id: 1007,
          level: 2,
          message: `Application '${appId}' with physical root '${root}\\' failed to load coreclr. Exception message:\r\nManaged server didn't initialize after ${ms} ms.`
        }
      ]
    }
  }
  const output = [...(app.stdout ?? [])]
  if (app.startupException)
    output.push(
      `Unhandled exception. ${app.startupException}`,
      '   at Program.<Main>$(String[] args) in C:\\src\\Program.cs:line 12'
    )
  if (app.startupException || app.exitCode !== undefined) {
    const captured = output.join('\r\n')
    if (!inProcess)
      return {
        page: ancmErrorPage(
          '502.5',
          'ANCM Out-Of-Process Startup Failure',
          '<ul><li>The application process failed to start</li><li>The application process started but then stopped</li><li>The application process started but failed to listen on the configured port</li></ul>'
        ),
        events: [
          {
            id: 1000,
            level: 2,
            message: `Application '${appId}' with physical root '${root}\\' failed to start process with commandline '"dotnet" ${config.arguments}' at stage 'PostStartCheck', ErrorCode = '0x800705b4', assigned port 31002, retryCounter '1'.`
          },
          {
            id: 1020,
            level: 2,
            message: `Application '${appId}' with physical root '${root}\\' failed to start process with commandline '"dotnet" ${config.arguments}' with multiple retries. Failed to bind to port '31002'. First 30KB characters of captured stdout and stderr logs from multiple retries:\r\n${captured}`
          }
        ],
        output
      }
    return {
      page: ancmErrorPage(
        '500.30',
        'ASP.NET Core app failed to start',
        '<ul><li>The app failed to start</li><li>The app started but then stopped</li><li>The app started but threw an exception during startup</li></ul>'
      ),
      events: app.startupException
        ? [
            {
              id: 1018,
              level: 2,
              message: `Application '${appId}' with physical root '${root}\\' hit unexpected managed exception, exception code = '0xe0434352'. First 30KB characters of captured stdout and stderr logs:\r\n${captured}`
            }
          ]
        : [
            {
              id: 1035,
              level: 2,
              message: `Application '${appId}' with physical root '${root}\\' has exited from Program.Main with exit code = '${app.exitCode}'. First 30KB characters of captured stdout and stderr logs:\r\n${captured}`
            }
          ],
      ...(app.startupException ? { runtimeException: app.startupException } : {}),
      output
    }
  }
  return undefined
}

/** @param {string} root @param {string} base */
function readAspNetCoreNeed(root, base) {
  try {
    const json = JSON.parse(fs.readFileSync(path.join(root, `${base}.runtimeconfig.json`), 'utf8'))
    const options = json.runtimeOptions ?? {}
    const list = [...(options.frameworks ?? []), ...(options.framework ? [options.framework] : [])]
    return list.find((f) => f.name === 'Microsoft.AspNetCore.App')?.version
  } catch {
    return undefined
  }
}

/** The framework names of `<base>.runtimeconfig.json`; undefined when it cannot be read. @param {string} root @param {string} base */
function frameworksOf(root, base) {
  try {
    const json = JSON.parse(fs.readFileSync(path.join(root, `${base}.runtimeconfig.json`), 'utf8'))
    const options = json.runtimeOptions ?? {}
    return [...(options.frameworks ?? []), ...(options.framework ? [options.framework] : [])].map(
      (f) => f.name
    )
  } catch {
    return undefined
  }
}

/** `startupTimeLimit` of `<aspNetCore>` in seconds (default 120). @param {string} root */
function startupTimeLimitOf(root) {
  try {
    const name = fs.readdirSync(root).find((n) => n.toLowerCase() === 'web.config')
    const xml = name ? fs.readFileSync(path.join(root, name), 'utf8') : ''
    const v = Number(/<aspNetCore\b[^>]*\bstartupTimeLimit\s*=\s*["'](\d+)["']/i.exec(xml)?.[1])
    return v > 0 ? v : 120
  } catch {
    return 120
  }
}
