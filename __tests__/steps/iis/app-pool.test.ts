import { describe, expect, it } from 'vitest'
import {
  AppPoolStartError,
  AppPoolStopTimeoutError,
  pollDelay,
  STEADY_POLL_MS,
  restoreAppPool,
  startAppPool,
  startSite,
  stopAppPool,
  stopSite
} from '../../../src/steps/iis/app-pool.js'
import { InputError } from '../../../src/core/errors.js'
import { FakeRunner } from '../../../test-support/fake-runner.js'
import { appcmdOver, instantClock, notFound, ok, xmlState } from './helpers.js'

const STATE = 'appcmd list apppool P /xml'
const WPS = 'appcmd list wps /apppool.name:P'
const STOP = 'appcmd stop apppool /apppool.name:P'
const START = 'appcmd start apppool /apppool.name:P'
const wps = (...pids: number[]) => ok(pids.map((pid) => `WP "${pid}" (applicationPool:P)\r\n`).join(''))

describe('pollDelay: fast at first, then backing off (§3.5)', () => {
  it.each([
    [0, {}, 100],
    [1, {}, 200],
    [3, {}, 800],
    [4, {}, 1000],
    [50, {}, 1000],
    [2, { initialMs: 10, maxMs: 25 }, 25]
  ])('attempt %i %j → %i ms', (attempt, policy, delay) => {
    expect(pollDelay(attempt, policy)).toBe(delay)
  })
})

describe('stopAppPool', () => {
  it('stops, then waits for Stopped AND no worker left, polling at a steady short pace', async () => {
    const runner = new FakeRunner({
      [STATE]: [xmlState('Started'), xmlState('Stopping'), xmlState('Stopped')],
      [STOP]: ok('"P" successfully stopped.'),
      [WPS]: [wps(4242), wps(4242), wps(4242), ok('')]
    })
    const { appcmd, clock } = appcmdOver(runner)
    const result = await stopAppPool({ appcmd, pool: 'P' })
    expect(result).toEqual({
      name: 'P',
      previousState: 'Started',
      wasRunning: true,
      changed: true,
      killedWorkers: []
    })
    expect(runner.lines().filter((l) => l === STOP)).toHaveLength(1)
    expect((clock as ReturnType<typeof instantClock>).slept).toEqual([
      STEADY_POLL_MS,
      STEADY_POLL_MS,
      STEADY_POLL_MS
    ])
  })

  it('is a no-op on a Stopped pool without workers (no stop command: peers §3 item 4)', async () => {
    const runner = new FakeRunner({ [STATE]: xmlState('Stopped'), [WPS]: ok('') })
    const { appcmd } = appcmdOver(runner)
    const result = await stopAppPool({ appcmd, pool: 'P' })
    expect(result.changed).toBe(false)
    expect(result.wasRunning).toBe(false)
    expect(runner.lines()).not.toContain(STOP)
  })

  it('still waits for a lingering worker of an already Stopped pool: its locks last as long as it does', async () => {
    const runner = new FakeRunner({ [STATE]: xmlState('Stopped'), [WPS]: [wps(7), wps(7), ok('')] })
    const { appcmd } = appcmdOver(runner)
    const result = await stopAppPool({ appcmd, pool: 'P' })
    expect(result.changed).toBe(false)
    expect(runner.lines().filter((l) => l === WPS)).toHaveLength(3)
  })

  it('treats "already stopped" (HRESULT 80070426 → 1062, exit truncated to 38) as benign (§3.4)', async () => {
    const runner = new FakeRunner({
      [STATE]: [xmlState('Started'), xmlState('Stopped')],
      [STOP]: {
        exitCode: 38,
        stdout:
          'ERROR ( hresult:80070426, message:Command execution failed. The service has not been started. )'
      },
      [WPS]: ok('')
    })
    const { appcmd } = appcmdOver(runner)
    await expect(stopAppPool({ appcmd, pool: 'P' })).resolves.toMatchObject({ changed: true })
  })

  it('with a known running state, sends the stop without reading the state first (one appcmd less while offline)', async () => {
    const runner = new FakeRunner({
      [STATE]: [xmlState('Stopped')],
      [STOP]: ok('"P" successfully stopped.'),
      [WPS]: ok('')
    })
    const { appcmd } = appcmdOver(runner)
    const result = await stopAppPool({ appcmd, pool: 'P', knownState: 'Started' })
    expect(result).toMatchObject({ previousState: 'Started', wasRunning: true, changed: true })
    expect(runner.lines()[0]).toBe(STOP)
  })

  it('with a known running state, a 1062 answer means someone stopped it meanwhile: not ours to start again', async () => {
    const runner = new FakeRunner({
      [STATE]: [xmlState('Stopped')],
      [STOP]: {
        exitCode: 38,
        stdout:
          'ERROR ( hresult:80070426, message:Command execution failed. The service has not been started. )'
      },
      [WPS]: ok('')
    })
    const { appcmd } = appcmdOver(runner)
    const result = await stopAppPool({ appcmd, pool: 'P', knownState: 'Started' })
    expect(result).toMatchObject({ previousState: 'Stopped', wasRunning: false, changed: false })
  })

  it('reads the state again when the known state is not a running one', async () => {
    const runner = new FakeRunner({
      [STATE]: [xmlState('Started'), xmlState('Stopped')],
      [STOP]: ok('"P" successfully stopped.'),
      [WPS]: ok('')
    })
    const { appcmd } = appcmdOver(runner)
    await stopAppPool({ appcmd, pool: 'P', knownState: 'Stopped' })
    expect(runner.lines().slice(0, 2)).toEqual([STATE, STOP])
  })

  it('names the input when the pool does not exist', async () => {
    const runner = new FakeRunner({ [STATE]: notFound('APPPOOL', 'P') })
    const { appcmd } = appcmdOver(runner)
    const error = await stopAppPool({ appcmd, pool: 'P' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('app-pool')
  })

  it('times out with the worker PIDs and the remedies when a worker never exits', async () => {
    const runner = new FakeRunner({
      [STATE]: [xmlState('Started'), xmlState('Stopped')],
      [STOP]: ok(),
      [WPS]: wps(4242, 4343)
    })
    const { appcmd } = appcmdOver(runner)
    const error = await stopAppPool({ appcmd, pool: 'P', timeoutMs: 5000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppPoolStopTimeoutError)
    const timeout = error as AppPoolStopTimeoutError
    expect(timeout.workerPids).toEqual([4242, 4343])
    expect(timeout.message).toMatch(/did not stop within 5 s: state Stopped, worker PIDs 4242, 4343/)
    expect(timeout.message).toMatch(/Fix: raise `stop-timeout`.*taskkill \/PID 4242 \/F.*opt in/)
    expect(runner.lines().some((l) => l.startsWith('taskkill'))).toBe(false)
  })

  it('polls every 50 ms for the first 10 s, then every 500 ms (a long drain costs few appcmd starts)', async () => {
    const runner = new FakeRunner({ [STATE]: [ok('Started'), ok('Stopping')], [STOP]: ok(), [WPS]: ok('') })
    const { appcmd, clock } = appcmdOver(runner)
    await expect(stopAppPool({ appcmd, pool: 'P', timeoutMs: 12_000 })).rejects.toThrow(/did not stop/)
    const slept = (clock as ReturnType<typeof instantClock>).slept
    expect(slept.slice(0, 200)).toEqual(Array.from({ length: 200 }, () => STEADY_POLL_MS))
    expect(slept.slice(200)).toEqual([500, 500, 500, 500])
  })

  it('times out with a WAS hint when the pool hangs in Stopping without workers', async () => {
    const runner = new FakeRunner({
      [STATE]: [xmlState('Started'), xmlState('Stopping')],
      [STOP]: ok(),
      [WPS]: ok('')
    })
    const { appcmd } = appcmdOver(runner)
    await expect(stopAppPool({ appcmd, pool: 'P', timeoutMs: 2000 })).rejects.toThrow(
      /hangs in 'Stopping'.*net stop was/s
    )
  })

  it('ends the workers after the timeout when opted in (taskkill /PID n /F), then succeeds', async () => {
    let killed = false
    const runner = new FakeRunner({
      [STATE]: [xmlState('Started'), xmlState('Stopped')],
      [STOP]: ok(),
      [WPS]: () => (killed ? ok('') : wps(4242)),
      'taskkill /PID 4242 /F': () => {
        killed = true
        return ok('SUCCESS: The process with PID 4242 has been terminated.')
      }
    })
    const { appcmd, reporter } = appcmdOver(runner)
    const result = await stopAppPool({
      appcmd,
      pool: 'P',
      timeoutMs: 3000,
      killWorkersOnTimeout: true,
      taskkill: { runner, path: 'taskkill' }
    })
    expect(result.killedWorkers).toEqual([4242])
    expect(reporter.warnings[0]).toMatch(/ending its worker processes as requested/)
  })

  it('still fails, and says why, when taskkill cannot end a worker', async () => {
    const runner = new FakeRunner({
      [STATE]: [xmlState('Started'), xmlState('Stopped')],
      [STOP]: ok(),
      [WPS]: wps(4242),
      'taskkill /PID 4242 /F': {
        exitCode: 1,
        stdout: 'ERROR: The process with PID 4242 could not be terminated.\r\nReason: Access is denied.'
      }
    })
    const { appcmd, reporter } = appcmdOver(runner)
    await expect(
      stopAppPool({
        appcmd,
        pool: 'P',
        timeoutMs: 1000,
        killGraceMs: 500,
        killWorkersOnTimeout: true,
        taskkill: { runner, path: 'taskkill' }
      })
    ).rejects.toBeInstanceOf(AppPoolStopTimeoutError)
    expect(reporter.warnings.join('\n')).toMatch(/4242: .*Access is denied/)
  })
})

describe('startAppPool', () => {
  it('starts, waits for Started, watches the settle window, and reports what it changed', async () => {
    const runner = new FakeRunner({
      [STATE]: [xmlState('Stopped'), xmlState('Starting'), xmlState('Started')],
      [START]: ok('"P" successfully started.')
    })
    const { appcmd } = appcmdOver(runner)
    const result = await startAppPool({ appcmd, pool: 'P', settleMs: 1000 })
    expect(result).toMatchObject({ previousState: 'Stopped', wasRunning: false, changed: true })
    // Several looks inside the settle window, all Started.
    expect(runner.lines().filter((l) => l === STATE).length).toBeGreaterThan(3)
  })

  it('is idempotent: an already Started pool gets no start command', async () => {
    const runner = new FakeRunner({ [STATE]: xmlState('Started') })
    const { appcmd } = appcmdOver(runner)
    await expect(startAppPool({ appcmd, pool: 'P' })).resolves.toMatchObject({
      changed: false,
      wasRunning: true
    })
    expect(runner.lines()).toEqual([STATE])
  })

  it('treats "already started" (HRESULT 80070420 → 1056) as benign (§3.4)', async () => {
    const runner = new FakeRunner({
      [STATE]: [xmlState('Stopped'), xmlState('Started')],
      [START]: {
        exitCode: 32,
        stdout:
          'ERROR ( hresult:80070420, message:Command execution failed. An instance of the service is already running. )'
      }
    })
    const { appcmd } = appcmdOver(runner)
    await expect(startAppPool({ appcmd, pool: 'P', settleMs: 0 })).resolves.toMatchObject({ changed: true })
  })

  it('fails when rapid-fail protection stops the pool right after it started, naming the likely causes', async () => {
    const runner = new FakeRunner({
      [STATE]: [xmlState('Stopped'), xmlState('Started'), xmlState('Started'), xmlState('Stopped')],
      [START]: ok()
    })
    const { appcmd } = appcmdOver(runner)
    const error = await startAppPool({ appcmd, pool: 'P', settleMs: 5000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppPoolStartError)
    expect((error as AppPoolStartError).message).toMatch(/started, then stopped again.*rapid-fail/)
    expect((error as AppPoolStartError).fix).toMatch(/ASP.NET Core Module.*500.30.*event log/)
  })

  it('runs onStarted once the start was taken, before waiting for Started and the settle window, so a crash of the really started app is seen', async () => {
    const runner = new FakeRunner({
      [STATE]: [xmlState('Stopped'), xmlState('Started'), xmlState('Started'), xmlState('Stopped')],
      [START]: ok()
    })
    const { appcmd } = appcmdOver(runner)
    const seen: number[] = []
    const error = await startAppPool({
      appcmd,
      pool: 'P',
      settleMs: 5000,
      onStarted: async () => {
        seen.push(runner.lines().filter((l) => l === STATE).length)
      }
    }).catch((e: unknown) => e)
    // Called after the start command (one state read before it), before the reads that see the pool fall back:
    // each look before removing app_offline.htm would be downtime.
    expect(seen).toEqual([1])
    expect(error).toBeInstanceOf(AppPoolStartError)
  })

  it('fails when the pool is already Stopped again at the first look after the start (rapid-fail)', async () => {
    const runner = new FakeRunner({ [STATE]: [xmlState('Stopped'), xmlState('Stopped')], [START]: ok() })
    const { appcmd } = appcmdOver(runner)
    await expect(startAppPool({ appcmd, pool: 'P' })).rejects.toThrow(
      /stopped again right after it was started/
    )
  })

  it('fails when the pool never reaches Started', async () => {
    const runner = new FakeRunner({ [STATE]: [xmlState('Stopped'), xmlState('Starting')], [START]: ok() })
    const { appcmd } = appcmdOver(runner)
    await expect(startAppPool({ appcmd, pool: 'P', timeoutMs: 2000 })).rejects.toThrow(
      /did not start: it is 'Starting'/
    )
  })

  it('lets a Stopping pool finish stopping before it starts it', async () => {
    const runner = new FakeRunner({
      [STATE]: [xmlState('Stopping'), xmlState('Stopping'), xmlState('Stopped'), xmlState('Started')],
      [START]: ok()
    })
    const { appcmd } = appcmdOver(runner)
    await startAppPool({ appcmd, pool: 'P', settleMs: 0 })
    const lines = runner.lines()
    expect(lines.indexOf(START)).toBe(3) // after three state reads: Stopping, Stopping, Stopped
  })

  it('knownState Stopped: starts at once and removes the page (onStarted) before any look at the state', async () => {
    const runner = new FakeRunner({ [STATE]: [xmlState('Started'), xmlState('Started')], [START]: ok() })
    const { appcmd } = appcmdOver(runner)
    const seen: string[][] = []
    const result = await startAppPool({
      appcmd,
      pool: 'P',
      settleMs: 0,
      knownState: 'Stopped',
      onStarted: async () => {
        seen.push(runner.lines())
      }
    })
    expect(seen).toEqual([[START]])
    expect(result).toMatchObject({ previousState: 'Stopped', changed: true })
  })

  it('knownState Stopped, but the pool is still Stopping (1061): waits for the stop to finish, then starts', async () => {
    const runner = new FakeRunner({
      [STATE]: [xmlState('Stopping'), xmlState('Stopped'), xmlState('Started')],
      [START]: [
        {
          exitCode: 1061,
          stdout:
            'ERROR ( hresult:80070425, message:Command execution failed. The service cannot accept control messages at this time. )'
        },
        ok()
      ]
    })
    const { appcmd } = appcmdOver(runner)
    await startAppPool({ appcmd, pool: 'P', settleMs: 0, knownState: 'Stopped' })
    expect(runner.lines()).toEqual([START, STATE, STATE, START, STATE])
  })

  it('restoreAppPool starts only a pool that was running before', async () => {
    const runner = new FakeRunner({ [STATE]: [xmlState('Stopped'), xmlState('Started')], [START]: ok() })
    const { appcmd } = appcmdOver(runner)
    const before = {
      name: 'P',
      previousState: 'Stopped' as const,
      wasRunning: false,
      changed: false,
      killedWorkers: []
    }
    await restoreAppPool({ appcmd, pool: 'P' }, before)
    expect(runner.calls).toHaveLength(0)
    await restoreAppPool(
      { appcmd, pool: 'P', settleMs: 0 },
      { ...before, previousState: 'Started', wasRunning: true }
    )
    expect(runner.lines()).toContain(START)
  })
})

describe('site start/stop', () => {
  it('stops and starts a site idempotently', async () => {
    const runner = new FakeRunner({
      'appcmd list site S /xml': [
        xmlState('Started', 'SITE', 'S'),
        xmlState('Stopped', 'SITE', 'S'),
        xmlState('Stopped', 'SITE', 'S'),
        xmlState('Started', 'SITE', 'S')
      ],
      'appcmd stop site /site.name:S': ok('"S" successfully stopped.'),
      'appcmd start site /site.name:S': ok('"S" successfully started.')
    })
    const { appcmd } = appcmdOver(runner)
    expect(await stopSite({ appcmd, site: 'S' })).toMatchObject({ changed: true, wasRunning: true })
    expect(await startSite({ appcmd, site: 'S' })).toMatchObject({ changed: true, wasRunning: false })
  })

  it('does nothing to a site already in the target state, and names the input when it is missing', async () => {
    const runner = new FakeRunner({
      'appcmd list site S /xml': xmlState('Started', 'SITE', 'S'),
      'appcmd list site X /xml': notFound('SITE', 'X')
    })
    const { appcmd } = appcmdOver(runner)
    expect(await startSite({ appcmd, site: 'S' })).toMatchObject({ changed: false })
    await expect(stopSite({ appcmd, site: 'X' })).rejects.toMatchObject({ input: 'site' })
  })

  it('explains a port conflict when a site cannot start (HRESULT 80070020)', async () => {
    const runner = new FakeRunner({
      'appcmd list site S /xml': xmlState('Stopped', 'SITE', 'S'),
      'appcmd start site /site.name:S': {
        exitCode: 32,
        stdout:
          'ERROR ( hresult:80070020, message:Command execution failed. The process cannot access the file because it is being used by another process. )'
      }
    })
    const { appcmd } = appcmdOver(runner)
    await expect(startSite({ appcmd, site: 'S' })).rejects.toThrow(/netstat -ano/)
  })
})
