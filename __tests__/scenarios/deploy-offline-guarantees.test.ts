// The pipeline's offline guarantees with the real steps against the fake IIS (issue 3): a worker that never exits
// (`kill-workers`), and a failed sync that leaves app_offline.htm only when asked (`keep-offline-on-failure`).
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
import { createFakeIis, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { MemoryReporter } from '../../test-support/memory-reporter.js'

let iis: FakeIis
let site: SiteHandle
let workspace: string

beforeEach(async () => {
  iis = await createFakeIis()
  site = iis.defaultSite as SiteHandle
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-offline-'))
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

async function run(inputs: Record<string, string>) {
  iis.publishApp({ version: '2.0.0' }, path.join(workspace, 'publish'))
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
      healthMaxDelayMs: 100,
      lockTimeoutMs: 10_000,
      poolSettleMs: 300,
      lockRetryDelayMs: 50
    }
  })
  return { result, reporter }
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url)
  return { status: response.status, body: await response.text() }
}

describe('a worker that never exits (windows-facts §3.5; issue 3)', () => {
  it('without kill-workers: fails with the PIDs and the remedy; the site still serves the old version', async () => {
    iis.addFault({ kind: 'workerNeverExits', pool: 'DefaultAppPool' })
    const worker = iis.startWorker('DefaultAppPool')
    const { result } = await run({ site: site.name, 'stop-timeout': '1' })
    expect(result.ok).toBe(false)
    const message = result.error?.message ?? ''
    expect(message).toContain(`Worker processes still running: ${worker.pid}.`)
    expect(message).toContain(`taskkill /PID ${worker.pid} /F`)
    expect(message).toContain('`kill-workers: true`')
    expect(result.steps.find((s) => s.name === 'offline')?.result).toBe('failed')
    expect(result.steps.find((s) => s.name === 'sync')?.result).toBe('skipped')
    expect(iis.readState().log.some((l) => l.startsWith('taskkill'))).toBe(false)
    expect(fs.existsSync(path.join(site.physicalPath, 'app_offline.htm'))).toBe(false)
    const served = await get(`${site.url}/version`)
    expect(served.status).toBe(200)
    expect(served.body).toContain('1.0.0')
  })

  it('with kill-workers: ends the worker with taskkill after stop-timeout and deploys', async () => {
    iis.addFault({ kind: 'workerNeverExits', pool: 'DefaultAppPool' })
    const worker = iis.startWorker('DefaultAppPool')
    const { result, reporter } = await run({
      site: site.name,
      'stop-timeout': '1',
      'kill-workers': 'true',
      'health-check-url': `${site.url}/health`,
      'health-check-timeout': '20'
    })
    expect(result.error?.message ?? '').toBe('')
    expect(iis.readState().log).toContain(`taskkill /PID ${worker.pid} /F`)
    expect(reporter.warnings.some((w) => w.includes('ending its worker processes as requested'))).toBe(true)
    expect(iis.workers('DefaultAppPool').map((w) => w.pid)).not.toContain(worker.pid)
    expect((await get(`${site.url}/version`)).body).toContain('2.0.0')
  })
})

describe('keep-offline-on-failure (issue 3)', () => {
  /** A process of another pool holds the app's dlls and the app never lets go: the copy fails (ERROR 32). */
  function lockTheAppFiles(): void {
    iis.setTimings({ offlineReleaseMs: 600_000 })
    iis.addPool('Locker')
    iis.update((state, now) => {
      state.workers.push({
        pid: 2_000_000_000,
        pool: 'Locker',
        startedAt: now,
        exitAt: null,
        virtual: true,
        roots: [site.physicalPath]
      })
    })
  }

  it.each([
    ['true', true],
    ['false', false]
  ])('keep-offline-on-failure: %s, the sync fails with no backup', async (keep, kept) => {
    lockTheAppFiles()
    const { result } = await run({
      site: site.name,
      'stop-timeout': '1',
      'take-offline': 'both',
      backup: 'false',
      'keep-offline-on-failure': keep
    })
    expect(result.ok).toBe(false)
    expect(result.steps.find((s) => s.name === 'sync')?.result).toBe('failed')
    const file = path.join(site.physicalPath, 'app_offline.htm')
    expect(fs.existsSync(file)).toBe(kept)
    expect((result.error?.message ?? '').includes(file)).toBe(kept)
    expect(result.serverState.includes(file)).toBe(kept)
    // The pool runs again either way: kept offline, visitors get the page (ANCM 503), not HTTP.sys 503.
    expect(iis.readState().pools.find((p) => p.name === 'DefaultAppPool')?.state).toBe('Started')
    const served = await get(`${site.url}/version`)
    if (kept) {
      expect(served.status).toBe(503)
      expect(served.body).toContain('We are updating this site')
    } else expect(served.status).not.toBe(503)
  })
})

describe('the fake taskkill (Windows texts and exit codes, windows-facts §3.5)', () => {
  it.each<[string, (pid: number) => string[], RegExp, 'stdout' | 'stderr', number, boolean]>([
    [
      '/PID n /F ends the worker',
      (pid) => ['/PID', String(pid), '/F'],
      /^SUCCESS: The process with PID \d+ has been terminated\.$/m,
      'stdout',
      0,
      true
    ],
    [
      '- switches, any case, /T',
      (pid) => ['-pid', String(pid), '/t', '-f'],
      /^SUCCESS: /m,
      'stdout',
      0,
      true
    ],
    [
      'an unknown pid is not found',
      () => ['/PID', '2100000000', '/F'],
      /^ERROR: The process "2100000000" not found\.$/m,
      'stderr',
      128,
      false
    ],
    [
      'without /F a worker is not ended',
      (pid) => ['/PID', String(pid)],
      /only be terminated forcefully/,
      'stderr',
      1,
      false
    ],
    ['no /PID is a syntax error', () => ['/F'], /^ERROR: Invalid syntax\./m, 'stderr', 1, false]
  ])('%s', async (_name, args, text, stream, exitCode, ends) => {
    const worker = iis.startWorker('DefaultAppPool')
    const result = await iis.run('taskkill', args(worker.pid))
    expect(result[stream]).toMatch(text)
    expect(result.exitCode).toBe(exitCode)
    expect(iis.workers('DefaultAppPool').some((w) => w.pid === worker.pid)).toBe(!ends)
  })
})
