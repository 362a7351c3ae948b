// Issue 13 part A, dist/index.js against the fake IIS: sub-applications, pool identity access, bindings of an
// existing site, local Web Deploy, the web farm drain hooks and the manage actions. Each scenario runs again with
// the same inputs and proves the second run changes nothing on the server (no mutating command in the fakes'
// journal, `state.log`).

import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeAppSpec, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { ensureBuilt, runAction, runCli, runnerFolders, type ProductRun, type RunnerFolders } from './harness.js'

let iis: FakeIis
let root: string
let folders: RunnerFolders
const cleanups: Array<() => Promise<void> | void> = []

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-parity-a-'))
  folders = runnerFolders(root)
})

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  await iis?.dispose()
  fs.rmSync(root, { recursive: true, force: true })
})

function env(): NodeJS.ProcessEnv {
  return { ...iis.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01', FAKE_MSDEPLOY_WAIT_SCALE: '0.01' }
}

function publish(app: FakeAppSpec = {}): string {
  const dir = path.join(folders.workspace, 'publish')
  fs.rmSync(dir, { recursive: true, force: true })
  iis.publishApp({ name: 'SampleApp', ...app }, dir)
  return dir
}

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(-6000)}\n--- stderr\n${run.stderr.slice(-2000)}`
}

/** Commands of the journal that change the server: appcmd writes, icacls grants, netsh writes, copies. */
function mutatingCommands(from: number): string[] {
  return iis
    .readState()
    .log.slice(from)
    .filter(
      (line) =>
        /^appcmd (add|set|delete|start|stop|recycle) /i.test(line) ||
        /^icacls .* \/(grant|remove)/i.test(line) ||
        /^netsh http (add|delete) /i.test(line) ||
        (/^msdeploy /i.test(line) && !/-whatif/i.test(line))
    )
}

/** Runs the same inputs again: it must succeed and change nothing on the server. */
async function expectSecondRunChangesNothing(inputs: Record<string, string>): Promise<ProductRun> {
  const before = iis.readState().log.length
  const again = await runAction(inputs, folders, env())
  expect(again.exitCode, describeRun(again)).toBe(0)
  expect(mutatingCommands(before), describeRun(again)).toEqual([])
  expect(again.outputs['files-added'] ?? '0').toBe('0')
  expect(again.outputs['files-updated'] ?? '0').toBe('0')
  return again
}

async function get(url: string): Promise<{ status: number; body: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
    return { status: response.status, body: await response.text() }
  } catch {
    return { status: 0, body: '' }
  }
}

async function expectServing(url: string, version: string): Promise<void> {
  let last = { status: 0, body: '' }
  for (let i = 0; i < 100; i++) {
    last = await get(`${url}/version`)
    if (last.status === 200 && last.body.includes(version)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  expect(last, `should serve ${version}`).toEqual({ status: 200, body: expect.stringContaining(version) as string })
}

// An ASP.NET Core parent written by hand: its handler is not inside <location inheritInChildApplications="false">.
const PARENT_PASSING_HANDLER = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.webServer>
    <handlers>
      <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" />
    </handlers>
    <aspNetCore processPath="dotnet" arguments=".\\SampleApp.dll" hostingModel="inprocess" />
  </system.webServer>
</configuration>
`

describe('dist/index.js: issue 13 part A against the fake IIS', { timeout: 240_000 }, () => {
  it('sub-application below a parent that passes its aspNetCore handler down: the inherited handler is removed (500.19 otherwise); twice', async () => {
    // Arrange: the root app's web.config passes the handler to children; /api has its own pool and folder.
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    fs.writeFileSync(path.join(site.physicalPath, 'web.config'), PARENT_PASSING_HANDLER)
    const apiFolder = path.join(root, 'api')
    iis.addApp({ site: site.name, path: '/api', physicalPath: apiFolder, pool: 'ApiPool' })
    publish({ version: '1.0.0' })
    const inputs = { site: site.name, application: '/api' }

    // Act
    const run = await runAction(inputs, folders, env())

    // Assert: the deployed web.config removes the inherited handler right before adding its own.
    expect(run.exitCode, describeRun(run)).toBe(0)
    const deployed = fs.readFileSync(path.join(apiFolder, 'web.config'), 'utf8')
    expect(deployed).toMatch(/<remove name="aspNetCore" \/>\s*<add name="aspNetCore"/)
    expect(run.stdout).toContain("passes its aspNetCore handler down")
    // The publish folder itself is untouched (the change is made in the prepared copy).
    expect(fs.readFileSync(path.join(folders.workspace, 'publish', 'web.config'), 'utf8')).not.toContain('<remove')

    // Act 2 / Assert 2: the same deploy again changes nothing.
    await expectSecondRunChangesNothing(inputs)
    expect(fs.readFileSync(path.join(apiFolder, 'web.config'), 'utf8')).toBe(deployed)
  })

  it('sub-application below a dotnet-publish parent (inheritInChildApplications="false"): web.config kept; `remove` forces it', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const apiFolder = path.join(root, 'api')
    iis.addApp({ site: site.name, path: '/api', physicalPath: apiFolder, pool: 'ApiPool' })
    publish({ version: '1.0.0' })

    const auto = await runAction({ site: site.name, application: '/api' }, folders, env())
    expect(auto.exitCode, describeRun(auto)).toBe(0)
    expect(fs.readFileSync(path.join(apiFolder, 'web.config'), 'utf8')).not.toContain('<remove')

    const forced = await runAction(
      { site: site.name, application: '/api', 'sub-application-handler': 'remove' },
      folders,
      env()
    )
    expect(forced.exitCode, describeRun(forced)).toBe(0)
    expect(fs.readFileSync(path.join(apiFolder, 'web.config'), 'utf8')).toContain('<remove name="aspNetCore" />')
  })

  it('pool running as NetworkService, app-pool not given: access granted to *S-1-5-20 on the pool IIS reports; twice', async () => {
    // Arrange: a site whose pool runs as NetworkService.
    iis = await createFakeIis({ defaultSite: false })
    iis.addPool('NetPool', {
      processModel: { identityType: 'NetworkService', userName: '', password: '', loadUserProfile: true }
    })
    const site = await iis.addSite({ name: 'Net', pool: 'NetPool' })
    publish({ version: '2.0.0' })
    const inputs = { site: 'Net' }

    // Act
    const run = await runAction(inputs, folders, env())

    // Assert: the grant names the identity IIS reports, by SID, never IIS AppPool\NetPool.
    expect(run.exitCode, describeRun(run)).toBe(0)
    const grants = iis.readState().log.filter((l) => /^icacls .*\/grant/.test(l))
    expect(grants.some((g) => g.includes(`${site.physicalPath} /grant *S-1-5-20:(OI)(CI)(RX)`)), grants.join('\n')).toBe(true)
    expect(grants.join('\n')).not.toContain('IIS AppPool')

    await expectSecondRunChangesNothing(inputs)
  })

  it('pool running as a specific user: access granted to that account', async () => {
    iis = await createFakeIis({ defaultSite: false })
    iis.update((state) => {
      state.accounts.push('CONTOSO\\svc-web')
    })
    iis.addPool('UserPool', {
      processModel: { identityType: 'SpecificUser', userName: 'CONTOSO\\svc-web', password: 'x', loadUserProfile: true }
    })
    await iis.addSite({ name: 'Users', pool: 'UserPool' })
    publish({ version: '2.1.0' })

    const run = await runAction({ site: 'Users' }, folders, env())

    expect(run.exitCode, describeRun(run)).toBe(0)
    expect(iis.readState().log.some((l) => /^icacls .* \/grant CONTOSO\\svc-web:\(OI\)\(CI\)\(RX\)/.test(l))).toBe(true)
    await expectSecondRunChangesNothing({ site: 'Users' })
  })

  it('create: true on an existing site adds the missing binding, keeps others; replace-bindings removes them; twice', async () => {
    iis = await createFakeIis({ defaultSite: false })
    const site = await iis.addSite({ name: 'Shop' })
    const extraPort = await iis.freePort()
    publish({ version: '3.0.0' })
    const base = { site: 'Shop', create: 'true', 'physical-path': site.physicalPath }
    const bindingsOf = (): string[] =>
      (iis.readState().sites.find((s) => s.name === 'Shop')?.bindings ?? []).map((b) => `${b.protocol}/${b.bindingInformation}`)

    // Act 1: a new binding next to the existing one.
    const add = { ...base, bindings: `http/*:${extraPort}:shop.example` }
    const first = await runAction(add, folders, env())
    expect(first.exitCode, describeRun(first)).toBe(0)
    expect(bindingsOf().sort()).toEqual([`http/*:${extraPort}:shop.example`, `http/*:${site.port}:`].sort())
    await expectSecondRunChangesNothing(add)

    // Act 2: replace: only the listed binding stays.
    const replace = { ...add, 'replace-bindings': 'true' }
    const second = await runAction(replace, folders, env())
    expect(second.exitCode, describeRun(second)).toBe(0)
    expect(bindingsOf()).toEqual([`http/*:${extraPort}:shop.example`])
    await expectSecondRunChangesNothing(replace)
  })

  it('without create, bindings that differ from the site are reported as drift and nothing is changed', async () => {
    iis = await createFakeIis({ defaultSite: false })
    const site = await iis.addSite({ name: 'Shop' })
    publish({ version: '3.1.0' })
    const before = iis.readState().log.length

    const run = await runAction({ site: 'Shop', bindings: 'http/*:8123:' }, folders, env())

    expect(run.exitCode, describeRun(run)).toBe(0)
    expect(run.stdout).toMatch(/::warning::.*bindings differ from 'bindings' \(drift\): missing http\/\*:8123:; not asked for http\/\*:\d+:/)
    // The deploy itself ran (the pool stopped and started around the copy); the site's configuration was not written.
    expect(mutatingCommands(before).filter((l) => /^appcmd (add|set|delete) /.test(l))).toEqual([])
    expect(iis.readState().sites.find((s) => s.name === 'Shop')?.bindings).toEqual([
      { protocol: 'http', bindingInformation: `*:${site.port}:`, sslFlags: '0' }
    ])
  })

  it('certificate rebound on an existing site when the thumbprint differs; twice', async () => {
    iis = await createFakeIis({ defaultSite: false })
    const site = await iis.addSite({ name: 'Secure' })
    publish({ version: '3.2.0' })
    const oldThumb = 'A'.repeat(40)
    const newThumb = 'B'.repeat(40)
    const base = { site: 'Secure', create: 'true', 'physical-path': site.physicalPath, bindings: `http/*:${site.port}:\nhttps/*:44300:` }
    const first = await runAction({ ...base, 'certificate-thumbprint': oldThumb }, folders, env())
    expect(first.exitCode, describeRun(first)).toBe(0)

    const inputs = { ...base, 'certificate-thumbprint': newThumb }
    const second = await runAction(inputs, folders, env())
    expect(second.exitCode, describeRun(second)).toBe(0)
    const certs = iis.readState().sslCerts ?? []
    expect(certs.map((c) => c.certhash.toUpperCase())).toEqual([newThumb])
    await expectSecondRunChangesNothing(inputs)
  })

  it("local Web Deploy: strategy releases is refused up front; in place it backs up and rolls back", async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish({ version: '4.0.0' })
    const before = iis.readState().log.length

    // Refused before anything runs.
    const refused = await runAction({ site: site.name, method: 'msdeploy', strategy: 'releases' }, folders, env())
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toContain("cannot create release folders")
    expect(iis.readState().log.slice(before)).toEqual([])

    // In place: v4 deployed, then a broken v5 is rolled back from the backup.
    const inputs = { site: site.name, method: 'msdeploy', 'health-check-url': `${site.url}/health`, 'health-check-timeout': '5' }
    const first = await runAction(inputs, folders, env())
    expect(first.exitCode, describeRun(first)).toBe(0)
    await expectServing(site.url, '4.0.0')

    // Twice: Web Deploy runs again (it compares itself) but copies nothing, and no backup is taken.
    const logBefore = iis.readState().log.length
    const again = await runAction(inputs, folders, env())
    expect(again.exitCode, describeRun(again)).toBe(0)
    expect(mutatingCommands(logBefore).filter((l) => !l.startsWith('msdeploy '))).toEqual([])
    expect(again.outputs).toMatchObject({ 'files-added': '0', 'files-updated': '0', 'files-deleted': '0', 'previous-path': '' })

    publish({ version: '5.0.0', health: 500, body: 'broken' })
    const broken = await runAction(inputs, folders, env())
    expect(broken.exitCode).toBe(1)
    expect(broken.outputs['rolled-back'], describeRun(broken)).toBe('true')
    expect(broken.outputs['previous-path']?.startsWith(path.join(iis.deployStateDir, 'backups'))).toBe(true)
    await expectServing(site.url, '4.0.0')
  })

  it('web farm: drain command before the change, undrain URL after the health check; a failed deploy stays drained', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const events = path.join(root, 'events.txt')
    const server = http.createServer((request, response) => {
      fs.appendFileSync(events, `undrain ${request.method} ${request.url}\n`)
      response.writeHead(200).end('ok')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const undrainUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pool/web01/enable`
    const inputs = {
      site: site.name,
      'health-check-url': `${site.url}/health`,
      'health-check-timeout': '5',
      // One argument per line; a space inside an argument stays in it (no shell).
      'drain-command': [process.execPath, '-e', "require('fs').appendFileSync(process.argv[1], 'drain ' + process.argv[2] + '\\n')", events, 'web 01'].join('\n'),
      'undrain-url': undrainUrl
    }
    publish({ version: '6.0.0' })

    const run = await runAction(inputs, folders, env())

    expect(run.exitCode, describeRun(run)).toBe(0)
    expect(fs.readFileSync(events, 'utf8')).toBe('drain web 01\nundrain GET /pool/web01/enable\n')
    const ledger = JSON.parse(run.outputs.plan ?? '{}') as { mutations: Array<{ step: string; kind: string; status: string }> }
    expect(ledger.mutations.filter((m) => m.kind === 'load-balancer').map((m) => `${m.step}:${m.status}`)).toEqual(['drain:done', 'undrain:done'])

    // The same deploy again: drained and put back again, nothing changed in IIS.
    await expectSecondRunChangesNothing(inputs)

    // A broken version: rolled back, and the server stays drained until a healthy deploy.
    fs.writeFileSync(events, '')
    publish({ version: '7.0.0', crashOnStart: true })
    const broken = await runAction({ ...inputs, rollback: 'false' }, folders, env())
    expect(broken.exitCode).toBe(1)
    expect(fs.readFileSync(events, 'utf8')).toBe('drain web 01\n')
  })

  it('manage actions: stop, start, recycle the pool, remove an application; each twice; dry run changes nothing', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    iis.addApp({ site: site.name, path: '/old', pool: 'OldPool' })
    const poolState = (name: string): string | undefined => iis.readState().pools.find((p) => p.name === name)?.state

    // Dry run: the plan, nothing done.
    const before = iis.readState().log.length
    const dry = await runAction({ 'app-pool': site.pool, action: 'stop', 'dry-run': 'true' }, folders, env())
    expect(dry.exitCode, describeRun(dry)).toBe(0)
    expect(mutatingCommands(before)).toEqual([])
    expect(dry.outputs.plan).toContain(`appcmd stop apppool /apppool.name:${site.pool}`)

    const stop = { 'app-pool': site.pool, action: 'stop' }
    const stopped = await runAction(stop, folders, env())
    expect(stopped.exitCode, describeRun(stopped)).toBe(0)
    expect(poolState(site.pool)).toBe('Stopped')
    expect(stopped.summary).toMatch(/\| manage \|/)
    await expectSecondRunChangesNothing(stop)

    const start = { site: site.name, 'app-pool': site.pool, action: 'start' }
    expect((await runAction(start, folders, env())).exitCode).toBe(0)
    expect(poolState(site.pool)).toBe('Started')
    await expectSecondRunChangesNothing(start)

    const recycled = await runAction({ site: site.name, action: 'recycle' }, folders, env())
    expect(recycled.exitCode, describeRun(recycled)).toBe(0)
    expect(iis.readState().log).toContain(`appcmd recycle apppool /apppool.name:${site.pool}`)

    const remove = { site: site.name, application: '/old', action: 'remove' }
    const removed = await runAction(remove, folders, env())
    expect(removed.exitCode, describeRun(removed)).toBe(0)
    expect(iis.readState().apps.some((a) => a.path === '/old')).toBe(false)
    await expectSecondRunChangesNothing(remove)

    // The CLI takes the same action through the shared options.
    const cli = await runCli(['deploy', '--app-pool', 'OldPool', '--action', 'stop'], folders.workspace, env())
    expect(cli.exitCode, describeRun(cli)).toBe(0)
    expect(poolState('OldPool')).toBe('Stopped')

    // A pool that still serves an application is not removed.
    const refused = await runAction({ 'app-pool': site.pool, action: 'remove' }, folders, env())
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toContain(`still serves`)
    expect(poolState(site.pool)).toBe('Started')
  })
})
