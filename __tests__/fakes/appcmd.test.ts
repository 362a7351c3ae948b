// The fake appcmd accepts the real grammar and prints the real formats and error lines (windows-facts §3).
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ProcessRunner } from '../../src/runtime/process-runner.js'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { linuxExit } from './helpers.js'

let iis: FakeIis
const appcmd = (...args: string[]) => iis.run('appcmd', args)

beforeAll(async () => {
  iis = await createFakeIis({ defaultSite: false })
  iis.addPool('Existing', { managedRuntimeVersion: '' })
  iis.addPool('Stopped', { state: 'Stopped' })
  await iis.addSite({ name: 'Shop', pool: 'Existing', physicalPath: 'C:\\sites\\shop', state: 'Stopped' })
})
afterAll(() => iis.dispose())

describe('output formats (§3.1, §3.2)', () => {
  it.each([
    [['list', 'apppool', 'Existing'], 'APPPOOL "Existing" (MgdVersion:,MgdMode:Integrated,state:Started)'],
    [
      ['list', 'apppools', '/apppool.name:Existing'],
      'APPPOOL "Existing" (MgdVersion:,MgdMode:Integrated,state:Started)'
    ],
    [['list', 'apppool', '-apppool.name:Existing', '/text:state'], 'Started'],
    [['list', 'apppool', 'existing', '/text:managedRuntimeVersion'], ''],
    [['list', 'apppool', 'Existing', '/text:processModel.identityType'], 'ApplicationPoolIdentity'],
    [['list', 'apppools', '/state:Stopped', '/text:name'], 'Stopped'],
    [['list', 'site', 'Shop'], /^SITE "Shop" \(id:\d+,bindings:http\/\*:\d+:,state:Stopped\)$/],
    [['list', 'app', 'Shop/'], 'APP "Shop/" (applicationPool:Existing)'],
    [['list', 'apps', '/apppool.name:Existing'], 'APP "Shop/" (applicationPool:Existing)'],
    [['list', 'apps', '/apppool.name:Nobody'], ''],
    [['list', 'vdir', 'Shop/'], 'VDIR "Shop/" (physicalPath:C:\\sites\\shop)'],
    [['list', 'vdir', 'Shop/', '/text:physicalPath'], 'C:\\sites\\shop'],
    [['list', 'wps', '/apppool.name:Existing'], '']
  ])('appcmd %j prints %s', async (args, expected) => {
    const r = await appcmd(...args)
    expect(r.exitCode).toBe(0)
    if (typeof expected === 'string') expect(r.stdout.trimEnd()).toBe(expected)
    else expect(r.stdout.trimEnd()).toMatch(expected)
  })

  it('prints the property tree for /text:* and the identity attributes for /xml', async () => {
    const star = await appcmd('list', 'apppool', 'Existing', '/text:*')
    expect(star.stdout).toContain(
      'APPPOOL\n  APPPOOL.NAME:"Existing"\n  PipelineMode:"Integrated"\n  RuntimeVersion:""'
    )
    expect(star.stdout).toMatch(/\[processModel\]\n\s+identityType:"ApplicationPoolIdentity"/)
    const xml = await appcmd('list', 'apppool', 'Existing', '/xml')
    expect(xml.stdout).toContain(
      '<APPPOOL APPPOOL.NAME="Existing" PipelineMode="Integrated" RuntimeVersion="" state="Started" />'
    )
  })
})

it('runs through the project ProcessRunner with toolEnv', async () => {
  const r = await new ProcessRunner().run('appcmd', ['list', 'apppool', 'Existing', '/text:state'], {
    env: iis.toolEnv
  })
  expect(r).toMatchObject({ exitCode: 0, stdout: 'Started\n' })
})

describe('errors and exit codes (§3.4)', () => {
  it.each([
    [
      ['list', 'apppool', 'Nope'],
      'ERROR ( message:Cannot find APPPOOL object with identifier "Nope". )',
      1168
    ],
    [
      ['stop', 'apppool', '/apppool.name:Stopped'],
      'ERROR ( hresult:80070426, message:Command execution failed. The service has not been started. )',
      1062
    ],
    [
      ['start', 'apppool', 'Existing'],
      'ERROR ( hresult:80070420, message:Command execution failed. An instance of the service is already running. )',
      1056
    ],
    [
      ['add', 'apppool', '/name:Existing'],
      'ERROR ( message:Failed to add duplicate collection element "Existing". )',
      183
    ],
    [
      ['set', 'site', 'Nope', '/serverAutoStart:false'],
      'ERROR ( message:Cannot find SITE object with identifier "Nope". )',
      1168
    ],
    [
      ['set', 'apppool', 'Existing', '/autoStart:maybe'],
      'ERROR ( hresult:80070057, message:Failed to process attribute "autoStart".  Invalid value "maybe". )',
      87
    ],
    [
      ['set', 'apppool', 'Existing', '/bogus:1'],
      'ERROR ( message:Unknown attribute "bogus".  Replace with -? for help. )',
      87
    ],
    [['frobnicate', 'apppool'], /^ERROR \( message:Command "frobnicate" is not supported/, 87]
  ])('appcmd %j fails with %s', async (args, line, code) => {
    const r = await appcmd(...args)
    if (typeof line === 'string') expect(r.stdout.trimEnd()).toBe(line)
    else expect(r.stdout).toMatch(line)
    expect(r.exitCode).toBe(linuxExit(code))
  })

  it('sets the root application pool through the site collection indexer', async () => {
    const r = await appcmd('set', 'site', 'Shop', "/[path='/'].applicationPool:Stopped")
    expect(r.stdout.trim()).toBe('SITE object "Shop" changed')
    expect((await appcmd('list', 'app', 'Shop/', '/text:applicationPool')).stdout.trim()).toBe('Stopped')
    await appcmd('set', 'app', 'Shop/', '/applicationPool:Existing')
  })

  it('changes nothing when a command fails half-way', async () => {
    const r = await appcmd('set', 'apppool', 'Existing', '/autoStart:false', '/startMode:Sometimes')
    expect(r.exitCode).toBe(linuxExit(87))
    expect((await appcmd('list', 'apppool', 'Existing', '/text:autoStart')).stdout.trim()).toBe('true')
  })
})

describe('create and configure (§3.2, §3.3)', () => {
  it('adds a site with its root application and virtual directory, then an application', async () => {
    const port = await iis.freePort()
    const root = fs.mkdtempSync(path.join(iis.root, 'blog-'))
    const add = await appcmd(
      'add',
      'site',
      '/name:Blog',
      `/bindings:http/*:${port}:blog.local`,
      `/physicalPath:${root}`
    )
    expect(add.stdout.trimEnd()).toBe(
      'SITE object "Blog" added\nAPP object "Blog/" added\nVDIR object "Blog/" added'
    )
    expect((await appcmd('list', 'site', 'Blog', '/text:state')).stdout.trim()).toBe('Started')

    const api = await appcmd(
      'add',
      'app',
      '/site.name:Blog',
      '/path:/api',
      '/physicalPath:C:\\sites\\api',
      '/applicationPool:Existing'
    )
    expect(api.stdout.trimEnd()).toBe('APP object "Blog/api" added\nVDIR object "Blog/api/" added')
    expect((await appcmd('add', 'app', '/site.name:Blog', '/path:/api')).exitCode).toBe(linuxExit(183))
    expect((await appcmd('add', 'app', '/site.name:Nope', '/path:/x')).exitCode).toBe(linuxExit(1168))

    expect((await appcmd('set', 'app', 'Blog/api', '/applicationPool:Stopped')).stdout.trim()).toBe(
      'APP object "Blog/api" changed'
    )
    expect((await appcmd('list', 'apps', '/apppool.name:Stopped')).stdout.trim()).toBe(
      'APP "Blog/api" (applicationPool:Stopped)'
    )
    expect((await appcmd('set', 'vdir', 'Blog/api/', '/physicalPath:/srv/api-v2')).stdout.trim()).toBe(
      'VDIR object "Blog/api/" changed'
    )
    expect((await appcmd('list', 'vdir', 'Blog/api/', '/text:physicalPath')).stdout.trim()).toBe(
      '/srv/api-v2'
    )
    expect((await appcmd('set', 'vdir', 'Blog/', '/physicalPath:C:\\sites\\blog-v2')).exitCode).toBe(0)
    expect((await appcmd('list', 'vdirs', '/app.name:Blog/', '/text:physicalPath')).stdout.trim()).toBe(
      'C:\\sites\\blog-v2'
    )
    expect(
      (await appcmd('add', 'vdir', '/app.name:Blog/', '/path:/files', '/physicalPath:/data')).stdout.trim()
    ).toBe('VDIR object "Blog/files" added')

    expect((await appcmd('delete', 'app', 'Blog/api')).stdout.trim()).toBe('APP object "Blog/api" deleted')
    expect((await appcmd('delete', 'site', 'Blog')).stdout.trim()).toBe('SITE object "Blog" deleted')
    expect(iis.readState().vdirs.some((v) => v.site === 'Blog')).toBe(false)
  })

  it('replaces and adds bindings', async () => {
    await appcmd('set', 'site', 'Shop', '/bindings:http/*:8080:shop.example,https/*:443:shop.example')
    const r = await appcmd(
      'set',
      'site',
      '/site.name:Shop',
      "/+bindings.[protocol='https',bindingInformation='*:8443:shop.example',sslFlags='1']"
    )
    expect(r.stdout.trim()).toBe('SITE object "Shop" changed')
    expect((await appcmd('list', 'site', 'Shop', '/text:bindings')).stdout.trim()).toBe(
      'http/*:8080:shop.example,https/*:443:shop.example,https/*:8443:shop.example'
    )
    expect(iis.readState().sites.find((s) => s.name === 'Shop')?.bindings[2]?.sslFlags).toBe('1')
    const dup = await appcmd(
      'set',
      'site',
      'Shop',
      "/+bindings.[protocol='https',bindingInformation='*:443:shop.example']"
    )
    expect(dup.exitCode).toBe(linuxExit(183))
  })

  it('creates a No Managed Code pool with identity, profile and start settings (§3.3)', async () => {
    const add = await appcmd(
      'add',
      'apppool',
      '/name:Api',
      '/managedRuntimeVersion:',
      '/managedPipelineMode:Integrated'
    )
    expect(add.stdout.trim()).toBe('APPPOOL object "Api" added')
    const set = await appcmd(
      'set',
      'apppool',
      'Api',
      '/processModel.identityType:SpecificUser',
      '/processModel.userName:CORP\\svc-api',
      '/processModel.loadUserProfile:true',
      '/autoStart:false',
      '/startMode:AlwaysRunning'
    )
    expect(set.stdout.trim()).toBe('APPPOOL object "Api" changed')
    const pool = iis.readState().pools.find((p) => p.name === 'Api')
    expect(pool).toMatchObject({
      managedRuntimeVersion: '',
      autoStart: false,
      startMode: 'AlwaysRunning',
      processModel: { identityType: 'SpecificUser', userName: 'CORP\\svc-api', loadUserProfile: true }
    })
  })

  it('round-trips names and values with spaces, quotes and non-ASCII characters', async () => {
    const name = 'Pool "Ünïcødé" ☃'
    expect((await appcmd('add', 'apppool', `/name:${name}`)).exitCode).toBe(0)
    expect((await appcmd('list', 'apppool', name, '/text:name')).stdout.trim()).toBe(name)
    const add = await appcmd(
      'set',
      'config',
      '-section:system.applicationHost/applicationPools',
      `/+[name='${name}'].environmentVariables.[name='GREETING',value='it''s "grüß" ☃ ok']`,
      '/commit:apphost'
    )
    expect(add.stdout.trim()).toBe(
      'Applied configuration changes to section "system.applicationHost/applicationPools" for "MACHINE/WEBROOT/APPHOST" at configuration commit path "MACHINE/WEBROOT/APPHOST"'
    )
    const pool = iis.readState().pools.find((p) => p.name === name)
    expect(pool?.environmentVariables).toEqual([{ name: 'GREETING', value: 'it\'s "grüß" ☃ ok' }])
  })
})

describe('set config (§3.3 environment variables, authentication)', () => {
  it('adds and removes app pool environment variables', async () => {
    const section = '-section:system.applicationHost/applicationPools'
    const add = (n: string) =>
      appcmd(
        'set',
        'config',
        section,
        `/+[name='Existing'].environmentVariables.[name='${n}',value='1']`,
        '/commit:apphost'
      )
    expect((await add('A')).exitCode).toBe(0)
    const dup = await add('A')
    expect(dup.exitCode).toBe(linuxExit(183))
    expect(dup.stdout).toContain(
      "Cannot add duplicate collection entry of type 'add' with unique key attribute 'name' set to 'A'"
    )
    const remove = await appcmd(
      'set',
      'config',
      section,
      "/-[name='Existing'].environmentVariables.[name='A']",
      '/commit:apphost'
    )
    expect(remove.exitCode).toBe(0)
    const again = await appcmd(
      'set',
      'config',
      section,
      "/-[name='Existing'].environmentVariables.[name='A']",
      '/commit:apphost'
    )
    expect(again.stdout.trim()).toBe('ERROR ( message:Cannot find requested collection element. )')
    const malformed = await appcmd(
      'set',
      'config',
      section,
      "/+[name=Existing].environmentVariables.[name='B']"
    )
    expect(malformed.stdout).toContain('Malformed collection indexer')
  })

  it.each(['anonymousAuthentication', 'windowsAuthentication', 'basicAuthentication'])(
    'sets and reads %s for an application with /commit:apphost',
    async (auth) => {
      const section = `-section:system.webServer/security/authentication/${auth}`
      const before = (await appcmd('list', 'config', 'Shop/', section, '/text:enabled')).stdout.trim()
      expect(before).toBe(auth === 'anonymousAuthentication' ? 'true' : 'false')
      const value = before === 'true' ? 'false' : 'true'
      const set = await appcmd('set', 'config', 'Shop/', section, `/enabled:${value}`, '/commit:apphost')
      expect(set.stdout.trim()).toBe(
        `Applied configuration changes to section "system.webServer/security/authentication/${auth}" for "MACHINE/WEBROOT/APPHOST/Shop/" at configuration commit path "MACHINE/WEBROOT/APPHOST"`
      )
      expect((await appcmd('list', 'config', 'Shop/', section, '/text:enabled')).stdout.trim()).toBe(value)
      // A child path inherits from the site.
      expect((await appcmd('list', 'config', 'Shop/sub', section, '/text:enabled')).stdout.trim()).toBe(value)
    }
  )

  it('refuses an authentication section below apphost without /commit:apphost (locked by default)', async () => {
    const r = await appcmd('set', 'config', 'Shop', '-section:anonymousAuthentication', '/enabled:false')
    expect(r.stdout).toMatch(/^ERROR \( hresult:80070021, message:Configuration error/)
    expect(r.stdout).toContain('This configuration section cannot be used at this path.')
    expect(r.exitCode).toBe(linuxExit(0x21))
  })
})

describe('fault injection', () => {
  it('fails a matching command once with the given HRESULT', async () => {
    iis.addFault({
      match: 'stop apppool Existing',
      times: 1,
      hresult: '80070005',
      message: 'Access is denied.'
    })
    const first = await appcmd('stop', 'apppool', '/apppool.name:Existing')
    expect(first.stdout.trim()).toBe('ERROR ( hresult:80070005, message:Access is denied. )')
    expect(first.exitCode).toBe(linuxExit(5))
    expect((await appcmd('list', 'apppool', 'Existing', '/text:state')).stdout.trim()).toBe('Started')
    const second = await appcmd('stop', 'apppool', '/apppool.name:Existing')
    expect(second.stdout.trim()).toBe('"Existing" successfully stopped.')
    await appcmd('start', 'apppool', 'Existing')
  })

  it('collides on configuration writes for N calls ("Cannot write configuration file", peers §3 item 10)', async () => {
    iis.addFault({ kind: 'configLocked', times: 2 })
    const results = [
      await appcmd('set', 'apppool', 'Existing', '/queueLength:2000'),
      await appcmd('list', 'apppool', 'Existing', '/text:queueLength'),
      await appcmd('set', 'apppool', 'Existing', '/queueLength:2000'),
      await appcmd('set', 'apppool', 'Existing', '/queueLength:2000')
    ]
    expect(results.map((r) => r.exitCode)).toEqual([linuxExit(32), 0, linuxExit(32), 0])
    expect(results[0]?.stdout).toMatch(
      /^ERROR \( hresult:80070020, message:Filename: .*applicationHost\.config\nError: Cannot write configuration file/
    )
    expect(results[1]?.stdout.trim()).toBe('1000')
    expect((await appcmd('list', 'apppool', 'Existing', '/text:queueLength')).stdout.trim()).toBe('2000')
  })

  it('keeps a log of every command it ran', () => {
    expect(iis.readState().log).toContain('appcmd list apppool Existing /text:queueLength')
  })
})
