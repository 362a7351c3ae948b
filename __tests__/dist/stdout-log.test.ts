// dist/index.js against the fake IIS: `diagnose-stdout-log: true` turns the ASP.NET Core Module's stdout log on for the
// first start after the deploy and off again (issue 14, docs/diagnosis.md §5.1.1): after a passed health check, after
// a failure once the diagnosis has read the log, and, when the run is killed, by the next run's recovery. The fake
// worker writes `<stdoutLogFile>_<stamp>_<pid>.log` whenever web.config has the log on (test-support/fakes/README.md).

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFakeIis, type FakeIis, type SiteHandle } from '../../test-support/fake-iis.js'
import { ACTION, ensureBuilt, inputEnv, runAction, runnerFolders, secretForms, type ProductRun, type RunnerFolders } from './harness.js'

let iis: FakeIis
let root: string
let folders: RunnerFolders

beforeAll(async () => {
  await ensureBuilt()
}, 600_000)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-stdout-log-'))
  folders = runnerFolders(root)
})

afterEach(async () => {
  await iis?.dispose()
  fs.rmSync(root, { recursive: true, force: true })
})

const SECRET = 'S3cr3t-Stdout-7Qw'

function env(): NodeJS.ProcessEnv {
  return { ...iis.env, FAKE_ROBOCOPY_WAIT_SCALE: '0.01', FAKE_MSDEPLOY_WAIT_SCALE: '0.01' }
}

function describeRun(run: ProductRun): string {
  return `exit ${run.exitCode}\n--- summary\n${run.summary}\n--- stdout\n${run.stdout.slice(-6000)}\n--- stderr\n${run.stderr.slice(-2000)}`
}

interface StdoutMutation {
  kind: string
  status: string
  note?: string
}

/** The `stdout-log` changes of every ledger (the scope's file and history/). */
function stdoutMutations(): StdoutMutation[] {
  const dir = path.join(iis.deployStateDir, 'ledgers')
  const files = [dir, path.join(dir, 'history')]
    .filter((d) => fs.existsSync(d))
    .flatMap((d) => fs.readdirSync(d).filter((n) => n.endsWith('.json')).map((n) => path.join(d, n)))
  return files
    .flatMap((f) => (JSON.parse(fs.readFileSync(f, 'utf8')) as { mutations: StdoutMutation[] }).mutations)
    .filter((m) => m.kind === 'stdout-log')
}

function liveWebConfig(site: SiteHandle): string {
  return fs.readFileSync(path.join(site.physicalPath, 'web.config'), 'utf8')
}

function stdoutLogs(site: SiteHandle): string[] {
  const dir = path.join(site.physicalPath, 'logs')
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => /^stdout_\d{14}_\d+\.log$/.test(n)) : []
}

describe('dist/index.js: diagnose-stdout-log', { timeout: 240_000 }, () => {
  it('a passed health check: the first start logged, then the log is off again as deployed (one restart, said)', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    const publish = path.join(folders.workspace, 'publish')
    iis.publishApp({ name: 'SampleApp', version: '2.0.0', stdout: ['Now listening on: http://127.0.0.1:5000'] }, publish)
    const published = fs.readFileSync(path.join(publish, 'web.config'), 'utf8')
    const run = await runAction(
      { site: site.name, 'health-check-url': `${site.url}/health`, 'health-check-timeout': '10', 'diagnose-stdout-log': 'true' },
      folders,
      env()
    )
    expect(run.exitCode, describeRun(run)).toBe(0)
    // The first start had the log on: the worker wrote it.
    expect(stdoutLogs(site), describeRun(run)).toHaveLength(1)
    // Off again: the live web.config is the published one, byte for byte.
    expect(liveWebConfig(site)).toBe(published)
    expect(run.stdout).toMatch(/stdout log turned off again in .*web\.config .*IIS restarts the app on this change/)
    expect(stdoutMutations()).toEqual([expect.objectContaining({ status: 'reverted', note: expect.stringMatching(/turned off again/) as string })])
    // The user's publish folder was never edited.
    expect(fs.readFileSync(path.join(publish, 'web.config'), 'utf8')).toBe(published)
  })

  it('a failed start: the diagnosis quotes the log (masked), then the log is off again before the rollback', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    iis.publishApp(
      { name: 'SampleApp', version: '2.0.0', exitCode: 3, stdout: [`Using Password=${SECRET}`, 'Missing configuration key Shop:Currency'] },
      path.join(folders.workspace, 'publish')
    )
    const run = await runAction(
      {
        site: site.name,
        'health-check-url': `${site.url}/health`,
        'health-check-timeout': '3',
        'diagnose-stdout-log': 'true',
        'secret-environment-variables': `Shop__DbPassword=${SECRET}`
      },
      folders,
      env()
    )
    expect(run.exitCode, describeRun(run)).toBe(1)
    const diagnosis = JSON.parse(run.outputs.diagnosis ?? '{}') as { rule?: string; evidence?: string[] }
    expect(diagnosis.rule, describeRun(run)).toBe('500.30-no-exception')
    expect(diagnosis.evidence).toContainEqual(
      expect.stringMatching(/^the stdout log .*stdout_\d{14}_\d+\.log: "Using Password=\*\*\* \| Missing configuration key Shop:Currency"$/)
    )
    for (const form of secretForms(SECRET)) expect(run.everything).not.toContain(form)
    expect(run.outputs['rolled-back']).toBe('true')
    // Switched off on the new version's web.config (still the file the switch wrote), before the backup came back.
    expect(stdoutMutations()).toEqual([expect.objectContaining({ status: 'reverted', note: expect.stringMatching(/turned off again/) as string })])
    expect(liveWebConfig(site)).not.toMatch(/stdoutLogEnabled="true"/)
  })

  it('a run killed after the log was switched on: the next run switches it off again', async () => {
    iis = await createFakeIis()
    const site = iis.defaultSite as SiteHandle
    iis.publishApp({ name: 'SampleApp', version: '2.0.0' }, path.join(folders.workspace, 'publish'))
    const inputs = { site: site.name, 'health-check-url': `${site.url}/health`, 'health-check-timeout': '10', 'diagnose-stdout-log': 'true' }
    // Paused right after the ledger recorded the switch (IIS_DEPLOY_TEST_PAUSE_AT, docs/journal.md §5), then killed.
    fs.writeFileSync(folders.output, '')
    fs.writeFileSync(folders.summary, '')
    const child = spawn(process.execPath, [ACTION], {
      cwd: folders.workspace,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...env(),
        ...inputEnv(inputs),
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: folders.workspace,
        GITHUB_OUTPUT: folders.output,
        GITHUB_STEP_SUMMARY: folders.summary,
        GITHUB_RUN_ID: '1001',
        GITHUB_RUN_NUMBER: '8',
        GITHUB_RUN_ATTEMPT: '1',
        RUNNER_TEMP: folders.temp,
        RUNNER_TOOL_CACHE: folders.toolCache,
        IIS_DEPLOY_TEST_PAUSE_AT: 'stdout-log:done'
      }
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<void>((resolve) => child.on('close', () => resolve()))
    while (!output.includes('paused at stdout-log:done')) {
      if (child.exitCode !== null) throw new Error(`never paused (exit ${child.exitCode}):\n${output.slice(-4000)}`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(liveWebConfig(site)).toMatch(/stdoutLogEnabled="true"/)
    process.kill(-(child.pid as number), 'SIGKILL')
    await exited

    const rerun = await runAction({ ...inputs, 'diagnose-stdout-log': 'false' }, folders, env())
    expect(rerun.exitCode, describeRun(rerun)).toBe(0)
    expect(rerun.stdout).toMatch(/Recovery: stdout log turned off again in .*web\.config/)
    expect(stdoutMutations()).toEqual([expect.objectContaining({ status: 'reverted', note: expect.stringMatching(/turned off again/) as string })])
    expect(liveWebConfig(site)).not.toMatch(/stdoutLogEnabled="true"/)
  })
})
