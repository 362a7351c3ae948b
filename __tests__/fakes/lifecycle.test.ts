// Pool and site lifecycle in the fake: slow stop and lingering worker (windows-facts §3.5), already-stopped and
// already-started codes (§3.4), faults, recycle and rapid-fail protection.
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { isProcessAlive } from '../../test-support/fakes/lib/iis-state.mjs'
import { get, linuxExit, processGone, waitFor } from './helpers.js'

let iis: FakeIis
let site: SiteHandle
const appcmd = (...args: string[]) => iis.run('appcmd', args)
const poolState = async (pool = 'DefaultAppPool') =>
  (await appcmd('list', 'apppool', pool, '/text:state')).stdout.trim()
const wps = async (pool = 'DefaultAppPool') =>
  (await appcmd('list', 'wps', `/apppool.name:${pool}`)).stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => Number(l.match(/^WP "(\d+)" \(apppool:/)?.[1]))
/** The first request starts a worker on demand (WAS activation); its pid comes back in a header. */
const workerServing = async () => {
  const r = await get(`${site.url}/health`)
  expect(r.status).toBe(200)
  return Number(r.headers.get('x-fake-iis-worker'))
}

beforeEach(async () => {
  iis = await createFakeIis()
  site = iis.defaultSite as SiteHandle
})
afterEach(() => iis.dispose())

describe('stopping a pool (§3.5)', () => {
  it('passes through Stopping to Stopped, and its worker lingers after Stopped, then exits', async () => {
    const pid = await workerServing()
    expect(await wps()).toEqual([pid])
    iis.setTimings({ stopDelayMs: 60_000, workerLingerMs: 60_000 })

    const stop = await appcmd('stop', 'apppool', '/apppool.name:DefaultAppPool')
    expect(stop.stdout.trim()).toBe('"DefaultAppPool" successfully stopped.')
    expect(await poolState()).toBe('Stopping')
    expect((await get(`${site.url}/health`)).status).toBe(503)
    const busy = await appcmd('stop', 'apppool', 'DefaultAppPool')
    expect(busy.stdout).toContain('hresult:80070425')
    expect(busy.exitCode).toBe(linuxExit(1061))

    iis.elapse(60_000)
    expect(await poolState()).toBe('Stopped')
    expect(await wps()).toEqual([pid])
    expect(isProcessAlive(pid)).toBe(true)

    iis.elapse(60_000)
    expect(await wps()).toEqual([])
    await processGone(pid)
  })

  it('answers 1062 for a pool already stopped and 1056 for one already started (§3.4)', async () => {
    await appcmd('stop', 'apppool', 'DefaultAppPool')
    const again = await appcmd('stop', 'apppool', 'DefaultAppPool')
    expect(again.exitCode).toBe(linuxExit(1062))
    expect((await appcmd('start', 'apppool', 'DefaultAppPool')).stdout.trim()).toBe(
      '"DefaultAppPool" successfully started.'
    )
    const started = await appcmd('start', 'apppool', 'DefaultAppPool')
    expect(started.stdout.trim()).toBe(
      'ERROR ( hresult:80070420, message:Command execution failed. An instance of the service is already running. )'
    )
    expect(started.exitCode).toBe(linuxExit(1056))
  })

  it('can stay Stopping for ever (poolNeverStops)', async () => {
    iis.addFault({ kind: 'poolNeverStops', pool: 'DefaultAppPool' })
    await appcmd('stop', 'apppool', 'DefaultAppPool')
    iis.elapse(24 * 3600_000)
    expect(await poolState()).toBe('Stopping')
  })

  it('can keep a worker that never exits until it is killed (workerNeverExits)', async () => {
    const pid = await workerServing()
    iis.addFault({ kind: 'workerNeverExits' })
    await appcmd('stop', 'apppool', 'DefaultAppPool')
    iis.elapse(24 * 3600_000)
    expect(await poolState()).toBe('Stopped')
    expect(await wps()).toEqual([pid])
    process.kill(pid, 'SIGKILL')
    await processGone(pid)
    expect(await wps()).toEqual([])
  })
})

describe('starting a pool', () => {
  it('fails a start on request (startFails) and leaves the pool Stopped', async () => {
    await appcmd('stop', 'apppool', 'DefaultAppPool')
    iis.addFault({ kind: 'startFails', times: 1 })
    const failed = await appcmd('start', 'apppool', 'DefaultAppPool')
    expect(failed.stdout).toMatch(/^ERROR \( hresult:80004005, message:Command execution failed\./)
    expect(failed.exitCode).toBe(linuxExit(0x4005))
    expect(await poolState()).toBe('Stopped')
    expect((await appcmd('start', 'apppool', 'DefaultAppPool')).exitCode).toBe(0)
    expect(await poolState()).toBe('Started')
  })

  it('starts a worker with the pool and replaces it on recycle', async () => {
    await appcmd('stop', 'apppool', 'DefaultAppPool')
    await appcmd('start', 'apppool', 'DefaultAppPool')
    const [first] = await wps()
    expect(first).toBeGreaterThan(0)
    expect((await appcmd('recycle', 'apppool', '/apppool.name:DefaultAppPool')).stdout.trim()).toBe(
      '"DefaultAppPool" successfully recycled.'
    )
    const after = await wps()
    expect(after).toHaveLength(1)
    expect(after[0]).not.toBe(first)
    await processGone(first as number)
  })

  it('stops the pool after repeated start-up crashes (rapid-fail protection)', async () => {
    iis.publishApp({ crashOnStart: true }, site.physicalPath)
    await appcmd('stop', 'apppool', 'DefaultAppPool')
    expect((await appcmd('start', 'apppool', 'DefaultAppPool')).exitCode).toBe(0)
    await waitFor(async () => (await poolState()) === 'Stopped', 'rapid-fail protection to stop the pool')
    expect(await wps()).toEqual([])
    expect(iis.readState().pools[0]?.crashes.length).toBe(iis.readState().timings.rapidFailThreshold)
    expect((await get(`${site.url}/health`)).status).toBe(503)
  })
})

describe('sites', () => {
  it('stops serving when the site stops and serves again when it starts', async () => {
    await workerServing()
    expect((await appcmd('stop', 'site', '/site.name:Default Web Site')).stdout.trim()).toBe(
      '"Default Web Site" successfully stopped.'
    )
    expect((await appcmd('stop', 'site', 'Default Web Site')).exitCode).toBe(linuxExit(1062))
    await waitFor(
      () =>
        fetch(`${site.url}/health`).then(
          () => false,
          () => true
        ),
      'the port to close'
    )
    expect((await appcmd('start', 'site', 'Default Web Site')).stdout.trim()).toBe(
      '"Default Web Site" successfully started.'
    )
    await waitFor(
      () =>
        fetch(`${site.url}/health`).then(
          (r) => r.status === 200,
          () => false
        ),
      'the site to answer'
    )
  })

  it('cannot start a site whose port another process holds', async () => {
    await appcmd('stop', 'site', 'Default Web Site')
    await waitFor(
      () =>
        fetch(`${site.url}/`).then(
          () => false,
          () => true
        ),
      'the port to close'
    )
    const squatter = net.createServer()
    await new Promise<void>((resolve) => squatter.listen(site.port, resolve))
    try {
      const r = await appcmd('start', 'site', 'Default Web Site')
      expect(r.stdout.trim()).toBe(
        'ERROR ( hresult:80070020, message:Command execution failed. The process cannot access the file because it is being used by another process. )'
      )
      expect(r.exitCode).toBe(linuxExit(32))
      expect((await appcmd('list', 'site', 'Default Web Site', '/text:state')).stdout.trim()).toBe('Stopped')
    } finally {
      squatter.close()
    }
  })

  it('keeps the site folder it was given', () => {
    expect(fs.existsSync(path.join(site.physicalPath, 'web.config'))).toBe(true)
  })
})
