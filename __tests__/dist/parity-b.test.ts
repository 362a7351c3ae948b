// Issue 13, part B, through dist/index.js as the Actions runner starts it, against the fake IIS: the app pool's
// advanced settings, a SpecificUser identity (password only on stdin), virtual directories, and .NET Framework and
// static apps. Every scenario runs twice: the second run must not make a single mutating tool call.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { ensureBuilt, runAction, runnerFolders, secretForms, type ProductRun, type RunnerFolders } from './harness.js'

let iis: FakeIis
let root: string
let folders: RunnerFolders

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-parity-b-'))
  folders = runnerFolders(root)
})

afterEach(async () => {
  await iis?.dispose()
  fs.rmSync(root, { recursive: true, force: true })
})

function env(): NodeJS.ProcessEnv {
  return { ...iis.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01', FAKE_MSDEPLOY_WAIT_SCALE: '0.01' }
}

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(-6000)}\n--- stderr\n${run.stderr.slice(-3000)}`
}

/** Tool calls that change the server (configuration, identity, ACLs, certificates, pool or site state). */
const MUTATING =
  /^(appcmd (add|set|delete|start|stop|recycle)\b|powershell\b|icacls .*\/grant|netsh http (add|delete)\b)/i

/** Runs the action twice with the same inputs; returns both runs and the mutating calls of the second. */
async function runTwice(
  inputs: Record<string, string>
): Promise<{ first: ProductRun; second: ProductRun; mutations: string[]; firstMutations: string[] }> {
  const start = iis.readState().log.length
  const first = await runAction(inputs, folders, env())
  expect(first.exitCode, describeRun(first)).toBe(0)
  const before = iis.readState().log.length
  const firstMutations = iis
    .readState()
    .log.slice(start, before)
    .filter((line) => MUTATING.test(line))
  const second = await runAction(inputs, folders, { ...env(), GITHUB_RUN_NUMBER: '8' })
  expect(second.exitCode, describeRun(second)).toBe(0)
  const mutations = iis
    .readState()
    .log.slice(before)
    .filter((line) => MUTATING.test(line))
  return { first, second, mutations, firstMutations }
}

function publishSample(): void {
  iis.publishApp({ name: 'SampleApp', version: '1.0.0' }, path.join(folders.workspace, 'publish'))
}

describe('dist/index.js: issue 13 part B against the fake IIS', { timeout: 240_000 }, () => {
  it('creates a pool with every advanced setting, lists them in /config /xml, and changes nothing the second time', async () => {
    // Arrange
    iis = await createFakeIis({ defaultSite: false })
    publishSample()
    const port = await iis.freePort()
    const inputs = {
      site: 'Shop',
      create: 'true',
      'physical-path': path.join(root, 'sites', 'Shop'),
      bindings: `http/*:${port}:`,
      'pool-32bit': 'true',
      'pool-pipeline-mode': 'Classic',
      'pool-start-mode': 'AlwaysRunning',
      'pool-idle-timeout': '00:00:00',
      'pool-recycle-time': '00:00:00',
      'pool-recycle-schedule': '03:00:00\n15:30:00',
      'pool-queue-length': '5000',
      'pool-rapid-fail-protection': 'false',
      'pool-rapid-fail-interval': '00:10:00',
      'pool-rapid-fail-max-crashes': '9'
    }

    // Act
    const { first, mutations, firstMutations } = await runTwice(inputs)

    // Assert: the state holds every setting, appcmd lists them, the second run wrote nothing.
    expect(firstMutations.some((l) => l.startsWith('appcmd add apppool /name:Shop'))).toBe(true)
    expect(firstMutations.filter((l) => l.includes('recycling.periodicRestart.schedule'))).toHaveLength(2)
    const pool = iis.readState().pools.find((p) => p.name === 'Shop')
    expect(pool, describeRun(first)).toMatchObject({
      enable32BitAppOnWin64: true,
      managedPipelineMode: 'Classic',
      managedRuntimeVersion: '',
      startMode: 'AlwaysRunning',
      recycleSchedule: ['03:00:00', '15:30:00'],
      attributes: expect.objectContaining({
        queueLength: '5000',
        'processModel.idleTimeout': '00:00:00',
        'recycling.periodicRestart.time': '00:00:00',
        'failure.rapidFailProtection': 'false',
        'failure.rapidFailProtectionInterval': '00:10:00',
        'failure.rapidFailProtectionMaxCrashes': '9'
      }) as Record<string, string>
    })
    expect(iis.readState().apps.find((a) => a.site === 'Shop')?.attributes?.preloadEnabled).toBe('true')
    const { stdout } = await iis.run('appcmd', ['list', 'apppool', 'Shop', '/config', '/xml'])
    expect(stdout).toContain('enable32BitAppOnWin64="true"')
    expect(stdout).toMatch(/<processModel [^>]*idleTimeout="00:00:00"/)
    expect(stdout).toMatch(/<schedule>\s*<add value="03:00:00" \/>\s*<add value="15:30:00" \/>/)
    expect(stdout).toMatch(/<failure [^>]*rapidFailProtection="false"/)
    expect(mutations).toEqual([])
  })

  it('reports drift on an existing pool and brings it back: one set apppool and the schedule entries', async () => {
    // Arrange: the pool exists with other values and an extra recycle time.
    iis = await createFakeIis({ defaultSite: false })
    publishSample()
    const port = await iis.freePort()
    const base = { site: 'Shop', create: 'true', 'physical-path': path.join(root, 'sites', 'Shop'), bindings: `http/*:${port}:` }
    const setup = await runAction({ ...base, 'pool-recycle-schedule': '01:00:00', 'pool-queue-length': '2000' }, folders, env())
    expect(setup.exitCode, describeRun(setup)).toBe(0)

    // Act
    const { first, mutations } = await runTwice({ ...base, 'pool-recycle-schedule': '03:00:00', 'pool-queue-length': '3000' })

    // Assert
    expect(first.everything).toMatch(/app pool 'Shop': .*queueLength '2000' → 3000/)
    expect(first.everything).toContain('recycle at 03:00:00')
    expect(first.everything).toContain('no recycle at 01:00:00 any more')
    const pool = iis.readState().pools.find((p) => p.name === 'Shop')
    expect(pool?.recycleSchedule).toEqual(['03:00:00'])
    expect(pool?.attributes['queueLength']).toBe('3000')
    expect(mutations).toEqual([])
  })

  it('refuses settings IIS would refuse, before anything changes', async () => {
    // Arrange
    iis = await createFakeIis({ defaultSite: false })
    publishSample()
    const before = iis.readState().log.length

    // Act
    const run = await runAction(
      {
        site: 'Shop',
        create: 'true',
        'physical-path': path.join(root, 'sites', 'Shop'),
        'pool-idle-timeout': '25:00:00',
        'pool-queue-length': '5',
        'pool-recycle-schedule': '24:00:00',
        'pool-rapid-fail-interval': '00:00:30'
      },
      folders,
      env()
    )

    // Assert
    expect(run.exitCode).not.toBe(0)
    expect(run.everything).toContain("Input 'pool-idle-timeout' is '25:00:00'")
    expect(run.everything).toContain("Input 'pool-queue-length' is '5': IIS accepts whole numbers 10 to 65535")
    expect(run.everything).toContain("Input 'pool-recycle-schedule' is '24:00:00'")
    expect(run.everything).toContain("Input 'pool-rapid-fail-interval' is '00:00:30'")
    expect(iis.readState().log.slice(before).filter((l) => MUTATING.test(l))).toEqual([])
  })

  it('runs the pool as a specific user without the password on any command line or in any log; a gMSA has none', async () => {
    // Arrange
    iis = await createFakeIis({ defaultSite: false })
    // Domain accounts the machine resolves: folder access is granted to the pool's account (icacls by name).
    iis.update((state) => {
      state.accounts.push('CONTOSO\\svc-web', 'CONTOSO\\gmsa-web$')
    })
    publishSample()
    const port = await iis.freePort()
    const password = 'Pa$$w0rd "quoted" ^caret 42'
    const inputs = {
      site: 'Shop',
      create: 'true',
      'physical-path': path.join(root, 'sites', 'Shop'),
      bindings: `http/*:${port}:`,
      'pool-identity': 'SpecificUser',
      'pool-username': 'CONTOSO\\svc-web',
      'pool-password': password
    }

    // Act
    const { first, second, mutations } = await runTwice(inputs)

    // Assert: set through PowerShell once; the password is nowhere in argv or output.
    const pool = iis.readState().pools.find((p) => p.name === 'Shop')
    expect(pool?.processModel, describeRun(first)).toMatchObject({
      identityType: 'SpecificUser',
      userName: 'CONTOSO\\svc-web',
      password
    })
    const log = iis.readState().log
    expect(log.filter((l) => l.startsWith('powershell')).length).toBe(1)
    for (const form of secretForms(password)) {
      for (const line of log) expect(line).not.toContain(form)
      expect(first.everything).not.toContain(form)
      expect(second.everything).not.toContain(form)
    }
    expect(mutations).toEqual([])

    // Act 2: a group managed service account, no password.
    const gmsa = await runAction(
      { ...inputs, 'pool-username': 'CONTOSO\\gmsa-web$', 'pool-password': '' },
      folders,
      env()
    )

    // Assert 2
    expect(gmsa.exitCode, describeRun(gmsa)).toBe(0)
    expect(iis.readState().pools.find((p) => p.name === 'Shop')?.processModel).toMatchObject({
      userName: 'CONTOSO\\gmsa-web$',
      password: ''
    })

    // Act 3: a later deploy that only tunes the pool keeps the account it was not given.
    const tune = await runAction(
      { site: 'Shop', 'physical-path': inputs['physical-path'], 'pool-queue-length': '4000' },
      folders,
      env()
    )

    // Assert 3
    expect(tune.exitCode, describeRun(tune)).toBe(0)
    const tuned = iis.readState().pools.find((p) => p.name === 'Shop')
    expect(tuned?.attributes['queueLength']).toBe('4000')
    expect(tuned?.processModel).toMatchObject({ identityType: 'SpecificUser', userName: 'CONTOSO\\gmsa-web$' })
  })

  it('creates virtual directories under the application and points a moved one at its new folder', async () => {
    // Arrange
    iis = await createFakeIis({ defaultSite: false })
    publishSample()
    const port = await iis.freePort()
    const media = path.join(root, 'media')
    const docs = path.join(root, 'docs')
    const inputs = {
      site: 'Shop',
      create: 'true',
      'physical-path': path.join(root, 'sites', 'Shop'),
      bindings: `http/*:${port}:`,
      'virtual-directories': `/media=${media}\n/docs/v1=${docs}`
    }

    // Act
    const { first, mutations } = await runTwice(inputs)
    const moved = await runAction({ ...inputs, 'virtual-directories': `/media=${docs}` }, folders, env())

    // Assert
    expect(mutations).toEqual([])
    expect(first.everything).toContain(`add virtual directory /media → ${media}`)
    expect(moved.exitCode, describeRun(moved)).toBe(0)
    const vdirs = iis.readState().vdirs.filter((v) => v.site === 'Shop' && v.path !== '/')
    expect(vdirs.map((v) => [v.path, v.physicalPath]).sort()).toEqual(
      [
        ['/docs/v1', docs],
        ['/media', docs]
      ].sort()
    )
    expect(iis.readState().log.some((l) => l.startsWith('appcmd set vdir Shop/media'))).toBe(true)
  })

  it('deploys a .NET Framework app (system.web, no aspNetCore handler) into a v4.0 pool, and a static site', async () => {
    // Arrange: a .NET Framework publish folder.
    iis = await createFakeIis({ defaultSite: false })
    const app = path.join(folders.workspace, 'publish')
    fs.mkdirSync(path.join(app, 'bin'), { recursive: true })
    fs.writeFileSync(
      path.join(app, 'web.config'),
      '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <system.web>\n    <compilation targetFramework="4.8" />\n  </system.web>\n</configuration>\n'
    )
    fs.writeFileSync(path.join(app, 'bin', 'Legacy.dll'), 'MZ not really')
    fs.writeFileSync(path.join(app, 'Default.aspx'), '<%@ Page Language="C#" %>')
    const port = await iis.freePort()
    const inputs = { site: 'Legacy', create: 'true', 'physical-path': path.join(root, 'sites', 'Legacy'), bindings: `http/*:${port}:` }

    // Act
    const { first, mutations } = await runTwice(inputs)

    // Assert
    expect(first.everything).toContain('app-kind netframework (detected)')
    expect(iis.readState().pools.find((p) => p.name === 'Legacy')?.managedRuntimeVersion).toBe('v4.0')
    expect(fs.existsSync(path.join(root, 'sites', 'Legacy', 'bin', 'Legacy.dll'))).toBe(true)
    expect(mutations).toEqual([])

    // Act 2: a static site (no web.config at all).
    fs.rmSync(app, { recursive: true, force: true })
    fs.mkdirSync(app)
    fs.writeFileSync(path.join(app, 'index.html'), '<h1>static</h1>')
    const port2 = await iis.freePort()
    const staticInputs = { site: 'Brochure', create: 'true', 'physical-path': path.join(root, 'sites', 'Brochure'), bindings: `http/*:${port2}:` }
    const statics = await runTwice(staticInputs)

    // Assert 2
    expect(statics.first.everything).toContain('app-kind static (detected)')
    expect(iis.readState().pools.find((p) => p.name === 'Brochure')?.managedRuntimeVersion).toBe('')
    expect(statics.mutations).toEqual([])
  })
})
