import { describe, expect, it } from 'vitest'
import {
  Appcmd,
  AppcmdError,
  appIdentifier,
  backoffDelay,
  buildAddAppArgs,
  buildAddAppPoolArgs,
  buildAddPoolEnvironmentVariableArgs,
  buildAddSiteArgs,
  buildAddSiteBindingArgs,
  buildAppPoolStateArgs,
  buildAppPoolVerbArgs,
  buildDeleteAppPoolArgs,
  buildGetAuthenticationArgs,
  buildListAppsOfPoolArgs,
  buildListArgs,
  buildListWorkerProcessesArgs,
  buildRemovePoolEnvironmentVariableArgs,
  buildSetAppPoolArgs,
  buildSetAppPoolOfAppArgs,
  buildSetAuthenticationArgs,
  buildSetPhysicalPathArgs,
  buildSiteStateArgs,
  buildSiteVerbArgs,
  collectionEntries,
  configPath,
  decodeAppcmdResult,
  findAttribute,
  isConfigWriteCollision,
  normalizeApplicationPath,
  parseAppcmdError,
  parseObjectLines,
  parseObjectState,
  parseTextTree,
  parseTextValues,
  parseWorkerProcesses,
  rootVdirIdentifier,
  win32CodeOfHresult,
  type SiteBinding
} from '../../../src/steps/iis/appcmd.js'
import { FakeRunner } from '../../../test-support/fake-runner.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'
import { ToolError } from '../../../src/core/errors.js'
import type { Clock } from '../../../src/core/ports.js'

const http80: SiteBinding = { protocol: 'http', ip: '*', port: 80, host: '' }
const httpsHost: SiteBinding = { protocol: 'https', ip: '*', port: 443, host: 'shop.example.com' }

describe('identifiers', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['api', '/api'],
    ['/api/', '/api'],
    ['/a/b', '/a/b']
  ])('normalizeApplicationPath(%j) = %s', (input, expected) => {
    expect(normalizeApplicationPath(input)).toBe(expected)
  })

  it.each([
    ['My Site', '/', 'My Site/', 'My Site/', 'My Site'],
    ['My Site', '/api', 'My Site/api', 'My Site/api/', 'My Site/api'],
    ['Café', 'v1/', 'Café/v1', 'Café/v1/', 'Café/v1']
  ])('%s + %s → app %s, vdir %s, config %s (§3.1 ids)', (site, app, appId, vdirId, config) => {
    expect(appIdentifier(site, app)).toBe(appId)
    expect(rootVdirIdentifier(site, app)).toBe(vdirId)
    expect(configPath(site, app)).toBe(config)
  })
})

describe('builders (§3.2 grammar; one argv element per value)', () => {
  it.each<[string, string[], string[]]>([
    ['list one pool', buildListArgs('apppool', 'My Pool'), ['list', 'apppool', 'My Pool']],
    ['list pool state', buildAppPoolStateArgs('My "Pool"'), ['list', 'apppool', 'My "Pool"', '/xml']],
    ['list site state', buildSiteStateArgs('Ünïcode Site'), ['list', 'site', 'Ünïcode Site', '/xml']],
    ['list /text:*', buildListArgs('site', 'S', { text: '*' }), ['list', 'site', 'S', '/text:*']],
    [
      'list vdir prop',
      buildListArgs('vdir', 'S/', { text: 'physicalPath' }),
      ['list', 'vdir', 'S/', '/text:physicalPath']
    ],
    ['list apps of pool', buildListAppsOfPoolArgs('P 1'), ['list', 'apps', '/apppool.name:P 1']],
    ['list wps', buildListWorkerProcessesArgs('P 1'), ['list', 'wps', '/apppool.name:P 1']],
    ['stop pool', buildAppPoolVerbArgs('stop', 'My Pool'), ['stop', 'apppool', '/apppool.name:My Pool']],
    ['start pool', buildAppPoolVerbArgs('start', 'P'), ['start', 'apppool', '/apppool.name:P']],
    ['recycle pool', buildAppPoolVerbArgs('recycle', 'P'), ['recycle', 'apppool', '/apppool.name:P']],
    ['stop site', buildSiteVerbArgs('stop', 'My Site'), ['stop', 'site', '/site.name:My Site']],
    ['start site', buildSiteVerbArgs('start', 'S'), ['start', 'site', '/site.name:S']],
    [
      'add pool, No Managed Code is an empty value (§3.3)',
      buildAddAppPoolArgs('My Pool', {
        managedRuntimeVersion: '',
        managedPipelineMode: 'Integrated',
        identityType: 'ApplicationPoolIdentity',
        loadUserProfile: true
      }),
      [
        'add',
        'apppool',
        '/name:My Pool',
        '/managedRuntimeVersion:',
        '/managedPipelineMode:Integrated',
        '/processModel.identityType:ApplicationPoolIdentity',
        '/processModel.loadUserProfile:true'
      ]
    ],
    [
      'set pool',
      buildSetAppPoolArgs('P', { loadUserProfile: false, autoStart: false }),
      ['set', 'apppool', 'P', '/processModel.loadUserProfile:false', '/autoStart:false']
    ],
    ['delete pool', buildDeleteAppPoolArgs('P'), ['delete', 'apppool', 'P']],
    [
      'add site',
      buildAddSiteArgs({
        name: 'My Site',
        bindings: [http80, httpsHost],
        physicalPath: 'C:\\sites\\my site'
      }),
      [
        'add',
        'site',
        '/name:My Site',
        '/bindings:http/*:80:,https/*:443:shop.example.com',
        '/physicalPath:C:\\sites\\my site'
      ]
    ],
    [
      'add site without bindings',
      buildAddSiteArgs({ name: 'S', bindings: [], physicalPath: 'C:\\s' }),
      ['add', 'site', '/name:S', '/physicalPath:C:\\s']
    ],
    [
      'add https binding with SNI',
      buildAddSiteBindingArgs('S', httpsHost, true),
      [
        'set',
        'site',
        'S',
        "/+bindings.[protocol='https',bindingInformation='*:443:shop.example.com',sslFlags='1']"
      ]
    ],
    [
      'add http binding',
      buildAddSiteBindingArgs('S', { protocol: 'http', ip: '10.0.0.5', port: 8080, host: '' }),
      ['set', 'site', 'S', "/+bindings.[protocol='http',bindingInformation='10.0.0.5:8080:']"]
    ],
    [
      'add app',
      buildAddAppArgs({ site: 'S', path: 'api/', physicalPath: 'C:\\sites\\api', appPool: 'Api Pool' }),
      [
        'add',
        'app',
        '/site.name:S',
        '/path:/api',
        '/physicalPath:C:\\sites\\api',
        '/applicationPool:Api Pool'
      ]
    ],
    [
      'set app pool (root)',
      buildSetAppPoolOfAppArgs('S', '/', 'P'),
      ['set', 'app', 'S/', '/applicationPool:P']
    ],
    [
      'set app pool',
      buildSetAppPoolOfAppArgs('S', '/api', 'P'),
      ['set', 'app', 'S/api', '/applicationPool:P']
    ],
    [
      'set vdir path',
      buildSetPhysicalPathArgs('S', '/', 'C:\\releases\\42'),
      ['set', 'vdir', 'S/', '/physicalPath:C:\\releases\\42']
    ],
    [
      'pool env var add (§3.3)',
      buildAddPoolEnvironmentVariableArgs('My Pool', 'ConnectionStrings__Db', 'Server=.;Db=x, y "z"'),
      [
        'set',
        'config',
        '-section:system.applicationHost/applicationPools',
        `/+[name='My Pool'].environmentVariables.[name='ConnectionStrings__Db',value='Server=.;Db=x, y "z"']`,
        '/commit:apphost'
      ]
    ],
    [
      'pool env var remove (§3.3)',
      buildRemovePoolEnvironmentVariableArgs('P', 'FOO'),
      [
        'set',
        'config',
        '-section:system.applicationHost/applicationPools',
        "/-[name='P'].environmentVariables.[name='FOO']",
        '/commit:apphost'
      ]
    ],
    [
      'set windows auth',
      buildSetAuthenticationArgs('S', '/api', 'windows', true),
      [
        'set',
        'config',
        'S/api',
        '-section:system.webServer/security/authentication/windowsAuthentication',
        '/enabled:true',
        '/commit:apphost'
      ]
    ],
    [
      'get anonymous auth',
      buildGetAuthenticationArgs('S', '/', 'anonymous'),
      [
        'list',
        'config',
        'S',
        '-section:system.webServer/security/authentication/anonymousAuthentication',
        '/text:enabled'
      ]
    ]
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected)
  })

  it("rejects a ' in an indexer value (appcmd's [k='v'] grammar cannot express it)", () => {
    expect(() => buildAddPoolEnvironmentVariableArgs('P', 'N', "it's")).toThrow(/cannot contain/)
  })
})

describe('parseObjectLines (§3.1 default output)', () => {
  it.each<[string, string, { type: string; id: string; properties: Record<string, string> }[]]>([
    [
      'apppool',
      'APPPOOL "DefaultAppPool" (MgdVersion:v2.0,MgdMode:Integrated,state:Started)',
      [
        {
          type: 'APPPOOL',
          id: 'DefaultAppPool',
          properties: { MgdVersion: 'v2.0', MgdMode: 'Integrated', state: 'Started' }
        }
      ]
    ],
    [
      'site with a binding that ends in a colon',
      'SITE "Default Web Site" (id:1,bindings:HTTP/*:80:,state:Started)',
      [
        {
          type: 'SITE',
          id: 'Default Web Site',
          properties: { id: '1', bindings: 'HTTP/*:80:', state: 'Started' }
        }
      ]
    ],
    [
      'site with several bindings (commas and colons inside the value)',
      'SITE "Shop" (id:2,bindings:http/*:80:shop.example.com,https/*:443:shop.example.com,state:Stopped)',
      [
        {
          type: 'SITE',
          id: 'Shop',
          properties: {
            id: '2',
            bindings: 'http/*:80:shop.example.com,https/*:443:shop.example.com',
            state: 'Stopped'
          }
        }
      ]
    ],
    [
      'app',
      'APP "MySite/" (applicationPool:DefaultAppPool)',
      [{ type: 'APP', id: 'MySite/', properties: { applicationPool: 'DefaultAppPool' } }]
    ],
    [
      'vdir with a comma and a drive letter in the path',
      'VDIR "Default Web Site/" (physicalPath:C:\\inetpub\\a,D:\\x (old))',
      [{ type: 'VDIR', id: 'Default Web Site/', properties: { physicalPath: 'C:\\inetpub\\a,D:\\x (old)' } }]
    ],
    [
      'CRLF, blank lines and noise',
      '\r\nWP "3577" (applicationPool:P)\r\nsomething else\r\n',
      [{ type: 'WP', id: '3577', properties: { applicationPool: 'P' } }]
    ],
    ['nothing', '', []]
  ])('%s', (_name, stdout, expected) => {
    expect(parseObjectLines(stdout)).toEqual(expected)
  })
})

describe('parseWorkerProcesses (§3.1, §3.5)', () => {
  it.each([
    [
      'WP "3577" (applicationPool:DefaultAppPool)\r\nWP "4100" (applicationPool:DefaultAppPool)\r\n',
      [3577, 4100]
    ],
    ['WP "12" (apppool:P)', [12]],
    ['', []],
    ['APP "S/" (applicationPool:P)', []]
  ])('%j → %j', (stdout, pids) => {
    expect(parseWorkerProcesses(stdout).map((wp) => wp.pid)).toEqual(pids)
  })
})

describe('parseTextValues and parseObjectState (§3.2 /text:state)', () => {
  it.each([
    ['Started\r\n', ['Started']],
    ['a\nb\n\n', ['a', 'b']],
    ['', []]
  ])('%j → %j', (stdout, values) => {
    expect(parseTextValues(stdout)).toEqual(values)
  })

  it.each([
    ['Started', 'Started'],
    ['stopped\r\n', 'Stopped'],
    ['Stopping', 'Stopping'],
    ['Starting', 'Starting'],
    ['Unknown', 'Unknown'],
    ['garbage', undefined]
  ])('%j → %s', (text, state) => {
    expect(parseObjectState(text)).toBe(state)
  })
})

describe('parseTextTree (/text:*)', () => {
  const pool = [
    'APPPOOL',
    '  APPPOOL.NAME:"My Pool"',
    '  PipelineMode:"Integrated"',
    '  RuntimeVersion:""',
    '  state:"Started"',
    '  [add]',
    '    name:"My Pool"',
    '    managedRuntimeVersion:""',
    '    managedPipelineMode:"Integrated"',
    '    [processModel]',
    '      identityType:"ApplicationPoolIdentity"',
    '      loadUserProfile:"true"',
    '    [recycling]',
    '      [periodicRestart]',
    '        time:"1.05:00:00"',
    '    [environmentVariables]',
    '      [add]',
    '        name:"A"',
    '        value:"x:"y"',
    '      [add]',
    '        name:"B"',
    '        value:""',
    ''
  ].join('\r\n')

  it('reads attributes by dotted path, wherever the section sits', () => {
    const [tree] = parseTextTree(pool)
    expect(tree).toBeDefined()
    if (!tree) return
    expect(tree.name).toBe('APPPOOL')
    expect(findAttribute(tree, 'state')).toBe('Started')
    expect(findAttribute(tree, 'managedRuntimeVersion')).toBe('')
    expect(findAttribute(tree, 'processModel.identityType')).toBe('ApplicationPoolIdentity')
    expect(findAttribute(tree, 'processModel.loadUserProfile')).toBe('true')
    expect(findAttribute(tree, 'recycling.periodicRestart.time')).toBe('1.05:00:00')
    expect(findAttribute(tree, 'processModel.missing')).toBeUndefined()
    expect(collectionEntries(tree, 'environmentVariables')).toEqual([
      { name: 'A', value: 'x:"y' },
      { name: 'B', value: '' }
    ])
  })

  it('splits several objects', () => {
    expect(parseTextTree('SITE\n  SITE.NAME:"a"\nSITE\n  SITE.NAME:"b"\n').map((n) => n.attributes)).toEqual([
      { 'SITE.NAME': 'a' },
      { 'SITE.NAME': 'b' }
    ])
  })
})

describe('parseAppcmdError and decodeAppcmdResult (§3.4)', () => {
  it.each<[string, string, string | undefined, string]>([
    [
      'hresult + message',
      'ERROR ( hresult:800710d8, message:Command execution failed. The object identifier does not represent a valid object. )',
      '800710d8',
      'Command execution failed. The object identifier does not represent a valid object.'
    ],
    [
      'message only',
      'ERROR ( message:Cannot find APPPOOL object with identifier "X". )',
      undefined,
      'Cannot find APPPOOL object with identifier "X".'
    ],
    [
      'multi-line message with parentheses',
      'ERROR ( hresult:80070021, message:Command execution failed.\r\nThis configuration section cannot be used at this path (locked at a parent level).\r\n )\r\n',
      '80070021',
      'Command execution failed. This configuration section cannot be used at this path (locked at a parent level).'
    ],
    [
      'upper-case hresult',
      'ERROR ( hresult:80070426, message:Command execution failed. The service has not been started. )',
      '80070426',
      'Command execution failed. The service has not been started.'
    ]
  ])('%s', (_name, output, hresult, message) => {
    expect(parseAppcmdError(output)).toEqual(hresult ? { hresult, message } : { message })
  })

  it.each([
    ['800710d8', 4312],
    ['80070426', 1062],
    ['80070420', 1056],
    ['80070490', 1168],
    ['80070005', 5]
  ])('HRESULT %s → code %i (low 16 bits)', (hresult, code) => {
    expect(win32CodeOfHresult(hresult)).toBe(code)
  })

  it.each<[string, number, string, number | undefined]>([
    ['success', 0, 'APPPOOL object "P" changed', undefined],
    // 1062 arrives as 38 on Linux: the hresult decides (§3.4).
    [
      'already stopped, exit truncated',
      38,
      'ERROR ( hresult:80070426, message:Command execution failed. The service has not been started. )',
      1062
    ],
    [
      'already started, exit truncated',
      32,
      'ERROR ( hresult:80070420, message:Command execution failed. An instance of the service is already running. )',
      1056
    ],
    [
      'not found, no hresult, exit truncated',
      144,
      'ERROR ( message:Cannot find SITE object with identifier "S". )',
      1168
    ],
    ['duplicate', 183, 'ERROR ( message:Failed to add duplicate collection element "P". )', 183],
    ['unknown message: exit code', 13, 'ERROR ( message:Something odd. )', 13],
    ['no error text, non-zero exit', 3, 'boom', 3]
  ])('%s', (_name, exitCode, stdout, code) => {
    const failure = decodeAppcmdResult({ exitCode, stdout, stderr: '' })
    expect(failure?.code).toBe(code)
  })
})

describe('isConfigWriteCollision (peers §3 item 10)', () => {
  const failure = (message: string, code: number) => ({ code, message, exitCode: code })
  it.each<[string[], string, number, boolean]>([
    [['set', 'apppool', 'P'], 'Cannot write configuration file', 13, true],
    [
      ['add', 'site'],
      'Command execution failed. The process cannot access the file because it is being used by another process.',
      32,
      true
    ],
    [['set', 'config'], 'Cannot commit configuration changes because the file has changed on disk', 1, true],
    [
      ['start', 'site'],
      'The process cannot access the file because it is being used by another process.',
      32,
      false
    ],
    [['list', 'apppool'], 'Cannot write configuration file', 13, false],
    [
      ['set', 'config'],
      'This configuration section cannot be used at this path. locked at a parent level',
      33,
      false
    ]
  ])('%j %s → %s', (args, message, code, expected) => {
    expect(isConfigWriteCollision(args, failure(message, code))).toBe(expected)
  })
})

describe('Appcmd runner', () => {
  function fakeClock(): Clock & { slept: number[] } {
    let now = 0
    const slept: number[] = []
    return {
      slept,
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms)
        now += ms
      }
    }
  }

  it('retries a configuration write collision with jittered backoff, then succeeds', async () => {
    const collision = { exitCode: 13, stdout: 'ERROR ( message:Cannot write configuration file )' }
    const runner = new FakeRunner({
      'appcmd set apppool P /autoStart:false': [
        collision,
        collision,
        { stdout: 'APPPOOL object "P" changed' }
      ]
    })
    const clock = fakeClock()
    const reporter = new MemoryReporter()
    const appcmd = new Appcmd({ runner, path: 'appcmd', reporter, clock, random: () => 0.5 })
    await appcmd.run(buildSetAppPoolArgs('P', { autoStart: false }))
    expect(runner.calls).toHaveLength(3)
    expect(clock.slept).toEqual([188, 375]) // 250/2 + 0.5*125, 500/2 + 0.5*250
    expect(reporter.warnings[0]).toMatch(/being written by someone else.*attempt 2 of 5/)
  })

  it('gives up after the configured attempts with an AppcmdError (a ToolError) naming the command and fix', async () => {
    const runner = new FakeRunner(
      {},
      { exitCode: 13, stdout: 'ERROR ( message:Cannot write configuration file )' }
    )
    const appcmd = new Appcmd({
      runner,
      path: 'appcmd',
      reporter: new MemoryReporter(),
      clock: fakeClock(),
      retry: { attempts: 2 }
    })
    const error = await appcmd.run(['set', 'apppool', 'My Pool', '/autoStart:true']).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppcmdError)
    expect(error).toBeInstanceOf(ToolError)
    expect((error as AppcmdError).message).toContain('appcmd set apppool "My Pool" /autoStart:true failed')
    expect(runner.calls).toHaveLength(2)
  })

  it.each<[string, number, RegExp]>([
    ['ERROR ( hresult:80070005, message:Access is denied. )', 5, /Run elevated/],
    [
      'ERROR ( message:Cannot find APPPOOL object with identifier "P". )',
      1168,
      /does not exist.*create: true/
    ],
    [
      'ERROR ( hresult:80070021, message:This configuration section cannot be used at this path. This happens when the section is locked at a parent level. )',
      33,
      /unlock/
    ],
    ['ERROR ( hresult:8007052e, message:Logon failure )', 1326, /password/]
  ])('a failure carries the code decided from the text and a fix: %s', async (stdout, code, fix) => {
    const runner = new FakeRunner({}, { exitCode: code & 0xff, stdout })
    const appcmd = new Appcmd({ runner, path: 'appcmd', reporter: new MemoryReporter(), clock: fakeClock() })
    const error = (await appcmd
      .run(['set', 'apppool', 'P', '/autoStart:true'])
      .catch((e: unknown) => e)) as AppcmdError
    expect(error.code).toBe(code)
    expect(error.fix).toMatch(fix)
  })

  it('masks secrets in logged command lines and errors', async () => {
    const reporter = new MemoryReporter()
    reporter.registerSecret('s3cr3t!')
    const runner = new FakeRunner({}, { exitCode: 87, stdout: 'ERROR ( message:Bad value s3cr3t! )' })
    const appcmd = new Appcmd({ runner, path: 'appcmd', reporter, clock: fakeClock() })
    const error = (await appcmd
      .run(buildAddPoolEnvironmentVariableArgs('P', 'KEY', 's3cr3t!'))
      .catch((e: unknown) => e)) as AppcmdError
    expect(error.message).not.toContain('s3cr3t!')
    expect(reporter.text()).not.toContain('s3cr3t!')
    expect(runner.calls[0]?.args[3]).toContain('s3cr3t!') // the tool itself gets the value
    expect(runner.calls[0]?.options.silent).toBe(true)
  })

  it('reads state, treats a missing object as undefined, and lists worker PIDs', async () => {
    const runner = new FakeRunner({
      'appcmd list apppool P /xml': {
        stdout:
          '<?xml version="1.0" encoding="UTF-8"?>\r\n<appcmd>\r\n    <APPPOOL APPPOOL.NAME="P" PipelineMode="Integrated" RuntimeVersion="" state="Stopped" />\r\n</appcmd>\r\n'
      },
      'appcmd list apppool Nope /xml': {
        exitCode: 144,
        stdout: 'ERROR ( message:Cannot find APPPOOL object with identifier "Nope". )'
      },
      'appcmd list wps /apppool.name:P': {
        stdout: 'WP "10" (applicationPool:P)\nWP "11" (applicationPool:P)\n'
      },
      'appcmd list wps /apppool.name:Q': { exitCode: 1, stdout: '' }
    })
    const appcmd = new Appcmd({ runner, path: 'appcmd', reporter: new MemoryReporter(), clock: fakeClock() })
    expect(await appcmd.getAppPoolState('P')).toBe('Stopped')
    expect(await appcmd.getAppPoolState('Nope')).toBeUndefined()
    expect(await appcmd.listWorkerProcesses('P')).toEqual([10, 11])
    expect(await appcmd.listWorkerProcesses('Q')).toEqual([])
  })

  it('backoffDelay grows and is capped', () => {
    const policy = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000 }
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy, () => 1))).toEqual([
      100, 200, 400, 800, 1000, 1000
    ])
    expect(backoffDelay(3, policy, () => 0)).toBe(400)
  })
})
