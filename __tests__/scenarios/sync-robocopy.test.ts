// Robocopy scenarios: the planner, syncWithRobocopy with the real ProcessRunner and the fake robocopy on PATH (it
// copies for real and fails like Windows on files a running worker holds), release folders and in-place backup,
// against the fake IIS (a site served over HTTP by a worker process that locks its .dll files).
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ToolError } from '../../src/core/errors.js'
import type { CommandRunner } from '../../src/core/ports.js'
import { ToolResolver } from '../../src/core/tools.js'
import { ProcessRunner } from '../../src/runtime/process-runner.js'
import { createBackup, restoreBackup } from '../../src/steps/sync/backup.js'
import { planChanges } from '../../src/steps/sync/planner.js'
import {
  planReleaseLayout,
  pruneReleases,
  rollbackTarget,
  stageRelease
} from '../../src/steps/sync/releases.js'
import { syncWithRobocopy, type SyncWithRobocopyOptions } from '../../src/steps/sync/robocopy.js'
import { createFakeIis, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'

let iis: FakeIis
let site: SiteHandle

beforeEach(async () => {
  iis = await createFakeIis()
  site = iis.defaultSite as SiteHandle
})
afterEach(() => iis.dispose())

/** The real runner with the fake IIS environment; robocopy's /W: waits scaled down 100× (5 s → 50 ms). */
function runner(): CommandRunner {
  const real = new ProcessRunner()
  const env = Object.fromEntries(Object.entries(iis.env).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >
  return {
    run: (tool, args, options = {}) =>
      real.run(tool, args, { ...options, env: { ...env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01', ...options.env } })
  }
}

function ports(reporter = new MemoryReporter()) {
  const sleeps: number[] = []
  return {
    runner: runner(),
    reporter,
    // Real discovery: the fake robocopy is found on PATH (contract §3).
    tools: new ToolResolver({ env: iis.env, platform: process.platform }),
    clock: {
      now: () => Date.now(),
      sleep: async (ms: number) => {
        sleeps.push(ms)
      }
    },
    sleeps
  }
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url)
  return { status: response.status, body: await response.text() }
}

function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (dir: string, prefix: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name
      if (e.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(path.join(dir, e.name))}`
      else if (e.isDirectory()) walk(path.join(dir, e.name), rel)
      else out[rel] = fs.readFileSync(path.join(dir, e.name), 'utf8')
    }
  }
  walk(root, '')
  return out
}

/** Gives every file under root a fixed old time, so "changed" never depends on how fast the test runs. */
function age(root: string, date = new Date('2026-01-01T00:00:00Z')): void {
  for (const rel of Object.keys(tree(root))) fs.utimesSync(path.join(root, rel), date, date)
}

const robocopyOptions = (source: string, target: string, extra: Partial<SyncWithRobocopyOptions> = {}) => ({
  source,
  target,
  retries: 1,
  waitSeconds: 1,
  lockRetries: 1,
  lockRetryDelayMs: 10,
  ...extra
})

describe('in-place deploys with robocopy', () => {
  it('first deploy: the plan and robocopy agree, every file arrives with its time', async () => {
    const source = iis.publishApp({ version: '1.0.0' })
    const target = path.join(iis.root, 'first-deploy')
    const plan = await planChanges({ source, target })
    const p = ports()
    const result = await syncWithRobocopy(p, robocopyOptions(source, target))
    expect(result).toMatchObject({
      filesAdded: plan.filesAdded,
      filesUpdated: 0,
      bytesCopied: plan.bytesToCopy,
      exitCode: 1,
      attempts: 1
    })
    expect(plan.filesAdded).toBe(Object.keys(tree(source)).length)
    expect(tree(target)).toEqual(tree(source))
    expect((await planChanges({ source, target })).changes).toEqual([])
  })

  it('redeploy with changes and delete-extra: preserved folders are neither purged nor overwritten', async () => {
    const target = site.physicalPath
    fs.mkdirSync(path.join(target, 'App_Data'))
    fs.writeFileSync(path.join(target, 'App_Data', 'users.db'), 'live users')
    fs.mkdirSync(path.join(target, 'logs'))
    fs.writeFileSync(path.join(target, 'logs', 'stdout.log'), 'log')
    fs.writeFileSync(path.join(target, 'stale.js'), 'old script')
    age(target)
    const source = iis.publishApp({ version: '2.0.0' })
    fs.mkdirSync(path.join(source, 'App_Data'))
    fs.writeFileSync(path.join(source, 'App_Data', 'users.db'), 'EMPTY SEED DB FROM THE BUILD')
    fs.writeFileSync(path.join(source, 'wwwroot', 'new.js'), 'new')
    // A clean CI build gives every file a new time; this one has the old times, and SampleApp.dll 1.0.0 and
    // 2.0.0 have the same size: only the content comparison (checksum) sees the change.
    age(source)

    const plan = await planChanges({ source, target, deleteExtra: true, checksum: true })
    expect(plan.changes.map((c) => `${c.kind} ${c.path}`)).toEqual([
      'update SampleApp.dll',
      'delete stale.js',
      'add wwwroot/new.js'
    ])
    expect(plan.forceCopy).toEqual(['SampleApp.dll'])
    const result = await syncWithRobocopy(
      ports(),
      robocopyOptions(source, target, { deleteExtra: true, plan })
    )
    expect(result).toMatchObject({ filesAdded: 1, filesUpdated: 1, filesDeleted: 1 })
    const after = tree(target)
    expect(after['App_Data/users.db']).toBe('live users')
    expect(after['logs/stdout.log']).toBe('log')
    expect(after['stale.js']).toBeUndefined()
    expect(after['wwwroot/new.js']).toBe('new')
    expect(await get(`${site.url}/version`)).toEqual({ status: 200, body: '2.0.0' })
  })

  it('a static-only change deploys while the app runs: no lock, same worker, no downtime', async () => {
    const target = site.physicalPath
    expect((await get(`${site.url}/health`)).status).toBe(200) // the worker is up and holds SampleApp.dll
    const workersBefore = iis.workers(site.pool).map((w) => w.pid)
    expect(workersBefore).toHaveLength(1)
    const source = path.join(iis.root, 'static-change')
    fs.cpSync(target, source, { recursive: true, preserveTimestamps: true })
    fs.writeFileSync(path.join(source, 'wwwroot', 'css', 'site.css'), 'body { color: hotpink }')

    const plan = await planChanges({ source, target })
    expect(plan.touchesLockedFiles).toBe(false)
    expect(plan.changes.map((c) => c.path)).toEqual(['wwwroot/css/site.css'])
    const result = await syncWithRobocopy(ports(), robocopyOptions(source, target))
    expect(result).toMatchObject({ filesUpdated: 1, attempts: 1 })
    expect(iis.workers(site.pool).map((w) => w.pid)).toEqual(workersBefore)
    expect(await get(`${site.url}/css/site.css`)).toEqual({ status: 200, body: 'body { color: hotpink }' })
  })

  it('a locked .dll fails like Windows (ERROR 32), is retried a bounded number of times, and the error names it', async () => {
    const target = site.physicalPath
    expect((await get(`${site.url}/health`)).status).toBe(200)
    const source = iis.publishApp({ version: '2.0.0' })
    const plan = await planChanges({ source, target, checksum: true })
    expect(plan.touchesLockedFiles).toBe(true)
    expect(plan.lockedChanges).toEqual(['SampleApp.dll'])

    const reporter = new MemoryReporter()
    const p = ports(reporter)
    const error = await syncWithRobocopy(p, robocopyOptions(source, target, { plan })).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ToolError)
    expect((error as ToolError).message).toMatch(
      /robocopy could not replace 1 file\(s\) because another process holds them \(ERROR 32, sharing violation\), after 2 run\(s\) with \/R:1 each: SampleApp\.dll\./
    )
    expect((error as ToolError).fix).toMatch(/take-offline/)
    expect(p.sleeps).toEqual([10])
    expect(reporter.warnings[0]).toMatch(/SampleApp\.dll.*retry 1 of 1/)
    expect(iis.readState().log.filter((l) => l.startsWith('robocopy '))).toHaveLength(2)
    // Nothing half-done to the locked file; the app still serves the old version.
    expect(await get(`${site.url}/version`)).toEqual({ status: 200, body: '1.0.0' })
  })

  it('the same deploy succeeds once app_offline.htm makes the app let go of its files (robocopy /R: retries)', async () => {
    const target = site.physicalPath
    expect((await get(`${site.url}/health`)).status).toBe(200)
    iis.setTimings({ offlineReleaseMs: 150 })
    fs.writeFileSync(path.join(target, 'app_offline.htm'), 'Back soon')
    const source = iis.publishApp({ version: '2.0.0' })
    const result = await syncWithRobocopy(
      ports(),
      // /W:5 scaled to 50 ms: the first tries hit the lock, a later one gets through.
      robocopyOptions(source, target, { retries: 20, waitSeconds: 5, deleteExtra: true })
    )
    expect(result.exitCode).toBe(1)
    expect(tree(target)['app_offline.htm']).toBe('Back soon') // never purged
    fs.rmSync(path.join(target, 'app_offline.htm'))
    expect(await get(`${site.url}/version`)).toEqual({ status: 200, body: '2.0.0' })
  })

  it('backup: true keeps what the sync replaces; restoreBackup puts the previous version back exactly', async () => {
    const target = path.join(iis.root, 'backup-site')
    fs.cpSync(site.physicalPath, target, { recursive: true })
    fs.writeFileSync(path.join(target, 'stale.js'), 'old')
    age(target)
    const before = tree(target)
    const source = iis.publishApp({ version: '3.0.0' })
    fs.writeFileSync(path.join(source, 'added.txt'), 'new file')

    const plan = await planChanges({ source, target, deleteExtra: true })
    const backup = createBackup({ plan, target })
    expect(backup.dir.startsWith(`${target}.iis-deploy-backups${path.sep}`)).toBe(true)
    await syncWithRobocopy(ports(), robocopyOptions(source, target, { deleteExtra: true }))
    expect(tree(target)['added.txt']).toBe('new file')
    expect(tree(target)['stale.js']).toBeUndefined()

    restoreBackup(backup)
    expect(tree(target)).toEqual(before)
  })
})

describe('release folders', () => {
  it('stages next to the locked live release, switches, keeps N, and rolls back by switching back', async () => {
    const appcmd = async (...args: string[]) => expect((await iis.run('appcmd', args)).exitCode).toBe(0)
    const reporter = new MemoryReporter()
    const root = path.join(iis.root, 'app-root')
    const deploy = async (version: string, id: string) => {
      const live = iis.readState().vdirs.find((v) => v.site === site.name && v.app === '/')?.physicalPath
      const layout = planReleaseLayout({
        physicalPath: root,
        livePhysicalPath: live === site.physicalPath ? undefined : live,
        releaseId: id
      })
      const staged = await stageRelease(
        { reporter },
        { layout, source: iis.publishApp({ version }), checksum: true }
      )
      await appcmd('set', 'vdir', `${site.name}/`, `/physicalPath:${layout.releasePath}`)
      return { layout, staged }
    }

    const first = await deploy('1.1.0', '1')
    expect(await get(`${site.url}/version`)).toEqual({ status: 200, body: '1.1.0' })
    fs.writeFileSync(path.join(first.layout.releasePath, 'App_Data', 'orders.db'), 'orders')

    // The worker now runs release 1 and holds its .dll: staging release 2 never writes there, so no lock matters.
    const second = await deploy('2.0.0', '2')
    expect(second.layout.previousPath).toBe(first.layout.releasePath)
    expect(second.staged).toMatchObject({ filesUpdated: 1 })
    expect(tree(first.layout.releasePath)['SampleApp.dll']).toContain('"version":"1.1.0"')
    expect(fs.readFileSync(path.join(second.layout.releasePath, 'App_Data', 'orders.db'), 'utf8')).toBe(
      'orders'
    )
    expect(await get(`${site.url}/version`)).toEqual({ status: 200, body: '2.0.0' })

    const third = await deploy('3.0.0', '3')
    const pruned = pruneReleases({
      releasesDir: third.layout.releasesDir,
      keep: 2,
      live: third.layout.releasePath,
      previous: third.layout.previousPath
    })
    expect(pruned.deleted).toEqual([first.layout.releasePath])
    expect(fs.readdirSync(third.layout.releasesDir).sort()).toEqual(['2', '3'])
    expect(tree(path.join(root, 'shared'))['App_Data/orders.db']).toBe('orders')

    // Rollback: one switch back to the previous path.
    const back = rollbackTarget(third.layout) as string
    expect(back).toBe(second.layout.releasePath)
    await appcmd('set', 'vdir', `${site.name}/`, `/physicalPath:${back}`)
    expect(await get(`${site.url}/version`)).toEqual({ status: 200, body: '2.0.0' })
  })
})
