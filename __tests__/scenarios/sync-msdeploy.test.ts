// Web Deploy scenarios: syncWithWebDeploy with the real ProcessRunner and the fake msdeploy on PATH (it copies for
// real, reads its command line with msdeploy's grammar, fails like msdeploy on locked files and bad credentials),
// against the fake IIS state (sites, apps, worker locks).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { CommandRunner } from '../../src/core/ports.js'
import { ToolResolver } from '../../src/core/tools.js'
import { ProcessRunner } from '../../src/runtime/process-runner.js'
import {
  MsDeployError,
  removeAppOfflineWithWebDeploy,
  syncWithWebDeploy,
  type WebDeploySyncOptions
} from '../../src/steps/sync/msdeploy.js'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'

let iis: FakeIis
let remote: FakeIis
let work: string
let siteRoot: string
let remoteRoot: string
let extraEnv: Record<string, string> = {}

const SITE = 'Shop & Co 日本'
const REMOTE_SITE = 'Remote Site'
const REMOTE_USER = 'deploy'
const REMOTE_PASSWORD = `p w&^%|<>',;=#x Café` // every hostile character a password may hold

/** The fake's environment on every call (the step itself passes none). */
function runner(): CommandRunner {
  const real = new ProcessRunner()
  return {
    run: (tool, args, options = {}) =>
      real.run(tool, args, {
        ...options,
        env: {
          ...(Object.fromEntries(Object.entries(iis.env).filter(([, v]) => v !== undefined)) as Record<
            string,
            string
          >),
          FAKE_MSDEPLOY_REMOTE_STATE: remote.stateDir,
          FAKE_MSDEPLOY_REMOTE_USER: REMOTE_USER,
          FAKE_MSDEPLOY_REMOTE_PASSWORD: REMOTE_PASSWORD,
          FAKE_MSDEPLOY_REMOTE_HOST: 'web01',
          FAKE_MSDEPLOY_LOG: path.join(work, 'msdeploy-calls.jsonl'),
          ...extraEnv,
          ...options.env
        }
      })
  }
}

function ports(reporter = new MemoryReporter()) {
  return {
    runner: runner(),
    reporter,
    // Real discovery: the fake msdeploy is found on PATH (contract §3).
    tools: new ToolResolver({ env: iis.env, platform: process.platform }),
    clock: { now: () => Date.now(), sleep: async () => undefined }
  }
}

/** A site with its root app and pool, straight into the state (no HTTP listener needed here). */
function addSite(fake: FakeIis, name: string, pool: string): string {
  const root = fs.mkdtempSync(path.join(fake.root, 'site-'))
  fake.addPool(pool)
  fake.update((state) => {
    state.sites.push({
      name,
      id: state.sites.length + 1,
      bindings: [],
      state: 'Started',
      serverAutoStart: true,
      attributes: {}
    })
    state.apps.push({ site: name, path: '/', applicationPool: pool })
    state.vdirs.push({ site: name, app: '/', path: '/', physicalPath: root })
  })
  return root
}

/** A worker that holds the pool's .dll/.exe files (no process behind it). */
function lockPool(fake: FakeIis, pool: string): void {
  fake.update((state, now) => {
    state.workers.push({ pid: 999_999, pool, startedAt: now, exitAt: null, virtual: true })
  })
}

function unlockAll(fake: FakeIis): void {
  fake.update((state) => {
    state.workers = []
  })
}

function publish(files: Record<string, string>, name = 'publish'): string {
  const dir = fs.mkdtempSync(path.join(work, `${name}-`))
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), content)
  }
  return dir
}

/** Changes a publish folder in place (untouched files keep their times, as an incremental build's do). */
function change(dir: string, files: Record<string, string>, removed: string[] = []): string {
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), content)
  }
  for (const rel of removed) fs.rmSync(path.join(dir, rel))
  return dir
}

/** Every file under a folder with its content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const visit = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) visit(child)
      else out[child] = fs.readFileSync(path.join(dir, child), 'utf8')
    }
  }
  visit('')
  return out
}

function emptyFolder(dir: string): void {
  for (const name of fs.readdirSync(dir)) fs.rmSync(path.join(dir, name), { recursive: true, force: true })
}

const APP = {
  'web.config': '<configuration />',
  'Shop.dll': 'v1',
  'Shop.pdb': 'symbols',
  'wwwroot/site.css': 'body{}',
  'wwwroot/js/app.js': 'app()'
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sync-msdeploy-'))
  iis = await createFakeIis({ defaultSite: false })
  remote = await createFakeIis({ defaultSite: false })
  siteRoot = addSite(iis, SITE, 'ShopPool')
  remoteRoot = addSite(remote, REMOTE_SITE, 'RemotePool')
})

afterAll(async () => {
  await iis?.dispose()
  await remote?.dispose()
  fs.rmSync(work, { recursive: true, force: true })
})

beforeEach(() => {
  extraEnv = {}
  unlockAll(iis)
  unlockAll(remote)
  emptyFolder(siteRoot)
  emptyFolder(remoteRoot)
  iis.setTimings({ offlineReleaseMs: 0 })
})

const local = (source: string, more: Partial<WebDeploySyncOptions> = {}): WebDeploySyncOptions => ({
  source,
  target: { site: SITE },
  retryAttempts: 2,
  retryIntervalMs: 10,
  ...more
})

describe('Web Deploy to a local IIS app', () => {
  it('first deploy copies everything into the site folder and says what it did', async () => {
    const reporter = new MemoryReporter()
    const result = await syncWithWebDeploy(ports(reporter), local(publish(APP)))
    expect(snapshot(siteRoot)).toEqual(APP)
    expect(result).toMatchObject({
      method: 'msdeploy',
      filesAdded: 5,
      filesUpdated: 0,
      filesDeleted: 0,
      exitCode: 0
    })
    expect(result.bytesCopied).toBe(Object.values(APP).join('').length)
    expect(reporter.messages('info')[0]).toMatch(
      /^\[command\].*msdeploy -verb:sync -source:iisApp=.* -dest:iisApp="Shop & Co 日本"/
    )
    expect(reporter.text()).toContain(`Info: Adding file (${SITE}\\wwwroot\\js\\app.js).`)
    // The fake read exactly the line we meant (argv joined = the raw line Windows hands msdeploy).
    const calls = fs.readFileSync(path.join(work, 'msdeploy-calls.jsonl'), 'utf8').trim().split('\n')
    const last = JSON.parse(calls.at(-1)!) as { parsed: { dest: { path: string } } }
    expect(last.parsed.dest.path).toBe(SITE)
  })

  it('redeploy copies only what changed; without delete-extra the old file stays (DoNotDeleteRule)', async () => {
    const source = publish(APP)
    await syncWithWebDeploy(ports(), local(source))
    change(source, { 'Shop.dll': 'v2 is longer', 'wwwroot/new.css': 'new' }, ['wwwroot/site.css'])
    const result = await syncWithWebDeploy(ports(), local(source))
    expect(result).toMatchObject({ filesAdded: 1, filesUpdated: 1, filesDeleted: 0 })
    expect(result.bytesCopied).toBe('v2 is longer'.length + 'new'.length)
    expect(snapshot(siteRoot)).toEqual({ ...snapshot(source), 'wwwroot/site.css': 'body{}' })
    const again = await syncWithWebDeploy(ports(), local(source))
    expect(again).toMatchObject({ filesAdded: 0, filesUpdated: 0, filesDeleted: 0, bytesCopied: 0 })
  })

  it('a fresh publish has new times everywhere: size+time updates every file, checksum only the changed one', async () => {
    await syncWithWebDeploy(ports(), local(publish(APP)))
    const fresh = publish({ ...APP, 'Shop.dll': 'v2' })
    expect(
      (await syncWithWebDeploy(ports(), local(fresh, { checksum: true, dryRun: true }))).filesUpdated
    ).toBe(1)
    expect((await syncWithWebDeploy(ports(), local(fresh, { dryRun: true }))).filesUpdated).toBe(5)
  })

  it('whatif (dry run) reports the changes and changes nothing', async () => {
    const source = publish(APP)
    await syncWithWebDeploy(ports(), local(source))
    fs.writeFileSync(path.join(siteRoot, 'stale.txt'), 'stale')
    const before = snapshot(siteRoot)
    change(source, { 'Shop.dll': 'v3!', 'extra.txt': 'x' })
    const result = await syncWithWebDeploy(ports(), local(source, { dryRun: true, deleteExtra: true }))
    expect(result).toMatchObject({ dryRun: true, filesAdded: 1, filesUpdated: 1, filesDeleted: 1 })
    expect(result.summary).toMatch(/^Web Deploy would change 3 files/)
    expect(snapshot(siteRoot)).toEqual(before)
  })

  it('delete-extra removes what the source lacks, except preserve, exclude and app_offline.htm', async () => {
    await syncWithWebDeploy(ports(), local(publish(APP)))
    fs.mkdirSync(path.join(siteRoot, 'logs'))
    fs.writeFileSync(path.join(siteRoot, 'logs', 'stdout.log'), 'log')
    fs.mkdirSync(path.join(siteRoot, 'App_Data'))
    fs.writeFileSync(path.join(siteRoot, 'App_Data', 'db.sqlite'), 'data')
    fs.writeFileSync(path.join(siteRoot, 'stale.txt'), 'stale')
    fs.writeFileSync(path.join(siteRoot, 'app_offline.htm'), 'down for maintenance')
    const withoutPdb = { ...APP } as Record<string, string>
    delete withoutPdb['Shop.pdb']

    // DoNotDeleteRule (the default): nothing goes.
    await syncWithWebDeploy(ports(), local(publish(withoutPdb), { preserve: ['App_Data', 'logs'] }))
    expect(fs.existsSync(path.join(siteRoot, 'stale.txt'))).toBe(true)

    const result = await syncWithWebDeploy(
      ports(),
      local(publish({ ...withoutPdb, 'logs/new.log': 'from the build' }), {
        deleteExtra: true,
        preserve: ['App_Data', 'logs'],
        exclude: ['*.pdb']
      })
    )
    const after = snapshot(siteRoot)
    expect(after['stale.txt']).toBeUndefined()
    expect(after['logs/stdout.log']).toBe('log')
    expect(after['logs/new.log']).toBeUndefined() // preserved folders are not overwritten from the source either
    expect(after['App_Data/db.sqlite']).toBe('data')
    expect(after['app_offline.htm']).toBe('down for maintenance')
    expect(after['Shop.pdb']).toBe('symbols') // excluded: not deployed, and not deleted from the target
    expect(result.filesDeleted).toBe(1)
  })

  it('a locked file fails with ERROR_FILE_IN_USE after msdeploy retried, and the error says what to do', async () => {
    await syncWithWebDeploy(ports(), local(publish(APP)))
    lockPool(iis, 'ShopPool')
    const reporter = new MemoryReporter()
    const error = await syncWithWebDeploy(
      ports(reporter),
      local(publish({ ...APP, 'Shop.dll': 'v2!' }))
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MsDeployError)
    const e = error as MsDeployError
    expect(e.code).toBe('ERROR_FILE_IN_USE')
    expect(e.exitCode).toBe(255) // -1 on Windows
    expect(e.message).toContain("Web Deploy cannot modify the file 'Shop.dll' on the destination")
    expect(e.fix).toMatch(/take-offline: both.*strategy: releases/)
    expect(reporter.text()).toContain(
      `Retrying operation 'Update' on object filePath (${SITE}\\Shop.dll). Attempt 2 of 2.`
    )
    expect(fs.readFileSync(path.join(siteRoot, 'Shop.dll'), 'utf8')).toBe('v1')
  })

  it('with the AppOffline rule the app lets go of its files, the sync succeeds and App_Offline.htm is gone after', async () => {
    const source = publish(APP)
    await syncWithWebDeploy(ports(), local(source))
    lockPool(iis, 'ShopPool')
    iis.setTimings({ offlineReleaseMs: 50 })
    change(source, { 'Shop.dll': 'v2!' })
    const result = await syncWithWebDeploy(
      ports(),
      local(source, { appOffline: true, retryAttempts: 40, retryIntervalMs: 25 })
    )
    expect(result.filesUpdated).toBe(1)
    expect(fs.readFileSync(path.join(siteRoot, 'Shop.dll'), 'utf8')).toBe('v2!')
    expect(fs.readdirSync(siteRoot).some((n) => n.toLowerCase() === 'app_offline.htm')).toBe(false)
  })

  it('a failed AppOffline sync leaves App_Offline.htm behind (§4.4), and removeAppOfflineWithWebDeploy cleans it', async () => {
    await syncWithWebDeploy(ports(), local(publish(APP)))
    lockPool(iis, 'ShopPool')
    iis.setTimings({ offlineReleaseMs: 60_000 })
    const error = await syncWithWebDeploy(
      ports(),
      local(publish({ ...APP, 'Shop.dll': 'v2!' }), { appOffline: true })
    ).catch((e: unknown) => e)
    expect((error as MsDeployError).message).toContain('may have left App_Offline.htm in place')
    expect(fs.existsSync(path.join(siteRoot, 'App_Offline.htm'))).toBe(true)
    await removeAppOfflineWithWebDeploy(ports(), { target: { site: SITE } })
    expect(fs.existsSync(path.join(siteRoot, 'App_Offline.htm'))).toBe(false)
  })

  it('iisApp to an application the site does not have yet marks the folder as one (§4.2)', async () => {
    const result = await syncWithWebDeploy(
      ports(),
      local(publish(APP), { target: { site: SITE, application: '/api v2' } })
    )
    expect(result.filesAdded).toBe(5)
    expect(snapshot(path.join(siteRoot, 'api v2'))).toEqual(APP)
    const app = iis.readState().apps.find((a) => a.site === SITE && a.path === '/api v2')
    expect(app?.applicationPool).toBe('ShopPool')
  })

  it('to a physical folder: contentPath, and the AppOffline rule is refused before anything runs (peers §3.2)', async () => {
    const folder = path.join(work, 'release folder & 42')
    const result = await syncWithWebDeploy(ports(), { source: publish(APP), target: { folder } })
    expect(result.filesAdded).toBe(5)
    expect(snapshot(folder)).toEqual(APP)
    await expect(
      syncWithWebDeploy(ports(), { source: publish(APP), target: { folder }, appOffline: true })
    ).rejects.toThrow(/needs an IIS site\/app destination/)
  })

  it('a publish folder with hostile characters in its path arrives intact', async () => {
    const parent = fs.mkdtempSync(path.join(work, 'hostile-'))
    const source = path.join(parent, `pub & ^ % ; = # , 'x' Café 🚀`)
    fs.mkdirSync(source)
    for (const [rel, content] of Object.entries(APP)) {
      fs.mkdirSync(path.dirname(path.join(source, rel)), { recursive: true })
      fs.writeFileSync(path.join(source, rel), content)
    }
    const result = await syncWithWebDeploy(ports(), local(`${source}/`))
    expect(result.filesAdded).toBe(5)
    expect(snapshot(siteRoot)).toEqual(APP)
  })

  it('a dropped connection (fault injected once) is run again and then succeeds', async () => {
    iis.addFault({
      match: 'msdeploy -verb:sync',
      output:
        'Error Code: ERROR_CONNECTION_TERMINATED\nMore Information: The connection with the remote computer was terminated.\nError count: 1.',
      exitCode: 255,
      times: 1
    })
    const reporter = new MemoryReporter()
    const result = await syncWithWebDeploy(ports(reporter), local(publish(APP)))
    expect(result.filesAdded).toBe(5)
    expect(reporter.warnings.join('\n')).toMatch(/ERROR_CONNECTION_TERMINATED.*attempt 2 of 3/)
  })
})

describe('Web Deploy to a remote server (WMSvc)', () => {
  const toRemote = (
    more: Partial<WebDeploySyncOptions['remote']> = {},
    source = publish(APP)
  ): WebDeploySyncOptions => ({
    source,
    target: { site: REMOTE_SITE },
    remote: {
      url: 'https://web01:8172/msdeploy.axd',
      userName: REMOTE_USER,
      password: REMOTE_PASSWORD,
      ...more
    },
    retryAttempts: 1,
    retryIntervalMs: 10
  })

  it('deploys with a password made of every hostile character, which never shows in the log', async () => {
    const reporter = new MemoryReporter()
    const result = await syncWithWebDeploy(ports(reporter), toRemote())
    expect(result.filesAdded).toBe(5)
    expect(snapshot(remoteRoot)).toEqual(APP)
    expect(reporter.text()).toContain('password=***')
    expect(reporter.text()).not.toContain(REMOTE_PASSWORD)
    expect(reporter.text()).toContain("Info: Using ID '")
  })

  it('a wrong password fails with ERROR_USER_UNAUTHORIZED and the fix, without showing either password', async () => {
    const wrong = `${REMOTE_PASSWORD}-wrong`
    const reporter = new MemoryReporter()
    const error = await syncWithWebDeploy(ports(reporter), toRemote({ password: wrong })).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(MsDeployError)
    const e = error as MsDeployError
    expect(e.code).toBe('ERROR_USER_UNAUTHORIZED')
    expect(e.message).toContain('(401) Unauthorized')
    expect(e.fix).toMatch(/msdeploy-username.*msdeploy-password/)
    for (const text of [reporter.text(), e.message, e.stack ?? '', ...e.details]) {
      expect(text).not.toContain(wrong)
      expect(text).not.toContain(REMOTE_PASSWORD)
    }
    expect(fs.readdirSync(remoteRoot)).toEqual([])
  })

  it('a self-signed certificate needs allow-untrusted', async () => {
    extraEnv = { FAKE_MSDEPLOY_REMOTE_CERT: 'untrusted' }
    const error = await syncWithWebDeploy(ports(), toRemote()).catch((e: unknown) => e)
    expect((error as MsDeployError).code).toBe('ERROR_CERTIFICATE_VALIDATION_FAILED')
    expect((error as MsDeployError).fix).toMatch(/allow-untrusted: true/)
    const result = await syncWithWebDeploy(ports(), toRemote({ allowUntrusted: true }))
    expect(result.filesAdded).toBe(5)
  })

  it('an unreachable host fails with ERROR_DESTINATION_NOT_REACHABLE', async () => {
    const error = await syncWithWebDeploy(
      ports(),
      toRemote({ url: 'https://web02:8172/msdeploy.axd' })
    ).catch((e: unknown) => e)
    expect((error as MsDeployError).code).toBe('ERROR_DESTINATION_NOT_REACHABLE')
    expect((error as MsDeployError).fix).toMatch(/net start wmsvc/)
  })
})
