// app_offline.htm against the fake IIS (windows-facts §6): 503 with the page while it is there, the in-process worker
// lets go (exits) after it appeared, a leftover from an earlier run is reported and removed, and the file never
// outlives a failure.

import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  builtInAppOfflinePage,
  findAppOfflineFiles,
  removeLeftoverAppOffline,
  takeAppOffline,
  withAppOffline,
  workersExitedProbe
} from '../../src/steps/iis/app-offline.js'
import { TimeoutError } from '../../src/core/errors.js'
import { NodeHttpClient } from '../../src/runtime/http-client.js'
import { systemClock } from '../../src/runtime/clock.js'
import { createFakeIis, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'
import { fakeAppcmd } from '../steps/iis/scenario-helpers.js'

const http = new NodeHttpClient()
const fastPoll = { initialMs: 20, maxMs: 100 }
let iis: FakeIis
let site: SiteHandle
beforeEach(async () => {
  iis = await createFakeIis()
  if (!iis.defaultSite) throw new Error('no default site')
  site = iis.defaultSite
})
afterEach(async () => {
  await iis.dispose()
})

describe('app_offline.htm against the fake IIS', () => {
  it('answers 503 with the page, waits until the in-process worker let go, and is back online after', async () => {
    expect((await http.get(site.url)).status).toBe(200) // starts a worker on demand
    const before = iis.workers(site.pool).map((w) => w.pid)
    expect(before.length).toBeGreaterThan(0)
    iis.setTimings({ offlineReleaseMs: 200 })
    const { appcmd } = fakeAppcmd(iis)
    const reporter = new MemoryReporter()
    const handle = await takeAppOffline({
      physicalPath: site.physicalPath,
      reporter,
      clock: systemClock,
      probe: workersExitedProbe(appcmd, site.pool),
      poll: fastPoll,
      timeoutMs: 20_000
    })
    expect(handle.released).toBe(true)
    expect(
      iis
        .workers(site.pool)
        .map((w) => w.pid)
        .filter((pid) => before.includes(pid))
    ).toEqual([])
    const offline = await http.get(site.url)
    expect(offline.status).toBe(503)
    expect(offline.body).toBe(builtInAppOfflinePage())
    await handle.bringOnline()
    expect((await http.get(site.url)).status).toBe(200)
  })

  it('reports a leftover app_offline.htm from an earlier failed run, and the deploy removes it', async () => {
    fs.writeFileSync(path.join(site.physicalPath, 'App_Offline.htm'), builtInAppOfflinePage())
    expect((await http.get(site.url)).status).toBe(503) // the site has been silently down
    const reporter = new MemoryReporter()
    await withAppOffline(
      { physicalPath: site.physicalPath, reporter, clock: systemClock },
      async (handle) => {
        expect(handle.leftover?.writtenByIisDeploy).toBe(true)
      }
    )
    expect(reporter.warnings[0]).toMatch(/App_Offline.htm was already there.*earlier iis-deploy run failed/)
    expect(findAppOfflineFiles(site.physicalPath)).toEqual([])
    expect((await http.get(site.url)).status).toBe(200)
  })

  it('a deploy that does not take the app offline still removes a leftover', async () => {
    fs.writeFileSync(path.join(site.physicalPath, 'app_offline.htm'), '<p>maintenance</p>')
    const reporter = new MemoryReporter()
    await removeLeftoverAppOffline({ physicalPath: site.physicalPath, reporter, clock: systemClock })
    expect(reporter.warnings[0]).toMatch(/not written by iis-deploy.*Removing it now/)
    expect((await http.get(site.url)).status).toBe(200)
  })

  it('a worker that never lets go: times out and the page is removed again, the site answers', async () => {
    await http.get(site.url)
    iis.addFault({ kind: 'workerNeverExits', pool: site.pool })
    const { appcmd } = fakeAppcmd(iis)
    const error = await takeAppOffline({
      physicalPath: site.physicalPath,
      reporter: new MemoryReporter(),
      clock: systemClock,
      probe: workersExitedProbe(appcmd, site.pool),
      poll: fastPoll,
      timeoutMs: 500
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as Error).message).toMatch(/worker PIDs \d+ still running/)
    expect(findAppOfflineFiles(site.physicalPath)).toEqual([])
    expect((await http.get(site.url)).status).toBe(200)
  })

  it('a failing deploy step brings the app back online (guaranteed cleanup, peers §4 idea 2)', async () => {
    await expect(
      withAppOffline(
        { physicalPath: site.physicalPath, reporter: new MemoryReporter(), clock: systemClock },
        async () => {
          expect((await http.get(site.url)).status).toBe(503)
          throw new Error('robocopy exit 8')
        }
      )
    ).rejects.toThrow('robocopy exit 8')
    expect((await http.get(site.url)).status).toBe(200)
  })
})
