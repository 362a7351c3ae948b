// More of dist/index.js as users run it: the Hosting Bundle from a mirror (download, verify, install, 3010),
// the IIS Express smoke test, and a .zip source.

import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { zipFolder } from '../pipeline/zip-writer.js'
import { FakeMachine, fakeInstallerScript, sha512 } from '../steps/hosting-bundle/support.js'
import { ensureBuilt, runAction, runnerFolders, type ProductRun, type RunnerFolders } from './harness.js'

let iis: FakeIis | undefined
let root: string
let folders: RunnerFolders
const cleanups: Array<() => Promise<void> | void> = []

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-more-'))
  folders = runnerFolders(root)
})

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  await iis?.dispose()
  iis = undefined
  fs.rmSync(root, { recursive: true, force: true })
})

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(-6000)}\n--- stderr\n${run.stderr.slice(-2000)}`
}

/** Serves `body` at /dotnet-hosting-<version>-win.exe on loopback; returns its URL. */
async function serve(fileName: string, body: string): Promise<string> {
  const server = http.createServer((request, response) => {
    if (request.url === `/${fileName}`) {
      response.writeHead(200, { 'content-length': Buffer.byteLength(body) })
      response.end(body)
    } else {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/${fileName}`
}

async function version(url: string): Promise<string> {
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

// Whole deploys with real processes: generous bounds for a loaded 2-core machine (no timing is asserted).
describe('dist/index.js: hosting bundle, IIS Express, zip', { timeout: 240_000 }, () => {
  it('installs the Hosting Bundle from a mirror, verified, and reports reboot-required (3010); a second run skips', async () => {
    // Arrange: a machine with IIS and no ASP.NET Core; the installer asks for a reboot.
    const machine = new FakeMachine().withIis()
    cleanups.push(() => machine.dispose())
    const body = await fakeInstallerScript({ version: '8.0.11', exitCode: 3010 })
    const url = await serve('dotnet-hosting-8.0.11-win.exe', body)
    fs.mkdirSync(path.join(folders.workspace, 'publish'))
    const inputs = {
      steps: 'hosting-bundle',
      'hosting-bundle': '8.0.11',
      'hosting-bundle-url': url,
      'hosting-bundle-sha512': sha512(body),
      'restart-iis': 'never'
    }
    const env = { ...process.env, ...machine.env, ...machine.toolEnv }
    // Act
    const first = await runAction(inputs, folders, env)
    const second = await runAction(inputs, folders, env)
    // Assert
    expect(first.exitCode, describeRun(first)).toBe(0)
    expect(first.outputs).toMatchObject({ 'hosting-bundle-version': '8.0.11', 'reboot-required': 'true' })
    expect(first.stdout).toMatch(/::warning::.*reboot/i)
    expect(machine.installerCalls()).toHaveLength(1)
    expect(second.exitCode, describeRun(second)).toBe(0)
    expect(second.outputs['hosting-bundle-version']).toBe('8.0.11')
    expect(machine.installerCalls()).toHaveLength(1)
  })

  it('refuses a mirror whose SHA-512 does not match, before running it', async () => {
    const machine = new FakeMachine().withIis()
    cleanups.push(() => machine.dispose())
    const body = await fakeInstallerScript({ version: '8.0.11' })
    const url = await serve('dotnet-hosting-8.0.11-win.exe', body)
    fs.mkdirSync(path.join(folders.workspace, 'publish'))
    const run = await runAction(
      { steps: 'hosting-bundle', 'hosting-bundle': '8.0.11', 'hosting-bundle-url': url, 'hosting-bundle-sha512': 'ab'.repeat(64), 'restart-iis': 'never' },
      folders,
      { ...process.env, ...machine.env, ...machine.toolEnv }
    )
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::.*SHA-512/i)
    expect(machine.installerCalls()).toHaveLength(0)
  })

  it('target: iis-express runs the app under IIS Express, checks it, and ends it', async () => {
    iis = await createFakeIis({ defaultSite: false })
    iis.publishApp({ name: 'SampleApp', version: '7.0.0' }, path.join(folders.workspace, 'publish'))
    const run = await runAction({ target: 'iis-express', 'health-check-url': 'http://localhost/health' }, folders, {
      ...iis.env
    })
    expect(run.exitCode, describeRun(run)).toBe(0)
    expect(run.summary).toMatch(/\| health-check \| ✅ succeeded \| .* \| IIS Express on http:\/\/localhost:\d+\/: HTTP 200 \|/)
    expect(run.stdout).toMatch(/IIS Express (stopped|did not stop)/)
    expect(iis.readState().expressProcesses ?? []).toEqual([])
  })

  it('deploys from a .zip of the publish folder (entry times kept, so a redeploy of the same zip changes nothing)', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const publish = path.join(root, 'zip-src')
    iis.publishApp({ name: 'SampleApp', version: '6.0.0' }, publish)
    zipFolder(publish, path.join(folders.workspace, 'app.zip'))
    const inputs = { site: site.name, source: 'app.zip', 'health-check-url': `${site.url}/health` }
    const env = { ...iis.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01' }
    const first = await runAction(inputs, folders, env)
    expect(first.exitCode, describeRun(first)).toBe(0)
    expect(await version(site.url)).toBe('6.0.0')
    const again = await runAction(inputs, folders, env)
    expect(again.exitCode, describeRun(again)).toBe(0)
    expect(again.outputs['files-updated']).toBe('0')
    expect(again.summary).toContain('only static files change')
  })
})
