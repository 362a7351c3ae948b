// The rule table: evidence → one cause and one fix (diagnosis §2). Rules are tried in order; the
// first that matches explains the failure. They key on numbers (status, sub-status, event IDs, HRESULTs), never on
// page titles or rendered messages, which differ between module versions and Windows languages.

import {
  appException,
  exitCodeIn,
  messageOf,
  moduleEvents,
  oneLine,
  quoteEvent,
  wasEvents
} from './evidence-text.js'
import type { CheckFinding, Evidence } from './types.js'

export interface Explanation {
  cause: string
  fix: string
  /** Quoted evidence beyond the page line (events, exception, log lines). */
  quotes: string[]
}

export interface Rule {
  id: string
  explain(e: Evidence): Explanation | undefined
}

const code = (e: Evidence): string | undefined => e.page?.code
const check = (e: Evidence, kind: CheckFinding['check']): CheckFinding | undefined =>
  e.checks.find((c) => c.check === kind)

/** 500.19 by the HRESULT of IIS's detailed page. */
export const CONFIG_ERRORS: Record<string, { cause: string; fix: string }> = {
  '0x8007000d': {
    cause:
      'IIS cannot read web.config: it is malformed or uses a section no installed module knows (`aspNetCore` without the ASP.NET Core Module)',
    fix: "install the .NET Hosting Bundle (set `hosting-bundle: auto`), or fix the XML web.config names in 'Config Error'"
  },
  '0x80070021': {
    cause: 'web.config uses a configuration section that is locked at the server level',
    fix: 'unlock the section (`appcmd unlock config -section:<name>`) or remove it from web.config'
  },
  '0x80070005': {
    cause: "the app pool's identity may not read web.config",
    fix: 'grant Read on the site folder to IIS_IUSRS / `IIS AppPool\\<pool>` (`grant-access: true`)'
  },
  '0x800700b7': {
    cause: 'web.config adds an entry (typically the `aspNetCore` handler) that a parent level already has',
    fix: 'remove the duplicate, or add `<remove name="aspNetCore" />` before it in the sub-application'
  },
  '0x80070003': {
    cause: "IIS cannot find the configuration file under the site's physical path",
    fix: "check the application's physical path and that web.config was deployed"
  }
}

export const RULES: readonly Rule[] = [
  {
    id: '503-rapid-fail',
    explain(e) {
      const disabled = wasEvents(e, 5002)[0]
      if (!disabled || e.page?.status !== 503) return undefined
      const pool = disabled.named.AppPoolID ?? e.appPool ?? 'the pool'
      const crashes = wasEvents(e, 5009, 5011).filter(
        (ev) => (ev.named.AppPoolID ?? pool).toLowerCase() === pool.toLowerCase()
      )
      const thrown = appException(e)
      return {
        cause: `503 with WAS 5002: rapid-fail protection stopped the pool '${pool}' after ${crashes.length || 'repeated'} crash${crashes.length === 1 ? '' : 'es'} of its worker process${thrown ? `; the app threw \`${thrown.text}\` (quoted from ${thrown.source})` : ''}`,
        fix: `fix the crash${thrown ? ' above' : ' (see the .NET Runtime and Application Error events)'}, then deploy again: the pool is started again by the rollback or the next deploy`,
        quotes: [
          quoteEvent(
            disabled,
            `Application pool '${pool}' was automatically disabled (rapid-fail protection)`
          ),
          ...crashes
            .slice(0, 3)
            .map(
              (ev) =>
                `${ev.provider} event ${ev.eventId}: worker process ${ev.named.ProcessID ?? '?'} of '${pool}' ended unexpectedly`
            )
        ]
      }
    }
  },
  {
    id: '500.31-runtime-missing',
    explain(e) {
      const missing = check(e, 'runtime')
      if (code(e) !== '500.31' && !(missing && !e.page?.code)) return undefined
      const event = moduleEvents(e, 1027)[0]
      return {
        cause: missing
          ? `${code(e) ?? 'start-up failure'}: the app needs ${missing.facts.framework} ${missing.facts.needs} and the server has ${missing.facts.installed || 'none'}`
          : '500.31: the .NET runtime the app targets is not installed on the server',
        fix: 'set `hosting-bundle: auto` (installs the runtime the app targets), or publish the app self-contained',
        quotes: event ? [quoteEvent(event)] : []
      }
    }
  },
  {
    id: '500.30-exception',
    explain(e) {
      if (code(e) !== '500.30' && code(e) !== '502.5') return undefined
      const thrown = appException(e)
      if (!thrown) return undefined
      const event = moduleEvents(e, 1018, 1035, 1007, 1020)[0]
      return {
        cause: `${code(e)}: the app threw \`${thrown.text}\` at start-up (quoted from ${thrown.source})`,
        fix: 'fix the start-up error in the app or its configuration (settings, connection strings, permissions), then deploy again',
        // The event that held the exception is quoted once: its exception line.
        quotes: [
          `${thrown.source}: "${thrown.text}"`,
          ...(event && `${event.provider} event ${event.eventId}` !== thrown.source
            ? [quoteEvent(event)]
            : [])
        ]
      }
    }
  },
  {
    id: '500.32-bitness',
    explain(e) {
      const mismatch = check(e, 'bitness')
      if (code(e) !== '500.32' && !(mismatch && code(e)?.startsWith('500'))) return undefined
      const event = moduleEvents(e, 1027)[0]
      return {
        cause: mismatch
          ? `${code(e)}: ${mismatch.message}`
          : '500.32: the app was published for a different bitness than the app pool runs',
        fix:
          mismatch?.facts.fix ??
          "publish the app for the pool's bitness (win-x64 for a 64-bit pool), or set the pool's enable32BitAppOnWin64 to match",
        quotes: event ? [quoteEvent(event)] : []
      }
    }
  },
  {
    id: '500.33-not-aspnetcore',
    explain(e) {
      if (code(e) !== '500.33') return undefined
      const event = moduleEvents(e, 1027)[0]
      return {
        cause:
          '500.33: the app does not reference Microsoft.AspNetCore.App, so the module cannot load its in-process request handler',
        fix: 'make the project an ASP.NET Core app (`Microsoft.NET.Sdk.Web`) or host it out-of-process',
        quotes: event ? [quoteEvent(event)] : []
      }
    }
  },
  {
    id: '500.34-500.35-shared-pool',
    explain(e) {
      const shared = check(e, 'shared-pool')
      if (code(e) !== '500.34' && code(e) !== '500.35' && !(shared && !e.page?.code)) return undefined
      const event = moduleEvents(e, 1008, 1009)[0]
      const what =
        code(e) === '500.34'
          ? 'apps with different hosting models share one worker process'
          : 'two in-process apps share one app pool, and a worker process can run only one'
      return {
        cause: `${code(e) ?? 'shared pool'}: ${what}${shared ? ` (${shared.message})` : ''}`,
        fix: 'give this app its own app pool (`app-pool: <new name>` with `create: true`)',
        quotes: event ? [quoteEvent(event)] : []
      }
    }
  },
  {
    id: '500.36-handler-missing',
    explain(e) {
      if (code(e) !== '500.36') return undefined
      const event = moduleEvents(e, 1029)[0]
      return {
        cause:
          "500.36: the ASP.NET Core Module's out-of-process handler is missing: the module's install is damaged",
        fix: 'repair or reinstall the .NET Hosting Bundle (`hosting-bundle: auto`, or run its installer with /repair)',
        quotes: event ? [quoteEvent(event)] : []
      }
    }
  },
  {
    id: '500.37-startup-time-limit',
    explain(e) {
      if (code(e) !== '500.37') return undefined
      const event = moduleEvents(e, 1007)[0]
      const ms = event ? /after (\d+) ms/i.exec(messageOf(event))?.[1] : undefined
      return {
        cause: `500.37: the app did not finish starting within its startupTimeLimit${ms ? ` (${ms} ms)` : ''}`,
        fix: 'make start-up faster (move slow work out of start-up), or raise `startupTimeLimit` on `<aspNetCore>` in web.config',
        quotes: event ? [quoteEvent(event)] : []
      }
    }
  },
  {
    id: '500.38-single-file',
    explain(e) {
      const single = check(e, 'single-file')
      if (code(e) !== '500.38' && !(single && !e.page?.code)) return undefined
      const event = moduleEvents(e, 1031)[0]
      return {
        cause: `${code(e) ?? 'start-up failure'}: the app's main dll is missing${single ? `: ${single.message}` : ''}; IIS in-process hosting cannot run a single-file publish`,
        fix: 'publish without `PublishSingleFile` (or set `<AspNetCoreHostingModel>OutOfProcess</AspNetCoreHostingModel>`)',
        quotes: event ? [quoteEvent(event)] : []
      }
    }
  },
  {
    id: '500.30-no-exception',
    explain(e) {
      if (code(e) !== '500.30') return undefined
      const exited = moduleEvents(e, 1011, 1035, 1018, 1007)[0]
      const exit = exited ? exitCodeIn(messageOf(exited)) : undefined
      return {
        cause: `500.30: the app failed to start${exit !== undefined ? `: Program.Main returned exit code ${exit}` : ''}`,
        fix: 'run the app at a console on the server (`dotnet <app>.dll`) to see why, or set `stdoutLogEnabled="true"` in web.config and deploy again',
        quotes: exited ? [quoteEvent(exited)] : []
      }
    }
  },
  {
    id: '500.0-hosting-failure',
    explain(e) {
      if (code(e) !== '500.0' && !(code(e) === '500' && moduleEvents(e, 1031, 1034).length)) return undefined
      const event = moduleEvents(e, 1031, 1034)[0]
      return {
        cause: `${code(e)}: the module could not start the app${event ? `: ${oneLine(messageOf(event).split(/\r?\n/).slice(1).join(' ') || messageOf(event), 200)}` : ''}`,
        fix: 'fix `processPath`/`arguments` of `<aspNetCore>` in web.config (`dotnet` + `.\\App.dll` framework-dependent, `.\\App.exe` self-contained)',
        quotes: event ? [quoteEvent(event)] : []
      }
    }
  },
  {
    id: '500.19-config',
    explain(e) {
      if (code(e) !== '500.19') return undefined
      const known = e.page?.hresult ? CONFIG_ERRORS[e.page.hresult] : undefined
      return {
        cause: `500.19${e.page?.hresult ? ` (${e.page.hresult})` : ''}: ${known?.cause ?? 'IIS cannot read the configuration of the app'}`,
        fix: known?.fix ?? "fix web.config as the page's 'Config Error' says",
        quotes: e.page?.configError ? [`IIS: Config Error "${oneLine(e.page.configError)}"`] : []
      }
    }
  },
  {
    id: '500.21-module-missing',
    explain(e) {
      if (code(e) !== '500.21') return undefined
      return {
        cause:
          '500.21: web.config uses the AspNetCoreModuleV2 handler, but that module is not installed in IIS',
        fix: 'install the .NET Hosting Bundle (set `hosting-bundle: auto`); if IIS was installed after it, repair the bundle',
        quotes: []
      }
    }
  },
  {
    id: '502.5-process-failure',
    explain(e) {
      if (code(e) !== '502.5') return undefined
      const event = moduleEvents(e, 1020, 1000, 1003)[0]
      return {
        cause: "502.5: the app's process (out-of-process hosting) did not start or did not listen",
        fix: 'run `dotnet <app>.dll` at a console on the server to see why; check `processPath`/`arguments` and the installed runtime',
        quotes: event ? [quoteEvent(event)] : []
      }
    }
  },
  {
    id: '502.3-timeout',
    explain(e) {
      if (code(e) !== '502.3') return undefined
      return {
        cause:
          "502.3: the module gave up waiting for the app's process (requestTimeout) or the process died mid-request",
        fix: 'make the health endpoint answer quickly, or raise `requestTimeout` on `<aspNetCore>`',
        quotes: []
      }
    }
  },
  {
    id: '503-http-sys',
    explain(e) {
      if (e.page?.status !== 503 || e.page.responder !== 'http.sys') return undefined
      const row = e.httpErr.find((r) => r['s-reason'] && r['s-reason'] !== '-')
      const reason = row?.['s-reason']
      return {
        cause: `503 from HTTP.sys: the app pool${e.appPool ? ` '${e.appPool}'` : ''} is not running${reason ? ` (HTTP.sys error log: ${reason})` : ''}, so no request reaches IIS`,
        fix: 'start the pool; if it stops again by itself, the app crashes at start (see the Application event log)',
        quotes: row ? [`HTTPERR: ${Object.values(row).join(' ')}`] : []
      }
    }
  },
  {
    id: '503-app-offline',
    explain(e) {
      if (e.page?.status !== 503 || e.page.responder !== 'ancm') return undefined
      return {
        cause:
          '503 from the ASP.NET Core Module: app_offline.htm is in the app folder (or the app was shutting down)',
        fix: 'delete app_offline.htm from the site folder, or deploy again',
        quotes: moduleEvents(e, 1012)
          .slice(0, 1)
          .map((ev) => quoteEvent(ev))
      }
    }
  },
  {
    id: '403.14-no-app',
    explain(e) {
      if (code(e) !== '403.14') return undefined
      return {
        cause:
          '403.14: IIS served the folder as static files and found no default document: web.config is missing or the physical path is wrong',
        fix: "deploy the whole publish output (with web.config) to the site's physical path; do not enable directory browsing",
        quotes: []
      }
    }
  },
  {
    id: '404',
    explain(e) {
      if (e.page?.status !== 404) return undefined
      return e.page.responder === 'http.sys'
        ? {
            cause: '404 from HTTP.sys: no site binding matches the health URL (host name or port)',
            fix: "fix `health-check-url` (or `health-check-host`) to match one of the site's bindings",
            quotes: []
          }
        : {
            cause: `404 from ${e.page.responder === 'app' ? 'the app' : 'IIS'}: the health URL's path does not exist in the deployed app`,
            fix: 'fix the path of `health-check-url`, or map that endpoint in the app',
            quotes: []
          }
    }
  },
  {
    id: 'startup-time-limit',
    explain(e) {
      const slow = check(e, 'startup-time-limit')
      if (!slow) return undefined
      return { cause: slow.message, fix: slow.facts.fix ?? 'raise `health-check-timeout`', quotes: [] }
    }
  },
  {
    id: 'no-answer',
    explain(e) {
      if (e.page?.responder !== 'none') return undefined
      return {
        cause: `nothing answered at the health URL (${e.page.transportError ?? 'no connection'})`,
        fix: "check that the site is started and bound to the health URL's host and port",
        quotes: []
      }
    }
  },
  {
    id: 'late-answer',
    explain(e) {
      const s = e.page?.status
      if (s === undefined || s < 200 || s >= 400) return undefined
      return {
        cause: `the app answers HTTP ${s} now, but not within the health check's timeout: it starts slowly`,
        fix: 'raise `health-check-timeout`, or make start-up faster',
        quotes: []
      }
    }
  },
  {
    id: 'app-error',
    explain(e) {
      if (e.page?.responder !== 'app' || e.page.status === undefined) return undefined
      const started = moduleEvents(e, 1032, 1001)[0]
      return {
        cause: `HTTP ${e.page.status} from the app itself${started ? ' after it started (module event ' + started.eventId + ')' : ''}: the health endpoint reports a problem`,
        fix: "read the app's own logs; the health endpoint's answer is quoted below",
        quotes: e.page.excerpt ? [`the app: "${oneLine(e.page.excerpt, 200)}"`] : []
      }
    }
  }
]

/** The first rule that explains the evidence, or a plain statement of what was seen. */
export function explain(e: Evidence): Explanation & { rule: string } {
  for (const rule of RULES) {
    const found = rule.explain(e)
    if (found) return { rule: rule.id, ...found }
  }
  return {
    rule: 'unexplained',
    cause: e.page?.code
      ? `HTTP ${e.page.code}: no known cause matched the evidence`
      : 'no known cause matched the evidence',
    fix: 'read the evidence below and the Application event log on the server',
    quotes: []
  }
}
