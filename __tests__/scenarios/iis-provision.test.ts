// Provisioning, access and IIS features against the fake IIS (appcmd, netsh, icacls, dism) through the real
// ProcessRunner: a fresh site is created, the second run changes nothing and says so (issue 3 acceptance).

import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { provisionSite, type ProvisionSiteOptions } from '../../src/steps/iis/provision.js'
import { grantAccess } from '../../src/steps/iis/permissions.js'
import { ensureIisFeatures } from '../../src/steps/iis/iis-features.js'
import { NodeHttpClient } from '../../src/runtime/http-client.js'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'
import { fakeAppcmd, FakeIisRunner, toolPath } from '../steps/iis/scenario-helpers.js'

const THUMB = 'a909502dd82ae41433e6f83886b00d4277a32a7b'
let iis: FakeIis
beforeEach(async () => {
  iis = await createFakeIis({ defaultSite: false })
})
afterEach(async () => {
  await iis.dispose()
})

describe('provisionSite against the fake IIS', () => {
  it('creates a fresh site with everything; the second run changes nothing and says so', async () => {
    const port = await iis.freePort()
    const physicalPath = iis.publishApp({ body: 'Shop is up' })
    const options = (): Omit<ProvisionSiteOptions, 'appcmd'> => ({
      site: 'Shop Site',
      appPool: 'Shop Pool',
      physicalPath,
      bindings: [`http/*:${port}:`, 'https/*:443:shop.example.com'],
      authentication: { anonymous: false, windows: true },
      poolEnvironmentVariables: { ASPNETCORE_ENVIRONMENT: 'Staging', Feature__Text: 'a, b "c" – ü' },
      secretPoolEnvironmentVariables: { ConnectionStrings__Db: 'Server=db;Password=p@ss w0rd!' },
      certificate: { thumbprint: THUMB.toUpperCase() },
      netsh: { runner: new FakeIisRunner(iis), path: toolPath(iis, 'netsh') }
    })

    const first = fakeAppcmd(iis)
    const created = await provisionSite({ appcmd: first.appcmd, ...options() })
    expect(created.changes.map((c) => c.target)).toEqual([
      "app pool 'Shop Pool'",
      "app pool 'Shop Pool'",
      "app pool 'Shop Pool'",
      "app pool 'Shop Pool'",
      "site 'Shop Site'",
      "application 'Shop Site/'",
      "application 'Shop Site/'",
      "application 'Shop Site/'",
      'certificate shop.example.com:443'
    ])
    const state = iis.readState()
    const pool = state.pools.find((p) => p.name === 'Shop Pool')
    expect(pool).toMatchObject({
      managedRuntimeVersion: '',
      managedPipelineMode: 'Integrated',
      processModel: { identityType: 'ApplicationPoolIdentity', loadUserProfile: true }
    })
    expect(pool?.environmentVariables).toEqual([
      { name: 'ASPNETCORE_ENVIRONMENT', value: 'Staging' },
      { name: 'Feature__Text', value: 'a, b "c" – ü' },
      { name: 'ConnectionStrings__Db', value: 'Server=db;Password=p@ss w0rd!' }
    ])
    expect(state.sites.find((s) => s.name === 'Shop Site')?.bindings).toEqual([
      { protocol: 'http', bindingInformation: `*:${port}:`, sslFlags: '0' },
      { protocol: 'https', bindingInformation: '*:443:shop.example.com', sslFlags: '1' }
    ])
    expect(state.apps).toEqual([
      expect.objectContaining({ site: 'Shop Site', path: '/', applicationPool: 'Shop Pool' })
    ])
    expect(state.sslCerts).toEqual([
      expect.objectContaining({ hostnameport: 'shop.example.com:443', certhash: THUMB })
    ])
    expect(first.reporter.text()).not.toContain('p@ss w0rd!')
    expect(JSON.stringify(created)).not.toContain('p@ss w0rd!')
    // The site serves the app from the new pool, which passes its environment variables to the app.
    const client = new NodeHttpClient()
    expect((await client.get(`http://127.0.0.1:${port}/health`)).body).toBe('Shop is up')
    expect((await client.get(`http://127.0.0.1:${port}/env/ASPNETCORE_ENVIRONMENT`)).body).toBe('Staging')

    const second = fakeAppcmd(iis)
    const again = await provisionSite({ appcmd: second.appcmd, ...options() })
    expect(again.changes).toEqual([])
    expect(second.runner.writes()).toEqual([])
    expect(second.reporter.messages('info').join('\n')).toMatch(/Provisioning: nothing to change/)
  })

  it('adds a sub-application with its own pool, fixes a drifted pool, and warns about a shared pool', async () => {
    await iis.addSite({ name: 'Main' })
    const apiPath = iis.publishApp({ name: 'Api' })
    iis.addPool('Api Pool', { managedRuntimeVersion: 'v4.0' })
    const { appcmd, runner } = fakeAppcmd(iis)
    const result = await provisionSite({
      appcmd,
      site: 'Main',
      application: '/api',
      appPool: 'Api Pool',
      physicalPath: apiPath
    })
    expect(runner.writes()).toEqual([
      'appcmd set apppool Api Pool /managedRuntimeVersion: /processModel.loadUserProfile:true',
      `appcmd add app /site.name:Main /path:/api /physicalPath:${apiPath} /applicationPool:Api Pool`
    ])
    expect(result.warnings).toEqual([])

    // A second application in the same pool: in-process hosting needs one pool per app.
    const otherPath = iis.publishApp({ name: 'Other' })
    const shared = await provisionSite({
      appcmd,
      site: 'Main',
      application: '/other',
      appPool: 'Api Pool',
      physicalPath: otherPath
    })
    expect(shared.warnings.join('\n')).toMatch(/'Api Pool' also serves Main\/api.*one application per pool/)
  })

  it('drift: changes exactly what differs (env value, certificate, physical path, identity)', async () => {
    const port = await iis.freePort()
    const netsh = { runner: new FakeIisRunner(iis), path: toolPath(iis, 'netsh') }
    const first = iis.publishApp()
    const options: Omit<ProvisionSiteOptions, 'appcmd'> = {
      site: 'S',
      appPool: 'P',
      physicalPath: first,
      bindings: [`http/*:${port}:`, 'https/*:443:'],
      poolEnvironmentVariables: { MODE: 'blue' },
      certificate: { thumbprint: THUMB },
      netsh
    }
    await provisionSite({ appcmd: fakeAppcmd(iis).appcmd, ...options })
    const second = iis.publishApp()
    const other = '1111111111111111111111111111111111111111'
    const { appcmd, runner } = fakeAppcmd(iis)
    const result = await provisionSite({
      appcmd,
      ...options,
      physicalPath: second,
      poolIdentity: 'NetworkService',
      poolEnvironmentVariables: { MODE: 'green' },
      certificate: { thumbprint: other },
      netsh: { runner, path: toolPath(iis, 'netsh') }
    })
    expect(result.changes.map((c) => c.description)).toEqual([
      "identity 'ApplicationPoolIdentity' → NetworkService",
      "change environment variable MODE to 'green'",
      `physical path ${first} → ${second}`,
      `certificate ${THUMB} → ${other}`
    ])
    expect(runner.writes()).toEqual([
      'appcmd set apppool P /processModel.identityType:NetworkService',
      "appcmd set config -section:system.applicationHost/applicationPools /-[name='P'].environmentVariables.[name='MODE'] /commit:apphost",
      "appcmd set config -section:system.applicationHost/applicationPools /+[name='P'].environmentVariables.[name='MODE',value='green'] /commit:apphost",
      `appcmd set vdir S/ /physicalPath:${second}`,
      'netsh http delete sslcert ipport=0.0.0.0:443',
      `netsh http add sslcert ipport=0.0.0.0:443 certhash=${other} appid={4dc3e181-e14b-4a21-b022-59fc669b0914} certstorename=My`
    ])
    const state = iis.readState()
    expect(state.sslCerts).toEqual([expect.objectContaining({ ipport: '0.0.0.0:443', certhash: other })])
    expect(state.vdirs.find((v) => v.site === 'S')?.physicalPath).toBe(second)
  })

  it('dry run: returns the commands and changes nothing', async () => {
    const { appcmd, runner } = fakeAppcmd(iis)
    const before = JSON.stringify({ ...iis.readState(), log: [] })
    const planned = await provisionSite({
      appcmd,
      site: 'New',
      appPool: 'NewPool',
      physicalPath: iis.publishApp(),
      authentication: { windows: true },
      dryRun: true
    })
    expect(planned.dryRun).toBe(true)
    expect(planned.changes.flatMap((c) => c.commands)).toEqual([
      'appcmd add apppool /name:NewPool /managedRuntimeVersion: /managedPipelineMode:Integrated /processModel.identityType:ApplicationPoolIdentity /processModel.loadUserProfile:true',
      `appcmd add site /name:New /bindings:http/*:80: /physicalPath:${planned.changes[1]?.commands[0]?.split('/physicalPath:')[1] ?? ''}`,
      'appcmd set app New/ /applicationPool:NewPool',
      'appcmd set config New -section:system.webServer/security/authentication/windowsAuthentication /enabled:true /commit:apphost'
    ])
    expect(runner.writes()).toEqual([])
    expect(JSON.stringify({ ...iis.readState(), log: [] })).toBe(before)
  })

  it('retries when another writer holds applicationHost.config ("Cannot write configuration file")', async () => {
    iis.addFault({ kind: 'configLocked', times: 2 })
    const { appcmd, reporter } = fakeAppcmd(iis)
    await provisionSite({
      appcmd,
      site: 'S',
      appPool: 'P',
      physicalPath: iis.publishApp(),
      bindings: [`http/*:${await iis.freePort()}:`]
    })
    expect(reporter.warnings.filter((w) => /being written by someone else/.test(w))).toHaveLength(2)
    expect(iis.readState().pools.map((p) => p.name)).toContain('P')
  })
})

describe('grantAccess against the fake icacls', () => {
  it('grants the pool identity once; the second run changes nothing', async () => {
    const site = await iis.addSite({ name: 'S', pool: 'P' })
    const runner = new FakeIisRunner(iis)
    const options = {
      runner,
      icaclsPath: toolPath(iis, 'icacls'),
      reporter: new MemoryReporter(),
      physicalPath: site.physicalPath,
      pool: 'P'
    }
    const first = await grantAccess(options)
    expect(first.changes.map((c) => `${path.basename(c.path)} ${c.right}`)).toEqual([
      `${path.basename(site.physicalPath)} RX`,
      'logs M'
    ])
    expect(fs.statSync(path.join(site.physicalPath, 'logs')).isDirectory()).toBe(true)
    const acls = iis.readState().acls
    expect(Object.values(acls).flat()).toEqual(
      expect.arrayContaining([expect.objectContaining({ principal: 'IIS AppPool\\P' })])
    )
    const second = await grantAccess(options)
    expect(second.changes).toEqual([])
  })

  it('NetworkService is granted by well-known SID', async () => {
    const site = await iis.addSite({ name: 'S', pool: 'P' })
    const options = {
      runner: new FakeIisRunner(iis),
      icaclsPath: toolPath(iis, 'icacls'),
      reporter: new MemoryReporter(),
      physicalPath: site.physicalPath,
      pool: 'P',
      identity: 'NetworkService' as const
    }
    expect((await grantAccess(options)).changes).toHaveLength(2)
    expect((await grantAccess(options)).changes).toEqual([])
  })

  it('an unknown pool account fails with the fix', async () => {
    const site = await iis.addSite({ name: 'S' })
    await expect(
      grantAccess({
        runner: new FakeIisRunner(iis),
        icaclsPath: toolPath(iis, 'icacls'),
        reporter: new MemoryReporter(),
        physicalPath: site.physicalPath,
        pool: 'Missing Pool'
      })
    ).rejects.toThrow(/exists only once the pool does/)
  })
})

describe('ensureIisFeatures against the fake dism', () => {
  it('installs IIS on a machine without it; appcmd works afterwards; the second run enables nothing', async () => {
    const bare = await createFakeIis({ defaultSite: false, iisInstalled: false })
    try {
      const { appcmd } = fakeAppcmd(bare)
      await expect(appcmd.getAppPoolState('DefaultAppPool')).rejects.toThrow()
      const runner = new FakeIisRunner(bare)
      const options = {
        runner,
        dismPath: toolPath(bare, 'dism'),
        reporter: new MemoryReporter(),
        features: ['WebSockets', 'Web-Windows-Auth']
      }
      const first = await ensureIisFeatures(options)
      expect(first.enabled).toEqual([
        'IIS-WebServerRole',
        'IIS-WebServer',
        'IIS-WebSockets',
        'IIS-WindowsAuthentication'
      ])
      expect(bare.readState().features['IIS-WebSockets']).toBe('Enabled')
      const second = await ensureIisFeatures(options)
      expect(second.enabled).toEqual([])
      expect(runner.writes().filter((l) => l.includes('/enable-feature'))).toHaveLength(1)
    } finally {
      await bare.dispose()
    }
  })

  it('an unknown feature of this Windows edition fails with the fix', async () => {
    // Windows client editions have no IIS-ManagementService (WMSvc is a Server feature).
    iis.addFault({
      match: 'dism /online /get-featureinfo /featurename:IIS-ManagementService',
      output: 'Error: 0x800f080c\n\nFeature name IIS-ManagementService is unknown.',
      exitCode: 12
    })
    await expect(
      ensureIisFeatures({
        runner: new FakeIisRunner(iis),
        dismPath: toolPath(iis, 'dism'),
        reporter: new MemoryReporter(),
        features: ['ManagementService']
      })
    ).rejects.toThrow(/error 0x800f080c.*\n.*Fix: This Windows edition does not offer/)
  })
})
