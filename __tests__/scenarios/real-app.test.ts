// The real sample app (samples/SampleApp, published by the .NET SDK here) deployed by the whole pipeline into the
// fake IIS, whose worker starts it as the ASP.NET Core Module starts an out-of-process app
// (test-support/fakes/lib/real-app.mjs): first deploy, health check, redeploy of a second version, and a third
// version whose start-up throws (a real 500.30) rolled back. Skipped without the .NET SDK.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { CommandRunner, Ports } from '../../src/core/ports.js'
import { createDefaultSteps } from '../../src/pipeline/default-steps.js'
import { deploy } from '../../src/pipeline/deploy.js'
import { parseDeployOptions } from '../../src/pipeline/options.js'
import { systemClock } from '../../src/runtime/clock.js'
import { NodeHttpClient } from '../../src/runtime/http-client.js'
import { ProcessRunner } from '../../src/runtime/process-runner.js'
import { sdkVersion } from '../../scripts/dotnet-sdk.mjs'
import { publishSample } from '../../scripts/sample-app.mjs'
import { createFakeIis, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'

const hasSdk = sdkVersion() !== undefined

let builds: string
let iis: FakeIis
let site: SiteHandle
let workspace: string

beforeAll(() => {
  if (!hasSdk) return
  builds = fs.mkdtempSync(path.join(os.tmpdir(), 'real-app-builds-'))
  const artifactsPath = path.join(builds, 'artifacts')
  publishSample({ outDir: path.join(builds, 'v1'), artifactsPath, version: '1.0.0' })
  publishSample({ outDir: path.join(builds, 'v2'), artifactsPath, version: '2.0.0', noRestore: true })
  // v3: the same app, configured to throw at start-up; ANCM would log its output to logs\stdout_*.log.
  fs.cpSync(path.join(builds, 'v2'), path.join(builds, 'v3'), { recursive: true })
  const settings = path.join(builds, 'v3', 'appsettings.json')
  const json = JSON.parse(fs.readFileSync(settings, 'utf8'))
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

beforeEach(async () => {
  if (!hasSdk) return
  iis = await createFakeIis({ defaultSite: false })
  // A site of its own: the deploy lock lives in the machine's temp folder, shared with other test runs.
  site = await iis.addSite({ name: `RealApp-${process.pid}-${Date.now()}`, pool: 'RealAppPool' })
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'real-app-ws-'))
})
afterEach(async () => {
  if (!hasSdk) return
  await iis.dispose()
  fs.rmSync(workspace, { recursive: true, force: true })
})

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

async function run(version: 'v1' | 'v2' | 'v3', root: string) {
  fs.cpSync(path.join(builds, version), path.join(workspace, version), { recursive: true })
  const inputs: Record<string, string> = {
    source: version,
    site: site.name,
    'physical-path': root,
    strategy: 'releases',
    'release-id': version,
    'health-check-url': `${site.url}/health`,
    'health-check-timeout': '30',
    rollback: 'true'
  }
  const reporter = new MemoryReporter()
  const options = parseDeployOptions((n) => inputs[n], {
    workspace,
    runNumber: '1',
    runAttempt: '1',
    env: { RUNNER_TEMP: path.join(workspace, '.temp') },
    platform: process.platform,
    reporter
  })
  const ports: Ports = {
    runner: runner(),
    reporter,
    http: new NodeHttpClient(),
    toolCache: { find: () => undefined, download: async () => '', cacheFile: async () => '' },
    clock: systemClock,
    env: iis.env,
    platform: process.platform
  }
  const result = await deploy(options, ports, {
    steps: createDefaultSteps(),
    timing: {
      probeIntervalMs: 20,
      healthInitialDelayMs: 20,
      healthMaxDelayMs: 200,
      lockTimeoutMs: 20_000,
      poolSettleMs: 300
    }
  })
  return { result, reporter }
}

async function get(url: string): Promise<{ status: number; body: string; worker: string | null }> {
  const response = await fetch(url)
  return {
    status: response.status,
    body: await response.text(),
    worker: response.headers.get('x-fake-iis-worker')
  }
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f))
}

describe.skipIf(!hasSdk)('the real ASP.NET Core app behind the fake IIS', () => {
  it('deploys, health-checks, redeploys, and rolls back a version whose start-up throws', async () => {
    const root = path.join(workspace, 'site')

    const first = await run('v1', root)
    expect(first.result.error?.message ?? '', first.reporter.text().slice(-3000)).toBe('')
    expect(first.result.outputs['health-status']).toBe('200')
    expect(await get(`${site.url}/version`)).toMatchObject({ status: 200, body: '1.0.0' })
    expect(await get(`${site.url}/greeting`)).toMatchObject({ status: 200, body: 'Hello from SampleApp' })
    const page = await get(`${site.url}/`)
    expect(page.body).toContain('<h1>SampleApp 1.0.0</h1>') // wwwroot/index.html served by the app
    // web.config's environment variables reach the process, as ANCM passes them.
    expect((await get(`${site.url}/env/ASPNETCORE_PORT`)).status).toBe(200)
    expect(await get(`${site.url}/env/ASPNETCORE_APPL_PATH`)).toMatchObject({ body: '/' })

    const second = await run('v2', root)
    expect(second.result.error?.message ?? '', second.reporter.text().slice(-3000)).toBe('')
    expect(await get(`${site.url}/version`)).toMatchObject({ status: 200, body: '2.0.0' })

    const third = await run('v3', root)
    const text = third.reporter.text()
    expect(third.result.error?.message ?? '', text.slice(-3000)).toMatch(/health/i)
    expect(text).toMatch(/500/)
    expect(text).toMatch(/roll/i)
    // Back on v2, which answers again.
    expect(await get(`${site.url}/version`)).toMatchObject({ status: 200, body: '2.0.0' })
    // The app's own exception reached the stdout log, as ANCM writes it with stdoutLogEnabled.
    const logs = filesUnder(root).filter((f) => /[\\/]logs[\\/]stdout_\d{14}_\d+\.log$/.test(f))
    expect(logs.length).toBeGreaterThan(0)
    expect(logs.map((f) => fs.readFileSync(f, 'utf8')).join('\n')).toContain('Sample:FailOnStart is true')
  }, 300_000)
})
