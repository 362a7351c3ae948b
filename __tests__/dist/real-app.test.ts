// dist/index.js started as the Actions runner starts it, deploying the real ASP.NET Core sample (samples/SampleApp,
// published here by the .NET SDK) into the fake IIS, whose worker starts it as the ASP.NET Core Module starts an
// out-of-process app (test-support/fakes/lib/real-app.mjs): first deploy with a health check, a redeploy of a
// second version, and a third version whose start-up really throws (a 500.30 from the app itself), rolled back.
// Skipped, with the reason printed, on a machine without the .NET SDK.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { sdkVersion } from '../../scripts/dotnet-sdk.mjs'
import { publishSample } from '../../scripts/sample-app.mjs'
import { createFakeIis, type FakeIis } from '../../test-support/fake-iis.js'
import { ensureBuilt, runAction, runnerFolders, type ProductRun, type RunnerFolders } from './harness.js'

const sdk = sdkVersion()
if (!sdk) console.log('__tests__/dist/real-app.test.ts skipped: no .NET SDK (`dotnet`) on PATH to publish the real app')

let builds: string
let iis: FakeIis | undefined
let root: string
let folders: RunnerFolders

beforeAll(async () => {
  if (!sdk) return
  await ensureBuilt()
  builds = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-real-app-builds-'))
  const artifactsPath = path.join(builds, 'artifacts')
  publishSample({ outDir: path.join(builds, 'v1'), artifactsPath, version: '1.0.0' })
  publishSample({ outDir: path.join(builds, 'v2'), artifactsPath, version: '2.0.0', noRestore: true })
  // v3: the same assembly, configured to throw at start-up (Program.cs reads Sample:FailOnStart), with the stdout
  // log on so that ANCM's capture of the app's own exception can be checked.
  fs.cpSync(path.join(builds, 'v2'), path.join(builds, 'v3'), { recursive: true })
  const settings = path.join(builds, 'v3', 'appsettings.json')
  const json = JSON.parse(fs.readFileSync(settings, 'utf8')) as Record<string, unknown>
  fs.writeFileSync(settings, JSON.stringify({ ...json, Sample: { FailOnStart: true } }, null, 2))
  const webConfig = path.join(builds, 'v3', 'web.config')
  fs.writeFileSync(
    webConfig,
    fs.readFileSync(webConfig, 'utf8').replace('stdoutLogEnabled="false"', 'stdoutLogEnabled="true"')
  )
}, 600_000)

afterAll(() => {
  if (builds) fs.rmSync(builds, { recursive: true, force: true })
})

afterEach(async () => {
  await iis?.dispose()
  iis = undefined
  if (root) fs.rmSync(root, { recursive: true, force: true })
})

/** Copies a published version into the workspace's `publish` folder, as a build step would leave it. */
function stage(version: 'v1' | 'v2' | 'v3'): void {
  const dir = path.join(folders.workspace, 'publish')
  fs.rmSync(dir, { recursive: true, force: true })
  fs.cpSync(path.join(builds, version), dir, { recursive: true })
}

async function get(url: string): Promise<{ status: number; body: string; worker: string | null }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
    return { status: response.status, body: await response.text(), worker: response.headers.get('x-fake-iis-worker') }
  } catch {
    return { status: 0, body: '', worker: null }
  }
}

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(-6000)}\n--- stderr\n${run.stderr.slice(-3000)}`
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f))
}

describe.skipIf(!sdk)('dist/index.js deploys the real ASP.NET Core app', { timeout: 400_000 }, () => {
  it('deploys and health-checks it, redeploys a second version, rolls back a version whose start-up throws', async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-real-app-'))
    folders = runnerFolders(root)
    iis = await createFakeIis({ defaultSite: false })
    const port = await iis.freePort()
    const url = `http://127.0.0.1:${port}`
    const sitePath = path.join(root, 'sites', 'RealShop')
    const inputs = {
      site: `RealShop-${process.pid}`,
      'app-pool': 'RealShopPool',
      create: 'true',
      'physical-path': sitePath,
      bindings: `http/*:${port}:`,
      'health-check-url': `${url}/health`,
      'health-check-timeout': '30',
      rollback: 'true'
    }
    const env = { ...iis.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01' }

    // 1. First deploy: the real app starts (dotnet SampleApp.dll behind the fake HTTP.sys) and answers /health.
    stage('v1')
    const first = await runAction(inputs, folders, env)
    expect(first.exitCode, describeRun(first)).toBe(0)
    expect(first.outputs).toMatchObject({ 'health-status': '200', 'rolled-back': 'false' })
    expect(await get(`${url}/version`)).toMatchObject({ status: 200, body: '1.0.0' })
    // Served by the real process, not the fake worker: the app's own endpoints and static file answer.
    expect(await get(`${url}/greeting`)).toMatchObject({ status: 200, body: 'Hello from SampleApp' })
    expect((await get(`${url}/`)).body).toContain('<h1>SampleApp 1.0.0</h1>')

    // 2. Second version: the dll changes, so the app goes offline around the copy and starts again as 2.0.0.
    stage('v2')
    const second = await runAction(inputs, folders, { ...env, GITHUB_RUN_NUMBER: '8' })
    expect(second.exitCode, describeRun(second)).toBe(0)
    expect(second.outputs['rolled-back']).toBe('false')
    expect(await get(`${url}/version`)).toMatchObject({ status: 200, body: '2.0.0' })

    // 3. Third version: the app throws in Program.cs before it listens; the health check sees the 500.30 that
    // ANCM serves for a process that exits at start-up, and the deploy restores 2.0.0.
    stage('v3')
    const third = await runAction(inputs, folders, { ...env, GITHUB_RUN_NUMBER: '9' })
    expect(third.exitCode, describeRun(third)).toBe(1)
    expect(third.outputs['rolled-back'], describeRun(third)).toBe('true')
    expect(third.everything).toMatch(/500/)
    expect(await get(`${url}/version`)).toMatchObject({ status: 200, body: '2.0.0' })
    // The exception is the app's own, captured by the stdout log as ANCM writes it.
    const logs = filesUnder(sitePath).filter((f) => /[\\/]logs[\\/]stdout_\d{14}_\d+\.log$/.test(f))
    expect(logs.length).toBeGreaterThan(0)
    expect(logs.map((f) => fs.readFileSync(f, 'utf8')).join('\n')).toContain('Sample:FailOnStart is true')
    // The diagnosis quotes the app's own exception from the module's event, not a generic "failed to start".
    const diagnosis = JSON.parse(third.outputs.diagnosis ?? '{}') as { cause?: string }
    expect(diagnosis.cause, describeRun(third)).toContain(
      'System.InvalidOperationException: SampleApp refuses to start: Sample:FailOnStart is true'
    )
  })
})
