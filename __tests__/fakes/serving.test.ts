// What a started pool serves: the FAKEAPP app from the physical path, app_offline.htm as ANCM answers it and the
// files it lets go of (windows-facts §6), static files when there is no ASP.NET Core handler, routing by host and
// application path, and the locks a running worker holds.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { isFileLocked, lockedFiles } from '../../test-support/fakes/lib/iis-state.mjs'
import { get, getWithHost, processGone, waitFor } from './helpers.js'

let iis: FakeIis
let site: SiteHandle
const appcmd = (...args: string[]) => iis.run('appcmd', args)

beforeEach(async () => {
  iis = await createFakeIis()
  site = iis.defaultSite as SiteHandle
})
afterEach(() => iis.dispose())

describe('serving the app from its physical path', () => {
  it('answers /health, /version and wwwroot files of the sample app', async () => {
    expect(await get(`${site.url}/health`)).toMatchObject({ status: 200, body: 'Healthy' })
    expect(await get(`${site.url}/version`)).toMatchObject({ status: 200, body: '1.0.0' })
    const index = await get(`${site.url}/`)
    expect(index.status).toBe(200)
    expect(index.body).toContain('<title>SampleApp</title>')
    expect((await get(`${site.url}/css/site.css`)).headers.get('content-type')).toBe('text/css')
    expect((await get(`${site.url}/nothing-here`)).status).toBe(404)
    expect((await get(`${site.url}/appsettings.json`)).status).toBe(404)
  })

  it('follows a physical path switch on the next request', async () => {
    const v2 = iis.publishApp({ version: '2.0.0', health: 503, body: 'Degraded' })
    await appcmd('set', 'vdir', 'Default Web Site/', `/physicalPath:${v2}`)
    expect(await get(`${site.url}/version`)).toMatchObject({ status: 200, body: '2.0.0' })
    expect(await get(`${site.url}/health`)).toMatchObject({ status: 503, body: 'Degraded' })
  })

  it('serves the folder statically, secrets included, when web.config has no aspNetCore handler', async () => {
    fs.rmSync(path.join(site.physicalPath, 'web.config'))
    const settings = await get(`${site.url}/appsettings.json`)
    expect(settings.status).toBe(200)
    expect(settings.body).toBe(fs.readFileSync(path.join(site.physicalPath, 'appsettings.json'), 'utf8'))
    expect((await get(`${site.url}/SampleApp.dll`)).status).toBe(200)
    expect((await get(`${site.url}/health`)).status).toBe(404)
  })

  it('answers 500.30 when the app cannot start', async () => {
    fs.writeFileSync(path.join(site.physicalPath, 'SampleApp.dll'), 'MZ not a fake app')
    const r = await get(`${site.url}/health`)
    expect(r.status).toBe(500)
    expect(r.body).toContain('HTTP Error 500.30')
  })

  it('answers IIS 500.21 when the ASP.NET Core Module is not installed (state.ancmNotInstalled), app_offline.htm or not', async () => {
    iis.update((s) => {
      s.ancmNotInstalled = true
    })
    const r = await get(`${site.url}/health`)
    expect(r.status).toBe(500)
    expect(r.body).toContain('HTTP Error 500.21')
    expect(r.body).toContain('Handler "aspNetCore" has a bad module "AspNetCoreModuleV2" in its module list')
    expect(r.body).toContain('0x8007000d')
    // IIS rejects the handler before the module could look for app_offline.htm.
    fs.writeFileSync(path.join(site.physicalPath, 'app_offline.htm'), 'offline')
    expect((await get(`${site.url}/health`)).body).toContain('HTTP Error 500.21')
    // Static folders (no aspNetCore handler) do not need the module.
    fs.rmSync(path.join(site.physicalPath, 'web.config'))
    expect((await get(`${site.url}/appsettings.json`)).status).toBe(200)
  })

  it('exposes environment variables of the pool and of web.config at /env/<name>', async () => {
    iis.update((s) => {
      s.pools[0]?.environmentVariables.push({ name: 'FROM_POOL', value: 'pool-value' })
    })
    expect(await get(`${site.url}/env/FROM_POOL`)).toMatchObject({ status: 200, body: 'pool-value' })
    expect((await get(`${site.url}/env/MISSING`)).status).toBe(404)
  })

  it('routes by application path (longest prefix) to the application pool of the application', async () => {
    const apiRoot = iis.publishApp({ name: 'Api', version: '9.9.9' })
    await appcmd('add', 'apppool', '/name:ApiPool', '/managedRuntimeVersion:')
    await appcmd(
      'add',
      'app',
      '/site.name:Default Web Site',
      '/path:/api',
      `/physicalPath:${apiRoot}`,
      '/applicationPool:ApiPool'
    )
    expect(await get(`${site.url}/api/version`)).toMatchObject({ status: 200, body: '9.9.9' })
    expect(await get(`${site.url}/version`)).toMatchObject({ status: 200, body: '1.0.0' })
    expect(iis.workers('ApiPool')).toHaveLength(1)
    await appcmd('stop', 'apppool', 'ApiPool')
    expect((await get(`${site.url}/api/version`)).status).toBe(503)
    expect((await get(`${site.url}/version`)).status).toBe(200)
  })

  it('routes by host header', async () => {
    const other = await iis.addSite({
      name: 'Other',
      port: site.port,
      host: 'other.test',
      physicalPath: iis.publishApp({ version: '3.0.0' })
    })
    expect(other.port).toBe(site.port)
    expect(await getWithHost(`${site.url}/version`, 'other.test')).toMatchObject({
      status: 200,
      body: '3.0.0'
    })
    expect(await getWithHost(`${site.url}/version`, `127.0.0.1:${site.port}`)).toMatchObject({
      body: '1.0.0'
    })
  })
})

describe('app_offline.htm (§6)', () => {
  it('answers 503 with the file content, lets the worker go, and comes back when the file is removed', async () => {
    const first = await get(`${site.url}/health`)
    const pid = Number(first.headers.get('x-fake-iis-worker'))
    const dll = path.join(site.physicalPath, 'SampleApp.dll')
    expect(lockedFiles(iis.stateDir)).toEqual([dll])

    const page = '<html><body>Back in a minute – ünïcødé</body></html>'
    fs.writeFileSync(path.join(site.physicalPath, 'App_Offline.htm'), page)
    const offline = await get(`${site.url}/health`)
    expect(offline.status).toBe(503)
    expect(offline.body).toBe(page)
    expect(offline.headers.get('content-type')).toBe('text/html')
    // In-process hosting: ANCM recycles the worker, its files are free (§6).
    await processGone(pid)
    expect(iis.workers('DefaultAppPool')).toEqual([])
    expect(lockedFiles(iis.stateDir)).toEqual([])

    fs.rmSync(path.join(site.physicalPath, 'App_Offline.htm'))
    const back = await get(`${site.url}/health`)
    expect(back).toMatchObject({ status: 200, body: 'Healthy' })
    expect(Number(back.headers.get('x-fake-iis-worker'))).not.toBe(pid)
  })

  it('keeps the files locked until the app has let go of them (offlineReleaseMs)', async () => {
    iis.setTimings({ offlineReleaseMs: 3_600_000 })
    await get(`${site.url}/health`)
    fs.writeFileSync(path.join(site.physicalPath, 'app_offline.htm'), 'offline')
    expect((await get(`${site.url}/health`)).status).toBe(503)
    expect(lockedFiles(iis.stateDir)).toHaveLength(1)
    expect(iis.workers('DefaultAppPool')).toHaveLength(1)
    iis.setTimings({ offlineReleaseMs: 0 })
    await waitFor(() => iis.workers('DefaultAppPool').length === 0, 'the worker to recycle')
    expect(lockedFiles(iis.stateDir)).toEqual([])
  })

  it('is not answered by ANCM when the pool is stopped: HTTP.sys says 503 itself', async () => {
    fs.writeFileSync(path.join(site.physicalPath, 'app_offline.htm'), 'custom page')
    await appcmd('stop', 'apppool', 'DefaultAppPool')
    const r = await get(`${site.url}/`)
    expect(r.status).toBe(503)
    expect(r.body).toContain('HTTP Error 503. The service is unavailable.')
  })
})

describe('locked files (a running worker holds the app binaries)', () => {
  it('locks only .dll and .exe files under the application folders of pools with a live worker', async () => {
    fs.writeFileSync(path.join(site.physicalPath, 'runtimes-native.exe'), 'x')
    fs.mkdirSync(path.join(site.physicalPath, 'sub'))
    fs.writeFileSync(path.join(site.physicalPath, 'sub', 'Plugin.DLL'), 'x')
    expect(lockedFiles(iis.stateDir)).toEqual([])
    const worker = iis.startWorker('DefaultAppPool')
    expect(lockedFiles(iis.stateDir).sort()).toEqual(
      [
        path.join(site.physicalPath, 'SampleApp.dll'),
        path.join(site.physicalPath, 'runtimes-native.exe'),
        path.join(site.physicalPath, 'sub', 'Plugin.DLL')
      ].sort()
    )
    expect(isFileLocked(path.join(site.physicalPath, 'SampleApp.dll'), iis.stateDir)).toBe(true)
    expect(isFileLocked(path.join(site.physicalPath, 'web.config'), iis.stateDir)).toBe(false)
    expect(isFileLocked(path.join(site.physicalPath, 'New.dll'), iis.stateDir)).toBe(false)
    await appcmd('stop', 'apppool', 'DefaultAppPool')
    await processGone(worker.pid)
    expect(lockedFiles(iis.stateDir)).toEqual([])
  })

  it('keeps the old folder locked after a physical path switch until the old worker is gone', async () => {
    const oldRoot = site.physicalPath
    await get(`${site.url}/health`)
    iis.setTimings({ workerLingerMs: 3_600_000 })
    const v2 = iis.publishApp({ version: '2.0.0' })
    await appcmd('set', 'vdir', 'Default Web Site/', `/physicalPath:${v2}`)
    expect(await get(`${site.url}/version`)).toMatchObject({ body: '2.0.0' })
    // The old worker recycles on the config change; the next request starts a worker on the new folder.
    await waitFor(async () => {
      await get(`${site.url}/version`)
      return lockedFiles(iis.stateDir).length === 2
    }, 'both folders to be held')
    expect(lockedFiles(iis.stateDir).sort()).toEqual(
      [path.join(oldRoot, 'SampleApp.dll'), path.join(v2, 'SampleApp.dll')].sort()
    )
    iis.elapse(3_600_000)
    await waitFor(() => lockedFiles(iis.stateDir).length === 1, 'the old worker to go')
    expect(lockedFiles(iis.stateDir)).toEqual([path.join(v2, 'SampleApp.dll')])
  })
})
