// The rules that weigh several kinds of evidence about a failed start: the page, the module's and the runtime's
// events, WAS's events and the active checks (diagnosis §2, §3). They key on numbers (status, sub-status, event
// IDs, HRESULTs), never on page titles or rendered messages, which differ between module versions and languages.

import { CONFIG_ERRORS } from './config-errors.js'
import {
  appException,
  exitCodeIn,
  messageOf,
  moduleEvents,
  oneLine,
  quoteEvent,
  wasEvents
} from './evidence-text.js'
import { check, code, type Rule } from './rule-types.js'

/** In the order they are tried: the more specific evidence first. */
export const START_RULES: readonly Rule[] = [
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
  }
]
