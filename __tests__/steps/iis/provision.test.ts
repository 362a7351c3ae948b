import { describe, expect, it } from 'vitest'
import {
  buildAddSslCertArgs,
  buildDeleteSslCertArgs,
  buildShowSslCertArgs,
  needsSni,
  normalizeThumbprint,
  parseBindingLine,
  parseBindings,
  parseSslCertHash,
  provisionSite,
  sslEndpoint
} from '../../../src/steps/iis/provision.js'
import { InputError, InputErrors } from '../../../src/core/errors.js'
import { FakeRunner } from '../../../test-support/fake-runner.js'
import { appcmdOver, notFound, ok } from './helpers.js'

/** `appcmd list app "S/" /xml` and `list vdir "S/" /xml` (attribute names as peers' captured samples show them). */
const appXml = (id: string, pool: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\r\n<appcmd>\r\n    <APP APP.NAME="${id}" APPPOOL.NAME="${pool}" SITE.NAME="S" path="/" />\r\n</appcmd>\r\n`
const vdirXml = (id: string, physicalPath: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\r\n<appcmd>\r\n    <VDIR VDIR.NAME="${id}" APP.NAME="${id}" path="/" physicalPath="${physicalPath}" />\r\n</appcmd>\r\n`

const THUMB = 'a909502dd82ae41433e6f83886b00d4277a32a7b'

describe('parseBindingLine (contract `bindings`, §3.2 protocol/ip:port:host)', () => {
  it.each([
    ['http/*:80:', { protocol: 'http', ip: '*', port: 80, host: '' }],
    ['HTTPS/*:443:Shop.Example.com', { protocol: 'https', ip: '*', port: 443, host: 'shop.example.com' }],
    ['http/10.0.0.5:8080:', { protocol: 'http', ip: '10.0.0.5', port: 8080, host: '' }],
    ['http/[::1]:8080:', { protocol: 'http', ip: '[::1]', port: 8080, host: '' }],
    ['https/*:443:*.example.com', { protocol: 'https', ip: '*', port: 443, host: '*.example.com' }],
    ['  http/*:80:localhost  ', { protocol: 'http', ip: '*', port: 80, host: 'localhost' }]
  ])('%s', (line, binding) => {
    expect(parseBindingLine(line)).toEqual(binding)
  })

  it.each([
    ['http:80', /is not a binding/],
    ['ftp/*:21:', /only http and https/],
    ['net.tcp/*:808:', /only http and https/],
    ['http/*:0:', /outside 1–65535/],
    ['http/*:70000:', /outside 1–65535/],
    ['http/300.1.1.1:80:', /invalid IP address/],
    ['http/*:80:bad_host!', /is not a binding|invalid host name/],
    ['http/*:80:-x.com', /invalid host name/]
  ])('rejects %s naming the input', (line, why) => {
    const error = (() => {
      try {
        parseBindingLine(line)
      } catch (e) {
        return e
      }
    })() as InputError
    expect(error).toBeInstanceOf(InputError)
    expect(error.input).toBe('bindings')
    expect(error.message).toMatch(why)
    expect(error.message).toMatch(/protocol\/ip:port:host/)
  })

  it('reports every bad line and duplicates at once', () => {
    const error = (() => {
      try {
        parseBindings(['http/*:80:', '', 'HTTP/*:80:', 'ftp/*:21:'])
      } catch (e) {
        return e
      }
    })() as InputErrors
    expect(error).toBeInstanceOf(InputErrors)
    expect(error.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/listed twice/),
      expect.stringMatching(/only http and https/)
    ])
  })

  it.each([
    ['https/*:443:shop.example.com', true],
    ['https/*:443:', false],
    ['http/*:80:shop.example.com', false]
  ])('needsSni(%s) = %s', (line, sni) => {
    expect(needsSni(parseBindingLine(line))).toBe(sni)
  })
})

describe('netsh http sslcert', () => {
  it.each([
    ['https/*:443:shop.example.com', 'hostnameport=shop.example.com:443'],
    ['https/*:443:', 'ipport=0.0.0.0:443'],
    ['https/10.0.0.5:8443:', 'ipport=10.0.0.5:8443'],
    ['https/[::]:443:', 'ipport=[::]:443']
  ])('%s → %s', (line, endpoint) => {
    expect(sslEndpoint(parseBindingLine(line))).toBe(endpoint)
  })

  it('builds show/add/delete', () => {
    const binding = parseBindingLine('https/*:443:shop.example.com')
    expect(buildShowSslCertArgs(binding)).toEqual([
      'http',
      'show',
      'sslcert',
      'hostnameport=shop.example.com:443'
    ])
    expect(buildAddSslCertArgs(binding, THUMB)).toEqual([
      'http',
      'add',
      'sslcert',
      'hostnameport=shop.example.com:443',
      `certhash=${THUMB}`,
      'appid={4dc3e181-e14b-4a21-b022-59fc669b0914}',
      'certstorename=My'
    ])
    expect(buildDeleteSslCertArgs(binding)).toEqual([
      'http',
      'delete',
      'sslcert',
      'hostnameport=shop.example.com:443'
    ])
  })

  it.each([
    [
      '\r\nSSL Certificate bindings:\r\n-------------------------\r\n\r\n    Hostname:port                : shop.example.com:443\r\n    Certificate Hash             : A909502DD82AE41433E6F83886B00D4277A32A7B\r\n    Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}\r\n',
      THUMB
    ],
    [
      '\r\nSSL Certificate bindings:\r\n-------------------------\r\n\r\nThe system cannot find the file specified.\r\n',
      undefined
    ]
  ])('parseSslCertHash', (output, hash) => {
    expect(parseSslCertHash(output)).toBe(hash)
  })

  it.each([
    ['\u200ea9 09 50 2d d8 2a e4 14 33 e6 f8 38 86 b0 0d 42 77 a3 2a 7b', THUMB],
    [THUMB.toUpperCase(), THUMB],
    ['xyz', undefined],
    ['a909502dd82ae41433e6f83886b00d4277a32a', undefined]
  ])('normalizeThumbprint(%j)', (value, expected) => {
    expect(normalizeThumbprint(value)).toBe(expected)
  })
})

const poolTree = (overrides: { runtime?: string; identity?: string; profile?: string; env?: string } = {}) =>
  [
    'APPPOOL',
    '  APPPOOL.NAME:"P"',
    '  state:"Started"',
    '  [add]',
    '    name:"P"',
    `    managedRuntimeVersion:"${overrides.runtime ?? ''}"`,
    '    managedPipelineMode:"Integrated"',
    '    [processModel]',
    `      identityType:"${overrides.identity ?? 'ApplicationPoolIdentity'}"`,
    `      loadUserProfile:"${overrides.profile ?? 'true'}"`,
    '    [environmentVariables]',
    overrides.env ?? ''
  ].join('\n')

const siteTree = [
  'SITE',
  '  SITE.NAME:"S"',
  '  [site]',
  '    name:"S"',
  '    [bindings]',
  '      [binding]',
  '        protocol:"http"',
  '        bindingInformation:"*:80:"',
  '        sslFlags:"0"'
].join('\n')

describe('provisionSite (with FakeRunner)', () => {
  it('creates pool, site and root application on a fresh server; dry run only plans (commands shown)', async () => {
    const runner = new FakeRunner({
      'appcmd list apppool P /text:*': notFound('APPPOOL', 'P'),
      'appcmd list site S /text:*': notFound('SITE', 'S'),
      'appcmd list apps /apppool.name:P': ok('')
    })
    const { appcmd } = appcmdOver(runner)
    const result = await provisionSite({
      appcmd,
      site: 'S',
      appPool: 'P',
      physicalPath: 'C:\\sites\\s',
      bindings: ['http/*:80:', 'https/*:443:shop.example.com'],
      dryRun: true
    })
    expect(result.dryRun).toBe(true)
    expect(result.changes.map((c) => c.commands).flat()).toEqual([
      'appcmd add apppool /name:P /managedRuntimeVersion: /managedPipelineMode:Integrated /processModel.identityType:ApplicationPoolIdentity /processModel.loadUserProfile:true',
      'appcmd add site /name:S /bindings:http/*:80: /physicalPath:C:\\sites\\s',
      "appcmd set site S /+bindings.[protocol='https',bindingInformation='*:443:shop.example.com',sslFlags='1']",
      'appcmd set app S/ /applicationPool:P'
    ])
    expect(runner.lines().every((line) => line.startsWith('appcmd list'))).toBe(true)
    expect(result.warnings.join('\n')).toMatch(/https bindings but no `certificate-thumbprint`/)
  })

  it('changes nothing when everything is as requested, and says so', async () => {
    const runner = new FakeRunner({
      'appcmd list apppool P /text:*': ok(
        poolTree({ env: '      [add]\n        name:"A"\n        value:"1"' })
      ),
      'appcmd list site S /text:*': ok(siteTree),
      'appcmd list app S/ /xml': ok(appXml('S/', 'P')),
      'appcmd list vdir S/ /xml': ok(vdirXml('S/', 'c:\\Sites\\S\\')),
      'appcmd list config S -section:system.webServer/security/authentication/windowsAuthentication /text:enabled':
        ok('false'),
      'appcmd list apps /apppool.name:P': ok('APP "S/" (applicationPool:P)')
    })
    const { appcmd, reporter } = appcmdOver(runner)
    const result = await provisionSite({
      appcmd,
      site: 'S',
      appPool: 'P',
      physicalPath: 'C:\\sites\\s',
      bindings: ['http/*:80:'],
      authentication: { windows: false },
      poolEnvironmentVariables: { A: '1' }
    })
    expect(result.changes).toEqual([])
    expect(reporter.messages('info').join('\n')).toMatch(/nothing to change/)
    expect(runner.lines().every((line) => line.startsWith('appcmd list'))).toBe(true)
  })

  it('fixes only what differs, masks secret values, and warns about a shared pool', async () => {
    const runner = new FakeRunner(
      {
        'appcmd list apppool P /text:*': ok(
          poolTree({
            runtime: 'v4.0',
            profile: 'false',
            env: '      [add]\n        name:"TOKEN"\n        value:"old"'
          })
        ),
        'appcmd list site S /text:*': ok(siteTree),
        'appcmd list app S/api /xml': ok(appXml('S/api', 'DefaultAppPool')),
        'appcmd list vdir S/api/ /xml': ok(vdirXml('S/api/', 'C:\\sites\\api')),
        'appcmd list apps /apppool.name:P': ok(
          'APP "S/api" (applicationPool:P)\nAPP "Other/" (applicationPool:P)'
        )
      },
      ok('changed')
    )
    const { appcmd, reporter } = appcmdOver(runner)
    const result = await provisionSite({
      appcmd,
      site: 'S',
      application: '/api',
      appPool: 'P',
      physicalPath: 'C:\\sites\\api',
      secretPoolEnvironmentVariables: { TOKEN: 'hunter2-secret' }
    })
    expect(result.changes.map((c) => `${c.target}: ${c.description}`)).toEqual([
      "app pool 'P': .NET CLR version 'v4.0' → No Managed Code, loadUserProfile false → true",
      "app pool 'P': change environment variable TOKEN to (secret)",
      "application 'S/api': app pool 'DefaultAppPool' → 'P'"
    ])
    const writes = runner.lines().filter((line) => !line.startsWith('appcmd list'))
    expect(writes).toEqual([
      'appcmd set apppool P /managedRuntimeVersion: /processModel.loadUserProfile:true',
      "appcmd set config -section:system.applicationHost/applicationPools /-[name='P'].environmentVariables.[name='TOKEN'] /commit:apphost",
      "appcmd set config -section:system.applicationHost/applicationPools /+[name='P'].environmentVariables.[name='TOKEN',value='hunter2-secret'] /commit:apphost",
      'appcmd set app S/api /applicationPool:P'
    ])
    expect(JSON.stringify(result)).not.toContain('hunter2-secret')
    expect(reporter.text()).not.toContain('hunter2-secret')
    expect(result.warnings.join('\n')).toMatch(/also serves Other\/.*one application per pool/)
  })

  it('binds the certificate only when the bound one differs (delete, then add)', async () => {
    const runner = new FakeRunner(
      {
        'appcmd list apppool P /text:*': ok(poolTree()),
        'appcmd list site S /text:*': ok(siteTree),
        'appcmd list app S/ /xml': ok(appXml('S/', 'P')),
        'appcmd list vdir S/ /xml': ok(vdirXml('S/', 'C:\\s')),
        'appcmd list apps /apppool.name:P': ok(''),
        'netsh http show sslcert ipport=0.0.0.0:443': ok(
          '    Certificate Hash             : 1111111111111111111111111111111111111111\r\n'
        )
      },
      ok('')
    )
    const { appcmd } = appcmdOver(runner)
    const result = await provisionSite({
      appcmd,
      site: 'S',
      appPool: 'P',
      physicalPath: 'C:\\s',
      bindings: ['http/*:80:', 'https/*:443:'],
      certificate: { thumbprint: THUMB },
      netsh: { runner, path: 'netsh' }
    })
    expect(runner.lines().filter((l) => !l.includes(' list ') && !l.includes(' show '))).toEqual([
      "appcmd set site S /+bindings.[protocol='https',bindingInformation='*:443:']",
      'netsh http delete sslcert ipport=0.0.0.0:443',
      `netsh http add sslcert ipport=0.0.0.0:443 certhash=${THUMB} appid={4dc3e181-e14b-4a21-b022-59fc669b0914} certstorename=My`
    ])
    expect(result.changes.map((c) => c.target)).toEqual(["site 'S'", 'certificate 0.0.0.0:443'])
  })

  it('validates every input up front, before anything runs', async () => {
    const runner = new FakeRunner({})
    const { appcmd } = appcmdOver(runner)
    const error = await provisionSite({
      appcmd,
      site: 'S',
      appPool: "P'",
      physicalPath: 'C:\\s',
      bindings: ['ftp/*:21:'],
      poolEnvironmentVariables: { 'BAD NAME': "it's" },
      certificate: { thumbprint: 'nope' },
      netsh: { runner, path: 'netsh' }
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputErrors)
    expect((error as InputErrors).errors.map((e) => e.input)).toEqual([
      'bindings',
      'pool-environment-variables',
      'pool-environment-variables',
      'app-pool',
      'certificate-thumbprint'
    ])
    expect(runner.calls).toHaveLength(0)
  })

  it('needs the site root folder to create a site for a sub-application', async () => {
    const runner = new FakeRunner({
      'appcmd list apppool P /text:*': ok(poolTree()),
      'appcmd list site S /text:*': notFound('SITE', 'S')
    })
    const { appcmd } = appcmdOver(runner)
    await expect(
      provisionSite({
        appcmd,
        site: 'S',
        application: '/api',
        appPool: 'P',
        physicalPath: 'C:\\api',
        dryRun: true
      })
    ).rejects.toThrow(/root folder is needed/)
  })
})
