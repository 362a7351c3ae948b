// The rules about who answered the health URL, when no start failure explains it: HTTP.sys's 503 for a stopped
// pool, the module's app_offline 503, 404s, nothing at all, a late answer, and the app's own error.

import { moduleEvents, oneLine, quoteEvent } from './evidence-text.js'
import { check, type Rule } from './rule-types.js'

export const ANSWER_RULES: readonly Rule[] = [
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
        // Event 1012 is written only when the file appears under a running app; a file that was there before the
        // worker started leaves no event, and the page (the file's own content) is then the only evidence.
        quotes: [
          ...moduleEvents(e, 1012)
            .slice(0, 1)
            .map((ev) => quoteEvent(ev)),
          ...(e.page.excerpt
            ? [`the module's 503 page (the content of app_offline.htm): "${oneLine(e.page.excerpt, 200)}"`]
            : [])
        ]
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
    // HTTP.sys rejects a Host header that no binding on the port accepts with its own 400 ("Invalid Hostname")
    // before IIS sees the request; its error log records the reason (`Hostname`) when it is readable.
    id: '400-http-sys',
    explain(e) {
      if (e.page?.status !== 400 || e.page.responder !== 'http.sys') return undefined
      const row = e.httpErr.find((r) => r['sc-status'] === '400' && r['s-reason'] && r['s-reason'] !== '-')
      return {
        cause: `400 from HTTP.sys: it rejected the request before IIS saw it${row ? ` (HTTP.sys error log: ${row['s-reason']})` : ''}; most often the Host header matches no binding of the site on this port`,
        fix: 'set `health-check-host` (or the host of `health-check-url`) to a host name the site is bound to, or add that binding (`bindings`)',
        quotes: row ? [`HTTPERR: ${Object.values(row).join(' ')}`] : []
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
