// The rules that all have one shape: a page with these numbers → a fixed cause and fix, quoting the module's event
// that goes with the page (if it was read) and the HRESULT of IIS's detailed page (if it has one). One table row a
// page (diagnosis §2); the rules that weigh several kinds of evidence are in evidence-rules.ts.

import { OTHER_ERROR_CODES } from './config-errors.js'
import { messageOf, moduleEvents, quoteEvent } from './evidence-text.js'
import { code, type Rule } from './rule-types.js'
import type { WindowsEvent } from './types.js'

export interface PageRuleRow {
  id: string
  /** The page's `NNN.N`. */
  code: string
  /** The module's events that explain this page, most telling first. */
  events: number[]
  cause: string
  fix: string
  /** Added to the cause from the event that was read (e.g. the time limit). */
  detail?: (event: WindowsEvent) => string | undefined
}

export const PAGE_RULE_ROWS: readonly PageRuleRow[] = [
  {
    id: '500.33-not-aspnetcore',
    code: '500.33',
    events: [1027],
    cause:
      '500.33: the app does not reference Microsoft.AspNetCore.App, so the module cannot load its in-process request handler',
    fix: 'make the project an ASP.NET Core app (`Microsoft.NET.Sdk.Web`) or host it out-of-process'
  },
  {
    id: '500.36-handler-missing',
    code: '500.36',
    events: [1029],
    cause:
      "500.36: the ASP.NET Core Module's out-of-process handler is missing: the module's install is damaged",
    fix: 'repair or reinstall the .NET Hosting Bundle (`hosting-bundle: auto`, or run its installer with /repair)'
  },
  {
    id: '500.37-startup-time-limit',
    code: '500.37',
    events: [1007],
    cause: '500.37: the app did not finish starting within its startupTimeLimit',
    fix: 'make start-up faster (move slow work out of start-up), or raise `startupTimeLimit` on `<aspNetCore>` in web.config',
    detail: (event) => {
      const ms = /after (\d+) ms/i.exec(messageOf(event))?.[1]
      return ms ? ` (${ms} ms)` : undefined
    }
  },
  {
    id: '500.21-module-missing',
    code: '500.21',
    events: [],
    cause: '500.21: web.config uses the AspNetCoreModuleV2 handler, but that module is not installed in IIS',
    fix: 'install the .NET Hosting Bundle (set `hosting-bundle: auto`); if IIS was installed after it, repair the bundle'
  },
  {
    id: '502.5-process-failure',
    code: '502.5',
    events: [1020, 1000, 1003],
    cause: "502.5: the app's process (out-of-process hosting) did not start or did not listen",
    fix: 'run `dotnet <app>.dll` at a console on the server to see why; check `processPath`/`arguments` and the installed runtime'
  },
  {
    id: '502.3-timeout',
    code: '502.3',
    events: [],
    cause:
      "502.3: the module gave up waiting for the app's process (requestTimeout) or the process died mid-request",
    fix: 'make the health endpoint answer quickly, or raise `requestTimeout` on `<aspNetCore>` in web.config'
  },
  {
    id: '403.14-no-app',
    code: '403.14',
    events: [],
    cause:
      '403.14: IIS served the folder as static files and found no default document: web.config is missing or the physical path is wrong',
    fix: "deploy the whole publish output (with web.config) to the site's physical path; do not enable directory browsing"
  }
]

/** A table row as a rule. */
export function pageRule(row: PageRuleRow): Rule {
  return {
    id: row.id,
    explain(e) {
      if (code(e) !== row.code) return undefined
      const event = row.events.length > 0 ? moduleEvents(e, ...row.events)[0] : undefined
      const hresult = e.page?.hresult
      const known = hresult ? OTHER_ERROR_CODES[hresult] : undefined
      return {
        cause: `${row.cause}${(event && row.detail?.(event)) ?? ''}`,
        fix: row.fix,
        quotes: [
          ...(event ? [quoteEvent(event)] : []),
          ...(hresult && hresult !== '0x00000000' && e.page?.responder === 'iis'
            ? [`IIS: Error Code ${hresult}${known ? ` (${known})` : ''}`]
            : [])
        ]
      }
    }
  }
}

export const PAGE_RULES: readonly Rule[] = PAGE_RULE_ROWS.map(pageRule)
