// What a failed run says about the server (issue 10, point 7), and the physical-path of an existing site (point 2):
// dist/index.js against the fake IIS. The "Server state:" line comes from the ledger: what was changed and put
// back, never a guess ("may be partly updated") about a copy that never started.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { deployLockName } from '../../src/steps/iis/deploy-lock.js'
import { ensureBuilt, runAction, runnerFolders, type ProductRun, type RunnerFolders } from './harness.js'

let iis: FakeIis | undefined
const extra: FakeIis[] = []
let root: string
let folders: RunnerFolders

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-state-'))
  folders = runnerFolders(root)
})

afterEach(async () => {
  for (const fake of [iis, ...extra.splice(0)]) await fake?.dispose()
  iis = undefined
  fs.rmSync(root, { recursive: true, force: true })
})

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(-6000)}\n--- stderr\n${run.stderr.slice(-2000)}`
}

function serverState(run: ProductRun): string {
  return /Server state: (.*)/.exec(run.stdout)?.[1] ?? ''
}

function publish(fake: FakeIis, version: string): void {
  const dir = path.join(folders.workspace, 'publish')
  fs.rmSync(dir, { recursive: true, force: true })
  fake.publishApp({ name: 'SampleApp', version }, dir)
}

async function versionAt(url: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`${url}/version`, { signal: AbortSignal.timeout(5000) })
      if (response.status === 200) return await response.text()
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return ''
}

describe('dist/index.js: the server state a failed run reports', { timeout: 240_000 }, () => {
  it('a Web Deploy 401 says nothing on the remote site was changed (no App_Offline.htm, no partial files)', async () => {
    iis = await createFakeIis({ defaultSite: false })
    const remote = await createFakeIis()
    extra.push(remote)
    const site = remote.defaultSite as SiteHandle
    const before = fs.readdirSync(site.physicalPath).sort()
    publish(iis, '5.0.0')

    const run = await runAction(
      {
        site: site.name,
        'msdeploy-url': 'https://iis.example.com:8172/msdeploy.axd',
        'msdeploy-username': 'deployer',
        'msdeploy-password': 'wrong',
        'allow-untrusted': 'true'
      },
      folders,
      {
        ...iis.env,
        FAKE_MSDEPLOY_REMOTE_STATE: remote.stateDir,
        FAKE_MSDEPLOY_REMOTE_USER: 'deployer',
        FAKE_MSDEPLOY_REMOTE_PASSWORD: 'right',
        FAKE_MSDEPLOY_WAIT_SCALE: '0.01'
      }
    )

    expect(run.exitCode, describeRun(run)).toBe(1)
    expect(run.stdout).toMatch(/ERROR_USER_UNAUTHORIZED/)
    expect(serverState(run), describeRun(run)).toBe('Nothing on the server was changed.')
    expect(run.stdout).not.toMatch(/partly updated|could not be removed|may have left App_Offline/i)
    expect(fs.readdirSync(site.physicalPath).sort()).toEqual(before)
    expect(await versionAt(site.url)).toContain('1.0.0')
  })

  it('a backup that cannot be written says the copy never started and the site serves the previous version', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish(iis, '2.0.0')
    // This site's backup folder leads into sysfs, where even root may not create a folder: writing the backup
    // fails (EPERM) as it would on a full disk, before robocopy runs.
    const backups = path.join(iis.deployStateDir, 'backups')
    fs.mkdirSync(backups, { recursive: true })
    fs.symlinkSync('/sys/kernel', path.join(backups, deployLockName(site.name, '/').replace(/\.lock$/, '')))

    const run = await runAction({ site: site.name, 'take-offline': 'app-offline' }, folders, iis.env)

    expect(run.exitCode, describeRun(run)).toBe(1)
    const state = serverState(run)
    expect(state, describeRun(run)).toMatch(/backup failed before the copy started/i)
    expect(state).toMatch(/still serves the previous version/i)
    expect(state).toMatch(/app_offline\.htm removed/i)
    expect(state).not.toMatch(/partly updated/i)
    expect(iis.readState().log.filter((line) => line.startsWith('robocopy') && !line.includes('/L'))).toEqual([])
    expect(fs.existsSync(path.join(site.physicalPath, 'app_offline.htm'))).toBe(false)
    expect(await versionAt(site.url)).toContain('1.0.0')
  })
})

describe('dist/index.js: physical-path of an existing site', { timeout: 240_000 }, () => {
  it('another folder than IIS serves is refused before any change, naming both folders', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish(iis, '2.0.0')
    const typo = path.join(root, 'typo')

    const run = await runAction({ site: site.name, 'physical-path': typo }, folders, iis.env)

    expect(run.exitCode, describeRun(run)).toBe(1)
    expect(run.stdout).toMatch(/::error::Input 'physical-path' is '/)
    expect(run.stdout).toContain(typo)
    expect(run.stdout).toContain(site.physicalPath)
    expect(run.stdout).toMatch(/create: true/)
    expect(fs.existsSync(typo)).toBe(false)
    expect(iis.readState().log.filter((line) => /^appcmd (?!list)/.test(line))).toEqual([])
    expect(await versionAt(site.url)).toContain('1.0.0')
  })

  it("with 'create: true' the site is moved to the new folder, and the log and summary say so", async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish(iis, '2.0.0')
    const moved = path.join(root, 'moved')

    const run = await runAction({ site: site.name, 'physical-path': moved, create: 'true' }, folders, iis.env)

    expect(run.exitCode, describeRun(run)).toBe(0)
    expect(run.stdout).toContain(`from ${site.physicalPath}; with 'create: true' provisioning moves it to ${moved}`)
    expect(run.summary).toContain(`physical path ${site.physicalPath} → ${moved}`)
    const vdir = iis.readState().vdirs.find((v) => v.site === site.name && v.app === '/' && v.path === '/')
    expect(vdir?.physicalPath).toBe(moved)
    expect(await versionAt(site.url)).toContain('2.0.0')
    // The old folder is left as it was: the move does not delete anything.
    expect(fs.existsSync(path.join(site.physicalPath, 'web.config'))).toBe(true)
  })
})
