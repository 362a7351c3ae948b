// dist/index.js started as the Actions runner starts it, against the fake IIS and tools on PATH, with the sample
// published app: the scenarios of issue 6. Each failure scenario ends with the site serving a working version.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeAppSpec, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { ensureBuilt, runAction, runnerFolders, secretForms, type ProductRun, type RunnerFolders } from './harness.js'

let iis: FakeIis
let root: string
let folders: RunnerFolders
const extra: FakeIis[] = []

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-action-'))
  folders = runnerFolders(root)
})

afterEach(async () => {
  for (const fake of [iis, ...extra.splice(0)]) await fake?.dispose()
  fs.rmSync(root, { recursive: true, force: true })
})

function env(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...iis.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01', FAKE_MSDEPLOY_WAIT_SCALE: '0.01', ...overrides }
}

/** Writes the sample app (with `app` merged into its FAKEAPP line) into the workspace's `publish` folder. */
function publish(app: FakeAppSpec = {}, name = 'publish'): string {
  const dir = path.join(folders.workspace, name)
  fs.rmSync(dir, { recursive: true, force: true })
  iis.publishApp({ name: 'SampleApp', ...app }, dir)
  return dir
}

async function get(url: string): Promise<{ status: number; body: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
    return { status: response.status, body: await response.text() }
  } catch {
    return { status: 0, body: '' }
  }
}

/** The site answers with this version (waits a little: a started pool's listener comes up asynchronously). */
async function expectServing(url: string, version: string): Promise<void> {
  let last = { status: 0, body: '' }
  for (let i = 0; i < 100; i++) {
    last = await get(`${url}/version`)
    if (last.status === 200 && last.body.includes(version)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  expect(last, `the site should serve ${version}`).toEqual({ status: 200, body: expect.stringContaining(version) as string })
}

function stepResult(run: ProductRun, step: string): string | undefined {
  return new RegExp(`\\| ${step} \\| [^|]*?(succeeded|failed|cancelled|skipped|planned)`).exec(run.summary)?.[1]
}

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(-6000)}\n--- stderr\n${run.stderr.slice(-3000)}`
}

// Whole deploys with real processes: generous bounds for a loaded 2-core machine (no timing is asserted).
describe('dist/index.js against the fake IIS', { timeout: 240_000 }, () => {
  it('first deploy with create: true, redeploy, static-only redeploy', async () => {
    // Arrange: IIS without the site.
    iis = await createFakeIis({ defaultSite: false })
    const port = await iis.freePort()
    const url = `http://127.0.0.1:${port}`
    const sitePath = path.join(root, 'sites', 'Shop')
    const inputs = {
      site: 'Shop',
      create: 'true',
      'physical-path': sitePath,
      bindings: `http/*:${port}:`,
      'health-check-url': `${url}/health`,
      'health-check-timeout': '30'
    }

    // Act 1: the first deploy creates pool, site and folder.
    publish({ version: '1.0.0' })
    const first = await runAction(inputs, folders, env())
    if (process.env.DIST_DEBUG) console.log(describeRun(first))
    expect(first.exitCode, describeRun(first)).toBe(0)
    await expectServing(url, '1.0.0')
    expect(first.outputs).toMatchObject({ 'release-path': sitePath, 'health-status': '200', 'rolled-back': 'false' })
    expect(Number(first.outputs['files-added'])).toBeGreaterThan(3)
    expect(first.summary).toContain('| Step | Result | Duration | Details |')
    expect(stepResult(first, 'provision')).toBe('succeeded')
    expect(iis.readState().pools.map((p) => p.name)).toContain('Shop')

    // Act 2: a new version changes the .dll: taken offline around the copy.
    publish({ version: '2.0.0' })
    const second = await runAction(inputs, folders, env({ GITHUB_RUN_NUMBER: '8' }))
    expect(second.exitCode, describeRun(second)).toBe(0)
    await expectServing(url, '2.0.0')
    expect(stepResult(second, 'offline')).toBe('succeeded')
    expect(Number(second.outputs['files-updated'])).toBeGreaterThan(0)
    expect(second.outputs['offline-ms']).toMatch(/^\d+$/)
    // The backup lives in the machine-wide state folder, never beside or inside a web root.
    expect(second.outputs['previous-path']?.startsWith(path.join(iis.deployStateDir, 'backups'))).toBe(true)
    expect(fs.existsSync(`${sitePath}.iis-deploy-backups`)).toBe(false)
    expect(fs.existsSync(path.join(sitePath, 'app_offline.htm'))).toBe(false)

    // Act 3: only wwwroot changes: no offline at all.
    const dir = path.join(folders.workspace, 'publish')
    fs.writeFileSync(path.join(dir, 'wwwroot', 'index.html'), '<h1>new page</h1>')
    const third = await runAction(inputs, folders, env({ GITHUB_RUN_NUMBER: '9' }))
    expect(third.exitCode, describeRun(third)).toBe(0)
    expect(stepResult(third, 'offline')).toBe('skipped')
    expect(third.summary).toContain('only static files change')
    expect(third.outputs['offline-ms']).toBe('0')
    expect(third.outputs['files-updated']).toBe('1')
    expect((await get(`${url}/index.html`)).body).toContain('new page')
  })

  it('release strategy: a new folder per release, switched to; a failing release is switched back', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const inputs = {
      site: site.name,
      strategy: 'releases',
      'health-check-url': `${site.url}/health`,
      'health-check-timeout': '5'
    }
    publish({ version: '3.0.0' })
    const first = await runAction(inputs, folders, env({ GITHUB_RUN_NUMBER: '20' }))
    expect(first.exitCode, describeRun(first)).toBe(0)
    const release = path.join(site.physicalPath, 'releases', '20-1')
    expect(first.outputs['release-path']).toBe(release)
    await expectServing(site.url, '3.0.0')
    expect(stepResult(first, 'offline')).toBe('skipped')

    publish({ version: '4.0.0', health: 500, body: 'broken' })
    const second = await runAction(inputs, folders, env({ GITHUB_RUN_NUMBER: '21' }))
    expect(second.exitCode).toBe(1)
    expect(second.outputs['rolled-back']).toBe('true')
    expect(second.stdout).toMatch(/switched back to .*20-1/)
    await expectServing(site.url, '3.0.0')
    const vdir = iis.readState().vdirs.find((v) => v.site === site.name && v.app === '/')
    expect(vdir?.physicalPath).toBe(release)
  })

  it('remote Web Deploy: syncs through msdeploy; the password never appears', async () => {
    // Arrange: this machine has only the tools; the "server" is another fake IIS that msdeploy reaches.
    iis = await createFakeIis({ defaultSite: false })
    const remote = await createFakeIis()
    extra.push(remote)
    const site = remote.defaultSite as SiteHandle
    const password = "P@ss w0rd;'&%^|<>#,="

    publish({ version: '5.0.0' })
    // Act
    const run = await runAction(
      {
        site: site.name,
        'msdeploy-url': 'https://iis.example.com:8172/msdeploy.axd',
        'msdeploy-username': 'deployer',
        'msdeploy-password': password,
        'allow-untrusted': 'true',
        'health-check-url': `${site.url}/health`,
        'health-check-timeout': '20'
      },
      folders,
      env({
        FAKE_MSDEPLOY_REMOTE_STATE: remote.stateDir,
        FAKE_MSDEPLOY_REMOTE_USER: 'deployer',
        FAKE_MSDEPLOY_REMOTE_PASSWORD: password
      })
    )
    // Assert
    expect(run.exitCode, describeRun(run)).toBe(0)
    await expectServing(site.url, '5.0.0')
    expect(run.stdout).toMatch(/msdeploy.* -verb:sync/)
    for (const form of secretForms(password)) expect(run.everything).not.toContain(form)
    expect(stepResult(run, 'offline')).toBe('skipped')
  })

  it('dry-run: the plan with every command, and nothing changed', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const before = JSON.stringify({ pools: iis.readState().pools, sites: iis.readState().sites, vdirs: iis.readState().vdirs })
    const filesBefore = fs.readdirSync(site.physicalPath).sort()
    publish({ version: '9.9.9' })
    const run = await runAction(
      { site: site.name, 'dry-run': 'true', 'health-check-url': `${site.url}/health` },
      folders,
      env()
    )
    expect(run.exitCode, describeRun(run)).toBe(0)
    const plan = JSON.parse(run.outputs.plan ?? '{}') as { dryRun: boolean; commands: Array<{ step: string; command: string }>; changes: { filesUpdated: number } }
    expect(plan.dryRun).toBe(true)
    expect(Object.keys((plan as unknown as { tools: Record<string, string> }).tools)).toEqual(expect.arrayContaining(['appcmd', 'robocopy']))
    expect(plan.commands.map((c) => c.step)).toEqual(expect.arrayContaining(['offline', 'sync', 'online', 'health-check']))
    expect(plan.commands.find((c) => c.step === 'sync')?.command).toMatch(/robocopy .* \/L /)
    expect(plan.changes.filesUpdated).toBeGreaterThan(0)
    expect(run.summary).toContain('📝 Dry run')
    const after = JSON.stringify({ pools: iis.readState().pools, sites: iis.readState().sites, vdirs: iis.readState().vdirs })
    expect(after).toBe(before)
    expect(fs.readdirSync(site.physicalPath).sort()).toEqual(filesBefore)
    await expectServing(site.url, '1.0.0')
  })

  it('a failed health check rolls back to the previous version and fails the run', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish({ version: '2.0.0', health: 500, body: 'HTTP Error 500.30 - ASP.NET Core app failed to start' })
    const run = await runAction({ site: site.name, 'health-check-url': `${site.url}/health`, 'health-check-timeout': '3' }, folders, env())
    expect(run.exitCode).toBe(1)
    expect(run.outputs['rolled-back']).toBe('true')
    expect(run.outputs['health-status']).toBe('200')
    expect(run.stdout).toMatch(/::error::.*did not pass.*Rolled back: restored/s)
    expect(run.summary).toContain('↩️ Failed and rolled back')
    await expectServing(site.url, '1.0.0')
  })

  it.each<[string, Record<string, unknown> | undefined, Record<string, string>, RegExp]>([
    ['the pool does not start (rapid-fail)', { kind: 'startFails', times: 1 }, {}, /Rolled back: restored/],
    ['a file stays locked (robocopy ERROR 32)', undefined, { 'take-offline': 'none' }, /ERROR 32|locked|in use/i],
    [
      'the app never lets go of its files',
      { kind: 'workerNeverExits' },
      { 'stop-timeout': '2', 'take-offline': 'app-offline' },
      /did not let go of its files within 2 s/
    ]
  ])('fault: %s ends on a working version with a clear failure', async (_name, fault, inputs, message) => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    if (fault) iis.addFault(fault as never)
    publish({ version: '2.0.0' })
    await expectServing(site.url, '1.0.0')
    const run = await runAction({ site: site.name, 'health-check-url': `${site.url}/health`, 'health-check-timeout': '10', ...inputs }, folders, env())
    if (process.env.DIST_DEBUG) console.log(describeRun(run))
    expect(run.exitCode, describeRun(run)).toBe(1)
    expect(run.stdout).toMatch(message)
    expect(run.stdout).toMatch(/Server state:|Rolled back/)
    expect(fs.existsSync(path.join(site.physicalPath, 'app_offline.htm'))).toBe(false)
    await expectServing(site.url, '1.0.0')
  })

  it('fault: a pool stuck in Stopping is reported with the exact state and the fix', async () => {
    // A pool that never stops cannot be started again either: the failure must say so, and how to recover.
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    iis.addFault({ kind: 'poolNeverStops' })
    publish({ version: '2.0.0' })
    const run = await runAction({ site: site.name, 'stop-timeout': '2' }, folders, env())
    expect(run.exitCode, describeRun(run)).toBe(1)
    expect(run.stdout).toMatch(/did not stop within 2 s/)
    expect(run.stdout).toMatch(/Server state: App pool 'DefaultAppPool' is Stopping and could not be started again: the site answers 503 until it is\. Once it has stopped, start it: appcmd start apppool/)
    expect(fs.existsSync(path.join(site.physicalPath, 'app_offline.htm'))).toBe(false)
    expect(fs.readFileSync(path.join(site.physicalPath, 'SampleApp.dll'), 'utf8')).toContain('"1.0.0"')
  })

  it('fault: IIS configuration locked by another writer is retried', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    iis.addFault({ kind: 'configLocked', times: 2 })
    publish({ version: '2.0.0' })
    const run = await runAction({ site: site.name, strategy: 'releases', 'health-check-url': `${site.url}/health` }, folders, env())
    expect(run.exitCode, describeRun(run)).toBe(0)
    expect(run.stdout).toMatch(/::warning::.*being written by someone else/)
    await expectServing(site.url, '2.0.0')
  })

  it('cancellation: SIGTERM mid-sync restores the previous version, brings the app online, releases the lock', async () => {
    // Arrange: the app keeps its .dll locked (take-offline: none), so robocopy waits and retries: a slow sync.
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish({ version: '2.0.0' })
    // A request starts the worker, which then holds the app's .dll.
    await expectServing(site.url, '1.0.0')
    let sent = false
    // Act
    const run = await runAction(
      { site: site.name, 'take-offline': 'none', 'health-check-url': `${site.url}/health` },
      folders,
      env({ FAKE_ROBOCOPY_WAIT_SCALE: '1' }),
      {
        onOutput: (text, child) => {
          if (!sent && /ERROR 32/.test(text)) {
            sent = true
            child.kill('SIGTERM')
          }
        }
      }
    )
    // Assert
    expect(sent).toBe(true)
    expect(run.exitCode, describeRun(run)).toBe(1)
    expect(run.stdout).toMatch(/cancel/i)
    expect(run.stdout).toMatch(/Server state: The sync did not finish; restored/)
    expect(fs.existsSync(path.join(site.physicalPath, 'app_offline.htm'))).toBe(false)
    await expectServing(site.url, '1.0.0')
    expect(iis.readState().pools.find((p) => p.name === 'DefaultAppPool')?.state).toBe('Started')
    const locks = path.join(os.tmpdir(), 'iis-deploy-locks')
    expect(fs.existsSync(locks) ? fs.readdirSync(locks).filter((n) => n.startsWith('default-web-site')) : []).toEqual([])
  })

  it('secrets never appear in the log, the summary or the outputs', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const envSecret = 'env-S3cr3t/with+chars='
    const poolSecret = 'pool-S3cr3t value'
    const jsonSecret = 'Server=db;Password=json-S3cr3t"'
    publish({ version: '2.0.0' })
    const run = await runAction(
      {
        site: site.name,
        'web-config': 'transform',
        'environment-variables': 'PLAIN=visible',
        'secret-environment-variables': `API_KEY=${envSecret}`,
        'secret-pool-environment-variables': `POOL_KEY=${poolSecret}`,
        'secret-json-variables': `ConnectionStrings.Db=${jsonSecret}`,
        'json-add-missing': 'true',
        'health-check-url': `${site.url}/health`
      },
      folders,
      env()
    )
    expect(run.exitCode, describeRun(run)).toBe(0)
    for (const secret of [envSecret, poolSecret, jsonSecret]) {
      for (const form of secretForms(secret)) expect(run.everything).not.toContain(form)
    }
    // The secrets reached where they belong.
    expect(fs.readFileSync(path.join(site.physicalPath, 'web.config'), 'utf8')).toContain('API_KEY')
    expect(JSON.parse(fs.readFileSync(path.join(site.physicalPath, 'appsettings.json'), 'utf8'))).toMatchObject({ ConnectionStrings: { Db: jsonSecret } })
  })

  it('a broken web.config fails the run before anything changes, annotated on the file and line', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const dir = publish({ version: '2.0.0' })
    const webConfig = path.join(dir, 'web.config')
    fs.writeFileSync(webConfig, fs.readFileSync(webConfig, 'utf8').replace('processPath="dotnet"', 'processPath=""'))
    const run = await runAction({ site: site.name }, folders, env())
    expect(run.exitCode, describeRun(run)).toBe(1)
    expect(run.stdout).toMatch(/::error title=web\.config,file=publish\/web\.config,line=8,col=32::processPath is empty/)
    expect(run.stdout).toMatch(/Server state: Nothing on the server was changed\./)
    expect(run.summary).toContain('### web.config')
    await expectServing(site.url, '1.0.0')
  })

  it('refuses bad inputs all at once, before anything changes', async () => {
    iis = await createFakeIis()
    const run = await runAction({ site: 'Default Web Site', method: 'ftp', 'keep-releases': 'many' }, folders, env())
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error title=Input 'method'::.*'ftp'/)
    expect(run.stdout).toMatch(/::error title=Input 'keep-releases'::/)
    expect(run.stdout).toMatch(/2 input problem\(s\); nothing was changed/)
  })
})
