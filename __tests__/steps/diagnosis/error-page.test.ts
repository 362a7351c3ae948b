import { describe, expect, it } from 'vitest'
import { classifyResponder, parseErrorPage } from '../../../src/steps/diagnosis/error-page.js'

const ANCM_500_30 =
  '<!DOCTYPE html><html><head><title> HTTP Error 500.30 - ASP.NET Core app failed to start </title></head><body>' +
  '<h1> HTTP Error 500.30 - ASP.NET Core app failed to start </h1><a href="https://go.microsoft.com/fwlink/?LinkID=2028526">x</a></body></html>'
const OLD_500_30 = '<h1>HTTP Error 500.30 - ANCM In-Process Start Failure</h1>'
const HTTP_SYS_503 =
  '<HTML><HEAD><TITLE>Service Unavailable</TITLE></HEAD><BODY><h2>Service Unavailable</h2><hr><p>HTTP Error 503. The service is unavailable.</p></BODY></HTML>'
const IIS_500_19 =
  '<h3>HTTP Error 500.19 - Internal Server Error</h3><h4>The requested page cannot be accessed</h4><fieldset><h4>Detailed Error Information:</h4>' +
  '<table><tr><th>Module</th><td>IIS Web Core</td></tr><tr><th>Error Code</th><td>0x8007000D</td></tr>' +
  '<tr><th>Config Error</th><td>Configuration file is not well-formed XML</td></tr></table></fieldset>'

describe('parseErrorPage (diagnosis §1.1)', () => {
  it.each<[string, number, Record<string, string>, string, string | undefined, string]>([
    ['the current ANCM title', 500, { server: 'Microsoft-IIS/10.0' }, ANCM_500_30, '500.30', 'ancm'],
    [
      'an older ANCM title: same numbers',
      500,
      { server: 'Microsoft-IIS/10.0' },
      OLD_500_30,
      '500.30',
      'ancm'
    ],
    [
      'HTTP.sys by its Server header',
      503,
      { Server: 'Microsoft-HTTPAPI/2.0' },
      HTTP_SYS_503,
      '503',
      'http.sys'
    ],
    ["IIS's detailed page", 500, { server: 'Microsoft-IIS/10.0' }, IIS_500_19, '500.19', 'iis'],
    ['the app', 500, { server: 'Microsoft-IIS/10.0' }, 'Unhealthy', undefined, 'app'],
    [
      "IIS's custom page for a remote client: IIS, no sub-status",
      502,
      { server: 'Microsoft-IIS/10.0' },
      '<h2>502 - Web server received an invalid response while acting as a gateway or proxy server.</h2><h3>There is a problem with the page you are looking for, and it cannot be displayed.</h3>',
      undefined,
      'iis'
    ],
    [
      'the same words from another server are the app',
      502,
      { server: 'Kestrel' },
      '<h2>502 - Bad</h2><h3>There is a problem with the page you are looking for</h3>',
      undefined,
      'app'
    ],
    [
      'numbers that do not match the status are not trusted',
      200,
      {},
      'HTTP Error 500.30 in a log',
      undefined,
      'app'
    ]
  ])('%s', (_name, status, headers, body, code, responder) => {
    const page = parseErrorPage({ status, headers, body })
    expect(page.code).toBe(code)
    expect(page.responder).toBe(responder)
  })

  it('reads the HRESULT and the config error of an IIS detailed page', () => {
    const page = parseErrorPage({ status: 500, headers: {}, body: IIS_500_19 })
    expect(page.hresult).toBe('0x8007000d')
    expect(page.configError).toBe('Configuration file is not well-formed XML')
  })

  it('nothing answered', () => {
    expect(parseErrorPage({ transportError: 'connect ECONNREFUSED 127.0.0.1:80' })).toMatchObject({
      responder: 'none',
      transportError: 'connect ECONNREFUSED 127.0.0.1:80'
    })
  })

  it('an app_offline.htm 503 from the module (IIS server, no HTTP Error line) is the module', () => {
    expect(classifyResponder(503, { server: 'Microsoft-IIS/10.0' }, '<h1>Down for maintenance</h1>')).toBe(
      'ancm'
    )
  })
})
