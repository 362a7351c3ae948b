import { describe, expect, it } from 'vitest'
import { runActiveChecks, peBitness } from '../../../src/steps/diagnosis/active-checks.js'
import { diagnose, renderDiagnosis } from '../../../src/steps/diagnosis/diagnose.js'
import { explain } from '../../../src/steps/diagnosis/rules.js'
import type { Evidence, WindowsEvent } from '../../../src/steps/diagnosis/types.js'

const ancm = (eventId: number, message: string, pid = 7): WindowsEvent => ({
  log: 'Application',
  provider: 'IIS AspNetCore Module V2',
  eventId,
  level: 2,
  time: '2026-01-01T00:00:00Z',
  data: [message, `Process Id: ${pid}.`, 'File Version: 19.0.0.0.'],
  named: {}
})
const was = (eventId: number, named: Record<string, string>): WindowsEvent => ({
  log: 'System',
  provider: 'Microsoft-Windows-WAS',
  eventId,
  time: '2026-01-01T00:00:00Z',
  data: [],
  named
})

function evidence(over: Partial<Evidence>): Evidence {
  return { events: [], httpErr: [], checks: [], unreadable: [], probes: [], appPool: 'Shop', ...over }
}
const page = (
  code: string,
  responder: Evidence['page'] extends infer P
    ? P extends { responder: infer R }
      ? R
      : never
    : never = 'ancm'
) => ({
  status: Number(code.split('.')[0]),
  code,
  responder,
  excerpt: ''
})

describe('the rule table (diagnosis §2)', () => {
  it.each<[string, Evidence, string, RegExp, RegExp]>([
    [
      '500.30 with the exception in event 1018',
      evidence({
        page: page('500.30'),
        events: [
          ancm(
            1018,
            "Application '/LM/W3SVC/1/ROOT' hit unexpected managed exception, exception code = '0xe0434352'. First 30KB characters of captured stdout and stderr logs:\r\nUnhandled exception. System.InvalidOperationException: No database.\r\n   at Program.Main"
          )
        ]
      }),
      '500.30-exception',
      /500\.30: the app threw `System\.InvalidOperationException: No database\.` at start-up \(quoted from IIS AspNetCore Module V2 event 1018\)/,
      /fix the start-up error/
    ],
    [
      '500.30 with the exception only in the .NET Runtime event',
      evidence({
        page: page('500.30'),
        events: [
          {
            ...ancm(1018, 'x'),
            provider: '.NET Runtime',
            eventId: 1026,
            data: [
              'Application: w3wp.exe\nDescription: The process was terminated due to an unhandled exception.\nException Info: System.TypeLoadException: Could not load type'
            ]
          }
        ]
      }),
      '500.30-exception',
      /System\.TypeLoadException: Could not load type/,
      /start-up error/
    ],
    [
      '500.31 with the runtime check',
      evidence({
        page: page('500.31'),
        checks: [
          {
            check: 'runtime',
            message: 'm',
            facts: { framework: 'Microsoft.AspNetCore.App', needs: '9.0.x', installed: '8.0.x' }
          }
        ]
      }),
      '500.31-runtime-missing',
      /500\.31: the app needs Microsoft\.AspNetCore\.App 9\.0\.x and the server has 8\.0\.x/,
      /hosting-bundle: auto/
    ],
    [
      '503 with WAS 5002 counts the crashes',
      evidence({
        page: page('503', 'http.sys'),
        events: [
          was(5002, { AppPoolID: 'Shop' }),
          was(5009, { AppPoolID: 'Shop', ProcessID: '1' }),
          was(5009, { AppPoolID: 'Shop', ProcessID: '2' }),
          was(5009, { AppPoolID: 'Other', ProcessID: '3' })
        ]
      }),
      '503-rapid-fail',
      /rapid-fail protection stopped the pool 'Shop' after 2 crashes/,
      /fix the crash/
    ],
    [
      '503 from HTTP.sys without WAS 5002',
      evidence({
        page: page('503', 'http.sys'),
        httpErr: [{ 's-reason': 'Disabled', 's-queuename': 'Shop' }]
      }),
      '503-http-sys',
      /the app pool 'Shop' is not running \(HTTP\.sys error log: Disabled\)/,
      /start the pool/
    ],
    [
      '500.19 by HRESULT',
      evidence({ page: { ...page('500.19', 'iis'), hresult: '0x8007000d' } }),
      '500.19-config',
      /0x8007000d.*aspNetCore/,
      /Hosting Bundle/
    ],
    [
      '500.21',
      evidence({ page: page('500.21', 'iis') }),
      '500.21-module-missing',
      /module is not installed/,
      /hosting-bundle: auto/
    ],
    [
      '500.37 quotes the milliseconds',
      evidence({
        page: page('500.37'),
        events: [ancm(1007, "Exception message:\r\nManaged server didn't initialize after 120000 ms.")]
      }),
      '500.37-startup-time-limit',
      /\(120000 ms\)/,
      /startupTimeLimit/
    ],
    [
      '403.14',
      evidence({ page: page('403.14', 'iis') }),
      '403.14-no-app',
      /web\.config is missing/,
      /do not enable directory browsing/
    ],
    [
      'nothing answered',
      evidence({ page: { responder: 'none', excerpt: '', transportError: 'ECONNREFUSED' } }),
      'no-answer',
      /nothing answered.*ECONNREFUSED/,
      /site is started/
    ],
    [
      'nothing answered and start-up may outlast the health check',
      evidence({
        page: { responder: 'none', excerpt: '' },
        checks: [
          {
            check: 'startup-time-limit',
            message: 'the app may take up to 120 s',
            facts: { fix: 'raise `health-check-timeout` to at least 120' }
          }
        ]
      }),
      'startup-time-limit',
      /may take up to 120 s/,
      /health-check-timeout/
    ],
    [
      'an unknown page',
      evidence({ page: page('500.99') }),
      'unexplained',
      /HTTP 500\.99: no known cause/,
      /Application event log/
    ]
  ])('%s', (_name, e, rule, cause, fix) => {
    const found = explain(e)
    expect(found.rule).toBe(rule)
    expect(found.cause).toMatch(cause)
    expect(found.fix).toMatch(fix)
  })

  it("503 from the module: quotes app_offline.htm's content, and event 1012 when the module wrote it", () => {
    const offline = { status: 503, code: '503', responder: 'ancm' as const, excerpt: 'Down for maintenance' }
    const quiet = explain(evidence({ page: offline }))
    expect(quiet.rule).toBe('503-app-offline')
    expect(quiet.quotes).toEqual([
      `the module's 503 page (the content of app_offline.htm): "Down for maintenance"`
    ])
    const recycled = explain(
      evidence({
        page: offline,
        events: [ancm(1012, "Application '/LM/W3SVC/1/ROOT' was recycled after detecting app_offline.htm.")]
      })
    )
    expect(recycled.quotes[0]).toMatch(
      /event 1012: "Application '\/LM\/W3SVC\/1\/ROOT' was recycled after detecting app_offline\.htm/
    )
    expect(recycled.quotes).toHaveLength(2)
  })

  it('400 from HTTP.sys: the Host header matches no binding, with the HTTP.sys error log reason when read', () => {
    const invalid = { status: 400, code: '400', responder: 'http.sys' as const, excerpt: '' }
    const plain = explain(evidence({ page: invalid }))
    expect(plain.rule).toBe('400-http-sys')
    expect(plain.cause).toMatch(
      /^400 from HTTP\.sys: it rejected the request before IIS saw it; most often the Host header/
    )
    expect(plain.quotes).toEqual([])
    const logged = explain(
      evidence({
        page: invalid,
        httpErr: [{ 'sc-status': '400', 's-reason': 'Hostname', 's-queuename': '-' }]
      })
    )
    expect(logged.cause).toContain('(HTTP.sys error log: Hostname)')
    expect(logged.quotes).toEqual(['HTTPERR: 400 Hostname -'])
    // A 400 the app wrote is the app's answer, not HTTP.sys's.
    expect(explain(evidence({ page: { ...invalid, responder: 'app' } })).rule).toBe('app-error')
  })

  it('masks everything it says, the quoted app output included', () => {
    const e = evidence({
      page: page('500.30'),
      events: [ancm(1018, 'logs:\r\nSystem.Exception: login failed for hunter2')]
    })
    const d = diagnose(e, (t) => t.replaceAll('hunter2', '***'))
    expect(JSON.stringify(d)).not.toContain('hunter2')
    expect(d.cause).toContain('login failed for ***')
  })

  it('renders markdown that quoted output cannot turn into markup', () => {
    const d = diagnose(
      evidence({
        page: page('500.30'),
        events: [ancm(1018, 'x\r\nSystem.Exception: <script>alert(1)</script> | pipe')]
      }),
      (t) => t
    )
    const md = renderDiagnosis(d, 'markdown').join('\n')
    expect(md).toContain('### Why it failed')
    expect(md).not.toContain('<script>')
    expect(md).toContain('&lt;script&gt;')
  })
})

describe('active checks', () => {
  const pe = (machine: number): Buffer => {
    const b = Buffer.alloc(0x100)
    b.write('MZ', 0, 'latin1')
    b.writeUInt32LE(0x80, 0x3c)
    b.write('PE\0\0', 0x80, 'latin1')
    b.writeUInt16LE(machine, 0x84)
    return b
  }
  it.each<[number, 32 | 64 | undefined]>([
    [0x14c, 32],
    [0x8664, 64],
    [0xaa64, 64]
  ])('PE machine 0x%s', (machine, bits) => expect(peBitness(pe(machine))).toBe(bits))

  it('not a PE image', () => expect(peBitness(Buffer.from('FAKEAPP {}'.padEnd(100)))).toBeUndefined())

  it.each<[string, Parameters<typeof runActiveChecks>[0], string | undefined]>([
    [
      'runtime missing',
      {
        need: { file: 'a', kind: 'framework-dependent', version: '9.0.0', channel: '9.0' },
        installedAspNetCore: ['8.0.11']
      },
      'runtime'
    ],
    [
      'runtime present (a newer patch rolls forward)',
      {
        need: { file: 'a', kind: 'framework-dependent', version: '9.0.0', channel: '9.0' },
        installedAspNetCore: ['9.0.4']
      },
      undefined
    ],
    [
      'self-contained needs no runtime',
      {
        need: { file: 'a', kind: 'self-contained', version: '9.0.0', channel: '9.0' },
        installedAspNetCore: []
      },
      undefined
    ],
    ['x86 app, 64-bit pool', { appBitness: 32, pool32Bit: false, pool: 'P' }, 'bitness'],
    ['x64 app, 64-bit pool', { appBitness: 64, pool32Bit: false }, undefined],
    [
      'two in-process apps',
      { hostingModel: 'inprocess', otherInProcessApps: ['Site/'], pool: 'P' },
      'shared-pool'
    ],
    ['out-of-process may share', { hostingModel: 'outofprocess', otherInProcessApps: ['Site/'] }, undefined],
    [
      'startupTimeLimit beyond the health timeout',
      { startupTimeLimitSec: 120, healthTimeoutMs: 60_000 },
      'startup-time-limit'
    ],
    ['startupTimeLimit within it', { startupTimeLimitSec: 30, healthTimeoutMs: 60_000 }, undefined]
  ])('%s', (_name, facts, check) => {
    expect(runActiveChecks(facts)[0]?.check).toBe(check)
  })
})
