import { describe, expect, it } from 'vitest'
import { PAGE_RULE_ROWS } from '../../../src/steps/diagnosis/page-rules.js'
import { explain } from '../../../src/steps/diagnosis/rules.js'
import type { Evidence, WindowsEvent } from '../../../src/steps/diagnosis/types.js'

const ancm = (eventId: number, message: string): WindowsEvent => ({
  log: 'Application',
  provider: 'IIS AspNetCore Module V2',
  eventId,
  time: '2026-01-01T00:00:00Z',
  data: [message, 'Process Id: 42.', 'File Version: 19.0.25277.0.'],
  named: {}
})

function evidence(over: Partial<Evidence>): Evidence {
  return { events: [], httpErr: [], checks: [], unreadable: [], probes: [], ...over }
}

describe('the page rule table', () => {
  it('has one row a page', () => {
    const codes = PAGE_RULE_ROWS.map((r) => r.code)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it.each<[string, Evidence, string, RegExp, string[]]>([
    [
      '500.33 quotes its 1027',
      evidence({
        page: { status: 500, code: '500.33', responder: 'ancm', excerpt: '' },
        events: [
          ancm(
            1027,
            "Could not find the assembly 'C:\\s\\aspnetcorev2_inprocess.dll' referenced for the in-process application."
          )
        ]
      }),
      '500.33-not-aspnetcore',
      /does not reference Microsoft\.AspNetCore\.App/,
      ['IIS AspNetCore Module V2 event 1027: "Could not find the assembly']
    ],
    [
      '500.36 quotes its 1029 and not an unrelated 1027',
      evidence({
        page: { status: 500, code: '500.36', responder: 'ancm', excerpt: '' },
        events: [
          ancm(1027, 'unrelated'),
          ancm(
            1029,
            "Could not find the assembly 'x\\aspnetcorev2_outofprocess.dll' for out-of-process application."
          )
        ]
      }),
      '500.36-handler-missing',
      /out-of-process handler is missing/,
      ['IIS AspNetCore Module V2 event 1029: "Could not find the assembly']
    ],
    [
      '500.37 adds the time limit read from its 1007',
      evidence({
        page: { status: 500, code: '500.37', responder: 'ancm', excerpt: '' },
        events: [
          ancm(
            1007,
            "failed to load coreclr. Exception message:\r\nManaged server didn't initialize after 5000 ms."
          )
        ]
      }),
      '500.37-startup-time-limit',
      /startupTimeLimit \(5000 ms\)$/,
      ['event 1007']
    ],
    [
      "502.3 names IIS's error code",
      evidence({
        page: { status: 502, code: '502.3', responder: 'iis', hresult: '0x80072ee2', excerpt: '' }
      }),
      '502.3-timeout',
      /502\.3: the module gave up waiting/,
      ['IIS: Error Code 0x80072ee2 (ERROR_WINHTTP_TIMEOUT: the module stopped waiting for the app)']
    ],
    [
      '403.14 does not quote the empty error code',
      evidence({
        page: { status: 403, code: '403.14', responder: 'iis', hresult: '0x00000000', excerpt: '' }
      }),
      '403.14-no-app',
      /web\.config is missing/,
      []
    ]
  ])('%s', (_name, e, rule, cause, quotes) => {
    const found = explain(e)
    expect(found.rule).toBe(rule)
    expect(found.cause).toMatch(cause)
    expect(found.quotes).toHaveLength(quotes.length)
    quotes.forEach((q, i) => expect(found.quotes[i]).toContain(q))
  })

  it('a page row does not match another code', () => {
    const found = explain(evidence({ page: { status: 500, code: '500.39', responder: 'ancm', excerpt: '' } }))
    expect(found.rule).toBe('unexplained')
  })
})
