// The whole pipeline with the real steps against the fake IIS (appcmd, robocopy, icacls... on PATH, workers that
// serve HTTP and lock their .dll files): first deploy, redeploy, static-only redeploy, rollback, faults.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CommandRunner, Ports } from '../../src/core/ports.js'
import { createDefaultSteps } from '../../src/pipeline/default-steps.js'
import { deploy } from '../../src/pipeline/deploy.js'
import { parseDeployOptions } from '../../src/pipeline/options.js'
import { systemClock } from '../../src/runtime/clock.js'
import { NodeHttpClient } from '../../src/runtime/http-client.js'
import { ProcessRunner } from '../../src/runtime/process-runner.js'
import {
  createFakeIis,
  type FakeAppSpec,
  type FakeIis,
  type SiteHandle
} from '../../test-support/fake-iis.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'

let iis: FakeIis
let site: SiteHandle
let workspace: string

beforeEach(async () => {
  iis = await createFakeIis()
  site = iis.defaultSite as SiteHandle
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-ws-'))
})
afterEach(async () => {
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

function publish(app: FakeAppSpec, name = 'publish'): string {
  const dir = path.join(workspace, name)
  fs.rmSync(dir, { recursive: true, force: true })
  iis.publishApp(app, dir)
  return name
}

async function run(inputs: Record<string, string>, signal?: AbortSignal) {
  const reporter = new MemoryReporter()
  const options = parseDeployOptions((n) => inputs[n], {
    workspace,
    runNumber: '1',
    runAttempt: '1',
    env: { RUNNER_TEMP: path.join(workspace, '.temp') },
    platform: process.platform,
    reporter
  })
  const ports: Ports & { signal?: AbortSignal } = {
    runner: runner(),
    reporter,
    http: new NodeHttpClient(),
    toolCache: { find: () => undefined, download: async () => '', cacheFile: async () => '' },
    clock: systemClock,
    env: iis.env,
    platform: process.platform,
    signal
  }
  const result = await deploy(options, ports, {
    steps: createDefaultSteps(),
    timing: {
      probeIntervalMs: 20,
      healthInitialDelayMs: 20,
      healthMaxDelayMs: 100,
      lockTimeoutMs: 10_000,
      poolSettleMs: 300
    }
  })
  return { result, reporter }
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url)
  return { status: response.status, body: await response.text() }
}

describe('deploy in place against the fake IIS', () => {
  it('redeploys a new version, takes the app offline around the locked files, and checks health', async () => {
    const source = publish({ version: '2.0.0' })
    const { result, reporter } = await run({
      source,
      site: site.name,
      'health-check-url': `${site.url}/health`,
      'health-check-timeout': '20'
    })
    console.log(
      result.steps.map((s) => `${s.name} ${s.durationMs} ${s.detail}`).join('\n'),
      reporter.text().slice(0, 6000)
    )
    expect(result.error?.message ?? '').toBe('')
    expect(reporter.errors).toEqual([])
    expect((await get(`${site.url}/version`)).body).toContain('2.0.0')
    expect(result.steps.map((s) => `${s.name}:${s.result}`)).toEqual([
      'iis-features:skipped',
      'hosting-bundle:skipped',
      'provision:succeeded',
      'web-config:succeeded',
      'offline:succeeded',
      'sync:succeeded',
      'online:succeeded',
      'health-check:succeeded'
    ])
    expect(result.outputs['health-status']).toBe('200')
    expect(fs.existsSync(path.join(site.physicalPath, 'app_offline.htm'))).toBe(false)
  })
})
