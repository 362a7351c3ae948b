// App pool and site lifecycle against the fake IIS, through the real ProcessRunner (windows-facts §3.4, §3.5).

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  AppPoolStartError,
  AppPoolStopTimeoutError,
  startAppPool,
  startSite,
  stopAppPool,
  stopSite
} from '../../src/steps/iis/app-pool.js'
import { AppcmdError } from '../../src/steps/iis/appcmd.js'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { fakeAppcmd, writeTaskkill } from '../steps/iis/scenario-helpers.js'

let iis: FakeIis
beforeEach(async () => {
  iis = await createFakeIis()
})
afterEach(async () => {
  await iis.dispose()
})

const fastPoll = { initialMs: 20, maxMs: 100 }

describe('app pool lifecycle against the fake IIS', () => {
  it('stop and start are idempotent: the second call issues no command', async () => {
    const { appcmd, runner } = fakeAppcmd(iis)
    iis.startWorker('DefaultAppPool')
    const stopped = await stopAppPool({ appcmd, pool: 'DefaultAppPool', poll: fastPoll })
    expect(stopped).toMatchObject({ previousState: 'Started', wasRunning: true, changed: true })
    expect(iis.workers('DefaultAppPool')).toEqual([])
    const again = await stopAppPool({ appcmd, pool: 'DefaultAppPool', poll: fastPoll })
    expect(again.changed).toBe(false)

    const started = await startAppPool({ appcmd, pool: 'DefaultAppPool', poll: fastPoll, settleMs: 200 })
    expect(started).toMatchObject({ previousState: 'Stopped', changed: true })
    expect(await appcmd.getAppPoolState('DefaultAppPool')).toBe('Started')
    const startedAgain = await startAppPool({ appcmd, pool: 'DefaultAppPool', poll: fastPoll })
    expect(startedAgain.changed).toBe(false)
    expect(runner.writes()).toEqual([
      'appcmd stop apppool /apppool.name:DefaultAppPool',
      'appcmd start apppool /apppool.name:DefaultAppPool'
    ])
  })

  it('a slow stop: waits through Stopping and a lingering worker (§3.5)', async () => {
    // Long enough that the first poll still meets Stopping even when a fake appcmd takes a second to start.
    iis.setTimings({ stopDelayMs: 1500, workerLingerMs: 1500 })
    const worker = iis.startWorker('DefaultAppPool')
    const { appcmd, runner } = fakeAppcmd(iis)
    await stopAppPool({ appcmd, pool: 'DefaultAppPool', poll: fastPoll })
    expect(iis.readState().pools.find((p) => p.name === 'DefaultAppPool')?.state).toBe('Stopped')
    expect(iis.workers('DefaultAppPool').map((w) => w.pid)).not.toContain(worker.pid)
    // It looked more than once: first Stopping / a worker, then Stopped and none.
    expect(
      runner.lines.filter((l) => l === 'appcmd list wps /apppool.name:DefaultAppPool').length
    ).toBeGreaterThan(1)
  })

  it('a worker that never exits: times out listing its PID; with the opt-in, ends it and succeeds', async () => {
    iis.addFault({ kind: 'workerNeverExits', pool: 'DefaultAppPool' })
    const worker = iis.startWorker('DefaultAppPool')
    const { appcmd, runner } = fakeAppcmd(iis)
    const error = await stopAppPool({ appcmd, pool: 'DefaultAppPool', timeoutMs: 600, poll: fastPoll }).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(AppPoolStopTimeoutError)
    expect((error as AppPoolStopTimeoutError).workerPids).toEqual([worker.pid])
    expect((error as Error).message).toContain(`taskkill /PID ${worker.pid} /F`)

    const taskkill = writeTaskkill(iis.root)
    const result = await stopAppPool({
      appcmd,
      pool: 'DefaultAppPool',
      timeoutMs: 300,
      poll: fastPoll,
      killWorkersOnTimeout: true,
      taskkill: { runner, path: taskkill }
    })
    expect(result.killedWorkers).toEqual([worker.pid])
    expect(iis.workers('DefaultAppPool')).toEqual([])
  })

  it('a start that fails: rapid-fail protection stops the pool again, and that is a failure', async () => {
    const { appcmd } = fakeAppcmd(iis)
    await stopAppPool({ appcmd, pool: 'DefaultAppPool', poll: fastPoll })
    iis.publishApp({ crashOnStart: true }, iis.defaultSite?.physicalPath)
    const error = await startAppPool({
      appcmd,
      pool: 'DefaultAppPool',
      poll: fastPoll,
      settleMs: 5000
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppPoolStartError)
    expect((error as AppPoolStartError).message).toMatch(/stopped again/)
    expect((error as AppPoolStartError).fix).toMatch(/500.30/)
  })

  it('a start command that fails surfaces as an AppcmdError with the decoded code', async () => {
    const { appcmd } = fakeAppcmd(iis)
    await stopAppPool({ appcmd, pool: 'DefaultAppPool', poll: fastPoll })
    iis.addFault({
      kind: 'startFails',
      pool: 'DefaultAppPool',
      hresult: '80070005',
      message: 'Access is denied.'
    })
    const error = (await startAppPool({ appcmd, pool: 'DefaultAppPool', poll: fastPoll }).catch(
      (e: unknown) => e
    )) as AppcmdError
    expect(error).toBeInstanceOf(AppcmdError)
    expect(error.code).toBe(5) // exit code 5 survives; the hresult decides anyway
    expect(error.fix).toMatch(/Run elevated/)
  })

  it('a missing pool names the input', async () => {
    const { appcmd } = fakeAppcmd(iis)
    await expect(stopAppPool({ appcmd, pool: 'Nope' })).rejects.toMatchObject({ input: 'app-pool' })
  })

  it('sites stop and start, idempotently', async () => {
    const { appcmd, runner } = fakeAppcmd(iis)
    expect(await stopSite({ appcmd, site: 'Default Web Site', poll: fastPoll })).toMatchObject({
      changed: true
    })
    expect(await stopSite({ appcmd, site: 'Default Web Site', poll: fastPoll })).toMatchObject({
      changed: false
    })
    expect(await startSite({ appcmd, site: 'Default Web Site', poll: fastPoll })).toMatchObject({
      changed: true
    })
    expect(runner.writes()).toEqual([
      'appcmd stop site /site.name:Default Web Site',
      'appcmd start site /site.name:Default Web Site'
    ])
  })
})
