// dist/cli/index.js: `iis-deploy deploy --<input> <value>` against the fake IIS, as a person or another CI system
// runs it. Same pipeline as the action; exit codes 0 (success), 1 (failure), 2 (wrong usage).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeAppSpec, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { ensureBuilt, runCli, secretForms, type ProductRun } from './harness.js'

let iis: FakeIis
let workspace: string

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-cli-'))
})

afterEach(async () => {
  await iis?.dispose()
  fs.rmSync(workspace, { recursive: true, force: true })
})

function env(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...iis.env,
    RUNNER_TEMP: path.join(workspace, '.temp'),
    FAKE_ROBOCOPY_WAIT_SCALE: '0.01',
    ...overrides
  }
}

function publish(app: FakeAppSpec = {}): void {
  const dir = path.join(workspace, 'publish')
  fs.rmSync(dir, { recursive: true, force: true })
  iis.publishApp({ name: 'SampleApp', ...app }, dir)
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

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(-4000)}\n--- stderr\n${run.stderr.slice(-6000)}`
}

// Whole deploys with real processes: generous bounds for a loaded 2-core machine (no timing is asserted).
describe('iis-deploy deploy (dist/cli/index.js)', { timeout: 240_000 }, () => {
  it('creates and deploys a site, then redeploys with --json outputs', async () => {
    iis = await createFakeIis({ defaultSite: false })
    const port = await iis.freePort()
    const url = `http://127.0.0.1:${port}`
    const common = ['deploy', '--site', 'Shop', '--physical-path', path.join(workspace, 'sites', 'Shop'), '--create', '--bindings', `http/*:${port}:`, '--health-check-url', `${url}/health`]
    publish({ version: '1.0.0' })
    const first = await runCli(common, workspace, env())
    expect(first.exitCode, describeRun(first)).toBe(0)
    expect(first.stdout).toMatch(/provision\s+succeeded/)
    expect(first.stdout).toMatch(/The site serves the new version from/)
    expect(await version(url)).toBe('1.0.0')

    publish({ version: '2.0.0' })
    const second = await runCli([...common, '--json'], workspace, env())
    expect(second.exitCode, describeRun(second)).toBe(0)
    const report = JSON.parse(second.stdout) as { ok: boolean; outputs: Record<string, string> }
    expect(report.ok).toBe(true)
    expect(report.outputs['health-status']).toBe('200')
    expect(Number(report.outputs['files-updated'])).toBeGreaterThan(0)
    expect(await version(url)).toBe('2.0.0')
  })

  it('--dry-run prints the plan and changes nothing', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish({ version: '2.0.0' })
    const before = fs.readFileSync(path.join(site.physicalPath, 'SampleApp.dll'), 'utf8')
    const run = await runCli(['deploy', '--site', site.name, '--dry-run'], workspace, env())
    expect(run.exitCode, describeRun(run)).toBe(0)
    expect(run.stdout).toMatch(/^Plan:/m)
    expect(run.stdout).toMatch(/\[sync\] .*robocopy .* \/L /)
    expect(run.stdout).toMatch(/\[offline\] .*app_offline\.htm/)
    expect(run.stdout).toMatch(/Dry run: nothing on the server was changed\./)
    expect(fs.readFileSync(path.join(site.physicalPath, 'SampleApp.dll'), 'utf8')).toBe(before)
  })

  it('a failed health check rolls back: exit 1 and the previous version serves', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish({ version: '2.0.0', health: 500 })
    const run = await runCli(['deploy', '--site', site.name, '--health-check-url', `${site.url}/health`, '--health-check-timeout', '3'], workspace, env())
    expect(run.exitCode, describeRun(run)).toBe(1)
    expect(run.stderr).toMatch(/^error: Health check of .* did not pass.*\nRolled back: restored/m)
    expect(await version(site.url)).toBe('1.0.0')
  })

  it('SIGTERM mid-sync restores the previous version and exits 1', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    publish({ version: '2.0.0' })
    // A request starts the worker, which then holds the app's .dll: robocopy waits and retries on it.
    expect(await version(site.url)).toBe('1.0.0')
    let sent = false
    const run = await runCli(['deploy', '--site', site.name, '--take-offline', 'none'], workspace, env({ FAKE_ROBOCOPY_WAIT_SCALE: '1' }), {
      onOutput: (text, child) => {
        if (!sent && /ERROR 32/.test(text)) {
          sent = true
          child.kill('SIGTERM')
        }
      }
    })
    expect(sent, describeRun(run)).toBe(true)
    expect(run.exitCode, describeRun(run)).toBe(1)
    expect(run.stderr).toMatch(/Server state: The sync did not finish; restored/)
    expect(await version(site.url)).toBe('1.0.0')
    expect(fs.existsSync(path.join(site.physicalPath, 'app_offline.htm'))).toBe(false)
  })

  it('never prints a secret', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const secret = 'cli-S3cret&value'
    publish({ version: '2.0.0' })
    const run = await runCli(
      ['deploy', '--site', site.name, '--web-config', 'transform', '--secret-environment-variables', `TOKEN=${secret}`, '--verbose'],
      workspace,
      env()
    )
    expect(run.exitCode, describeRun(run)).toBe(0)
    for (const form of secretForms(secret)) expect(run.everything).not.toContain(form)
  })

  it.each<[string, string[], RegExp]>([
    ['an unknown option', ['deploy', '--sitename', 'x'], /Unknown option '--sitename'/],
    ['a stray argument', ['deploy', 'Shop'], /Unexpected argument 'Shop'/],
    ['invalid values, all at once', ['deploy', '--site', 'Shop', '--method', 'ftp', '--stop-timeout', 'soon'], /error: Input 'method' is 'ftp'[\s\S]*error: Input 'stop-timeout' is 'soon'/]
  ])('wrong usage (%s) exits 2 before anything runs', async (_name, args, message) => {
    iis = await createFakeIis({ defaultSite: false })
    const run = await runCli(args, workspace, env())
    expect(run.exitCode, describeRun(run)).toBe(2)
    expect(run.stderr).toMatch(message)
  })
})
