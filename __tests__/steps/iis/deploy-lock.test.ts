import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  acquireDeployLock,
  deployLockName,
  judgeLockHolder,
  LockLostError,
  lockNameFor,
  parseLockOwner,
  readProcessStart,
  SERVER_LOCK_NAME,
  withDeployLock,
  type LockOwner
} from '../../../src/steps/iis/deploy-lock.js'
import { CancelledError, TimeoutError } from '../../../src/core/errors.js'
import { systemClock } from '../../../src/runtime/clock.js'
import type { Clock } from '../../../src/core/ports.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-lock-'))
})
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

function lockPathOf(site: string, application?: string): string {
  return path.join(dir, deployLockName(site, application))
}

function plantLock(site: string, owner: Partial<LockOwner>): string {
  const lockPath = lockPathOf(site)
  fs.mkdirSync(lockPath, { recursive: true })
  const full: LockOwner = {
    token: 'planted',
    pid: process.pid,
    host: os.hostname(),
    startedAt: Date.now(),
    heartbeatAt: Date.now(),
    target: `${site}/`,
    ...owner
  }
  fs.writeFileSync(path.join(lockPath, 'owner.json'), JSON.stringify(full))
  return lockPath
}

/** A clock whose sleeps advance time instantly. */
function fastClock(start = Date.now()): Clock {
  let now = start
  return {
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw new CancelledError()
      now += ms
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
}

describe('deployLockName', () => {
  it.each([
    ['Shop', '/', 'shop-'],
    ['Shop', undefined, 'shop-'],
    ['My Site', '/api', 'my-site-api-'],
    ['Café/..\\x', '/', 'caf-..-x-']
  ])('%s + %s starts with %s and ends in .lock', (site, app, prefix) => {
    const name = deployLockName(site, app)
    expect(name.startsWith(prefix)).toBe(true)
    expect(name).toMatch(/^[a-z0-9._-]+-[0-9a-f]{10}\.lock$/)
  })

  it('is case-insensitive like IIS names, and tells apps and look-alike names apart', () => {
    expect(deployLockName('SHOP', '/API')).toBe(deployLockName('shop', 'api/'))
    expect(deployLockName('shop', '/api')).not.toBe(deployLockName('shop', '/'))
    expect(deployLockName('a b')).not.toBe(deployLockName('a-b'))
  })
})

describe('parseLockOwner', () => {
  it.each([
    ['{"token":"t","pid":1,"host":"h","startedAt":1,"heartbeatAt":2,"target":"S/"}', true],
    ['{"token":"t","pid":"1","host":"h","startedAt":1,"heartbeatAt":2}', false],
    ['{"tok', false],
    ['', false]
  ])('%s → valid %s', (text, valid) => {
    expect(parseLockOwner(text) !== undefined).toBe(valid)
  })
})

describe('judgeLockHolder', () => {
  const owner: LockOwner = {
    token: 't',
    pid: 42,
    host: 'BUILD01',
    startedAt: 0,
    heartbeatAt: 1000,
    target: 'S/'
  }
  it.each<[string, string, boolean, number, boolean, RegExp | undefined]>([
    ['alive, fresh heartbeat', 'build01', true, 2000, false, undefined],
    ['dead process on this host', 'BUILD01', false, 2000, true, /process 42 is no longer running/],
    ['dead-looking pid on another host is not judged by pid', 'OTHER', false, 2000, false, undefined],
    ['heartbeat stopped', 'OTHER', true, 1000 + 60_001, true, /heartbeat stopped 60 s ago/],
    // A paused holder (SIGSTOP, a long synchronous copy) on this host keeps its lock however old its heartbeat.
    ['live holder on this host, heartbeat an hour old', 'BUILD01', true, 3_600_000, false, undefined]
  ])('%s', (_name, hostname, alive, now, stale, reason) => {
    const verdict = judgeLockHolder(owner, now, { hostname, staleMs: 60_000, isProcessAlive: () => alive })
    expect(verdict.stale).toBe(stale)
    if (reason) expect(verdict.reason).toMatch(reason)
  })
})

describe('acquireDeployLock', () => {
  it('serializes two deploys of the same site: the second enters only after the first released', async () => {
    const events: string[] = []
    let finishFirst: () => void = () => {}
    const firstMayFinish = new Promise<void>((resolve) => (finishFirst = resolve))
    const reporter = new MemoryReporter()
    const options = { site: 'Shop', directory: dir, reporter, clock: systemClock, pollMs: 5 }
    const first = withDeployLock({ ...options, description: 'run 1' }, async () => {
      events.push('first in')
      await firstMayFinish
      events.push('first out')
    })
    await vi.waitFor(() => expect(events).toEqual(['first in']))
    const second = withDeployLock({ ...options, description: 'run 2' }, async () => {
      events.push('second in')
    })
    await vi.waitFor(() =>
      expect(reporter.messages('info').join('\n')).toMatch(/Waiting for another deploy of Shop\/.*\(run 1\)/)
    )
    expect(events).toEqual(['first in'])
    finishFirst()
    await Promise.all([first, second])
    expect(events).toEqual(['first in', 'first out', 'second in'])
    expect(fs.existsSync(lockPathOf('Shop'))).toBe(false)
  })

  it('does not serialize different applications of one site', async () => {
    const reporter = new MemoryReporter()
    const a = await acquireDeployLock({
      site: 'Shop',
      application: '/a',
      directory: dir,
      reporter,
      clock: systemClock
    })
    const b = await acquireDeployLock({
      site: 'Shop',
      application: '/b',
      directory: dir,
      reporter,
      clock: systemClock
    })
    expect(a.path).not.toBe(b.path)
    await a.release()
    await b.release()
  })

  it('breaks the lock of a crashed run (its process is gone) and says so', async () => {
    const lockPath = plantLock('Shop', { pid: 999_999, description: 'crashed run' })
    const reporter = new MemoryReporter()
    const lock = await acquireDeployLock({
      site: 'Shop',
      directory: dir,
      reporter,
      clock: systemClock,
      isProcessAlive: (pid) => pid !== 999_999
    })
    expect(reporter.warnings[0]).toMatch(
      /Breaking the deploy lock of Shop\/ held by pid 999999 .*crashed run.*no longer running/
    )
    expect(lock.path).toBe(lockPath)
    expect(parseLockOwner(fs.readFileSync(path.join(lockPath, 'owner.json'), 'utf8'))?.pid).toBe(process.pid)
    await lock.release()
  })

  it('breaks a holder whose heartbeat stopped (another host: the pid cannot be checked)', async () => {
    plantLock('Shop', { host: 'ELSEWHERE', heartbeatAt: Date.now() - 120_000 })
    const reporter = new MemoryReporter()
    const lock = await acquireDeployLock({
      site: 'Shop',
      directory: dir,
      reporter,
      clock: systemClock,
      staleMs: 60_000
    })
    expect(reporter.warnings[0]).toMatch(/heartbeat stopped 120 s ago/)
    await lock.release()
  })

  it('times out naming the holder, the lock path and the fix', async () => {
    const lockPath = plantLock('Shop', { description: 'GitHub run 7', heartbeatAt: Date.now() + 10 ** 9 })
    const error = await acquireDeployLock({
      site: 'Shop',
      directory: dir,
      reporter: new MemoryReporter(),
      clock: fastClock(),
      timeoutMs: 5000
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    const message = (error as Error).message
    expect(message).toContain(`pid ${process.pid} on host ${os.hostname()} (GitHub run 7)`)
    expect(message).toContain(lockPath)
    expect(message).toMatch(/Fix: wait for it to finish/)
    expect(fs.existsSync(lockPath)).toBe(true) // never steals a live lock
  })

  it('stops waiting when cancelled', async () => {
    plantLock('Shop', { heartbeatAt: Date.now() + 10 ** 9 })
    const controller = new AbortController()
    const waiting = acquireDeployLock({
      site: 'Shop',
      directory: dir,
      reporter: new MemoryReporter(),
      clock: systemClock,
      pollMs: 5,
      signal: controller.signal
    })
    controller.abort()
    await expect(waiting).rejects.toBeInstanceOf(CancelledError)
  })

  it('releases in every outcome: a failing deploy leaves no lock behind', async () => {
    const options = { site: 'Shop', directory: dir, reporter: new MemoryReporter(), clock: systemClock }
    await expect(
      withDeployLock(options, async () => {
        throw new Error('sync failed')
      })
    ).rejects.toThrow('sync failed')
    expect(fs.existsSync(lockPathOf('Shop'))).toBe(false)
  })

  it('keeps its heartbeat fresh while held, and never removes a successor’s lock', async () => {
    const reporter = new MemoryReporter()
    const lock = await acquireDeployLock({
      site: 'Shop',
      directory: dir,
      reporter,
      clock: systemClock,
      heartbeatMs: 5
    })
    const ownerFile = path.join(lock.path, 'owner.json')
    await vi.waitFor(() => {
      const owner = parseLockOwner(fs.readFileSync(ownerFile, 'utf8'))
      expect(owner?.heartbeatAt).toBeGreaterThan(lock.owner.heartbeatAt)
    })
    // Another run judged us crashed and took over: we warn, and release leaves its lock alone.
    fs.writeFileSync(ownerFile, JSON.stringify({ ...lock.owner, token: 'successor' }))
    await vi.waitFor(() => expect(reporter.warnings.join('\n')).toMatch(/taken over by another run/))
    await lock.release()
    expect(parseLockOwner(fs.readFileSync(ownerFile, 'utf8'))?.token).toBe('successor')
  })
})

describe('live holders and pid reuse', () => {
  const owner: LockOwner = {
    token: 't',
    pid: 42,
    host: 'BUILD01',
    startedAt: 0,
    heartbeatAt: 0,
    target: 'S/',
    processStart: 'linux:100'
  }
  const context = { hostname: 'BUILD01', staleMs: 60_000, isProcessAlive: () => true }
  it.each<[string, string | undefined, boolean]>([
    ['same pid, same start time: alive', 'linux:100', false],
    ['same pid, another start time: the pid was reused', 'linux:999', true],
    ['start time unknown here: the pid decides', undefined, false]
  ])('%s', (_name, startNow, stale) => {
    const verdict = judgeLockHolder(owner, 10 ** 9, { ...context, processStartOf: () => startNow })
    expect(verdict.stale).toBe(stale)
    if (stale) expect(verdict.reason).toMatch(/pid now belongs to another process/)
  })

  it('reads the start time of a real process from /proc (Linux), stable across reads', () => {
    if (process.platform !== 'linux') return
    const first = readProcessStart(process.pid)
    expect(first).toMatch(/^linux:\d+$/)
    expect(readProcessStart(process.pid)).toBe(first)
    expect(readProcessStart(2 ** 22 + 12345)).toBeUndefined()
  })

  it('never breaks the lock of a live holder with a stale heartbeat: waits, then times out naming it', async () => {
    const lockPath = plantLock('Shop', {
      heartbeatAt: Date.now() - 3_600_000,
      processStart: readProcessStart(process.pid)
    })
    const error = await acquireDeployLock({
      site: 'Shop',
      directory: dir,
      reporter: new MemoryReporter(),
      clock: fastClock(),
      staleMs: 1000,
      timeoutMs: 5000
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect(fs.existsSync(lockPath)).toBe(true)
  })

  it('assertHeld passes while held and throws LockLostError once another run took the lock over', async () => {
    const lock = await acquireDeployLock({
      site: 'Shop',
      directory: dir,
      reporter: new MemoryReporter(),
      clock: systemClock
    })
    expect(() => lock.assertHeld()).not.toThrow()
    fs.writeFileSync(path.join(lock.path, 'owner.json'), JSON.stringify({ ...lock.owner, token: 'thief' }))
    expect(() => lock.assertHeld()).toThrow(LockLostError)
    expect(() => lock.assertHeld()).toThrow(/lost the deploy lock of Shop\/ to pid .*stopped before changing/)
    await lock.release()
    expect(parseLockOwner(fs.readFileSync(path.join(lock.path, 'owner.json'), 'utf8'))?.token).toBe('thief')
  })

  it('the server scope is one lock for the machine, apart from every site lock', async () => {
    expect(lockNameFor({ scope: 'server', site: 'Shop' })).toBe(SERVER_LOCK_NAME)
    expect(lockNameFor({ site: 'Shop' })).not.toBe(SERVER_LOCK_NAME)
    const server = await acquireDeployLock({
      scope: 'server',
      directory: dir,
      reporter: new MemoryReporter(),
      clock: systemClock
    })
    const site = await acquireDeployLock({
      site: 'Shop',
      directory: dir,
      reporter: new MemoryReporter(),
      clock: systemClock
    })
    expect(server.path).toBe(path.join(dir, SERVER_LOCK_NAME))
    const second = await acquireDeployLock({
      scope: 'server',
      directory: dir,
      reporter: new MemoryReporter(),
      clock: fastClock(),
      timeoutMs: 3000
    }).catch((e: unknown) => e)
    expect(second).toBeInstanceOf(TimeoutError)
    expect((second as Error).message).toMatch(/this server/)
    await server.release()
    await site.release()
  })
})
