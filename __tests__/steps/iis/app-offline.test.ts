import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  APP_OFFLINE_MARKER,
  allOf,
  appBinaries,
  builtInAppOfflinePage,
  detectLeftoverAppOffline,
  filesWritableProbe,
  findAppOfflineFiles,
  removeAppOffline,
  removeLeftoverAppOffline,
  takeAppOffline,
  withAppOffline,
  workersExitedProbe,
  type ReleaseProbe
} from '../../../src/steps/iis/app-offline.js'
import { CancelledError, TimeoutError, ToolError } from '../../../src/core/errors.js'
import { FakeRunner } from '../../../test-support/fake-runner.js'
import { MemoryReporter } from '../../../test-support/memory-reporter.js'
import { STEADY_POLL_MS } from '../../../src/steps/iis/app-pool.js'
import { appcmdOver, instantClock, ok } from './helpers.js'

let root: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'iis-offline-'))
  fs.writeFileSync(path.join(root, 'web.config'), '<configuration />')
})
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

const base = () => ({ physicalPath: root, reporter: new MemoryReporter(), clock: instantClock() })
const never: ReleaseProbe = { description: 'never', check: async () => 'still busy' }

describe('app_offline.htm files (§6)', () => {
  it('the built-in page is a real page, padded past 512 bytes, and marked as ours', () => {
    const page = builtInAppOfflinePage()
    expect(Buffer.byteLength(page)).toBeGreaterThan(512)
    expect(page).toMatch(/<!DOCTYPE html>/)
    expect(page).toContain(APP_OFFLINE_MARKER)
  })

  it.each([['app_offline.htm'], ['App_Offline.htm'], ['APP_OFFLINE.HTM']])(
    'finds %s: the lookup is case-insensitive',
    (name) => {
      fs.writeFileSync(path.join(root, name), 'x')
      expect(findAppOfflineFiles(root)).toEqual([path.join(root, name)])
    }
  )

  it('lists the app binaries at the top of the folder', () => {
    fs.writeFileSync(path.join(root, 'App.dll'), '')
    fs.writeFileSync(path.join(root, 'App.exe'), '')
    fs.writeFileSync(path.join(root, 'App.pdb'), '')
    expect(
      appBinaries(root)
        .map((f) => path.basename(f))
        .sort()
    ).toEqual(['App.dll', 'App.exe'])
  })
})

describe('takeAppOffline', () => {
  it('writes the built-in page, and bringOnline removes it (idempotent) and measures the offline time', async () => {
    const options = base()
    const handle = await takeAppOffline(options)
    expect(fs.readFileSync(handle.path, 'utf8')).toBe(builtInAppOfflinePage())
    expect(handle.leftover).toBeUndefined()
    expect(handle.online).toBe(false)
    await options.clock.sleep(1500)
    expect(await handle.bringOnline()).toEqual({ offlineMs: 1500 })
    expect(await handle.bringOnline()).toEqual({ offlineMs: 1500 })
    expect(handle.online).toBe(true)
    expect(findAppOfflineFiles(root)).toEqual([])
  })

  it('writes your page as given (non-ASCII included)', async () => {
    const handle = await takeAppOffline({ ...base(), content: '<h1>Wartung – gleich zurück</h1>' })
    expect(fs.readFileSync(handle.path, 'utf8')).toBe('<h1>Wartung – gleich zurück</h1>')
    await handle.bringOnline()
  })

  it('reports a leftover from an earlier failed run loudly, replaces it, and removes it at the end', async () => {
    fs.writeFileSync(path.join(root, 'App_Offline.htm'), builtInAppOfflinePage())
    const options = base()
    const handle = await takeAppOffline(options)
    expect(handle.leftover?.writtenByIisDeploy).toBe(true)
    expect(options.reporter.warnings[0]).toMatch(
      /App_Offline.htm was already there .*answering 503.*earlier iis-deploy run failed/
    )
    expect(findAppOfflineFiles(root)).toEqual([path.join(root, 'app_offline.htm')])
    await handle.bringOnline()
    expect(findAppOfflineFiles(root)).toEqual([])
  })

  it('tells a leftover it did not write from its own', () => {
    fs.writeFileSync(path.join(root, 'app_offline.htm'), '<p>down for maintenance</p>')
    expect(detectLeftoverAppOffline(root)).toMatchObject({ writtenByIisDeploy: false })
  })

  it('waits until the workers that ran when the file appeared have exited (in-process: ANCM recycles them)', async () => {
    const runner = new FakeRunner({
      'appcmd list wps /apppool.name:P': [
        ok('WP "10" (applicationPool:P)'), // prepare: before the file
        ok('WP "10" (applicationPool:P)'),
        ok('WP "10" (applicationPool:P)\nWP "11" (applicationPool:P)'),
        ok('WP "11" (applicationPool:P)') // only the new worker that serves the page
      ]
    })
    const { appcmd } = appcmdOver(runner)
    const options = base()
    const handle = await takeAppOffline({ ...options, probe: workersExitedProbe(appcmd, 'P') })
    expect(handle.released).toBe(true)
    expect(runner.calls).toHaveLength(4)
    // A steady short poll, not a backoff: a late look is downtime (issue 15).
    expect(options.clock.slept).toEqual([STEADY_POLL_MS, STEADY_POLL_MS])
    await handle.bringOnline()
  })

  it('waits until the binaries can be opened for write (out-of-process)', async () => {
    const dll = path.join(root, 'App.dll')
    fs.mkdirSync(dll) // cannot be opened for write: stands in for a mapped, locked image
    let checks = 0
    const files = filesWritableProbe(() => {
      if (++checks === 3) {
        fs.rmdirSync(dll)
        fs.writeFileSync(dll, 'MZ')
      }
      return [dll]
    })
    const handle = await takeAppOffline({ ...base(), probe: allOf(files) })
    expect(handle.released).toBe(true)
    expect(checks).toBe(3)
    await handle.bringOnline()
  })

  it('a read-only binary is probed with its attribute lifted, not taken as locked forever (issue 12)', async () => {
    // Windows semantics, which root on Linux does not have: opening a read-only file for writing fails (EPERM),
    // whether or not a process holds it; a file a process holds fails with EBUSY (sharing violation).
    const held = new Set<string>()
    const realOpen = fs.openSync.bind(fs)
    vi.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, flags?: fs.OpenMode) => {
      const name = String(file)
      if (flags === 'r+' && (fs.statSync(name).mode & 0o200) === 0)
        throw Object.assign(new Error('EPERM'), { code: 'EPERM' })
      if (flags === 'r+' && held.has(name)) throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' })
      return realOpen(file, flags ?? 'r')
    }) as typeof fs.openSync)
    const dll = path.join(root, 'App.dll')
    fs.writeFileSync(dll, 'MZ')
    fs.chmodSync(dll, 0o444)
    const probe = filesWritableProbe([dll])
    held.add(dll)
    expect(await probe.check()).toBe('App.dll is locked (EBUSY, read-only file)')
    expect(fs.statSync(dll).mode & 0o777).toBe(0o444)
    held.delete(dll)
    expect(await probe.check()).toBeUndefined()
    expect(fs.statSync(dll).mode & 0o777).toBe(0o444)
  })

  it('on timeout fails AND removes the file again: no site left silently down (peers §3 item 2)', async () => {
    const error = await takeAppOffline({ ...base(), probe: never, timeoutMs: 3000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as Error).message).toMatch(/did not let go of its files within 3 s.*still busy.*Fix:/s)
    expect(findAppOfflineFiles(root)).toEqual([])
  })

  it('on timeout with onTimeout "continue" warns and keeps the app offline', async () => {
    const options = base()
    const handle = await takeAppOffline({ ...options, probe: never, timeoutMs: 1000, onTimeout: 'continue' })
    expect(handle.released).toBe(false)
    expect(options.reporter.warnings[0]).toMatch(/Continuing; copying may meet locked files/)
    expect(findAppOfflineFiles(root)).toHaveLength(1)
    await handle.bringOnline()
  })

  it('on cancellation removes the file again', async () => {
    const controller = new AbortController()
    const probe: ReleaseProbe = {
      description: 'cancel on first look',
      check: async () => {
        controller.abort()
        return 'busy'
      }
    }
    await expect(takeAppOffline({ ...base(), probe, signal: controller.signal })).rejects.toBeInstanceOf(
      CancelledError
    )
    expect(findAppOfflineFiles(root)).toEqual([])
  })

  it('names the folder when it does not exist', async () => {
    await expect(takeAppOffline({ ...base(), physicalPath: path.join(root, 'nope') })).rejects.toThrow(
      /does not exist/
    )
  })
})

describe('withAppOffline: removal in every outcome unless asked to stay offline', () => {
  it.each<[string, 'never' | 'on-failure' | 'always' | undefined, boolean, boolean]>([
    ['success', undefined, false, false],
    ['failure', undefined, true, false],
    ['failure, stay offline on failure', 'on-failure', true, true],
    ['success, stay offline on failure', 'on-failure', false, false],
    ['success, always stay offline', 'always', false, true]
  ])('%s', async (_name, stayOffline, fail, remains) => {
    const options = base()
    const run = withAppOffline({ ...options, stayOffline }, async () => {
      expect(findAppOfflineFiles(root)).toHaveLength(1)
      if (fail) throw new Error('sync failed')
      return 'done'
    })
    if (fail) await expect(run).rejects.toThrow('sync failed')
    else await expect(run).resolves.toBe('done')
    expect(findAppOfflineFiles(root)).toHaveLength(remains ? 1 : 0)
    if (remains) expect(options.reporter.warnings.join('\n')).toMatch(/stays in place as requested/)
  })
})

describe('removeAppOffline and removeLeftoverAppOffline', () => {
  it('fails with a fix when the file cannot be removed, after a few attempts', async () => {
    const blocker = path.join(root, 'app_offline.htm')
    fs.mkdirSync(blocker) // a directory of that name cannot be removed as a file
    fs.writeFileSync(path.join(blocker, 'x'), '')
    const options = base()
    const error = await removeAppOffline({ ...options, attempts: 3 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ToolError)
    expect((error as ToolError).message).toMatch(
      /keeps answering 503.*Fix: Delete .*app_offline.htm by hand/s
    )
    expect(options.clock.slept).toEqual([100, 200])
  })

  it('removes a leftover for deploys that do not take the app offline, and says so', async () => {
    fs.writeFileSync(path.join(root, 'app_offline.htm'), 'x')
    const options = base()
    expect(await removeLeftoverAppOffline(options)).toEqual([path.join(root, 'app_offline.htm')])
    expect(options.reporter.warnings[0]).toMatch(/already there.*Removing it now/)
    expect(await removeLeftoverAppOffline(options)).toEqual([])
  })
})
