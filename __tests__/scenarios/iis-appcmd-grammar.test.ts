// Every appcmd builder of src/steps/iis/appcmd.ts, run against the fake appcmd (which speaks the documented
// grammar, windows-facts §3.2): each command is accepted and does what it says. Values with spaces, quotes and
// non-ASCII characters travel as single argv elements.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  buildAddAppArgs,
  buildAddAppPoolArgs,
  buildAddPoolEnvironmentVariableArgs,
  buildAddSiteArgs,
  buildAddSiteBindingArgs,
  buildAppPoolVerbArgs,
  buildDeleteAppPoolArgs,
  buildGetAuthenticationArgs,
  buildListAppsOfPoolArgs,
  buildListArgs,
  buildRemovePoolEnvironmentVariableArgs,
  buildSetAppPoolArgs,
  buildSetAppPoolOfAppArgs,
  buildSetAuthenticationArgs,
  buildSetPhysicalPathArgs,
  buildSiteVerbArgs,
  parseObjectLines,
  parseTextValues,
  type Appcmd
} from '../../src/steps/iis/appcmd.js'
import { createFakeIis, type FakeIis, type State } from '../../test-support/fake-iis.js'
import { fakeAppcmd } from '../steps/iis/scenario-helpers.js'

let iis: FakeIis
let appcmd: Appcmd
let root: string
const POOL = 'Pool “Ünï” 1'
const SITE = 'Site with "quotes"'
beforeAll(async () => {
  iis = await createFakeIis({ defaultSite: false })
  appcmd = fakeAppcmd(iis).appcmd
  root = iis.publishApp({ name: 'Grammar' })
})
afterAll(async () => {
  await iis.dispose()
})

const pool = (state: State) => state.pools.find((p) => p.name === POOL)

describe('appcmd builders against the fake appcmd (§3.2), in order', () => {
  it.each<[string, () => string[], (state: State) => void]>([
    [
      'add apppool (No Managed Code, Integrated, identity, profile)',
      () =>
        buildAddAppPoolArgs(POOL, {
          managedRuntimeVersion: '',
          managedPipelineMode: 'Integrated',
          identityType: 'NetworkService',
          loadUserProfile: true
        }),
      (s) =>
        expect(pool(s)).toMatchObject({
          managedRuntimeVersion: '',
          processModel: { identityType: 'NetworkService' }
        })
    ],
    [
      'set apppool identity, profile, autoStart',
      () =>
        buildSetAppPoolArgs(POOL, {
          identityType: 'ApplicationPoolIdentity',
          loadUserProfile: false,
          autoStart: false
        }),
      (s) =>
        expect(pool(s)).toMatchObject({
          autoStart: false,
          processModel: { identityType: 'ApplicationPoolIdentity', loadUserProfile: false }
        })
    ],
    [
      'add site with bindings and a path',
      () =>
        buildAddSiteArgs({
          name: SITE,
          bindings: [{ protocol: 'http', ip: '*', port: 8123, host: 'grammar.example.com' }],
          physicalPath: root
        }),
      (s) =>
        expect(s.sites.find((x) => x.name === SITE)?.bindings[0]?.bindingInformation).toBe(
          '*:8123:grammar.example.com'
        )
    ],
    [
      'add https binding with SNI',
      () =>
        buildAddSiteBindingArgs(
          SITE,
          { protocol: 'https', ip: '*', port: 8443, host: 'grammar.example.com' },
          true
        ),
      (s) =>
        expect(s.sites.find((x) => x.name === SITE)?.bindings[1]).toMatchObject({
          protocol: 'https',
          bindingInformation: '*:8443:grammar.example.com',
          sslFlags: '1'
        })
    ],
    [
      'set app pool of the root app',
      () => buildSetAppPoolOfAppArgs(SITE, '/', POOL),
      (s) => expect(s.apps.find((a) => a.site === SITE && a.path === '/')?.applicationPool).toBe(POOL)
    ],
    [
      'add app',
      () => buildAddAppArgs({ site: SITE, path: '/api v1', physicalPath: root, appPool: POOL }),
      (s) => expect(s.apps.find((a) => a.site === SITE && a.path === '/api v1')?.applicationPool).toBe(POOL)
    ],
    [
      'set vdir physical path',
      () => buildSetPhysicalPathArgs(SITE, '/api v1', `${root}/release 2`),
      (s) =>
        expect(s.vdirs.find((v) => v.site === SITE && v.app === '/api v1')?.physicalPath).toBe(
          `${root}/release 2`
        )
    ],
    [
      'add pool environment variable (commas, quotes, non-ASCII)',
      () => buildAddPoolEnvironmentVariableArgs(POOL, 'Greeting', 'Grüß Gott, "world" = 1;2'),
      (s) =>
        expect(pool(s)?.environmentVariables).toEqual([
          { name: 'Greeting', value: 'Grüß Gott, "world" = 1;2' }
        ])
    ],
    [
      'remove pool environment variable',
      () => buildRemovePoolEnvironmentVariableArgs(POOL, 'Greeting'),
      (s) => expect(pool(s)?.environmentVariables).toEqual([])
    ],
    [
      'set windows authentication on an application',
      () => buildSetAuthenticationArgs(SITE, '/api v1', 'windows', true),
      (s) =>
        expect(
          s.config[`${SITE}/api v1`]?.['system.webServer/security/authentication/windowsAuthentication']?.[
            'enabled'
          ]
        ).toBe('true')
    ],
    [
      'stop site',
      () => buildSiteVerbArgs('stop', SITE),
      (s) => expect(s.sites.find((x) => x.name === SITE)?.state).toBe('Stopped')
    ],
    [
      'start site',
      () => buildSiteVerbArgs('start', SITE),
      (s) => expect(s.sites.find((x) => x.name === SITE)?.state).toBe('Started')
    ],
    ['stop apppool', () => buildAppPoolVerbArgs('stop', POOL), (s) => expect(pool(s)?.state).toBe('Stopped')],
    [
      'start apppool',
      () => buildAppPoolVerbArgs('start', POOL),
      (s) => expect(pool(s)?.state).toBe('Started')
    ],
    [
      'recycle apppool',
      () => buildAppPoolVerbArgs('recycle', POOL),
      (s) => expect(pool(s)?.state).toBe('Started')
    ]
  ])('%s', async (_name, build, check) => {
    await appcmd.run(build())
    check(iis.readState())
  })

  it('reads back what was written: auth, apps of the pool, vdir path, one-line objects', async () => {
    const auth = await appcmd.run(buildGetAuthenticationArgs(SITE, '/api v1', 'windows'))
    expect(parseTextValues(auth.stdout)).toEqual(['true'])
    const apps = await appcmd.run(buildListAppsOfPoolArgs(POOL))
    expect(parseObjectLines(apps.stdout).map((o) => o.id)).toEqual([`${SITE}/`, `${SITE}/api v1`])
    const sites = await appcmd.run(buildListArgs('site', SITE))
    expect(parseObjectLines(sites.stdout)[0]?.properties['bindings']).toBe(
      'http/*:8123:grammar.example.com,https/*:8443:grammar.example.com'
    )
    expect(await appcmd.readProperty('vdir', `${SITE}/api v1/`, 'physicalPath')).toBe(`${root}/release 2`)
  })

  it('delete apppool', async () => {
    await appcmd.run(buildDeleteAppPoolArgs('Unused'), { accept: [1168] })
    iis.addPool('Unused')
    await appcmd.run(buildDeleteAppPoolArgs('Unused'))
    expect(iis.readState().pools.map((p) => p.name)).not.toContain('Unused')
  })
})
