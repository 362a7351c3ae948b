// icacls (windows-facts §7), dism and netsh http sslcert in the fake.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { linuxExit } from './helpers.js'

let iis: FakeIis
let app: string
beforeAll(async () => {
  iis = await createFakeIis({ defaultSite: false })
  iis.addPool('MyPool')
  app = iis.publishApp()
  fs.mkdirSync(path.join(app, 'logs'))
})
afterAll(() => iis.dispose())

describe('icacls (§7)', () => {
  it('grants the app pool identity read/execute with inheritance, recursively, and lists it', async () => {
    const r = await iis.run('icacls', [app, '/grant', 'IIS AppPool\\MyPool:(OI)(CI)(RX)', '/T'])
    expect(r.exitCode).toBe(0)
    const files = r.stdout.split('\n').filter((l) => l.startsWith('processed file: '))
    expect(files[0]).toBe(`processed file: ${app}`)
    expect(files.length).toBeGreaterThan(5)
    expect(r.stdout.trimEnd().split('\n').pop()).toBe(
      `Successfully processed ${files.length} files; Failed processing 0 files`
    )
    expect(iis.readState().acls[app]).toEqual([
      { principal: 'IIS AppPool\\MyPool', perms: 'RX', inheritance: '(OI)(CI)' }
    ])

    const list = await iis.run('icacls', [app])
    expect(list.stdout.split('\n')[0]).toBe(`${app} IIS AppPool\\MyPool:(OI)(CI)(RX)`)
    const child = await iis.run('icacls', [path.join(app, 'logs')])
    expect(child.stdout).toContain('IIS AppPool\\MyPool:(I)(OI)(CI)(RX)')
  })

  it.each([
    ['IIS AppPool\\MyPool:(OI)(CI)M', { perms: 'M', inheritance: '(OI)(CI)' }],
    ['IIS AppPool\\MyPool:F', { perms: 'F', inheritance: '' }],
    ['IIS AppPool\\MyPool:(D,WDAC)', { perms: 'D,WDAC', inheritance: '' }]
  ])('replaces with /grant:r %s', async (grant, expected) => {
    const logs = path.join(app, 'logs')
    const r = await iis.run('icacls', [logs, '/grant:r', grant, '/Q'])
    expect(r.stdout.trim()).toBe('Successfully processed 1 files; Failed processing 0 files')
    expect(iis.readState().acls[logs]).toEqual([{ principal: 'IIS AppPool\\MyPool', ...expected }])
  })

  it.each([
    [
      ['IIS AppPool\\NoSuchPool:(RX)'],
      'IIS AppPool\\NoSuchPool: No mapping between account names and security IDs was done.',
      1332
    ],
    [['IIS AppPool\\MyPool:(XYZ)'], 'Invalid parameter "IIS AppPool\\MyPool:(XYZ)"', 87]
  ])('refuses /grant %j', async (grant, first, code) => {
    const r = await iis.run('icacls', [app, '/grant', ...grant])
    expect(r.stdout.split('\n')[0]).toBe(first)
    expect(r.exitCode).toBe(linuxExit(code))
  })

  it('fails on a missing path', async () => {
    const r = await iis.run('icacls', [path.join(app, 'nope'), '/grant', 'Everyone:R'])
    expect(r.stdout).toContain('The system cannot find the file specified.')
    expect(r.exitCode).toBe(2)
  })
})

describe('dism', () => {
  it('reports and enables a feature', async () => {
    const info = () => iis.run('dism', ['/online', '/get-featureinfo', '/featurename:IIS-WebSockets'])
    expect((await info()).stdout).toMatch(/^State : Disabled$/m)
    const enable = await iis.run('dism', [
      '/online',
      '/enable-feature',
      '/featurename:IIS-WebSockets',
      '/all',
      '/norestart',
      '/quiet'
    ])
    expect(enable).toMatchObject({ exitCode: 0, stdout: '' })
    expect((await info()).stdout).toMatch(/^State : Enabled$/m)
  })

  it('answers 3010 when a restart is required', async () => {
    iis.addFault({ kind: 'restartRequired', times: 1 })
    const r = await iis.run('dism', [
      '/online',
      '/enable-feature',
      '/featurename:IIS-ApplicationInit',
      '/norestart'
    ])
    expect(r.exitCode).toBe(linuxExit(3010))
    expect(r.stdout).toContain('The operation completed successfully.')
  })

  it('refuses an unknown feature with error 0x800f080c', async () => {
    const r = await iis.run('dism', ['/online', '/enable-feature', '/featurename:IIS-Nope'])
    expect(r.stdout).toContain('Error: 0x800f080c')
    expect(r.stdout).toContain('Feature name IIS-Nope is unknown.')
    expect(r.exitCode).toBe(0x800f080c & 0xff)
  })

  it('installs IIS with IIS-WebServerRole: appcmd works afterwards', async () => {
    const bare = await createFakeIis({ defaultSite: false, iisInstalled: false })
    try {
      expect((await bare.run('appcmd', ['list', 'apppools'])).exitCode).toBe(linuxExit(9009))
      const r = await bare.run('dism', [
        '/online',
        '/enable-feature',
        '/featurename:IIS-WebServerRole',
        '/all',
        '/norestart'
      ])
      expect(r.exitCode).toBe(0)
      expect(
        (await bare.run('appcmd', ['list', 'apppool', 'DefaultAppPool', '/text:state'])).stdout.trim()
      ).toBe('Started')
    } finally {
      await bare.dispose()
    }
  })
})

describe('netsh http sslcert', () => {
  const hash = 'ab'.repeat(20)
  const appid = '{4dc3e181-e14b-4a21-b022-59fc669b0914}'

  it('adds, shows and deletes an IP binding and an SNI binding', async () => {
    const add = await iis.run('netsh', [
      'http',
      'add',
      'sslcert',
      'ipport=0.0.0.0:443',
      `certhash=${hash}`,
      `appid=${appid}`,
      'certstorename=MY'
    ])
    expect(add).toMatchObject({ exitCode: 0 })
    expect(add.stdout).toContain('SSL Certificate successfully added')
    expect(
      (
        await iis.run('netsh', [
          'http',
          'add',
          'sslcert',
          'ipport=0.0.0.0:443',
          `certhash=${hash}`,
          `appid=${appid}`
        ])
      ).stdout
    ).toContain('Error: 183')
    const sni = await iis.run('netsh', [
      'http',
      'add',
      'sslcert',
      'hostnameport=shop.example:443',
      `certhash=${hash}`,
      `appid=${appid}`
    ])
    expect(sni.stdout).toContain('SSL Certificate add failed, Error: 1312')
    expect(
      (
        await iis.run('netsh', [
          'http',
          'add',
          'sslcert',
          'hostnameport=shop.example:443',
          `certhash=${hash}`,
          `appid=${appid}`,
          'certstorename=MY'
        ])
      ).exitCode
    ).toBe(0)
    const show = await iis.run('netsh', ['http', 'show', 'sslcert', 'hostnameport=shop.example:443'])
    expect(show.stdout).toMatch(/Hostname:port\s+: shop\.example:443/)
    expect(show.stdout).toMatch(new RegExp(`Certificate Hash\\s+: ${hash}`))
    expect((await iis.run('netsh', ['http', 'delete', 'sslcert', 'ipport=0.0.0.0:443'])).stdout).toContain(
      'successfully deleted'
    )
    const gone = await iis.run('netsh', ['http', 'show', 'sslcert', 'ipport=0.0.0.0:443'])
    expect(gone.stdout).toContain('The system cannot find the file specified.')
    expect(gone.exitCode).toBe(1)
  })
})
